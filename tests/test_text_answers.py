"""Typed answers: the shared vectors hold for Python's normalisation (the browser runs the same file), and both
sides know the same default filler words."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from hocvuso.core.textnorm import DEFAULT_IGNORE_WORDS, fold, is_number_answer, normalize_answer

ROOT = Path(__file__).resolve().parent.parent
CASES: list[dict[str, Any]] = json.loads((Path(__file__).parent / "vectors" / "text_answers.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['typed']!r}->{c['match']}")
def test_shared_answer_vectors(case: dict[str, Any]) -> None:
    ignore = case.get("ignore", DEFAULT_IGNORE_WORDS)
    typed = normalize_answer(case["typed"], ignore)
    matched = typed != "" and any(normalize_answer(a, ignore) == typed for a in case["accepted"])
    assert matched is case["match"]


def test_the_browser_knows_the_same_default_filler_words() -> None:
    source = (ROOT / "src" / "hocvuso" / "static" / "assets" / "hocvuso" / "model.js").read_text("utf-8")
    found = re.search(r"M\.ignoreWords = \[([^\]]*)\]", source)
    assert found is not None
    assert re.findall(r'"([^"]+)"', found.group(1)) == [fold(w) for w in DEFAULT_IGNORE_WORDS]


@pytest.mark.parametrize(("answer", "number"), [("113", True), ("số 113", True), ("gọi 113", True), ("600.000", False),
                                                ("mười hai", False), ("năm", False), ("10/10", False)])
def test_number_answers_get_the_digit_keyboard(answer: str, number: bool) -> None:
    assert is_number_answer(answer) is number
