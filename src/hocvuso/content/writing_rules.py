"""The writing rules of lessons and banks on a course's learning path (AUTHORING.md, section 10).

They are advice, so warnings (``hocvuso check --strict``, which ``make check``, the pre-commit hook and the
pull-request check run, makes them errors). What would break a page is an error of the validator instead:
a picture that does not exist or has no description, a ``# …`` heading (:mod:`hocvuso.content.links`).

A lesson on a course's path has:
- at least 2 objectives, a "Ghi nhớ" box (``keypoints``), official ``sources``, an end-of-lesson ``quiz``;
- at least one numbered how-to (``1.`` then ``2.``), a practice block inside it, 600–1,500 words;
- at least 2 pictures, each described in at least 3 words, each an SVG under 30 KB.
The bank of its end-of-lesson quiz has at least 10 questions of at least 3 types, an explanation on every
question and feedback on every wrong option.
"""

from __future__ import annotations

import re

from ..core.diagnostics import Pos, Report
from .catalog import BankDoc, Catalog, PageDoc
from .links import find_links

MIN_OBJECTIVES = 2
MIN_WORDS, MAX_WORDS = 600, 1500
MIN_PICTURES = 2
MIN_ALT_WORDS = 3
MAX_PICTURE_BYTES = 30 * 1024
MIN_QUESTIONS = 10
MIN_TYPES = 3

_STEPS = re.compile(r"^1\. .+\n(?:.*\n)*?2\. ", re.M)
_FENCED = re.compile(r"```.*?```", re.S)


def lessons_on_paths(cat: Catalog) -> list[PageDoc]:
    """The lessons some course lists in its learning path, in path order, each once."""
    seen: dict[str, PageDoc] = {}
    for course in sorted(cat.courses.values(), key=lambda c: c.rel):
        assert course.course is not None
        for rel in course.course.course.lessons:
            page = cat.pages.get(rel)
            if page is not None and page.lesson is not None:
                seen.setdefault(rel, page)
    return list(seen.values())


def banks_on_paths(cat: Catalog) -> list[BankDoc]:
    """The banks of the end-of-lesson quizzes of those lessons."""
    ids = {p.lesson.quiz.bank for p in lessons_on_paths(cat) if p.lesson is not None and p.lesson.quiz is not None}
    return [cat.banks[b] for b in sorted(ids) if b in cat.banks]


def word_count(body: str) -> int:
    """Words of a lesson body, code blocks and question blocks left out."""
    return len(re.findall(r"\w+", _FENCED.sub(" ", body)))


def check_lesson(page: PageDoc, rep: Report) -> None:
    """The writing rules of one lesson (warnings)."""
    lesson = page.lesson
    if lesson is None:
        return
    smap = page.smap
    top = smap.pos(())
    lines = page.body.splitlines()
    first = next((n for n, text in enumerate(lines) if text.strip()), 0)
    body_start = Pos(page.file, page.body_line + first, 1)  # the first line of text after the front matter
    if len(lesson.objectives) < MIN_OBJECTIVES:
        rep.warn(smap.pos(("objectives",), key=True), "lesson.objectives", count=len(lesson.objectives))
    if not lesson.keypoints:
        rep.warn(smap.pos(("keypoints",), key=True) if lesson.keypoints is not None else top, "lesson.keypoints")
    if not lesson.sources:
        rep.warn(smap.pos(("sources",), key=True) if lesson.sources is not None else top, "lesson.sources")
    if lesson.quiz is None:
        rep.warn(top, "lesson.quiz")
    if not _STEPS.search(page.body):
        rep.warn(body_start, "lesson.steps")
    words = word_count(page.body)
    if not MIN_WORDS <= words <= MAX_WORDS:
        rep.warn(body_start, "lesson.words", count=words)
    if not page.blocks:
        rep.warn(body_start, "lesson.practice")
    pictures = [link for link in find_links(page.body, page.body_line) if link.image]
    if len(pictures) < MIN_PICTURES:
        rep.warn(body_start, "lesson.pictures", count=len(pictures))
    for link in pictures:
        pos = Pos(page.file, link.line, link.col)
        if link.text.strip() and len(link.text.split()) < MIN_ALT_WORDS:
            rep.warn(pos, "lesson.alt_short", alt=link.text)
        file = page.file.parent / link.url
        if "://" not in link.url and file.is_file():
            size = file.stat().st_size
            if file.suffix.lower() != ".svg" or size >= MAX_PICTURE_BYTES:
                rep.warn(pos, "lesson.picture_kind", src=link.url, size=round(size / 1024))


def check_bank(bank: BankDoc, rep: Report) -> None:
    """The writing rules of one bank on a course path (warnings). A bank that lost questions to its own
    problems is not counted: its errors come first."""
    smap = bank.smap
    questions = bank.model.questions
    if not bank.dropped:
        if len(questions) < MIN_QUESTIONS:
            rep.warn(smap.pos(("questions",), key=True), "bank.size", count=len(questions))
        types = sorted({q.type for q in questions})
        if len(types) < MIN_TYPES:
            rep.warn(smap.pos(("questions",), key=True), "bank.types", types=", ".join(types))
    for q in questions:
        at = ("questions", bank.raw_index[q.id])
        if not q.explanation:
            rep.warn(smap.pos(at), "bank.explanation", qid=q.id)
        for i, option in enumerate(getattr(q, "options", None) or []):
            if not option.correct and not option.feedback:
                rep.warn(smap.pos(at + ("options", i)), "bank.feedback", text=option.text)


def check_writing_rules(cat: Catalog) -> None:
    """Warnings for every lesson on a course path and the bank of its end-of-lesson quiz."""
    for page in lessons_on_paths(cat):
        check_lesson(page, cat.report)
    for bank in banks_on_paths(cat):
        check_bank(bank, cat.report)
