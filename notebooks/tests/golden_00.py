"""00_start_here: a tensor shows as a table, a training curve as an image."""
from golden import check, close
from outputs import mime_types, number_after


@check("00_start_here.ipynb")
def start_here(nb):
    types = mime_types(nb)
    assert "text/html" in types, "no tensor rendered as an HTML table"
    assert "image/png" in types and "image/svg+xml" in types, "no training curve rendered as PNG and SVG"
    # W starts at 5 and GD with lr 0.1 on x = y = [1, 2, 3] shrinks W - 1 by 1/15 a step (NB01).
    close(number_after(nb, "W after 1 step"), 1 + 4 / 15)
    close(number_after(nb, "W after 10 steps"), 1 + 4 * 15.0 ** -10)
