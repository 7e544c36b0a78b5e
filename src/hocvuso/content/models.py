"""Typed content formats (schema_version 1): framework, bank, lesson, course, assessment.

These definitions are the one source of truth for the shape of every content
file: the validator checks files against them, and the JSON Schema shipped
for editors is generated from them. Question types live in :mod:`hocvuso.questions`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StringConstraints

from ..core.fields import Code, Level, Model, PlainText, RefPath, Slug, Text
from ..questions import Question

# ---------------------------------------------------------------- framework


class Competence(Model):
    code: Code
    title: Text
    title_en: Text | None = None
    digcomp: Code | None = None
    description: Text | None = None


class Domain(Model):
    code: Code
    title: Text
    title_en: Text | None = None
    description: Text | None = None
    competences: list[Competence] = Field(min_length=1)


class Band(Model):
    name: Text
    name_en: Text | None = None
    levels: list[Level] = Field(min_length=1)


class Framework(Model):
    schema_version: Literal[1]
    title: Text
    source: Text | None = None
    bands: list[Band] = Field(min_length=1)
    domains: list[Domain] = Field(min_length=1)


# ---------------------------------------------------------------- banks


class Bank(Model):
    schema_version: Literal[1]
    title: PlainText
    description: Text | None = None
    competences: list[Code] = Field(default_factory=list)
    level: Level | None = None
    # Filler words typed answers may carry ("gọi 113"): the default for the bank's text questions.
    ignore_words: list[Text] | None = None
    questions: list[Question] = Field(min_length=1)


# ---------------------------------------------------------------- pages


class QuizRef(Model):
    bank: RefPath
    questions: list[Slug] | None = None
    count: int | None = Field(None, ge=1)
    title: Text | None = None


def _bank_name_to_ref(value: Any) -> Any:
    # `quiz: an-toan/lua-dao` is shorthand for `quiz: {bank: an-toan/lua-dao}`.
    return {"bank": value} if isinstance(value, str) else value


def is_bank_name_to_ref(func: object) -> bool:
    """True for the validator that lets ``quiz:`` name a bank alone (the JSON Schema says so too)."""
    return func is _bank_name_to_ref


class Source(Model):
    title: Text
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    date: Text | None = None


class SearchMeta(Model):
    exclude: bool


class PageMeta(Model):
    """Front-matter keys of MkDocs and Material that authors may use. The theme prints ``description``
    unescaped, so it is plain text; ``template``, ``icon`` and ``status`` are not offered (they name files
    of the theme and fail the build, or need the theme's configuration)."""

    hide: list[Literal["navigation", "toc", "footer", "path", "feedback", "tags"]] | None = None
    search: SearchMeta | None = None
    description: PlainText | None = None


class PlainPage(PageMeta):
    """A page that is neither a lesson nor a course (home, guides)."""

    title: PlainText | None = None


class Lesson(PageMeta):
    title: PlainText
    summary: Text
    minutes: int = Field(ge=1, le=600)
    level: Level
    competences: list[Code] = Field(min_length=1)
    objectives: list[Text] = Field(min_length=1)
    keypoints: list[Text] | None = None
    quiz: Annotated[QuizRef, BeforeValidator(_bank_name_to_ref)] | None = None
    sources: list[Source] | None = None


# Keys that make a page a lesson: the lesson's own, beyond what every page may have.
LESSON_KEYS = frozenset(Lesson.model_fields) - frozenset(PlainPage.model_fields)


class CourseInfo(Model):
    id: Slug
    audience: Text
    lessons: list[RefPath] = Field(min_length=1)
    assessment: Slug | None = None
    # The entry check ("Kiểm tra đầu vào"): an assessment of kind entry, taken before lesson 1 to see where the
    # learner starts; its results are compared with the standard assessment's, domain by domain.
    entry: Slug | None = None
    # A lesson of the course is completed when its end-of-lesson check reaches this share of right answers.
    mastery_percent: int = Field(default=80, ge=1, le=100)


class Course(PageMeta):
    title: PlainText
    summary: Text | None = None
    course: CourseInfo


# ---------------------------------------------------------------- assessment


class Draw(Model):
    domain: Code
    count: int = Field(ge=1, le=100)


class Assessment(Model):
    schema_version: Literal[1]
    title: PlainText
    # standard: the course's self-assessment (certificate when passed); entry: the check before the course.
    kind: Literal["standard", "entry"] = "standard"
    description: Text | None = None
    pass_percent: int = Field(ge=1, le=100)
    levels: list[Level] = Field(min_length=1)
    draw: list[Draw] = Field(min_length=1)
    time_limit_minutes: int | None = Field(None, ge=1, le=600)
    banks: list[RefPath] | None = None
