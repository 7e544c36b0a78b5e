"""The practice engine as a learner meets it, in Debian's chromium: online over http (instant navigation)
and offline from file://. Every question type answered wrong and right, words on screen, focus, the
spoken (aria-live) result, summary and "Làm lại", keyboard only, narrow screens, no JavaScript, axe-core."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hvs_page import answer, axe, check, qdata, rows, stored, urls

pytestmark = pytest.mark.browser


def plain(html: str) -> str:
    """Text of a bit of author HTML, white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


EDITIONS = ["online", "offline"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_question_type_right_and_wrong(edition: str, site_url: str, offline_url: str, page: Any) -> None:
    page.goto(urls(edition, site_url, offline_url)["lesson"])
    assert page.evaluate("document.documentElement.classList.contains('hvs-js')")
    assert not page.locator(".hvs-nojs").first.is_visible(), "the no-JavaScript note hides once the engine runs"
    assert axe(page) == [], "article accessible before answering"
    quizzes = page.locator("section.hvs-quiz")
    fieldsets = page.locator("fieldset.hvs-q")
    assert page.locator("button.hvs-check").count() == fieldsets.count() > 0
    assert page.locator("button.hvs-check").first.get_attribute("type") == "button"
    tested: set[str] = set()
    for qi in range(quizzes.count()):
        quiz = quizzes.nth(qi)
        items = quiz.locator("fieldset.hvs-q")
        n = items.count()
        summary = quiz.locator(".hvs-quiz__summary")
        for i in range(n):
            fs = items.nth(i)
            q = qdata(fs)
            if q["type"] not in tested:
                tested.add(q["type"])
                answer(fs, right=False)
                text = check(fs)
                assert text.startswith("✗") and "chưa đúng." in text.lower(), (q["type"], text)
                if q["type"] == "truefalse":  # the verdict repeats the choice: true/false and right/wrong never clash
                    chosen = "Đúng" if q["answer"] is False else "Sai"
                    assert text.startswith(f"✗ Bạn chọn: {chosen} — chưa đúng."), text
                    assert ("Câu nói trên là đúng." if q["answer"] else "Câu nói trên là sai.") in text
                else:
                    assert "Đáp án đúng" in text, "a wrong answer shows what was right"
                assert page.evaluate("document.activeElement.classList.contains('hvs-result')"), "focus moves to the result"
                assert fs.get_attribute("class").count("hvs-q--wrong") == 1
                if q["type"] in ("single", "multiple"):
                    assert "Bạn chọn" in text
                    for chosen in fs.locator("input:checked").evaluate_all("els => els.map(e => +e.value)"):
                        assert plain(q["feedback"][chosen]) in " ".join(text.split()), "each chosen option's feedback"
                    assert fs.locator(".hvs-mark--bad").count() >= 1, "the wrong choice is marked in words"
                if q["type"] in ("order", "match"):
                    assert fs.locator(".hvs-mark").count() == fs.locator(".hvs-row").count()
                    assert "✗ sai" in fs.inner_text()
                live = quiz.locator(".hvs-live")
                assert live.get_attribute("aria-live") == "polite"
                spoken = live.text_content().lower()
                assert "chưa đúng" not in spoken and "đúng rồi" not in spoken, "announced once: by the focused result"
                if i == 0 and qi == 0:
                    continue  # stays wrong: the summary must count it
            answer(fs, right=True)
            assert fs.locator(".hvs-result").is_hidden(), "a changed answer clears the old result"
            assert fs.locator(".hvs-verdict").text_content() == "", "and the verdict beside the button"
            text = check(fs)
            assert text.startswith("✓") and "đúng rồi!" in text.lower(), (q["type"], text)
            assert "chưa đúng" not in text.lower()
            result = fs.locator(".hvs-result")
            head = result.locator(".hvs-result__head")
            assert result.get_attribute("role") == "group" and result.get_attribute("aria-labelledby") == head.get_attribute("id")
            assert fs.locator(".hvs-verdict").text_content() == " ".join(head.inner_text().split()), "the verdict beside the button"
            assert fs.locator(".hvs-result__expl").count() == (1 if q["explanation"] else 0)
            assert summary.is_hidden() or i == n - 1
        right = n - 1 if qi == 0 else n
        assert summary.is_visible()
        assert summary.inner_text().startswith(f"Bạn đúng {right}/{n} câu.")
        page.wait_for_function("([el, t]) => el.textContent.includes(t)",
                               arg=[quiz.locator(".hvs-live").element_handle(), f"Bạn đúng {right}/{n} câu."])
    assert tested == {"single", "multiple", "truefalse", "text", "order", "match"}, tested
    assert axe(page) == [], "article accessible with results shown"
    state = stored(page)
    assert state is not None and state["v"] == 1
    lesson = state["lessons"]["thu-vien/vneid"]
    assert lesson["visited"] > 0
    assert len(lesson["answers"]) == fieldsets.count()
    assert lesson["last"] == pytest.approx((fieldsets.count() - 1) / fieldsets.count())

    # "Làm lại": answers and results cleared, options reshuffled, summary gone.
    quiz = quizzes.first
    texts = "els => els.map(ul => [...ul.querySelectorAll('.hvs-opt__text')].map(e => e.textContent))"
    shuffled = ".hvs-q--single .hvs-options, .hvs-q--multiple .hvs-options"  # true/false keeps its order
    before = quiz.locator(shuffled).evaluate_all(texts)
    page.clock.set_fixed_time(1_767_225_600_000)  # the reshuffle is seeded by the clock: pin it
    quiz.locator("button.hvs-retry").click()
    assert quiz.locator(".hvs-result:visible").count() == 0
    assert quiz.locator(".hvs-quiz__summary").is_hidden()
    assert quiz.locator("input:checked").count() == 0
    assert all(v == "" for v in quiz.locator("input[type=text]").evaluate_all("els => els.map(e => e.value)"))
    for fs in quiz.locator(".hvs-q--order, .hvs-q--match").all():
        assert rows(fs) == fs.evaluate("fs => fs._hvsStart"), "steps and pairs back as first shown"
    after = quiz.locator(shuffled).evaluate_all(texts)
    assert [sorted(x) for x in before] == [sorted(x) for x in after], "same options"
    assert before and all(b != a for b, a in zip(before, after, strict=True)), "every question's options reshuffled"
    assert page.evaluate("document.activeElement.matches('.hvs-quiz input, .hvs-quiz .hvs-move')"), "focus back at the start"
    assert page.errors == []  # type: ignore[attr-defined]


def test_checking_without_an_answer_asks_for_one(site_url: str, page: Any) -> None:
    page.goto(site_url + "thu-vien/vneid/")
    fs = page.locator("fieldset.hvs-q--single").first  # steps and pairs always stand in some order: answered
    assert "Bạn hãy trả lời câu này trước." in check(fs)
    assert page.evaluate("document.activeElement.classList.contains('hvs-result')")
    assert fs.get_attribute("data-hvs-res") is None
    assert stored(page)["lessons"]["thu-vien/vneid"]["answers"] == {}
    assert page.errors == []  # type: ignore[attr-defined]


def test_keyboard_only(site_url: str, page: Any) -> None:
    page.goto(site_url + "thu-vien/vneid/")
    single = page.locator("fieldset.hvs-q--single").first
    right = qdata(single)["correct"][0]
    single.locator("input").first.focus()
    for _ in range(right):
        page.keyboard.press("ArrowDown")  # radios: arrows move and choose
    page.keyboard.press("Space")
    assert single.locator(f"input[value='{right}']").is_checked()
    page.keyboard.press("Tab")  # past the hint (if any) to the button
    while not page.evaluate("document.activeElement.classList.contains('hvs-check')"):
        page.keyboard.press("Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", "focus is visible"
    page.keyboard.press("Enter")
    assert "Đúng rồi!" in single.locator(".hvs-result").inner_text()
    assert page.evaluate("document.activeElement.classList.contains('hvs-result')")

    # Order: "Lên" moves a step up and keeps the focus on it, until it is first ("Lên" then off: focus on "Xuống").
    order = page.locator("fieldset.hvs-q--order").first
    start = rows(order)
    tile = order.locator(".hvs-tile").nth(len(start) - 1)
    item = tile.get_attribute("data-hvs-item")
    assert tile.locator(".hvs-move").last.is_disabled(), "the last step cannot go down"
    tile.locator(".hvs-move").first.focus()
    for k in range(len(start) - 1):
        page.keyboard.press("Enter")
        assert rows(order).index(item) == len(start) - 2 - k
    assert page.evaluate("document.activeElement.textContent.includes('Xuống')"), "at the top, focus on the other button"
    assert sorted(rows(order)) == sorted(start), "every step once, none twice"
    assert "Bước 1" in page.locator(".hvs-moved").text_content(), "the move is said to screen readers"
    assert page.errors == []  # type: ignore[attr-defined]


def test_instant_navigation_boots_each_page_once(site_url: str, page: Any) -> None:
    page.goto(site_url + "nguoi-dan/")
    page.evaluate("window.__samePage = true")
    page.locator(".hvs-path__item[data-hvs-lesson='thu-vien/vneid'] a").click()
    page.wait_for_url("**/thu-vien/vneid/")
    page.locator("button.hvs-check").first.wait_for()
    assert page.evaluate("window.__samePage === true"), "instant navigation (no full page load)"
    n = page.locator("fieldset.hvs-q").count()
    assert page.locator("button.hvs-check").count() == n
    assert page.locator(".hvs-live").count() == page.locator("section.hvs-quiz").count()
    fs = page.locator("fieldset.hvs-q--truefalse").first
    answer(fs, right=True)
    assert "đúng rồi!" in check(fs)
    assert page.locator(".hvs-result:visible").count() == 1, "one click checks one question once"
    page.locator(".hvs-coursenav[data-hvs-course='nguoi-dan'] .hvs-coursenav__where a").click()
    page.wait_for_url("**/nguoi-dan/")
    item = page.locator(".hvs-path__item[data-hvs-lesson='thu-vien/vneid']")
    item.locator(".hvs-path__status").filter(has_text="Đang học").wait_for()
    assert "1/1 câu đúng" in item.inner_text()
    assert page.locator(".hvs-course__progress progress").count() == 1
    page.go_back()
    page.wait_for_url("**/thu-vien/vneid/")
    page.locator("button.hvs-check").first.wait_for()
    assert page.locator("button.hvs-check").count() == page.locator("fieldset.hvs-q").count()
    assert page.evaluate("window.__samePage === true")
    assert page.errors == []  # type: ignore[attr-defined]


def test_without_javascript_questions_stay_readable(browser: Any, offline_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(offline_url + "thu-vien/vneid.html")
        assert pg.locator(".hvs-nojs").first.is_visible()
        assert pg.locator("fieldset.hvs-q").first.is_visible()
        assert pg.locator("fieldset.hvs-q .hvs-opt").first.is_visible()
        assert pg.locator("button.hvs-check").count() == 0
        # every question has its answer and explanation behind a native "Xem đáp án"
        keys = pg.locator("fieldset.hvs-q > details.hvs-q__key")
        assert keys.count() == pg.locator("fieldset.hvs-q").count()
        key = pg.locator("fieldset.hvs-q--truefalse details.hvs-q__key").first
        key.locator("summary").click()
        assert "Câu nói trên là" in key.inner_text()
        # order and match: every step and side readable, no buttons that do nothing
        for kind in ("order", "match"):
            fs = pg.locator(f"fieldset.hvs-q--{kind}").first
            assert fs.locator(".hvs-tile__text").count() == fs.locator(".hvs-tile").count() > 1
            assert all(t.is_visible() for t in fs.locator(".hvs-tile__text").all())
            assert fs.locator(".hvs-move:visible").count() == 0
        assert pg.locator("fieldset.hvs-q--order .hvs-rows").first.is_hidden(), "no empty 'Bước 1, 2…' rows"
        assert pg.locator("fieldset.hvs-q--match .hvs-row__label").first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("width", [320, 640])
def test_narrow_screen_and_zoom(width: int, browser: Any, site_url: str) -> None:
    """320 px wide (a small phone) and 640 px (a 1280 px screen at 200% zoom): no sideways scrolling, big targets."""
    context = browser.new_context(viewport={"width": width, "height": 700})
    try:
        pg = context.new_page()
        pg.goto(site_url + "thu-vien/vneid/")
        for fs in pg.locator("fieldset.hvs-q").all():
            answer(fs, right=False)
            check(fs)
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
        sizes = pg.locator(".hvs-btn, .hvs-move, .hvs-q input[type=text], .hvs-opt label").evaluate_all(
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })")
        assert sizes and all(w >= 44 and h >= 44 for w, h in sizes), [s for s in sizes if min(s) < 44]
        over = pg.locator("article .hvs-quiz *").evaluate_all(
            f"els => els.filter(e => e.getBoundingClientRect().right > {width} + 1).map(e => e.outerHTML.slice(0, 80))")
        assert over == []
    finally:
        context.close()
