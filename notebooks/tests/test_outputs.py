"""How outputs are compared: what counts as the same text, and how printed numbers are read."""
import nbformat

from outputs import IGNORE_OUTPUT_TAG, differing_cells, normalized, number_after, numbers_after


def _cell(*outputs, tags=None):
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = list(outputs)
    if tags:
        cell.metadata["tags"] = tags
    return cell


def _stream(text):
    return nbformat.v4.new_output("stream", name="stdout", text=text)


def _data(data):
    return nbformat.v4.new_output("display_data", data=data)


def test_streams_split_differently_compare_equal():
    assert normalized(_cell(_stream("a\n"), _stream("b\n"))) == normalized(_cell(_stream("a\nb\n")))


def test_images_compare_by_type_only_but_text_compares_exactly():
    a = _cell(_data({"image/png": "AAAA", "text/plain": "Figure 600 x 400"}))
    b = _cell(_data({"image/png": "BBBB", "text/plain": "Figure 600 x 400"}))
    c = _cell(_data({"image/png": "AAAA", "text/plain": "Figure 600 x 300"}))
    d = _cell(_data({"text/plain": "Figure 600 x 400"}))
    assert normalized(a) == normalized(b)
    assert normalized(a) != normalized(c)
    assert normalized(a) != normalized(d)


def test_where_a_print_falls_around_a_display_is_compared():
    table = _data({"text/html": "<table/>", "text/plain": "[1. 2.]"})
    assert normalized(_cell(_stream("a\n"), table)) != normalized(_cell(table, _stream("a\n")))


def test_a_changed_digit_is_a_difference():
    assert normalized(_cell(_stream("loss 0.69314718\n"))) != normalized(_cell(_stream("loss 0.69314719\n")))


def test_numbers_are_read_after_their_labels():
    nb = nbformat.v4.new_notebook()
    nb.cells = [_cell(_stream("out_o1 = 0.751365069552\nE_total: 2.98e-01\n"), _stream("E_total = 0.29\n"))]
    assert number_after(nb, "out_o1") == 0.751365069552
    assert numbers_after(nb, "E_total") == [0.298, 0.29]


def _notebook(*cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# md")] + list(cells)
    return nb


def test_only_untagged_cells_that_differ_are_reported():
    stored = _notebook(_cell(_stream("1\n")), _cell(_stream("took 3 s\n"), tags=[IGNORE_OUTPUT_TAG]), _cell(_stream("x\n")))
    fresh = _notebook(_cell(_stream("1\n")), _cell(_stream("took 4 s\n")), _cell(_stream("y\n")))
    assert differing_cells(stored, fresh) == [3]
    assert differing_cells(stored, stored) == []
    assert differing_cells(stored, _notebook(_cell(_stream("1\n")))) == [0]
