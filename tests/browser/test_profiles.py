"""Profiles on one device ("Ai đang học?"): two learners on one browser keep separate progress; switching from the
header control works online and from file://; each learner's export and certificate are their own."""

from __future__ import annotations

from typing import Any

import pytest
from hvs_page import LESSON, answer, check, store_key, urls

pytestmark = pytest.mark.browser

ROW = f".hvs-path__item[data-hvs-lesson='{LESSON}'] .hvs-path__status"


def switch(page: Any, name: str) -> None:
    """Switch to an existing learner from the header control (the page reloads)."""
    page.locator("button.hvs-who").click()
    dlg = page.locator("dialog.hvs-people")
    dlg.wait_for()
    with page.expect_navigation():
        dlg.get_by_role("button", name=name, exact=True).click()


# Gives the learner on the open page a passed self-assessment, in their own store (the one holding their lessons).
PASS = """base => {
  const key = Object.keys(localStorage).find(k => k.startsWith(base + "~") && !k.endsWith(":damaged")
                                                  && Object.keys(JSON.parse(localStorage.getItem(k)).lessons).length);
  const state = JSON.parse(localStorage.getItem(key));
  state.assessments["nguoi-dan"] = {current: null, attempts: [],
                                    best: {date: Date.UTC(2026, 0, 15), percent: 88, passed: true, domains: {}}};
  localStorage.setItem(key, JSON.stringify(state));
}"""
CERT_NAME = "Họ và tên in trên giấy tự đánh giá"


def add(page: Any, name: str) -> None:
    """Add a learner from the header control and switch to them."""
    page.locator("button.hvs-who").click()
    dlg = page.locator("dialog.hvs-people")
    dlg.get_by_label("Tên người học").fill(name)
    with page.expect_navigation():
        dlg.get_by_role("button", name="Thêm người mới").click()


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_two_learners_on_one_browser_keep_separate_progress(edition: str, site_url: str, offline_url: str,
                                                              page: Any) -> None:
    u = urls(edition, site_url, offline_url)
    page.goto(u["home"])
    who = page.locator("button.hvs-who")
    assert who.inner_text() == "Ai đang học?"
    who.click()
    dlg = page.locator("dialog.hvs-people")
    dlg.wait_for(state="visible")  # profiles.js loads on demand: wait for it, never for a fixed time
    assert "Không có mật khẩu" in dlg.inner_text()
    assert dlg.get_by_role("button", name="Người học đầu tiên").get_attribute("aria-current") == "true"
    page.keyboard.press("Escape")
    add(page, "Bác Tư")
    assert page.locator("button.hvs-who").inner_text() == "Bác Tư"

    page.goto(u["lesson"])
    fs = page.locator("fieldset.hvs-q--single").first
    answer(fs, right=True)
    check(fs)
    page.goto(u["course"])
    assert page.locator(ROW).inner_text() == " · Đang học · 1/1 câu đúng"

    switch(page, "Người học đầu tiên")
    assert page.locator("button.hvs-who").inner_text() == "Ai đang học?"
    assert page.locator(ROW).inner_text() == " · Chưa học", "the first learner's progress is their own"
    add(page, "Cô Út")
    assert page.locator(ROW).inner_text() == " · Chưa học"
    switch(page, "Bác Tư")
    assert page.locator(ROW).inner_text() == " · Đang học · 1/1 câu đúng", "Bác Tư's progress is kept"

    # Certificates: Bác Tư's passed result and the name he types stay his; Cô Út has none.
    assess = (u["course"].replace("index.html", "tu-danh-gia.html") if edition == "offline"
              else site_url + "nguoi-dan/tu-danh-gia/")
    page.goto(assess)
    page.evaluate(PASS, store_key(page))
    page.reload()
    page.get_by_label(CERT_NAME).fill("Nguyễn Văn Tư")
    assert page.get_by_role("button", name="In giấy tự đánh giá").is_visible()
    switch(page, "Cô Út")
    assert page.get_by_label(CERT_NAME).count() == 0, "Cô Út has passed nothing: no certificate"
    switch(page, "Bác Tư")
    assert page.get_by_label(CERT_NAME).input_value() == "Nguyễn Văn Tư", "Bác Tư's certificate is kept"

    page.goto(u["progress"])
    with page.expect_download() as dl:
        page.get_by_role("button", name="Xuất tiến độ").click()
    assert "-bac-tu-tien-do-" in dl.value.suggested_filename
    assert page.errors == []  # type: ignore[attr-defined]
