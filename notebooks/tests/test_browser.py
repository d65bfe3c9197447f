"""The browser test: JupyterLab in headless Chromium, as a student sees the notebooks.

For 00_start_here and one training notebook with a live chart (BROWSER_NOTEBOOKS), a copy of the stored
notebook is opened in JupyterLab (untrusted: nothing of it has run in this browser), then run with the
menu's Run > Run All Cells, then looked at again in the dark theme (Settings > Theme). The checks:

* untrusted, the stored pictures show as images (their PNG twin), not as the text fallback;
* after the run, the tensor is a visible <table>, every chart or graph an <img> with a non-zero natural
  size, and no output shows a text fallback ("Graph of 39 nodes", 'Figure "cost"', "History '...'");
* the live chart is one output, replaced in place (first drawing to final frame) while its cell runs;
* no cell ends in an error.

Each rendered picture is kept as a screenshot under build/browser/<notebook>/<view>/ (views: untrusted,
light, dark), with a full-page screenshot of each view and summary.txt listing every output seen.
Chromium is Debian's (/usr/bin/chromium, installed by binder/setup.sh from binder/apt-test.txt),
driven by Playwright for Python; Playwright's own browser download is never used.
"""
import json
import os
import pathlib
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "browser"
CHROMIUM = "/usr/bin/chromium"
# 00 shows a tensor and a chart; 11 is the quickest training notebook with a live chart (about 15 s).
BROWSER_NOTEBOOKS = ["00_start_here.ipynb", "11_quadratic_regression_mlp.ipynb"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
# What the kernel extension prints when it cannot show a picture: text where an image should be.
FALLBACK_PREFIXES = ("Graph of ", "Figure ", "Figure \"", "History '", "History \"", "Chart ", "Picture ")
RUN_TIMEOUT = 150        # seconds for one notebook's Run All on a busy 2-core machine
KERNEL_TIMEOUT = 120     # seconds for the JVM kernel to start

# The settings a fresh JupyterLab user would have, except: every cell attached to the page (so the
# test sees outputs scrolled out of view) and no request to the internet for news or updates.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                        "checkForUpdates": False},
    "@jupyterlab/apputils-extension/themes.jupyterlab-settings": {"theme": "JupyterLab Light"},
}

