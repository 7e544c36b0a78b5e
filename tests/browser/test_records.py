"""Learners' records are theirs: never lost to a second tab, damaged data, a hostile import file, an edited bank
or another site on the same origin; and nothing an author can get past `hocvuso check` runs as script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hvs_page import LESSON, answer, check, store_key, stored, submit

from conftest import mkdocs_build, serve
from sample_project import BANK, COURSE, make_project, write
from sample_project import LESSON as SAMPLE_LESSON

ASSESS = "nguoi-dan/tu-danh-gia/"
DRAWN = ".hvs-assessment fieldset.hvs-q:not([hidden])"


def assessment_record(page: Any) -> dict[str, Any]:
    return (stored(page) or {}).get("assessments", {}).get("nguoi-dan", {})


def answer_all(page: Any, right: bool) -> None:
    for fs in page.locator(DRAWN).all():
        answer(fs, right)



def test_a_second_tab_never_overwrites_a_passed_attempt(site_url: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    first, second = context.new_page(), context.new_page()
    first.goto(site_url + ASSESS)
    first.get_by_role("button", name="Bắt đầu làm bài").click()
    second.goto(site_url + ASSESS)  # the same unfinished attempt, resumed in another tab
    second.locator(DRAWN).first.wait_for()
    # The tab in use is in front, as a learner's would be: a tab behind gets no animation frames from chromium.
    first.bring_to_front()
    answer_all(first, right=True)
    submit(first)
    assert "Đạt" in first.locator(".hvs-a").inner_text()
    passed = assessment_record(first)["best"]
    assert passed["passed"] and len(assessment_record(first)["attempts"]) == 1
    second.bring_to_front()
    answer(second.locator(DRAWN).first, right=False)  # the stale tab saves its own answer
    record = assessment_record(second)
    assert record["best"] == passed and [a["date"] for a in record["attempts"]] == [passed["date"]], "merged, not overwritten"
    submit(second)  # and when it submits too, both attempts are kept and the best stays the passed one
    record = assessment_record(second)
    assert len(record["attempts"]) == 2 and record["best"]["percent"] == passed["percent"]
    context.close()


def test_damaged_assessment_data_is_set_aside(site_url: str, page: Any) -> None:
    page.goto(site_url + ASSESS)
    page.evaluate("""k => localStorage.setItem(k, JSON.stringify({v: 1, lessons: {}, courses: {}, assessments: {
        'nguoi-dan': {attempts: 'nhiều', best: 5, current: {seed: 'x', questions: 7}, certificateName: 3}}}))""",
                  store_key(page))
    page.reload()
    assert "bị hỏng" in page.locator(".hvs-notice").inner_text()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    assert page.locator(DRAWN).count() > 10
    record = assessment_record(page)
    assert record["attempts"] == [] and "best" not in record and record["current"]["questions"]
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_polluted_import_file_changes_nothing_it_should_not(site_url: str, page: Any, tmp_path: Path) -> None:
    hostile = ('{"v": 1, "__proto__": {"polluted": true}, "lessons": {"__proto__": {"visited": 1, "best": 1},'
               ' "constructor": {"visited": 1}, "thu-vien/vneid": {"answers": {"__proto__": true}, "visited": 5}},'
               ' "courses": {"__proto__": {"lessons": ["x"]}}, "assessments": {"__proto__": {"best": {"percent": 100}}}}')
    file = tmp_path / "tien-do.json"
    file.write_text(hostile, encoding="utf-8")
    page.goto(site_url + "tien-do/")
    page.locator(".hvs-file").set_input_files(str(file))
    page.wait_for_function("document.querySelector('.hvs-tools__msg').textContent.length > 0")
    assert page.evaluate("({}).polluted === undefined && ({}).visited === undefined && ({}).best === undefined")
    state = stored(page)
    assert state["lessons"][LESSON]["visited"] == 5
    assert "__proto__" not in json.dumps(state) and "constructor" not in state["lessons"]
    page.goto(site_url + "nguoi-dan/")
    begun = page.locator(".hvs-path__item .hvs-tick", has_text="◐").count()
    assert begun == 1, "only the lesson really in the file shows as begun (a visit is in progress, not completed)"
    assert page.locator(".hvs-path__item .hvs-tick", has_text="✓").count() == 0


def test_an_unfinished_attempt_on_edited_questions_is_restarted_with_a_notice(site_url: str, page: Any) -> None:
    page.goto(site_url + ASSESS)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    first = page.locator(DRAWN).first
    answer(first, right=True)
    record = assessment_record(page)
    key = "#".join(record["current"]["questions"][0][:2])
    data = json.loads(first.get_attribute("data-hvs-q"))
    saved = record["current"]["answers"][key]
    if data.get("optionIds"):  # choice answers are stored as option ids, never positions
        assert all(x in data["optionIds"] for x in (saved if isinstance(saved, list) else [saved]))
    # The author edits that question's options: the page now has another version of it.
    page.evaluate("""k => { const s = JSON.parse(localStorage.getItem(k));
        s.assessments['nguoi-dan'].current.questions[0][2] = 'older00'; localStorage.setItem(k, JSON.stringify(s)); }""",
                  store_key(page))
    page.reload()
    assert "đã được sửa" in page.locator(".hvs-notice").inner_text()
    assert page.get_by_role("button", name="Bắt đầu làm bài").is_visible()
    assert assessment_record(page).get("current") is None


def test_two_sites_on_one_origin_keep_their_own_progress(tmp_path_factory: pytest.TempPathFactory, page: Any) -> None:
    served = tmp_path_factory.mktemp("origin")
    url, server = serve(served)
    for name in ("a", "b"):
        root = make_project(tmp_path_factory.mktemp(f"site-{name}"))
        proc = mkdocs_build(root, served / name, extra_env={"SITE_URL": f"{url}{name}/"})
        assert proc.returncode == 0, proc.stderr
    try:
        page.goto(url + "a/chu-de/bai-mau/")
        fs = page.locator("fieldset.hvs-q").first
        answer(fs, right=True)
        check(fs)
        key_a = store_key(page)
        page.goto(url + "b/chu-de/bai-mau/")
        key_b = store_key(page)
        assert key_a != key_b
        assert stored(page)["lessons"]["chu-de/bai-mau"]["answers"] == {}, "site b starts with nothing of site a's"
        page.goto(url + "a/chu-de/bai-mau/")
        assert len(stored(page)["lessons"]["chu-de/bai-mau"]["answers"]) == 1, "site a's answer is still there"
    finally:
        server.shutdown()


TRICKY_BANK = BANK.replace(
    "    prompt: Một người gọi điện xưng là công an và yêu cầu chuyển tiền.",
    "    prompt: 'Chữ <script>window.__pwned=1</script> và <img src=x onerror=\"window.__pwned=2\"> \"><svg onload=x>'",
).replace("      - text: Chuyển tiền ngay", "      - text: '<b onmouseover=\"window.__pwned=3\">Chuyển</b> tiền ngay'")


def test_content_that_passes_the_check_runs_no_script_on_any_page(tmp_path_factory: pytest.TempPathFactory,
                                                                  page: Any) -> None:
    root = make_project(tmp_path_factory.mktemp("tricky"))
    write(root, "quizzes/chu-de/mau.yml", TRICKY_BANK)
    write(root, "courses/chu-de/bai-mau.md", SAMPLE_LESSON.replace("title: Bài mẫu", "title: 'Bài \"mẫu\" của O''Neil'")
          .replace("Nội dung.", "Mã `<script>window.__pwned=4</script>` chỉ là chữ. &lt;img onerror=x&gt;"))
    write(root, "courses/khoa-mau/index.md", COURSE.replace("title: Khóa mẫu", "title: 'Khóa \"mẫu\"'")
          .replace("  audience: Người dân", "  audience: '<i onclick=x>Người</i> dân'"))
    out = root / "site"
    url, server = serve(out)
    proc = mkdocs_build(root, out, extra_env={"SITE_URL": url})
    assert proc.returncode == 0, proc.stderr
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for rel in ("", "khoa-mau/", "chu-de/bai-mau/", "chu-de/bai-hai/", "tien-do/", "khung-nang-luc/", "404.html"):
            page.goto(url + rel)
            page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
            for fs in page.locator("fieldset.hvs-q").all():
                fs.hover()
                if fs.locator("button.hvs-check").count():
                    answer(fs, right=False)
                    check(fs)
            assert page.evaluate("window.__pwned") is None, rel
        assert dialogs == []
    finally:
        server.shutdown()
