"""Golden files: the HTML learners get for every question type and for each generated page stays as it is,
unless a change means it to (then run ``HOCVUSO_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT
from hocvuso.content.catalog import Catalog, load_catalog
from hocvuso.content.rules import check_catalog
from hocvuso.render import site_pages
from hocvuso.render.quiz_html import Context, render_quiz
from sample_project import COURSE, assessment, make_project, write

GOLDEN = Path(__file__).resolve().parent / "golden"
ASSESSMENT = assessment(levels="[1, 2]", count=2, description="Ba câu hỏi mẫu.")


@pytest.fixture(scope="module")
def cat(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The sample project, plus the component guide's bank (every question type) and an assessment."""
    root = make_project(tmp_path_factory.mktemp("golden") / "p")
    shutil.copytree(ROOT / "quizzes" / "huong-dan", root / "quizzes" / "huong-dan")
    write(root, "quizzes/assessments/mau.yml", ASSESSMENT)
    write(root, "courses/khoa-mau/index.md", COURSE.replace("  lessons:\n", "  assessment: mau\n  lessons:\n"))
    catalog = load_catalog(root)
    check_catalog(catalog)
    assert catalog.report.format(root) == []
    return catalog


def link(target: str) -> str:
    return "../" + target


PAGES: dict[str, Callable[[Catalog], str]] = {
    "quiz-every-type": lambda c: render_quiz(
        [(c.banks["huong-dan/thanh-phan"], q) for q in c.banks["huong-dan/thanh-phan"].model.questions],
        block="b1", title="Luyện tập", ctx=Context(lang="vi")),
    "quiz-every-type-en": lambda c: render_quiz(
        [(c.banks["huong-dan/thanh-phan"], q) for q in c.banks["huong-dan/thanh-phan"].model.questions],
        block="b1", title="Practice", ctx=Context(lang="en")),
    "lesson-header": lambda c: site_pages.lesson_header(c, c.pages["chu-de/bai-mau.md"], link, "vi"),
    "lesson-footer": lambda c: site_pages.lesson_footer(c, c.pages["chu-de/bai-mau.md"], link, "vi"),
    "course-path": lambda c: site_pages.course_path(c, c.pages["khoa-mau/index.md"], link, "vi"),
    "home-cards": lambda c: site_pages.course_cards(c, link, "vi"),
    "framework": lambda c: site_pages.framework_page(c, link, "vi"),
    "progress": lambda c: site_pages.progress_page(c, link, "vi"),
    "assessment": lambda c: site_pages.assessment_page(c, c.pages["khoa-mau/index.md"], link, "vi"),
}


@pytest.mark.parametrize("name", PAGES)
def test_rendered_html_matches_its_golden_file(name: str, cat: Catalog) -> None:
    html = PAGES[name](cat) + "\n"
    golden = GOLDEN / f"{name}.html"
    if os.environ.get("HOCVUSO_UPDATE_GOLDEN") == "1":
        golden.write_text(html, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden.name}: run HOCVUSO_UPDATE_GOLDEN=1 pytest {__file__}"
    assert html == golden.read_text("utf-8"), f"{name} changed: review it, then update the golden file"
