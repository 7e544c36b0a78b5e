"""Pairs: the learner matches each left side to its right side."""

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


class MatchQuestion(QuestionBase):
    type: Literal["match"]
    pairs: list[list[Text]]


def whole_pairs(q: Any) -> list[list[str]]:
    """The pairs that have exactly two sides (the others are reported by the check)."""
    return [p for p in q.pairs if len(p) == 2]


class Match(QuestionType):
    name = "match"
    model = MatchQuestion

    def check(self, q: Any, at: Place) -> None:
        if len(q.pairs) < 2:
            at.add(("pairs",), "question.match_too_few", key=True, count=len(q.pairs))
        good = []
        for i, pair in enumerate(q.pairs):
            if len(pair) != 2:
                at.add(("pairs", i), "question.match_pair_shape")
            else:
                good.append((i, pair))
        for side, k in (("left", 0), ("right", 1)):
            seen: set[str] = set()
            for i, pair in good:
                if pair[k] in seen:
                    at.add(("pairs", i, k), "question.match_duplicate", side=side, text=pair[k])
                seen.add(pair[k])

    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        pairs = whole_pairs(q)
        return {"pairs": len(pairs), "solution": [[render(a), render(b)] for a, b in pairs]}

    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        # One row per left side; the right sides (shown shuffled) move between the rows.
        pairs = whole_pairs(q)
        order = stable_shuffle(list(range(len(pairs))), dom_id)
        return rows_controls(dom_id, [render(left) for left, _right in pairs], [(i, render(pairs[i][1])) for i in order],
                             words, words("quiz.match_with"))

    def paper(self, q: Any, key: str, words: Any, render: Any) -> PaperForm:
        # Left sides numbered with a line each; the right sides shuffled and lettered.
        pairs = whole_pairs(q)
        order = stable_shuffle(list(range(len(pairs))), key)
        lefts = write_lines([f"{n + 1}. {render(left)} →" for n, (left, _right) in enumerate(pairs)])
        body = (f'<p class="hvs-paper__how">{escape(words("paper.match"))}</p>' + lefts
                + lettered([render(pairs[i][1]) for i in order]))
        sheet = write_lines([f"{n + 1} →" for n in range(len(pairs))])
        return PaperForm(body, sheet, ", ".join(f"{n + 1} → {letter(order.index(n))}" for n in range(len(pairs))))

    def answer_html(self, q: Any, words: Any, render: Any) -> str:
        return answer_list(words("quiz.right_pairs"), "ul", [f"{render(a)} → {render(b)}" for a, b in whole_pairs(q)])

    def review(self, q: Any, words: Any, render: Any) -> str:
        rows = "".join(f"<tr><td>{render(a)}</td><td>→ {render(b)}</td></tr>" for a, b in whole_pairs(q))
        return f'<p class="hvs-review__answer">{escape(words("review.pairs"))}:</p><table>{rows}</table>'

    def schema_rules(self, node: dict[str, Any]) -> None:
        text_list_rules(node, "pairs", minItems=2)
        node["properties"]["pairs"]["items"].update(minItems=2, maxItems=2)
