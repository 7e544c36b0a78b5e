"""Lesson states as the learner sees them: a peek is "in progress", never "completed"; a lesson is completed when
its end-of-lesson check reaches the course's mastery percent (80 %); the course page and the home card offer
"Học tiếp" (continue) with the lesson to study next."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hvs_page import LESSON, answer, check, store_key, stored, urls

pytestmark = pytest.mark.browser

END = "fieldset.hvs-q[id^='hvs-end-']"  # the end-of-lesson check's questions (block "end")
ROW = f".hvs-path__item[data-hvs-lesson='{LESSON}']"


def header(page: Any) -> str:
    return str(page.locator(".hvs-lesson__state").inner_text())


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_a_peek_is_not_done_and_the_end_check_at_80_percent_completes(edition: str, site_url: str, offline_url: str,
                                                                      page: Any) -> None:
    u = urls(edition, site_url, offline_url)
    page.goto(u["lesson"])
    assert "Bài này: Đang học" in header(page)
    assert "80%" in header(page)

    page.goto(u["course"])
    row = page.locator(ROW)
    assert row.locator(".hvs-path__status").inner_text() == " · Đang học", "opening a lesson does not complete it"
    assert row.locator(".hvs-tick").inner_text() == "◐"
    total = page.locator(".hvs-path__item").count()
    assert f"0/{total} bài đã hoàn thành" in page.locator(".hvs-course__progress").inner_text()
    title = row.locator("a").inner_text()
    nxt = page.locator(".hvs-course__progress a.hvs-next-up")
    assert nxt.inner_text() == f"Học tiếp: {title}", "the lesson in progress comes first"
    page.goto(u["home"])
    card_next = page.locator("[data-hvs-course-card='nguoi-dan'] a.hvs-next-up")
    assert card_next.inner_text() == f"Học tiếp: {title}"
    card_next.click()
    page.locator(END).first.wait_for()

    ends = page.locator(END).all()
    k = len(ends)
    assert k >= 5
    wrong = k - math.ceil(0.8 * k)  # the most wrong answers that still reach 80 %
    for i, fs in enumerate(ends):  # one wrong answer too many: below the threshold
        answer(fs, right=i > wrong)
        check(fs)
    assert "Bài này: Đang học" in header(page)
    assert stored(page)["lessons"][LESSON]["end"] == pytest.approx((k - wrong - 1) / k)  # type: ignore[index]
    answer(ends[0], right=True)
    check(ends[0])
    assert "Bài này: Đã hoàn thành" in header(page), "exactly at the threshold completes the lesson"

    page.goto(u["course"])
    row = page.locator(ROW)
    assert row.locator(".hvs-tick").inner_text() == "✓"
    assert row.locator(".hvs-path__status").inner_text().startswith(" · Đã hoàn thành")
    assert f"1/{total} bài đã hoàn thành" in page.locator(".hvs-course__progress").inner_text()
    first = page.locator(".hvs-path__item").first
    if first.get_attribute("data-hvs-lesson") != LESSON:
        assert page.locator(".hvs-course__progress a.hvs-next-up").inner_text() == \
            "Học tiếp: " + first.locator("a").inner_text(), "then the first lesson not completed"
    page.goto(u["home"])
    assert page.locator("[data-hvs-card-progress='nguoi-dan']").inner_text() == f"Bạn đã hoàn thành 1/{total} bài"
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_stored_v1_state_is_migrated_not_lost(site_url: str, page: Any) -> None:
    """Data saved before lesson states: visits become "in progress", a good score stays completed, nothing is lost."""
    page.goto(site_url + "nguoi-dan/")
    ids = page.locator(".hvs-path__item").evaluate_all("els => els.map(e => e.dataset.hvsLesson)")
    peek, good = [i for i in ids if i != LESSON][:2]
    v1 = {"v": 1, "lessons": {peek: {"visited": 1700000000000, "answers": {}},
                              good: {"visited": 1700000000001, "answers": {good + "#q": True}, "best": 0.9, "last": 0.9}},
          "courses": {}, "assessments": {}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [store_key(page), json.dumps(v1)])
    page.reload()
    status = {i: page.locator(f".hvs-path__item[data-hvs-lesson='{i}'] .hvs-path__status").inner_text() for i in (peek, good)}
    assert status[peek] == " · Đang học"
    assert status[good] == " · Đã hoàn thành · 1/1 câu đúng"
    state = stored(page)
    assert state is not None and state["rev"] == 2
    assert state["lessons"][peek]["visited"] == 1700000000000 and state["lessons"][good]["answers"] == {good + "#q": True}
    assert page.errors == []  # type: ignore[attr-defined]
