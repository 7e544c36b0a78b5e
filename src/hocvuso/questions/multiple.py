"""Several right options; the learner ticks every one."""

from __future__ import annotations

from typing import Any, Literal

from .base import Option, Place, QuestionBase
from .choice import ChoiceType, correct_option_schema


class MultipleQuestion(QuestionBase):
    type: Literal["multiple"]
    options: list[Option]


class Multiple(ChoiceType):
    name = "multiple"
    model = MultipleQuestion
    input_kind = "checkbox"

    def check_correct(self, count: int, at: Place) -> None:
        if count == 0:
            at.add(("options",), "question.multiple_none", key=True)

    def schema_rules(self, node: dict[str, Any]) -> None:
        node["properties"]["options"].update(minItems=2, contains=correct_option_schema(), minContains=1)
