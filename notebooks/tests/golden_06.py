"""06_xor_logistic_to_deep: one logistic unit ends at ln 2 / accuracy 0.5 (any seed); with our seed 777
the 2-2-1, 2-10-1 and 2-10-10-10-1 nets reach accuracy 1.0 under GD(0.1), the logged cost never
rises, and the final costs order deep < wide < 2-2-1 (catalogue NB06 invariants)."""
import math

from golden import check, close
from outputs import all_text, number_after


@check("06_xor_logistic_to_deep.ipynb")
def xor_logistic_to_deep(nb):
    text = all_text(nb)
    # lab-09-1: the unique minimum of the convex cost is W = 0, b = 0: cost ln 2, h = 0.5, accuracy 0.5
    close(number_after(nb, "final cost (logistic) ="), math.log(2))
    close(number_after(nb, "|cost - ln 2| ="), 0.0)
    close(number_after(nb, "max |h - 0.5| ="), 0.0)
    assert "Hypothesis: [[0.5] [0.5] [0.5] [0.5]]" in text
    assert "Correct: [[0.] [0.] [0.] [0.]]" in text
    close(number_after(nb, "Accuracy:"), 0.5, 0)
    # the three nets learn XOR with seed 777; the logged cost is non-increasing for GD 0.1
    for name in ("2-2-1", "2-10-1", "2-10-10-10-1"):
        close(number_after(nb, f"accuracy ({name}) ="), 1.0, 0)
        assert f"logged cost non-increasing ({name}): true" in text
    c221 = number_after(nb, "final cost (2-2-1) =")
    c_wide = number_after(nb, "final cost (2-10-1) =")
    c_deep = number_after(nb, "final cost (2-10-10-10-1) =")
    # successful runs over 100 seeds: 2-2-1 max 0.124, wide [0.0053, 0.0099], deep [0.0009, 0.0048]
    assert 0 < c221 <= 0.124 and 0.004 <= c_wide <= 0.011 and 0.0005 <= c_deep <= 0.006, (c221, c_wide, c_deep)
    assert c_deep < c_wide < c221
    assert "cost ordering deep < wide < 2-2-1: true" in text
    # a stuck start (seed 5): a plateau with accuracy 0.5 or 0.75 and cost ~0.35, still non-increasing
    assert number_after(nb, "accuracy (2-2-1 seed 5) =") in (0.5, 0.75)
    assert 0.34 <= number_after(nb, "final cost (2-2-1 seed 5) =") <= 0.5
    assert "logged cost non-increasing (2-2-1 seed 5): true" in text
