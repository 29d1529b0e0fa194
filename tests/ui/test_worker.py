"""The worker runs calls off the UI thread and answers on it; a busy signal only
for calls still running after the threshold; forget() drops stale answers."""
import threading

import pytest
from PySide6.QtCore import QThread

from ui.worker import Worker


@pytest.fixture
def worker(qtbot):
    w = Worker(busy_after_ms=300)
    yield w
    w.wait()


def test_call_runs_on_another_thread_and_answers_on_the_ui_thread(qtbot, worker):
    ui_thread = QThread.currentThread()
    seen = {}

    def call(x):
        seen["worker_thread"] = threading.current_thread() is not threading.main_thread()
        return x * 2

    def done(result):
        seen["result"] = result
        seen["answered_on_ui"] = QThread.currentThread() is ui_thread

    with qtbot.waitSignal(worker.idle):
        worker.run(call, 21, done=done)
    assert seen == {"worker_thread": True, "result": 42, "answered_on_ui": True}


def test_exception_goes_to_failed(qtbot, worker):
    errors = []

    def broken():
        raise RuntimeError("printer on fire")

    with qtbot.waitSignal(worker.idle):
        worker.run(broken, failed=errors.append)
    assert [str(e) for e in errors] == ["printer on fire"]


def test_slow_call_shows_busy_with_its_sentence_then_hides(qtbot, worker):
    release = threading.Event()
    with qtbot.waitSignal(worker.busy, check_params_cb=lambda shown, text: shown) as shown:
        worker.run(release.wait, 10, busy_text="正在借书…")
    assert shown.args == [True, "正在借书…"]
    with qtbot.waitSignal(worker.busy, check_params_cb=lambda shown, text: not shown):
        release.set()


def test_forget_drops_answers_of_calls_already_queued(qtbot, worker):
    release = threading.Event()
    answers = []
    worker.run(release.wait, 10, done=answers.append)
    worker.forget()
    release.set()
    worker.wait()
    qtbot.wait(50)   # let any queued answer arrive (it must be dropped)
    assert answers == []
