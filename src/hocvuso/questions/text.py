"""A typed answer, compared ignoring case, spaces and Vietnamese accents."""

from __future__ import annotations

from html import escape
from typing import Any, Literal

from ..core.fields import Text
from ..core.textnorm import normalize_answer
from .base import Place, QuestionBase, QuestionType, text_list_rules


class TextQuestion(QuestionBase):
    type: Literal["text"]
    answers: list[Text]


class TypedText(QuestionType):
    name = "text"
    model = TextQuestion

    def check(self, q: Any, at: Place) -> None:
        if not any(normalize_answer(a) for a in q.answers):
            at.add(("answers",), "question.text_no_answer", key=True)

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        return {"answers": list(q.answers)}

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        return (f'<p class="hvs-text"><label for="{dom_id}-in">{escape(words("quiz.your_answer"))}</label> '
                f'<input type="text" id="{dom_id}-in" name="{dom_id}" autocomplete="off" autocapitalize="off"'
                f' spellcheck="false"></p>')

    def review(self, q: Any, words: Any, render: Any) -> str:
        answers = "".join(f"<li><strong>{escape(a)}</strong></li>" for a in q.answers)
        return (f'<p class="hvs-review__answer">{escape(words("review.accepted"))}:</p><ul>{answers}</ul>'
                f'<p class="hvs-review__note">{escape(words("review.text_note"))}</p>')

    def schema_rules(self, node: dict[str, Any]) -> None:
        text_list_rules(node, "answers", minItems=1)
