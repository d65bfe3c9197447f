"""Reading a notebook's outputs: what the comparison and the golden-value checks look at."""
import re

IGNORE_OUTPUT_TAG = "nbval-ignore-output"   # nbval's tag: this cell's output legitimately varies
COMPARED_MIME = ("text/plain", "text/html")  # images are checked for presence, not bytes


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def differing_cells(stored, fresh):
    """1-based indices of the code cells whose fresh outputs differ from the stored ones, skipping
    cells tagged IGNORE_OUTPUT_TAG; a notebook whose code cells changed in number differs as a whole."""
    s, f = code_cells(stored), code_cells(fresh)
    if len(s) != len(f):
        return [0]
    return [i for i, (a, b) in enumerate(zip(s, f), start=1)
            if IGNORE_OUTPUT_TAG not in a.get("metadata", {}).get("tags", []) and normalized(a) != normalized(b)]


def normalized(cell):
    """A cell's outputs as comparable tuples, in order: consecutive stream chunks joined (how the
    kernel splits printed text is not output), text MIME data compared exactly, images by type only."""
    result = []
    for out in cell.get("outputs", []):
        kind = out["output_type"]
        if kind == "stream":
            if result and result[-1][0] == "stream" and result[-1][1] == out["name"]:
                result[-1] = ("stream", out["name"], result[-1][2] + out["text"])
            else:
                result.append(("stream", out["name"], out["text"]))
        elif kind in ("execute_result", "display_data"):
            data = out.get("data", {})
            texts = tuple((m, _text(data[m])) for m in COMPARED_MIME if m in data)
            result.append(("data", tuple(sorted(data)), texts))
        elif kind == "error":
            result.append(("error", out.get("ename"), out.get("evalue")))
    return [tuple(_strip(x) for x in r) for r in result]


def _text(v):
    return "".join(v) if isinstance(v, list) else v


def _strip(x):
    if isinstance(x, str):
        return "\n".join(line.rstrip() for line in x.strip().splitlines())
    return x


def all_text(nb):
    """Every stream and text/plain output of the notebook, joined: what a reader sees as text."""
    parts = []
    for cell in code_cells(nb):
        for out in cell.get("outputs", []):
            if out["output_type"] == "stream":
                parts.append(out["text"])
            elif out["output_type"] in ("execute_result", "display_data"):
                parts.append(_text(out.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def mime_types(nb):
    """Every MIME type any output of the notebook carries."""
    found = set()
    for cell in code_cells(nb):
        for out in cell.get("outputs", []):
            found.update(out.get("data", {}).keys())
    return found


def rendered(nb, mime, plain_prefix):
    """How many outputs carry `mime` and a text/plain starting with `plain_prefix` (what the renderer of
    one library type gives: 'Graph of' for a Graph, the gradient's name for a Trace)."""
    count = 0
    for cell in code_cells(nb):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            plain = data.get("text/plain", "")
            plain = "".join(plain) if isinstance(plain, list) else plain
            if mime in data and plain.startswith(plain_prefix):
                count += 1
    return count


NUMBER = r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|NaN|nan|-?Infinity)"


def number_after(nb, label):
    """The first number printed right after `label` (e.g. 'out_o1 = 0.751365069552')."""
    text = all_text(nb)
    m = re.search(re.escape(label) + r"\s*[=:]?\s*" + NUMBER, text)
    assert m, f"no number after {label!r} in the notebook's text outputs"
    return float(m.group(1))


def numbers_after(nb, label):
    """Every number printed after each occurrence of `label`, in order."""
    text = all_text(nb)
    return [float(m.group(1)) for m in re.finditer(re.escape(label) + r"\s*[=:]?\s*" + NUMBER, text)]
