"""Steps the learner puts back in order; the author lists them in the right order."""

from __future__ import annotations

from html import escape
from typing import Any, Literal

from ..core.fields import Text
from ..core.markup import plain_text
from ..core.shuffle import stable_shuffle
from .base import Place, QuestionBase, QuestionType, text_list_rules


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
        order = stable_shuffle(list(range(len(q.items))), dom_id)
        options = "".join(f'<option value="{i}">{escape(plain_text(q.items[i]))}</option>' for i in order)
        rows = [
            f'<li><label for="{dom_id}-{n}">{escape(words("quiz.position", n=n + 1))}</label> '
            f'<select id="{dom_id}-{n}" name="{dom_id}-{n}"><option value="">{escape(words("quiz.choose"))}</option>'
            f'{options}</select></li>'
            for n in range(len(q.items))
        ]
        return f'<ol class="hvs-order">{"".join(rows)}</ol>'

    def review(self, q: Any, words: Any, render: Any) -> str:
        items = "".join(f"<li>{render(i)}</li>" for i in q.items)
        return f'<p class="hvs-review__answer">{escape(words("review.order"))}:</p><ol>{items}</ol>'

    def schema_rules(self, node: dict[str, Any]) -> None:
        text_list_rules(node, "items", minItems=2, uniqueItems=True)
