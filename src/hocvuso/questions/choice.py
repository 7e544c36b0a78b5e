"""What the two choice types (one right option, several right options) share."""

from __future__ import annotations

import re
from html import escape
from typing import Any, ClassVar

from ..core.textnorm import fold
from .base import (
    Option,
    PaperForm,
    Place,
    QuestionType,
    advise_on_prompt,
    answer_line,
    answer_list,
    choice_list,
    letter,
    lettered,
    marks,
    review_options,
    short_id,
)

ALL_OF_ABOVE = re.compile(r"\b(?:tat ca|ca (?:hai|ba|bon))(?: cac)? (?:y|dap an|lua chon|cau)(?: deu)? (?:tren|dung)\b"
                          r"|\ball of the above\b|\bnone of the above\b")


def correct_option_schema() -> dict[str, Any]:
    """JSON Schema of an option marked ``correct: true``."""
    return {"type": "object", "properties": {"correct": {"const": True}}, "required": ["correct"]}


class ChoiceType(QuestionType):
    """Options with ``correct: true`` on the right ones and feedback on each."""

    input_kind: ClassVar[str]

    def check(self, q: Any, at: Place) -> None:
        options: list[Option] = q.options
        if len(options) < 2:
            at.add(("options",), "question.too_few_options", key=True, count=len(options))
        self.check_correct(sum(1 for o in options if o.correct), at)
        at.duplicates("options", [o.text for o in options], "question.duplicate_option", ("text",))

    def check_correct(self, count: int, at: Place) -> None:
        """Report a wrong number of right options."""

    def advise(self, q: Any, at: Place) -> None:
        advise_on_prompt(q.prompt, at)
        for i, option in enumerate(q.options):
            if ALL_OF_ABOVE.search(fold(option.text)):
                at.warn(("options", i, "text"), "item.all_of_above", text=option.text)

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        return {"correct": [i for i, o in enumerate(q.options) if o.correct],
                "feedback": [render(o.feedback) if o.feedback else "" for o in q.options],
                "optionIds": [short_id(o.text) for o in q.options]}

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        return choice_list(self.input_kind, dom_id, [(str(i), render(o.text)) for i, o in enumerate(q.options)])

    def paper(self, q: Any, key: str, words: Any, render: Any) -> PaperForm:
        # Options in the order the author wrote them, lettered: the letters are what a sheet is scored by.
        how = words("paper.choose_one" if self.input_kind == "radio" else "paper.choose_all")
        letters = [letter(i) for i in range(len(q.options))]
        body = f'<p class="hvs-paper__how">{escape(how)}</p>' + lettered([render(o.text) for o in q.options])
        return PaperForm(body, marks(letters), ", ".join(letter(i) for i, o in enumerate(q.options) if o.correct))

    def review(self, q: Any, words: Any, render: Any) -> str:
        return review_options([(o.correct, render(o.text), render(o.feedback) if o.feedback else "") for o in q.options],
                              words)

    def answer_html(self, q: Any, words: Any, render: Any) -> str:
        right = [render(o.text) for o in q.options if o.correct]
        return answer_line(words("quiz.answer"), right[0]) if len(right) == 1 else answer_list(words("quiz.answer"), "ul", right)
