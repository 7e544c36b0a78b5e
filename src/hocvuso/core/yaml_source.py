"""Read content files and YAML while keeping where every value came from.

Values are plain Python data; a :class:`SourceMap` beside them maps each
path (a tuple of keys and list indices) to the line and column of the value
and, for mapping entries, of the key.
"""

from __future__ import annotations

import re
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
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 20  # content never nests deeper; a cap keeps a hostile file from exhausting the stack
_MERGE_TAG = "tag:yaml.org,2002:merge"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _screen(text: str, file: Path, line_offset: int) -> list[Problem]:
    """What authors never need and a hostile file could abuse: control characters, anchors and aliases
    (the "billion laughs"), explicit tags (``!vi``, ``!!int``) and deep nesting. Found before any value is built."""
    def at(line: int, col: int) -> Pos:
        return Pos(file, line + 1 + line_offset, col + 1)

    for n, text_line in enumerate(text.splitlines()):
        bad = _CONTROL.search(text_line)
        if bad:
            return [Problem(at(n, bad.start()), "yaml.control_char", {"char": f"\\u{ord(bad.group()):04x}"})]
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
    return text, []


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
            return _build(loader, node, smap, line_offset)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        problem = (err.problem or str(err)).strip()
        if "nesting depth" in problem:  # libyaml's own limit, met before ours on some inputs
            return None, smap, [Problem(Pos(file, line, col), "yaml.too_deep", {"depth": MAX_DEPTH})]
        return None, smap, [Problem(Pos(file, line, col), "yaml.syntax", {"problem": problem})]
    except (yaml.YAMLError, ValueError, RecursionError) as err:
        return None, smap, [Problem(Pos(file, 1 + line_offset, 1), "yaml.syntax", {"problem": str(err).strip()})]


def _build(loader: yaml.SafeLoader, root: yaml.Node, smap: SourceMap, line_offset: int
           ) -> tuple[Any, SourceMap, list[Problem]]:
    """Plain values from the composed nodes, recording where each value (and key) stands."""
    problems: list[Problem] = []
    file = smap.file

    def where(n: yaml.Node) -> tuple[int, int]:
        return n.start_mark.line + 1 + line_offset, n.start_mark.column + 1

    def build(n: yaml.Node, path: PathKey) -> Any:
        smap.values[path] = where(n)
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            first: dict[Any, int] = {}
            for key_node, value_node in n.value:
                if key_node.tag == _MERGE_TAG:
                    problems.append(Problem(Pos(file, *where(key_node)), "yaml.merge"))
                    continue
                key = _scalar(loader, key_node, problems, file, where)
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    key = str(key)
                if key in out:
                    problems.append(Problem(Pos(file, *where(key_node)), "yaml.duplicate_key",
                                            {"key": key, "first_line": first[key]}))
                    continue
                first[key] = where(key_node)[0]
                smap.keys[path + (key,)] = where(key_node)
                out[key] = build(value_node, path + (key,))
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(item, path + (i,)) for i, item in enumerate(n.value)]
        return _scalar(loader, n, problems, file, where)

    value = build(root, ())
    return (None if problems else value), smap, problems


def _scalar(loader: yaml.SafeLoader, node: yaml.Node, problems: list[Problem], file: Path, where: Any) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        problems.append(Problem(Pos(file, *where(node)), "yaml.complex_key"))
        return None
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
