"""``hocvuso new``: write a filled-in starting file for a lesson, bank, course or assessment.

Every place the author must edit holds the word FIXME, so ``hocvuso check``
(and the build) refuse the file until each one is done. Existing files are
never overwritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..core.diagnostics import display_path
from ..core.fields import SLUG_PATTERN
from ..core.textnorm import fold
from ..i18n import DEFAULT_LANG, DID_YOU_MEAN, lang_of, t
from .json_schema import modeline

KINDS = ("lesson", "bank", "course", "assessment")
DEFAULT_FOLDER = "thu-vien"  # shared lessons and their banks
SLUG_RE = re.compile(SLUG_PATTERN)
CHECK = ".venv/bin/hocvuso check"
NEW = ".venv/bin/hocvuso new"


class ScaffoldError(Exception):
    """A problem that stops ``hocvuso new``; :meth:`text` says it in the author's language."""

    def __init__(self, code: str, **args: object) -> None:
        super().__init__(code)
        self.code = code
        self.args_ = args

    def text(self, lang: str = DEFAULT_LANG) -> str:
        """The message in ``lang``."""
        args = dict(self.args_)
        if "kind" in args:
            args["kind"] = t(lang, f"kind.{args['kind']}")
        suggestion = args.pop("suggestion", None)
        args["hint"] = DID_YOU_MEAN[lang_of(lang)].format(name=suggestion) if suggestion else ""
        return t(lang, f"new.{self.code}", **args)


@dataclass
class Created:
    """What ``hocvuso new`` wrote."""

    path: Path
    kind: str
    name: str
    notes: dict[str, dict[str, object]] = field(default_factory=dict)

    def messages(self, root: Path, lang: str = DEFAULT_LANG) -> list[str]:
        """What to tell the author: the file written, then the next steps."""
        out = [t(lang, "new.created", path=display_path(self.path, root), check=CHECK)]
        for code, args in self.notes.items():
            out.append(t(lang, f"new.{code}", **args))
        return out


def slugify(text: str) -> str:
    """A suggestion for a name: ``Mật khẩu mạnh`` -> ``mat-khau-manh``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _parts(name: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> list[str]:
    """Split and check a name such as ``thu-vien/mat-khau`` (also accepting ``courses/…`` or ``….md``)."""
    clean = name.strip().replace("\\", "/").strip("/")
    for prefix in prefixes:
        if clean.startswith(prefix + "/"):
            clean = clean[len(prefix) + 1:]
    for suffix in suffixes:
        if clean.endswith(suffix):
            clean = clean[: -len(suffix)]
    parts = clean.split("/") if clean else [""]
    if not all(SLUG_RE.match(p) for p in parts):
        suggestion = "/".join(slugify(p) for p in parts)
        valid = all(SLUG_RE.match(p) for p in suggestion.split("/"))
        raise ScaffoldError("bad_name", name=name, suggestion=suggestion if valid else None)
    return parts


def _one_part(name: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    parts = _parts(name, prefixes, suffixes)
    if len(parts) != 1:
        raise ScaffoldError("one_part", name=name)
    return parts[0]


def target_path(root: Path, kind: str, name: str) -> tuple[Path, str]:
    """Where ``hocvuso new KIND NAME`` writes, and the normalised name (bank id, lesson path…)."""
    if kind == "lesson":
        parts = _parts(name, ("courses",), (".md",))
        if len(parts) == 1:
            parts = [DEFAULT_FOLDER, *parts]
        if parts[-1] == "index":
            raise ScaffoldError("reserved", name=name, kind=kind)
        rel = "/".join(parts)
        return root / "courses" / f"{rel}.md", rel
    if kind == "bank":
        parts = _parts(name, ("quizzes",), (".yml", ".yaml"))
        if len(parts) == 1:
            parts = [DEFAULT_FOLDER, *parts]
        if parts[0] == "assessments" or parts == ["framework"]:
            raise ScaffoldError("reserved", name=name, kind=kind)
        rel = "/".join(parts)
        return root / "quizzes" / f"{rel}.yml", rel
    if kind == "course":
        cid = _one_part(name, ("courses",), ("/index.md",))
        if cid in (DEFAULT_FOLDER, "assets"):
            raise ScaffoldError("reserved", name=name, kind=kind)
        return root / "courses" / cid / "index.md", cid
    if kind == "assessment":
        aid = _one_part(name, ("quizzes/assessments", "assessments"), (".yml", ".yaml"))
        return root / "quizzes" / "assessments" / f"{aid}.yml", aid
    raise ValueError(f"unknown kind {kind!r}")


# ---------------------------------------------------------------- templates

LESSON = """\
---
title: "FIXME: Tên bài học, nói việc người học sẽ làm được"
summary: "FIXME: Một câu mô tả bài học cho người học."
minutes: 20  # FIXME: số phút để học hết bài (thường 15–30)
level: 1  # FIXME: cấp độ 1–8 (1–2 Cơ bản, 3–4 Trung cấp, 5–6 Nâng cao, 7–8 Chuyên sâu)
competences: ["0.1"]  # FIXME: mã năng lực trong quizzes/framework.yml, trong ngoặc kép, ví dụ ["4.2", "4.3"]
objectives:
  - "FIXME: Mục tiêu thứ nhất: một việc người học làm được sau bài"
  - "FIXME: Mục tiêu thứ hai"
