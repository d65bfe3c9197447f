"""Binder as repo2docker builds it, without Docker: the same conditions on this machine.

repo2docker installs apt.txt as root, then, as a non-root user without sudo whose HOME holds a
copy of the repository, installs requirements.txt into a fresh Python environment and runs
binder/postBuild from the repository root; the user then opens notebooks in JupyterLab. This test
does the same: a new user, a fresh venv (never the project's .venv), `pip install -r
binder/requirements.txt`, no ../shared anywhere near, an empty HOME with an empty ~/.m2 (Maven
downloads the dependencies for real), postBuild, then 00_start_here through nbrun and the zoo
notebook through a JupyterLab server, measuring the server's and the kernel JVM's resident memory.

Needs root to create the user (CI runs as root); skipped otherwise.
"""
import json
import os
import pathlib
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
USER = f"jbbinder{os.getpid()}"   # one per run: other clones on the machine may run this test at once
BINDER_MEMORY = 2 * 1024**3   # mybinder.org's limit for the whole container
REPORT = ROOT / "build" / "binder-test.json"

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("useradd") or not shutil.which("runuser"),
    reason="the Binder test creates a user: it needs root with useradd and runuser (CI runs as root)")


def as_user(home: pathlib.Path, env_bin: pathlib.Path, *command, timeout=1800, cwd=None):
    """Runs a command as the Binder user with only the environment repo2docker gives it; prints its time."""
    started = time.monotonic()
    try:
        return _as_user(home, env_bin, *command, timeout=timeout, cwd=cwd)
    finally:
        print(f"binder test: {' '.join(map(str, command))[:80]} took {time.monotonic() - started:.0f} s")


def _as_user(home, env_bin, *command, timeout, cwd):
    env = {"HOME": str(home), "USER": USER, "LOGNAME": USER, "SHELL": "/bin/bash", "LANG": "C.UTF-8",
           "PATH": f"{env_bin}:/usr/local/bin:/usr/bin:/bin"}
    return subprocess.run(["runuser", "-u", USER, "--", "env", "-i", *[f"{k}={v}" for k, v in env.items()],
                           *command], cwd=cwd or home, capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def binder():
    base = pathlib.Path(tempfile.mkdtemp(prefix="jbackprop-binder-"))
    os.chmod(base, 0o755)
    home, env, wheels = base / "home", base / "env", base / "wheels"
    try:
        subprocess.run(["useradd", "--home-dir", str(home), "--no-create-home", "--shell", "/bin/bash", USER],
                       check=True)
        # repo2docker copies the repository into the user's home and gives it to the user
        files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                               check=True).stdout.decode().split("\0")
        for name in filter(None, files):
            source = ROOT / name
            if source.is_file():
                (home / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, home / name)
        assert not (home / ".venv").exists() and not (base / "shared").exists()
        # The pinned packages as wheels for the user's Python, fetched through pip's cache here (the
        # user's own pip then installs exactly these, offline); never the project's .venv.
        version = as_user(home, env / "bin", "python3", "-c", "import platform; print(platform.python_version())")
        assert version.returncode == 0, version.stderr
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
                        "--only-binary=:all:", "--python-version", version.stdout.strip(),
                        "-d", str(wheels), "-r", str(ROOT / "binder" / "requirements.txt")], check=True)
        env.mkdir()
        for p in (home, env):
            subprocess.run(["chown", "-R", f"{USER}:{USER}", str(p)], check=True)
        user = pwd.getpwnam(USER)
        assert user.pw_uid != 0
        yield base, home, env
    finally:
        subprocess.run(["pkill", "-u", USER], capture_output=True)
        subprocess.run(["userdel", USER], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_binder_build_then_the_notebooks_as_a_non_root_user(binder):
    base, home, env = binder
    bin_ = env / "bin"
    r = as_user(home, bin_, "python3", "-m", "venv", str(env))
    assert r.returncode == 0, r.stderr
    r = as_user(home, bin_, str(bin_ / "pip"), "install", "-q", "--disable-pip-version-check", "--no-index",
                "--find-links", str(base / "wheels"), "-r", "binder/requirements.txt")
    assert r.returncode == 0, r.stdout + r.stderr
    assert as_user(home, bin_, "sudo", "-n", "true").returncode != 0, "the Binder user must not have sudo"

    r = as_user(home, bin_, "./binder/postBuild")
    assert r.returncode == 0, f"postBuild failed:\n{r.stdout}\n{r.stderr}"
    spec = json.loads((env / "share" / "jupyter" / "kernels" / "java" / "kernel.json").read_text())
    assert spec["env"]["JJAVA_CLASSPATH"].startswith(str(home)), spec
    assert (home / ".m2" / "repository").is_dir(), "Maven ran with the user's own repository"

    r = as_user(home, bin_, str(bin_ / "python"), "binder/nbrun.py", "--jobs", "1", "--out",
                str(home / "build" / "binder"), "notebooks/00_start_here.ipynb")
    assert r.returncode == 0, r.stdout + r.stderr

    r = as_user(home, bin_, str(bin_ / "python"), str(home / "notebooks" / "tests" / "binder_zoo.py"),
                str(home / "notebooks" / "10_zoo_sigmoid_backprop.ipynb"), str(free_port()))
    assert r.returncode == 0, r.stdout + r.stderr
    run = json.loads(r.stdout.strip().splitlines()[-1])
    assert run["errors"] == [], run["errors"]
    assert run["cells"] > 20 and run["kernel_processes"] >= 1, run
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(run, indent=2) + "\n")
    mib = {k: round(v / 1024**2) for k, v in run.items() if k.endswith("rss") or k.endswith("peak")}
    print(f"\nBinder zoo notebook: peak RSS kernel JVM {mib['kernel_rss_peak']} MiB, "
          f"JupyterLab server {mib['server_rss_peak']} MiB (idle {mib['server_idle_rss']} MiB)")
    assert run["kernel_rss_peak"] + run["server_rss_peak"] < 0.8 * BINDER_MEMORY, mib
