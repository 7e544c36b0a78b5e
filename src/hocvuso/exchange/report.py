"""The provincial report: many facilitators' tally CSV files merged into one static HTML page and CSV tables.

A facilitator's tally page exports its results as CSV (one row per result code, header :data:`HEADER`). The
commune or province collects those files; :func:`write_report` checks every file and row first (each problem
with its ``file:line`` and how to fix it), removes the rows that several files share (same code), and only
when nothing is wrong writes ``index.html`` (no script, no request outside itself, inline SVG bars) and
``csv/`` (one table per commune and one per course) into a folder that appears whole or not at all.

A targets file (``commune,course,population,target_percent``) adds, for each commune and course, the share of
the population that passed the standard test next to the campaign's target.

Figures (the same definitions in the HTML and the CSV tables):

- results: rows after duplicates are removed; entry / standard: rows of that kind;
- passed: standard results with ``passed`` = 1; pass rate = passed / standard results;
- change in a domain: the average of the standard results' percent right in that domain (over the results
  with questions in it) minus the same average over the entry results, in percentage points;
- reached: passed / population ≥ target percent.

Rates and changes are rounded half up to one decimal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from pathlib import Path

from ..content.catalog import Catalog, load_catalog
from ..core.textnorm import fold
from ..i18n import t

DOMAINS = [str(d) for d in range(7)]
HEADER = ["code", "course", "kind", "date", "percent", "passed", "commune", "nickname", "source"] + [
    f"d{d}_{part}" for d in DOMAINS for part in ("right", "total")]
TARGET_HEADER = ["commune", "course", "population", "target_percent"]
KINDS = ("entry", "standard")
SOURCES = ("online", "paper")
MARK = "hocvuso-report"  # in the index.html <meta name="generator">: a folder holding it may be replaced
CSV_DIR = "csv"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT = re.compile(r"\d{1,9}")


@dataclass(frozen=True)
class ReportProblem:
    """Something wrong in an input file, at a line (0 when it concerns the whole file)."""

    file: str
    line: int
    key: str  # catalogue key under words.py ``report.*``; its text says what is wrong and how to fix it
    args: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    def format(self, lang: str) -> str:
        """``file:line: what is wrong — how to fix it`` in ``lang``."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {t(lang, self.key, **self.args)}"


