"""The set-up in a copied clone: a .venv made for another folder is noticed and rebuilt.

A copy of a clone carries a .venv whose scripts start with `#!/old/clone/.venv/bin/python`: used
as it is, `jupyter` would run the other clone's Python and kernel. `binder/setup.sh` must say so and
rebuild it. The copy takes the built jar along, newer than its sources, so only the venv is rebuilt.
"""
import json
import os
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_a_copied_clone_gets_a_venv_of_its_own(tmp_path):
    copy = tmp_path / "copied-clone"
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    shutil.copytree(ROOT / ".venv", copy / ".venv", symlinks=True)
    jar = pathlib.Path("kernel-ext/target/jbackprop-kernel-ext-all.jar")
    (copy / jar).parent.mkdir(parents=True)
    shutil.copy2(ROOT / jar, copy / jar)
    os.utime(copy / jar)   # newer than every copied source: only the venv is at stake here
    assert (copy / ".venv/bin/jupyter").read_text().splitlines()[0] == f"#!{ROOT}/.venv/bin/python"

    r = subprocess.run(["bash", str(copy / "binder/setup.sh")], capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"{copy}/.venv was made for another folder ({ROOT}/.venv/bin/python); rebuilding it" in r.stdout, r.stdout
    assert "building the jars" not in r.stdout, "the copied jar is up to date"

    assert (copy / ".venv/bin/jupyter").read_text().splitlines()[0] == f"#!{copy}/.venv/bin/python"
    spec = json.loads((copy / ".venv/share/jupyter/kernels/java/kernel.json").read_text())
    assert spec["env"]["JJAVA_CLASSPATH"] == str(copy / jar)
    # the class data sharing archive is recorded for this clone's own kernel, beside its spec
    archive = copy / ".venv/share/jupyter/kernels/java/jbackprop-kernel.jsa"
    assert f"-XX:SharedArchiveFile={archive}" in spec["env"]["JJAVA_JVM_OPTS"].split(), r.stdout
    assert archive.is_file(), r.stdout
    listed = subprocess.run([str(copy / ".venv/bin/jupyter"), "kernelspec", "list", "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(listed.stdout)["kernelspecs"]["java"]["resource_dir"].startswith(str(copy))

    again = subprocess.run(["bash", str(copy / "binder/setup.sh")], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "rebuilding" not in again.stdout, again.stdout
    assert "recording the kernel's class data sharing archive" not in again.stdout, "the archive is up to date"
