#!/usr/bin/env python3
"""Makes the kernel JVM's class data sharing archive: binder/setup.sh runs it after registering the
kernel spec.

    python binder/kernel_archive.py SPEC_DIR ARCHIVE

Starts the registered kernel once with -XX:ArchiveClassesAtExit, shows a tensor table, a training
chart and a computational graph as a student's first cells would, and shuts the kernel down so that
its JVM writes every class it loaded (javac's, JJava's, AWT's, ours) into one file. A kernel started
with -XX:SharedArchiveFile=ARCHIVE then maps those classes instead of reading, parsing and verifying
them again: about a second less CPU before the first chart, with or without our extension.

The archive is written to a temporary file, checked by the JVM itself, and only then moved to ARCHIVE,
because JDK 17 crashes at start on a truncated archive. Exits non-zero (and leaves no ARCHIVE)
if anything fails; setup.sh then registers the kernel without one.
"""
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

# What a student's first cells show: each renderer's classes and code paths go into the archive.
CELLS = [
    "Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}})",
    'var h = new History("loss"); for (int i = 0; i < 50; i++) h.record(i, "loss", 1.0 / (i + 1)); h',
    'Graph g = new Graph(); Node x = g.input("x", 2); Node y = g.exp(g.mul(x, x)); g.backward(y); g',
]


def run_cell(kc, code, timeout=300):
    """Executes code; returns the MIME bundle its results showed (type -> data) once the kernel is
    idle again (also used by lib/bench/kernel_startup.py and notebooks/tests/test_kernel_archive.py)."""
    msg_id = kc.execute(code)
    shown = {}
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] in ("execute_result", "display_data"):
            shown.update(msg["content"]["data"])
        elif msg["msg_type"] == "error":
            raise RuntimeError(f"{code}: {msg['content']['ename']}: {msg['content']['evalue']}")
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return shown


def children(pid: int) -> list[int]:
    """The child processes of `pid` (Linux)."""
    found = []
    for task in pathlib.Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    """Whether process `pid` still runs (a zombie has ended)."""
    try:
        return pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def record(spec_dir: pathlib.Path, archive: pathlib.Path) -> None:
    """One kernel session whose JVM dumps its classes to `archive` when it exits."""
    spec = json.loads((spec_dir / "kernel.json").read_text())
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="jbackprop-archive-"))
    try:
        d = tmp / "java"
        d.mkdir()
        # The registered jars by their registered path: the archive is valid only for that class path.
        spec["argv"] = [a.replace("{resource_dir}", str(spec_dir)) for a in spec["argv"]]
        spec["env"]["JJAVA_JVM_OPTS"] = " ".join(jvm_options(spec) + [f"-XX:ArchiveClassesAtExit={archive}"])
        (d / "kernel.json").write_text(json.dumps(spec))
        km = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp)]))
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        jvms = []
        try:
            kc.wait_for_ready(timeout=300)
            jvms = children(km.provisioner.process.pid)   # JJava's launcher runs the kernel JVM as its child
            for code in CELLS:
                if not run_cell(kc, code):
                    raise RuntimeError(f"{code}: showed nothing")
        finally:
            kc.stop_channels()
            # A clean exit writes the archive. After a shutdown request JJava's JVM waits a minute for
            # its idle execution thread; SIGTERM ends it at once, and cleanly (the JVM's exit path).
            for pid in jvms:
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + 120
            while any(alive(pid) for pid in jvms) and time.monotonic() < deadline:
                time.sleep(0.1)
            km.shutdown_kernel(now=True)   # the launcher, which exits with its JVM anyway
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def jvm_options(spec: dict) -> list[str]:
    """The kernel spec's JVM options without any archive option."""
    return [o for o in spec["env"].get("JJAVA_JVM_OPTS", "").split()
            if not o.startswith(("-XX:SharedArchiveFile=", "-XX:+VerifySharedSpaces", "-XX:ArchiveClassesAtExit="))]


def usable(spec_dir: pathlib.Path, archive: pathlib.Path) -> bool:
    """Whether the kernel's JVM (same options, same class path) maps the archive with its checksums
    verified; -Xshare:on makes a mismatch fail instead of silently running without it."""
    spec = json.loads((spec_dir / "kernel.json").read_text())
    r = subprocess.run(["java", *jvm_options(spec), f"-XX:SharedArchiveFile={archive}", "-XX:+VerifySharedSpaces",
                        "-Xshare:on", "-cp", str(spec_dir / "jjava.jar"), "-version"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    return r.returncode == 0 and "sharing" in r.stdout


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    spec_dir, archive = pathlib.Path(argv[0]).resolve(), pathlib.Path(argv[1]).resolve()
    part = archive.with_name(archive.name + ".part")
    part.unlink(missing_ok=True)
    try:
        record(spec_dir, part)
        if not part.exists() or part.stat().st_size == 0:
            raise RuntimeError("the kernel's JVM wrote no archive")
        if not usable(spec_dir, part):
            raise RuntimeError("the JVM cannot use the archive it wrote")
        os.replace(part, archive)
    except Exception as e:
        part.unlink(missing_ok=True)
        print(f"kernel_archive: no class data sharing archive: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
