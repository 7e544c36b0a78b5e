"""`make bench`: the build, page-weight and Lighthouse figures of a large synthetic corpus, side by side with a plain
MkDocs + Material build of the same Markdown (DESIGN.md, "Budgets").

    .venv/bin/python scripts/bench.py [--lessons 1000] [--questions-per-lesson 10] [--keep DIR] [--lighthouse]
                                      [--json FILE] [--profile FILE] [--repeat N] [--seed N]

It generates a seeded corpus in our formats (lessons with pictures, a table, an admonition and a ```quiz block,
one bank of every question type per lesson, courses of 20 lessons with a self-assessment each) in a temporary
folder, asserts that `hocvuso check` passes it, then builds it twice, one build after the other: with the hocvuso
hooks, and as a plain Material site of the same Markdown (the ```quiz blocks removed; no hooks, no hocvuso
extension, same theme config, search on). It prints figures; it passes or fails nothing but a broken corpus.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from hocvuso.render.engine import EVERY_PAGE

ROOT = Path(__file__).resolve().parent.parent
SEED = 2026
LESSONS_PER_COURSE = 20
ASSESSMENT_QUESTIONS = 20  # questions drawn per attempt, when the course's pool holds that many
INLINE_QUESTIONS = 2  # questions of the ```quiz block inside each lesson; the rest of the bank ends the lesson
LESSON_WORDS = 800
# Ten questions of a bank, all six types; a bank of another size repeats the pattern.
TYPE_PATTERN = ("single", "multiple", "truefalse", "text", "order", "match", "single", "truefalse", "single", "multiple")
GZIP_LEVEL = 6  # what a web server's gzip commonly uses (Apache's default; nginx sites usually set 5-6)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
LIGHTHOUSE_CLI = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"  # the devDependency in package.json
ASSESSMENT_PAGE = "tu-danh-gia"  # the generated page of a course's self-assessment, inside the course's folder

# The budgets of DESIGN.md, printed beside the figures (a figure over budget is reported, not failed).
BUDGET_BUILD_RATIO = 1.25
BUDGET_CHECK_SECONDS = 3.0
BUDGET_COLD_RATIO = 1.15
BUDGET_SEARCH_RATIO = 1.2
BUDGET_ENGINE_KB = 12.0

# ---------------------------------------------------------------- Vietnamese-like text

SUBJECTS = ["Bạn", "Bác Tư", "Cô Út", "Chú Tám", "Dì Hai", "Anh Ba", "Chị Năm", "Ông Sáu", "Bà Bảy", "Em Tí",
            "Cán bộ xã", "Tổ công nghệ số", "Chủ nhiệm hợp tác xã", "Cô giáo Lan", "Thầy Minh", "Trưởng ấp",
            "Chị bán rau", "Anh thợ hồ", "Bà con trong ấp", "Người bán cá", "Chú xe ôm", "Cháu nội của bác"]
PLACES = ["Cao Lãnh", "Sa Đéc", "Hồng Ngự", "Tháp Mười", "Lai Vung", "Lấp Vò", "Châu Thành", "Thanh Bình",
          "Tam Nông", "Tân Hồng", "Mỹ Tho", "Gò Công", "Cai Lậy", "Cái Bè", "Tân Phước", "Chợ Gạo", "Mỹ An",
          "An Long", "Phú Hiệp", "Bình Thành"]
NOUNS = ["điện thoại", "tài khoản", "mật khẩu", "ứng dụng", "tin nhắn", "ngân hàng", "mã QR", "thủ tục", "hồ sơ",
         "căn cước", "mã OTP", "đường link", "trang web", "hình ảnh", "video", "cuộc gọi", "nhóm Zalo", "bảo hiểm",
         "sổ sức khỏe", "hóa đơn", "giấy tờ", "đơn hàng", "số điện thoại", "địa chỉ", "ví điện tử", "thẻ ngân hàng",
         "tin tức", "bài đăng", "bình luận", "tài liệu", "biểu mẫu", "phần mềm", "bản cập nhật", "cài đặt",
         "màn hình", "bàn phím", "loa", "máy ảnh", "pin", "wifi", "dữ liệu di động", "kho ứng dụng", "lịch hẹn",
         "phiếu khám", "giá lúa", "giá xoài", "thời tiết", "lịch thời vụ", "phân bón", "thuốc trừ sâu",
         "vườn cây", "ruộng lúa", "ao cá", "chợ nổi", "sạp hàng", "khách quen", "người lạ", "tổng đài",
         "công an xã", "ủy ban xã", "trạm y tế", "bưu điện", "trường học", "giáo viên", "phụ huynh", "con cháu",
         "hàng xóm", "bạn bè", "gia đình", "chữ ký số", "dịch vụ công", "cổng thông tin", "mã số thuế",
         "bảng giá", "đơn vị vận chuyển", "tiền điện", "tiền nước", "học phí", "lương hưu", "trợ cấp",
         "trí tuệ nhân tạo", "trợ lý ảo", "câu trả lời", "nguồn tin", "tin đồn", "quảng cáo", "khuyến mãi",
         "phần thưởng", "khoản vay", "lãi suất", "hợp đồng", "biên lai", "ảnh chụp màn hình", "tệp đính kèm",
         "thư điện tử", "lịch sử giao dịch", "số dư", "mã giao dịch", "vân tay", "khuôn mặt", "giọng nói"]
VERBS = ["mở", "kiểm tra", "cài", "gỡ", "đọc kỹ", "ghi lại", "chụp", "gửi", "nhận", "lưu", "xóa", "chặn",
         "báo cáo", "tra cứu", "đối chiếu", "hỏi lại", "gọi lại", "nhập", "chọn", "bấm", "xem", "tìm",
         "so sánh", "cập nhật", "sao lưu", "chia sẻ", "tải về", "đăng nhập", "đăng xuất", "thanh toán",
         "chuyển khoản", "quét", "điền", "nộp", "theo dõi", "bật", "tắt", "đổi", "giữ kín", "nhờ người xem",
         "hỏi ý kiến", "ghi chú", "đặt lịch", "hủy", "xác nhận", "kiểm chứng", "phân biệt", "tránh", "dò lại"]
ADJECTIVES = ["chính thức", "mới nhất", "an toàn", "đáng tin", "rõ ràng", "đầy đủ", "đúng hạn", "cẩn thận",
              "quen thuộc", "lạ", "đáng ngờ", "miễn phí", "nhanh", "chậm", "cũ", "riêng", "chung", "quan trọng",
              "cần thiết", "gần nhà", "trong ấp", "của xã", "của mình", "vừa nhận", "hôm qua", "sáng nay"]
ADVERBS = ["nên", "cần", "thường", "hay", "sẽ", "đã", "vừa", "luôn", "thử", "tự", "hãy", "cứ"]
PREPOSITIONS = ["trên", "trong", "cho", "với", "ở", "qua", "bằng", "từ", "tại", "về", "trước", "sau"]
OPENERS = ["Sau đó,", "Vì vậy,", "Ngoài ra,", "Trước hết,", "Khi cần,", "Nếu được,", "Lúc rảnh,", "Mỗi sáng,",
           "Cuối tuần,", "Đầu tháng,", "Mùa nước nổi,", "Ở chợ,", "Tại nhà,", "Buổi tối,"]
QUESTION_TAILS = ["Bạn nên làm gì?", "Việc nào đúng nhất?", "Cách nào an toàn hơn cả?", "Bước đầu tiên là gì?",
                  "Người đó nên chọn cách nào?", "Điều gì giúp bác ấy nhất?"]
ANSWER_WORDS = ["113", "114", "115", "111", "VNeID", "VssID", "OTP", "QR", "Zalo", "wifi", "pin", "CH Play",
                "App Store", "mật khẩu", "căn cước", "ngân hàng", "bảo hiểm", "hóa đơn", "tổng đài", "ứng dụng"]


def fold(text: str) -> str:
    """Lowercase without accents (đ -> d): slugs and file names."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return bare.replace("đ", "d")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Writer:
    """Vietnamese-like sentences from a seeded random source: realistic lengths and words, no meaning."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, words: list[str]) -> str:
        return self.rng.choice(words)

    def phrase(self) -> str:
        """A verb phrase: verb, object, maybe an adjective."""
        adj = f" {self.pick(ADJECTIVES)}" if self.rng.random() < 0.6 else ""
        return f"{self.pick(VERBS)} {self.pick(NOUNS)}{adj}"

    def clause(self) -> str:
        adverb = f"{self.pick(ADVERBS)} " if self.rng.random() < 0.7 else ""
        tail = f" {self.pick(PREPOSITIONS)} {self.pick(NOUNS)}" if self.rng.random() < 0.8 else ""
        place = f" ở {self.pick(PLACES)}" if self.rng.random() < 0.25 else ""
        return f"{self.pick(SUBJECTS)} {adverb}{self.phrase()}{tail}{place}"

    def sentence(self) -> str:
        text = self.clause()
        if self.rng.random() < 0.35:
            text += f", rồi {self.phrase()}"
        if self.rng.random() < 0.3:
            text = f"{self.pick(OPENERS)} {'bạn' + text[3:] if text.startswith('Bạn ') else text}"
        return cap(text) + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def statement(self) -> str:
        """One claim, without "và" (a true/false statement joining two claims is reported by the check)."""
        adj = f" {self.pick(ADJECTIVES)}" if self.rng.random() < 0.5 else ""
        return (f"{self.pick(SUBJECTS)} {self.pick(ADVERBS)} {self.pick(VERBS)} {self.pick(NOUNS)}{adj} "
                f"{self.pick(PREPOSITIONS)} {self.pick(NOUNS)} ở {self.pick(PLACES)}.")

    def heading(self) -> str:
        return cap(self.phrase())

    def short(self, lo: int, hi: int) -> str:
        """An option, a step or a list item of about lo..hi words."""
        words = cap(self.phrase()).split()
        while len(words) < lo:
            words += f"{self.pick(PREPOSITIONS)} {self.pick(NOUNS)}".split()
        return " ".join(words[:hi])


# ---------------------------------------------------------------- the corpus


@dataclass
class LessonInfo:
    course: str
    name: str  # file name without .md
    title: str
    level: int
    competences: list[str]
    question_levels: list[int] = field(default_factory=list)
    question_domains: list[str] = field(default_factory=list)

    @property
    def rel(self) -> str:
        return f"{self.course}/{self.name}.md"

    @property
    def bank(self) -> str:
        return f"{self.course}/{self.name}"

    @property
    def url(self) -> str:
        return f"{self.course}/{self.name}/"


@dataclass
class Corpus:
    root: Path
    lessons: list[LessonInfo]
    courses: dict[str, str]  # course id -> title
    questions: int
    words: list[int]  # words in each lesson's body
    pictures: int
    type_counts: Counter[str]

    @property
    def first_lesson(self) -> LessonInfo:
        return self.lessons[0]

    @property
    def first_course(self) -> str:
        return next(iter(self.courses))


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


def _front_matter(data: dict[str, Any], body: str) -> str:
    return f"---\n{_dump(data)}---\n\n{body}"


def _svg(alt: str, label: str, rng: random.Random) -> str:
    """A small picture in the house style: 360 wide, a <title>, text of 18, no script, no outside reference."""
    height = rng.choice([180, 200, 220, 240])
    fill = rng.choice(["#e3f2fd", "#fff3e0", "#e8f5e9", "#fce4ec", "#ede7f6"])
    stroke = rng.choice(["#1565c0", "#e65100", "#2e7d32", "#ad1457", "#4527a0"])
    words = label.split()
    line1, line2 = " ".join(words[: len(words) // 2 + 1]), " ".join(words[len(words) // 2 + 1:])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 {height}" width="360" height="{height}" role="img"'
        f' font-family="sans-serif" font-size="18">\n'
        f"<title>{alt}</title>\n"
        f'<rect width="360" height="{height}" fill="#ffffff"/>\n'
        f'<rect x="20" y="10" width="120" height="{height - 20}" rx="16" fill="{fill}" stroke="{stroke}" stroke-width="3"/>\n'
        f'<rect x="34" y="30" width="92" height="{height - 80}" rx="6" fill="#ffffff" stroke="#37474f" stroke-width="2"/>\n'
        f'<circle cx="80" cy="{height - 30}" r="9" fill="none" stroke="#37474f" stroke-width="2"/>\n'
        f'<rect x="46" y="48" width="68" height="14" rx="4" fill="{stroke}"/>\n'
        f'<rect x="46" y="72" width="52" height="10" rx="3" fill="#90a4ae"/>\n'
        f'<rect x="46" y="90" width="60" height="10" rx="3" fill="#90a4ae"/>\n'
        f'<path d="M150 {height // 2} h40 l-10 -10 M190 {height // 2} l-10 10" fill="none" stroke="{stroke}" stroke-width="4"/>\n'
        f'<text x="270" y="{height // 2 - 8}" text-anchor="middle" font-weight="bold" fill="#1a1a1a">{line1}</text>\n'
        f'<text x="270" y="{height // 2 + 18}" text-anchor="middle" fill="#1a1a1a">{line2}</text>\n'
        "</svg>\n"
    )


def _options(w: Writer, count: int, right: set[int]) -> list[dict[str, Any]]:
    """Distinct options of 5 to 14 words; the ``right`` ones marked correct, the others with feedback."""
    texts: list[str] = []
    while len(texts) < count:
        text = w.short(5, w.rng.randint(7, 14))
        if text not in texts:
            texts.append(text)
    options: list[dict[str, Any]] = []
    for i, text in enumerate(texts):
        option: dict[str, Any] = {"text": text}
        if i in right:
            option["correct"] = True
            if w.rng.random() < 0.5:
                option["feedback"] = "Đúng. " + w.sentence()
        else:
            option["feedback"] = w.sentence()
        options.append(option)
    return options


def _question(w: Writer, kind: str, n: int, single_place: int, lesson: LessonInfo) -> dict[str, Any]:
    """One question of a type; ``single_place`` is where a single question's right option goes (kept balanced)."""
    rng = w.rng
    stem = w.paragraph(rng.randint(1, 2))
    q: dict[str, Any] = {"id": f"cau-{n:02d}-{slug(w.pick(NOUNS))}", "type": kind}
    if rng.random() < 0.3 and len(lesson.competences) > 1:
        q["competences"] = [lesson.competences[-1]]
    if rng.random() < 0.3:
        q["level"] = rng.choice([1, 2])
    if kind == "single":
        q["prompt"] = f"{stem} {w.pick(QUESTION_TAILS)}"
        # The right option is never the longest, and sits in its balanced place (the item-writing rules).
        options = sorted(_options(w, 4, set()), key=lambda o: len(o["text"]))
        right = options.pop(rng.randint(0, len(options) - 2))
        right.update(correct=True, feedback="Đúng. " + w.sentence())
        rng.shuffle(options)
        q["options"] = options[:single_place] + [right] + options[single_place:]
    elif kind == "multiple":
        q["prompt"] = f"{stem} Những việc nào nên làm? (chọn mọi câu đúng)"
        q["options"] = _options(w, 5, set(rng.sample(range(5), 2)))
    elif kind == "truefalse":
        q["prompt"] = f"Đúng hay sai: {w.statement()}"
        q["answer"] = rng.random() < 0.5
    elif kind == "text":
        answer = w.pick(ANSWER_WORDS)
        q["prompt"] = f"{stem} Gõ tên hoặc con số cần nhớ (một từ hoặc một số)."
        q["answers"] = [answer, fold(answer)] if fold(answer) != answer else [answer]
    elif kind == "order":
        q["prompt"] = f"{stem} Sắp xếp các bước cho đúng thứ tự."
        items: list[str] = []
        steps = rng.randint(3, 5)
        while len(items) < steps:
            item = w.short(4, rng.randint(5, 10))
            if item not in items:
                items.append(item)
        q["items"] = items
    elif kind == "match":
        q["prompt"] = f"{stem} Nối mỗi việc với nơi hoặc cách làm phù hợp."
        lefts: list[str] = []
        rights: list[str] = []
        pairs = rng.randint(3, 4)
        while len(lefts) < pairs:
            left, right_side = cap(w.pick(NOUNS)), w.short(3, rng.randint(4, 8))
            if left not in lefts and right_side not in rights:
                lefts.append(left)
                rights.append(right_side)
        q["pairs"] = [[a, b] for a, b in zip(lefts, rights, strict=True)]
    if rng.random() < 0.25:
        q["hint"] = w.sentence()
    q["explanation"] = f"**{w.heading()}.** {w.paragraph(rng.randint(1, 3))}"
    return q


