"""Read content files and YAML while keeping where every value came from.

Values are plain Python data; a :class:`SourceMap` beside them maps each
path (a tuple of keys and list indices) to the line and column of the value
and, for mapping entries, of the key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Pos, Problem

PathKey = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Positions of the values (and keys) of one YAML document."""

    file: Path
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    # Values the loader refused (`50.000`, `no`…) and already reported: the format checks say nothing more there.
    refused: set[PathKey] = field(default_factory=set)
    # Unquoted items of a `[ … ]` list: a comma in a sentence there silently splits it in two.
    flow_plain: set[PathKey] = field(default_factory=set)
    # Literal blocks (`prompt: |`): their text starts on the line after the value's position, line for line.
    literal: set[PathKey] = field(default_factory=set)

    def pos(self, path: PathKey = (), *, key: bool = False) -> Pos:
        """Position of the value at ``path`` (its key if ``key``), or its nearest parent."""
        path = tuple(path)
        while True:
            table = self.keys if key and path in self.keys else self.values
            if path in table:
                line, col = table[path]
                return Pos(self.file, line, col)
            if not path:
                return Pos(self.file, 1, 1)
            path = path[:-1]
            key = False


# libyaml's parser when PyYAML was built with it (it keeps line and column too); the pure-Python one otherwise.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
# The implicit types of a plain scalar (int, float, bool, null, timestamp…), by the first character they start with.
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = _BaseLoader.yaml_implicit_resolvers
# The shortcut below is the resolver's own logic for scalars, as long as no resolver applies to every first
# character and none depends on the path (PyYAML's safe loader has neither; it is left out if one ever does).
_SHORTCUT = None not in _IMPLICIT and not _BaseLoader.yaml_path_resolvers


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader, resolving scalars in one short function: libyaml's composer asks the resolver for every
    scalar (326,000 times for a thousand lessons), and PyYAML's general one takes twice as long per call."""

    if _SHORTCUT:
        def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> Any:
            if kind is not yaml.ScalarNode:
                return super().resolve(kind, value, implicit)
            if implicit[0]:  # written plainly: the first pattern of its first character that matches gives the type
                for tag, pattern in _IMPLICIT.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return _STR_TAG


MAX_DEPTH = 20  # content never nests deeper; a cap keeps a hostile file from exhausting the stack
_MERGE_TAG = "tag:yaml.org,2002:merge"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_ANCHOR_ALIAS_TAG = re.compile(r"[&*!]")


def _may_need_screen(text: str) -> bool:
    """Whether YAML could read an anchor `&`, alias `*` or tag `!` (at the start of a value, item or flow entry)
    or a merge key `<<` in the text. Each `&*!` is looked at where it stands: a pattern trying every position
    of every file took a fifth of the loading time."""
    if "<<" in text:
        return True
    for found in _ANCHOR_ALIAS_TAG.finditer(text):
        start = found.start()
        before = start
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before == 0 or text[before - 1] in "\n\r[{,":
            return True  # first on its line, or first in a flow entry
        if before < start and text[before - 1] in ":?-":
            return True  # after `key: `, `? ` or `- `
    return False


def _depth_bound(text: str) -> int:
    """More than the nesting depth the text can reach: one level per column of indentation, plus its brackets."""
    indent = max((len(ln) - len(ln.lstrip(" -?")) for ln in text.splitlines()), default=0)
    return indent + text.count("[") + text.count("{") + 1


def _screen(text: str, file: Path, line_offset: int) -> list[Problem]:
    """What authors never need and a hostile file could abuse: control characters, anchors and aliases
    (the "billion laughs"), explicit tags (``!vi``, ``!!int``) and deep nesting. Found before any value is built."""
    def at(line: int, col: int) -> Pos:
        return Pos(file, line + 1 + line_offset, col + 1)

    bad = _CONTROL.search(text)
    if bad:
        before = text[: bad.start()]  # one search of the whole text; the line is counted only when one is found
        line, col = before.count("\n"), bad.start() - before.rfind("\n") - 1
        return [Problem(at(line, col), "yaml.control_char", {"char": f"\\u{ord(bad.group()):04x}"})]
    if not _may_need_screen(text) and _depth_bound(text) <= MAX_DEPTH:
        return []  # no anchor, alias, tag or merge key can be written without these, nor deep nesting
    problems: list[Problem] = []
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        line, col = (event.start_mark.line, event.start_mark.column) if event.start_mark else (0, 0)
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.append(Problem(at(line, col), "yaml.anchor", {"name": getattr(event, "anchor", "")}))
        elif tag is not None:
            problems.append(Problem(at(line, col), "yaml.tag", {"tag": str(tag).replace("tag:yaml.org,2002:", "!!")}))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                problems.append(Problem(at(line, col), "yaml.too_deep", {"depth": MAX_DEPTH}))
                break
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return problems


