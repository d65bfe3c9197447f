"""A teacher's own notebook: one `%maven` line in a JJava kernel that has never heard of jbackprop.

The kernel spec here is JJava's own with no JJAVA_CLASSPATH. JJava resolves `%maven` with Maven's
user settings (`${user.home}/.m2/settings.xml`); the kernel gets a home of its own under build/
whose settings name an isolated local repository, into which this test installs our three
artifacts (POMs and jars, as `mvn install` lays them out). Third-party dependencies come from the
machine's Maven cache, read as a file:// mirror, so nothing is downloaded and the shared cache is
never written.
"""
import base64
import json
import pathlib
import shutil
import xml.etree.ElementTree as ET

import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORK = ROOT / "build" / "maven-test"
POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def version() -> str:
    return ET.parse(ROOT / "pom.xml").getroot().find("m:version", POM_NS).text


def install(repo: pathlib.Path, artifact: str, pom: pathlib.Path, jar: pathlib.Path | None):
    """Lays out one artifact in a Maven repository as `mvn install` does."""
    v = version()
    folder = repo / "org" / "jbackprop" / artifact / v
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pom, folder / f"{artifact}-{v}.pom")
    if jar is not None:
        assert jar.is_file(), f"{jar} is missing: build first (bash binder/setup.sh)"
        shutil.copyfile(jar, folder / f"{artifact}-{v}.jar")


@pytest.fixture(scope="module")
def kernel():
    v = version()
    shutil.rmtree(WORK, ignore_errors=True)
    repo, home = WORK / "repository", WORK / "home"
    install(repo, "jbackprop-parent", ROOT / "pom.xml", None)
    install(repo, "jbackprop-lib", ROOT / "lib" / "pom.xml", ROOT / "lib" / "target" / f"jbackprop-lib-{v}.jar")
    install(repo, "jbackprop-kernel-ext", ROOT / "kernel-ext" / "pom.xml",
            ROOT / "kernel-ext" / "target" / f"jbackprop-kernel-ext-{v}.jar")
    cache = pathlib.Path.home() / ".m2" / "repository"
    (home / ".m2").mkdir(parents=True)
    (home / ".m2" / "settings.xml").write_text(f"""<settings>
  <localRepository>{repo}</localRepository>
  <mirrors>
    <mirror><id>machine-cache</id><mirrorOf>*</mirrorOf><url>{cache.as_uri()}</url></mirror>
  </mirrors>
</settings>
""")
    # JJava's own kernel spec, as pip installed it, without our class path.
    source = pathlib.Path(KernelSpecManager().get_kernel_spec("java").resource_dir)
    spec_dir = WORK / "kernels" / "java-no-jbackprop"
    shutil.copytree(source, spec_dir)
    spec = json.loads((spec_dir / "kernel.json").read_text())
    spec["argv"] = [a.replace("{resource_dir}", str(spec_dir)) for a in spec["argv"]]
    spec["env"] = {"JJAVA_JVM_OPTS": f"-Xmx512m -Duser.home={home}"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=2))
    assert "JJAVA_CLASSPATH" not in json.dumps(spec)

    km = KernelManager(kernel_name="java-no-jbackprop",
                       kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(spec_dir.parent)]))
    km.start_kernel(cwd=str(WORK))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=300)
        run(kc, f"%maven org.jbackprop:jbackprop-kernel-ext:{v}")   # the README's one line
        yield kc, repo
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def run(kc, code: str) -> list[dict]:
    """Executes one cell; returns its outputs (stream, display_data, execute_result, error)."""
    outputs = []

    def keep(msg):
        if msg["msg_type"] in ("stream", "display_data", "execute_result", "error"):
            outputs.append(msg["content"])

    reply = kc.execute_interactive(code, output_hook=keep, timeout=300)
    errors = [o for o in outputs if "ename" in o]
    assert reply["content"]["status"] == "ok" and not errors, f"{code!r} failed: {errors or reply['content']}"
    return outputs


def data(outputs) -> dict:
    found = [o["data"] for o in outputs if "data" in o]
    assert found, f"no rich output in {outputs}"
    return found[-1]


def test_after_the_maven_line_a_table_and_a_chart_with_no_import_cell(kernel):
    kc, repo = kernel
    # resolved into the isolated repository: tablesaw came through the mirror into it
    assert list(repo.glob("tech/tablesaw/tablesaw-core/*/tablesaw-core-*.jar")), "tablesaw not resolved into the test repo"

    table = data(run(kc, "Tensor.of(new double[][] {{1, 2}, {3, 4}})"))
    assert "<caption>shape (2, 2)</caption>" in table["text/html"]
    assert table["text/plain"] == "[[1. 2.]\n [3. 4.]]"

    chart = data(run(kc, 'new History("h").record(0, "loss", 1.0).record(1, "loss", 0.5)'))
    assert base64.b64decode(chart["image/png"])[:4] == b"\x89PNG"
    assert chart["image/svg+xml"].lstrip().startswith("<svg")


def test_the_zoo_data_comes_with_the_artifact(kernel):
    kc, _ = kernel
    outputs = run(kc, "java.util.Arrays.toString(Datasets.zoo().x().shape())")
    assert data(outputs)["text/plain"] == "[101, 16]"
    # reading the CSV through Tablesaw says nothing on stderr (no "SLF4J(W): No SLF4J providers")
    assert not [o for o in outputs if o.get("name") == "stderr"], outputs
