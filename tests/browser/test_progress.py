"""Progress kept on the learner's device, as the learner sees it: after a reload, on the course page and the
home card, on the progress page (export, import, delete); damaged data, private mode and a full quota
never break the quiz; an older stored shape is migrated."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hvs_page import LESSON, answer, axe, check, site_of, store_key, stored, urls

pytestmark = pytest.mark.browser

NOTICE = ".hvs-notice"


def answer_all(page: Any, wrong: int = 0) -> int:
    """Answer every question of the page (the first ``wrong`` ones wrongly); returns how many there are."""
    fieldsets = page.locator("fieldset.hvs-q").all()
    for i, fs in enumerate(fieldsets):
        answer(fs, right=i >= wrong)
        check(fs)
    return len(fieldsets)


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_progress_kept_after_reload_on_course_page_and_home(edition: str, site_url: str, offline_url: str,
                                                           page: Any) -> None:
    u = urls(edition, site_url, offline_url)
    page.goto(u["lesson"])
    n = answer_all(page, wrong=2)
    page.reload()
    state = stored(page)
    lesson = state["lessons"][LESSON]
    assert lesson["visited"] > 0
    assert sum(lesson["answers"].values()) == n - 2 and len(lesson["answers"]) == n
    assert lesson["last"] == pytest.approx((n - 2) / n) and lesson["best"] == lesson["last"]
    assert page.locator(NOTICE).count() == 0

    page.goto(u["course"])
    item = page.locator(f".hvs-path__item[data-hvs-lesson='{LESSON}']")
    assert item.locator(".hvs-tick").inner_text() == "✓"
    assert item.locator(".hvs-path__status").inner_text() == f" · Đã học · {n - 2}/{n} câu đúng"
    other = page.locator(".hvs-path__item").first
    assert other.locator(".hvs-path__status").inner_text() == " · Chưa học"
    total = page.locator(".hvs-path__item").count()
    bar = page.locator(".hvs-course__progress")
    assert bar.is_visible()
    assert f"1/{total} bài đã học" in bar.inner_text()
    prog = bar.locator("progress")
    assert prog.get_attribute("value") == "1" and prog.get_attribute("max") == str(total)
    assert axe(page) == []

    page.goto(u["home"])
    assert page.locator("[data-hvs-card-progress='nguoi-dan']").inner_text() == f"Bạn đã học 1/{total} bài"
    assert page.errors == []  # type: ignore[attr-defined]


def test_corrupt_storage_recovers_with_a_notice(site_url: str, page: Any) -> None:
    page.goto(site_url + "thu-vien/vneid/")
    page.evaluate("k => localStorage.setItem(k, '{bad')", store_key(page))
    page.reload()
    notice = page.locator(NOTICE)
    assert "bị hỏng" in notice.inner_text()
    assert notice.get_attribute("role") == "status"
    state = stored(page)
    assert state["v"] == 1 and state["lessons"][LESSON]["visited"] > 0, "started afresh and saved"
    assert page.evaluate("k => localStorage.getItem(k + ':damaged')", store_key(page)) == "{bad", "the damaged text is set aside"
    fs = page.locator("fieldset.hvs-q--single").first
    answer(fs, right=True)
    assert "Đúng rồi!" in check(fs)
    page.reload()
    assert page.locator(NOTICE).count() == 0, "recovered: no notice once the data is good again"
    assert page.errors == []  # type: ignore[attr-defined]


THROWING_STORAGE = """Object.defineProperty(window, 'localStorage', {configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});"""
FULL_STORAGE = """Storage.prototype.setItem = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"""


ERROR_LOG = "window.__errors = []; addEventListener('error', e => __errors.push(e.filename + ': ' + e.message));"


@pytest.fixture(params=[(THROWING_STORAGE, "không cho lưu tiến độ"), (FULL_STORAGE, "Bộ nhớ trình duyệt đã đầy")],
                ids=["private", "quota"])
def failing_storage(request: pytest.FixtureRequest, browser: Any) -> Iterator[tuple[Any, str, str]]:
    """A page whose storage throws (private mode) or is full; yields (page, expected notice words, script)."""
    script, words = request.param
    context = browser.new_context()
    context.add_init_script(script + ERROR_LOG)
    yield context.new_page(), words, script
    context.close()


def engine_errors(errors: list[str], script: str) -> list[str]:
    """Uncaught errors that count against the engine. Material's own inline script and bundle read
    localStorage unguarded (a theme problem), so with throwing storage only our files' errors count."""
    return [e for e in errors if "/hocvuso/" in e or script == FULL_STORAGE]


def test_quiz_works_when_storage_fails(failing_storage: tuple[Any, str, str], site_url: str) -> None:
    pg, words, script = failing_storage
    pg.goto(site_url + "thu-vien/vneid/")
    assert words in pg.locator(NOTICE).inner_text()
    for right in (False, True):
        fs = pg.locator("fieldset.hvs-q--match").first
        answer(fs, right=right)
        assert ("Đúng rồi!" if right else "Chưa đúng.") in check(fs)
    assert pg.locator(NOTICE + " p").count() == 1, "one notice, not one per answer"
    errors = pg.evaluate("__errors")
    pg.goto(site_url + "tien-do/")
    assert words in pg.locator(NOTICE).inner_text()
    assert pg.locator(".hvs-progress-page__list section").count() >= 1
    errors += pg.evaluate("__errors")
    assert engine_errors(errors, script) == []


