"""A statement the learner judges true or false."""

from __future__ import annotations

from typing import Any, Literal

from .base import Place, QuestionBase, QuestionType, choice_list


class TrueFalseQuestion(QuestionBase):
    type: Literal["truefalse"]
    answer: bool


class TrueFalse(QuestionType):
    name = "truefalse"
    model = TrueFalseQuestion

    def check(self, q: Any, at: Place) -> None:
        """The model says everything: ``answer`` is true or false."""

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        return {"answer": q.answer}

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        return choice_list("radio", dom_id, [("true", words("quiz.true")), ("false", words("quiz.false"))])
