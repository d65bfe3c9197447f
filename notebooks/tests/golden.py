"""The lectures' golden values (shared/lectures/LECTURES.md), asserted on each executed notebook.

Each check reads numbers the notebook printed; tolerances follow the catalogue's classes:
T9 = 1e-9 absolute, T6 = 1e-6 relative, EXACT."""
import math

from outputs import all_text, mime_types, number_after, numbers_after  # noqa: F401

T9 = 1e-9
CHECKS = {}


def check(name):
    def register(fn):
        CHECKS[name] = fn
        return fn
    return register


def close(actual, expected, tol=T9, rel=False):
    bound = tol * abs(expected) if rel else tol
    assert abs(actual - expected) <= bound, f"{actual!r} differs from {expected!r} by more than {bound}"


@check("00_start_here.ipynb")
def start_here(nb):
    types = mime_types(nb)
    assert "text/html" in types, "no tensor rendered as an HTML table"
    assert "image/png" in types and "image/svg+xml" in types, "no training curve rendered as PNG and SVG"
    close(number_after(nb, "loss after 100 steps"), (14 / 3) * (4 * (8 / 15) ** 100) ** 2 if False else 0.0, 1e-12)