def read_text(file: Path) -> tuple[str | None, list[Problem]]:
    """Read a file as UTF-8; report encoding problems and empty files."""
    data = file.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        col = err.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(Pos(file, line, col), "file.not_utf8", {"offset": err.start})]
    if not text.strip():
        return None, [Problem(Pos(file, 1, 1), "file.empty")]
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        # Decomposed Vietnamese (NFD, as some editors and macOS copy-paste write it) looks the same but is other
        # characters: search and typed answers would stop matching. It is read as NFC; the file should be too.
        return nfc, [Problem(_first_decomposed(text, file), "text.nfd", warning=True)]
    return text, []


def _first_decomposed(text: str, file: Path) -> Pos:
    for n, line in enumerate(text.splitlines(), 1):
        if unicodedata.normalize("NFC", line) != line:
            col = next((i for i, ch in enumerate(line) if unicodedata.combining(ch)), 0)
            return Pos(file, n, max(col, 1))
    return Pos(file, 1, 1)


def load_yaml(text: str, file: Path, line_offset: int = 0) -> tuple[Any, SourceMap, list[Problem]]:
    """Parse one YAML document. Lines are shifted by ``line_offset`` (front matter).

    Every failure becomes a problem at its line; nothing here raises on any input.
    """
    smap = SourceMap(file)
    try:
        problems = _screen(text, file, line_offset)
        if problems:
            return None, smap, problems
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, smap, []
            return _build(loader, node, smap, line_offset, text.splitlines())
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        return None, smap, [parser_problem(err, text, file, line_offset)]
    except (yaml.YAMLError, ValueError, RecursionError) as err:
        return None, smap, [Problem(Pos(file, 1 + line_offset, 1), "yaml.syntax", {"problem": str(err).strip()})]


_CURLY = "“”‘’„‟«»"
_KEY = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*$")  # what stands before the colon of a `key: value` line
_QUOTED_THEN_TEXT = re.compile(r":\s+([\"']).*?\1[ \t]+[^\s#]")


def parser_problem(err: yaml.MarkedYAMLError, text: str, file: Path, line_offset: int = 0) -> Problem:
    """A YAML parser error in the words of the mistake that causes it most often: a tab, an indentation, a quote
    left open, curly quotes, a `[ ]` list, a colon inside a value, a value starting with a reserved character.
    The parser's own words are kept only for what is left (the rare cases)."""
    problem = (err.problem or str(err)).strip()
    context = (err.context or "").strip()
    mark = err.problem_mark or err.context_mark
    line0 = mark.line if mark else 0
    col0 = mark.column if mark else 0
    lines = text.splitlines()
    source = lines[line0] if 0 <= line0 < len(lines) else ""

    def at(line: int, col: int, code: str, **args: object) -> Problem:
        return Problem(Pos(file, line + 1 + line_offset, col + 1), code, args)

    if "nesting depth" in problem:  # libyaml's own limit, met before ours on some inputs
        return at(line0, col0, "yaml.too_deep", depth=MAX_DEPTH)
    if "tab" in problem or "\t" in source[: max(col0, 0) + 1] and "cannot start any token" in problem:
        tab = source.find("\t")
        return at(line0, tab if tab >= 0 else col0, "yaml.tab")
    if "quoted scalar" in context and err.context_mark is not None:
        quote = err.context_mark
        return at(quote.line, quote.column, "yaml.unclosed_quote")
    opened = _open_quote(lines[: line0 + 1])
    if opened is not None:  # a quote left open swallows the next lines until the parser trips further down
        return at(*opened, "yaml.unclosed_quote")
    curly = next((i for i, ch in enumerate(source) if ch in _CURLY), -1)
    if curly >= 0 and ("mapping values" in problem or "expected key" in problem or "flow" in context):
        return at(line0, curly, "yaml.curly_quotes")
    if "flow" in context:
        start = err.context_mark
        line, col = (start.line, start.column) if start is not None else (line0, col0)
        for n in range(min(line, len(lines) - 1), -1, -1):  # where the unclosed `[` or `{` opens
            opening = max(lines[n].rfind("["), lines[n].rfind("{"))
            if opening >= 0:
                line, col = (n, opening) if n != line0 else (line0, col0)
                break
        return at(line, col, "yaml.flow")
    if "mapping values are not allowed" in problem:
        if source.find(":") == col0 and _KEY.match(source[:col0]):  # `key:` on a line indented too deep
            return at(line0, len(source) - len(source.lstrip()), "yaml.indent")
        return at(line0, col0, "yaml.colon")
    if "expected key" in problem and _QUOTED_THEN_TEXT.search(source):
        return at(line0, col0, "yaml.quote_then_text")
    if "cannot start any token" in problem or "scanning an alias" in context:
        char = source[col0:col0 + 1] or "?"
        if "scanning an alias" in context and err.context_mark is not None:
            char = "*"
            col0 = err.context_mark.column
        return at(line0, col0, "yaml.reserved_char", char=char)
    if any(words in problem for words in ("expected key", "'-' indicator", "expected <block end>", "could not find expected ':'",
                                          "did not find expected node content")) or "block" in context:
        return at(line0, len(source) - len(source.lstrip()), "yaml.indent")
    return at(line0, col0, "yaml.syntax", problem=problem)


