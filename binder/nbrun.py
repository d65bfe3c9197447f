"""Execute jbackprop's notebooks headless through the real Java kernel (JJava).

Used by the README's run command (``binder/run.sh``) and by the notebook test. Each notebook is
executed in its own kernel with nbclient; the executed copy and an HTML rendering land in the
output folder, and one line per notebook, in the notebooks' order, says how it went:

    01_gradient_descent.ipynb                  16 cells    13.3 s  ok
    02_chain_rule_graphs.ipynb                 26 cells     9.4 s  failed at cell 9: ArithmeticException: / by zero

A failing notebook never stops the others.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import multiprocessing
import pathlib
import shutil
import sys
import time

import nbformat
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
DEFAULT_OUT = ROOT / "build" / "notebooks"
CELL_TIMEOUT = 600     # seconds; the longest lecture loop takes a few seconds
STARTUP_TIMEOUT = 300  # seconds; a JVM starting on a busy 2-core machine can take over a minute


@dataclasses.dataclass
class Result:
    """What happened to one notebook."""

    name: str
    path: pathlib.Path          # the executed copy
    cells: int
    seconds: float
    error_cell: int | None      # 1-based index in the notebook, as Jupyter counts cells
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        status = "ok" if self.ok else (
            f"failed at cell {self.error_cell}: {self.error}" if self.error_cell else f"failed: {self.error}")
        return f"{self.name:<40} {self.cells:>4} cells {self.seconds:>7.1f} s  {status}"


def first_error(nb) -> tuple[int, str] | None:
    """The first error output of an executed notebook, as (1-based cell index, 'Name: message')."""
    for i, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return i, f"{out.get('ename', 'error')}: {out.get('evalue', '')}".strip()
    return None


def execute(path: pathlib.Path, out_dir: pathlib.Path, html: bool = True, env: dict | None = None) -> Result:
    """Execute one notebook through its kernel; write the executed copy (and HTML) to out_dir.
    `env`, if given, is the kernel process's environment (e.g. JAVA_TOOL_OPTIONS for its JVM)."""
    path = pathlib.Path(path)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    nb = nbformat.read(path, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name", "java")
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, startup_timeout=STARTUP_TIMEOUT, kernel_name=kernel,
                            allow_errors=True, record_timing=False, resources={"metadata": {"path": str(path.parent)}})
    error_cell, error = None, None
    log = out_dir / (path.stem + ".kernel.log")  # the kernel's own log lines, kept out of the report
    try:
        with open(log, "w") as kernel_stderr:
            client.execute(stderr=kernel_stderr, **({"env": env} if env is not None else {}))
        found = first_error(nb)
        if found:
            error_cell, error = found
    except Exception as e:  # the kernel died or never started: still report, still go on
        error = f"{type(e).__name__}: {str(e).strip().splitlines()[-1] if str(e).strip() else ''}"
    seconds = time.monotonic() - started
    out = out_dir / path.name
    nbformat.write(nb, out)
    if html:
        try:
            from nbconvert import HTMLExporter
            body, _ = HTMLExporter().from_notebook_node(nb)
            out.with_suffix(".html").write_text(body, encoding="utf-8")
        except Exception as e:  # HTML is a convenience; the executed notebook is what counts
            print(f"warning: no HTML for {path.name}: {e}", file=sys.stderr)
    return Result(path.name, out, len(nb.cells), seconds, error_cell, error)


def notebooks(names: list[str] | None = None) -> list[pathlib.Path]:
    """The project's notebooks in order, or the named ones."""
    if names:
        return [pathlib.Path(n).resolve() for n in names]
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def execute_all(paths, out_dir: pathlib.Path, jobs: int = 2, html: bool = True, on_result=None,
                env: dict | None = None) -> list[Result]:
    """Execute notebooks, `jobs` kernels at a time; results come back, and go to `on_result`, in the
    given order (a notebook that finishes early waits for the ones before it to be reported)."""
    paths = list(paths)
    results: dict[int, Result] = {}
    reported = 0
    # "spawn", not Linux's default "fork": a forked worker inherits the parent's ZeroMQ state and
    # threads (a test process that already talked to kernels), and then hung in its first send
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=spawn) as pool:
        futures = {pool.submit(execute, p, out_dir, html, env): i for i, p in enumerate(paths)}
        for f in concurrent.futures.as_completed(futures):
            i = futures[f]
            try:
                r = f.result()
            except Exception as e:
                r = Result(paths[i].name, out_dir / paths[i].name, 0, 0.0, None, f"{type(e).__name__}: {e}")
            results[i] = r
            while reported in results:
                if on_result:
                    on_result(results[reported])
                reported += 1
    return [results[i] for i in range(len(paths))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("notebooks", nargs="*", help="notebooks to run (default: all in notebooks/)")
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT, help="where executed copies go")
    ap.add_argument("--jobs", type=int, default=2, help="kernels running at once (default 2)")
    ap.add_argument("--update", action="store_true",
                    help="copy successfully executed notebooks back over notebooks/ (refresh stored outputs)")
    args = ap.parse_args(argv)
    paths = notebooks(args.notebooks)
    if not paths:
        print("no notebooks found in", NOTEBOOKS)
        return 1
    print(f"executing {len(paths)} notebooks through the Java kernel into {args.out}")
    results = execute_all(paths, args.out, jobs=args.jobs, on_result=lambda r: print(r.line(), flush=True))
    failed = [r for r in results if not r.ok]
    if args.update:
        for r, p in zip(results, paths):
            if r.ok:
                shutil.copyfile(r.path, p)
    print(f"{len(results) - len(failed)} ok, {len(failed)} failed; executed notebooks and HTML in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