def test_older_stored_shape_is_migrated(site_url: str, page: Any) -> None:
    page.goto(site_url + "nguoi-dan/")
    v0 = {"lessons": {LESSON: {"visited": True, "score": 0.5, "answers": {f"{LESSON}#a": True, f"{LESSON}#b": False}}}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [store_key(page), json.dumps(v0)])
    page.reload()
    status = page.locator(f".hvs-path__item[data-hvs-lesson='{LESSON}'] .hvs-path__status").inner_text()
    assert status == " · Đã học · 1/2 câu đúng"
    assert page.locator(NOTICE).count() == 0
    state = stored(page)
    assert state["v"] == 1 and state["lessons"][LESSON]["best"] == 0.5
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_progress_page_export_import_delete(edition: str, site_url: str, offline_url: str, page: Any,
                                            tmp_path: Path) -> None:
    u = urls(edition, site_url, offline_url)
    page.goto(u["lesson"])
    fs = page.locator("fieldset.hvs-q--text").first
    answer(fs, right=True)
    check(fs)
    page.evaluate("""k => { const s = JSON.parse(localStorage.getItem(k));
      s.assessments['nguoi-dan'] = {current: null, attempts: [], best: {date: Date.UTC(2025, 5, 1), percent: 85, passed: true,
        domains: {}}};
      localStorage.setItem(k, JSON.stringify(s)); }""", store_key(page))
    page.goto(u["progress"])
    box = page.locator(".hvs-progress-page")
    assert page.locator(".hvs-progress-page__fallback").is_hidden()
    row = box.locator(".hvs-path__item", has_text="Định danh điện tử VNeID").first  # in several courses
    assert "✓" in row.inner_text() and "Đã học · 1/1 câu đúng" in row.inner_text()
    assert "Bài tự đánh giá: tốt nhất 85%, đạt" in box.inner_text()
    assert box.locator("progress").count() >= 1
    assert axe(page) == []

    with page.expect_download() as dl:
        box.get_by_role("button", name="Xuất tiến độ").click()
    saved = tmp_path / dl.value.suggested_filename
    dl.value.save_as(saved)
    assert saved.name.startswith(f"{site_of(page)}-tien-do-") and saved.suffix == ".json"
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert exported["v"] == 1 and exported["lessons"][LESSON]["visited"] > 0
    assert "Đã tạo tệp" in box.locator(".hvs-tools__msg").inner_text()

    page.once("dialog", lambda d: d.accept())
    box.get_by_role("button", name="Xóa tiến độ").click()
    assert box.locator(".hvs-tools__msg").inner_text() == "Đã xóa tiến độ."
    assert "Đã học" not in row.inner_text() and "chưa làm" in box.inner_text()
    assert stored(page)["lessons"] == {}

    bad = tmp_path / "hong.json"
    bad.write_text("{\"hello\": 1}", encoding="utf-8")
    box.locator("input.hvs-file").set_input_files(str(bad))
    box.locator(".hvs-tools__msg", has_text="hong.json").wait_for()
    assert "không phải tệp tiến độ hợp lệ" in box.locator(".hvs-tools__msg").inner_text()
    assert stored(page)["lessons"] == {}

    with page.expect_file_chooser() as chooser:
        box.get_by_role("button", name="Nhập tiến độ").click()
    chooser.value.set_files(str(saved))
    box.locator(".hvs-tools__msg", has_text="Đã nhập").wait_for()
    assert "Đã học · 1/1 câu đúng" in row.inner_text()
    assert "tốt nhất 85%" in box.inner_text()
    assert stored(page)["lessons"][LESSON]["answers"] == exported["lessons"][LESSON]["answers"]
    assert axe(page) == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_home_card_counts_lessons_without_visiting_the_course_page(offline_url: str, page: Any) -> None:
    page.goto(offline_url + "thu-vien/vneid.html")
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    page.goto(offline_url + "index.html")
    card = page.locator("[data-hvs-card-progress='nguoi-dan']")
    assert card.inner_text() == "Bạn đã học 1/12 bài"
    assert page.errors == []  # type: ignore[attr-defined]


def test_assessment_works_when_storage_fails(failing_storage: tuple[Any, str, str], site_url: str) -> None:
    pg, words, script = failing_storage
    pg.goto(site_url + "nguoi-dan/tu-danh-gia/")
    pg.get_by_role("button", name="Bắt đầu làm bài").click()
    total = sum(d["count"] for d in json.loads(pg.locator(".hvs-assessment").get_attribute("data-hvs-assessment"))["draw"])
    assert pg.locator("fieldset.hvs-q:visible").count() == total
    pg.get_by_role("button", name="Nộp bài").click()
    pg.get_by_role("button", name="Vẫn nộp bài").click()
    assert f"Bạn đúng 0/{total} câu (0%): Chưa đạt." in pg.locator("article").inner_text()
    assert words in pg.locator(NOTICE).inner_text()
    assert engine_errors(pg.evaluate("__errors"), script) == []
