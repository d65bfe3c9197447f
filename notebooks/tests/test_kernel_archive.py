"""The kernel JVM's class data sharing archive (binder/setup.sh runs binder/kernel_archive.py): the
registered kernel maps it, and a missing or damaged archive never stops the kernel from starting and
showing tables and charts (issue 12 item 4)."""
import json
import pathlib
import shutil

import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

import kernel_archive

TABLE = "Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}})"
CHART = 'var h = new History("loss"); for (int i = 0; i < 50; i++) h.record(i, "loss", 1.0 / (i + 1)); h'


def registered():
    spec = KernelSpecManager().get_kernel_spec("java")
    opts = spec.env["JJAVA_JVM_OPTS"].split()
    archives = [o.split("=", 1)[1] for o in opts if o.startswith("-XX:SharedArchiveFile=")]
    return spec, opts, archives


def test_the_registered_kernel_maps_its_archive():
    spec, opts, archives = registered()
    assert len(archives) == 1, opts
    assert "-XX:+VerifySharedSpaces" in opts   # a damaged archive is then refused, not used
    assert kernel_archive.usable(pathlib.Path(spec.resource_dir), pathlib.Path(archives[0]))


@pytest.mark.parametrize("damage", ["missing", "bytes changed"])
def test_a_missing_or_damaged_archive_never_stops_the_kernel(tmp_path, damage):
    spec, opts, archives = registered()
    archive = tmp_path / "kernel.jsa"
    if damage == "bytes changed":
        shutil.copyfile(archives[0], archive)
        with open(archive, "r+b") as f:
            f.seek(archive.stat().st_size // 2)
            f.write(b"\x55" * 64)
    d = tmp_path / "kernels" / "java"
    d.mkdir(parents=True)
    k = json.loads((pathlib.Path(spec.resource_dir) / "kernel.json").read_text())
    k["argv"] = [a.replace("{resource_dir}", spec.resource_dir) for a in k["argv"]]
    k["env"]["JJAVA_JVM_OPTS"] = " ".join(
        f"-XX:SharedArchiveFile={archive}" if o.startswith("-XX:SharedArchiveFile=") else o for o in opts)
    (d / "kernel.json").write_text(json.dumps(k))
    km = KernelManager(kernel_name="java", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(d.parent)]))
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=300)
        table = kernel_archive.run_cell(kc, TABLE)
        assert "<tr><th>1</th><td>4.</td><td>5.</td><td>6.</td></tr>" in table["text/html"]
        chart = kernel_archive.run_cell(kc, CHART)
        assert chart["image/svg+xml"].startswith("<svg"), chart.keys()
        assert "image/png" in chart
        assert chart["text/plain"] == "History 'loss': 50 steps, loss 0.02"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
