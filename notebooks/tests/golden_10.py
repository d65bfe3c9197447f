"""10_zoo_sigmoid_backprop: lab-09-7, sigmoid backprop without an optimizer on the zoo data.

Data facts and the deterministic zero-init run are checked against the catalogue (EXACT, T9, T6 on
5-decimal printouts); the seeded run (our Rng seed 101) against the catalogue's invariants from
300 numpy seeds."""
import re

from golden import check, close
from outputs import all_text, mime_types, number_after, numbers_after

LOG = re.compile(r"^(zero init )?Step: +(\d+)\t Loss: +([\d.]+)\t Acc: ([\d.]+)%$", re.M)


def _log(text, zero):
    """(step, loss, acc%) of every log line of the seeded run (zero=False) or the zero-init run."""
    return [(int(m[2]), float(m[3]), float(m[4])) for m in LOG.finditer(text) if bool(m[1]) == zero]


@check("10_zoo_sigmoid_backprop.ipynb")
def zoo_sigmoid_backprop(nb):
    text = re.sub(r"\n\s*\n", "\n", all_text(nb))   # separate outputs are joined by blank lines
    assert "image/png" in mime_types(nb) and "text/html" in mime_types(nb)

    # data (EXACT)
    assert "y has one of the following values\n[0. 1. 2. 3. 4. 5. 6.]" in text
    assert "Shape of X data:  (101, 16)" in text and "Shape of y data:  (101, 1)" in text
    assert "Before reshape: (101, 1, 7)" in text and "After reshape:  (101, 7)" in text
    assert "class counts 0..6: [41, 20, 5, 13, 4, 8, 10]" in text
    assert number_after(nb, "majority share =") == 0.4059
    assert "feature column sums: [43, 20, 59, 41, 24, 36, 56, 61, 83, 80, 8, 17, 287, 75, 13, 44]" in text
    assert "legs take the values [0. 2. 4. 5. 6. 8.]" in text
    assert "same as zoo.x() and zoo.y(): true" in text

    # the seed-000 printout is self-consistent: sigma(layer_1) = y_pred to float32 precision
    errors = numbers_after(nb, "relative error")
    assert len(errors) == 4 and max(errors) < 1e-7, errors

    # deterministic zero init (T9)
    close(number_after(nb, "zero init: initial loss ="), 490.05505665588134)
    assert number_after(nb, "zero init: initial acc =") == 40.59
    row = [float(v) for v in re.search(r"first d_W row = \[([^\]]*)\]", text)[1].split(",")]
    for got, want in zip(row, [-17.499993, 21.4999914, 21.4999914, 21.4999914, 21.4999914, 17.499993, 21.4999914]):
        close(got, want)
    close(number_after(nb, "sum of d_b ="), 252.4998990000404)

    # zero-init log, printed after each update (T6 on the 5-decimal printout)
    zero = {s: (loss, acc) for s, loss, acc in _log(text, zero=True)}
    assert sorted(zero) == list(range(0, 500, 10))
    golden = {0: (466.92366, 40.59), 10: (91.70926, 87.13), 20: (71.85131, 92.08), 50: (49.20832, 95.05),
              100: (34.47150, 97.03), 150: (27.32188, 99.01), 160: (26.28652, 100.00),
              200: (22.91394, 100.00), 300: (17.56872, 100.00), 490: (12.37476, 100.00)}
    for step, (loss, acc) in golden.items():
        assert zero[step] == (loss, acc), (step, zero[step], loss, acc)
    assert number_after(nb, "zero init: first step with 100% =") == 160
    b = [float(v) for v in re.search(r"zero init: final b = \[([^\]]*)\]", text)[1].split(",")]
    assert len(b) == 7 and len(set(b)) == 1
    close(b[0], -3.624544006985169, 1e-6, rel=True)
    close(b[0], -3.62454401, 5e-9)

    # the seeded run (seed 101): the catalogue's invariants
    log = _log(text, zero=False)
    assert [s for s, _, _ in log] == list(range(0, 500, 10))
    losses = [loss for _, loss, _ in log]
    accs = [acc for _, _, acc in log]
    assert 415 <= number_after(nb, "loss before any update =") <= 3114
    assert 251.6 <= losses[0] <= 858.8 and 4.95 <= accs[0] <= 78.2, log[0]
    assert all(a >= b for a, b in zip(losses, losses[1:])), "the logged loss went up"
    first = next(s for s, _, acc in log if acc == 100.0)
    assert first <= 300, f"100% first at step {first}; the lecture says 'you should see 100%' within 300 steps"
    assert all(acc == 100.0 for s, _, acc in log if s >= first), "accuracy fell after reaching 100%"
    assert number_after(nb, "seed 101: first logged step with 100% =") == first
    assert 15.2 <= losses[30] <= 20.9 and 10.8 <= losses[49] <= 14.4, (losses[30], losses[49])
    close(number_after(nb, "at step 490 ="), losses[49], 5e-6)

    # all 101 predictions, lecture format; labels of lines 1-8 and 97-101 as in the seed printout
    lines = re.findall(r"^Line :  (\d+) --> \[(True|False)\]\t Prediction: (\d)\t True y: (\d)$", text, re.M)
    assert [int(n) for n, *_ in lines] == list(range(1, 102))
    truth = [int(t) for *_, t in lines]
    assert truth[:8] == [0, 0, 3, 0, 0, 0, 0, 3] and truth[96:] == [0, 5, 0, 6, 1]
    assert all(ok == "True" for _, ok, _, _ in lines)
    assert number_after(nb, "wrong predictions =") == 0

    # the seed-001 d_loss (ŷ factor missing) does not reach 100%
    assert number_after(nb, "seed-001 d_loss: best logged accuracy =") < 100
    assert number_after(nb, "correct d_loss:  final accuracy       =") == 100
