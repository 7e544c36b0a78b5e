"""Moodle XML (Moodle's own question export), read and written.

Read: ``category`` (the bank's title), ``multichoice`` (single or multiple), ``truefalse``,
``shortanswer``, ``matching``, ``ordering`` (the qtype_ordering plug-in), ``numerical`` with an exact
answer; every other type is reported with its line. Question text in HTML becomes Markdown; images
(``@@PLUGINFILE@@`` files) are written beside the bank. Tags ``competence:4.2`` and ``level:2``
(also ``nang-luc:``/``cap-do:``) carry our competences and level, ``idnumber`` our question id,
``generalfeedback`` the explanation and the first ``hint`` the hint.

Written: the same, with HTML rendered from our Markdown, so Moodle shows what the site shows.
Files with a DOCTYPE are refused: no entity can expand inside an import.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.parsers.expat
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from ..content.catalog import BankDoc, Catalog
from ..questions import QuestionBase
from .common import (
    Draft,
    ExchangeError,
    Finding,
    Option,
    Parsed,
    html_to_md,
    md_to_html,
    md_to_plain,
    plain_to_md,
    slugify,
    tf_explanation,
)

UNSUPPORTED = {"essay", "description", "cloze", "multianswer", "calculated", "calculatedsimple", "calculatedmulti",
               "ddwtos", "gapselect", "ddimageortext", "ddmarker", "randomsamatch", "random"}
COMPETENCE_TAG = re.compile(r"^(?:competence|nang-luc|nangluc)\s*[:=]\s*([0-9]+(?:\.[0-9]+)?)$", re.I)
LEVEL_TAG = re.compile(r"^(?:level|cap-do|capdo)\s*[:=]\s*([1-8])$", re.I)
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r'(\w+)\s*=\s*("[^"]*"|\'[^\']*\')')


@dataclass
class Node:
    """An XML element with the line it starts on."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def find(self, tag: str) -> Node | None:
        """The first child called ``tag``."""
        return next((c for c in self.children if c.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        """Every child called ``tag``."""
        return [c for c in self.children if c.tag == tag]

    def value(self, tag: str) -> str:
        """The text of the child ``tag``, or of its ``<text>`` child."""
        node = self.find(tag)
        if node is None:
            return ""
        inner = node.find("text")
        return (inner.text if inner is not None else node.text).strip()


def parse_xml(data: bytes, file: str) -> Node:
    """Parse with line numbers; a broken or entity-declaring file raises :class:`ExchangeError` naming the line."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise ExchangeError("exchange.xml.doctype", file=file)
    parser = xml.parsers.expat.ParserCreate("utf-8")
    stack: list[Node] = [Node("#root", {}, 1)]

    def start(tag: str, attrs: dict[str, str]) -> None:
        node = Node(tag, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        stack[-1].text += text

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as err:
        raise ExchangeError("exchange.xml.syntax", file=file, line=err.lineno, problem=xml.parsers.expat.ErrorString(err.code)
                           ) from err
    root = stack[0].find("quiz")
    if root is None:
        raise ExchangeError("exchange.xml.no_quiz", file=file)
    return root


def _text(node: Node | None) -> str:
    """A Moodle text element (with ``format``) as our Markdown."""
    if node is None:
        return ""
    inner = node.find("text")
    raw = (inner.text if inner is not None else node.text).strip()
    fmt = node.attrs.get("format", "html")
    if fmt == "markdown":
        return raw
    if fmt == "plain_text" or (fmt == "moodle_auto_format" and "<" not in raw):
        return plain_to_md(raw)
    return html_to_md(raw)


def _files(node: Node | None) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if node is None:
        return out
    for f in node.all("file"):
        try:
            out[f.attrs.get("path", "/").strip("/") + "/" + f.attrs.get("name", "")] = base64.b64decode(f.text, validate=False)
        except (binascii.Error, ValueError):
            continue
    return out


def _take_image(q: Node, d: Draft, parsed: Parsed, folder: str) -> None:
    """The question text's first embedded image becomes the question's image, written beside the bank."""
    text_node = q.find("questiontext")
    inner = text_node.find("text") if text_node is not None else None
    if inner is None:
        return
    m = _IMG.search(inner.text)
    if m is None:
        return
    attrs = {k.lower(): v[1:-1] for k, v in _ATTR.findall(m.group(0))}
    src = attrs.get("src", "")
    files = {k.strip("/"): v for k, v in _files(text_node).items()}
    name = unquote(src.replace("@@PLUGINFILE@@/", "", 1).strip("/")) if src.startswith("@@PLUGINFILE@@") else ""
    data = files.get(name) or files.get(PurePosixPath(name).name)
    if data is None:
        parsed.change(d.line, "exchange.xml.image_missing", src=src)
        return
    base = PurePosixPath(name)
    target = f"{folder}/{slugify(base.stem) or 'anh'}{base.suffix.lower()}"
    parsed.files[target] = data
    d.image = (target, attrs.get("alt") or None)
    inner.text = inner.text.replace(m.group(0), "", 1)
    if len(_IMG.findall(inner.text)):
        parsed.change(d.line, "exchange.xml.more_images")


def _tags(q: Node, d: Draft) -> None:
    comps, level = [], None
    tags = q.find("tags")
    for tag in tags.all("tag") if tags is not None else []:
        value = tag.value("text") if tag.find("text") is not None else tag.text.strip()
        if m := COMPETENCE_TAG.match(value):
            comps.append(m.group(1))
        elif m := LEVEL_TAG.match(value):
            level = int(m.group(1))
    d.competences = comps or None
    d.level = level


def _fraction(node: Node) -> float:
    try:
        return float(node.attrs.get("fraction", "0"))
    except ValueError:
        return 0.0


def _question(q: Node, parsed: Parsed, folder: str) -> Draft | None:
    kind = q.attrs.get("type", "")
    line = q.line
    if kind in UNSUPPORTED or kind not in ("multichoice", "truefalse", "shortanswer", "matching", "match", "ordering",
                                           "numerical"):
        parsed.skip(line, "exchange.unsupported", kind=kind or "?")
        return None
    d = Draft("single", "", line, name=q.value("name"), id=q.value("idnumber") or None)
    _take_image(q, d, parsed, folder)
    d.prompt = _text(q.find("questiontext"))
    if not d.prompt:
        parsed.skip(line, "exchange.no_prompt")
        return None
    d.explanation = _text(q.find("generalfeedback")) or None
    hints = [h for h in (_text(h) for h in q.all("hint")) if h]
    d.hint = hints[0] if hints else None
    if len(hints) > 1:
        parsed.change(line, "exchange.xml.hints", n=len(hints))
    _tags(q, d)
    answers = q.all("answer")
    if kind == "multichoice":
        single = q.value("single").lower() not in ("false", "0")
        d.type = "single" if single else "multiple"
        for a in answers:
            f = _fraction(a)
            d.options.append(Option(_text(a), f >= 100 if single else f > 0, _text(a.find("feedback")) or None))
        if any(0 < abs(_fraction(a)) < 100 for a in answers) and single:
            parsed.change(line, "exchange.partial_credit")
    elif kind == "truefalse":
        d.type = "truefalse"
        right = max(answers, key=_fraction, default=None)
        if right is None:
            parsed.skip(line, "exchange.xml.no_answer")
            return None
        d.answer = _text(right).strip().lower() in ("true", "1")
        wrong = [_text(a.find("feedback")) for a in answers if a is not right]
        tf_explanation(d, (wrong or [""])[0], _text(right.find("feedback")), parsed)
    elif kind == "shortanswer":
        d.type = "text"
        for a in answers:
            raw = a.value("text") or a.text.strip()
            if _fraction(a) >= 100:
                d.answers.append(raw)
            else:
                parsed.change(line, "exchange.partial_answer", text=raw)
        if not d.explanation and any(_text(a.find("feedback")) for a in answers):
            parsed.change(line, "exchange.answer_feedback")
        if q.value("usecase") == "1":
            parsed.change(line, "exchange.xml.usecase")
    elif kind in ("matching", "match"):
        d.type = "match"
        for sub in q.all("subquestion"):
            answer = sub.find("answer")
            left, side = _text(sub), (answer.value("text") if answer is not None else "")
            if left:
                d.pairs.append((left, side))
            elif side:
                parsed.change(sub.line, "exchange.match_extra", text=side)
    elif kind == "ordering":
        d.type = "order"
        d.items = [_text(a) for a in sorted(answers, key=_fraction)]
    else:  # numerical
        exact = [a for a in answers if _fraction(a) >= 100]
        value = exact[0].value("text") if exact else ""
        tolerance = exact[0].value("tolerance") if exact else ""
        if not re.fullmatch(r"0*(\.0*)?", tolerance) or not re.fullmatch(r"-?[0-9]+([.,][0-9]+)?", value):
            parsed.skip(line, "exchange.numerical")
            return None
        d.type, d.answers = "text", [value]
    return d


def read_moodle_xml(data: bytes, file: str, image_folder: str) -> Parsed:
    """Every question of a Moodle XML file, as drafts and findings (images go under ``image_folder``)."""
    quiz = parse_xml(data, file)
    parsed = Parsed()
    for q in quiz.all("question"):
        if q.attrs.get("type") == "category":
            path = q.value("category")
            if parsed.title is None and path:
                parsed.title = path.rstrip("/").split("/")[-1].strip() or None
            continue
        d = _question(q, parsed, image_folder)
        if d is not None:
            parsed.drafts.append(d)
    return parsed


# ---------------------------------------------------------------- writing


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _html_text(tag: str, markdown: str, indent: str, files: str = "") -> str:
    return f'{indent}<{tag} format="html">\n{indent}  <text>{_cdata(md_to_html(markdown))}</text>{files}\n{indent}</{tag}>'


def _plain(tag: str, text: str, indent: str) -> str:
    return f"{indent}<{tag}>\n{indent}  <text>{escape(text)}</text>\n{indent}</{tag}>"


def _grade(count: int) -> str:
    return f"{100 / count:.5f}".rstrip("0").rstrip(".")


def _name(q: QuestionBase) -> str:
    text = md_to_plain(q.prompt).replace("\n", " ")
    return text if len(text) <= 80 else text[:77].rsplit(" ", 1)[0] + "…"


def write_moodle_xml(cat: Catalog, bank: BankDoc, line_of: Callable[[QuestionBase], int]) -> tuple[str, list[Finding]]:
    """A bank as Moodle XML: a category named after the bank, then each question with every field Moodle has."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>",
           '  <question type="category">', f"    <category>\n      <text>$course$/top/{escape(bank.model.title)}</text>\n"
           "    </category>", "  </question>"]
    notes: list[Finding] = []
    kinds = {"single": "multichoice", "multiple": "multichoice", "truefalse": "truefalse", "text": "shortanswer",
             "match": "matching", "order": "ordering"}
    for q in bank.model.questions:
        i = "    "
        prompt_html = md_to_html(q.prompt)
        files = ""
        if q.image is not None:
            found = cat.resolve_image(q.image.src, bank.file.parent)
            if found is None:
                notes.append(Finding(line_of(q), "exchange.xml.image_not_found", {"src": q.image.src}, skipped=False))
            else:
                name = found.name
                prompt_html += f'<p><img src="@@PLUGINFILE@@/{escape(name)}" alt="{escape(q.image.alt)}"></p>'
                files = (f'\n{i}  <file name="{escape(name)}" path="/" encoding="base64">'
                         f"{base64.b64encode(found.read_bytes()).decode('ascii')}</file>")
        parts = [f'  <question type="{kinds[q.type]}">', _plain("name", _name(q), i),
                 f'{i}<questiontext format="html">\n{i}  <text>{_cdata(prompt_html)}</text>{files}\n{i}</questiontext>',
                 _html_text("generalfeedback", q.explanation or "", i),
                 f"{i}<defaultgrade>1</defaultgrade>", f"{i}<penalty>0.3333333</penalty>", f"{i}<hidden>0</hidden>",
                 f"{i}<idnumber>{escape(q.id)}</idnumber>"]
        if q.type in ("single", "multiple"):
            options = q.options  # type: ignore[attr-defined]
            right = sum(1 for o in options if o.correct)
            parts += [f"{i}<single>{'true' if q.type == 'single' else 'false'}</single>",
                      f"{i}<shuffleanswers>true</shuffleanswers>", f"{i}<answernumbering>abc</answernumbering>"]
            for o in options:
                if q.type == "single":
                    fraction = "100" if o.correct else "0"
                else:  # Moodle's partial credit: each right option a share, each wrong one takes it all back
                    fraction = _grade(right) if o.correct else "-100"
                parts.append(f'{i}<answer fraction="{fraction}" format="html">\n{i}  <text>{_cdata(md_to_html(o.text))}</text>\n'
                             f"{_html_text('feedback', o.feedback or '', i + '  ')}\n{i}</answer>")
        elif q.type == "truefalse":
            for value in (True, False):
                fraction = "100" if q.answer == value else "0"  # type: ignore[attr-defined]
                parts.append(f'{i}<answer fraction="{fraction}" format="moodle_auto_format">\n'
                             f"{i}  <text>{'true' if value else 'false'}</text>\n"
                             f'{i}  <feedback format="html">\n{i}    <text></text>\n{i}  </feedback>\n{i}</answer>')
        elif q.type == "text":
            parts.append(f"{i}<usecase>0</usecase>")
            for a in q.answers:  # type: ignore[attr-defined]
                parts.append(f'{i}<answer fraction="100" format="moodle_auto_format">\n{i}  <text>{escape(a)}</text>\n'
                             f'{i}  <feedback format="html">\n{i}    <text></text>\n{i}  </feedback>\n{i}</answer>')
        elif q.type == "match":
            parts.append(f"{i}<shuffleanswers>true</shuffleanswers>")
            for left, right_side in q.pairs:  # type: ignore[attr-defined]
                parts.append(f'{i}<subquestion format="html">\n{i}  <text>{_cdata(md_to_html(left))}</text>\n'
                             f"{i}  <answer>\n{i}    <text>{escape(md_to_plain(right_side))}</text>\n{i}  </answer>\n"
                             f"{i}</subquestion>")
        elif q.type == "order":
            parts += [f"{i}<layouttype>VERTICAL</layouttype>", f"{i}<selecttype>ALL</selecttype>",
                      f"{i}<selectcount>0</selectcount>", f"{i}<gradingtype>ABSOLUTE_POSITION</gradingtype>",
                      f"{i}<showgrading>SHOW</showgrading>", f"{i}<numberingstyle>none</numberingstyle>"]
            for n, item in enumerate(q.items, 1):  # type: ignore[attr-defined]
                parts.append(f'{i}<answer fraction="{n}" format="html">\n{i}  <text>{_cdata(md_to_html(item))}</text>\n'
                             f"{i}</answer>")
        if q.hint:
            parts.append(_html_text("hint", q.hint, i))
        tags = [f"competence:{c}" for c in bank.competences_of(q)]
        level = bank.level_of(q)
        if level is not None:
            tags.append(f"level:{level}")
        parts.append(f"{i}<tags>\n" + "\n".join(f"{i}  <tag>\n{i}    <text>{escape(x)}</text>\n{i}  </tag>" for x in tags)
                     + f"\n{i}</tags>")
        parts.append("  </question>")
        out += parts
    out.append("</quiz>")
    return "\n".join(out) + "\n", notes


def image_folder_for(bank_file: Path) -> str:
    """Where a bank's imported images go, relative to the bank file: a folder named after it."""
    return bank_file.stem + "-img"
