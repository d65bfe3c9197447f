"""01_gradient_descent: cost(W) and the lab-03-2/3/X traces (LECTURES.md, NB01)."""
from golden import check, close
from outputs import all_text, mime_types, number_after


def trace(nb, header):
    """The rows printed under `header` (e.g. 'lab-03-2: step cost W'): {step: [numbers...]}."""
    text = all_text(nb)
    start = text.index(header) + len(header)
    rows = {}
    for line in text[start:].strip().splitlines():
        parts = line.split()
        if not parts:
            continue                      # output chunks are joined with blank lines
        if not parts[0].isdigit():
            break
        rows[int(parts[0])] = [float(p) for p in parts[1:]]
    return rows


@check("01_gradient_descent.ipynb")
def gradient_descent(nb):
    # the labs' cost mean((Wx - y)^2) = (14/3)(W - 1)^2 and the slide's 1/(2m) cost, half of it
    for w, c in [("-3.0", 74.6666666667), ("0.0", 4.6666666667), ("1.0", 0.0), ("2.0", 4.6666666667),
                 ("5.0", 74.6666666667)]:
        close(number_after(nb, f"cost({w}) ="), c)
        close(number_after(nb, f"1/(2m) cost({w}) ="), c / 2)
    assert number_after(nb, "points:") == 80
    assert number_after(nb, "argmin: i =") == 10
    assert number_after(nb, "argmin: i = 10, W =") == 1.0
    assert number_after(nb, "argmin: i = 10, W = 1.0, cost =") == 0.0

    # lab-03-2 from TF's W0 = 1.64462376: W_k = 1 + 0.64462376 (8/15)^k, cost_k = (14/3)(W_k - 1)^2
    lab2 = trace(nb, "lab-03-2: step cost W")
    assert sorted(lab2) == list(range(21))
    for k, (cost, w) in lab2.items():
        wk = 1 + 0.64462376 * (8 / 15) ** k
        close(w, wk, 5e-9)                                  # printed with 8 decimals
        close(cost, 14 / 3 * (wk - 1) ** 2, 1e-5, rel=True)  # printed with 6 significant digits
    for k, cost, w in [(0, 1.93919, 1.64462376), (1, 0.551591, 1.34379934), (2, 0.156897, 1.18335965),
                       (3, 0.0446284, 1.09779181), (5, 0.00361083, 1.02781634),
                       (10, 6.72348e-06, 1.00120031), (20, 2.33114e-11, 1.00000224)]:
        assert lab2[k] == [cost, w], (k, lab2[k])
    close(number_after(nb, "(W_1 - 1)/(W_0 - 1) ="), 8 / 15, 1e-12)

    # lab-03-3: W0 = 5, the optimizer's gradient 2 mean((Wx - y)x), W - 1 shrinks by 1/15 a step
    lab3 = trace(nb, "lab-03-3: step W")
    assert sorted(lab3) == list(range(101))
    for k, (w,) in lab3.items():
        close(w, 1 + 4 * 15.0 ** -k, 5e-9)
    assert [lab3[k][0] for k in range(8)] == [5.0, 1.26666667, 1.01777778, 1.00118519, 1.00007901,
                                              1.00000527, 1.00000035, 1.00000002]
    assert all(lab3[k][0] == 1.0 for k in range(8, 101))

    # lab-03-X: lr 0.01, W0 = 5; the hand gradient equals the one backpropagation found (gvs)
    labx = trace(nb, "lab-03-X: step gradient W gvs")
    assert sorted(labx) == list(range(101))
    for k, grad, w in [(0, 37.33333333, 5.0), (1, 33.84888889, 4.62666667), (2, 30.68965926, 4.28817778),
                       (3, 27.82529106, 3.98128119), (100, 0.00207425, 1.00022224)]:
        close(labx[k][0], grad, 5e-9)
        close(labx[k][1], w, 5e-9)
    for k, (grad, w, gvs) in labx.items():
        close(grad, 28 / 3 * (w - 1), 6e-8)   # W printed to 8 decimals
        assert grad == gvs, (k, grad, gvs)
    assert {"image/png", "image/svg+xml"} <= mime_types(nb), "no cost curve / training chart"
