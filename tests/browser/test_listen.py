"""Read-aloud ("Nghe") with a stubbed speechSynthesis in chromium: a button per lesson section and per question,
read with the Vietnamese voice, pressed again to stop, usable from the keyboard, stopped when leaving the page;
no button when the browser has no Vietnamese voice (or no speechSynthesis)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hvs_page import urls

pytestmark = pytest.mark.browser

STUB = """(() => {
  window.__spoken = []; window.__cancels = 0;
  const voices = %s;
  const synth = {getVoices: () => voices, speak: u => __spoken.push([u.text, u.lang]),
    cancel: () => { __cancels++; }, addEventListener() {}};
  Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: synth});
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
})();"""


@pytest.fixture(params=["vi", "en-only", "none"])
def speaking_page(request: pytest.FixtureRequest, browser: Any) -> Iterator[tuple[Any, str]]:
    context = browser.new_context()
    if request.param == "vi":
        context.add_init_script(STUB % "[{lang: 'en-US', name: 'En'}, {lang: 'vi-VN', name: 'Việt'}]")
    elif request.param == "en-only":
        context.add_init_script(STUB % "[{lang: 'en-US', name: 'En'}]")
    else:
        context.add_init_script("delete window.speechSynthesis; delete Window.prototype.speechSynthesis;")
    yield context.new_page(), request.param
    context.close()


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_listen_buttons(speaking_page: tuple[Any, str], edition: str, site_url: str, offline_url: str) -> None:
    page, voices = speaking_page
    page.goto(urls(edition, site_url, offline_url)["lesson"])
    page.locator("button.hvs-check").first.wait_for()
    buttons = page.locator("button.hvs-listen")
    if voices != "vi":
        page.wait_for_timeout(500)
        assert buttons.count() == 0, "hidden without a Vietnamese voice"
        return
    buttons.first.wait_for()
    questions = page.locator("fieldset.hvs-q").count()
    assert page.locator("fieldset.hvs-q button.hvs-listen").count() == questions
    assert page.locator("article h2 + button.hvs-listen").count() >= 2, "one per section"
    first_h2 = page.locator("article h2").first
    section = page.locator("article h2 + button.hvs-listen").first
    section.click()
    text, lang = page.evaluate("__spoken[0]")
    assert lang == "vi-VN" and first_h2.inner_text().replace("¶", "").strip() in text
    assert section.get_attribute("aria-pressed") == "true" and section.inner_text() == "⏹ Dừng đọc"
    section.click()
    assert section.get_attribute("aria-pressed") == "false" and section.inner_text() == "🔊 Nghe"
    assert page.evaluate("__spoken.length") == 1, "pressed again: stops, says nothing new"

    fs = page.locator("fieldset.hvs-q--single").first
    fs.locator("button.hvs-listen").focus()
    page.keyboard.press("Enter")
    text, _ = page.evaluate("__spoken[1]")
    assert fs.locator(".hvs-q__prompt").inner_text()[:20] in text
    assert fs.locator(".hvs-opt__text").first.inner_text() in text

    before = page.evaluate("__cancels")
    # recorded after the engine's own pagehide listener has run (listeners run in the order they were added)
    page.evaluate("window.__old = 1; addEventListener('pagehide', () => sessionStorage.setItem('cancels', String(__cancels)))")
    page.locator(".hvs-coursenav a.hvs-next").first.click()
    page.wait_for_load_state()
    page.wait_for_function("document.querySelectorAll('button.hvs-listen').length > 0 && !!document.querySelector('.hvs-lesson')")
    if page.evaluate("window.__old === 1"):  # instant navigation (online): the same window
        page.wait_for_function(f"window.__cancels > {before}")
    else:
        assert int(page.evaluate("sessionStorage.getItem('cancels') || '0'")) > before, "leaving the page stops the reading"
    assert page.errors == [] if hasattr(page, "errors") else True