keypoints:
  - "FIXME: Điều cần nhớ thứ nhất (hiện trong ô Ghi nhớ cuối bài)"
  - "FIXME: Điều cần nhớ thứ hai"
quiz: {bank}  # FIXME: ngân hàng câu hỏi cuối bài, tạo bằng: {new} bank {bank}
sources:
  - title: "FIXME: Tên văn bản hoặc trang chính thức mà bài dựa vào"
    url: "https://FIXME.gov.vn/"
---

FIXME: Mở bài bằng một tình huống đời thường ở Đồng Tháp (2–4 câu): ai, ở đâu, gặp chuyện gì.
Rồi nói bài học giúp bạn làm được gì.

## FIXME: Tiêu đề nói việc người học sẽ làm

FIXME: Giải thích ngắn gọn, câu ngắn, từ ngữ hằng ngày. Giải nghĩa mỗi từ kỹ thuật ở lần đầu dùng.

1. FIXME: Bước thứ nhất, làm trên điện thoại của chính bạn.
2. FIXME: Bước thứ hai.
3. FIXME: Bước thứ ba.

!!! tip "Mẹo"
    FIXME: Một mẹo nhỏ, hoặc xóa ô này.

```quiz
bank: {bank}
questions: [vi-du-chon-mot]  # FIXME: mã câu hỏi trong quizzes/{bank}.yml
```

## FIXME: Tiêu đề phần thứ hai

FIXME: Mỗi phần một ý. Cả bài dài khoảng 600–1.500 chữ.
"""

BANK = """\
{modeline}
schema_version: 1
title: "FIXME: Tên ngân hàng câu hỏi (thường trùng tên bài học)"
competences: ["0.1"]  # FIXME: mã năng lực mặc định cho mọi câu bên dưới (xem quizzes/framework.yml)
level: 1  # FIXME: cấp độ mặc định 1–8 cho mọi câu bên dưới
questions:
  # Chọn MỘT đáp án (single): đúng một lựa chọn có `correct: true`.
  - id: vi-du-chon-mot  # FIXME: mã câu hỏi: chữ thường không dấu, nối bằng dấu gạch ngang; không bao giờ dùng lại
    type: single
    prompt: |
      FIXME: Một tình huống: "Bạn nhận được tin nhắn…". Bạn làm gì?
    options:
      - text: "FIXME: Lựa chọn sai nhưng hợp lý (một sai lầm hay gặp)"
        feedback: "FIXME: Vì sao lựa chọn này sai"
      - text: "FIXME: Lựa chọn đúng"
        correct: true
        feedback: "FIXME: Vì sao lựa chọn này đúng"
      - text: "FIXME: Một lựa chọn sai khác"
        feedback: "FIXME: Vì sao lựa chọn này sai"
    explanation: |
      FIXME: Lời giải thích hiện sau khi trả lời; dạy thêm một điều.

  # ĐÚNG hay SAI (truefalse): `answer: true` hoặc `answer: false`.
  - id: vi-du-dung-sai  # FIXME: mã câu hỏi
    type: truefalse
    prompt: |
      FIXME: Đúng hay sai: "Một câu khẳng định rõ ràng."
    answer: false  # FIXME: true nếu câu trên đúng, false nếu câu trên sai
    explanation: |
      FIXME: Vì sao câu trên đúng hoặc sai.

  # SẮP XẾP thứ tự (order): ghi các bước theo ĐÚNG thứ tự; người học thấy chúng bị xáo trộn.
  - id: vi-du-thu-tu  # FIXME: mã câu hỏi
    type: order
    prompt: |
      FIXME: Sắp xếp các bước sau theo đúng thứ tự.
    items:
      - "FIXME: Bước thứ nhất"
      - "FIXME: Bước thứ hai"
      - "FIXME: Bước thứ ba"
    explanation: |
      FIXME: Vì sao phải làm theo thứ tự này.

  # Các loại khác: multiple (chọn nhiều đáp án), text (gõ câu trả lời), match (ghép cặp).
  # Ví dụ từng loại ở AUTHORING.md. Mỗi bài cần ít nhất 10 câu, ít nhất ba loại.
