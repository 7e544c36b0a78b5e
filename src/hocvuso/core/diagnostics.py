"""Problems found in content, and how they are printed for authors."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import i18n

# Control, bidi and zero-width characters in a file name or value could forge a line of output (a newline,
# a GitHub "::error" command) or reorder what a reviewer reads: they are shown as \uXXXX instead.
_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def visible(text: str) -> str:
    """``text`` with every control, bidi or zero-width character written as ``\\uXXXX``."""
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@dataclass(frozen=True)
class Pos:
    """A place in a source file; line and column count from 1."""

    file: Path
    line: int = 1
    col: int = 1


@dataclass(frozen=True)
class Problem:
    """One thing an author must fix (or, for a warning, should look at)."""

    pos: Pos
    code: str
    args: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    warning: bool = field(default=False, compare=False)

    def text(self, lang: str = i18n.DEFAULT_LANG) -> tuple[str, str]:
        """Message and fix in ``lang``."""
        lang = i18n.lang_of(lang)
        args = {k: visible(v) if isinstance(v, str) else v for k, v in self.args.items()}
        suggestion = args.pop("suggestion", None)
        args.setdefault("hint", i18n.DID_YOU_MEAN[lang].format(name=suggestion) if suggestion else "")
        for key in ("expected", "got_type"):
            word = args.get(key)
            if isinstance(word, str) and word in i18n.TYPE_WORDS:
                args[key] = i18n.TYPE_WORDS[word][lang]
        if "got_type" in args:
            args["got"] = args.pop("got_type")
        side = args.get("side")
        if isinstance(side, str) and side in i18n.SIDE_WORDS:
            args["side"] = i18n.SIDE_WORDS[side][lang]
        return i18n.problem_text(self.code, lang, args)

    def format(self, root: Path | None = None, lang: str = i18n.DEFAULT_LANG) -> str:
        """``path:line:col: message — fix``, the path relative to ``root``."""
        msg, fix = self.text(lang)
        kind = i18n.t(lang, "check.warning") + ": " if self.warning else ""
        return f"{display_path(self.pos.file, root)}:{self.pos.line}:{self.pos.col}: {kind}{msg} — {fix}"


def display_path(path: Path, root: Path | None) -> str:
    """Path as an author sees it: relative to the project when possible."""
    if root is not None:
        for p, r in ((path.absolute(), root.absolute()), (path.resolve(), root.resolve())):  # never follow a link first
            try:
                return visible(p.relative_to(r).as_posix())
            except ValueError:
                pass
    return visible(path.as_posix())


def nearest(name: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a mistyped name, if one is close enough (never the name itself)."""
    found = difflib.get_close_matches(name, [c for c in candidates if c != name], n=1, cutoff=0.6)
    return found[0] if found else None


class Report:
    """Collects every problem of a run, so authors see them all at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # advice (item-writing rules): errors only with `hocvuso check --strict`

    def add(self, pos: Pos, code: str, /, **args: object) -> None:
        """Record one problem."""
        self.problems.append(Problem(pos, code, args))

    def warn(self, pos: Pos, code: str, /, **args: object) -> None:
        """Record one piece of advice."""
        self.warnings.append(Problem(pos, code, args, warning=True))

    def extend(self, problems: Iterable[Problem]) -> None:
        """Record several problems."""
        self.problems.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def sorted(self, *, warnings: bool = False) -> list[Problem]:
        """Problems (or warnings) ordered by file, line and column, duplicates dropped."""
        seen: set[tuple[str, int, int, str, str]] = set()
        out: list[Problem] = []
        for p in sorted(self.warnings if warnings else self.problems, key=lambda p: (str(p.pos.file), p.pos.line, p.pos.col)):
            key = (str(p.pos.file), p.pos.line, p.pos.col, p.code, repr(sorted(p.args.items())))
            if key not in seen:
                seen.add(key)
                out.append(p)
        return out

    def format(self, root: Path | None = None, lang: str = i18n.DEFAULT_LANG) -> list[str]:
        """Every problem as a printable line."""
        return [p.format(root, lang) for p in self.sorted()]
