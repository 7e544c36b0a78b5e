"""Command line: ``hocvuso check [PATH] [--lang en]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .catalog import load_catalog
from .checks import check_catalog
from .diagnostics import display_path

OK = {"vi": "Không có lỗi: {files} tệp nội dung đã kiểm tra.", "en": "No problems: {files} content files checked."}
FOUND = {"vi": "{n} lỗi cần sửa.", "en": "{n} problems to fix."}


def find_root(start: Path) -> Path:
    """The project folder: the nearest parent holding mkdocs.yml or quizzes/."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        if (folder / "mkdocs.yml").is_file() or (folder / "quizzes").is_dir():
            return folder
    return start


def cmd_check(args: argparse.Namespace) -> int:
    """Check every content file; print each problem as path:line:col."""
    root = find_root(Path(args.path))
    cat = load_catalog(root)
    check_catalog(cat)
    lang = args.lang
    problems = cat.report.sorted()
    only = Path(args.path).resolve()
    if only.is_file():
        problems = [p for p in problems if p.pos.file.resolve() == only]
    for p in problems:
        print(p.format(root, lang))
    annotate = args.github or os.environ.get("GITHUB_ACTIONS") == "true"
    if annotate:
        for p in problems:
            msg, fix = p.text(lang)
            print(f"::error file={display_path(p.pos.file, root)},line={p.pos.line},col={p.pos.col}::{msg} — {fix}")
    if problems:
        print(FOUND[lang].format(n=len(problems)), file=sys.stderr)
        return 1
    count = len(cat.banks) + len(cat.pages) + len(cat.assessments) + (1 if cat.framework else 0)
    print(OK[lang].format(files=count))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``hocvuso`` command."""
    parser = argparse.ArgumentParser(prog="hocvuso", description="Học vụ số: kiểm tra nội dung khóa học")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="kiểm tra bài học và ngân hàng câu hỏi / check lessons and banks")
    check.add_argument("path", nargs="?", default=".", help="thư mục dự án hoặc một tệp / project folder or one file")
    check.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ thông báo / message language")
    check.add_argument("--github", action="store_true", help="thêm chú thích GitHub / also print GitHub annotations")
    check.set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