_QUOTED_START = re.compile(r"^(\s*(?:-\s+)?(?:[\w-]+:\s+)?)([\"'])")


_BLOCK_START = re.compile(r"(?:^|:|-)\s*[|>][+-]?\d?\s*(?:#.*)?$")


def _open_quote(lines: list[str]) -> tuple[int, int] | None:
    """The line and column of a value that opens a quote and does not close it on its line (authors never mean a
    quoted value to run over several lines)."""
    block_indent = -1  # inside a `|` or `>` block, whose lines are text, quotes included
    for n, line in enumerate(lines):
        indent = len(line) - len(line.lstrip())
        if block_indent >= 0 and (indent > block_indent or not line.strip()):
            continue
        block_indent = indent if _BLOCK_START.search(line) else -1
        m = _QUOTED_START.match(line)
        if m is None:
            continue
        quote, rest = m.group(2), line[m.end():]
        if quote == '"':
            closed = re.search(r'(?<!\\)"', rest.replace('\\\\', "")) is not None
        else:
            closed = "'" in rest.replace("''", "")
        if not closed:
            return n, m.end() - 1
    return None


_DASH_LINE = re.compile(r"^(\s*)- \S")


def _build(loader: yaml.SafeLoader, root: yaml.Node, smap: SourceMap, line_offset: int, text_lines: list[str]
           ) -> tuple[Any, SourceMap, list[Problem]]:
    """Plain values from the composed nodes, recording where each value (and key) stands.

    Problems that make the document unusable (merge keys, duplicate keys) leave no value; values that YAML would
    silently turn into something else (``50.000`` into 50.0, ``no`` into false) are refused but kept as the text
    written, so the rest of the file is still checked."""
    problems: list[Problem] = []
    soft: list[Problem] = []
    file = smap.file

    def where(n: yaml.Node) -> tuple[int, int]:
        return n.start_mark.line + 1 + line_offset, n.start_mark.column + 1

    # This walk visits every value of every file (200,000 at a thousand lessons): the commonest case, a text
    # written plainly on one line or quoted, takes the shortest path; the dictionaries are bound once.
    values, keys = smap.values, smap.keys

    def build(n: yaml.Node, path: PathKey) -> Any:
        mark = n.start_mark
        values[path] = (mark.line + 1 + line_offset, mark.column + 1)
        if type(n) is yaml.ScalarNode:
            if n.tag == _STR_TAG:
                if n.style == "|":
                    smap.literal.add(path)
                    return n.value
                if n.style or (n.end_mark.line == mark.line and n.value[:1] not in _CURLY):
                    return n.value  # quoted, folded, or one plain line: taken as written, nothing to screen
            value = _scalar(loader, n, problems, file, where)
            return _screen_value(n, value, path, smap, soft, text_lines, line_offset)
        if type(n) is yaml.MappingNode:
            out: dict[Any, Any] = {}
            first: dict[Any, int] = {}
            for key_node, value_node in n.value:
                if key_node.tag == _STR_TAG and type(key_node) is yaml.ScalarNode:
                    key: Any = key_node.value
                elif key_node.tag == _MERGE_TAG:
                    problems.append(Problem(Pos(file, *where(key_node)), "yaml.merge"))
                    continue
                else:
                    key = _scalar(loader, key_node, problems, file, where)
                    if not isinstance(key, (str, int, float, bool)) or key is None:
                        key = str(key)
                key_at = where(key_node)
                if key in out:
                    problems.append(Problem(Pos(file, *key_at), "yaml.duplicate_key",
                                            {"key": key, "first_line": first[key]}))
                    continue
                first[key] = key_at[0]
                sub = path + (key,)
                keys[sub] = key_at
                out[key] = build(value_node, sub)
            return out
        assert isinstance(n, yaml.SequenceNode)
        if n.flow_style:
            smap.flow_plain.update(path + (i,) for i, item in enumerate(n.value)
                                   if isinstance(item, yaml.ScalarNode) and not item.style)
        return [build(item, path + (i,)) for i, item in enumerate(n.value)]

    value = build(root, ())
    return (None if problems else value), smap, problems + soft


