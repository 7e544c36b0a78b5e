"""`make serve` while content is broken: the browser shows the problems (in Vietnamese, with file and line) instead
of hanging, and shows the lesson again once a save fixes them, without the author reloading anything."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sample_project import BANK, make_project, write

BANK_FILE = "quizzes/chu-de/mau.yml"
BROKEN = BANK.replace("level: 2", "level: 9")  # quizzes/chu-de/mau.yml:4:8
WAIT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_served(url: str, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"mkdocs serve stopped: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("mkdocs serve did not answer")


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The sample project, its bank broken from the start, under `mkdocs serve` on 127.0.0.1 with a free port."""
    root = make_project(tmp_path / "p")
    write(root, BANK_FILE, BROKEN)
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("HOCVUSO_LANG", None)
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
                            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_served(url, proc)
        yield root, url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _shows_errors(page: Any) -> str:
    page.wait_for_selector(".hvs-errors", timeout=WAIT_MS)
    return str(page.locator(".hvs-errors").inner_text())


def _shows_lesson(page: Any) -> None:
    page.wait_for_selector("fieldset.hvs-q", timeout=WAIT_MS)
    assert page.locator("h1").first.inner_text() == "Bài mẫu"
    assert page.locator(".hvs-errors").count() == 0


def test_live_error_page_lists_problems_and_recovers_on_save(served: tuple[Path, str], page: Any) -> None:
    root, url = served
    page.goto(url + "chu-de/bai-mau/")  # a lesson's address, while the bank is broken
    text = _shows_errors(page)
    assert "Trang web chưa dựng lại được vì nội dung còn 1 lỗi" in text
    assert "quizzes/chu-de/mau.yml:4:8" in text
    assert "`level` phải từ 1 đến 8, đang là 9 — chọn một số từ 1 đến 8" in text
    assert page.locator("h1").first.inner_text() == "Nội dung còn lỗi"

    write(root, BANK_FILE, BANK)  # the author fixes the bank and saves: the page reloads by itself
    _shows_lesson(page)

    write(root, BANK_FILE, BANK.replace("    type: single\n", "    type: singel\n"))  # broken again while serving
    text = _shows_errors(page)
    assert "quizzes/chu-de/mau.yml:7:11" in text and "loại câu hỏi `singel` không tồn tại — có phải ý bạn là `single`?" in text

    write(root, BANK_FILE, BANK)
    _shows_lesson(page)
    with urllib.request.urlopen(url + "khoa-mau/", timeout=10) as response:  # every page answers, none hangs
        assert response.status == 200
