"""The extension through the real kernel: what a student's own cells show, including the hostile and
broken cases (issues 2 and 5). One scratch notebook, executed once."""
import nbformat
import pytest

import nbrun
from outputs import code_cells

CELLS = [
    # 1: a notebook with only display(<a tensor>) in it renders an HTML table
    "display(Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));",
    # 2: a hostile run name reaches the chart as drawn text, never as markup
    'History h = new History("<script>alert(1)</script>");\n'
    'h.record(0, "loss", 1.0); h.record(1, "loss", 0.5);\n'
    "h",
    # 3: a hostile node label in a computational graph is escaped in the SVG
    'Graph g = new Graph();\nNode a = g.input("<b>a</b>", 2);\nNode e = g.exp(a);\ng.backward(e);\ng',
    # 4: a chart that cannot be drawn (no pixels): text/plain, and the kernel lives on
    'var broken = new org.knowm.xchart.XYChart(0, 0);\nbroken.addSeries("s", new double[] {0, 1}, new double[] {0, 1});\nbroken',
    "1 + 1",
    # 6: the live view: the saved output is the final state, with no timing in it
    'History run = new History("live");\n'
    "try (LiveChart live = Live.chart(run)) {\n"
    '    for (int i = 0; i < 3000; i++) run.record(i, "loss", 1.0 / (i + 1));\n'
    "}",
    # 7: ten million elements render as a few kilobytes
    "Tensor.zeros(1000, 10000)",
    # 8: empty tensors and NaN-only histories render without exceptions
    'display(Tensor.zeros(0, 3));\nHistory nan = new History("nan").record(0, "accuracy", 0.5);\n'
    'try { nan.record(1, "loss", Double.NaN); } catch (ArithmeticException stopped) { }\nnan',
]


@pytest.fixture(scope="module")
def cells(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("display")
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "java", "display_name": "Java (jjava)", "language": "java"}}
    nb.cells = [nbformat.v4.new_code_cell(s) for s in CELLS]
    path = tmp / "display.ipynb"
    nbformat.write(nb, path)
    result = nbrun.execute(path, tmp / "out", html=False)
    assert result.ok, result.line()
    return [c.outputs for c in code_cells(nbformat.read(result.path, as_version=4))]


def data(outputs, kind=None):
    """The MIME bundles of a cell's outputs (of one output type, if given), merged."""
    merged = {}
    for out in outputs:
        if kind is None or out["output_type"] == kind:
            merged.update(out.get("data", {}))
    return merged


def test_display_of_a_tensor_is_an_html_table(cells):
    d = data(cells[0], "display_data")
    assert d["text/html"].startswith('<table class="jbackprop-tensor">')
    assert "<caption>shape (2, 3)</caption>" in d["text/html"]
    assert d["text/plain"] == "[[1. 2. 3.]\n [4. 5. 6.]]"


def test_a_hostile_run_name_never_becomes_markup(cells):
    d = data(cells[1])
    assert {"image/png", "image/svg+xml", "text/plain"} <= set(d)
    svg = d["image/svg+xml"]
    assert "<script" not in svg
    assert "alert" not in svg[svg.index("</desc>"):], "only the escaped <title> and <desc> may name it"


def test_a_hostile_node_label_is_escaped(cells):
    svg = data(cells[2])["image/svg+xml"]
    assert "&lt;b&gt;a&lt;/b&gt;" in svg and "<b>" not in svg


def test_a_failing_renderer_falls_back_to_text_and_the_kernel_lives(cells):
    d = data(cells[3])
    assert set(d) == {"text/plain"}, set(d)
    assert "could not" in d["text/plain"].lower() or "failed" in d["text/plain"].lower(), d["text/plain"]
    assert data(cells[4])["text/plain"] == "2"


def test_the_live_view_keeps_its_final_state(cells):
    displays = [o for o in cells[5] if o["output_type"] == "display_data"]
    assert displays, "the live view showed nothing"
    texts = " ".join(o["data"].get("text/plain", "") + o["data"].get("text/html", "") for o in displays)
    assert "done: 3000 steps" in texts, texts
    assert "steps/s" not in texts
    assert any("image/png" in o["data"] for o in displays)


def test_ten_million_elements_render_in_a_few_kilobytes(cells):
    d = data(cells[6])
    assert len(d["text/html"]) < 8_000 and "shape (1000, 10000)" in d["text/html"]
    assert len(d["text/plain"]) < 2_000


def test_empty_tensors_and_nan_histories_render(cells):
    assert "shape (0, 3)" in data(cells[7], "display_data")["text/html"]
    assert "image/png" in data(cells[7], "execute_result")
