"""04_layers_saito: DLfS chapter 5 layers, with the book's exact printouts.

buy_apple / buy_apple_orange and the ReLU mask example are EXACT; Sigmoid([0, 2]) is T9; the
constructed 2-layer network's gradient check must agree to < 1e-6 (about 1e-7, because the loss has
log(y + 1e-7) and its backward formula ignores the 1e-7)."""
import math
import re

from golden import check, close
from outputs import all_text, mime_types, number_after


def _values(text, label):
    """Every value printed on a line that starts with `label` (e.g. 'price: '), in order."""
    return re.findall("^" + re.escape(label) + r"(.*)$", text, re.M)


@check("04_layers_saito.ipynb")
def layers_saito(nb):
    text = re.sub(r"\n\s*\n", "\n", all_text(nb))   # separate outputs are joined by blank lines
    types = mime_types(nb)
    assert "image/svg+xml" in types, "the buy_apple_orange graph is not drawn"
    assert "text/html" in types, "the gradient-check report is not shown as a table"

    # buy_apple then buy_apple_orange (EXACT, as the book prints them)
    assert _values(text, "price: ") == ["220", "715"]
    assert _values(text, "dApple: ") == ["2.2", "2.2"]
    assert _values(text, "dApple_num: ") == ["110", "110"]
    assert _values(text, "dTax: ") == ["200", "650"]
    assert _values(text, "apple_price: ") == ["200"]
    assert _values(text, "orange_price: ") == ["450"]
    assert _values(text, "all_price: ") == ["650"]
    assert _values(text, "dOrange: ") == ["3.3000000000000003"]
    assert _values(text, "dOrange_num: ") == ["165"]
    assert _values(text, "raw price = ") == ["220.00000000000003", "715.0000000000001"]
    assert _values(text, "raw dApple_num = ") == ["110.00000000000001"]

    # ReLU mask example (DLfS 5.5.1)
    assert "mask = (x <= 0):\n[[False  True]\n [ True False]]" in text
    assert "forward:\n[[1. 0.]\n [0. 3.]]" in text
    assert "backward(ones):\n[[1. 0.]\n [0. 1.]]" in text

    # Sigmoid([0, 2]) (T9)
    s2 = 1 / (1 + math.exp(-2))
    close(number_after(nb, "sigmoid(2) ="), s2)
    close(number_after(nb, "backward at 2 ="), s2 * (1 - s2))
    close(number_after(nb, "backward at 2 ="), 0.1049935854)
    assert "sigmoid forward  = [0.5        0.88079708]" in text
    assert "sigmoid backward = [0.25       0.10499359]" in text

    # constructed 2-layer example: numpy gives these losses for the same values
    close(number_after(nb, "loss (ReLU net) ="), 1.146613511084034)
    close(number_after(nb, "loss (Sigmoid net) ="), 1.1200112340977486)
    for kind in ("ReLU", "Sigmoid"):
        diff = number_after(nb, f"max |numerical - backprop| ({kind}) =")
        assert 1e-9 < diff < 1e-6, (kind, diff)
        assert f"all passed ({kind}) = true" in text
