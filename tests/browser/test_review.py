"""Review of wrong answers on the progress page: per lesson, how many questions were answered wrong, "Ôn câu sai"
to practise them again right there (the questions come from their own script, also from file://), and a right
answer there counts for the lesson."""

from __future__ import annotations

from typing import Any

import pytest
from hvs_page import LESSON, answer, check, stored, urls

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_wrong_answers_are_listed_and_practised_again(edition: str, site_url: str, offline_url: str, page: Any) -> None:
    u = urls(edition, site_url, offline_url)
    page.goto(u["lesson"])
    questions = page.locator("fieldset.hvs-q").all()
    for i, fs in enumerate(questions[:3]):
        answer(fs, right=i == 2)
        check(fs)

    page.goto(u["progress"])
    review = page.locator(".hvs-review")
    review.wait_for()
    assert "Câu làm sai" in review.inner_text()
    row = review.locator("li", has_text="Định danh điện tử VNeID")
    assert "2 câu sai" in row.inner_text()
    assert review.get_by_role("button", name="Luyện tập 5 câu sai").is_visible()
    row.get_by_role("button", name="Ôn câu sai").click()
    set_ = review.locator(".hvs-review__set fieldset.hvs-q")
    set_.first.wait_for()
    assert set_.count() == 2
    assert set_.first.locator(".hvs-q__num").inner_text() == "Câu 1."
    for fs in set_.all():
        answer(fs, right=True)
        assert "Đúng rồi!" in check(fs)
    state = stored(page)
    assert state is not None and list(state["lessons"][LESSON]["answers"].values()).count(False) == 0
    page.reload()
    assert "Chưa có câu nào làm sai." in page.locator(".hvs-review").inner_text()
    assert page.errors == []  # type: ignore[attr-defined]
