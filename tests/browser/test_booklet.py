"""A course's printable booklet: built from the sample project, printed by chromium to PDF on A4 and A5, and read
back with poppler's pdftotext and pdfinfo: the lessons' text, the questions numbered through the booklet with
lettered options, an answer sheet and the answer key each starting a page of their own, and the paper size."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hvs_page import axe

from conftest import ROOT, mkdocs_build, serve
from sample_project import BANK, LESSON, LESSON2, make_project, write

pytestmark = pytest.mark.browser

PICTURE = "courses/nguoi-lao-dong/img/tim-viec-tren-mang-ho-so.svg"
MORE_QUESTIONS = """\
  - id: cau-bon
    type: order
    prompt: Xếp các bước đăng nhập theo thứ tự.
    items: [Mở ứng dụng, Nhập mật khẩu, Nhập mã OTP]
    explanation: Mở ứng dụng trước, mã OTP đến sau cùng.
  - id: cau-nam
    type: match
    prompt: Nối ứng dụng với việc của nó.
    pairs: [[VNeID, Định danh điện tử], [VssID, Bảo hiểm xã hội]]
"""
SECOND_BANK = """\
schema_version: 1
title: Ngân hàng hai
competences: ["0.1"]
level: 1
questions:
  - id: cau-sau
    type: multiple
    prompt: Những việc nào giúp giữ an toàn điện thoại?
    options:
      - text: Đặt mã khóa màn hình
        correct: true
      - text: Cho người lạ mượn máy
        feedback: Người lạ có thể đọc tin nhắn của bạn.
      - text: Cập nhật phần mềm
        correct: true
    explanation: Mã khóa và bản cập nhật giữ điện thoại an toàn.
"""


@pytest.fixture(scope="module")
def booklet_url(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The sample project with a picture in lesson 1, all six question types, and a question block in lesson 2."""
    base = tmp_path_factory.mktemp("booklet")
    root = make_project(base / "p")
    (root / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)  # the offline search shim
    write(root, "quizzes/chu-de/mau.yml", BANK + MORE_QUESTIONS)
    write(root, "quizzes/chu-de/hai.yml", SECOND_BANK)
    (root / "courses/chu-de/img").mkdir()
    shutil.copy(ROOT / PICTURE, root / "courses/chu-de/img/ho-so.svg")
    write(root, "courses/chu-de/bai-mau.md", LESSON.replace(
        "Nội dung.", "Nội dung.\n\n![Hồ sơ xin việc trên điện thoại](img/ho-so.svg)\n\nBà con gọi lại số chính thức."))
    write(root, "courses/chu-de/bai-hai.md", LESSON2 + "\n```quiz\nbank: chu-de/hai\n```\n")
    for name, offline in (("site", False), ("offline", True)):
        proc = mkdocs_build(root, base / name, offline=offline)
        assert proc.returncode == 0, proc.stderr
    url, server = serve(base / "site")
    yield url, base
    server.shutdown()


def pdf_pages(page: Any, path: Path) -> list[str]:
    """Print the open page to ``path`` at the size its CSS asks for; the text of each page (pdftotext -layout)."""
    page.pdf(path=str(path), prefer_css_page_size=True, print_background=False)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(p.split()) for p in text.split("\f") if p.strip()]


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return re.search(r"Page size:\s*(.*)", info).group(1)  # type: ignore[union-attr]


