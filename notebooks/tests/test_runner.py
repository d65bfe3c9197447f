"""The runner itself: a failing notebook is reported with its cell and error, and does not stop others."""
import nbformat

import nbrun


def _notebook(path, *sources):
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "java", "display_name": "Java (jjava)", "language": "java"}}
    nb.cells = [nbformat.v4.new_markdown_cell("# a notebook that fails")] + [
        nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, path)
    return path


def test_failure_names_notebook_cell_and_error_and_the_rest_still_run(tmp_path):
    bad = _notebook(tmp_path / "bad.ipynb", "int a = 1;", "int b = 5 / 0;", "System.out.println(\"after\");")
    good = _notebook(tmp_path / "good.ipynb", "display(Tensor.of(1, 2))")
    bad_result, good_result = nbrun.execute_all([bad, good], tmp_path / "out", jobs=2, html=False)

    assert not bad_result.ok
    assert bad_result.error_cell == 3          # markdown is cell 1, "int a" cell 2
    assert "ArithmeticException" in bad_result.error and "/ by zero" in bad_result.error
    line = bad_result.line()
    assert line.startswith("bad.ipynb") and "failed at cell 3" in line

    assert good_result.ok, good_result.line()
    executed = nbformat.read(good_result.path, as_version=4)
    data = executed.cells[1].outputs[0]["data"]
    assert "text/html" in data and "<table" in data["text/html"], "display(tensor) did not give a table"
