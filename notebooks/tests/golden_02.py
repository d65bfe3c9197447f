"""02_chain_rule_graphs: the chain-rule examples of seeds 003, 004, 001 and Goodfellow 6.50-6.53
(LECTURES.md, NB02): EXACT for the integer examples, T9 for the rest."""
from golden import check, close
from outputs import all_text, mime_types, number_after, numbers_after, rendered



@check("02_chain_rule_graphs.ipynb")
def chain_rule(nb):
    # f = wx + b with w = -2, x = 5, b = 3
    assert number_after(nb, "g = wx =") == -10 and number_after(nb, "f = g + b =") == -7
    assert number_after(nb, "df/dx =") == -2 and number_after(nb, "df/dw =") == 5
    assert number_after(nb, "df/db =") == 1
    # cs231n (x + y) z
    assert number_after(nb, "q =") == 3 and number_after(nb, "q = 3.0, f =") == -12
    assert number_after(nb, "df/dz =") == 3 and number_after(nb, "df/dq =") == -4
    assert number_after(nb, "df/dx = -4.0, df/dy =") == -4
    assert number_after(nb, "df/dz = 3.0, df/dq = -4.0, df/dx =") == -4
    # the sigmoid circuit, forward gate by gate (6 dp as on the slide) and f itself
    forward = [-2, 6, 4, 1, -1, 0.367879, 1.367879, 0.731059]
    values = numbers_after(nb, "value")
    assert len(values) >= 8, values
    for v, want in zip(values[:8], forward):
        close(v, want, 5e-7)
    text = all_text(nb)
    assert "f = 0.7310585786" in text
    close(number_after(nb, "upstream gradient into the 1/x gate:"), -0.534446645, 1e-9)
    close(number_after(nb, "upstream gradient into the +1 gate:"), -0.534446645, 1e-9)
    close(number_after(nb, "upstream gradient into the exp gate:"), -0.196611933, 1e-9)
    close(number_after(nb, "upstream gradient into the *-1 gate:"), 0.196611933, 1e-9)
    grads = {"dw0": -0.196611933241, "dx0": 0.393223866483, "dw1": -0.393223866483,
             "dx1": -0.589835799724, "dw2": 0.196611933241}
    for label, value in grads.items():
        close(number_after(nb, label + " ="), value)
    close(number_after(nb, "(1 - f) f ="), 0.196611933241)
    # the derivative table at t = 0.7
    close(number_after(nb, "e^0.7 ="), 2.013752707)
    close(number_after(nb, "-1/0.7^2 ="), -2.040816327)
    # sigma'(z)
    for z, value in [("0.0", 0.25), ("1.0", 0.196611933241), ("-1.0", 0.196611933241),
                     ("2.0", 0.104993585404), ("-2.0", 0.104993585404), ("5.0", 0.006648056671),
                     ("-5.0", 0.006648056671), ("0.3775", 0.241300708572)]:
        close(number_after(nb, f"sigma'({z}) ="), value)
    # cross-entropy with a sigmoid
    close(number_after(nb, "l = 0.5, t = 1.0: a ="), 0.622459331)
    das, dls = numbers_after(nb, "dE/da ="), numbers_after(nb, "dE/dl =")
    close(das[0], -1.606530660)
    close(dls[0], -0.377540669)
    close(dls[1], -0.768524783)
    close(dls[2], 0.880797078)
    # Goodfellow's chain of sigmoids
    close(number_after(nb, "x = f(w) ="), 0.622459331202)
    close(number_after(nb, "y = f(x) ="), 0.650777678215)
    close(number_after(nb, "z = f(y) ="), 0.657185689277)
    close(number_after(nb, "dz/dw ="), 0.012032514871)
    # the seed-004 scalar net (our values) and the slide's sigma-vs-sigma' error
    net = {"dloss/dw3": 0.316807039290, "dloss/db3": 1.0, "dloss/dw2": 0.279492139783,
           "dloss/db2": 0.432880678292, "dloss/dw1": -0.148554415787, "dloss/db1": -0.148554415787}
    for label, value in net.items():
        close(number_after(nb, label + " ="), value)
    close(number_after(nb, "w3*sigmoid(h2_in)*sigmoid(w1x+b1) ="), 0.409096926)
    close(number_after(nb, "w3*sigma'(h2_in)*sigmoid(w1x+b1)  ="), 0.279492140)
    assert "MISMATCH" not in text, "a numerical gradient check failed"
    assert text.count("  ok") >= 20, "fewer numerical checks than expected"
    # every graph drawn (f = wx + b, (x + y)z, the circuit, the sigma-gate circuit, the scalar net), the
    # library's gradient-check reports and the chain-rule traces as tables, the sigma' chart
    assert rendered(nb, "image/svg+xml", "Graph of") >= 5, "the computational graphs are not drawn as SVG"
    assert rendered(nb, "text/html", "gradient check") >= 2, "no gradient-check report table"
    assert "all passed" in text
    assert rendered(nb, "text/html", "∂z/∂w =") == 1 and rendered(nb, "text/html", "∂loss/∂w2 =") == 1
    assert "image/png" in mime_types(nb), "no sigma' chart"
