"""The writing rules, held for every lesson and bank of every course.

The rules themselves live in the content layer (:mod:`hocvuso.content.writing_rules`, :mod:`hocvuso.content.links`,
the item-writing rules): `hocvuso check` reports them with file and line (warnings; errors with --strict, as
`make check` runs it). These tests only ask the same rules about the repository's content, so an author who
passes `hocvuso check --strict` passes them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hocvuso.content.catalog import Catalog, load_catalog
from hocvuso.content.item_writing import check_item_writing
from hocvuso.content.rules import check_catalog
from hocvuso.content.writing_rules import banks_on_paths, check_bank, check_lesson, lessons_on_paths
from hocvuso.core.diagnostics import Report

ROOT = Path(__file__).resolve().parent.parent
CAT: Catalog = load_catalog(ROOT)
check_catalog(CAT)
check_item_writing(CAT)
COURSE_LESSONS = [p.rel for p in lessons_on_paths(CAT)]
COURSE_BANKS = [b.id for b in banks_on_paths(CAT)]


def _errors_in(file: Path) -> list[str]:
    return [p.format(ROOT) for p in CAT.report.sorted() if p.pos.file == file]


def test_content_has_no_problems() -> None:
    assert CAT.report.format(ROOT) == []


def test_content_passes_the_item_writing_rules() -> None:
    """What `hocvuso check --strict` holds authors to: no writing warning anywhere."""
    assert [p.format(ROOT) for p in CAT.report.sorted(warnings=True)] == []


def test_glossary_exists_and_every_shared_lesson_links_to_it() -> None:
    assert (ROOT / "courses" / "tu-dien.md").is_file()
    for rel, page in CAT.lessons.items():
        if rel.startswith("thu-vien/"):
            assert "tu-dien.md#" in page.body, f"{rel} links no term to the glossary"


def test_every_campaign_course_in_the_repo_has_an_assessment() -> None:
    for cid, course in CAT.courses.items():
        assert course.course and course.course.course.assessment in CAT.assessments, cid


def test_every_course_lesson_and_bank_is_checked() -> None:
    assert COURSE_LESSONS and COURSE_BANKS
    listed = {rel for c in CAT.courses.values() if c.course for rel in c.course.course.lessons}
    assert set(COURSE_LESSONS) == listed


@pytest.mark.parametrize("rel", COURSE_LESSONS)
def test_lesson_follows_the_writing_rules(rel: str) -> None:
    """Objectives, Ghi nhớ, sources, end-of-lesson quiz, numbered steps, 600-1,500 words, a practice block, two
    described SVG pictures under 30 KB (warnings); no `# H1`, pictures that exist and are described (errors)."""
    page = CAT.pages[rel]
    rep = Report()
    check_lesson(page, rep)
    assert [p.format(ROOT) for p in rep.sorted(warnings=True)] == []
    assert _errors_in(page.file) == []


@pytest.mark.parametrize("bank_id", COURSE_BANKS)
def test_bank_follows_the_question_rules(bank_id: str) -> None:
    """At least 10 questions of 3 types, an explanation on each, feedback on every wrong option (warnings); every
    question tagged with a competence and a level (errors)."""
    bank = CAT.banks[bank_id]
    rep = Report()
    check_bank(bank, rep)
    assert [p.format(ROOT) for p in rep.sorted(warnings=True)] == []
    assert _errors_in(bank.file) == []


def _child_sentences(body: str) -> list[int]:
    """Words (syllables) per sentence of a pupils' lesson, leaving out its note for parents and teachers."""
    text = re.split(r"^##\s+Dành cho cha mẹ.*$", body, flags=re.M)[0]
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)|<[^>]+>|\{[^}]*\}", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.strip().startswith(("#", "|"))]
    parts = re.split(r"(?<=[.!?:])\s+|\n", "\n".join(lines))
    return [n for s in parts if (n := len(re.findall(r"\w+", s))) > 2]


PUPILS = sorted(rel for rel in COURSE_LESSONS if rel.startswith("hoc-sinh/"))


@pytest.mark.parametrize("rel", PUPILS)
def test_pupils_lessons_read_at_a_ten_year_olds_level(rel: str) -> None:
    """CONTENT.md: for pupils, aim at a ten-year-old — short sentences (Vietnamese words counted by syllable)."""
    lengths = _child_sentences(CAT.pages[rel].body)
    mean = sum(lengths) / len(lengths)
    assert mean <= 12, f"{mean:.1f} syllables a sentence on average; at most 12 for pupils"
    assert max(lengths) <= 25, f"a sentence of {max(lengths)} syllables; never past 25 for pupils"
    assert re.search(r"^##\s+Dành cho cha mẹ", CAT.pages[rel].body, re.M), "a note for parents and teachers"


def test_there_are_lessons_for_pupils() -> None:
    assert len(PUPILS) >= 5
