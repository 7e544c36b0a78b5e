"""Typed answers: the shared vectors hold for Python's normalisation (the browser runs the same file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hocvuso.core.textnorm import normalize_answer

CASES: list[dict[str, Any]] = json.loads((Path(__file__).parent / "vectors" / "text_answers.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['typed']!r}->{c['match']}")
def test_shared_answer_vectors(case: dict[str, Any]) -> None:
    typed = normalize_answer(case["typed"])
    matched = typed != "" and any(normalize_answer(a) == typed for a in case["accepted"])
    assert matched is case["match"]
