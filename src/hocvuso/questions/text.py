"""A typed answer, compared ignoring case, spaces, Vietnamese accents, filler words and web-address forms."""

from __future__ import annotations

from html import escape
from typing import Any, Literal

from ..core.fields import Text
from ..core.textnorm import DEFAULT_IGNORE_WORDS, fold, is_number_answer, normalize_answer
from .base import PaperForm, Place, QuestionBase, QuestionType, answer_line, text_list_rules, write_lines


class TextQuestion(QuestionBase):
    type: Literal["text"]
    answers: list[Text]
    # Words a learner may add that change nothing ("gọi 113"); replaces the bank's list and the default.
    ignore_words: list[Text] | None = None


def ignore_words(q: Any) -> list[str]:
    """The filler words of a question: its own, else its bank's (filled in by :meth:`TypedText.inherit`), else the default."""
    return list(DEFAULT_IGNORE_WORDS) if q.ignore_words is None else list(q.ignore_words)


class TypedText(QuestionType):
    name = "text"
    model = TextQuestion

    def inherit(self, q: Any, bank: Any) -> Any:
        if q.ignore_words is None and getattr(bank, "ignore_words", None) is not None:
            return q.model_copy(update={"ignore_words": list(bank.ignore_words)})
        return q

    def check(self, q: Any, at: Place) -> None:
        if not any(normalize_answer(a, ignore_words(q)) for a in q.answers):
            at.add(("answers",), "question.text_no_answer", key=True)

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        key: dict[str, Any] = {"answers": list(q.answers)}
        words = ignore_words(q)
        if words != list(DEFAULT_IGNORE_WORDS):  # the browser knows the default list
            key["ignore"] = [fold(w) for w in words]
        return key

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        # Phones show the digit keyboard when every accepted answer is a number ("113", "số 113").
        numeric = ' inputmode="numeric"' if all(is_number_answer(a, ignore_words(q)) for a in q.answers) else ""
        return (f'<p class="hvs-text"><label for="{dom_id}-in">{escape(words("quiz.your_answer"))}</label> '
                f'<input type="text" id="{dom_id}-in" name="{dom_id}"{numeric} autocomplete="off" autocapitalize="off"'
                f' spellcheck="false" enterkeyhint="done"></p>')

    def answer_html(self, q: Any, words: Any, render: Any) -> str:
        return answer_line(words("quiz.answer"), escape(q.answers[0]))

    def paper(self, q: Any, key: str, words: Any, render: Any) -> PaperForm:
        line = write_lines([escape(words("quiz.your_answer")) + ":"])
        return PaperForm(line, write_lines([""]), "")

    def review(self, q: Any, words: Any, render: Any) -> str:
        answers = "".join(f"<li><strong>{escape(a)}</strong></li>" for a in q.answers)
        return (f'<p class="hvs-review__answer">{escape(words("review.accepted"))}:</p><ul>{answers}</ul>'
                f'<p class="hvs-review__note">{escape(words("review.text_note"))}</p>')

    def schema_rules(self, node: dict[str, Any]) -> None:
        text_list_rules(node, "answers", minItems=1)
