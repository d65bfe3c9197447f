"""05_mazur_step_by_step: Mazur's 2-2-2 example (LECTURES.md, NB05), every value T9 except the
10,000-round run (T6)."""
from golden import check, close
from outputs import all_text, mime_types, number_after, rendered


FORWARD = {
    "net_h1": 0.3775, "out_h1": 0.593269992107, "net_h2": 0.3925, "out_h2": 0.596884378260,
    "net_o1": 1.105905967060, "out_o1": 0.751365069552, "net_o2": 1.224921404096, "out_o2": 0.772928465321,
    "E_o1": 0.274811083176, "E_o2": 0.023560025584, "E_total": 0.298371108760,
}
BACKWARD = {
    "dE/dout_o1": 0.741365069552, "dout_o1/dnet_o1": 0.186815601809, "delta_o1": 0.138498561629,
    "dE/dout_o2": -0.217071534679, "dout_o2/dnet_o2": 0.175510052817, "delta_o2": -0.038098236517,
    "dE_o1/dout_h1": 0.055399424651, "dE_o2/dout_h1": -0.019049118258, "dE/dout_h1": 0.036350306393,
    "dout_h1/dnet_h1": 0.241300708572, "dE/dout_h2": 0.041370322649, "dout_h2/dnet_h2": 0.240613417249,
    "dE/dw1": 0.000438567734, "dE/dw5": 0.082167040564, "dE/dw6": 0.082667627848,
    "dE/dw7": -0.022602540477, "dE/dw8": -0.022740242216,
}
# the library's graph: backward finds every gradient, including the shared biases'
GRAPH = {
    "graph dE/dw1": 0.000438567734, "graph dE/dw2": 0.000877135469, "graph dE/dw3": 0.000497712735,
    "graph dE/dw4": 0.000995425471, "graph dE/dw5": 0.082167040564, "graph dE/dw6": 0.082667627848,
    "graph dE/dw7": -0.022602540477, "graph dE/dw8": -0.022740242216,
    "graph dE/db1": 0.018725609395, "graph dE/db2": 0.100400325112,
}
UPDATES = {
    "w1+": 0.149780716133, "w2+": 0.199561432266, "w3+": 0.249751143632, "w4+": 0.299502287265,
    "w5+": 0.358916479718, "w6+": 0.408666186076, "w7+": 0.511301270239, "w8+": 0.561370121108,
    "b1+": 0.340637195303, "b2+": 0.549799837444,
}


@check("05_mazur_step_by_step.ipynb")
def mazur(nb):
    for table in (FORWARD, BACKWARD, GRAPH, UPDATES):
        for label, value in table.items():
            close(number_after(nb, label + " ="), value)
    close(number_after(nb, "E_total after 1 round ="), 0.291027773694)       # Mazur's blog: 0.291027924
    close(number_after(nb, "E after 1 round (tensors) ="), 0.291027773694)
    close(number_after(nb, "E_total after 1 round, biases updated ="), 0.285750886699)
    # the same network from Linear/Sigmoid layers, HalfSquaredError and SGD on the weights only
    close(number_after(nb, "layers: E_total ="), 0.298371108760)
    close(number_after(nb, "layers: E_total after 1 round ="), 0.291027773694)
    close(number_after(nb, "layers: E after 10000 rounds ="), 3.5101877830e-05, 1e-6, rel=True)
    close(number_after(nb, "E after 10000 rounds ="), 3.5101877830e-05, 1e-6, rel=True)
    close(number_after(nb, "E after 9999 rounds ="), 3.5108548e-05, 1e-6, rel=True)  # the blog's number
    close(number_after(nb, "out_o1 after 10000 rounds ="), 0.015913620, 1e-6, rel=True)
    close(number_after(nb, "out_o2 after 10000 rounds ="), 0.984064274, 1e-6, rel=True)
    # Step-1 advice: all-zero init keeps h1 and h2 identical; init 100 saturates, every gradient is 0
    out = all_text(nb)
    assert "init 100: dE/dw5..w8 = [0. 0. 0. 0.]" in out
    after = out[out.index("all-zero init, W1 after 10000 rounds"):]
    w1_rows = after[after.index("[["):after.index("]]") + 2].replace("[", " ").replace("]", " ").split()
    assert w1_rows[:2] == w1_rows[2:4], f"hidden units differ after an all-zero init: {w1_rows}"
    text = "".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "w_3 i_2" in text and "typo" in text, "the w3 typo of the slide is not noted"
    assert rendered(nb, "image/svg+xml", "Graph of") >= 1, "the network's computational graph is not drawn"
    for trace in ("∂E_total/∂w5 =", "∂E_o1/∂out_h1 =", "∂E_o2/∂out_h1 =", "∂E_total/∂w1 ="):
        assert rendered(nb, "text/html", trace) >= 1, f"no trace table for {trace}"
    assert rendered(nb, "image/png", 'Chart "Mazur') >= 1, "no final error chart (the live chart's last frame)"
    assert "image/png" in mime_types(nb)
