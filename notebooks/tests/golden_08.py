"""08_linear_regression_backprop: lab-09-5/6 with the labs' literal sum-versus-mean updates.

Deterministic facts (catalogue NB08): the iteration map's eigenvalues (T9), the eigenvalues of XᵀX and
the least-squares optimum with b fixed at 5 (T6). W₀ is drawn from our own seeded Rng, so the runs
are checked against the catalogue's invariants (200 numpy seeds)."""
import math

from golden import check, close
from outputs import numbers_after, number_after

T6 = 1e-6


@check("08_linear_regression_backprop.ipynb")
def linear_regression_backprop(nb):
    # lab-09-5: map (e, b) -> [[-0.4, -0.6], [-0.2, 0.9]] (e, b); eigenvalues 0.25 ± sqrt(0.5425)
    eig = [float(v) for v in _line(nb, "eigenvalues of the iteration map = ").split(",")]
    close(eig[0], 0.25 + math.sqrt(0.5425))
    close(eig[1], 0.25 - math.sqrt(0.5425))
    close(eig[0], 0.98654599, 5e-9)
    close(eig[1], -0.48654599, 5e-9)

    # lab-09-5 invariants: the start is within the seeds' range, the fit converges to y = x
    mse0 = numbers_after(nb, "MSE before step 0 = ")
    assert len(mse0) == 2, mse0
    assert 3.57 <= mse0[0] <= 47.5, mse0[0]
    assert number_after(nb, "max |H - y| = ") <= 3.8e-6

    # lab-09-6 invariants: the MSE falls, b barely moves, the final MSE is within the seeds' range
    final = number_after(nb, "MSE at step 9999 = ")
    assert 7.2 <= mse0[1] <= 3.0e5, mse0[1]
    assert final < mse0[1]
    assert final <= 24.4, final
    b = number_after(nb, "b after 10000 steps = ")
    assert 4.9975 <= b <= 5.0055, b

    # XᵀX eigenvalues: 6.0075795, 67.737408, 110029.255 (numpy: 6.00757948, 67.7374083, 110029.255)
    text = _line(nb, "eigenvalues of X^T X = ")
    lam = [float(v) for v in text.split(",")]
    for got, want in zip(lam, (6.0075795, 67.737408, 110029.255)):
        close(got, want, T6, rel=True)
    close(number_after(nb, "lr * lambda_max = "), 0.110, 5e-4)

    # least-squares optimum with b = 5 (numpy: W = [0.7600002, 0.39241993, 0.79854198], MSE 0.105483337)
    w = [float(v) for v in _line(nb, "least-squares W (b = 5) = ").strip("[]").split(",")]
    for got, want in zip(w, (0.7600002, 0.39241993, 0.79854198)):
        close(got, want, T6, rel=True)
    close(number_after(nb, "least-squares MSE (b = 5) = "), 0.10548333704447417, T6, rel=True)


def _line(nb, label):
    from outputs import all_text
    text = all_text(nb)
    start = text.index(label) + len(label)
    return text[start:text.index("\n", start)]
