"""Readable and answerable by Bác Tư, 62: a cheap phone at 360×740 with the system text size at 130–200 %, also a
320 px phone and a laptop at 200 % zoom, the keyboard alone. Each test fails when what it names regresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import yaml
from hvs_page import answer, axe, check, qdata, rows, text_size

from conftest import NOT_FOUND, ROOT, SMALL_TEXT_JS, VISIBLE_TEXT_JS, OpenedPage

pytestmark = pytest.mark.browser

PAGES = {"home": "", "course": "nguoi-dan/", "lesson": "thu-vien/dich-vu-cong/", "lesson-with-table": "thu-vien/chuyen-doi-so/",
         "assessment": "nguoi-dan/tu-danh-gia/", "progress": "tien-do/", "404": "khong-co-trang-nay/",
         "booklet": "nong-dan/so-tay/"}
# (width, height, text size %, device pixels per CSS pixel)
SCREENS = {"360px-text130": (360, 740, 130, 1), "360px-text200": (360, 740, 200, 1), "320px": (320, 640, 100, 1),
           "zoom200": (640, 400, 100, 2)}  # a 1280×800 laptop screen at 200 % zoom
NO_TRANSITIONS = ("addEventListener('DOMContentLoaded', () => document.head.append(Object.assign("
                  "document.createElement('style'), {textContent: '*, ::before { transition: none !important }'})))")


@contextmanager
def screen(browser: Any, name: str) -> Iterator[Any]:
    """A page on one of the SCREENS (text size as Android's font size setting sets it)."""
    width, height, text, scale = SCREENS[name]
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.errors = errors
        text_size(context, page, text)
        yield page
    finally:
        context.close()


def show_everything(page: Any, kind: str) -> None:
    """Bring out what a page shows at most: every question answered wrong with its feedback, every fold open."""
    if kind == "assessment":
        page.get_by_role("button", name="Bắt đầu làm bài").click()
        page.get_by_role("button", name="Nộp bài", exact=True).click()
        page.get_by_role("button", name="Vẫn nộp bài").click()
        page.locator(".hvs-a h2").first.wait_for()
    for fs in page.locator(".hvs-quiz[data-hvs-on] fieldset.hvs-q").all():
        answer(fs, right=False)
        check(fs)
    page.evaluate("document.querySelectorAll('article details').forEach(d => { d.open = true; })")


def sideways(page: Any) -> list[str]:
    """What sticks out on the right of the screen, outside any region that scrolls on its own."""
    return list(page.evaluate("""() => {
        const w = document.documentElement.clientWidth, out = [];
        if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth + ' > ' + w);
        for (const e of document.querySelectorAll('article *, .md-header *')) {
          const r = e.getBoundingClientRect();
          if (!r.width || r.right <= w + 1 || !e.checkVisibility()) continue;
          let clipped = false;
          for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= w + 1) { clipped = true; break; }
          }
          if (!clipped) out.push(e.tagName + '.' + e.className + ' right=' + Math.round(r.right) + ': ' + (e.textContent || '').trim().slice(0, 40));
        }
        return out.slice(0, 5);
    }"""))


@pytest.mark.parametrize("name", SCREENS)
@pytest.mark.parametrize("kind", PAGES)
def test_no_page_scrolls_sideways(kind: str, name: str, browser: Any, site_url: str) -> None:
    """WCAG 1.4.4 and 1.4.10: every page type, with everything it can show, fits the screen's width."""
    with screen(browser, name) as page:
        page.goto(site_url + PAGES[kind])
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        show_everything(page, kind)
        assert sideways(page) == [], f"{kind} at {name}"
        assert page.errors == []


# Every layout shift of the page in view from its first paint on, with what moved; and, for moves out of view too,
# where the first thing after what the engine fills in stands before the engine starts (DOMContentLoaded, whose
# listeners run in the order added: this one first) and after.
SHIFTS = """window.hvsShifts = []; new PerformanceObserver(list => { for (const e of list.getEntries()) window.hvsShifts.push(
  {value: e.value, moved: e.sources.map(s => (s.node && (s.node.outerHTML || s.node.textContent) || '').slice(0, 80))}); })
  .observe({type: 'layout-shift', buffered: true});
window.hvsAfter = () => [...document.querySelectorAll('.hvs-lesson + *, #hvs-path, .hvs-card:last-child')]
  .map(e => Math.round(e.getBoundingClientRect().top + scrollY));
document.addEventListener('DOMContentLoaded', () => { window.hvsBefore = window.hvsAfter(); });"""


@pytest.mark.parametrize("name", ["360px-text200", "320px"])
@pytest.mark.parametrize("kind", ["home", "course", "lesson"])
def test_nothing_moves_when_the_engine_starts(kind: str, name: str, browser: Any, site_url: str) -> None:
    """The engine starts after the page is shown; what it fills in (a lesson's state and "Chia sẻ", a course's
    progress and "Học tiếp") the build has written as a newcomer sees it, so the line Bác Tư has started to read
    stays where it is."""
    with screen(browser, name) as page:
        page.add_init_script(SHIFTS)
        page.goto(site_url + PAGES[kind])
        page.wait_for_function("document.documentElement.classList.contains('hvs-js') && "
                               "(!window.HVS.sh || typeof window.HVS.shareTo === 'function')")
        page.wait_for_timeout(300)
        before, after = page.evaluate("[window.hvsBefore, window.hvsAfter()]")
        assert len(before) == 1 and before == after, f"{kind} at {name}"
        assert page.evaluate("window.hvsShifts") == [], f"{kind} at {name}"
        assert page.errors == []


def verdict_box(page: Any, fs: Any) -> dict[str, float]:
    return dict(page.evaluate("""fs => {
        const h = fs.querySelector('.hvs-result__head').getBoundingClientRect(),
          header = document.querySelector('.md-header').getBoundingClientRect();
        return {top: h.top, bottom: h.bottom, header: Math.max(0, header.bottom), screen: innerHeight};
    }""", fs.element_handle()))


@pytest.mark.parametrize("where", ["end", "center"])
def test_verdict_is_in_view_below_the_header_after_every_check(where: str, browser: Any, site_url: str) -> None:
    """After "Kiểm tra" the verdict line is on screen, below the sticky header, for every question of a lesson:
    with the button at the bottom of the screen or in its middle, and at 200 % text on a 360×740 phone."""
    with screen(browser, "360px-text200") as page:
        page.goto(site_url + "thu-vien/vneid/")
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        questions = page.locator(".hvs-quiz[data-hvs-on] fieldset.hvs-q").all()
        assert len(questions) >= 6
        for i, fs in enumerate(questions):
            answer(fs, right=i % 2 == 0)
            fs.locator(".hvs-check").evaluate(f"b => b.scrollIntoView({{block: '{where}'}})")
            fs.locator(".hvs-check").click()
            box = verdict_box(page, fs)
            kind = qdata(fs)["type"]
            assert box["top"] >= box["header"] - 0.5 and box["bottom"] <= box["screen"] + 0.5, (i, kind, box)
            assert page.evaluate("document.activeElement.classList.contains('hvs-result')")
            width = page.evaluate("fs => fs.querySelector('.hvs-result').getBoundingClientRect().width / innerWidth", fs.element_handle())
            assert width > 0.85, f"feedback at full width, not boxed in: {width:.0%} of the screen"
            verdict = fs.locator(".hvs-verdict").text_content()
            assert verdict and verdict == " ".join(fs.locator(".hvs-result__head").inner_text().split())
        assert page.errors == []


# ---------------------------------------------------------------- text size


def small_text(page: Any) -> list[str]:
    """Text in the article (its own words, visible) set below 16 px."""
    return list(page.evaluate(SMALL_TEXT_JS))


def test_no_text_below_16px_in_lessons(every_page: dict[str, OpenedPage], site_url: str, page: Any) -> None:
    """Warnings, tips, tables, hints, code, folds, questions and results: all at body size (16 px) or larger."""
    page.goto(site_url + "huong-dan/thanh-phan/")  # every kind of box and question, answered
    show_everything(page, "lesson")
    assert small_text(page) == []
    lessons = {address: opened.small for address, opened in every_page.items() if opened.kind == "lesson"}
    assert len(lessons) > 40
    assert {address: small for address, small in lessons.items() if small} == {}
    print(f"\n{len(lessons)} lessons, every fold open: no text below 16 px")


# ---------------------------------------------------------------- keyboard only


def tab_to(page: Any, test: str, limit: int = 80) -> None:
    """Press Tab until the focused element passes ``test`` (a JS function of the element)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({test})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached {test}")


def test_every_question_type_answered_with_the_keyboard_alone(browser: Any, site_url: str) -> None:
    """Tab, arrows, Space, Enter and typing only, at 130 % text: every type answered right and checked."""
    with screen(browser, "360px-text130") as page:
        page.goto(site_url + "thu-vien/vneid/")
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        done: set[str] = set()
        for fs in page.locator(".hvs-quiz[data-hvs-on] fieldset.hvs-q").all():
            q = qdata(fs)
            kind, fid = q["type"], fs.get_attribute("id")
            if kind in done:
                continue
            done.add(kind)
            inside = f"e => !!e.closest('#{fid}')"
            if kind in ("single", "truefalse"):
                tab_to(page, inside)  # a radio group is one Tab stop; arrows choose
                want = str(q["correct"][0]) if kind == "single" else str(q["answer"]).lower()
                for _ in range(8):
                    if page.evaluate("document.activeElement.value") == want:
                        break
                    page.keyboard.press("ArrowDown")
                page.keyboard.press("Space")
            elif kind == "multiple":
                tab_to(page, inside)
                for _ in range(len(q["feedback"])):
                    value = int(page.evaluate("document.activeElement.value"))
                    if (value in q["correct"]) != page.evaluate("document.activeElement.checked"):
                        page.keyboard.press("Space")
                    page.keyboard.press("Tab")
                page.keyboard.press("Shift+Tab")
            elif kind == "text":
                tab_to(page, inside + " && e.type === 'text'")
                page.keyboard.type(q["answers"][0])
                page.keyboard.press("Enter")  # Enter checks a typed answer
            else:  # order, match: bring item k to row k with "Lên", one by one
                for k in range(len(rows(fs))):
                    item = str(k)
                    up = f"e => e.matches('#{fid} .hvs-tile[data-hvs-item=\"{item}\"] .hvs-move[data-hvs-move=\"-1\"]')"
                    if rows(fs).index(item) == k:
                        continue
                    tab_to(page, up, limit=200)
                    while rows(fs).index(item) > k:
                        page.keyboard.press("Enter")
                    assert page.evaluate("document.activeElement.matches('.hvs-move')"), "focus stays on the moved step"
                assert rows(fs) == [str(k) for k in range(len(rows(fs)))]
            if kind != "text":
                tab_to(page, f"e => e.matches('#{fid} .hvs-check')")
                page.keyboard.press("Space" if kind in ("order", "match") else "Enter")
            result = fs.locator(".hvs-result")
            result.wait_for(state="visible")
            assert "đúng rồi!" in result.inner_text().lower(), (kind, result.inner_text())
            assert page.evaluate("document.activeElement.classList.contains('hvs-result')")
        assert done == {"single", "multiple", "truefalse", "text", "order", "match"}
        assert page.errors == []


# ---------------------------------------------------------------- Tab stops and focus rings


FOCUSED = """() => {
    const e = document.activeElement, r = e.getBoundingClientRect(), cs = getComputedStyle(e);
    const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    let bg = [255, 255, 255];
    for (let a = e.parentElement; a; a = a.parentElement) {
      const c = rgb(getComputedStyle(a).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) { bg = c.slice(0, 3); break; }
    }
    const ring = rgb(cs.outlineColor).slice(0, 3), [hi, lo] = [lum(ring), lum(bg)].sort((x, y) => y - x);
    return {what: e.tagName + '.' + e.className + ' ' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30),
            body: e === document.body, visible: e.checkVisibility({opacityProperty: true, visibilityProperty: true}) && r.width > 0 && r.height > 0
              && r.bottom > 0 && r.right > 0 && r.left < innerWidth && r.top < innerHeight,
            ring: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth), contrast: (hi + 0.05) / (lo + 0.05)};
}"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("rel", ["thu-vien/vneid/", "nguoi-dan/", "tien-do/"])
def test_every_tab_stop_is_visible_with_a_clear_focus_ring(rel: str, width: int, browser: Any, site_url: str) -> None:
    """No invisible Tab stop (the header's colour switch, the closed search's results, the closed menu's links on a
    phone), and every focus ring at least 2 px with 3:1 against what is behind it (white on the coloured header)."""
    context = browser.new_context(viewport={"width": width, "height": 740})
    try:
        page = context.new_page()
        page.add_init_script(NO_TRANSITIONS)
        page.goto(site_url + rel)
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        bad, seen = [], 0
        for _ in range(400):
            page.keyboard.press("Tab")
            stop = page.evaluate(FOCUSED)
            if stop["body"]:
                break
            seen += 1
            if not stop["visible"] or stop["ring"] < 2 or stop["contrast"] < 3:
                bad.append({**stop, "at": seen})
        assert seen > 5 and bad == [], bad[:5]
        print(f"\n{rel} at {width} px: {seen} Tab stops, each visible with a ring of 3:1 or more")
    finally:
        context.close()


