"""The self-assessment one question at a time: "Câu 2/N", previous and next, a map of the questions, the choice
and the place kept over a reload; a short celebration when passed; "Nên ôn lại" shows at most three lessons,
ranked by the missed competences."""

from __future__ import annotations

from typing import Any

import pytest
from hvs_page import answer, urls

pytestmark = pytest.mark.browser


def assess_url(edition: str, site_url: str, offline_url: str) -> str:
    return urls(edition, site_url, offline_url)["course"].replace("index.html", "tu-danh-gia.html") \
        if edition == "offline" else site_url + "nguoi-dan/tu-danh-gia/"


def visible(page: Any) -> Any:
    return page.locator(".hvs-assessment fieldset.hvs-q:visible")


def submit_all(page: Any, right: bool) -> None:
    page.locator(".hvs-one__on").uncheck()
    for fs in page.locator(".hvs-assessment fieldset.hvs-q:visible").all():
        answer(fs, right=right)
    page.get_by_role("button", name="Nộp bài").click()
    page.locator(".hvs-assessment h2", has_text="Kết quả").wait_for()


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_one_question_at_a_time_survives_a_reload(edition: str, site_url: str, offline_url: str, page: Any) -> None:
    page.goto(assess_url(edition, site_url, offline_url))
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    total = page.locator(".hvs-assessment fieldset.hvs-q:visible").count()
    page.get_by_label("Hiện từng câu một").check()
    assert visible(page).count() == 1
    assert page.locator(".hvs-one__where").inner_text() == f"Câu 1/{total}"
    assert page.get_by_role("button", name="← Câu trước").is_disabled()
    page.get_by_role("button", name="Câu sau →").click()
    assert page.locator(".hvs-one__where").inner_text() == f"Câu 2/{total}"
    second = visible(page).first
    answer(second, right=True)
    second_id = second.get_attribute("id")

    page.reload()
    page.locator(".hvs-one__where").wait_for()
    assert page.locator(".hvs-one__where").inner_text() == f"Câu 2/{total}", "the place is kept"
    assert visible(page).count() == 1 and visible(page).first.get_attribute("id") == second_id
    assert page.get_by_label("Hiện từng câu một").is_checked(), "the choice is kept"
    assert "✓" in page.locator(".hvs-one__go[data-i='1']").inner_text(), "the map shows the answered question"
    page.locator(".hvs-one__map").get_by_role("button", name=f"Câu 5/{total}").click()
    assert page.locator(".hvs-one__where").inner_text() == f"Câu 5/{total}"
    assert page.locator(".hvs-one__go[aria-current]").inner_text().startswith("5")

    submit_all(page, right=True)
    cheer = page.locator(".hvs-cheer")
    assert "Chúc mừng! Bạn đã đạt" in cheer.inner_text() and "🎉" in cheer.inner_text()
    assert page.locator(".hvs-assessment fieldset.hvs-q:visible").count() == total, "every question in the result"
    assert page.locator(".hvs-rank").count() == 0, "nothing missed, nothing to revisit"
    assert page.errors == []  # type: ignore[attr-defined]


def test_missed_competences_rank_at_most_three_lessons(site_url: str, page: Any) -> None:
    page.goto(site_url + "nguoi-dan/tu-danh-gia/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    submit_all(page, right=False)
    assert page.locator(".hvs-cheer").count() == 0
    rank = page.locator(".hvs-rank")
    assert "Nên ôn lại" in rank.inner_text()
    assert 1 <= rank.locator("li").count() <= 3
    assert page.locator(".hvs-a__rev").count() == 0, "one list of lessons to revisit"
    assert page.errors == []  # type: ignore[attr-defined]
