"""Drafts into a bank file an author can finish: valid YAML in our format, FIXME where the source fell short.

Every question written is checked with the same model and checks as ``hocvuso check``; one that would fail
them is reported (with its line in the source) instead of being written, so that the only problems
``hocvuso check`` finds in a fresh import are the FIXME markers, at the lines :func:`write_bank` returns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from ..content.explain import explain_errors
from ..core.diagnostics import Report
from ..core.yaml_source import SourceMap
from ..i18n import t
from ..questions import Place, Question, type_of
from .common import Draft, Parsed, unique_ids

PLACEHOLDER_COMPETENCE = "0.1"  # a code the framework has: valid, marked FIXME for the author to change
PLACEHOLDER_LEVEL = 1
_QUESTION: TypeAdapter[Any] = TypeAdapter(Question)


@dataclass
class Written:
    """The bank text, the lines holding a FIXME, and how many questions it has."""

    text: str
    fixme_lines: list[int] = field(default_factory=list)
    count: int = 0


def _scalar(text: str) -> str:
    """One YAML scalar on one line (plain when YAML allows it, quoted otherwise)."""
    dumped: str = yaml.safe_dump(text, allow_unicode=True, width=1_000_000, default_flow_style=True)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


_BLOCK_SAFE = re.compile(r"^[^\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\ufeff]*$")


def _value(text: str, indent: str) -> list[str]:
    """A text value after ``key:``: a block literal for several lines, else one scalar."""
    if "\n" in text and _BLOCK_SAFE.match(text) and not text.endswith((" ", "\n")):
        head = "|2" if text.startswith(" ") else "|"
        pad = " " * len(indent) + "  "  # deeper than the key, also after a list dash
        return [f" {head}"] + [pad + line if line else "" for line in text.split("\n")]
    return [" " + _scalar(text)]


class _Lines:
    """Output lines, remembering which hold a FIXME we wrote."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.fixme: list[int] = []

    def add(self, line: str, *, fixme: bool = False) -> None:
        self.lines.append(line)
        if fixme:
            self.fixme.append(len(self.lines))

    def field(self, indent: str, key: str, text: str) -> None:
        head, *rest = _value(text, indent)
        self.add(f"{indent}{key}:{head}")
        for line in rest:
            self.add(line)

    def fixme_field(self, indent: str, key: str, words: str) -> None:
        self.add(f"{indent}{key}: {_scalar(words)}", fixme=True)


def as_question(d: Draft, qid: str, *, fill: bool, lang: str = "vi") -> dict[str, Any]:
    """A draft as the data of one question in our format (FIXME words where the source fell short when ``fill``)."""
    q: dict[str, Any] = {"id": qid, "type": d.type, "prompt": d.prompt}
    if d.image is not None:
        q["image"] = {"src": d.image[0], "alt": d.image[1] or (t(lang, "exchange.fixme.alt") if fill else "?")}
    if d.type in ("single", "multiple"):
        q["options"] = []
        for o in d.options:
            opt: dict[str, Any] = {"text": o.text}
            if o.correct:
                opt["correct"] = True
            if o.feedback:
                opt["feedback"] = o.feedback
            elif fill and not o.correct:
                opt["feedback"] = t(lang, "exchange.fixme.feedback")
            q["options"].append(opt)
    elif d.type == "truefalse":
        q["answer"] = bool(d.answer)
    elif d.type == "text":
        q["answers"] = list(d.answers)
    elif d.type == "order":
        q["items"] = list(d.items)
    elif d.type == "match":
        q["pairs"] = [list(p) for p in d.pairs]
    if d.explanation:
        q["explanation"] = d.explanation
    elif fill:
        q["explanation"] = t(lang, "exchange.fixme.explanation")
    if d.hint:
        q["hint"] = d.hint
    if d.competences:
        q["competences"] = list(d.competences)
    if d.level is not None:
        q["level"] = d.level
    return q