def test_the_menu_button_works_with_the_keyboard_on_a_phone(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(site_url + "thu-vien/vneid/")
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        tab_to(page, "e => e.matches('button.md-header__button') && e.getAttribute('aria-label') === 'Danh mục các trang'", limit=10)
        page.keyboard.press("Enter")
        link = page.locator(".md-sidebar--primary a.md-nav__link").first
        link.wait_for(state="visible")
        page.keyboard.press("Enter")  # closes again
        page.wait_for_function("!document.getElementById('__drawer').checked")
    finally:
        context.close()


# ---------------------------------------------------------------- words a learner sees


def english_words() -> list[str]:
    """English the theme or our catalogues could leak onto a page: Material's English words, ours."""
    material = ROOT / ".venv" / "lib"
    found = next(material.glob("python3*/site-packages/material/templates/partials/languages/en.html"))
    words = {v for k, v in re.findall(r'"([\w.]+)": "([^"]+)"', found.read_text("utf-8"))
             if not k.startswith(("search.config", "language", "direction"))}
    from hocvuso.i18n import WORDS
    words |= {v for e in WORDS.values() for v in ([e["en"]] if isinstance(e["en"], str) else e["en"])}
    keep = [w for w in words if len(w) >= 4 and "{" not in w and "#" not in w and re.search(r"[a-z]{3}", w)
            and w not in NAMES_OF_THINGS]
    return sorted(keep, key=len, reverse=True)


# English words that lessons use as the names of things on a phone ("nút Home").
NAMES_OF_THINGS = {"Home"}


# Labels with codes as the engine printed them, the theme's wrong Vietnamese, English function words.
CODES = re.compile(r"Miền \d|Cấp độ \d|Năng lực:|Trở lại mục lục|tài liệu liên quan|\b(?:the|and|you|your)\b")


def competence_codes() -> list[str]:
    """"5.2 Giải quyết vấn đề kỹ thuật": each competence's code and title, as the lesson header printed them."""
    framework = yaml.safe_load((ROOT / "quizzes" / "framework.yml").read_text("utf-8"))
    return [f"{c['code']} {c['title']}" for d in framework["domains"] for c in d["competences"]]


def test_no_english_and_no_codes_in_what_a_learner_sees(every_page: dict[str, OpenedPage], site_url: str, page: Any
                                                         ) -> None:
    """Lessons, courses, an assessment's results, the progress page and the 404 page, in Vietnamese, without codes."""
    english, codes = english_words(), competence_codes()
    problems = []

    def scan(where: str, text: str) -> None:
        problems.extend(f"{where}: {m.group(0)!r}" for m in CODES.finditer(text))
        problems.extend(f"{where}: code {c!r}" for c in codes if c in text)
        problems.extend(f"{where}: English {w!r}" for w in english if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text))

    pages = {address: opened.text for address, opened in every_page.items()  # lessons but the authors' guide, courses
             if opened.kind in ("lesson", "course") and not address.startswith("huong-dan/")
             or address in ("tien-do/", NOT_FOUND)}
    for rel, text in pages.items():
        scan(rel, text)
    page.goto(site_url + "thu-vien/vneid/")  # the search, open, with results
    page.locator("input.md-search__input").click()
    page.keyboard.type("an toan")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    assert re.search(r"Tìm thấy \d+ trang", page.locator(".md-search-result__meta").inner_text())
    scan("search", page.evaluate(VISIBLE_TEXT_JS))
    page.goto(site_url + "nguoi-dan/tu-danh-gia/")
    scan("assessment", page.evaluate(VISIBLE_TEXT_JS))
    show_everything(page, "assessment")
    scan("assessment results", page.evaluate(VISIBLE_TEXT_JS))
    assert problems == []
    print(f"\n{len(pages) + 1} pages and the assessment's results: no English, no codes")


