"""Command line: ``hocvuso check [PATH...] [--lang en] [--github] [--strict]``, ``hocvuso new KIND NAME``,
``hocvuso schema``, ``hocvuso preview BANK-OR-LESSON [--out FILE]``, ``hocvuso import FILE --bank ID``,
``hocvuso export scorm|moodle-xml|gift NAME [--out PATH]``, ``hocvuso report CSV... [--targets FILE] --out DIR``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..authoring.json_schema import SCHEMA_DIR, stale_schemas, write_schemas
from ..authoring.scaffold import CHECK, ScaffoldError, create
from ..authoring.scaffold import KINDS as NEW_KINDS
from ..content.catalog import Catalog, load_catalog
from ..content.item_writing import check_each_bank, check_item_writing, near_duplicate_problems
from ..content.rules import check_catalog
from ..core.collector import collector_paused
from ..core.diagnostics import Problem, capped, display_path, nearest, visible
from ..core.second_process import SecondProcess
from ..exchange.common import ExchangeError
from ..exchange.importer import FORMATS, export_bank, import_bank
from ..i18n import DID_YOU_MEAN, LANGS, lang_of, t
from ..render.review import question_count, review_bank, review_lesson


def find_root(start: Path) -> Path:
    """The project folder: the nearest parent holding mkdocs.yml or quizzes/."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        if (folder / "mkdocs.yml").is_file() or (folder / "quizzes").is_dir():
            return folder
    return start


