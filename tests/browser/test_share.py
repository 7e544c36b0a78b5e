"""'Chia sẻ' on lessons and on the assessment's result: the Web Share API where the browser has it (stubbed here),
else the invitation and link are copied, or shown to copy by hand. The shared text names the lesson or the
assessment and the score, never the learner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hvs_page import store_key, urls

pytestmark = pytest.mark.browser

WEB_SHARE = "navigator.share = d => { window.__shared = d; return Promise.resolve(); };"
CLIPBOARD = """delete Navigator.prototype.share; Object.defineProperty(navigator, 'clipboard', {configurable: true,
  value: {writeText: s => { window.__copied = s; return Promise.resolve(); }}});"""
NO_CLIPBOARD = """delete Navigator.prototype.share; Object.defineProperty(navigator, 'clipboard', {configurable: true,
  value: {writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))}});"""


@pytest.fixture(params=["web-share", "clipboard", "by-hand"])
def sharing_page(request: pytest.FixtureRequest, browser: Any) -> Iterator[tuple[Any, str]]:
    context = browser.new_context()
    context.add_init_script({"web-share": WEB_SHARE, "clipboard": CLIPBOARD, "by-hand": NO_CLIPBOARD}[request.param])
    yield context.new_page(), request.param
    context.close()


def config_url(page: Any) -> str:
    return str(page.evaluate("JSON.parse(document.querySelector('.hvs-config').dataset.hvsConfig).url || ''"))


def shared_text(page: Any, how: str, scope: Any) -> str:
    scope.get_by_role("button", name="Chia sẻ").click()
    if how == "web-share":
        page.wait_for_function("!!window.__shared")
        data = page.evaluate("window.__shared")
        return f"{data['text']} {data['url']}"
    if how == "clipboard":
        page.wait_for_function("!!window.__copied")
        assert "Đã chép" in scope.locator(".hvs-share__msg").inner_text()
        return str(page.evaluate("window.__copied"))
    box = scope.locator("textarea.hvs-share__text")
    box.wait_for()
    assert "Hãy chép" in scope.locator(".hvs-share__msg").inner_text()
    return str(box.input_value())


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_share_a_lesson(sharing_page: tuple[Any, str], edition: str, site_url: str, offline_url: str) -> None:
    page, how = sharing_page
    page.goto(urls(edition, site_url, offline_url)["lesson"])
    lesson = page.locator(".hvs-lesson")
    lesson.get_by_role("button", name="Chia sẻ").wait_for()
    text = shared_text(page, how, lesson)
    assert "Định danh điện tử VNeID" in text
    url = config_url(page)
    assert url.startswith("http") and url.endswith("thu-vien/vneid/") and text.endswith(url), "the published address"
    assert "file:" not in text


def test_share_an_assessment_result_without_personal_data(sharing_page: tuple[Any, str], site_url: str) -> None:
    page, how = sharing_page
    page.goto(site_url + "nguoi-dan/tu-danh-gia/")
    page.evaluate("""k => localStorage.setItem(k, JSON.stringify({v: 1, rev: 2, lessons: {}, courses: {},
      assessments: {'nguoi-dan': {certificateName: 'Nguyễn Văn Tư'}}}))""", store_key(page))
    page.reload()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.get_by_role("button", name="Nộp bài").click()
    page.get_by_role("button", name="Vẫn nộp bài").click()
    panel = page.locator(".hvs-assessment")
    text = shared_text(page, how, panel)
    assert "0% (Chưa đạt)" in text and "Tư" not in text and "Nguyễn" not in text
    assert text.endswith(config_url(page))
