"""11_quadratic_regression_mlp: the PyTorch example, Linear(1,10)-ReLU-Linear(10,6)-ReLU-Linear(6,1),
L1 loss, full-batch SGD lr 0.001, 5000 epochs. The data facts are EXACT; data, noise and init come
from our Rng (seed 2017), so the run is checked against the catalogue's invariants (40 seeds)."""
import re

from golden import check
from outputs import all_text, mime_types, number_after


@check("11_quadratic_regression_mlp.ipynb")
def quadratic_regression_mlp(nb):
    text = all_text(nb)
    assert "image/png" in mime_types(nb)

    # data facts (EXACT)
    assert number_after(nb, "E[y] =") == 603
    assert number_after(nb, "minimum of 8x^2+7x+3 =") == 1.46875
    assert number_after(nb, "at x =") == -0.4375
    assert number_after(nb, "maximum on [-15, 15] =") == 1908
    assert number_after(nb, "min(y) =") >= 1.46875

    # the loss printed every 100 epochs, before that epoch's step
    log = [(int(e), float(v)) for e, v in re.findall(r"^epoch +(\d+)  loss ([\d.]+)$", text, re.M)]
    assert [e for e, _ in log] == list(range(0, 5000, 100))
    loss = dict(log)
    assert 551 <= loss[0] <= 652, loss[0]
    assert 129 <= loss[1000] <= 368, loss[1000]
    assert 34 <= loss[2500] <= 309, loss[2500]
    assert 24 <= loss[4900] <= 305, loss[4900]
    assert number_after(nb, "loss at epoch 1000 =") == loss[1000]

    initial = number_after(nb, "initial loss =")
    final = number_after(nb, "final loss =")
    assert initial == loss[0]
    assert final < initial and final < 0.2 * initial, (initial, final)
    assert 24 <= final <= 305, final

    dead = [int(d) for d, _ in re.findall(r"dead ReLUs in layer \d: (\d+) of (\d+)", text)]
    assert len(dead) == 2 and dead[0] < 10 and dead[1] < 6, dead
