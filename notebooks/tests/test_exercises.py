"""The exercises through nbgrader and the Java kernel, as a teacher runs them: generate the student
versions, autograde three students (the solutions, the untouched student versions and a half-solved
submission) in two nbgrader runs side by side, and read the grades and the feedback a student would get.

Everything happens in copies of the course under build/exercises-test, with the .venv's tools first
on the PATH (nbgrader runs alembic) and the .venv's kernel specs first on JUPYTER_PATH, so the `java`
kernel is the one binder/setup.sh registered."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import nbformat
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
COURSE = ROOT / "notebooks" / "exercises"
VENV_BIN = pathlib.Path(sys.executable).parent
ASSIGNMENTS = ["layers_backward", "affine_backward", "softmax_with_loss", "zoo_backprop", "mazur_chain_rule"]
# Points of the autograded tests and of the answers graded by hand, per assignment.
AUTO_POINTS = {"layers_backward": 6, "affine_backward": 8, "softmax_with_loss": 3, "zoo_backprop": 6,
               "mazur_chain_rule": 6}
MANUAL_POINTS = {"softmax_with_loss": 3}
STUB = 'throw new UnsupportedOperationException("not answered yet'


def _env():
    env = dict(os.environ)
    env["PATH"] = str(VENV_BIN) + os.pathsep + env.get("PATH", "")
    env["JUPYTER_PATH"] = str(pathlib.Path(sys.prefix) / "share" / "jupyter")
    return env


def nbgrader(course, *args):
    """Runs nbgrader in the course folder; returns its log, failing the test with the log on an error."""
    return finish(start(course, *args), args)


def start(course, *args):
    return subprocess.Popen([str(VENV_BIN / "nbgrader"), *args], cwd=course, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def finish(process, args):
    log, _ = process.communicate(timeout=900)
    assert process.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{log[-4000:]}"
    return log


def half_solved(source_cell, keep):
    """A solution cell with the solution regions numbered in `keep` answered and the others stubbed,
    the way ClearSolutions stubs them; `replace` maps a region number to a wrong answer instead."""
    out, region, inside = [], -1, False
    for line in source_cell.source.split("\n"):
        if "BEGIN SOLUTION" in line:
            region, inside = region + 1, True
            indent = line[:len(line) - len(line.lstrip())]
            if region not in keep:
                out += [indent + "// YOUR CODE HERE", indent + STUB + '");']
            elif isinstance(keep, dict) and keep[region] is not None:
                out += [indent + keep[region]]
            continue
        if "END SOLUTION" in line:
            inside = False
            continue
        if inside and (region not in keep or (isinstance(keep, dict) and keep[region] is not None)):
            continue
        out.append(line)
    return "\n".join(out)


def cell(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


@pytest.fixture(scope="module")
def course():
    """Two copies of one generated course, graded side by side (the machine has two cores): the
    solutions in one, the untouched and the half-solved submissions in the other. Returns the
    course folder of each student and the autograde logs."""
    build = ROOT / "build" / "exercises-test"
    shutil.rmtree(build, ignore_errors=True)
    first, second = build / "solutions", build / "students"
    first.mkdir(parents=True)
    shutil.copy(COURSE / "nbgrader_config.py", first)
    shutil.copytree(COURSE / "source", first / "source")
    for a in ASSIGNMENTS:
        nbgrader(first, "generate_assignment", a, "--force")
    shutil.copytree(first, second)
    folders = {"solution": first, "untouched": second, "half": second}
    for a in ASSIGNMENTS:
        name = f"{a}.ipynb"
        for student, src in [("solution", first / "source" / a / name), ("untouched", second / "release" / a / name)]:
            (folders[student] / "submitted" / student / a).mkdir(parents=True)
            shutil.copy(src, folders[student] / "submitted" / student / a / name)
    # The half-solved submission: dX and dW right, dB left unsummed (a usual mistake), shapes unanswered.
    a = "affine_backward"
    half = nbformat.read(second / "release" / a / f"{a}.ipynb", as_version=4)
    source = nbformat.read(second / "source" / a / f"{a}.ipynb", as_version=4)
    cell(half, "affine_layer").source = half_solved(cell(source, "affine_layer"), {0: None, 1: None, 2: "return dOut;"})
    (second / "submitted" / "half" / a).mkdir(parents=True)
    nbformat.write(half, second / "submitted" / "half" / a / f"{a}.ipynb")
    args = ("autograde", "*", "--create", "--force")
    running = [start(first, *args), start(second, *args)]
    log = "".join(finish(p, args) for p in running)
    args = ("generate_feedback", "*", "--force")
    for p in [start(first, *args), start(second, *args)]:
        finish(p, args)
    return folders, log


def scores(folders, assignment, student):
    from nbgrader.api import Gradebook
    work = folders[student]
    with Gradebook("sqlite:///" + str(work / "gradebook.db")) as gb:
        nb = gb.find_submission_notebook(assignment, assignment, student)
        auto = sum(g.auto_score or 0 for g in nb.grades if g.cell_type == "code")
        auto_max = sum(g.max_score for g in nb.grades if g.cell_type == "code")
        manual = [(g.name, g.max_score, g.needs_manual_grade) for g in nb.grades if g.cell_type == "markdown"]
        return auto, auto_max, manual


def feedback(folders, assignment, student):
    html = (folders[student] / "feedback" / student / assignment / f"{assignment}.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    return re.sub(r"\x1b\[[0-9;]*m", "", text).replace("&quot;", '"').replace("&#39;", "'").replace("&lt;", "<") \
        .replace("&gt;", ">").replace("&amp;", "&")


def test_the_kernel_is_the_one_setup_registered_in_the_venv():
    done = subprocess.run([str(VENV_BIN / "jupyter"), "kernelspec", "list", "--json"], env=_env(),
                          capture_output=True, text=True, check=True)
    spec = json.loads(done.stdout)["kernelspecs"]["java"]
    assert pathlib.Path(spec["resource_dir"]).resolve() == (pathlib.Path(sys.prefix) / "share" / "jupyter"
                                                            / "kernels" / "java").resolve()
    assert "jbackprop-kernel-ext" in spec["spec"]["env"]["JJAVA_CLASSPATH"]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_student_version_has_stubs_and_no_solutions_or_hidden_tests(course, assignment):
    folders, _ = course
    generated = nbformat.read(folders["solution"] / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    source = nbformat.read(COURSE / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    text = "\n".join(c.source for c in generated.cells)
    for marker in ["BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"]:
        assert marker not in text, f"{assignment}: the student version still holds {marker}"
    for src_cell, gen_cell in zip(source.cells, generated.cells):
        meta = src_cell.metadata.get("nbgrader", {})
        if meta.get("solution") and src_cell.cell_type == "code":
            regions = src_cell.source.count("BEGIN SOLUTION")
            assert gen_cell.source.count("// YOUR CODE HERE") == regions, meta["grade_id"]
            assert gen_cell.source.count(STUB) == regions, meta["grade_id"]
        if meta.get("solution") and src_cell.cell_type == "markdown":
            assert gen_cell.source.strip() == "YOUR ANSWER HERE"
        if "BEGIN HIDDEN TESTS" in src_cell.source:
            hidden = src_cell.source.split("// BEGIN HIDDEN TESTS")[1].split("// END HIDDEN TESTS")[0]
            assert hidden.strip().split("\n")[0] not in gen_cell.source
            assert gen_cell.source.strip() == src_cell.source.split("// BEGIN HIDDEN TESTS")[0].strip()
    # The student versions in the repository (the lecture notebooks link to them) are up to date.
    stored = nbformat.read(COURSE / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    assert [c.source for c in stored.cells] == [c.source for c in generated.cells], (
        f"notebooks/exercises/release/{assignment} is older than its source: run "
        f"nbgrader generate_assignment {assignment} --force in notebooks/exercises")


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_get_full_marks(course, assignment):
    folders, _ = course
    auto, auto_max, manual = scores(folders, assignment, "solution")
    assert auto_max == AUTO_POINTS[assignment]
    assert auto == auto_max, f"{assignment}: the solutions get {auto} of {auto_max}:\n" + \
        feedback(folders, assignment, "solution")[-3000:]
    assert [(m, n) for _, m, n in manual] == ([(MANUAL_POINTS[assignment], True)] if assignment in MANUAL_POINTS else [])


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_untouched_student_version_gets_zero_and_says_what_to_do(course, assignment):
    folders, _ = course
    auto, auto_max, _ = scores(folders, assignment, "untouched")
    assert auto == 0 and auto_max == AUTO_POINTS[assignment]
    text = feedback(folders, assignment, "untouched")
    assert "not answered yet: write your code here and delete this line" in text
    assert "Score: 0.0 / " in text or "Score: 0 / " in text, text[:500]


def test_untouched_feedback_names_the_unanswered_method(course):
    folders, _ = course
    text = feedback(folders, "affine_backward", "untouched")
    for where in ["at .gradientShapes(", "at MyAffine.dX(", "at MyAffine.dW(", "at MyAffine.dB("]:
        assert where in text, where


def test_half_solved_submission_gets_the_partial_marks_it_deserves(course):
    folders, _ = course
    auto, auto_max, _ = scores(folders, "affine_backward", "half")
    assert (auto, auto_max) == (4, 8), "dX (2) and dW (2) are right; shapes, dB and the gradient check are not"
    text = feedback(folders, "affine_backward", "half")
    # The wrong dB says what is wrong and where: both shapes and the usual mistake.
    assert "dB: wrong shape (2, 4); expected (4,)" in text
    assert "hint: summing dB over axis 0 gives the right answer" in text
    # The right answers show their pass tables in the feedback.
    assert "all 6 values of shape (2, 3) right" in text and "all 12 values of shape (3, 4) right" in text


def test_passed_checks_show_as_tables_and_leave_no_result_for_nbgrader_to_read(course):
    folders, log = course
    nb = nbformat.read(folders["solution"] / "autograded" / "solution" / "affine_backward" / "affine_backward.ipynb", as_version=4)
    test_cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    for c in test_cells:
        kinds = [o.output_type for o in c.outputs]
        assert "execute_result" not in kinds and "error" not in kinds, (c.source, kinds)
        assert any('class="jbackprop-checks"' in o.get("data", {}).get("text/html", "") for o in c.outputs)
    assert "cannot be converted to" not in log, "a test cell left a value that nbgrader tried to read as a score"
