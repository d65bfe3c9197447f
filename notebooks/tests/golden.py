"""The lectures' golden values (shared/lectures/LECTURES.md), asserted on each executed notebook.

Each notebook has its check in a module golden_<NN>.py beside this one, registered with
``@check("<notebook file name>")``; it reads numbers the notebook printed. Tolerance classes follow
the catalogue: T9 = 1e-9 absolute, T6 = 1e-6 relative, EXACT."""
import importlib
import pathlib

T9 = 1e-9
CHECKS = {}


def check(name):
    """Registers fn as the golden check of the notebook called `name`."""
    def register(fn):
        CHECKS[name] = fn
        return fn
    return register


def close(actual, expected, tol=T9, rel=False):
    """Asserts |actual - expected| <= tol (or tol * |expected| when rel)."""
    bound = tol * abs(expected) if rel else tol
    assert abs(actual - expected) <= bound, f"{actual!r} differs from {expected!r} by more than {bound}"


def _load_all():
    for p in sorted(pathlib.Path(__file__).parent.glob("golden_*.py")):
        importlib.import_module(p.stem)


_load_all()