# ---------------------------------------------------------------- every state accessible


def axe_rule(page: Any, selector: str, rules: list[str]) -> list[str]:
    """axe-core results of some rules on the first element matching ``selector`` (in its current state)."""
    axe(page, "body")  # loads axe-core
    return list(page.evaluate("""([sel, rules]) => axe.run(document.querySelector(sel), {runOnly: rules, preload: false})
        .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.failureSummary).join(' | ')))""", [selector, rules]))


@pytest.mark.parametrize("rel", ["thu-vien/vneid/", "nguoi-dan/tu-danh-gia/", "khong-co-trang-nay/"])
def test_buttons_keep_their_contrast_when_hovered_focused_and_tapped(rel: str, site_url: str, page: Any) -> None:
    """Material turned primary buttons white on light orange (2.78:1) on hover, focus and after a tap."""
    page.goto(site_url + rel)
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    if "tu-danh-gia" in rel:
        page.get_by_role("button", name="Bắt đầu làm bài").click()
    buttons = [".md-button--primary", ".md-button:not(.md-button--primary)", ".hvs-btn", ".hvs-move:enabled"]
    tried = 0
    for sel in buttons:
        target = page.locator(f"article {sel}:visible").first
        if not target.count():
            continue
        tried += 1
        page.evaluate("document.querySelectorAll('[data-hvs-probe]').forEach(e => e.removeAttribute('data-hvs-probe'))")
        target.evaluate("e => e.setAttribute('data-hvs-probe', '')")
        target.scroll_into_view_if_needed()
        target.hover()
        assert axe_rule(page, "[data-hvs-probe]", ["color-contrast"]) == [], f"{sel} hovered"
        target.focus()
        page.mouse.move(0, 0)
        assert axe_rule(page, "[data-hvs-probe]", ["color-contrast"]) == [], f"{sel} focused"
    assert tried >= (1 if "khong-co" in rel else 2)