class ReportError(Exception):
    """The input has problems; nothing was written."""

    def __init__(self, problems: list[ReportProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


@dataclass(frozen=True)
class Result:
    """One result code's row."""

    code: str
    course: str
    kind: str
    date: str
    percent: int
    passed: bool
    commune: str
    nickname: str
    source: str
    domains: tuple[tuple[int, int] | None, ...]  # (right, total) per domain "0".."6", None without questions

    def same(self, other: Result) -> bool:
        """Equal in every field but the source (a paper sheet and its online twin are the same result)."""
        return (self.course, self.kind, self.date, self.percent, self.passed, self.commune, self.nickname,
                self.domains) == (other.course, other.kind, other.date, other.percent, other.passed,
                                  other.commune, other.nickname, other.domains)


@dataclass(frozen=True)
class Target:
    """A campaign target: the people of a course's group in a commune, and the percent who should pass."""

    commune: str
    course: str
    population: int
    percent: int


@dataclass
class Merged:
    """Every result once, the targets, and how many rows were read and dropped as duplicates."""

    results: list[Result]
    targets: list[Target]
    rows: int
    duplicates: int
    files: int


def commune_key(name: str) -> str:
    """The commune as compared: Unicode NFC, case and runs of spaces ignored ("Tân  hồng" = "Tân Hồng")."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _read_rows(path: Path, name: str, header: list[str],
               problems: list[ReportProblem]) -> list[tuple[int, list[str]]]:
    """The data rows of a CSV file with their line numbers, after checking its header (BOM tolerated)."""
    if not path.is_file():
        problems.append(ReportProblem(name, 0, "report.no_file"))
        return []
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        problems.append(ReportProblem(name, line, "report.not_utf8"))
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    try:
        first = next(reader, None)
        if first is None or [c.strip() for c in first] != header:
            problems.append(ReportProblem(name, 1, "report.bad_header", {"header": ",".join(header)}))
            return []
        line = reader.line_num
        for row in reader:
            if any(c.strip() for c in row):
                rows.append((line + 1, row))
            line = reader.line_num
    except csv.Error:
        problems.append(ReportProblem(name, reader.line_num, "report.bad_csv"))
    return rows


def _int(text: str, low: int, high: int) -> int | None:
    text = text.strip()
    if not _INT.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None


def _result(name: str, line: int, row: list[str], courses: Iterable[str],
            problems: list[ReportProblem]) -> Result | None:
    """One row as a result, or None with its problems recorded."""
    before = len(problems)

    def bad(key: str, **args: object) -> None:
        problems.append(ReportProblem(name, line, key, args))

    if len(row) != len(HEADER):
        bad("report.bad_columns", n=len(row), expected=len(HEADER))
        return None
    cells = dict(zip(HEADER, (c.strip() for c in row), strict=True))
    if not cells["code"]:
        bad("report.no_code")
    if cells["course"] not in courses:
        bad("report.bad_course", course=cells["course"])
    if cells["kind"] not in KINDS:
        bad("report.bad_kind", value=cells["kind"])
    try:
        dt.date.fromisoformat(cells["date"])
        if not _DATE.fullmatch(cells["date"]):
            raise ValueError
    except ValueError:
        bad("report.bad_date", value=cells["date"])
    percent = _int(cells["percent"], 0, 100)
    if percent is None:
        bad("report.bad_percent", value=cells["percent"])
    if cells["passed"] not in ("0", "1"):
        bad("report.bad_passed", value=cells["passed"])
    if cells["source"] not in SOURCES:
        bad("report.bad_source", value=cells["source"])
    domains: list[tuple[int, int] | None] = []
    for d in DOMAINS:
        right_text, total_text = cells[f"d{d}_right"], cells[f"d{d}_total"]
        if not right_text and not total_text:
            domains.append(None)
            continue
        right, total = _int(right_text, 0, 10_000), _int(total_text, 1, 10_000)
        if right is None or total is None or right > total:
            bad("report.bad_domain", domain=d, right=right_text, total=total_text)
            domains.append(None)
        else:
            domains.append((right, total))
    counted = [dom for dom in domains if dom is not None]
    if len(problems) == before and not counted:
        bad("report.no_domain")
    if len(problems) == before and percent is not None:
        expected = 100 * sum(r for r, _ in counted) // sum(n for _, n in counted)
        if expected != percent:
            bad("report.percent_mismatch", percent=percent, expected=expected)
    if len(problems) > before:
        return None
    assert percent is not None
    return Result(cells["code"], cells["course"], cells["kind"], cells["date"], percent, cells["passed"] == "1",
                  " ".join(cells["commune"].split()), cells["nickname"], cells["source"], tuple(domains))


def _targets(path: Path, name: str, courses: Iterable[str], problems: list[ReportProblem]) -> list[Target]:
    out: list[Target] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in _read_rows(path, name, TARGET_HEADER, problems):
        before = len(problems)
        if len(row) != len(TARGET_HEADER):
            problems.append(ReportProblem(name, line, "report.bad_columns", {"n": len(row), "expected": len(TARGET_HEADER)}))
            continue
        commune, course, population_text, percent_text = (c.strip() for c in row)
        if not commune:
            problems.append(ReportProblem(name, line, "report.target_no_commune"))
        if course not in courses:
            problems.append(ReportProblem(name, line, "report.bad_course", {"course": course}))
        population, percent = _int(population_text, 1, 10**9), _int(percent_text, 0, 100)
        if population is None:
            problems.append(ReportProblem(name, line, "report.bad_population", {"value": population_text}))
        if percent is None:
            problems.append(ReportProblem(name, line, "report.bad_target", {"value": percent_text}))
        key = (commune_key(commune), course)
        if key in seen:
            problems.append(ReportProblem(name, line, "report.target_twice", {"line": seen[key]}))
        seen.setdefault(key, line)
        if len(problems) == before and population is not None and percent is not None:
            out.append(Target(" ".join(commune.split()), course, population, percent))
    return out


def merge(paths: list[Path], targets: Path | None, courses: Iterable[str], names: list[str] | None = None,
          target_name: str | None = None) -> Merged:
    """Read and check every file; raise :class:`ReportError` with every problem, else the merged results.

    ``names`` are the files as the user named them (for messages); duplicates are rows with the same code,
    kept once; rows with the same code but other differences are a conflict, reported at both lines.
    """
    names = names or [str(p) for p in paths]
    courses = set(courses)
    problems: list[ReportProblem] = []
    kept: dict[str, tuple[Result, str, int]] = {}
    rows = duplicates = 0
    for path, name in zip(paths, names, strict=True):
        for line, row in _read_rows(path, name, HEADER, problems):
            rows += 1
            result = _result(name, line, row, courses, problems)
            if result is None:
                continue
            if result.code in kept:
                first, first_file, first_line = kept[result.code]
                if first.same(result):
                    duplicates += 1
                else:
                    problems.append(ReportProblem(name, line, "report.conflict",
                                                  {"file": first_file, "line": first_line}))
                continue
            kept[result.code] = (result, name, line)
    target_list = _targets(targets, target_name or str(targets), courses, problems) if targets is not None else []
    if problems:
        raise ReportError(problems)
    return Merged([r for r, _, _ in kept.values()], target_list, rows, duplicates, len(paths))


# ---------------------------------------------------------------- figures


def rounded(value: Decimal) -> Decimal:
    """One decimal, half up (0.25 -> 0.3), the same on every machine."""
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Figures:
    """The counts of one group of results (a course, a commune, a course in a commune, or all)."""

    results: int = 0
    entry: int = 0
    standard: int = 0
    passed: int = 0
    # per domain: (sum of percents, count) over entry results and over standard results
    entry_sums: dict[str, tuple[Decimal, int]] = field(default_factory=dict)
    standard_sums: dict[str, tuple[Decimal, int]] = field(default_factory=dict)

    def add(self, r: Result) -> None:
        """Count one result."""
        self.results += 1
        sums = self.entry_sums if r.kind == "entry" else self.standard_sums
        if r.kind == "entry":
            self.entry += 1
        else:
            self.standard += 1
            self.passed += r.passed
        for d, dom in zip(DOMAINS, r.domains, strict=True):
            if dom is not None:
                total, count = sums.get(d, (Decimal(0), 0))
                sums[d] = (total + Decimal(100 * dom[0]) / dom[1], count + 1)

    @property
    def pass_rate(self) -> Decimal | None:
        """Passed / standard results in percent, None without standard results."""
        return rounded(Decimal(100 * self.passed) / self.standard) if self.standard else None

    def average(self, kind: str, domain: str) -> Decimal | None:
        """Average percent right in a domain over the results of a kind that have questions in it."""
        total, count = (self.entry_sums if kind == "entry" else self.standard_sums).get(domain, (Decimal(0), 0))
        return rounded(total / count) if count else None

    def change(self, domain: str) -> Decimal | None:
        """Standard average minus entry average in a domain (percentage points), None unless both exist."""
        entry = self.entry_sums.get(domain)
        standard = self.standard_sums.get(domain)
        if not entry or not standard:
            return None
        return rounded(standard[0] / standard[1] - entry[0] / entry[1])


def figures(results: Iterable[Result]) -> Figures:
    """The figures of a group of results."""
    out = Figures()
    for r in results:
        out.add(r)
    return out


def reached(passed: int, target: Target) -> bool:
    """Whether passed / population reaches the target percent (compared exactly, in integers)."""
    return passed * 100 >= target.percent * target.population


def share(passed: int, population: int) -> Decimal:
    """Passed / population in percent."""
    return rounded(Decimal(100 * passed) / population)


# ---------------------------------------------------------------- writing


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _num(value: Decimal | int | None, signed: bool = False) -> str:
    if value is None:
        return ""
    if signed and value > 0:
        return f"+{value}"
    return str(value)


def _csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return "\ufeff" + buf.getvalue()  # with a BOM, so that spreadsheet programs read the accents right


CSV_COLUMNS = ["commune", "course", "course_title", "results", "entry", "standard", "passed", "pass_rate",
               "population", "target_percent", "passed_of_population", "target_reached"] + [
    f"d{d}_change" for d in DOMAINS]


class Report:
    """The merged results with what the pages need to name them: course titles and domain names."""

    def __init__(self, merged: Merged, cat: Catalog, lang: str) -> None:
        self.merged = merged
        self.lang = lang
        self.titles = {cid: page.course.title for cid, page in cat.courses.items() if page.course}
        self.domains: dict[str, str] = {}
        if cat.framework:
            for d in cat.framework.model.domains:
                self.domains[d.code] = (d.title_en or d.title) if lang == "en" else d.title
        self.unnamed = t(lang, "report.no_commune")
        # Communes by their compared form, shown as first written; results and targets share them.
        self.commune_names: dict[str, str] = {}
        for name in [r.commune for r in merged.results] + [g.commune for g in merged.targets]:
            self.commune_names.setdefault(commune_key(name), name or self.unnamed)
        order = sorted(self.commune_names, key=lambda k: (k == "", fold(self.commune_names[k]), k))
        self.communes = order
        used = {r.course for r in merged.results} | {g.course for g in merged.targets}
        self.courses = [c for c in self.titles if c in used]
        self.targets = {(commune_key(g.commune), g.course): g for g in merged.targets}

    def results(self, commune: str | None = None, course: str | None = None) -> list[Result]:
        """The results of a commune (compared form) and/or course."""
        return [r for r in self.merged.results
                if (commune is None or commune_key(r.commune) == commune) and (course is None or r.course == course)]

    def title(self, course: str) -> str:
        """A course's title."""
        return self.titles.get(course, course)

    def pairs(self) -> list[tuple[str, str]]:
        """(commune, course) for every pair that has results or a target, communes in order."""
        have = {(commune_key(r.commune), r.course) for r in self.merged.results} | set(self.targets)
        return [(c, k) for c in self.communes for k in self.courses if (c, k) in have]

    def csv_row(self, commune: str | None, course: str | None) -> list[str]:
        """One line of the CSV tables: the figures of a commune and course (None: all of them)."""
        f = figures(self.results(commune, course))
        target = self.targets.get((commune, course)) if commune is not None and course is not None else None
        cells = [self.commune_names[commune] if commune is not None else "",
                 course or "", self.title(course) if course else "",
                 str(f.results), str(f.entry), str(f.standard), str(f.passed), _num(f.pass_rate)]
        if target:
            cells += [str(target.population), str(target.percent), _num(share(f.passed, target.population)),
                      "1" if reached(f.passed, target) else "0"]
        else:
            cells += ["", "", "", ""]
        return cells + [_num(f.change(d)) for d in DOMAINS]

    def csv_files(self) -> dict[str, str]:
        """``csv/xa-<commune>.csv`` (a line per course, then the total) and ``csv/nhom-<course>.csv`` (a line
        per commune, then the total)."""
        out: dict[str, str] = {}
        taken: set[str] = set()
        pairs = set(self.pairs())
        for commune in self.communes:
            base = "xa-" + (_slug(self.commune_names[commune]) if commune else "chua-ghi")
            name, n = base, 2
            while name in taken:
                name, n = f"{base}-{n}", n + 1
            taken.add(name)
            lines = [self.csv_row(commune, c) for c in self.courses if (commune, c) in pairs]
            total = self.csv_row(commune, None)
            out[f"{CSV_DIR}/{name}.csv"] = _csv_text([CSV_COLUMNS, *lines, total])
        for course in self.courses:
            lines = [self.csv_row(c, course) for c in self.communes if (c, course) in pairs]
            total = self.csv_row(None, course)
            out[f"{CSV_DIR}/nhom-{course}.csv"] = _csv_text([CSV_COLUMNS, *lines, total])
        return out

    # ------------------------------------------------------------ HTML

    def _bar(self, value: Decimal | None, label: str) -> str:
        """A horizontal bar 0–100 % as inline SVG, named for screen readers."""
        if value is None:
            return ""
        width = max(Decimal(0), min(Decimal(100), value))
        return (f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
                f'aria-label="{escape(label)}: {value} %"><rect width="100" height="10" class="bg"/>'
                f'<rect width="{width}" height="10" class="fg"/></svg>')

    def _change_bar(self, value: Decimal | None) -> str:
        """A bar from the middle: right for a gain, left for a loss (−100…+100 points)."""
        if value is None:
            return ""
        size = min(Decimal(50), abs(value) / 2)
        x = 50 if value >= 0 else 50 - size
        cls = "up" if value >= 0 else "down"
        return (f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">'
                f'<rect width="100" height="10" class="bg"/><rect x="{x}" width="{size}" height="10" class="{cls}"/>'
                f'<rect x="49.5" width="1" height="10" class="axis"/></svg>')

    def _table(self, caption: str, head: list[str], rows: list[list[str]], cls: str = "") -> str:
        lang = self.lang
        th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
        body = "".join("<tr>" + "".join((f'<th scope="row">{cells[0]}</th>' if i == 0 else f"<td>{c}</td>")
                                        for i, c in enumerate(cells)) + "</tr>" for cells in rows)
        label = escape(t(lang, "report.table_region", caption=caption))
        return (f'<div class="wrap" role="region" tabindex="0" aria-label="{label}"><table class="{cls}">'
                f"<caption>{escape(caption)}</caption><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>")

    def _count_rows(self, groups: list[tuple[str, Figures]]) -> list[list[str]]:
        lang = self.lang
        rows = []
        for name, f in groups:
            rate = f.pass_rate
            rows.append([escape(name), str(f.results), str(f.standard), str(f.passed),
                         f'<span class="num">{_num(rate)}</span>{self._bar(rate, t(lang, "report.pass_rate"))}'
                         if rate is not None else "—"])
        return rows

    def html(self) -> str:
        """The whole report page."""
        lang = self.lang
        m = self.merged
        total = figures(m.results)
        head = [t(lang, "report.col_results"), t(lang, "report.col_standard"), t(lang, "report.col_passed"),
                t(lang, "report.col_rate")]
        summary = t(lang, "report.summary", files=m.files, rows=m.rows, duplicates=m.duplicates, n=len(m.results))
        parts = [f"<h1>{escape(t(lang, 'report.title'))}</h1>", f"<p>{escape(summary)}</p>",
                 f"<p>{escape(t(lang, 'report.honest'))}</p>"]
        by_course = [(self.title(c), figures(self.results(course=c))) for c in self.courses]
        parts.append(f"<h2>{escape(t(lang, 'report.by_course'))}</h2>")
        parts.append(self._table(t(lang, "report.by_course_caption"), [t(lang, "report.col_course"), *head],
                                 self._count_rows([*by_course, (t(lang, "report.total"), total)])))
        by_commune = [(self.commune_names[c], figures(self.results(commune=c))) for c in self.communes]
        parts.append(f"<h2>{escape(t(lang, 'report.by_commune'))}</h2>")
        parts.append(self._table(t(lang, "report.by_commune_caption"), [t(lang, "report.col_commune"), *head],
                                 self._count_rows([*by_commune, (t(lang, "report.total"), total)])))
        parts.append(f"<h2>{escape(t(lang, 'report.change'))}</h2>")
        parts.append(f"<p>{escape(t(lang, 'report.change_note'))}</p>")
        for course in self.courses:
            f = figures(self.results(course=course))
            rows = []
            for d in DOMAINS:
                entry, standard, change = f.average("entry", d), f.average("standard", d), f.change(d)
                if entry is None and standard is None:
                    continue
                rows.append([escape(self.domains.get(d, d)), _num(entry) or "—", _num(standard) or "—",
                             (f'<span class="num">{_num(change, signed=True)}</span>{self._change_bar(change)}'
                              if change is not None else "—")])
            caption = t(lang, "report.change_caption", title=self.title(course))
            if rows:
                parts.append(self._table(caption, [t(lang, "report.col_domain"), t(lang, "report.col_entry"),
                                                   t(lang, "report.col_standard_avg"), t(lang, "report.col_change")],
                                         rows))
        # The change by commune: one column per domain that any commune has a change in.
        by_commune_change = [(c, figures(self.results(commune=c))) for c in self.communes]
        used = [d for d in DOMAINS if any(f.change(d) is not None for _, f in by_commune_change)]
        if used:
            rows = [[escape(self.commune_names[c]), *(_num(f.change(d), signed=True) or "—" for d in used)]
                    for c, f in by_commune_change]
            parts.append(self._table(t(lang, "report.change_by_commune"),
                                     [t(lang, "report.col_commune"), *(self.domains.get(d, d) for d in used)], rows))
        if m.targets:
            parts.append(f"<h2>{escape(t(lang, 'report.targets'))}</h2>")
            rows = []
            for commune, course in self.pairs():
                target = self.targets.get((commune, course))
                if target is None:
                    continue
                passed = figures(self.results(commune, course)).passed
                got = share(passed, target.population)
                ok = reached(passed, target)
                verdict = t(lang, "report.reached" if ok else "report.not_reached")
                rows.append([escape(self.commune_names[commune]), escape(self.title(course)),
                             f"{passed} / {target.population}",
                             f'<span class="num">{got}</span>{self._bar(got, t(lang, "report.col_share"))}',
                             f"{target.percent}",
                             f'<span class="{"ok" if ok else "no"}">{"✓" if ok else "✗"} {escape(verdict)}</span>'])
            parts.append(self._table(t(lang, "report.targets_caption"),
                                     [t(lang, "report.col_commune"), t(lang, "report.col_course"),
                                      t(lang, "report.col_passed_population"), t(lang, "report.col_share"),
                                      t(lang, "report.col_target"), t(lang, "report.col_reached")], rows))
        links = "".join(f'<li><a href="{escape(name)}">{escape(name)}</a></li>' for name in self.csv_files())
        parts.append(f"<h2>{escape(t(lang, 'report.tables'))}</h2><ul>{links}</ul>")
        return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<meta name="generator" content="{MARK}"><title>{escape(t(lang, "report.title"))}</title>'
                f"<style>{STYLE}</style></head><body><main>{''.join(parts)}</main></body></html>\n")


STYLE = """
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}
.wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;min-width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}
.bar{display:block;width:8rem;max-width:100%;height:.75rem;margin-top:.2rem}
.bg{fill:#e6e6e6}.fg{fill:#1f5fa8}.up{fill:#1b7a3a}.down{fill:#b3261e}.axis{fill:#555}
.ok{color:#1b7a3a;font-weight:600}.no{color:#b3261e;font-weight:600}
a{color:#1f5fa8}
@media print{.wrap{overflow:visible}}
"""


def write_report(root: Path, csv_paths: list[Path], out: Path, targets: Path | None = None, lang: str = "vi",
                 names: list[str] | None = None, target_name: str | None = None) -> tuple[Report, list[str]]:
    """Check and merge the CSV files, then write the report folder whole (or raise :class:`ReportError`)."""
    cat = load_catalog(root)
    merged = merge(csv_paths, targets, cat.courses, names, target_name)
    out = out.resolve()
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not _is_report(out))):
        raise ReportError([ReportProblem(str(out), 0, "report.out_taken")])
    report = Report(merged, cat, lang)
    files = {"index.html": report.html(), **report.csv_files()}
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed into place, so a reader never sees half a report.
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for name, text in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            if old.exists():
                shutil.rmtree(old)
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return report, sorted(files)


def _is_report(folder: Path) -> bool:
    index = folder / "index.html"
    return index.is_file() and f'content="{MARK}"' in index.read_text("utf-8", errors="replace")[:2000]
