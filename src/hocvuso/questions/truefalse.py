"""A statement the learner judges true or false."""

from __future__ import annotations

import re
from html import escape
from typing import Any, Literal

from .base import PaperForm, Place, QuestionBase, QuestionType, choice_list, marks

TWO_CLAIMS = re.compile(r"\s(?:và|and)\s", re.I)
# A clause after "và" usually starts with one of these within a few words; a list of nouns ("ảnh hộ chiếu và
# căn cước") does not.
CLAUSE = re.compile(r"^(?:\S+\s+){0,3}?(?:là|có|được|nên|phải|cần|sẽ|không|đã|đang|is|are|can|must|should|will)\b", re.I)


class TrueFalseQuestion(QuestionBase):
    type: Literal["truefalse"]
    answer: bool


class TrueFalse(QuestionType):
    name = "truefalse"
    model = TrueFalseQuestion

    def check(self, q: Any, at: Place) -> None:
        """The model says everything: ``answer`` is true or false."""

    def advise(self, q: Any, at: Place) -> None:
        # "A và B" with a clause on each side is two claims: a learner who knows one of them cannot answer.
        sides = TWO_CLAIMS.split(q.prompt.strip().rstrip("."), maxsplit=1)
        if len(sides) == 2 and all(len(side.split()) >= 4 for side in sides) and CLAUSE.search(sides[1].strip()):
            at.warn(("prompt",), "item.two_claims")

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        return {"answer": q.answer}

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        return choice_list("radio", dom_id, [("true", words("quiz.true")), ("false", words("quiz.false"))])

    def paper(self, q: Any, key: str, words: Any, render: Any) -> PaperForm:
        both = [words("quiz.true"), words("quiz.false")]
        how = f'<p class="hvs-paper__how">{escape(words("paper.true_false"))}</p>'
        return PaperForm(how + marks(both), marks(both), both[0] if q.answer else both[1])

    def review(self, q: Any, words: Any, render: Any) -> str:
        answer = words("quiz.true") if q.answer else words("quiz.false")
        return f'<p class="hvs-review__answer">{escape(words("review.answer"))}: <strong>{escape(answer)}</strong></p>'

    def answer_html(self, q: Any, words: Any, render: Any) -> str:
        # "Câu nói trên là sai.": never "Đáp án đúng: Sai", where right/wrong and true/false clash.
        return f'<p><strong>{escape(words("quiz.statement_true" if q.answer else "quiz.statement_false"))}</strong></p>'