def _bank(w: Writer, lesson: LessonInfo, count: int) -> tuple[str, list[str]]:
    """The YAML of a lesson's bank, and its question ids."""
    questions = []
    singles = 0
    offset = w.rng.randint(0, 3)
    for n in range(count):
        kind = TYPE_PATTERN[n % len(TYPE_PATTERN)]
        q = _question(w, kind, n + 1, (singles + offset) % 4, lesson)
        singles += kind == "single"
        questions.append(q)
        lesson.question_levels.append(q.get("level", lesson.level))
        lesson.question_domains.append((q.get("competences") or lesson.competences)[0].split(".")[0])
    data = {"schema_version": 1, "title": lesson.title, "competences": [lesson.competences[0]], "level": lesson.level,
            "questions": questions}
    header = "# yaml-language-server: $schema=../../schemas/bank.schema.json\n"
    return header + _dump(data), [q["id"] for q in questions]


def _lesson_body(w: Writer, lesson: LessonInfo, inline: list[str], pictures: list[tuple[str, str]]) -> str:
    """About LESSON_WORDS words: sections with headings, a list, a table, an admonition, steps with a picture,
    a second picture and one ```quiz block."""
    rng = w.rng
    parts = [w.paragraph(4), w.paragraph(3)]
    parts += [f"## {w.heading()}", w.paragraph(3), "\n".join(f"- {w.short(4, 12)}." for _ in range(rng.randint(3, 5))),
              w.paragraph(2), f"![{pictures[0][1]}](img/{pictures[0][0]})"]
    rows = "\n".join(f"| {cap(w.pick(NOUNS))} | {w.short(3, 8)} | {w.short(3, 8)} |" for _ in range(rng.randint(3, 4)))
    parts += [f"## {w.heading()}", w.paragraph(3), f"| Việc | Cách làm | Lưu ý |\n|---|---|---|\n{rows}", w.paragraph(2)]
    if inline:
        parts.append(f"```quiz\nbank: {lesson.bank}\nquestions: [{', '.join(inline)}]\n```")
    steps = [f"1. {w.short(5, 12)}.", f"    ![{pictures[1][1]}](img/{pictures[1][0]})", f"2. {w.short(5, 12)}.",
             f"3. {w.short(5, 12)}."]
    parts += [f"## {w.heading()}", w.paragraph(2), '<div class="hvs-steps" markdown>', *steps, "</div>",
              f'!!! tip "Mẹo"\n    {w.paragraph(2)}']
    length = LESSON_WORDS + rng.randint(-LESSON_WORDS // 10, LESSON_WORDS // 10)
    while sum(len(p.split()) for p in parts) < length:
        parts += [f"## {w.heading()}", w.paragraph(rng.randint(3, 5)), w.paragraph(rng.randint(2, 4))]
    return "\n\n".join(parts) + "\n"


def _competences(rng: random.Random, framework: dict[str, list[str]]) -> list[str]:
    """One to three codes: most lessons teach device use, safety, information or communication."""
    domains = list(framework)
    weights = [4 if d in ("0", "1", "2", "4") else 1 for d in domains]
    first = rng.choices(domains, weights)[0]
    codes = rng.sample(framework[first], min(len(framework[first]), rng.randint(1, 2)))
    if rng.random() < 0.5:
        other = rng.choices(domains, weights)[0]
        extra = rng.choice(framework[other])
        if extra not in codes:
            codes.append(extra)
    return codes


def load_framework(path: Path) -> dict[str, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(d["code"]): [str(c["code"]) for c in d["competences"]] for d in data["domains"]}


def _assessment(title: str, lessons: list[LessonInfo]) -> str:
    """A self-assessment at levels 1-2 from the course's banks, drawing per domain what the pool can meet."""
    pool: Counter[str] = Counter()
    for lesson in lessons:
        for level, domain in zip(lesson.question_levels, lesson.question_domains, strict=True):
            if level in (1, 2):
                pool[domain] += 1
    total = sum(pool.values())
    target = min(ASSESSMENT_QUESTIONS, total)
    draw: list[dict[str, Any]] = []
    for domain in sorted(pool):
        count = min(pool[domain], 100, max(1, round(target * pool[domain] / total)))
        draw.append({"domain": domain, "count": count})
    data = {"schema_version": 1, "title": f"Bài tự đánh giá năng lực số — {title}",
            "description": f"Bài gồm {sum(d['count'] for d in draw)} câu rút ngẫu nhiên từ các bài học của khóa. "
                           "Đây là bài tự đánh giá để học, không phải bài thi chính thức.",
            "pass_percent": 70, "levels": [1, 2], "banks": [lesson.bank for lesson in lessons], "draw": draw,
            "time_limit_minutes": None}
    return "# yaml-language-server: $schema=../../schemas/assessment.schema.json\n" + _dump(data)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(root: Path, lessons: int = 1000, questions_per_lesson: int = 10, seed: int = SEED) -> Corpus:
    """Write a project with ``lessons`` lessons (each with its bank of ``questions_per_lesson`` questions) into
    ``root``: mkdocs.yml, hooks/, theme/ and quizzes/framework.yml copied from the repository, the rest generated."""
    if lessons < 1 or questions_per_lesson < INLINE_QUESTIONS + 1:
        raise ValueError(f"need at least 1 lesson and {INLINE_QUESTIONS + 1} questions per lesson")
    rng = random.Random(seed)
    w = Writer(rng)
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "hooks", root / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "theme", root / "theme")
    (root / "quizzes").mkdir(exist_ok=True)
    shutil.copy(ROOT / "quizzes" / "framework.yml", root / "quizzes" / "framework.yml")
    framework = load_framework(root / "quizzes" / "framework.yml")
    courses_dir = root / "courses"
    info: list[LessonInfo] = []
    courses: dict[str, str] = {}
    words: list[int] = []
    types: Counter[str] = Counter()
    pictures = 0
    n_courses = -(-lessons // LESSONS_PER_COURSE)
    for c in range(n_courses):
        course = f"khoa-{c + 1:02d}"
        courses[course] = cap(f"Kỹ năng số: {w.phrase()}")
        in_course: list[LessonInfo] = []
        for n in range(c * LESSONS_PER_COURSE, min(lessons, (c + 1) * LESSONS_PER_COURSE)):
            lesson = LessonInfo(course, f"bai-{n + 1:04d}", cap(w.phrase()), rng.choice([1, 1, 2, 2, 2, 3]),
                                _competences(rng, framework))
            bank_yaml, ids = _bank(w, lesson, questions_per_lesson)
            types.update(TYPE_PATTERN[i % len(TYPE_PATTERN)] for i in range(questions_per_lesson))
            write(root / "quizzes" / f"{lesson.bank}.yml", bank_yaml)
            shots = []
            for what in ("man-hinh", "cac-buoc"):
                alt = cap(f"Màn hình điện thoại: {w.phrase()}")
                file = f"{lesson.name}-{what}.svg"
                write(courses_dir / course / "img" / file, _svg(alt, w.short(3, 5), rng))
                shots.append((file, alt))
            pictures += len(shots)
            body = _lesson_body(w, lesson, ids[:INLINE_QUESTIONS], shots)
            words.append(len(body.split()))
            meta = {"title": lesson.title, "summary": w.sentence(), "minutes": rng.choice([10, 15, 20, 25, 30]),
                    "level": lesson.level, "competences": lesson.competences,
                    "objectives": [cap(w.phrase()) for _ in range(rng.randint(2, 4))],
                    "keypoints": [w.sentence() for _ in range(rng.randint(3, 5))], "quiz": lesson.bank,
                    "sources": [{"title": f"Hướng dẫn {w.phrase()}", "url": f"https://example.gov.vn/{lesson.bank}/{i}"}
                                for i in range(rng.randint(1, 3))]}
            write(courses_dir / lesson.rel, _front_matter(meta, body))
            info.append(lesson)
            in_course.append(lesson)
        meta = {"title": courses[course], "summary": w.sentence(),
                "course": {"id": course, "audience": f"{w.pick(SUBJECTS)} và mọi người ở {w.pick(PLACES)}",
                           "lessons": [lesson.rel for lesson in in_course], "assessment": course}}
        write(courses_dir / course / "index.md", _front_matter(meta, f"{w.paragraph(3)}\n\n{w.paragraph(2)}\n"))
        write(root / "quizzes" / "assessments" / f"{course}.yml", _assessment(courses[course], in_course))
    write(courses_dir / "index.md", _front_matter({"title": "Học vụ số"}, f"{w.paragraph(3)}\n"))
    return Corpus(root, info, courses, lessons * questions_per_lesson, words, pictures, types)


# ---------------------------------------------------------------- the plain site


class _EnvTag:
    """An `!ENV` value of mkdocs.yml, kept as written."""

    def __init__(self, node: yaml.Node) -> None:
        self.node = node


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_constructor("!ENV", lambda loader, node: _EnvTag(node))
_ConfigDumper.add_representer(_EnvTag, lambda dumper, tag: tag.node)


def _is_ours(entry: Any) -> bool:
    name = entry if isinstance(entry, str) else next(iter(entry), "") if isinstance(entry, dict) else ""
    return str(name).startswith("hocvuso")


QUIZ_FENCE = re.compile(r"^```quiz\n.*?^```\n\n?", re.M | re.S)


def make_plain(corpus: Corpus, dest: Path) -> Path:
    """A plain MkDocs + Material project of the same Markdown: the ```quiz blocks removed; no hooks, no hocvuso
    extension; the theme, Markdown extensions and search plugin as in mkdocs.yml; the same navigation (home, then
    one section per course), written out since no hook makes it."""
    config = yaml.load((corpus.root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)  # noqa: S506
    config.pop("hooks", None)
    config.pop("watch", None)
    # Material as it comes: its own Vietnamese words, none of our templates (they take words from the hooks).
    config["theme"].pop("custom_dir", None)
    config["theme"]["language"] = "vi"
    config["markdown_extensions"] = [e for e in config.get("markdown_extensions", []) if not _is_ours(e)]
    (config.get("extra") or {}).pop("hocvuso", None)
    nav: list[Any] = ["index.md"]
    for course, title in corpus.courses.items():
        nav.append({title: [f"{course}/index.md", *(lesson.rel for lesson in corpus.lessons if lesson.course == course)]})
    config["nav"] = nav
    dest.mkdir(parents=True, exist_ok=True)
    write(dest / "mkdocs.yml", yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False, width=10_000))
    docs = corpus.root / "courses"
    for path in sorted(docs.rglob("*")):
        if path.is_file():
            target = dest / "courses" / path.relative_to(docs)
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".md":
                target.write_text(QUIZ_FENCE.sub("", path.read_text(encoding="utf-8")), encoding="utf-8")
            else:
                shutil.copy(path, target)
    return dest


# ---------------------------------------------------------------- running and measuring


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    max_rss_mb: float
    returncode: int
    output: str


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command; its wall time, CPU time and peak memory (max RSS of that process, from wait4)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, output)


