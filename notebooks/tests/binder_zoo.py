"""Run by test_binder.py as the Binder user: a real Jupyter server, the zoo notebook through it.

Starts JupyterLab as Binder does, asks it for a `java` kernel (the spec postBuild registered),
executes every code cell of the zoo notebook in that kernel, and samples the resident memory of
the server and of the kernel's JVM twice a second meanwhile. Prints one JSON object.

    python binder_zoo.py NOTEBOOK PORT
"""
import json
import pathlib
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import nbformat
from jupyter_client import BlockingKernelClient
from jupyter_core.paths import jupyter_runtime_dir


def rss_bytes(pid: int) -> int:
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def pids_with(argument: str) -> list[int]:
    """The processes whose command line holds `argument`: for the kernel's connection file, JJava's
    small launcher JVM and the kernel JVM it starts."""
    found = []
    for proc in pathlib.Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if argument in proc.joinpath("cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


def api(port, token, path, method="GET", body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        text = r.read()
        return json.loads(text) if text else None


def main(notebook: str, port: int) -> int:
    token = "binder-test"
    server = subprocess.Popen([str(pathlib.Path(sys.executable).parent / "jupyter"), "lab", "--no-browser",
                               f"--port={port}", "--ip=127.0.0.1", f"--ServerApp.token={token}",
                               f"--ServerApp.root_dir={pathlib.Path.home()}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = {"server": 0, "kernel": 0}
    result = {"errors": [], "cells": 0}
    kernel_id = None
    try:
        for _ in range(240):
            try:
                api(port, token, "/api/status")
                break
            except OSError:
                time.sleep(0.5)
        kernel_id = api(port, token, "/api/kernels", "POST", {"name": "java"})["id"]
        connection = pathlib.Path(jupyter_runtime_dir()) / f"kernel-{kernel_id}.json"
        kc = BlockingKernelClient()
        kc.load_connection_file(str(connection))
        # The kernel belongs to the server: without a process of its own to watch, the client would take
        # a heartbeat not yet started (the JVM is still starting) for a dead kernel. Wait for kernel_info.
        kc.start_channels(hb=False)
        kc.wait_for_ready(timeout=300)
        result["server_idle_rss"] = rss_bytes(server.pid)
        kernel_pids = pids_with(connection.name)
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak["server"] = max(peak["server"], rss_bytes(server.pid))
                peak["kernel"] = max(peak["kernel"], sum(rss_bytes(p) for p in kernel_pids))
                done.wait(0.5)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        nb = nbformat.read(notebook, as_version=4)
        for i, cell in enumerate(nb.cells, start=1):
            if cell.cell_type != "code":
                continue
            outputs = []
            reply = kc.execute_interactive(cell.source, timeout=600,
                                           output_hook=lambda m: outputs.append(m))
            result["cells"] += 1
            errors = [m["content"] for m in outputs if m["msg_type"] == "error"]
            if reply["content"]["status"] != "ok" or errors:
                result["errors"].append(f"cell {i}: " + "; ".join(
                    f"{e.get('ename')}: {e.get('evalue')}" for e in errors or [reply["content"]]))
        done.set()
        sampler.join()
        kc.stop_channels()
        result["kernel_processes"] = len(kernel_pids)
    finally:
        if kernel_id:
            try:
                api(port, token, f"/api/kernels/{kernel_id}", "DELETE")
            except OSError:
                pass
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    result["server_rss_peak"] = peak["server"]
    result["kernel_rss_peak"] = peak["kernel"]
    print(json.dumps(result))
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else free_port()))
