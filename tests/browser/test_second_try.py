"""Practice gives a second try: a wrong first answer gets "Chưa đúng — thử lại" and the question's hint; the
answer and explanation come after the second try or on "Xem đáp án". The self-assessment is unchanged (its
own tests: no feedback before submitting)."""

from __future__ import annotations

from typing import Any

import pytest
from hvs_page import answer, check, urls

pytestmark = pytest.mark.browser

TRY = "Chưa đúng — thử lại"


def hinted(page: Any) -> Any:
    """The first practice question with a hint."""
    return page.locator("fieldset.hvs-q:has(details.hvs-q__hint)").first


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_second_try_then_reveal(edition: str, site_url: str, offline_url: str, page: Any) -> None:
    page.goto(urls(edition, site_url, offline_url)["lesson"])
    fs = hinted(page)
    hint = fs.locator("details.hvs-q__hint")
    assert hint.get_attribute("open") is None
    answer(fs, right=False)
    text = check(fs, reveal=False)
    assert TRY in text
    assert "Đáp án đúng" not in text and fs.locator(".hvs-result__expl").count() == 0, "no answer before the second try"
    assert fs.locator(".hvs-mark").count() == 0, "options not marked yet"
    assert hint.get_attribute("open") is not None, "the hint opens"
    assert fs.locator(".hvs-result").evaluate("e => e === document.activeElement")
    assert fs.get_by_role("button", name="Xem đáp án").is_visible()

    answer(fs, right=False)  # the second try: now the answer and the explanation
    text = check(fs, reveal=False)
    assert "Chưa đúng." in text and TRY not in text
    assert "Đáp án đúng" in text

    # "Làm lại" (shown once the whole block is answered) starts the block afresh
    fs.locator("xpath=ancestor::section[contains(@class, 'hvs-quiz')]").locator("button.hvs-retry").dispatch_event("click")
    answer(fs, right=False)
    assert TRY in check(fs, reveal=False), "Làm lại gives a new first try"
    fs.get_by_role("button", name="Xem đáp án").click()
    result = fs.locator(".hvs-result")
    assert "Đáp án đúng" in result.inner_text() and "Chưa đúng." in result.inner_text()

    other = page.locator("fieldset.hvs-q--single").last
    answer(other, right=True)
    assert "Đúng rồi!" in check(other, reveal=False), "a right first answer is right at once"
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_wrong_first_try_is_kept_in_progress(site_url: str, page: Any) -> None:
    """Each check is recorded: the wrong first try counts until the learner answers again."""
    page.goto(site_url + "thu-vien/vneid/")
    fs = page.locator("fieldset.hvs-q--truefalse").first
    answer(fs, right=False)
    check(fs, reveal=False)
    key = page.evaluate("""() => { const q = JSON.parse(document.querySelector('fieldset.hvs-q--truefalse').dataset.hvsQ);
      return q.bank + '#' + q.id; }""")
    state = page.evaluate("k => JSON.parse(localStorage.getItem(k))",
                          "hvs:v1:" + page.evaluate("JSON.parse(document.querySelector('.hvs-config').dataset.hvsConfig).site"))
    assert state["lessons"]["thu-vien/vneid"]["answers"][key] is False
    answer(fs, right=True)
    assert "đúng rồi!" in check(fs, reveal=False).lower()  # a true/false verdict: "Bạn chọn: Đúng — đúng rồi!"
