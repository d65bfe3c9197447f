"""07_xor_tensorboard_adam: the library's Adam is TF1's (bias correction folded into lr_t); with our
seed 2 both Adam runs learn XOR, lr 0.01 ends with cost ~1e-4 and a non-increasing logged cost,
lr 0.1 ends far lower and lies below lr 0.01 after ~100 steps (catalogue NB07 invariants)."""
from golden import check, close
from outputs import all_text, number_after


@check("07_xor_tensorboard_adam.ipynb")
def xor_tensorboard_adam(nb):
    text = all_text(nb)
    close(number_after(nb, "max |library - formula| ="), 0.0, 1e-15)
    for lr in ("0.01", "0.1"):
        close(number_after(nb, f"accuracy (lr = {lr}) ="), 1.0, 0)
    # successful runs over 100 seeds: lr 0.01 final cost <= 4.6e-4, below 0.1 at step 500-2400;
    # lr 0.1 final cost <= 1.1e-5, mostly below 0.1 by step 100 (allow a little slack)
    c001 = number_after(nb, "final cost (lr = 0.01) =")
    c01 = number_after(nb, "final cost (lr = 0.1) =")
    assert 0 < c001 <= 4.6e-4 and 0 < c01 <= 1.1e-5 and c01 < c001, (c001, c01)
    assert 300 <= number_after(nb, "first step with cost < 0.1 (lr = 0.01) =") <= 2400
    assert 0 <= number_after(nb, "first step with cost < 0.1 (lr = 0.1) =") <= 300
    assert "logged cost non-increasing every 100 steps (lr = 0.01): true" in text
    assert "Cost(lr 0.1) < Cost(lr 0.01) at every step from 200 on: true" in text
    assert "Hypothesis: [[" in text and "Correct: [[0.] [1.] [1.] [0.]]" in text