def test_booklet_prints_lessons_questions_sheet_and_key_on_a4_and_a5(booklet_url: Any, page: Any) -> None:
    url, base = booklet_url
    page.goto(url + "khoa-mau/")
    page.get_by_role("link", name="Bản in cho buổi học").click()
    page.wait_for_url("**/khoa-mau/so-tay/")
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    assert page.errors == []
    assert page.evaluate("[...document.images].filter(i => i.closest('.hvs-booklet'))"
                         ".every(i => i.complete && i.naturalWidth > 0)")
    assert page.locator(".hvs-booklet img").count() == 1

    pages = pdf_pages(page, base / "a4.pdf")
    assert page_size(base / "a4.pdf").endswith("(A4)")
    whole = "\n".join(pages)
    # A lesson's sentences, its picture's page, and nothing of the site's header, menu or search.
    assert "Mở đầu bài học." in whole and "Bà con gọi lại số chính thức." in whole
    assert "Tìm kiếm" not in whole and "Tiến độ của tôi" not in whole and "Khổ giấy khi in" not in whole
    starts = [p[:60] for p in pages]
    lesson1 = next(i for i, p in enumerate(pages) if p.startswith("Bài 1. Bài mẫu"))
    lesson2 = next(i for i, p in enumerate(pages) if p.startswith("Bài 2. Bài hai"))
    sheet = next(i for i, p in enumerate(pages) if p.startswith("Phiếu trả lời"))
    key = next(i for i, p in enumerate(pages) if p.startswith("Đáp án (dành cho người hướng dẫn)"))
    assert 0 < lesson1 < lesson2 < sheet < key, starts
    learner = "\n".join(pages[:key])
    facilitator = "\n".join(pages[key:])
    # Questions numbered through the booklet, options lettered in the order written, true/false as Đúng/Sai.
    assert [int(n) for n in re.findall(r"Câu (\d+)\.", "\n".join(pages[lesson1:sheet]))] == [1, 2, 3, 4, 5, 6]
    assert "A. Chuyển tiền ngay B. Cúp máy và gọi lại số chính thức" in learner
    assert "Khoanh tròn Đúng hoặc Sai. Đúng Sai" in learner
    assert "A. Đặt mã khóa màn hình B. Cho người lạ mượn máy C. Cập nhật phần mềm" in learner
    assert "Bước 1:" in learner and "1. VNeID →" in learner
    # The answers are only in the key, which starts its own page: letters, the answer in words, the explanation.
    assert "Luôn kiểm tra lại qua số chính thức." not in learner
    assert "Câu 1. B Đáp án đúng: Cúp máy và gọi lại số chính thức Luôn kiểm tra lại qua số chính thức." in facilitator
    assert "Câu 2. Sai Câu nói trên là sai." in facilitator
    assert "Câu 3. Đáp án đúng: 113" in facilitator
    assert "Câu 6. A, C" in facilitator and "Mã khóa và bản cập nhật giữ điện thoại an toàn." in facilitator
    order_key = re.search(r"Câu 4\. ([A-C]), ([A-C]), ([A-C]) Thứ tự đúng", facilitator)
    assert order_key is not None
    # The letters in the key point at the steps as printed: A, B, C in the lesson are some order of the three steps.
    printed = re.search(r"A\. (.+?) B\. (.+?) C\. (.+?) Viết chữ cái", learner)
    assert printed is not None
    steps = dict(zip("ABC", printed.groups(), strict=True))
    assert [steps[x] for x in order_key.groups()] == ["Mở ứng dụng", "Nhập mật khẩu", "Nhập mã OTP"]

    page.check("#hvs-paper-a5")
    a5 = pdf_pages(page, base / "a5.pdf")
    assert page_size(base / "a5.pdf").endswith("(A5)")
    assert len(a5) >= len(pages)
    assert any(p.startswith("Đáp án (dành cho người hướng dẫn)") for p in a5)
    assert "Mở đầu bài học." in "\n".join(a5)


def test_booklet_has_no_accessibility_violations_and_stays_out_of_search(booklet_url: Any, page: Any) -> None:
    url, base = booklet_url
    page.goto(url + "khoa-mau/so-tay/")
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    assert axe(page, "html") == []
    index = (base / "site/search/search_index.json").read_text("utf-8")
    assert "so-tay" not in index and "Cúp máy" not in index


def test_booklet_of_the_offline_copy_opens_from_file_with_its_picture_and_print_styles(booklet_url: Any,
                                                                                         page: Any) -> None:
    _url, base = booklet_url
    page.goto((base / "offline/khoa-mau/index.html").as_uri())
    page.get_by_role("link", name="Bản in cho buổi học").click()
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    assert page.url.endswith("/khoa-mau/so-tay.html")
    assert page.errors == []
    assert page.evaluate("[...document.querySelectorAll('.hvs-booklet img')].map(i => i.complete && i.naturalWidth > 0)"
                         ) == [True]
    # booklet.css is there: the letters to circle on the answer sheet have their ring
    assert page.evaluate("getComputedStyle(document.querySelector('.hvs-paper__mark')).borderTopStyle") == "solid"
    pages = pdf_pages(page, base / "offline.pdf")
    assert any(p.startswith("Đáp án (dành cho người hướng dẫn)") for p in pages)
