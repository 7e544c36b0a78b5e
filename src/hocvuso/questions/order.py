"""Steps the learner puts back in order; the author lists them in the right order."""

from __future__ import annotations

from html import escape
from typing import Any, Literal

from ..core.fields import Text
from ..core.shuffle import stable_shuffle
from .base import (
    PaperForm,
    Place,
    QuestionBase,
    QuestionType,
    answer_list,
    letter,
    lettered,
    rows_controls,
    text_list_rules,
    write_lines,
)


class OrderQuestion(QuestionBase):
    type: Literal["order"]
    items: list[Text]


class Order(QuestionType):
    name = "order"
    model = OrderQuestion

    def check(self, q: Any, at: Place) -> None:
        if len(q.items) < 2:
            at.add(("items",), "question.order_items", key=True, count=len(q.items))
        at.duplicates("items", q.items, "question.order_duplicate")

    def advise(self, q: Any, at: Place) -> None:
        if len(q.items) < 3:
            at.warn(("items",), "item.order_short", count=len(q.items))

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        return {"items": [render(i) for i in q.items]}

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        # "Bước 1", "Bước 2"… stay in place; the learner moves the steps (shown shuffled) between them.
        order = stable_shuffle(list(range(len(q.items))), dom_id)
        labels = [escape(words("quiz.step", n=n + 1)) for n in range(len(q.items))]
        return rows_controls(dom_id, labels, [(i, render(q.items[i])) for i in order], words)

    def paper(self, q: Any, key: str, words: Any, render: Any) -> PaperForm:
        # The steps shuffled and lettered; the learner writes the letters on "Bước 1", "Bước 2"… lines.
        order = stable_shuffle(list(range(len(q.items))), key)
        steps = write_lines([escape(words("quiz.step", n=n + 1)) + ":" for n in range(len(q.items))])
        body = (lettered([render(q.items[i]) for i in order])
                + f'<p class="hvs-paper__how">{escape(words("paper.order"))}</p>' + steps)
        return PaperForm(body, steps, ", ".join(letter(order.index(i)) for i in range(len(q.items))))

    def answer_html(self, q: Any, words: Any, render: Any) -> str:
        return answer_list(words("quiz.right_order"), "ol", [render(i) for i in q.items])

    def review(self, q: Any, words: Any, render: Any) -> str:
        items = "".join(f"<li>{render(i)}</li>" for i in q.items)
        return f'<p class="hvs-review__answer">{escape(words("review.order"))}:</p><ol>{items}</ol>'

    def schema_rules(self, node: dict[str, Any]) -> None:
        text_list_rules(node, "items", minItems=2, uniqueItems=True)