_BOOL_WORDS = {"true", "false"}


def _screen_value(node: yaml.ScalarNode, value: Any, path: PathKey, smap: SourceMap, soft: list[Problem],
                  text_lines: list[str], line_offset: int) -> Any:
    """Refuse what YAML would change without a word: a number whose text is not the one written (`50.000` shown
    as 50.0, `0113` read as 75), `yes/no/on/off` as booleans; and find the dash of a list item that, indented
    too deep, became part of the text above. Quoted values are taken as written and never refused."""
    if node.style:  # quoted or a block (`|`): taken as written ("" is libyaml's plain style, None PyYAML's)
        return value
    raw = str(node.value)
    pos = Pos(smap.file, node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)
    if isinstance(value, bool) and raw.lower() not in _BOOL_WORDS:
        soft.append(Problem(pos, "yaml.bool_word", {"raw": raw, "value": str(value).lower()}))
        smap.refused.add(path)
        return raw
    if isinstance(value, (int, float)) and not isinstance(value, bool) and str(value) != raw:
        soft.append(Problem(pos, "yaml.number_changed", {"raw": raw, "value": str(value)}))
        smap.refused.add(path)
        return raw
    if isinstance(value, str):
        if value[:1] in _CURLY and value[-1:] in _CURLY and len(value) > 1:
            soft.append(Problem(pos, "yaml.curly_quotes", {}))
        if node.end_mark.line > node.start_mark.line:
            for n in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(text_lines))):
                dash = _DASH_LINE.match(text_lines[n])
                if dash is not None:
                    soft.append(Problem(Pos(smap.file, n + 1 + line_offset, len(dash.group(1)) + 1), "yaml.dash_in_text", {}))
                    break
    return value


def _scalar(loader: yaml.SafeLoader, node: yaml.Node, problems: list[Problem], file: Path, where: Any) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        problems.append(Problem(Pos(file, *where(node)), "yaml.complex_key"))
        return None
    if node.tag == _STR_TAG:
        return node.value  # most values are text: skip the constructor's machinery (half the loading time)
    try:
        value = loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as err:
        problems.append(Problem(Pos(file, *where(node)), "yaml.syntax", {"problem": str(err).splitlines()[0]}))
        return None
    # Dates and timestamps are written as text by authors; keep them as text.
    if not isinstance(value, (str, int, float, bool)) and value is not None:
        return str(node.value)
    return value


@dataclass
class MarkdownDoc:
    """A Markdown file split into front matter and body."""

    meta: dict[str, Any] | None
    smap: SourceMap
    body: str
    body_line: int  # line number where the body starts


def split_front_matter(text: str, file: Path) -> tuple[MarkdownDoc, list[Problem]]:
    """Split ``---`` front matter from a Markdown file and parse it with positions."""
    lines = text.splitlines(keepends=True)
    smap = SourceMap(file)
    if not lines or lines[0].strip() != "---":
        return MarkdownDoc(None, smap, text, 1), []
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return MarkdownDoc(None, smap, text, 1), [Problem(Pos(file, 1, 1), "frontmatter.unclosed")]
    yaml_text = "".join(lines[1:end])
    body = "".join(lines[end + 1:])
    if not yaml_text.strip():
        return MarkdownDoc({}, smap, body, end + 2), []
    data, smap, problems = load_yaml(yaml_text, file, line_offset=1)
    if data is not None and not isinstance(data, dict):
        problems.append(Problem(Pos(file, 2, 1), "yaml.not_mapping"))
        data = None
    return MarkdownDoc(data, smap, body, end + 2), problems
