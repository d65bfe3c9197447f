"""A machine without native BLAS prints the same notebooks: the lecture notebooks that multiply
matrices large enough to have ever reached BLAS run again in kernels whose JVM cannot load it
(netlib then falls back to its pure-Java BLAS), and must print exactly their stored outputs, with
the same comparison as the main notebook test. This holds because every lecture-size product runs
in lib's SmallGemm, whose summation order does not depend on the BLAS."""
import pytest

from conftest import NO_NATIVE_BLAS_OPTIONS, WITHOUT_NATIVE_BLAS
from outputs import code_cells, differing_cells


@pytest.mark.parametrize("name", WITHOUT_NATIVE_BLAS)
def test_prints_the_stored_outputs_without_native_blas(runs_without_native_blas, name):
    run = runs_without_native_blas[name]
    assert run.result.ok, run.result.line()
    log = run.result.path.with_suffix(".kernel.log").read_text(encoding="utf-8", errors="replace")
    assert NO_NATIVE_BLAS_OPTIONS in log, f"the kernel JVM did not pick up {NO_NATIVE_BLAS_OPTIONS}:\n{log[-2000:]}"
    differing = differing_cells(run.stored, run.executed)
    stored = code_cells(run.stored)
    assert not differing, "\n".join(
        f"{name} without native BLAS: code cell {i} prints something other than its stored output\n"
        f"source:\n{stored[i - 1].source}" for i in differing if i > 0) or f"{name}: cell count differs"