def build_env(site_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("HOCVUSO_OFFLINE", None)
    if site_url:
        env["SITE_URL"] = site_url
    return env


def mkdocs_build(project: Path, out: Path, site_url: str | None = None) -> Run:
    """`mkdocs build --strict` of a project into ``out``."""
    return run_measured([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                         "-d", str(out)], project, build_env(site_url))


def hocvuso_check(project: Path) -> Run:
    """`hocvuso check` in the project folder, as an author runs it (start-up and imports included)."""
    script = Path(sys.executable).with_name("hocvuso")
    cmd = [str(script)] if script.is_file() else [sys.executable, "-c",
                                                   "import sys; from hocvuso.adapters.cli import main; sys.exit(main())"]
    return run_measured([*cmd, "check", "--lang", "en"], project, build_env())


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a folder (which may not exist yet) on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def _kind(path: str) -> str:
    if path.endswith("search_index.json"):
        return "search index"
    if "/assets/hocvuso/" in path:
        return "hocvuso engine"
    suffix = Path(path).suffix.lower()
    return {".css": "css", ".js": "js", ".svg": "image", ".png": "image", ".jpg": "image", ".ico": "image",
            ".woff2": "font", ".woff": "font", ".xml": "sitemap", ".json": "json"}.get(suffix, "html")


def cold_load(pages: dict[str, tuple[str, Path]]) -> dict[str, dict[str, Any]]:
    """Load each page once in a fresh browser context (empty cache), as a phone would (360x740): every response's
    body (from the browser, or the served file when a worker's body cannot be read), raw and gzipped."""
    from playwright.sync_api import sync_playwright

    results: dict[str, dict[str, Any]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for name, (url, site) in pages.items():
            context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                                          is_mobile=True, has_touch=True)
            responses: list[Any] = []
            context.on("response", functools.partial(list.append, responses))
            page = context.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(1500)  # the search worker asks for the index after the page has loaded
            page.wait_for_load_state("networkidle")
            files: list[dict[str, Any]] = []
            for resp in responses:
                path = unquote(urlsplit(resp.url).path)
                if 300 <= resp.status < 400:
                    continue
                try:
                    body = resp.body()
                except Exception:  # noqa: BLE001 (a worker's response: read the file it served)
                    local = site / path.lstrip("/")
                    body = (local / "index.html" if local.is_dir() else local).read_bytes()
                files.append({"path": path, "kind": _kind(path), "raw": len(body), "gzip": gz(body)})
            context.close()
            by_kind: Counter[str] = Counter()
            for f in files:
                by_kind[f["kind"]] += f["gzip"]
            results[name] = {"requests": len(files), "raw": sum(f["raw"] for f in files),
                             "gzip": sum(f["gzip"] for f in files), "gzip_by_kind": dict(by_kind), "files": files}
        browser.close()
    return results


LIGHTHOUSE_METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT",
                      "cumulative-layout-shift": "CLS", "speed-index": "SI"}


