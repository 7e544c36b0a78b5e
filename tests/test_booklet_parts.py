"""The booklet's parts that need no browser: a lesson's text moved into the booklet, and each question type on paper."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from hocvuso.adapters.mkdocs_hooks import rebase
from hocvuso.core.markup import to_inline_html
from hocvuso.i18n import t
from hocvuso.questions import Question, type_of
from hocvuso.render.booklet import lesson_text


def words(key: str, **args: object) -> str:
    return t("vi", key, **args)


def paper(data: dict[str, Any]) -> Any:
    q = TypeAdapter(Question).validate_python({"id": "q", "prompt": "Câu hỏi?", **data})
    return type_of(q).paper(q, "paper-b-q", words, to_inline_html)


@pytest.mark.parametrize(("html", "from_url", "to_url", "expected"), [
    ('<img src="../img/a.svg" data-src="x">', "chu-de/bai-mau/", "khoa-mau/so-tay/",
     '<img src="../../chu-de/img/a.svg" data-src="x">'),
    ('<a href="../bai-hai/#p">x</a> <a href="#top">t</a> <a href="https://x.gov.vn/">e</a>', "chu-de/bai-mau/",
     "khoa-mau/so-tay/", '<a href="../../chu-de/bai-hai/#p">x</a> <a href="#top">t</a> <a href="https://x.gov.vn/">e</a>'),
    ('<img src="img/a.svg"> <a href="bai-hai.html#p">x</a>', "chu-de/bai-mau.html", "khoa-mau/so-tay.html",
     '<img src="../chu-de/img/a.svg"> <a href="../chu-de/bai-hai.html#p">x</a>'),  # the offline copy's addresses
])
def test_a_lessons_links_and_pictures_point_the_same_places_from_the_booklet(html: str, from_url: str, to_url: str,
                                                                             expected: str) -> None:
    assert rebase(html, from_url, to_url) == expected


def test_lesson_text_drops_question_blocks_and_keeps_ids_unique() -> None:
    html = ('<h2 id="phan-hai">Phần hai</h2><p>Chữ <a href="#phan-hai">đây</a>.</p>'
            '<section class="hvs-quiz" data-hvs-quiz="{}"><fieldset><legend>Câu 1</legend></fieldset></section>'
            '<div data-hvs-id="x"><h3>Nhỏ</h3></div>')
    assert lesson_text(html, 2) == ('<h3 id="b2-phan-hai">Phần hai</h3><p>Chữ <a href="#b2-phan-hai">đây</a>.</p>'
                                    '<div data-hvs-id="x"><h4>Nhỏ</h4></div>')


def test_each_type_on_paper_with_its_key_in_the_papers_terms() -> None:
    single = paper({"type": "single", "options": [{"text": "Một"}, {"text": "Hai", "correct": True}]})
    assert single.key == "B" and "A.</span> Một" in single.body and "Khoanh tròn một chữ cái." in single.body
    multiple = paper({"type": "multiple", "options": [{"text": "Một", "correct": True}, {"text": "Hai"},
                                                      {"text": "Ba", "correct": True}]})
    assert multiple.key == "A, C" and "Khoanh tròn mọi chữ cái đúng." in multiple.body
    assert multiple.sheet.count("hvs-paper__mark\"") == 3
    assert paper({"type": "truefalse", "answer": False}).key == "Sai"
    text = paper({"type": "text", "answers": ["113"]})
    assert text.key == "" and "hvs-paper__line" in text.sheet  # the answer in words comes from answer_html
    steps = ["Mở ứng dụng", "Nhập mật khẩu", "Nhập mã OTP", "Bấm Đăng nhập"]
    order = paper({"type": "order", "items": steps})
    printed = [order.body.split(f"{x}.</span> ")[1].split("<")[0] for x in "ABCD"]
    assert printed != steps and sorted(printed) == sorted(steps)
    assert [printed["ABCD".index(x)] for x in order.key.split(", ")] == steps
    match = paper({"type": "match", "pairs": [["VNeID", "Định danh"], ["VssID", "Bảo hiểm"], ["Zalo", "Nhắn tin"]]})
    rights = [match.body.split(f"{x}.</span> ")[1].split("<")[0] for x in "ABC"]
    pairs = dict(p.split(" → ") for p in match.key.split(", "))
    assert [rights["ABC".index(pairs[str(n)])] for n in (1, 2, 3)] == ["Định danh", "Bảo hiểm", "Nhắn tin"]
