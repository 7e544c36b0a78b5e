"""The Aiken format: plain-text single-choice questions.

Each question is its text (one or more lines), then its options ``A. …`` or ``A) …``, then
``ANSWER: B``; questions are separated by blank lines. Aiken has no feedback, explanation,
competence or level: the bank gets FIXME markers there.
"""

from __future__ import annotations

import re

from .common import Draft, Option, Parsed, plain_to_md

_OPTION = re.compile(r"^([A-Z])[.)]\s+(.*\S)\s*$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*([A-Z])?\s*$", re.I)


def read_aiken(source: str) -> Parsed:
    """Every question of an Aiken file, as drafts and findings."""
    parsed = Parsed()
    prompt: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0

    def reset() -> None:
        nonlocal prompt, options
        prompt, options = [], []

    for n, raw in enumerate(source.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            letter = (answer.group(1) or "").upper()
            letters = [x for x, _ in options]
            if not prompt or len(options) < 2:
                parsed.skip(start or n, "exchange.aiken.shape")
            elif letter not in letters:
                parsed.skip(n, "exchange.aiken.answer", letter=letter or "?", letters=", ".join(letters))
            else:
                d = Draft("single", plain_to_md("\n".join(prompt)), start)
                d.options = [Option(plain_to_md(text), x == letter) for x, text in options]
                parsed.drafts.append(d)
            reset()
        elif option and prompt:
            options.append((option.group(1), option.group(2)))
        else:
            if options:  # text after the options without an ANSWER line: the question before it is incomplete
                parsed.skip(start, "exchange.aiken.no_answer")
                reset()
            if not prompt:
                start = n
            prompt.append(line)
    if prompt:
        parsed.skip(start, "exchange.aiken.no_answer")
    return parsed
