"""03_activations_softmax: numpy's arange grid, the activations, softmax (LECTURES.md, NB03)."""
import math

from golden import check, close
from outputs import all_text, mime_types, number_after


def row(nb, label):
    """The numbers of a tensor printed as 'label = [a b c]'."""
    text = all_text(nb)
    start = text.index(label) + len(label)
    inside = text[text.index("[", start) + 1:text.index("]", start)]
    return [float(v) for v in inside.split()]


@check("03_activations_softmax.ipynb")
def activations(nb):
    # np.arange(-5.0, 5.0, 0.1), bit for bit
    assert number_after(nb, "len =") == 100
    assert number_after(nb, "x[0] =") == -5.0
    assert number_after(nb, "x[99] =") == 4.899999999999965
    assert number_after(nb, "x[50] =") == -1.7763568394002505e-14
    assert number_after(nb, "sum of step(x) =") == 49
    close(number_after(nb, "sigmoid min ="), 0.0066928509, 1e-9)
    close(number_after(nb, "sigmoid max ="), 0.9926084587, 1e-9)
    close(number_after(nb, "sum of relu(x) ="), 122.5, 1e-9)
    # points -1, 0, 1, 2
    assert row(nb, "step (x > 0)        =") == [0, 0, 1, 1]
    assert row(nb, "step (x >= 0)       =") == [0, 1, 1, 1]
    assert row(nb, "sign                =") == [-1, 1, 1, 1]
    assert row(nb, "numpy sign          =") == [-1, 0, 1, 1]
    for v, want in zip(row(nb, "sigmoid             ="), [0.26894142, 0.5, 0.73105858, 0.88079708]):
        close(v, want, 5e-9)
    assert row(nb, "relu                =") == [0, 0, 1, 2]
    # softmax
    close(number_after(nb, "exp sum ="), 74.1221542101633, 1e-9)
    for v, want in zip(row(nb, "softmax([0.3, 2.9, 4.0]) ="), [0.01821127, 0.24519181, 0.73659691]):
        close(v, want, 5e-9)
    close(number_after(nb, "\nsum ="), 1.0, 1e-12)
    assert all(math.isnan(v) for v in row(nb, "naive softmax([1010, 1000, 990]) =")), "naive softmax is not NaN"
    for k, want in enumerate([9.99954600e-01, 4.53978686e-05, 2.06106005e-09]):
        close(number_after(nb, f"stable[{k}] ="), want, 1e-8, rel=True)
    assert number_after(nb, "max |softmax(a) - softmax(a + 100)| =") < 1e-12
    # non-linearity and shapes
    assert number_after(nb, "h(h(h(3))) =") == 24
    assert "shape [5, 2], entry 48.0" in all_text(nb)
    # the DLfS three-layer forward pass
    for label, want in [("a1 =", [0.3, 0.7, 1.1]), ("z1 =", [0.57444252, 0.66818777, 0.75026011]),
                        ("a2 =", [0.51615984, 1.21402696]), ("z2 =", [0.62624937, 0.7710107])]:
        for v, w in zip(row(nb, label), want):
            close(v, w, 5e-9)
    close(number_after(nb, "y[0] ="), 0.31682708, 5e-9)
    close(number_after(nb, "y[1] ="), 0.69627909, 5e-9)
    assert {"image/png", "image/svg+xml"} <= mime_types(nb), "no plots"
