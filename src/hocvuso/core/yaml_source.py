"""Read content files and YAML while keeping where every value came from.

Values are plain Python data; a :class:`SourceMap` beside them maps each
path (a tuple of keys and list indices) to the line and column of the value
and, for mapping entries, of the key.
"""

from __future__ import annotations

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


class _Loader(yaml.SafeLoader):
    """Safe loader; we build values ourselves to record positions."""


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
    """Parse one YAML document. Lines are shifted by ``line_offset`` (front matter)."""
    smap = SourceMap(file)
    problems: list[Problem] = []
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        problem = (err.problem or str(err)).strip()
        return None, smap, [Problem(Pos(file, line, col), "yaml.syntax", {"problem": problem})]
    except yaml.YAMLError as err:  # reader errors such as control characters
        return None, smap, [Problem(Pos(file, 1 + line_offset, 1), "yaml.syntax", {"problem": str(err)})]
    finally:
        loader.dispose()
    if node is None:
        return None, smap, problems

    def where(n: yaml.Node) -> tuple[int, int]:
        return n.start_mark.line + 1 + line_offset, n.start_mark.column + 1

    def build(n: yaml.Node, path: PathKey) -> Any:
        smap.values[path] = where(n)
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            first: dict[Any, int] = {}
            for key_node, value_node in n.value:
                key = _scalar(loader, key_node)
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
        return _scalar(loader, n)

    return build(node, ()), smap, problems


def _scalar(loader: _Loader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_object(node, deep=True)
        # Dates and timestamps are written as text by authors; keep them as text.
        if not isinstance(value, (str, int, float, bool)) and value is not None:
            return str(node.value)
        return value
    return loader.construct_object(node, deep=True)


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
