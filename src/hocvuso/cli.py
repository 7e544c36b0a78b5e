"""Command line: ``hocvuso check [PATH...] [--lang en] [--github]``, ``hocvuso new KIND NAME``, ``hocvuso schema``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .catalog import load_catalog
from .checks import check_catalog
from .diagnostics import display_path
from .json_schema import SCHEMA_DIR, stale_schemas, write_schemas
from .scaffold import KINDS as NEW_KINDS
from .scaffold import ScaffoldError, create

OK = {"vi": "Không có lỗi: {files} tệp nội dung đã kiểm tra.", "en": "No problems: {files} content files checked."}
FOUND = {"vi": "{n} lỗi cần sửa.", "en": "{n} problems to fix."}
SCHEMA_WRITTEN = {"vi": "Đã ghi {path}", "en": "Wrote {path}"}
SCHEMA_STALE = {"vi": "{path} cũ hoặc bị sửa tay — chạy `hocvuso schema` để tạo lại",
                "en": "{path} is out of date or was edited by hand — run `hocvuso schema` to regenerate it"}
SCHEMA_FRESH = {"vi": "Các tệp schema đã khớp với định dạng.", "en": "The schema files match the formats."}


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
    """Check every content file; print each problem as path:line:col."""
    paths = [Path(p) for p in (args.path or ["."])]
    root = find_root(paths[0])
    cat = load_catalog(root)
    check_catalog(cat)
    lang = args.lang
    problems = cat.report.sorted()
    only = {p.resolve() for p in paths if p.is_file()}
    if only and all(p.is_file() for p in paths):
        problems = [p for p in problems if p.pos.file.resolve() in only]
    for p in problems:
        print(p.format(root, lang))
    annotate = args.github or os.environ.get("GITHUB_ACTIONS") == "true"
    if annotate:
        for p in problems:
            msg, fix = p.text(lang)
            where = f"file={display_path(p.pos.file, root)},line={p.pos.line},col={p.pos.col}"
            print(f"::error {where},title=hocvuso check::{_annotation(f'{msg} — {fix}')}")
    if problems:
        print(FOUND[lang].format(n=len(problems)), file=sys.stderr)
        return 1
    count = len(cat.banks) + len(cat.pages) + len(cat.assessments) + (1 if cat.framework else 0)
    print(OK[lang].format(files=count))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Write a starting file for a lesson, bank, course or assessment; never overwrite."""
    root = find_root(Path(args.root))
    try:
        created = create(root, args.kind, args.name)
    except ScaffoldError as err:
        print(f"hocvuso new: {err.text(args.lang)}", file=sys.stderr)
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
            print(SCHEMA_STALE[lang].format(path=display_path(path, root)), file=sys.stderr)
        if not stale:
            print(SCHEMA_FRESH[lang])
        return 1 if stale else 0
    for path in write_schemas(out):
        print(SCHEMA_WRITTEN[lang].format(path=display_path(path, root)))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``hocvuso`` command."""
    parser = argparse.ArgumentParser(prog="hocvuso", description="Học vụ số: soạn và kiểm tra nội dung khóa học")
    sub = parser.add_subparsers(dest="command", required=True)
    # Every subcommand speaks Vietnamese by default and English on request.
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ thông báo / message language")

    check = sub.add_parser("check", parents=[lang], help="kiểm tra bài học và ngân hàng câu hỏi / check lessons and banks")
    check.add_argument("path", nargs="*", default=["."],
                       help="thư mục dự án, hoặc các tệp cần xem lỗi / project folder, or the files to report on")
    check.add_argument("--github", action="store_true", help="thêm chú thích GitHub / also print GitHub annotations")
    check.set_defaults(func=cmd_check)

    new = sub.add_parser("new", parents=[lang], help="tạo tệp mới để soạn / write a starting file to fill in",
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         description="Tạo tệp mẫu đúng chỗ; mọi chỗ cần sửa có chữ FIXME; không ghi đè tệp đã có.\n"
                                     "Write a starting file in the right place, every place to edit marked FIXME;\n"
                                     "never overwrite an existing file.\n\n"
                                     "  hocvuso new lesson thu-vien/mat-khau     -> courses/thu-vien/mat-khau.md\n"
                                     "  hocvuso new bank thu-vien/mat-khau       -> quizzes/thu-vien/mat-khau.yml\n"
                                     "  hocvuso new course nong-dan              -> courses/nong-dan/index.md\n"
                                     "  hocvuso new assessment nong-dan          -> quizzes/assessments/nong-dan.yml")
    new.add_argument("kind", choices=NEW_KINDS, help="loại tệp / kind of file")
    new.add_argument("name", help="tên, ví dụ thu-vien/mat-khau / name, e.g. thu-vien/mat-khau")
    new.add_argument("--root", default=".", help="thư mục dự án / project folder")
    new.set_defaults(func=cmd_new)

    schema = sub.add_parser("schema", parents=[lang], help="ghi JSON Schema cho trình soạn thảo / write JSON Schemas for editors")
    schema.add_argument("--out", default=None, help="thư mục ghi (mặc định schemas/) / folder (default schemas/)")
    schema.add_argument("--check", action="store_true",
                        help="chỉ so sánh, không ghi / only compare with the files, write nothing")
    schema.set_defaults(func=cmd_schema)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
