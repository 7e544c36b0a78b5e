"""The writing rules of CONTENT.md, held for every lesson and bank of every course."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hocvuso.content.catalog import Catalog, load_catalog
from hocvuso.content.item_writing import check_item_writing
from hocvuso.content.rules import check_catalog

ROOT = Path(__file__).resolve().parent.parent
CAT: Catalog = load_catalog(ROOT)
check_catalog(CAT)
check_item_writing(CAT)
PICTURE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
COURSE_LESSONS = sorted({rel for c in CAT.courses.values() if c.course for rel in c.course.course.lessons})
COURSE_BANKS = sorted({CAT.pages[rel].lesson.quiz.bank for rel in COURSE_LESSONS  # type: ignore[union-attr]
                       if rel in CAT.pages and CAT.pages[rel].lesson and CAT.pages[rel].lesson.quiz})  # type: ignore[union-attr]


def test_content_has_no_problems() -> None:
    assert CAT.report.format(ROOT) == []


def test_content_passes_the_item_writing_rules() -> None:
    """What `hocvuso check --strict` holds authors to: no item-writing warning anywhere."""
    assert [p.format(ROOT) for p in CAT.report.sorted(warnings=True)] == []


def test_glossary_exists_and_every_shared_lesson_links_to_it() -> None:
    assert (ROOT / "courses" / "tu-dien.md").is_file()
    for rel, page in CAT.lessons.items():
        if rel.startswith("thu-vien/"):
            assert "tu-dien.md#" in page.body, f"{rel} links no term to the glossary"


def test_every_campaign_course_in_the_repo_has_an_assessment() -> None:
    for cid, course in CAT.courses.items():
        assert course.course and course.course.course.assessment in CAT.assessments, cid


@pytest.mark.parametrize("rel", COURSE_LESSONS)
def test_lesson_follows_the_writing_rules(rel: str) -> None:
    page = CAT.pages[rel]
    lesson = page.lesson
    assert lesson is not None, f"{rel} is not a lesson"
    assert len(lesson.objectives) >= 2, "at least two objectives"
    assert lesson.keypoints, "a Ghi nhớ box (keypoints)"
    assert lesson.sources, "official sources for the facts a learner acts on"
    assert lesson.quiz is not None, "an end-of-lesson self-check"
    assert re.search(r"^1\. .+\n(?:.*\n)*?2\. ", page.body, re.M), "at least one numbered how-to"
    assert not re.search(r"^# ", page.body, re.M), "no H1 in the body: the title comes from front matter"
    words = len(re.findall(r"\w+", re.sub(r"```.*?```", " ", page.body, flags=re.S)))
    assert 600 <= words <= 1500, f"{words} words; lessons are 600-1,500 words"
    assert page.blocks, "a practice block inside the lesson"
    pictures = PICTURE.findall(page.body)
    assert len(pictures) >= 2, f"{len(pictures)} pictures; at least two per lesson"
    for alt, src in pictures:
        assert len(alt.split()) >= 3, f"{src}: alt text that says what the picture shows"
        assert (page.file.parent / src).is_file(), f"{src}: the picture file"
        assert src.endswith(".svg") and (page.file.parent / src).stat().st_size < 30 * 1024, f"{src}: an SVG under 30 KB"


@pytest.mark.parametrize("bank_id", COURSE_BANKS)
def test_bank_follows_the_question_rules(bank_id: str) -> None:
    bank = CAT.banks[bank_id]
    qs = bank.model.questions
    assert len(qs) >= 10, f"{len(qs)} questions; at least 10"
    assert len({q.type for q in qs}) >= 3, "at least three question types"
    for q in qs:
        assert q.explanation, f"{q.id}: every question has an explanation"
        assert bank.competences_of(q) and bank.level_of(q), f"{q.id}: tagged with competence and level"
        if q.type in ("single", "multiple"):
            for o in q.options:
                assert o.correct or o.feedback, f"{q.id}: wrong option {o.text!r} needs feedback"
                assert not re.search(r"tất cả (các )?(đáp án|ý) trên", o.text, re.I), f"{q.id}: no 'all of the above'"


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