def lighthouse(url: str, out: Path) -> dict[str, Any] | None:
    """Lighthouse's mobile performance and accessibility scores of a page (its default config: an emulated phone
    on a simulated slow 4G network), the metrics behind the first, and the accessibility audits that failed."""
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    proc = subprocess.run(["node", str(LIGHTHOUSE_CLI), url, "--quiet", "--output=json", f"--output-path={out}",
                           "--only-categories=performance,accessibility", f"--chrome-flags={flags}"],
                          env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not out.is_file():
        print(f"lighthouse failed on {url}: {proc.stderr.strip()[-500:]}", file=sys.stderr)
        return None
    report = json.loads(out.read_text(encoding="utf-8"))
    if report["categories"]["performance"]["score"] is None:
        print(f"lighthouse gave no performance score for {url}: {report.get('runtimeError')}", file=sys.stderr)
        return None
    audits = report["audits"]
    failed = [ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]
              if ref.get("weight") and audits[ref["id"]].get("score") not in (None, 1)]
    return {"performance": report["categories"]["performance"]["score"],
            "accessibility": report["categories"]["accessibility"]["score"],
            "metrics": {short: audits[key].get("numericValue") for key, short in LIGHTHOUSE_METRICS.items()},
            "accessibility_failed": failed}


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median performance (its metrics and audits kept together), with every run's scores beside it."""
    ordered = sorted(runs, key=lambda r: r["performance"])
    median = dict(ordered[(len(ordered) - 1) // 2])
    median["runs"] = [[r["performance"], r["accessibility"]] for r in runs]
    return median


def _lighthouse_row(result: dict[str, Any] | None) -> str:
    if result is None:
        return "(no such page)"
    if result.get("failed"):
        return "(every run failed, see above)"
    m = result["metrics"]
    text = (f"{result['performance']:.2f} / {result['accessibility']:.2f}  (FCP {m['FCP'] / 1000:.1f} s, "
            f"LCP {m['LCP'] / 1000:.1f} s, TBT {m['TBT']:.0f} ms, CLS {m['CLS']:.2f})")
    if result["accessibility_failed"]:
        text += " failed: " + ", ".join(result["accessibility_failed"])
    return text


ENTRY_POINTS = {("mkdocs_hooks.py", "<module>"), ("markdown_ext.py", "run")}


def profile_build(project: Path, out: Path, stats_file: Path, top: int = 15) -> list[dict[str, Any]]:
    """Build once under cProfile (its default clock: wall time, as CPU-time clocks cost a system call per event and
    weigh small functions far too heavily); the ``top`` functions of the hocvuso package by cumulative time."""
    cmd = [sys.executable, "-m", "cProfile", "-o", str(stats_file), "-m", "mkdocs", "build", "--strict", "-q", "-f",
           str(project / "mkdocs.yml"), "-d", str(out)]
    proc = subprocess.run(cmd, cwd=project, env=build_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"profiled build failed:\n{proc.stdout}{proc.stderr}")
    import hocvuso

    package = str(Path(hocvuso.__file__).resolve().parent)
    stats = pstats.Stats(str(stats_file))
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = max(ct for _cc, _nc, _tt, ct, _callers in raw.values())
    def in_package(func: tuple[str, int, str]) -> bool:
        return str(Path(func[0]).resolve()).startswith(package)

    ours = [(func, nc, tt, ct) for func, (_cc, nc, tt, ct, _callers) in raw.items() if in_package(func)]
    ours.sort(key=lambda row: row[3], reverse=True)
    # Where MkDocs and Python-Markdown enter the package: the hooks, the quiz extension's processor, and the import of
    # the hooks' module (which imports the rest). None of them calls another, so their times add up.
    entries = [(f"{Path(func[0]).stem}.{func[2]}", ct) for func, (_cc, _nc, _tt, ct, _callers) in raw.items()
               if in_package(func) and ((Path(func[0]).name, func[2]) in ENTRY_POINTS
                                        or (Path(func[0]).name == "mkdocs_hooks.py" and func[2].startswith("on_")))]
    inside = sum(ct for _name, ct in entries)
    rows = []
    for (file, line, name), nc, tt, ct in ours[:top]:
        module = Path(file).resolve().relative_to(Path(package).parent).with_suffix("").as_posix().replace("/", ".")
        rows.append({"function": f"{module}:{line}({name})", "calls": nc, "tottime": round(tt, 3),
                     "cumtime": round(ct, 3), "share": round(ct / total, 3)})
    return [{"function": "(whole build under cProfile)", "calls": 1, "tottime": 0.0, "cumtime": round(total, 3),
             "share": 1.0},
            {"function": "(inside hocvuso: the hooks, the quiz extension, importing the package)", "calls": len(entries),
             "tottime": 0.0, "cumtime": round(inside, 3), "share": round(inside / total, 3)}, *rows]


# ---------------------------------------------------------------- the benchmark


def run_lighthouse(args: argparse.Namespace, work: Path, sites: dict[str, tuple[Path, Path]], urls: dict[str, str],
                   pages: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every page of both sites, ``--lighthouse-runs`` times, one site after the other; the median run of each."""
    if not LIGHTHOUSE_CLI.is_file():
        raise SystemExit("Lighthouse is not installed: run `make bench ARGS=--lighthouse`, which installs it")
    # The plain site has no self-assessment page.
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {
        (page_name, name): [] for page_name, rel in pages.items() for name in ("hocvuso", "plain")
        if (sites[name][1] / rel / "index.html").is_file()}
    for n in range(max(1, args.lighthouse_runs)):
        for (page_name, name), results in runs.items():
            result = lighthouse(urls[name] + pages[page_name], work / f"lighthouse-{name}-{page_name}-{n + 1}.json")
            if result is not None:
                results.append(result)
    say("lighthouse", f"mobile (emulated phone, simulated slow 4G), median of {args.lighthouse_runs} run(s), "
        "performance / accessibility:")
    scores: dict[str, dict[str, Any]] = {}
    for page_name in pages:
        scores[page_name] = {name: None if (page_name, name) not in runs else _median_run(runs[(page_name, name)])
                             if runs[(page_name, name)] else {"failed": True} for name in ("hocvuso", "plain")}
        for name in ("hocvuso", "plain"):
            say("", f"{page_name:10} {name:8} {_lighthouse_row(scores[page_name][name])}")
    return scores


def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else float("nan")


def _verdict(value: float, budget: float, unit: str) -> str:
    return f"(budget ≤ {budget:g}{unit}: {'within' if value <= budget else 'OVER'})"


def page_html(site: Path, url: str) -> bytes:
    return (site / url / "index.html").read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--lessons", type=int, default=1000, help="lessons to generate (default 1000)")
    parser.add_argument("--questions-per-lesson", type=int, default=10, help="questions in each lesson's bank (default 10)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the corpus and both sites in this folder")
    parser.add_argument("--lighthouse", action="store_true",
                        help="also Lighthouse mobile scores of a lesson, course and assessment page (make bench installs it)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page, median reported (default 3)")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this file as JSON too")
    parser.add_argument("--profile", type=Path, default=None,
                        help="also build the hocvuso site once under cProfile, keep the stats in this file and print "
                             "the top 15 functions of the package by cumulative time")
    parser.add_argument("--repeat", type=int, default=1, help="builds of each site, alternating; the median is reported")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the generator (default {SEED})")
    parser.add_argument("--no-browser", action="store_true", help="skip the page loads in chromium")
    args = parser.parse_args(argv)

    if args.keep:
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"--keep {args.keep}: the folder is not empty")
        work = args.keep.resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="hocvuso-bench-"))
    try:
        return bench(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def bench(args: argparse.Namespace, work: Path) -> int:
    """Generate, check, build both sites, measure; print the figures (and write them as JSON with --json)."""
    figures: dict[str, Any] = {"lessons": args.lessons, "questions_per_lesson": args.questions_per_lesson,
                               "seed": args.seed, "cpus": os.cpu_count(), "python": sys.version.split()[0],
                               "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}
    start = time.perf_counter()
    corpus = generate(work / "hocvuso", args.lessons, args.questions_per_lesson, args.seed)
    plain = make_plain(corpus, work / "plain")
    figures["corpus"] = {"seconds": round(time.perf_counter() - start, 2), "courses": len(corpus.courses),
                         "lessons": len(corpus.lessons), "questions": corpus.questions, "pictures": corpus.pictures,
                         "words_per_lesson_mean": round(statistics.mean(corpus.words)),
                         "question_types": dict(sorted(corpus.type_counts.items()))}
    c = figures["corpus"]
    say("Học vụ số benchmark", f"{c['lessons']} lessons, {c['questions']} questions, {c['courses']} course(s) "
        f"(seed {args.seed}); {os.cpu_count()} CPUs, load average {figures['load_average_at_start'][0]:.1f}")
    say("corpus", f"generated in {c['seconds']} s: {c['pictures']} pictures, {c['words_per_lesson_mean']} words per lesson "
        "on average; " + ", ".join(f"{k} {v}" for k, v in c["question_types"].items()))
    if args.keep:
        say("", f"kept in {work}")
    figures["check"] = measure_check(corpus)

    sites = {"hocvuso": (corpus.root, work / "hocvuso" / "site"), "plain": (plain, work / "plain" / "site")}
    with serve(sites["hocvuso"][1]) as hvs_url, serve(sites["plain"][1]) as plain_url:
        urls = {"hocvuso": hvs_url, "plain": plain_url}
        figures["build"] = measure_builds(sites, urls, args.repeat)
        figures["search_index"] = measure_search(sites)
        lesson, course = corpus.first_lesson.url, f"{corpus.first_course}/"
        assessment = f"{corpus.first_course}/{ASSESSMENT_PAGE}/"
        figures["html_gzip"] = measure_html(sites, lesson, course, assessment)
        if not args.no_browser:
            figures["cold_load"] = measure_cold_load(sites, urls, lesson, args.questions_per_lesson)
        if args.lighthouse:
            figures["lighthouse"] = run_lighthouse(args, work, sites, urls,
                                                   {"lesson": lesson, "course": course, "assessment": assessment})

    if args.profile:
        rows = profile_build(corpus.root, work / "hocvuso" / "site", args.profile.resolve())
        figures["profile"] = rows
        say("profile", f"hocvuso build under cProfile ({args.profile}), the package's top functions by cumulative time:")
        say("", f"{'cumtime s':>9} {'share':>6} {'tottime s':>9} {'calls':>8}  function")
        for row in rows:
            say("", f"{row['cumtime']:9.2f} {row['share']:6.1%} {row['tottime']:9.2f} {row['calls']:8}  {row['function']}")

    figures["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    say("load", f"average {figures['load_average_at_end'][0]:.1f} at the end (other work on the machine inflates wall "
        "times; CPU times are steadier)")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        say("json", str(args.json))
    return 0


def say(topic: str, text: str) -> None:
    """One line of the report: a topic in the margin, then the figures."""
    print(f"{topic:10} {text}" if topic else f"{'':10} {text}", flush=True)


def measure_check(corpus: Corpus) -> dict[str, Any]:
    """`hocvuso check` on the corpus; the corpus must pass it."""
    check = hocvuso_check(corpus.root)
    if check.returncode != 0:
        print(check.output, file=sys.stderr)
        raise SystemExit("the generated corpus does not pass `hocvuso check` (problems above)")
    warnings = len(re.findall(r"^\S+:\d+:\d+: ", check.output, re.M))
    say("check", f"hocvuso check: {check.seconds:.2f} s wall, {check.cpu_seconds:.2f} s CPU, {check.max_rss_mb:,.0f} MB, "
        f"no problems, {warnings} warnings "
        + _verdict(round(check.seconds, 2), BUDGET_CHECK_SECONDS, " s"))
    return {"seconds": round(check.seconds, 2), "cpu_seconds": round(check.cpu_seconds, 2),
            "max_rss_mb": round(check.max_rss_mb), "warnings": warnings}


def measure_builds(sites: dict[str, tuple[Path, Path]], urls: dict[str, str], repeat: int) -> dict[str, Any]:
    """Build both sites, one after the other (``repeat`` times, alternating); medians of wall and CPU time."""
    runs: dict[str, list[Run]] = {name: [] for name in sites}
    for _ in range(max(1, repeat)):
        for name, (project, out) in sites.items():
            run = mkdocs_build(project, out, urls[name])
            if run.returncode != 0:
                print(run.output, file=sys.stderr)
                raise SystemExit(f"the {name} build failed (output above)")
            runs[name].append(run)
    builds: dict[str, Any] = {}
    for name, rs in runs.items():
        builds[name] = {"seconds": round(statistics.median(r.seconds for r in rs), 2),
                        "cpu_seconds": round(statistics.median(r.cpu_seconds for r in rs), 2),
                        "max_rss_mb": round(max(r.max_rss_mb for r in rs)),
                        "all_seconds": [round(r.seconds, 2) for r in rs],
                        "html_pages": sum(1 for _ in sites[name][1].rglob("*.html"))}
    builds["ratio_wall"] = ratio(builds["hocvuso"]["seconds"], builds["plain"]["seconds"])
    builds["ratio_cpu"] = ratio(builds["hocvuso"]["cpu_seconds"], builds["plain"]["cpu_seconds"])
    say("build", f"{'':22} {'wall s':>8} {'CPU s':>8} {'max RSS MB':>11} {'pages':>6}")
    for name, label in (("hocvuso", "hocvuso (hooks)"), ("plain", "plain MkDocs+Material")):
        b = builds[name]
        say("", f"{label:22} {b['seconds']:8.2f} {b['cpu_seconds']:8.2f} {b['max_rss_mb']:11,} {b['html_pages']:6}")
    say("", f"{'ratio':22} {builds['ratio_wall']:7.2f}× {builds['ratio_cpu']:7.2f}×  "
        + _verdict(builds["ratio_wall"], BUDGET_BUILD_RATIO, "× wall"))
    return builds


def measure_search(sites: dict[str, tuple[Path, Path]]) -> dict[str, Any]:
    """Size of each site's search index (the file Material fetches on every cold page load)."""
    search: dict[str, Any] = {}
    for name, (_project, site) in sites.items():
        data = (site / "search" / "search_index.json").read_bytes()
        search[name] = {"raw": len(data), "gzip": gz(data), "docs": len(json.loads(data)["docs"])}
    # The accent-free copy of each entry's words that the hooks add (hocvuso.build.search_fold), for the breakdown.
    folded = re.findall(rb'<span hidden class=\\"hvs-fold\\">.*?</span>', (sites["hocvuso"][1] / "search" /
                        "search_index.json").read_bytes())
    search["hocvuso"]["accent_free_raw"] = sum(len(f) for f in folded)
    search["ratio_gzip"] = ratio(search["hocvuso"]["gzip"], search["plain"]["gzip"])
    search["ratio_raw"] = ratio(search["hocvuso"]["raw"], search["plain"]["raw"])
    say("search", f"index: hocvuso {kb(search['hocvuso']['raw'])} raw, {kb(search['hocvuso']['gzip'])} gzipped; plain "
        f"{kb(search['plain']['raw'])} raw, {kb(search['plain']['gzip'])} gzipped; {search['ratio_gzip']:.2f}× gzipped "
        f"({search['ratio_raw']:.2f}× raw) " + _verdict(search["ratio_gzip"], BUDGET_SEARCH_RATIO, "×"))
    say("", f"{search['hocvuso']['docs']} entries (plain {search['plain']['docs']}); the accent-free words take "
        f"{kb(search['hocvuso']['accent_free_raw'])} of the hocvuso index, raw")
    return search


def measure_html(sites: dict[str, tuple[Path, Path]], lesson: str, course: str, assessment: str) -> dict[str, Any]:
    """The HTML of a lesson, a course and an assessment page, gzipped."""
    hvs, plain = sites["hocvuso"][1], sites["plain"][1]
    sizes: dict[str, Any] = {"lesson_hocvuso": gz(page_html(hvs, lesson)), "lesson_plain": gz(page_html(plain, lesson)),
                             "course_hocvuso": gz(page_html(hvs, course)), "course_plain": gz(page_html(plain, course)),
                             "assessment_hocvuso": gz(page_html(hvs, assessment))}
    sizes["assessment_over_lesson"] = ratio(sizes["assessment_hocvuso"], sizes["lesson_hocvuso"])
    say("html", f"gzipped: lesson {kb(sizes['lesson_hocvuso'])} (plain {kb(sizes['lesson_plain'])}), course "
        f"{kb(sizes['course_hocvuso'])} (plain {kb(sizes['course_plain'])}), assessment {kb(sizes['assessment_hocvuso'])}"
        f" = {sizes['assessment_over_lesson']:.2f}× the lesson page")
    return sizes


def measure_cold_load(sites: dict[str, tuple[Path, Path]], urls: dict[str, str], lesson: str,
                      questions: int) -> dict[str, Any]:
    """Everything a phone downloads on a cold load of one lesson page, on both sites."""
    loads: dict[str, Any] = cold_load({name: (urls[name] + lesson, sites[name][1]) for name in sites})
    ours = [f for f in loads["hocvuso"]["files"] if f["kind"] == "hocvuso engine"]
    # The budget is for what every page loads (engine.EVERY_PAGE); a lesson also loads, on demand, the modules it
    # needs (sharing, reading aloud, the pools of its questions), reported beside it.
    every_page = {path.rsplit("/", 1)[1] for path in EVERY_PAGE}
    engine = sum(f["gzip"] for f in ours if _file_name(f) in every_page)
    on_demand = sum(f["gzip"] for f in ours if _file_name(f) not in every_page)
    loads.update(page=lesson, questions_on_page=questions, engine_gzip=engine, on_demand_gzip=on_demand,
                 ratio_gzip=ratio(loads["hocvuso"]["gzip"], loads["plain"]["gzip"]))
    say("cold load", f"of {lesson} ({questions} questions), every response gzipped (level {GZIP_LEVEL}), "
        "search index included:")
    for name in ("hocvuso", "plain"):
        load = loads[name]
        parts = ", ".join(f"{k} {kb(v)}" for k, v in sorted(load["gzip_by_kind"].items(), key=lambda kv: -kv[1]))
        say("", f"{name:8} {kb(load['gzip']):>10} in {load['requests']} requests ({kb(load['raw'])} raw): {parts}")
    say("", f"ratio {loads['ratio_gzip']:.2f}× " + _verdict(loads["ratio_gzip"], BUDGET_COLD_RATIO, "×")
        + f"; hocvuso engine on every page {kb(engine)} " + _verdict(round(engine / 1024, 1), BUDGET_ENGINE_KB, " KB")
        + f", and {kb(on_demand)} loaded on demand by this page")
    return loads


def _file_name(response: dict[str, Any]) -> str:
    """The file name of a response's path (no folder)."""
    return str(response["path"]).rsplit("/", 1)[-1]


if __name__ == "__main__":
    sys.exit(main())
