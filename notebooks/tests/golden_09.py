"""09_xor_manual_backprop_goodfellow: Goodfellow's Algorithms 6.3/6.4 on Mazur's net reproduce NB05's
J and gradients (T9), also with weight decay λ = 0.01; the lab-09-x run with our seed 777 learns XOR and
its hand-written (+1e-7) trajectory agrees with the exact autograd one (catalogue NB09)."""
from golden import check, close
from outputs import all_text, number_after


@check("09_xor_manual_backprop_goodfellow.ipynb")
def xor_manual_backprop_goodfellow(nb):
    text = all_text(nb)
    assert "shape 4" in text
    # lab-09-x with seed 777: accuracy 1.0; the lab's +1e-7 moves the gradient by less than 1e-7
    close(number_after(nb, "Accuracy:"), 1.0, 0)
    assert number_after(nb, "max |manual/N - exact| at the start =") < 1e-7
    assert number_after(nb, "max |cost manual - cost exact| over the logged steps =") <= 1e-6
    assert number_after(nb, "max |hypothesis manual - hypothesis exact| =") <= 1e-6
    # about two seeds in three succeed (numpy: 71/100)
    assert 25 <= number_after(nb, "seeds reaching accuracy 1.0 (of 50) =") <= 43
    # Algorithms 6.3/6.4 on Mazur's net (= NB05)
    close(number_after(nb, "out_o1 ="), 0.751365069552)
    close(number_after(nb, "out_o2 ="), 0.772928465321)
    close(number_after(nb, "J ="), 0.2983711087600027)
    close(number_after(nb, "dE/dw1 ="), 0.000438567734)
    close(number_after(nb, "dE/dw5 ="), 0.082167040564)
    close(number_after(nb, "shared dE/db1 ="), 0.018725609395)
    close(number_after(nb, "shared dE/db2 ="), 0.100400325112)
    for label, expected in (("dW1 = [[", [0.000438567734, 0.000877135469, 0.000497712735, 0.000995425471]),
                            ("dW2 = [[", [0.082167040564, 0.082667627848, -0.022602540477, -0.022740242216]),
                            ("db1 = [[", [0.008771354689, 0.009954254705]),
                            ("db2 = [[", [0.138498561629, -0.038098236517])):
        line = text[text.index("\n" + label) + 1:].splitlines()[0]
        values = [float(v) for v in line.split("=", 1)[1].replace("[", " ").replace("]", " ").replace(",", " ").split()]
        assert len(values) == len(expected), line
        for a, e in zip(values, expected):
            close(a, e)
    # with weight decay λ = 0.01 (Ω = ½ΣW² = 0.565)
    close(number_after(nb, "Omega ="), 0.565)
    close(number_after(nb, "J (lambda = 0.01) ="), 0.3040211087600027)
    close(number_after(nb, "dW1[0][0] (lambda = 0.01) ="), 0.001938567734)
    close(number_after(nb, "dW2[0][0] (lambda = 0.01) ="), 0.086167040564)
    assert "db unchanged: true" in text
