"""One right option among several."""

from __future__ import annotations

from typing import Any, Literal

from .base import Option, Place, QuestionBase
from .choice import ChoiceType, correct_option_schema


class SingleQuestion(QuestionBase):
    type: Literal["single"]
    options: list[Option]


class Single(ChoiceType):
    name = "single"
    model = SingleQuestion
    input_kind = "radio"

    def check_correct(self, count: int, at: Place) -> None:
        if count != 1:
            at.add(("options",), "question.single_correct", key=True, count=count)

    def one_right_option(self, q: Any) -> tuple[int, list[str]] | None:
        right = [i for i, o in enumerate(q.options) if o.correct]
        return (right[0], [o.text for o in q.options]) if len(right) == 1 and len(q.options) > 1 else None

    def schema_rules(self, node: dict[str, Any]) -> None:
        node["properties"]["options"].update(minItems=2, contains=correct_option_schema(), minContains=1, maxContains=1)
