"""Executes every notebook once per test session, through the real Java kernel."""
import pathlib
import sys

import nbformat
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "binder"))
import nbrun  # noqa: E402

NOTEBOOK_PATHS = nbrun.notebooks()
_runs = {}


class Run:
    """One notebook's stored version and its fresh execution."""

    def __init__(self, path, result):
        self.path = path
        self.result = result
        self.stored = nbformat.read(path, as_version=4)
        self.executed = nbformat.read(result.path, as_version=4) if result.path.exists() else None


@pytest.fixture(scope="session")
def runs():
    if not _runs:
        out = ROOT / "build" / "notebooks-test"
        results = nbrun.execute_all(NOTEBOOK_PATHS, out, jobs=2, html=False)
        for p, r in zip(NOTEBOOK_PATHS, results):
            _runs[p.name] = Run(p, r)
    return _runs


def pytest_terminal_summary(terminalreporter):
    if _runs:
        cells = sum(r.result.cells for r in _runs.values())
        ok = sum(1 for r in _runs.values() if r.result.ok)
        terminalreporter.write_line(
            f"notebook test: executed {len(_runs)} notebooks ({cells} cells) through the Java kernel, "
            f"{ok} without errors")
        for r in _runs.values():
            terminalreporter.write_line("  " + r.result.line())


# The notebooks whose products ever reached BLAS (m·n·k of 8³ or more before lecture-size products
# moved to lib's SmallGemm): the zoo's (101, 16) @ (16, 7) and NB11's (1000, 10) @ (10, 6). They run a
# second time in kernels whose JVM cannot load native BLAS, as on a machine without libblas.so.3.
WITHOUT_NATIVE_BLAS = ["10_zoo_sigmoid_backprop.ipynb", "11_quadratic_regression_mlp.ipynb"]
NO_NATIVE_BLAS_OPTIONS = "-Ddev.ludovic.netlib.blas.nativeLibPath=/nonexistent/libblas.so.3"
_runs_without_native_blas = {}


@pytest.fixture(scope="session")
def runs_without_native_blas():
    if not _runs_without_native_blas:
        import os
        out = ROOT / "build" / "notebooks-test-without-native-blas"
        paths = [p for p in NOTEBOOK_PATHS if p.name in WITHOUT_NATIVE_BLAS]
        env = dict(os.environ, JAVA_TOOL_OPTIONS=NO_NATIVE_BLAS_OPTIONS)
        results = nbrun.execute_all(paths, out, jobs=2, html=False, env=env)
        for p, r in zip(paths, results):
            _runs_without_native_blas[p.name] = Run(p, r)
    return _runs_without_native_blas
