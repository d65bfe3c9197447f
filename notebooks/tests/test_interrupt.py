"""The stop button through the real kernel (issue 11): interrupting a cell whose training loop runs under
a live chart ends the loop itself, not only the cell; the chart's final state says where it stopped; the
next cell runs and no thread of ours keeps running."""
import queue
import time

import pytest
from jupyter_client.manager import start_new_kernel

# a training loop: some work per step (a few microseconds, like a small network's step), then a record
REPRO = (
    'History h = new History("x"); long end = System.nanoTime() + 60_000_000_000L; double w = 0;\n'
    "try (LiveChart live = Live.chart(h)) {\n"
    "    for (int s = 0; System.nanoTime() < end; s++) {\n"
    "        for (int k = 0; k < 2000; k++) w = Math.sqrt(w + k);\n"
    '        h.record(s, "loss", 1.0 / (s + 1) + w * 1e-300);\n'
    "    }\n"
    "}"
)


UPDATES = {}   # display id -> the latest text/plain shown under it, from every iopub message read


def note(m):
    """Remembers the text of a display or display update, whichever cell it belongs to."""
    if m["msg_type"] in ("display_data", "update_display_data"):
        did = m["content"].get("transient", {}).get("display_id")
        UPDATES[did] = m["content"]["data"].get("text/plain", "")


def run(kc, code, timeout=120):
    """Executes a cell; returns its reply and the text/plain of its result."""
    msg_id = kc.execute(code)
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    result = None
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            m = kc.get_iopub_msg(timeout=1)
        except queue.Empty:
            break
        note(m)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "execute_result":
            result = m["content"]["data"]["text/plain"]
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    return reply, result


@pytest.fixture(scope="module")
def kernel():
    km, kc = start_new_kernel(kernel_name="java", startup_timeout=300)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


STATE = {}


def test_the_stop_button_stops_the_training_loop(kernel):
    km, kc = kernel
    msg_id = kc.execute(REPRO)
    # the loop runs for 3 s (a loop that only records would log tens of millions of points by then)
    time.sleep(3)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=60)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=60)
    assert reply["content"]["status"] == "error"

    # the live view's progress line: the second display the cell showed, the one without a picture
    shown = []
    while True:
        try:
            m = kc.get_iopub_msg(timeout=1)
        except queue.Empty:
            break
        note(m)
        if m["msg_type"] == "display_data" and m["parent_header"].get("msg_id") == msg_id:
            shown.append(m["content"].get("transient", {}).get("display_id"))
    assert len(shown) == 2, f"the live chart showed {shown}"
    progress_id = shown[1]

    # the next cell runs; the history stops growing within 0.2 s of the interrupt's reply
    _, sizes = run(kc, "Thread.sleep(200); int a = h.size(); Thread.sleep(2000); a + \" -> \" + h.size()")
    a, b = sizes.strip('"').split(" -> ")
    assert a == b, f"the loop kept running after the interrupt: history {a} -> {b}"
    size = int(a)
    assert size >= 1

    STATE["progress_id"], STATE["size"] = progress_id, size

    # no thread of ours is left running (the closed chart's final picture may take a few seconds to draw)
    _, threads = run(kc, (
        "java.util.List<String> ours = new java.util.ArrayList<>();\n"
        "for (int wait = 0; wait < 60 && Thread.getAllStackTraces().keySet().stream()\n"
        '        .anyMatch(t -> t.getName().startsWith("jbackprop")); wait++) Thread.sleep(500);\n'
        "for (var e : Thread.getAllStackTraces().entrySet())\n"
        "    if (e.getKey() != Thread.currentThread())\n"
        "        for (StackTraceElement f : e.getValue())\n"
        '            if (f.getClassName().startsWith("org.jbackprop")) { ours.add(e.getKey().getName()); break; }\n'
        "ours.toString()"))
    assert threads.strip('"') == "[]", threads


def test_the_live_chart_ends_saying_interrupted(kernel):
    km, kc = kernel
    progress_id, size = STATE["progress_id"], STATE["size"]
    deadline = time.time() + 60
    while time.time() < deadline and not UPDATES[progress_id].startswith("interrupted"):
        try:
            note(kc.get_iopub_msg(timeout=1))
        except queue.Empty:
            pass
    final = UPDATES[progress_id]
    assert final.startswith(f"interrupted at step {size - 1}: {size} steps, loss "), final
