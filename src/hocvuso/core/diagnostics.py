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
    # A knock-on problem: it follows from the problems of this file (a bank that failed to load, say), and is
    # listed after every direct problem, marked as such, so authors fix causes first.
    cause: Path | None = field(default=None, compare=False)

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
        model = args.get("model")
        if isinstance(model, str) and model in i18n.MODEL_TITLES:
            args["model"] = i18n.MODEL_TITLES[model][lang]
        return i18n.problem_text(self.code, lang, args)

    def format(self, root: Path | None = None, lang: str = i18n.DEFAULT_LANG) -> str:
        """``path:line:col: message — fix``, the path relative to ``root``."""
        msg, fix = self.text(lang)
        kind = i18n.t(lang, "check.warning") + ": " if self.warning else ""
        if self.cause is not None:
            kind += i18n.t(lang, "check.consequence", cause=display_path(self.cause, root)) + ": "
        return f"{display_path(self.pos.file, root)}:{self.pos.line}:{self.pos.col}: {kind}{msg} — {fix}"


@dataclass(frozen=True)
class Omitted:
    """Stands for the problems left out of a report after a cap: ``n`` more like the one before, or ``n`` more
    of any kind in the same file. A bank of 5,000 broken questions must not bury the first useful line."""

    pos: Pos
    n: int
    same_kind: bool
    warning: bool = False

    def format(self, root: Path | None = None, lang: str = i18n.DEFAULT_LANG) -> str:
        """``path:line:col: … and 812 more like this``."""
        key = "check.more_like_this" if self.same_kind else "check.more_in_file"
        return f"{display_path(self.pos.file, root)}:{self.pos.line}:{self.pos.col}: … {i18n.t(lang, key, n=self.n)}"


def _file_note_last(note: Omitted) -> bool:
    return not note.same_kind  # "more like this" before "more in this file"


CAP_PER_KIND = 25  # problems of one kind shown per file (a new lesson's FIXMEs all fit)
CAP_PER_FILE = 60  # problems of any kind shown per file


def capped(problems: list[Problem], per_kind: int = CAP_PER_KIND, per_file: int = CAP_PER_FILE
           ) -> list[Problem | Omitted]:
    """``problems`` (already ordered) with at most ``per_kind`` of one code and ``per_file`` in all for each file;
    what is left out becomes one :class:`Omitted` line after the last problem shown of its kind or file."""
    shown: list[Problem] = []
    kind_count: dict[tuple[Path, str, bool], int] = {}
    file_count: dict[Path, int] = {}
    left_kind: dict[tuple[Path, str, bool], list[Problem]] = {}
    left_file: dict[Path, list[Problem]] = {}
    for p in problems:
        kind = (p.pos.file, p.code, p.cause is not None)
        if kind_count.get(kind, 0) >= per_kind:
            left_kind.setdefault(kind, []).append(p)
            continue
        if file_count.get(p.pos.file, 0) >= per_file:
            left_file.setdefault(p.pos.file, []).append(p)
            continue
        kind_count[kind] = kind_count.get(kind, 0) + 1
        file_count[p.pos.file] = file_count.get(p.pos.file, 0) + 1
        shown.append(p)
    out: list[Problem | Omitted] = []
    last_of_kind = {(p.pos.file, p.code, p.cause is not None): i for i, p in enumerate(shown)}
    last_of_file = {p.pos.file: i for i, p in enumerate(shown)}
    after: dict[int, list[Omitted]] = {}
    for kind, rest in left_kind.items():
        after.setdefault(last_of_kind[kind], []).append(Omitted(rest[0].pos, len(rest), True, rest[0].warning))
    for file, rest in left_file.items():
        after.setdefault(last_of_file[file], []).append(Omitted(rest[0].pos, len(rest), False, rest[0].warning))
    for i, shown_problem in enumerate(shown):
        out.append(shown_problem)
        notes = after.get(i, [])
        notes.sort(key=_file_note_last)
        out.extend(notes)
    return out


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

    def consequence(self, pos: Pos, code: str, /, cause: Path, **args: object) -> None:
        """Record a problem that follows from the problems of the file ``cause``: listed after the direct ones."""
        self.problems.append(Problem(pos, code, args, cause=cause))

    def extend(self, problems: Iterable[Problem]) -> None:
        """Record several problems (warnings among them go with the warnings)."""
        for p in problems:
            (self.warnings if p.warning else self.problems).append(p)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def sorted(self, *, warnings: bool = False) -> list[Problem]:
        """Problems (or warnings) ordered by file, line and column, duplicates dropped; consequences of other
        files' problems come last."""
        seen: set[tuple[str, int, int, str, str]] = set()
        out: list[Problem] = []
        for p in sorted(self.warnings if warnings else self.problems,
                        key=lambda p: (p.cause is not None, str(p.pos.file), p.pos.line, p.pos.col)):
            key = (str(p.pos.file), p.pos.line, p.pos.col, p.code, repr(sorted(p.args.items())))
            if key not in seen:
                seen.add(key)
                out.append(p)
        return out

    def format(self, root: Path | None = None, lang: str = i18n.DEFAULT_LANG) -> list[str]:
        """Every problem as a printable line."""
        return [p.format(root, lang) for p in self.sorted()]

    def lines(self, root: Path | None = None, lang: str = i18n.DEFAULT_LANG, *, warnings: bool = False) -> list[str]:
        """The problems (or warnings) as authors read them: ordered, consequences last, capped per file."""
        return [p.format(root, lang) for p in capped(self.sorted(warnings=warnings))]
