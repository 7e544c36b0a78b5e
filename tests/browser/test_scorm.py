"""The SCORM 1.2 package in Debian's chromium, with scorm-again (npm) as the LMS's runtime.

An outer test page plays the LMS: it loads scorm-again's SCORM 1.2 API as ``window.API`` and frames the
package's launch page, all served on 127.0.0.1 from tmp_path. A learner completes a lesson and the
self-assessment; the LMS sees the lesson's objective, ``cmi.core.lesson_status`` and ``cmi.core.score.raw``,
one LMSFinish, and no request leaves the package. Reopened, an ``incomplete`` stays ``incomplete``; without
an LMS the package works as the site does.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hvs_page import answer, check

from conftest import ROOT, serve
from hocvuso.adapters.material import prune_offline
from hocvuso.exchange.scorm import build_scorm

pytestmark = pytest.mark.browser

COURSE = "nguoi-dan"
LESSON = "thu-vien/vneid"
SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.js"

LMS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="scorm12.js"></script>
<script>
  window.calls = [];
  window.API = new Scorm12API({autocommit: false, logLevel: 5});
  const stored = new URLSearchParams(location.search).get("cmi");
  if (stored) API.loadFromJSON(JSON.parse(stored));
  ["LMSInitialize", "LMSCommit", "LMSFinish"].forEach(n => API.on(n, () => calls.push([n])));
  API.on("LMSSetValue.cmi.*", (k, v) => calls.push(["LMSSetValue", k, String(v)]));
</script></head>
<body><iframe id="sco" src="pkg/index.html" title="course" style="width:1000px;height:760px"></iframe></body></html>
"""


@pytest.fixture(scope="module")
def lms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The package built from the repository's content, unpacked beside the test LMS page and served."""
    work = tmp_path_factory.mktemp("scorm")
    zip_path, _ = build_scorm(ROOT, COURSE, work / "dist", prune_offline)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(work / "www" / "pkg")
    shutil.copy(SCORM_AGAIN, work / "www" / "scorm12.js")
    (work / "www" / "lms.html").write_text(LMS_PAGE, encoding="utf-8")
    url, server = serve(work / "www")
    yield url, work / "www" / "pkg"
    server.shutdown()


def content(page: Any) -> Any:
    """The course page inside the package's launch page."""
    frame = next(f for f in page.frames if "/pkg/hocvuso/" in f.url)
    frame.wait_for_load_state()
    frame.wait_for_function("() => document.documentElement.classList.contains('hvs-js')")
    # Let the search worker finish loading its scripts: leaving the page earlier aborts them, and chromium then
    # reports a script that "failed to load" although the package holds it (checked in the test below).
    frame.wait_for_load_state("networkidle")
    return frame


def go(page: Any, rel: str) -> Any:
    """Follow the course's own links to a page of the package, as a learner would."""
    frame = content(page)
    frame.evaluate(f"location.href = new URL({json.dumps(rel)}, location.href.replace(/[^/]*$/, '')).href")
    frame.wait_for_url(f"**/{rel.split('/')[-1]}")
    return content(page)


def cmi(page: Any, path: str) -> Any:
    return page.evaluate(f"API.cmi.{path}")


def test_lesson_and_assessment_reach_the_lms(lms: tuple[str, Path], page: Any) -> None:
    url, _ = lms
    requests: list[str] = []
    missing: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
    page.goto(url + "lms.html")
    frame = content(page)
    assert "/pkg/hocvuso/nguoi-dan/index.html" in frame.url
    assert cmi(page, "core.lesson_status") == "incomplete", "launched: incomplete, never 'not attempted'"

    frame = go(page, "../thu-vien/vneid.html")
    for fs in frame.locator("fieldset.hvs-q").all():
        answer(fs, right=True)
        assert "Đúng" in check(fs)
    objectives = page.evaluate("API.cmi.objectives.childArray.map(o => [o.id, o.status, o.score.raw])")
    assert [LESSON, "completed", "100"] in objectives

    frame = go(page, "../nguoi-dan/tu-danh-gia.html")
    frame.locator(".hvs-a button.md-button--primary").first.click()
    drawn = frame.locator(".hvs-assessment fieldset.hvs-q:not([hidden])")
    drawn.first.wait_for()
    for fs in drawn.all():
        answer(fs, right=True)
    frame.locator(".hvs-a__bar button").first.click()
    frame.locator(".hvs-a h2").first.wait_for()
    assert cmi(page, "core.score.raw") == "100"
    assert cmi(page, "core.lesson_status") == "passed"
    assert cmi(page, "core.score.max") == "100"

    # The learner leaves (the LMS closes the frame): one LMSFinish, after a commit, never in unload.
    page.evaluate("document.getElementById('sco').remove()")
    page.wait_for_function("calls.some(c => c[0] === 'LMSFinish')")
    calls = page.evaluate("calls")
    names = [c[0] for c in calls]
    assert names.count("LMSInitialize") == 1 and names.count("LMSFinish") == 1
    assert names.index("LMSCommit") < names.index("LMSFinish")
    sets = {c[1]: c[2] for c in calls if c[0] == "LMSSetValue"}
    assert sets["cmi.core.lesson_status"] == "passed" and sets["cmi.core.score.raw"] == "100"
    assert sets["cmi.core.exit"] == "" and sets["cmi.core.session_time"].count(":") == 2
    outside = [r for r in requests if not r.startswith(url)]
    assert outside == [], "no request leaves the package"
    assert missing == [], "every file a page asks for is in the package"
    assert page.errors == []  # type: ignore[attr-defined]


def test_reopened_incomplete_course_stays_incomplete(lms: tuple[str, Path], page: Any) -> None:
    url, _ = lms
    earlier = {"core": {"lesson_status": "incomplete"}}
    page.goto(url + "lms.html?cmi=" + json.dumps(earlier))
    content(page)
    assert cmi(page, "core.lesson_status") == "incomplete"
    sets = [c for c in page.evaluate("calls") if c[0] == "LMSSetValue" and c[1] == "cmi.core.lesson_status"]
    assert sets == [], "an incomplete course is never set back to 'not attempted' (nor set again)"
    frame = go(page, "../thu-vien/vneid.html")
    fs = frame.locator("fieldset.hvs-q").first
    answer(fs, right=False)
    check(fs)
    objectives = page.evaluate("API.cmi.objectives.childArray.map(o => [o.id, o.status])")
    assert [LESSON, "incomplete"] in objectives
    assert cmi(page, "core.lesson_status") == "incomplete"
    assert page.errors == []  # type: ignore[attr-defined]


def test_package_works_without_an_lms(lms: tuple[str, Path], page: Any) -> None:
    url, pkg = lms
    assert (pkg / "hocvuso/assets/javascripts/lunr/min/lunr.vi.min.js").is_file(), "search in Vietnamese is packed"
    page.goto(url + "pkg/index.html")
    frame = content(page)
    frame = go(page, "../thu-vien/vneid.html")
    fs = frame.locator("fieldset.hvs-q").first
    answer(fs, right=True)
    assert "Đúng" in check(fs)
    # Links to pages that are not in the package are inert; the logo leads to the course's first page.
    assert frame.locator("a[href$='tien-do.html'], a[href$='khung-nang-luc.html']").count() == 0
    assert {a.get_attribute("href") for a in frame.locator("a.md-logo").all()} == {"../nguoi-dan/index.html"}
    assert page.errors == []  # type: ignore[attr-defined]
