"""A small, valid project written into tmp_path; tests break one file at a time."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BANK = """\
schema_version: 1
title: Ngân hàng mẫu
competences: ["4.2"]
level: 2
questions:
  - id: cau-mot
    type: single
    prompt: Một người gọi điện xưng là công an và yêu cầu chuyển tiền.
    options:
      - text: Chuyển tiền ngay
        feedback: Công an không yêu cầu chuyển tiền qua điện thoại.
      - text: Cúp máy và gọi lại số chính thức
        correct: true
    explanation: Luôn kiểm tra lại qua số chính thức.
  - id: cau-hai
    type: truefalse
    prompt: Mã OTP có thể đọc cho nhân viên ngân hàng qua điện thoại.
    answer: false
    explanation: Không bao giờ đọc mã OTP cho ai.
  - id: cau-ba
    type: text
    prompt: Số điện thoại của cảnh sát là gì?
    answers: ["113"]
"""

LESSON = """\
---
title: Bài mẫu
summary: Một bài học mẫu.
minutes: 10
level: 2
competences: ["4.2"]
objectives: [Nhận ra cuộc gọi lừa đảo]
keypoints: [Không đọc mã OTP cho ai]
quiz: chu-de/mau
sources: [{title: Nguồn chính thức, url: "https://example.gov.vn/a"}]
---

Mở đầu bài học.

```quiz
bank: chu-de/mau
questions: [cau-mot]
```

## Phần hai

Nội dung.
"""

LESSON2 = """\
---
title: Bài hai
summary: Bài thứ hai.
minutes: 5
level: 1
competences: ["0.1"]
objectives: [Làm được việc hai]
---

Nội dung bài hai.
"""

COURSE = """\
---
title: Khóa mẫu
course:
  id: khoa-mau
  audience: Người dân
  lessons:
    - chu-de/bai-mau.md
    - chu-de/bai-hai.md
---

Giới thiệu khóa học.
"""


def bank(old: str, new: str) -> str:
    """The sample bank with its first ``old`` replaced by ``new`` (``old`` must be there)."""
    assert old in BANK
    return BANK.replace(old, new, 1)


def lesson(old: str, new: str) -> str:
    """The sample lesson with its first ``old`` replaced by ``new`` (``old`` must be there)."""
    assert old in LESSON
    return LESSON.replace(old, new, 1)


def course(old: str, new: str) -> str:
    """The sample course page with its first ``old`` replaced by ``new`` (``old`` must be there)."""
    assert old in COURSE
    return COURSE.replace(old, new, 1)


def assessment(*, levels: str = "[2]", count: int = 1, description: str = "") -> str:
    """A self-assessment of the sample framework's domain 4 (``quizzes/assessments/…``), drawing ``count`` questions."""
    return ("schema_version: 1\ntitle: Bài tự đánh giá mẫu\n" + (f"description: {description}\n" if description else "")
            + f"pass_percent: 70\nlevels: {levels}\ndraw:\n  - {{domain: \"4\", count: {count}}}\n")


def write(root: Path, rel: str, text: str) -> Path:
    """Write a file (creating folders) and return its path."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def make_project(root: Path) -> Path:
    """A complete small project: framework, one bank, two lessons, one course, config, hooks and theme folder."""
    (root / "quizzes").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "quizzes" / "framework.yml", root / "quizzes" / "framework.yml")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "hooks", root / "hooks")
    shutil.copytree(ROOT / "theme", root / "theme")
    write(root, "quizzes/chu-de/mau.yml", BANK)
    write(root, "courses/chu-de/bai-mau.md", LESSON)
    write(root, "courses/chu-de/bai-hai.md", LESSON2)
    write(root, "courses/khoa-mau/index.md", COURSE)
    return root