def problems_of(data: dict[str, Any], lang: str) -> list[str]:
    """What ``hocvuso check`` would say about one question on its own (empty when it would pass)."""
    report = Report()
    smap = SourceMap(Path("-"))
    try:
        q = _QUESTION.validate_python(data)
    except ValidationError as exc:  # said in the catalogue's words, as `hocvuso check` would
        return [p.text(lang)[0] for p in explain_errors(exc, data, smap, Question)]
    type_of(q).check(q, Place(smap, (), report))
    return [p.text(lang)[0] for p in report.sorted()]


def keep_valid(parsed: Parsed, lang: str) -> list[tuple[Draft, str]]:
    """The drafts that make valid questions, with their ids; the others become findings."""
    kept = []
    for d, qid in zip(parsed.drafts, unique_ids(parsed.drafts), strict=True):
        problems = problems_of(as_question(d, qid, fill=True, lang=lang), lang)
        if problems:
            parsed.skip(d.line, "exchange.invalid", problem="; ".join(problems))
        else:
            kept.append((d, qid))
    return kept


def _write_question(out: _Lines, q: dict[str, Any], lang: str) -> None:
    fixme_feedback = t(lang, "exchange.fixme.feedback")
    fixme_expl = t(lang, "exchange.fixme.explanation")
    out.add(f"  - id: {q['id']}")
    out.add(f"    type: {q['type']}")
    out.field("    ", "prompt", q["prompt"])
    if "image" in q:
        out.add("    image:")
        out.field("      ", "src", q["image"]["src"])
        alt = q["image"]["alt"]
        if alt == t(lang, "exchange.fixme.alt"):
            out.fixme_field("      ", "alt", alt)
        else:
            out.field("      ", "alt", alt)
    if "options" in q:
        out.add("    options:")
        for o in q["options"]:
            out.field("      - ", "text", o["text"])
            if o.get("correct"):
                out.add("        correct: true")
            if "feedback" in o:
                if o["feedback"] == fixme_feedback:
                    out.fixme_field("        ", "feedback", o["feedback"])
                else:
                    out.field("        ", "feedback", o["feedback"])
    if "answer" in q:
        out.add(f"    answer: {'true' if q['answer'] else 'false'}")
    for key in ("answers", "items"):
        if key in q:
            out.add(f"    {key}:")
            for text in q[key]:
                out.add(f"      - {_scalar(text)}")
    if "pairs" in q:
        out.add("    pairs:")
        for left, right in q["pairs"]:
            out.add(f"      - [{_json(left)}, {_json(right)}]")
    if q.get("explanation") == fixme_expl:
        out.fixme_field("    ", "explanation", fixme_expl)
    elif "explanation" in q:
        out.field("    ", "explanation", q["explanation"])
    if "hint" in q:
        out.field("    ", "hint", q["hint"])
    if "competences" in q:
        out.add(f"    competences: [{', '.join(_json(c) for c in q['competences'])}]")
    if "level" in q:
        out.add(f"    level: {q['level']}")


def _json(text: str) -> str:
    """A double-quoted scalar (valid in a YAML flow sequence whatever the text holds)."""
    return json.dumps(text, ensure_ascii=False)


def write_bank(parsed: Parsed, *, modeline: str, title_fallback: str, source: str, fmt: str,
               lang: str = "vi") -> Written:
    """The text of a new bank from the drafts of ``parsed`` (invalid ones are left out and added to its findings)."""
    kept = keep_valid(parsed, lang)
    out = _Lines()
    out.add(modeline)
    out.add("# " + t(lang, "exchange.imported_from", file=source, format=fmt))
    out.add("schema_version: 1")
    if parsed.title:
        out.field("", "title", parsed.title)
    else:
        out.add(f"title: {_scalar(title_fallback)}  # {t(lang, 'exchange.fixme.title')}", fixme=True)
    if any(not d.competences for d, _ in kept):
        out.add(f'competences: ["{PLACEHOLDER_COMPETENCE}"]  # {t(lang, "exchange.fixme.competences")}', fixme=True)
    if any(d.level is None for d, _ in kept):
        out.add(f"level: {PLACEHOLDER_LEVEL}  # {t(lang, 'exchange.fixme.level')}", fixme=True)
    out.add("questions:")
    for d, qid in kept:
        _write_question(out, as_question(d, qid, fill=True, lang=lang), lang)
    return Written("\n".join(out.lines) + "\n", out.fixme, len(kept))
