"""Moodle's GIFT text format, read and written.

Reading follows Moodle's own importer: questions are separated by blank lines, ``//`` starts a comment
line, ``::name::`` names a question, ``[html]``/``[markdown]``/``[plain]``/``[moodle]`` sets the text
format, and the answer block ``{...}`` decides the type (``~`` choices, ``=`` short answers, ``->``
matching, ``T``/``F``, ``#`` numbers, ``{}`` essay). ``\\`` escapes ``~ = # { } :`` and ``\\n`` is a new line.

Writing uses ``[markdown]`` so our text comes back unchanged, and a comment line
``// hocvuso: {...}`` before each question keeps what GIFT has no place for (id, competences, level,
hint); Moodle ignores comments. GIFT has no ordering type and no images: such questions are reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..content.catalog import BankDoc
from ..questions import QuestionBase
from .common import Draft, Finding, Option, Parsed, html_to_md, plain_to_md, tf_explanation

META = "// hocvuso:"
_ESCAPES = {"\\\\": "\x01", "\\~": "\x02", "\\=": "\x03", "\\#": "\x04", "\\{": "\x05", "\\}": "\x06", "\\:": "\x07",
            "\\n": "\x0e"}
_RESTORE = {"\x01": "\\", "\x02": "~", "\x03": "=", "\x04": "#", "\x05": "{", "\x06": "}", "\x07": ":", "\x0e": "\n"}
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.I)
_WEIGHT = re.compile(r"^%(-?[0-9.]+)%")
_TRUE_FALSE = {"t": True, "true": True, "f": False, "false": False}


def _protect(text: str) -> str:
    for seq, mark in _ESCAPES.items():
        text = text.replace(seq, mark)
    return text


def _restore(text: str) -> str:
    for mark, char in _RESTORE.items():
        text = text.replace(mark, char)
    return text


@dataclass
class _Block:
    line: int
    text: str
    meta: dict[str, object]


def _blocks(source: str) -> tuple[list[_Block], list[tuple[int, str]]]:
    """Questions (first line, text with escapes protected, our meta comment) and ``$CATEGORY`` lines."""
    blocks: list[_Block] = []
    categories: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 0
    meta: dict[str, object] = {}

    def close() -> None:
        nonlocal lines, meta
        text = "\n".join(lines).strip()
        if text.startswith("$CATEGORY:"):
            categories.append((start, text.split(":", 1)[1].strip()))
        elif text:
            blocks.append(_Block(start, _protect(text), meta))
        lines, meta = [], {}

    for n, raw in enumerate(source.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        stripped = raw.strip()
        if stripped.startswith(META):
            try:
                found = json.loads(stripped[len(META):])
                meta = found if isinstance(found, dict) else {}
            except ValueError:
                meta = {}
            continue
        if stripped.startswith("//"):
            continue
        if not stripped:
            close()
            continue
        if not lines:
            start = n
        lines.append(raw)
    close()
    return blocks, categories


def _text(raw: str, fmt: str) -> str:
    """A piece of GIFT text (escapes still protected) as our Markdown."""
    text = _restore(raw).strip()
    if fmt == "markdown":
        return text
    if fmt == "plain" or (fmt == "moodle" and "<" not in text):  # Moodle's auto-format: plain unless it holds HTML
        return plain_to_md(text)
    return html_to_md(text)


def _answers(body: str) -> list[tuple[str, float | None, str, str | None]]:
    """``~``/``=`` answers: (marker, weight, text, feedback) with escapes still protected."""
    out = []
    for m in re.finditer(r"([~=])([^~=]*)", body):
        marker, rest = m.group(1), m.group(2).strip()
        weight = None
        w = _WEIGHT.match(rest)
        if w:
            weight = float(w.group(1))
            rest = rest[w.end():].strip()
        text, _, feedback = rest.partition("#")
        out.append((marker, weight, text.strip(), feedback.strip() or None))
    return out


def _read(block: _Block, parsed: Parsed) -> Draft | None:
    text, line = block.text, block.line
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end > 0:
            name, text = _restore(text[2:end]).strip(), text[end + 2:].strip()
    fmt = "moodle"
    f = _FORMAT.match(text)
    if f:
        fmt, text = f.group(1).lower(), text[f.end():].strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        parsed.skip(line, "exchange.gift.description")
        return None
    before, body, after = text[:start].strip(), text[start + 1:end].strip(), text[end + 1:].strip()
    general = None
    if "####" in body:
        body, general_raw = body.split("####", 1)
        body, general = body.strip(), _text(general_raw, fmt) or None

    def conv(raw: str) -> str:
        return _text(raw, fmt)

    # Text after the answer block is Moodle's "missing word" form: the blank goes where the block was.
    prompt = " _____ ".join(x for x in (conv(before), conv(after)) if x) if after else conv(before)
    d = Draft("single", prompt, line, name=name, explanation=general)
    if not d.prompt:
        parsed.skip(line, "exchange.no_prompt")
        return None
    if body == "":
        parsed.skip(line, "exchange.unsupported", kind="essay")
        return None
    if body.startswith("#"):
        return _numerical(d, body[1:].strip(), parsed)
    head, _, feedback = body.partition("#")
    if head.strip().lower() in _TRUE_FALSE:
        d.type, d.answer = "truefalse", _TRUE_FALSE[head.strip().lower()]
        # Moodle's GIFT: {TRUE#feedback on a wrong answer#feedback on the right one}
        wrong, _, right = feedback.partition("#")
        tf_explanation(d, conv(wrong) if wrong.strip() else "", conv(right) if right.strip() else "", parsed)
        return d
    answers = _answers(body)
    if not answers:
        parsed.skip(line, "exchange.gift.answers")
        return None
    if "~" in body:
        single = "=" in body
        d.type = "single" if single else "multiple"
        for marker, weight, text, fb in answers:
            is_right = (marker == "=" or (weight or 0) >= 100) if single else (weight or 0) > 0
            d.options.append(Option(conv(text), is_right, conv(fb) if fb else None))
        if single and any(w is not None and 0 < abs(w) < 100 for _, w, _, _, in answers):
            parsed.change(line, "exchange.partial_credit")
        return d
    if "->" in body:
        d.type = "match"
        for _, _, text, _ in answers:
            left, _, right = text.partition("->")
            if left.strip():
                d.pairs.append((conv(left), _restore(right).strip()))
            else:
                parsed.change(line, "exchange.match_extra", text=_restore(right).strip())
        return d
    d.type = "text"
    for _, weight, text, _ in answers:
        if weight is None or weight >= 100:
            d.answers.append(_restore(text).strip())
        else:
            parsed.change(line, "exchange.partial_answer", text=_restore(text).strip())
    if any(fb for *_, fb in answers) and not d.explanation:
        parsed.change(line, "exchange.answer_feedback")
    return d


def _numerical(d: Draft, body: str, parsed: Parsed) -> Draft | None:
    """A number with no tolerance is a typed answer; anything looser has no equivalent."""
    first = _answers(body)[0][2] if body.startswith("=") else body.partition("#")[0].strip()
    value, _, tolerance = _restore(first).partition(":")
    if ".." in value or (tolerance.strip() not in ("", "0")) or not re.fullmatch(r"-?[0-9]+([.,][0-9]+)?", value.strip()):
        parsed.skip(d.line, "exchange.numerical")
        return None
    if body.startswith("=") and len(_answers(body)) > 1:
        parsed.change(d.line, "exchange.partial_answer", text=body)
    d.type, d.answers = "text", [value.strip()]
    return d


def _apply_meta(d: Draft, meta: dict[str, object]) -> None:
    """What our own comment line carried: the id, competences, level and hint."""
    if isinstance(meta.get("id"), str):
        d.id = str(meta["id"])
    comps = meta.get("competences")
    if isinstance(comps, list) and all(isinstance(c, str) for c in comps):
        d.competences = [str(c) for c in comps]
    if isinstance(meta.get("level"), int):
        d.level = int(meta["level"])  # type: ignore[call-overload]
    if isinstance(meta.get("hint"), str):
        d.hint = str(meta["hint"])


def read_gift(source: str) -> Parsed:
    """Every question of a GIFT file, as drafts and findings."""
    parsed = Parsed()
    blocks, categories = _blocks(source)
    if categories:
        parsed.title = categories[0][1].rstrip("/").split("/")[-1].strip() or None
    for block in blocks:
        d = _read(block, parsed)
        if d is not None:
            _apply_meta(d, block.meta)
            parsed.drafts.append(d)
    return parsed


# ---------------------------------------------------------------- writing


def escape(text: str) -> str:
    """Our text as GIFT text: control characters escaped, new lines as ``\\n``."""
    text = text.replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.strip().replace("\r\n", "\n").replace("\n", "\\n")


def _multiple_weight(count: int) -> str:
    return f"{100 / count:.5f}".rstrip("0").rstrip(".")


def write_gift(bank: BankDoc, line_of: Callable[[QuestionBase], int]) -> tuple[str, list[Finding]]:
    """A bank as GIFT text (one ``$CATEGORY`` then the questions), and the questions it could not write."""
    out = [f"$CATEGORY: $course$/top/{escape(bank.model.title)}", ""]
    notes: list[Finding] = []
    for q in bank.model.questions:
        meta: dict[str, object] = {"id": q.id, "competences": bank.competences_of(q), "level": bank.level_of(q)}
        if q.hint:
            meta["hint"] = q.hint
        if q.type == "order":
            notes.append(Finding(line_of(q), "exchange.gift.no_order", {"qid": q.id}, unit="line"))
            continue
        if q.image is not None:
            notes.append(Finding(line_of(q), "exchange.gift.no_image", {"qid": q.id}, skipped=False))
        lines = [f"{META} {json.dumps(meta, ensure_ascii=False)}", f"::{escape(q.id)}::[markdown]{escape(q.prompt)}{{"]
        if q.type in ("single", "multiple"):
            options = q.options  # type: ignore[attr-defined]
            right = sum(1 for o in options if o.correct)
            for o in options:
                if q.type == "single":
                    mark = "=" if o.correct else "~"
                else:
                    mark = f"~%{_multiple_weight(right)}%" if o.correct else "~%-100%"
                lines.append(f"{mark}{escape(o.text)}" + (f"#{escape(o.feedback)}" if o.feedback else ""))
        elif q.type == "truefalse":
            lines.append("TRUE" if q.answer else "FALSE")  # type: ignore[attr-defined]
        elif q.type == "text":
            lines += [f"={escape(a)}" for a in q.answers]  # type: ignore[attr-defined]
        elif q.type == "match":
            lines += [f"={escape(a)} -> {escape(b)}" for a, b in q.pairs]  # type: ignore[attr-defined]
        if q.explanation:
            lines.append(f"####{escape(q.explanation)}")
        lines.append("}")
        out += lines + [""]
    return "\n".join(out), notes