"""

COURSE = """\
---
title: "FIXME: Tên khóa học, ví dụ Kỹ năng số cho nông dân"
summary: "FIXME: Một câu mô tả khóa học."
course:
  id: {cid}
  audience: "FIXME: Khóa học dành cho ai, ví dụ Nông dân và thành viên hợp tác xã"
  lessons:  # lộ trình học theo thứ tự; đường dẫn tính từ thư mục courses/
    - {lesson}  # FIXME: thay bằng các bài của khóa học, mỗi bài một dòng
{assessment}---

FIXME: Giới thiệu khóa học: dành cho ai, học xong làm được gì, học thế nào (2–3 đoạn ngắn).
"""

COURSE_ASSESSMENT = "  assessment: {cid}\n"
COURSE_NO_ASSESSMENT = ("  # assessment: {cid}  # FIXME: tạo bài tự đánh giá bằng: {new} assessment {cid}"
                        " rồi bỏ dấu # ở đầu dòng này; hoặc xóa dòng này\n")

ASSESSMENT = """\
{modeline}
schema_version: 1
title: "FIXME: Bài tự đánh giá năng lực số — tên nhóm người học"
description: >-
  FIXME: Bài gồm bao nhiêu câu, rút từ các bài học nào.
  Đây là bài tự đánh giá để học, không phải bài thi chính thức.
pass_percent: 70  # FIXME: phần trăm câu đúng để đạt (1–100)
levels: [1, 2]  # FIXME: chỉ rút câu hỏi ở các cấp độ này
draw:  # số câu rút từ mỗi miền năng lực (mã miền trong quizzes/framework.yml)
  - {{domain: "0", count: 3}}  # FIXME: thêm một dòng cho mỗi miền
time_limit_minutes: null  # không giới hạn thời gian; ghi số phút nếu muốn giới hạn
"""


def _first_lesson(root: Path) -> str:
    """A lesson that exists, as the placeholder of a new course's path."""
    courses = root / "courses"
    for folder in (courses / DEFAULT_FOLDER, courses):
        if folder.is_dir():
            for md in sorted(folder.rglob("*.md")):
                if md.name != "index.md":
                    return md.relative_to(courses).as_posix()
    return "thu-vien/FIXME.md"


def render(root: Path, kind: str, name: str, path: Path) -> str:
    """The text of the starting file for ``kind`` named ``name`` at ``path``."""
    if kind == "lesson":
        return LESSON.format(bank=name, new=NEW)
    if kind == "bank":
        return BANK.format(modeline=modeline(path, root, "bank"))
    if kind == "course":
        has = (root / "quizzes" / "assessments" / f"{name}.yml").is_file()
        line = (COURSE_ASSESSMENT if has else COURSE_NO_ASSESSMENT).format(cid=name, new=NEW)
        return COURSE.format(cid=name, lesson=_first_lesson(root), assessment=line)
    if kind == "assessment":
        return ASSESSMENT.format(modeline=modeline(path, root, "assessment"))
    raise ValueError(f"unknown kind {kind!r}")


def create(root: Path, kind: str, name: str) -> Created:
    """Write the starting file for ``hocvuso new KIND NAME`` under the project ``root``.

    Raises :class:`ScaffoldError` for a bad name or a file that already exists
    (nothing is written then).
    """
    root = root.resolve()
    if not (root / "mkdocs.yml").is_file() and not (root / "quizzes").is_dir():
        raise ScaffoldError("no_project", path=root.as_posix())
    path, norm = target_path(root, kind, name)
    if path.exists():
        raise ScaffoldError("exists", path=display_path(path, root))
    text = render(root, kind, norm, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as fh:  # "x": never overwrite, even in a race
        fh.write(text)
    created = Created(path, kind, norm)
    bare = name.strip().replace("\\", "/").strip("/").removeprefix("courses/").removeprefix("quizzes/")
    if kind in ("lesson", "bank") and "/" not in bare:
        # Said, not done silently: a name without a folder lands in the shared library, which every course uses.
        created.notes["default_folder"] = {"name": name, "folder": DEFAULT_FOLDER, "rel": norm}
    if kind == "lesson":
        created.notes["next.lesson"] = {"new": NEW, "bank": norm, "rel": f"{norm}.md"}
    elif kind == "bank":
        created.notes["next.bank"] = {"bank": norm}
    elif kind == "course":
        created.notes["next.course"] = {"new": NEW, "name": norm}
    elif kind == "assessment":
        created.notes["next.assessment"] = {"name": norm}
    return created
