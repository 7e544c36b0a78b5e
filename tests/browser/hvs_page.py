"""Helpers for the browser tests of the practice engine: answering questions from their data, axe-core."""

from __future__ import annotations

import json
from typing import Any

from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LESSON = "thu-vien/vneid"


def urls(edition: str, site_url: str, offline_url: str) -> dict[str, str]:
    """Page URLs of one edition: online (directory URLs over http) or offline (.html files over file://)."""
    if edition == "online":
        return {"home": site_url, "lesson": site_url + "thu-vien/vneid/", "course": site_url + "nguoi-dan/",
                "progress": site_url + "tien-do/"}
    return {"home": offline_url + "index.html", "lesson": offline_url + "thu-vien/vneid.html",
            "course": offline_url + "nguoi-dan/index.html", "progress": offline_url + "tien-do.html"}


def qdata(fs: Any) -> dict[str, Any]:
    """The question's data (answer key) from its fieldset."""
    return json.loads(fs.get_attribute("data-hvs-q"))


def answer(fs: Any, right: bool) -> None:
    """Fill in a right or a wrong answer, whatever the question type (replacing any earlier answer)."""
    q = qdata(fs)
    kind = q["type"]
    if kind in ("single", "multiple"):
        n = len(q["feedback"])
        wrong = [i for i in range(n) if i not in q["correct"]]
        chosen = q["correct"] if right else ([wrong[0]] if kind == "single" else [q["correct"][0], wrong[0]])
        for i in range(n):
            box = fs.locator(f"input[value='{i}']")
            if i in chosen:
                box.check()
            elif kind == "multiple":
                box.uncheck()
    elif kind == "truefalse":
        fs.locator(f"input[value='{str(q['answer'] == right).lower()}']").check()
    elif kind == "text":
        # Upper case, extra spaces and a full stop must not matter.
        fs.locator("input[type=text]").fill("  " + q["answers"][0].upper() + " ." if right else "không biết")
    else:  # order, match: tiles placed through the registry's write, as the "Lên"/"Xuống" buttons do
        n = len(q["items"]) if kind == "order" else q["pairs"]
        arrange(fs, [str(k if right else n - 1 - k) for k in range(n)])


def arrange(fs: Any, response: list[str]) -> None:
    """Put an order or match question's tiles in these rows (item numbers), as a learner's moves would."""
    fs.evaluate("""(fs, r) => { HVS.model.types[JSON.parse(fs.dataset.hvsQ).type].write(fs, r);
                               fs.dispatchEvent(new Event('input', {bubbles: true})); }""", response)


def rows(fs: Any) -> list[str]:
    """Item numbers of an order or match question's tiles, row by row."""
    return list(fs.evaluate("fs => [...fs.querySelectorAll('.hvs-slot')].map(s => s.firstElementChild.dataset.hvsItem)"))


def text_size(context: Any, page: Any, percent: int) -> None:
    """The phone's text size (Android's font size setting): the browser's default font at ``percent`` %."""
    context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": round(16 * percent / 100),
                                                                           "fixed": round(13 * percent / 100)}})


def check(fs: Any, reveal: bool = True) -> str:
    """Press the question's "Kiểm tra" button; returns the result text. A wrong first answer in practice only
    says "try again": with ``reveal`` the helper then presses "Xem đáp án", so the full result comes back."""
    fs.locator("button.hvs-check").click()
    result = fs.locator(".hvs-result")
    result.wait_for(state="visible")
    if reveal and fs.locator("button.hvs-reveal").count():
        fs.locator("button.hvs-reveal").click()
        fs.locator(".hvs-result__head").wait_for()
    return str(result.inner_text())


def axe(page: Any, selector: str = "article") -> list[str]:
    """axe-core violations (WCAG 2.2 A/AA and best practices) inside ``selector``: rule id and elements."""
    if not page.evaluate("!!window.axe"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """(sel) => axe.run(document.querySelector(sel), {resultTypes: ['violations'], preload: false,
             runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}).then(r =>
             r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))""",
        selector)


def site_of(page: Any) -> str:
    """The id the open page keeps progress under (made from the site's name and address at build time)."""
    return str(page.evaluate("JSON.parse(document.querySelector('.hvs-config').dataset.hvsConfig).site"))


def store_key(page: Any) -> str:
    """The localStorage key of the learner's progress on the open page's site."""
    return f"hvs:v1:{site_of(page)}"


def stored(page: Any) -> dict[str, Any] | None:
    """The learner's stored progress (parsed), or None."""
    text = page.evaluate("k => localStorage.getItem(k)", store_key(page))
    return json.loads(text) if text else None


def submit(page: Any) -> str:
    """Hand in the self-assessment or entry check on the page (confirming when questions are left); the result's text."""
    page.locator(".hvs-a__bar button.md-button--primary").first.click()
    confirm = page.locator(".hvs-a__confirm")
    if confirm.is_visible():
        confirm.locator("button.md-button--primary").click()
    page.locator(".hvs-a h2").first.wait_for()
    return str(page.locator(".hvs-a").inner_text())