@pytest.mark.parametrize("rel", ["", "thu-vien/vneid/", "nguoi-dan/", "nguoi-dan/tu-danh-gia/", "tien-do/", "khong-co-trang-nay/"])
def test_every_page_type_is_accessible_after_answering(rel: str, site_url: str, page: Any) -> None:
    """axe (WCAG 2.2 A/AA) on the whole page with every result, mark and fold shown."""
    page.goto(site_url + rel)
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    show_everything(page, "assessment" if "tu-danh-gia" in rel else "lesson")
    assert axe(page, "html") == []


def test_skip_link_lands_at_the_start_of_the_lesson_and_the_way_back_up(browser: Any, site_url: str) -> None:
    """"Bỏ qua, đến nội dung bài" lands on the lesson's title, above its intro and objectives, in view below the
    header; "Lên đầu trang" at the end of the page goes back up (no floating button over the text)."""
    with screen(browser, "360px-text130") as page:
        page.goto(site_url + "thu-vien/vneid/")
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Bỏ qua, đến nội dung bài"
        page.keyboard.press("Enter")
        page.wait_for_function("location.hash === '#hvs-title'")
        place = page.evaluate("""() => ({title: document.getElementById('hvs-title').getBoundingClientRect().top,
            header: document.querySelector('.md-header').getBoundingClientRect().bottom,
            objectives: document.querySelector('.hvs-objectives').getBoundingClientRect().top})""")
        assert place["header"] <= place["title"] < place["objectives"], place
        assert page.locator(".md-top").count() == 0
        top = page.locator(".hvs-top a")
        assert top.inner_text() == "Lên đầu trang"
        top.scroll_into_view_if_needed()
        top.click()
        page.wait_for_function("scrollY === 0")
