"""The notebook test: every notebook runs through the real Java kernel without an error, prints what
its stored copy shows (cells tagged nbval-ignore-output excepted), and shows the lectures' golden
values (golden.py)."""
import pytest

import golden
from conftest import NOTEBOOK_PATHS
from outputs import IGNORE_OUTPUT_TAG, code_cells, normalized

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
    stored, fresh = code_cells(run.stored), code_cells(run.executed)
    assert len(stored) == len(fresh)
    assert any(c.get("outputs") for c in stored), f"{name} is stored without outputs"
    for i, (s, f) in enumerate(zip(stored, fresh), start=1):
        if IGNORE_OUTPUT_TAG in s.get("metadata", {}).get("tags", []):
            continue
        assert normalized(f) == normalized(s), (
            f"{name}: code cell {i} prints something other than its stored output "
            f"(refresh with: binder/run.sh --update notebooks/{name}, or tag it {IGNORE_OUTPUT_TAG})\n"
            f"source:\n{s.source}")


@pytest.mark.parametrize("name", NAMES)
def test_golden_values(runs, name):
    run = runs[name]
    assert run.result.ok, run.result.line()
    check = golden.CHECKS.get(name)
    assert check is not None, f"golden.py has no check for {name}"
    check(run.executed)