def _annotation(text: str) -> str:
    """Escape text for a GitHub workflow command (``%``, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def cmd_check(args: argparse.Namespace) -> int:
    """Check every content file; print each problem as path:line:col, then the item-writing warnings."""
    paths = [Path(p) for p in (args.path or ["."])]
    missing = [p for p in paths if not p.exists()]
    if missing:
        for absent in missing:
            print(t(args.lang, "cli.no_file", path=visible(str(absent))), file=sys.stderr)
        return 2
    root = find_root(paths[0])
    with collector_paused():  # everything checked stays alive until the end: nothing for the collector to find
        with SecondProcess() as reader:  # most banks read beside
            cat = load_catalog(root, beside=reader)
        with SecondProcess(shared=cat) as writer:  # near-duplicate prompts found beside the other checks
            near = writer.submit(near_duplicate_problems)
            check_catalog(cat)
            check_each_bank(cat)
            cat.report.extend(near.result())
    lang = args.lang
    problems = cat.report.sorted()
    warnings = cat.report.sorted(warnings=True)
    only = {p.resolve() for p in paths if p.is_file()}
    if only and all(p.is_file() for p in paths):
        problems = [p for p in problems if p.pos.file.resolve() in only]
        warnings = [p for p in warnings if p.pos.file.resolve() in only]
    # Causes first, knock-on problems after; a file with thousands of problems shows the first of each kind.
    shown = capped(problems) + capped(warnings)
    for line in shown:
        print(line.format(root, lang))
    annotate = args.github or os.environ.get("GITHUB_ACTIONS") == "true"
    if annotate:
        for p in shown:
            if not isinstance(p, Problem):
                continue
            msg, fix = p.text(lang)
            level = "error" if not p.warning or args.strict else "warning"
            where = f"file={display_path(p.pos.file, root)},line={p.pos.line},col={p.pos.col}"
            print(f"::{level} {where},title=hocvuso check::{_annotation(f'{msg} — {fix}')}")
    if warnings:
        print(t(lang, "cli.warnings", n=len(warnings)), file=sys.stderr)
    if problems:
        print(t(lang, "cli.found", n=len(problems)), file=sys.stderr)
    if problems or (warnings and args.strict):
        return 1
    count = len(cat.banks) + len(cat.pages) + len(cat.assessments) + (1 if cat.framework else 0)
    print(t(lang, "cli.ok", n=count))
    return 0


def _preview_target(cat: Catalog, name: str) -> tuple[str, str] | None:
    """("bank", id) or ("page", path under courses/) for what the author named: a bank id, a bank file, a lesson
    path with or without courses/. A bare name that is both a bank and a lesson means the bank."""
    given = Path(name)
    if given.exists():
        full = given.resolve()
        for kind, folder, suffixes in (("bank", cat.quizzes_dir, (".yml", ".yaml")), ("page", cat.courses_dir, (".md",))):
            if full.is_relative_to(folder) and full.suffix in suffixes:
                rel = full.relative_to(folder).as_posix()
                return (kind, rel.rsplit(".", 1)[0]) if kind == "bank" else (kind, rel)
    plain = name.replace("\\", "/").strip("/")
    for prefix in ("quizzes/", "courses/"):
        plain = plain.removeprefix(prefix)
    if not plain.endswith(".md"):
        bank_id = plain.removesuffix(".yml").removesuffix(".yaml")
        if bank_id in cat.bank_files:
            return "bank", bank_id
    rel = plain if plain.endswith(".md") else plain + ".md"
    if rel in cat.pages or rel in cat.broken_pages:
        return "page", rel
    return None


def cmd_preview(args: argparse.Namespace) -> int:
    """Write the review page of a bank or lesson: every question with its answer, feedback and explanation."""
    lang = args.lang
    root = find_root(Path(args.root))
    cat = load_catalog(root)
    check_catalog(cat)
    check_item_writing(cat)
    target = _preview_target(cat, args.target)
    if target is None:
        names = list(cat.bank_files) + list(cat.pages)
        hint = nearest(args.target.removesuffix(".yml"), names)
        print(t(lang, "cli.preview_unknown", name=visible(args.target),
                hint=DID_YOU_MEAN[lang_of(lang)].format(name=hint) if hint else ""), file=sys.stderr)
        return 1
    kind, ident = target
    file = cat.bank_files[ident] if kind == "bank" else cat.courses_dir / ident
    problems = [p for p in cat.report.sorted() + cat.report.sorted(warnings=True) if p.pos.file.resolve() == file.resolve()]
    errors = [p for p in problems if not p.warning]
    if kind == "bank" and ident not in cat.banks or kind == "page" and ident in cat.broken_pages:
        print(t(lang, "cli.preview_broken", name=ident, path=display_path(file, root)), file=sys.stderr)
        return 1
    if kind == "bank":
        html = review_bank(cat, cat.banks[ident], lang, problems)
        count = len(cat.banks[ident].model.questions)
    else:
        html = review_lesson(cat, cat.pages[ident], lang, problems)
        count = question_count(cat, cat.pages[ident])
    name = ident.removesuffix(".md").replace("/", "-")
    out = Path(args.out) if args.out else root / REVIEW_DIR / f"{name}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(t(lang, "cli.preview_written", path=display_path(out, root), n=count))
    if errors:
        print(t(lang, "cli.preview_problems", n=len(errors), path=display_path(file, root)), file=sys.stderr)
    return 0


REVIEW_DIR = "review"  # in .gitignore: review pages hold the answers and are never published


def cmd_new(args: argparse.Namespace) -> int:
    """Write a starting file for a lesson, bank, course or assessment; never overwrite."""
    root = find_root(Path(args.root))
    try:
        created = create(root, args.kind, args.name)
    except ScaffoldError as err:
        print(t(args.lang, "cli.new_failed", error=err.text(args.lang)), file=sys.stderr)
        return 1
    for line in created.messages(root, args.lang):
        print(line)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Write (or with --check, compare) the JSON Schemas generated from the formats."""
    root = find_root(Path("."))
    out = Path(args.out) if args.out else root / SCHEMA_DIR
    lang = args.lang
    if args.check:
        stale = stale_schemas(out)
        for path in stale:
            print(t(lang, "cli.schema_stale", path=display_path(path, root)), file=sys.stderr)
        if not stale:
            print(t(lang, "cli.schema_fresh"))
        return 1 if stale else 0
    for path in write_schemas(out):
        print(t(lang, "cli.schema_written", path=display_path(path, root)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a question bank; print what was not imported (or needs checking) with its line or row."""
    root = find_root(Path(args.root))
    lang = args.lang
    source = Path(args.file)
    try:
        result = import_bank(root, source, args.bank, args.format, lang)
    except (ExchangeError, ScaffoldError) as err:
        print(t(lang, "cli.failed", command="import", error=err.text(lang)), file=sys.stderr)
        return 1
    for finding in result.findings:
        print(finding.format(source.name, lang), file=sys.stderr)
    if result.findings:
        print(t(lang, "cli.import_findings", n=len(result.findings)), file=sys.stderr)
    if result.written is None:
        print(t(lang, "cli.import_none", file=source.name), file=sys.stderr)
        return 1
    for path in result.files:
        print(t(lang, "cli.import_wrote_file", path=display_path(path, root)))
    print(t(lang, "cli.import_done", path=display_path(result.bank, root), n=result.written.count,
            fixme=len(result.written.fixme_lines), check=CHECK))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export a course as a SCORM 1.2 package, or a bank as Moodle XML or GIFT."""
    root = find_root(Path(args.root))
    lang = args.lang
    try:
        if args.what == "scorm":
            from ..exchange.scorm import build_scorm
            from .material import prune_offline

            zip_path, count = build_scorm(root, args.name, Path(args.out) if args.out else root / "dist", prune_offline)
            size = zip_path.stat().st_size / 1024 / 1024
            print(t(lang, "scorm.done", path=display_path(zip_path, root), mb=f"{size:.1f}", n=count))
            return 0
        text, notes, bank = export_bank(root, args.name, args.what)
    except ExchangeError as err:
        print(t(lang, "cli.failed", command="export", error=err.text(lang)), file=sys.stderr)
        return 1
    for note in notes:
        print(note.format(display_path(bank.file, root), lang).replace(
            t(lang, "exchange.skipped"), t(lang, "exchange.not_exported")).replace(
            t(lang, "exchange.changed"), t(lang, "exchange.partly_exported")), file=sys.stderr)
    if notes:
        print(t(lang, "cli.export_notes", n=len(notes)), file=sys.stderr)
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    suffix = ".xml" if args.what == "moodle-xml" else ".gift"
    out = Path(args.out) if args.out else root / "dist" / (bank.id.replace("/", "-") + suffix)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8", newline="\n")
    print(t(lang, "cli.export_done", path=display_path(out, root)))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Merge tally CSV files into a report folder; every problem of every file first, nothing written then."""
    from ..exchange.report import ReportError, write_report

    root = find_root(Path(args.root))
    lang = args.lang
    out = Path(args.out)
    try:
        report, _ = write_report(root, [Path(p) for p in args.csv], out,
                                 Path(args.targets) if args.targets else None, lang,
                                 names=[visible(p) for p in args.csv],
                                 target_name=visible(args.targets) if args.targets else None)
    except ReportError as err:
        for problem in err.problems:
            print(problem.format(lang), file=sys.stderr)
        print(t(lang, "cli.report_problems", n=len(err.problems)), file=sys.stderr)
        return 1
    m = report.merged
    print(t(lang, "cli.report_done", path=visible(str(out / "index.html")), n=len(m.results), files=m.files,
            duplicates=m.duplicates))
    return 0


def _help_lang(argv: list[str]) -> str:
    """The language of the help text: the one asked for with --lang, else HOCVUSO_LANG, else Vietnamese."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return lang_of(argv[i + 1])
        if arg.startswith("--lang="):
            return lang_of(arg.split("=", 1)[1])
    return lang_of(os.environ.get("HOCVUSO_LANG"))


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``hocvuso`` command."""
    argv = sys.argv[1:] if argv is None else argv
    hl = _help_lang(argv)
    parser = argparse.ArgumentParser(prog="hocvuso", description=t(hl, "cli.description"))
    sub = parser.add_subparsers(dest="command", required=True)
    # Every subcommand speaks Vietnamese by default and English on request.
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=list(LANGS), default=hl, help=t(hl, "cli.lang"))
    # Commands that work on a project folder share its option.
    rooted = argparse.ArgumentParser(add_help=False)
    rooted.add_argument("--root", default=".", help=t(hl, "cli.root"))

    check = sub.add_parser("check", parents=[lang], help=t(hl, "cli.check"))
    check.add_argument("path", nargs="*", default=["."], help=t(hl, "cli.check_path"))
    check.add_argument("--github", action="store_true", help=t(hl, "cli.github"))
    check.add_argument("--strict", action="store_true", help=t(hl, "cli.strict"))
    check.set_defaults(func=cmd_check)

    new = sub.add_parser("new", parents=[lang, rooted], help=t(hl, "cli.new"),
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         description=t(hl, "cli.new_description") + "\n\n"
                         "  hocvuso new lesson thu-vien/mat-khau     -> courses/thu-vien/mat-khau.md\n"
                         "  hocvuso new bank thu-vien/mat-khau       -> quizzes/thu-vien/mat-khau.yml\n"
                         "  hocvuso new course nong-dan              -> courses/nong-dan/index.md\n"
                         "  hocvuso new assessment nong-dan          -> quizzes/assessments/nong-dan.yml")
    new.add_argument("kind", choices=NEW_KINDS, help=t(hl, "cli.new_kind"))
    new.add_argument("name", help=t(hl, "cli.new_name"))
    new.set_defaults(func=cmd_new)

    schema = sub.add_parser("schema", parents=[lang], help=t(hl, "cli.schema"))
    schema.add_argument("--out", default=None, help=t(hl, "cli.schema_out"))
    schema.add_argument("--check", action="store_true", help=t(hl, "cli.schema_check"))
    schema.set_defaults(func=cmd_schema)

    imp = sub.add_parser("import", parents=[lang, rooted], help=t(hl, "cli.import"))
    imp.add_argument("file", help=t(hl, "cli.import_file"))
    imp.add_argument("--bank", required=True, help=t(hl, "cli.import_bank"))
    imp.add_argument("--format", choices=FORMATS, default=None, help=t(hl, "cli.import_format"))
    imp.set_defaults(func=cmd_import)

    export = sub.add_parser("export", parents=[lang, rooted], help=t(hl, "cli.export"))
    export.add_argument("what", choices=("scorm", "moodle-xml", "gift"), help=t(hl, "cli.export_what"))
    export.add_argument("name", help=t(hl, "cli.export_name"))
    export.add_argument("--out", default=None, help=t(hl, "cli.export_out"))
    export.set_defaults(func=cmd_export)

    preview = sub.add_parser("preview", parents=[lang, rooted], help=t(hl, "cli.preview"))
    preview.add_argument("target", help=t(hl, "cli.preview_target"))
    preview.add_argument("--out", default=None, help=t(hl, "cli.preview_out"))
    preview.set_defaults(func=cmd_preview)

    report = sub.add_parser("report", parents=[lang, rooted], help=t(hl, "cli.report"))
    report.add_argument("csv", nargs="+", help=t(hl, "cli.report_csv"))
    report.add_argument("--targets", default=None, help=t(hl, "cli.report_targets"))
    report.add_argument("--out", required=True, help=t(hl, "cli.report_out"))
    report.set_defaults(func=cmd_report)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
