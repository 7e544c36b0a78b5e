"""Typed content formats (schema_version 1).

These definitions are the one source of truth for the shape of every content
file: the validator checks files against them, and the JSON Schema shipped
for editors is generated from them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints


def _number_to_text(value: Any) -> Any:
    # Authors write `answers: [113]` or `items: [2020, 2025]`; those are text to a learner.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


Text = Annotated[str, BeforeValidator(_number_to_text), StringConstraints(min_length=1),
                 Field(json_schema_extra={"minLength": 1})]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Code = Annotated[str, StringConstraints(pattern=r"^[0-9]+(\.[0-9]+)?$")]
Level = Annotated[int, Field(ge=1, le=8)]
RefPath = Annotated[str, StringConstraints(min_length=1)]

QUESTION_TYPES = ("single", "multiple", "truefalse", "text", "order", "match")


class Model(BaseModel):
    """Strict base: unknown keys and wrong types are errors, never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True)


# ---------------------------------------------------------------- framework

class Competence(Model):
    code: Code = Field(description='Mã năng lực, ví dụ "4.2"')
    title: Text
    title_en: Text | None = None
    digcomp: Code | None = Field(None, description="Năng lực tương ứng trong DigComp 2.2")
    description: Text | None = None


class Domain(Model):
    code: Code = Field(description='Mã miền, ví dụ "4"')
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


# ---------------------------------------------------------------- questions

class Image(Model):
    src: RefPath
    alt: Text = Field(description="Mô tả ảnh cho người không nhìn thấy (bắt buộc)")


class Option(Model):
    text: Text
    correct: bool = False
    feedback: Text | None = Field(None, description="Vì sao lựa chọn này đúng hoặc sai")


class QuestionBase(Model):
    id: Slug = Field(description="Mã câu hỏi, duy nhất trong ngân hàng, không bao giờ dùng lại")
    prompt: Text
    explanation: Text | None = Field(None, description="Lời giải thích hiện sau khi trả lời")
    hint: Text | None = None
    competences: list[Code] | None = None
    level: Level | None = None
    image: Image | None = None


class SingleQuestion(QuestionBase):
    type: Literal["single"]
    options: list[Option]


class MultipleQuestion(QuestionBase):
    type: Literal["multiple"]
    options: list[Option]


class TrueFalseQuestion(QuestionBase):
    type: Literal["truefalse"]
    answer: bool


class TextQuestion(QuestionBase):
    type: Literal["text"]
    answers: list[Text]


class OrderQuestion(QuestionBase):
    type: Literal["order"]
    items: list[Text] = Field(description="Các mục theo đúng thứ tự; người học thấy chúng bị xáo trộn")


class MatchQuestion(QuestionBase):
    type: Literal["match"]
    pairs: list[list[Text]] = Field(description="Các cặp [vế trái, vế phải]")


Question = Annotated[
    SingleQuestion | MultipleQuestion | TrueFalseQuestion | TextQuestion | OrderQuestion | MatchQuestion,
    Field(discriminator="type"),
]


class Bank(Model):
    schema_version: Literal[1]
    title: Text
    description: Text | None = None
    competences: list[Code] = Field(default_factory=list)
    level: Level | None = None
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


class Source(Model):
    title: Text
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    date: Text | None = None


class PageMeta(Model):
    """Front-matter keys that MkDocs and Material themselves understand."""

    hide: list[str] | None = None
    search: dict[str, Any] | None = None
    description: Text | None = None
    icon: Text | None = None
    status: Text | None = None
    template: Text | None = None


class Lesson(PageMeta):
    title: Text
    summary: Text
    minutes: int = Field(ge=1, le=600)
    level: Level
    competences: list[Code] = Field(min_length=1)
    objectives: list[Text] = Field(min_length=1)
    keypoints: list[Text] | None = None
    quiz: Annotated[QuizRef, BeforeValidator(_bank_name_to_ref)] | None = None
    sources: list[Source] | None = None


class CourseInfo(Model):
    id: Slug
    audience: Text
    lessons: list[RefPath] = Field(min_length=1)
    assessment: Slug | None = None
    icon: Text | None = None


class Course(PageMeta):
    title: Text
    summary: Text | None = None
    course: CourseInfo


# ---------------------------------------------------------------- assessment

class Draw(Model):
    domain: Code
    count: int = Field(ge=1, le=100)


class Assessment(Model):
    schema_version: Literal[1]
    title: Text
    description: Text | None = None
    pass_percent: int = Field(ge=1, le=100)
    levels: list[Level] = Field(min_length=1)
    draw: list[Draw] = Field(min_length=1)
    time_limit_minutes: int | None = Field(None, ge=1, le=600)
    banks: list[RefPath] | None = Field(None, description="Chỉ rút từ các ngân hàng này (mặc định: tất cả)")


ROOT_MODELS: dict[str, type[Model]] = {
    "framework": Framework,
    "bank": Bank,
    "lesson": Lesson,
    "course": Course,
    "assessment": Assessment,
    "quiz": QuizRef,
}


def field_names() -> set[str]:
    """Every key any content format knows; used for "did you mean" hints."""
    names: set[str] = set()
    for model in (Framework, Competence, Domain, Band, Image, Option, SingleQuestion, MultipleQuestion,
                  TrueFalseQuestion, TextQuestion, OrderQuestion, MatchQuestion, Bank, QuizRef, Source,
                  Lesson, CourseInfo, Course, Draw, Assessment):
        names.update(model.model_fields)
    return names