# Every output of the current notebook: what the model holds and what the page shows for it.
OUTPUTS_JS = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const found = [];
  panel.content.widgets.forEach((cell, i) => {
    if (cell.model.type !== 'code') return;
    const nodes = cell.node.querySelectorAll('.jp-OutputArea-child .jp-OutputArea-output');
    const outputs = cell.model.outputs;
    for (let j = 0; j < outputs.length; j++) {
      const o = outputs.get(j);
      const node = nodes[j];
      const id = 'c' + i + '-o' + j;
      if (node) node.setAttribute('data-browser-test', id);
      const img = node ? node.querySelector('img') : null;
      const table = node ? node.querySelector('table') : null;
      const visible = el => !!el && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
      found.push({
        id, cell: i, index: j, type: o.type, trusted: o.trusted, source: cell.model.sharedModel.getSource(),
        mimes: Object.keys(o.data || {}),
        text: String((o.data || {})['text/plain'] || (o.type === 'stream' ? o.data['application/vnd.jupyter.stdout'] || '' : '')),
        error: o.type === 'error' ? (o.toJSON().ename + ': ' + o.toJSON().evalue) : null,
        rendered: node ? node.getAttribute('data-mime-type') : null,
        shown: node ? node.innerText.slice(0, 200) : null,
        img: img ? {natural: [img.naturalWidth, img.naturalHeight], shown: [img.clientWidth, img.clientHeight],
                    visible: visible(img), alt: img.alt, src: img.src.slice(0, 30)} : null,
        table: table ? {visible: visible(table), rows: table.rows.length} : null,
        column: node ? node.getBoundingClientRect().width : 0,
      });
    }
  });
  return found;
}"""

# Watches the live chart's cells while Run All runs: every 50 ms, how many images each holds and
# which picture it shows (a short fingerprint of the image's data).
WATCH_JS = """(cells) => {
  window.__liveWatch = {};
  const panel = window.jupyterapp.shell.currentWidget;
  for (const i of cells) window.__liveWatch[i] = {maxImages: 0, maxOutputs: 0, frames: []};
  window.__liveTimer = setInterval(() => {
    for (const i of cells) {
      const cell = panel.content.widgets[i];
      const w = window.__liveWatch[i];
      const imgs = cell.node.querySelectorAll('.jp-OutputArea-output img');
      w.maxImages = Math.max(w.maxImages, imgs.length);
      w.maxOutputs = Math.max(w.maxOutputs, cell.model.outputs.length);
      for (const img of imgs) {
        const key = img.src.length + ':' + img.src.slice(-48);
        if (w.frames[w.frames.length - 1] !== key) w.frames.push(key);
      }
    }
  }, 50);
}"""

DONE_JS = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  return panel.content.widgets.every(c => c.model.type !== 'code' || c.model.sharedModel.getSource().trim() === ''
                                          || c.model.executionCount !== null);
}"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server of its own on a free port with a token, in a throw-away home under build/."""

    def __init__(self, work):
        self.work = work
        self.port = free_port()
        self.token = secrets.token_hex(16)
        home = work / "home"
        env = dict(os.environ)
        env.update({
            "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_DATA_DIR": str(home / "data"),
            "JUPYTER_RUNTIME_DIR": str(home / "runtime"), "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"), "JUPYTER_PLATFORM_DIRS": "1",
        })
        for name, values in LAB_SETTINGS.items():
            path = home / "settings" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        command = [str(ROOT / ".venv" / "bin" / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
                   f"--port={self.port}", "--port-retries=0", f"--IdentityProvider.token={self.token}",
                   f"--ServerApp.root_dir={work / 'notebooks'}", "--expose-app-in-browser",
                   "--LabApp.news_url=", "--ServerApp.open_browser=False"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        self.log = open(work / "jupyterlab.log", "w")
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{self.url('api/status')}", timeout=2).read()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"JupyterLab did not start; see {work / 'jupyterlab.log'}")
                time.sleep(0.5)

    def url(self, path, query=""):
        return f"http://127.0.0.1:{self.port}/{path}?{query}token={self.token}"

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()   # the server shuts its kernels down on SIGTERM
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def shoot(page, outputs, folder):
    """Screenshots of every picture and table of `outputs`, and of the whole page, into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    # the notebook scrolls inside JupyterLab, not the page: make the window as tall as the notebook
    height = page.evaluate("() => window.jupyterapp.shell.currentWidget.content.node"
                           ".querySelector('.jp-WindowedPanel-inner').scrollHeight")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(max(size["height"], height + 150), 20000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(folder / "page.png"))
    page.set_viewport_size(size)
    for o in outputs:
        if o["img"] or o["table"]:
            page.locator(f'[data-browser-test="{o["id"]}"]').screenshot(path=str(folder / f'{o["id"]}.png'))


def open_notebook(page, lab, name):
    page.goto(lab.url(f"lab/tree/{name}", "reset&"))   # reset: a fresh workspace with only this notebook
    page.wait_for_function(
        "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        " return !!w && !!w.content && w.context.isReady && w.context.path.endsWith('" + name + "')"
        " && w.content.widgets.length === w.model.cells.length; }", timeout=60_000)
    # JJava reports no status until its first request: wait for its kernel_info reply instead
    page.wait_for_function(
        "() => { const s = window.jupyterapp.shell.currentWidget.sessionContext;"
        " return s.session && s.session.kernel && s.session.kernel.connectionStatus === 'connected'; }",
        timeout=KERNEL_TIMEOUT * 1000)
    page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.info")
    if page.evaluate("() => !window.jupyterapp.shell.leftCollapsed"):
        page.evaluate("() => window.jupyterapp.commands.execute('application:toggle-left-area')")
    page.wait_for_timeout(500)   # let the outputs' images decode


def menu(page, *labels):
    """Clicks through JupyterLab's menu bar: menu(page, "Run", "Run All Cells")."""
    page.locator(".lm-MenuBar-itemLabel", has_text=exactly(labels[0])).first.click()
    for label in labels[1:]:
        page.locator(".lm-Menu-itemLabel", has_text=exactly(label)).first.click()


def exactly(text):
    return re.compile("^" + re.escape(text) + "$")


def visit(page, lab, name, views):
    """Opens, checks untrusted, runs all, switches the theme; fills views[name] with what was seen."""
    seen = views.setdefault(name, {})
    open_notebook(page, lab, name)
    seen["untrusted"] = page.evaluate(OUTPUTS_JS)
    shoot(page, seen["untrusted"], OUT / name[:-6] / "untrusted")

    sources = page.evaluate(
        "() => window.jupyterapp.shell.currentWidget.content.widgets.map(c => c.model.sharedModel.getSource())")
    live_cells = [i for i, source in enumerate(sources) if "Live.chart(" in source]
    menu(page, "Edit", "Clear Outputs of All Cells")   # so a frame seen below is one drawn by this run
    page.evaluate(WATCH_JS, live_cells)
    started = time.monotonic()
    menu(page, "Run", "Run All Cells")
    page.wait_for_function(DONE_JS, timeout=RUN_TIMEOUT * 1000, polling=250)
    seen["seconds"] = time.monotonic() - started
    page.wait_for_timeout(500)
    seen["live"] = page.evaluate("() => { clearInterval(window.__liveTimer); return window.__liveWatch; }")
    seen["light"] = page.evaluate(OUTPUTS_JS)
    shoot(page, seen["light"], OUT / name[:-6] / "light")

    menu(page, "Settings", "Theme", "JupyterLab Dark")
    page.wait_for_function("() => document.body.dataset.jpThemeLight === 'false'", timeout=20_000)
    page.wait_for_timeout(500)
    seen["dark"] = page.evaluate(OUTPUTS_JS)
    shoot(page, seen["dark"], OUT / name[:-6] / "dark")
    menu(page, "Settings", "Theme", "JupyterLab Light")
    page.wait_for_function("() => document.body.dataset.jpThemeLight === 'true'", timeout=20_000)
    page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")   # free the JVM


def summary(views):
    lines = []
    for name, seen in views.items():
        lines.append(f"{name}: Run All took {seen.get('seconds', 0):.1f} s; live chart cells: {seen.get('live')}")
        for view in ("untrusted", "light", "dark"):
            for o in seen.get(view, []):
                picture = f" img natural {o['img']['natural']} shown {o['img']['shown']}" if o["img"] else ""
                table = f" table of {o['table']['rows']} rows" if o["table"] else ""
                lines.append(f"  {view:9} {o['id']:8} {o['type']:15} rendered as {o['rendered']}{picture}{table}"
                             f"  (model: {', '.join(o['mimes'])})")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def views():
    if not pathlib.Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: binder/setup.sh installs Debian's chromium (binder/apt-test.txt) as root"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    shutil.rmtree(OUT, ignore_errors=True)
    work = OUT / "work"
    (work / "notebooks").mkdir(parents=True)
    for name in BROWSER_NOTEBOOKS:   # copies: the browser may save, the stored notebooks stay as they are
        shutil.copy(ROOT / "notebooks" / name, work / "notebooks" / name)
    lab = Lab(work)
    seen = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                for name in BROWSER_NOTEBOOKS:
                    visit(page, lab, name, seen)
            finally:
                browser.close()
    finally:
        lab.stop()
        (OUT / "summary.txt").write_text(summary(seen))
    return seen


def pictures(outputs):
    """The outputs that carry a picture (PNG or SVG) in the notebook."""
    return [o for o in outputs if any(m.startswith("image/") for m in o["mimes"])]


def where(o):
    return f"{o['id']} (cell source: {o['source'].strip().splitlines()[-1][:80]!r})"


@pytest.mark.parametrize("name", BROWSER_NOTEBOOKS)
def test_no_cell_fails_in_the_browser(views, name):
    errors = [f"{where(o)}: {o['error']}" for o in views[name]["light"] if o["error"]]
    assert not errors, "\n".join(errors)


def test_the_tensor_is_a_visible_table(views):
    tensors = [o for o in views["00_start_here.ipynb"]["light"] if "Tensor x = " in o["source"]]
    assert tensors, "00_start_here shows no output for the tensor cell"
    o = tensors[0]
    assert o["rendered"] == "text/html" and o["table"] and o["table"]["visible"], \
        f"the tensor shows as {o['rendered']}, not a visible table: {o['shown']!r}"
    assert o["table"]["rows"] >= 2, o


@pytest.mark.parametrize("name", BROWSER_NOTEBOOKS)
def test_every_chart_is_an_image(views, name):
    outputs = pictures(views[name]["light"])
    assert outputs, f"{name} shows no picture"
    bad = [f"{where(o)} shows as {o['rendered']}: {o['shown']!r}" for o in outputs
           if not (o["img"] and o["img"]["visible"] and min(o["img"]["natural"]) > 0)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("view", ["light", "dark", "untrusted"])
@pytest.mark.parametrize("name", BROWSER_NOTEBOOKS)
def test_no_output_shows_a_text_fallback(views, name, view):
    bad = []
    for o in views[name][view]:
        rich = [m for m in o["mimes"] if m.startswith("image/") or m == "text/html"]
        if rich and o["rendered"] == "text/plain":
            bad.append(f"{where(o)} has {', '.join(rich)} but shows the text {o['shown']!r}")
        elif o["type"] in ("display_data", "execute_result") and not rich and o["text"].startswith(FALLBACK_PREFIXES):
            bad.append(f"{where(o)} is only text where a picture should be: {o['text'][:80]!r}")
    assert not bad, f"{name} ({view}):\n" + "\n".join(bad)


@pytest.mark.parametrize("name", BROWSER_NOTEBOOKS)
def test_untrusted_notebook_shows_its_pictures(views, name):
    outputs = views[name]["untrusted"]
    assert outputs and not any(o["trusted"] for o in outputs), \
        f"{name} opened trusted: the test must look at it as a student who never ran it"
    bad = [f"{where(o)} shows as {o['rendered']}: {o['shown']!r}" for o in pictures(outputs)
           if not (o["img"] and min(o["img"]["natural"]) > 0)]
    assert not bad, f"{name} untrusted:\n" + "\n".join(bad)


@pytest.mark.parametrize("name", BROWSER_NOTEBOOKS[1:])
def test_live_chart_is_one_output_updated_in_place(views, name):
    live = views[name]["live"]
    assert live, f"{name} has no cell with Live.chart("
    for cell, w in live.items():
        assert w["maxImages"] == 1, f"cell {cell} showed {w['maxImages']} images at once; the live chart must be one output"
        # at least the first drawing and the final one, in the same place; how many redraws lie between
        # depends on how fast the loop runs (at most one per 250 ms: LiveChartTest checks the throttle),
        # and NB11's 5000 epochs now take well under a second
        assert len(w["frames"]) >= 2, f"cell {cell} showed {len(w['frames'])} frames; a live chart redraws as it trains"
    final = [o for o in views[name]["light"] if str(o["cell"]) in live and o["img"]]
    assert len(final) == len(live), f"each live chart cell ends with one picture: {[where(o) for o in final]}"


@pytest.mark.parametrize("name", BROWSER_NOTEBOOKS)
def test_dark_theme_keeps_every_picture(views, name):
    light = pictures(views[name]["light"])
    dark = pictures(views[name]["dark"])
    assert [o["id"] for o in dark] == [o["id"] for o in light]
    bad = [where(o) for o in dark if not (o["img"] and o["img"]["visible"] and min(o["img"]["natural"]) > 0)]
    assert not bad, "\n".join(bad)
    for o in dark:
        assert (OUT / name[:-6] / "dark" / f"{o['id']}.png").stat().st_size > 0
