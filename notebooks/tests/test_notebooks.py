"""The notebook test: every notebook runs through the real Java kernel without an error, prints what
its stored copy shows (cells tagged nbval-ignore-output excepted), and shows the lectures' golden
values (golden.py)."""
import pytest

import golden
from conftest import NOTEBOOK_PATHS
from outputs import IGNORE_OUTPUT_TAG, code_cells, differing_cells

NAMES = [p.name for p in NOTEBOOK_PATHS]


def test_there_are_notebooks():
    assert NAMES, "notebooks/ holds no .ipynb"


@pytest.mark.parametrize("name", NAMES)
def test_executes_without_error(runs, name):
    r = runs[name].result
    assert r.ok, r.line()


@pytest.mark.parametrize("name", NAMES)
def test_outputs_match_stored(runs, name):
    run = runs[name]
    assert run.executed is not None, run.result.line()
    assert any(c.get("outputs") for c in code_cells(run.stored)), f"{name} is stored without outputs"
    differing = differing_cells(run.stored, run.executed)
    assert differing != [0], f"{name}: the executed copy has a different number of code cells"
    stored = code_cells(run.stored)
    assert not differing, "\n".join(
        f"{name}: code cell {i} prints something other than its stored output "
        f"(refresh with: binder/run.sh --update notebooks/{name}, or tag it {IGNORE_OUTPUT_TAG})\n"
        f"source:\n{stored[i - 1].source}" for i in differing)


@pytest.mark.parametrize("name", NAMES)
def test_golden_values(runs, name):
    run = runs[name]
    assert run.result.ok, run.result.line()
    check = golden.CHECKS.get(name)
    assert check is not None, f"golden.py has no check for {name}"
    check(run.executed)
