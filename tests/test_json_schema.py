"""The JSON Schemas for editors: generated from the models, shipped as generated, and in step with the validator.

The validator (``hocvuso check``) is the authority; the schemas are the editor's
first help. Where the schema can say something it must agree with the validator:
both accept the good files and both reject the bad ones below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from hocvuso.adapters.cli import main as cli_main
from hocvuso.authoring import json_schema
from hocvuso.authoring.json_schema import KINDS, build_schemas, kind_of, modeline, schema_text, stale_schemas, untitled_fields
from hocvuso.content.catalog import load_catalog
from hocvuso.content.models import LESSON_KEYS
from hocvuso.content.rules import check_catalog
from hocvuso.core.diagnostics import Problem
from hocvuso.core.yaml_source import load_yaml, split_front_matter
from sample_project import COURSE, make_project, write

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = build_schemas()
VALIDATORS = {kind: Draft202012Validator(schema) for kind, schema in SCHEMAS.items()}
SHIPPED_YAML = sorted(p for p in (ROOT / "quizzes").rglob("*") if p.suffix in (".yml", ".yaml"))


def schema_errors(kind: str, text: str) -> list[str]:
    """Errors of the JSON Schema for ``text`` (parsed exactly as the validator parses it), as 'path: message'."""
    data, _, problems = load_yaml(text, Path("x.yml"))
    assert not problems, problems
    return ["/".join(map(str, e.absolute_path)) + ": " + e.message for e in VALIDATORS[kind].iter_errors(data)]


def validator_problems(project: Path, file: Path) -> list[Problem]:
    """The validator's problems located in ``file``."""
    cat = load_catalog(project)
    check_catalog(cat)
    return [p for p in cat.report.sorted() if p.pos.file.resolve() == file.resolve()]


def all_problems(project: Path) -> list[str]:
    cat = load_catalog(project)
    check_catalog(cat)
    return cat.report.format(project)


# ---------------------------------------------------------------- generation


def test_schemas_are_valid_draft_2020_12() -> None:
    for kind, schema in SCHEMAS.items():
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", kind
        Draft202012Validator.check_schema(schema)


def test_every_field_has_a_vietnamese_title() -> None:
    assert untitled_fields() == [], "add these fields to FIELD_TEXT in src/hocvuso/i18n/schema_words.py"
    bank = SCHEMAS["bank"]
    assert bank["title"] == "Ngân hàng câu hỏi"
    assert bank["properties"]["questions"]["title"] == "Các câu hỏi"
    # descriptions written in models.py come first
    alt = bank["$defs"]["Image"]["properties"]["alt"]
    assert alt["description"].startswith("Mô tả ảnh cho người không nhìn thấy")
    qid = bank["$defs"]["SingleQuestion"]["properties"]["id"]
    assert "không bao giờ dùng lại" in qid["description"] and "Chữ thường không dấu" in qid["description"]


def test_schema_says_what_the_semantic_checks_can() -> None:
    defs = SCHEMAS["bank"]["$defs"]
    single = defs["SingleQuestion"]["properties"]["options"]
    assert (single["minContains"], single["maxContains"], single["minItems"]) == (1, 1, 2)
    assert single["contains"]["properties"]["correct"] == {"const": True}
    assert defs["MultipleQuestion"]["properties"]["options"]["minContains"] == 1
    assert defs["OrderQuestion"]["properties"]["items"]["uniqueItems"] is True
    assert defs["MatchQuestion"]["properties"]["pairs"]["items"]["maxItems"] == 2
    assert defs["Question"]["properties"]["type"]["enum"] == ["single", "multiple", "truefalse", "text", "order", "match"]


def test_shipped_schemas_equal_freshly_generated_ones() -> None:
    stale = stale_schemas(ROOT / "schemas")
    assert stale == [], "schemas/ was edited by hand or is out of date: run `.venv/bin/hocvuso schema`"
    for kind, (_, name) in KINDS.items():
        assert json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8")) == SCHEMAS[kind]


def test_cli_schema_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s"
    assert cli_main(["schema", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["assessment.schema.json", "bank.schema.json", "course.schema.json",
                                                     "framework.schema.json", "lesson.schema.json"]
    assert (out / "bank.schema.json").read_text(encoding="utf-8") == schema_text("bank")
    assert cli_main(["schema", "--out", str(out), "--check"]) == 0
    (out / "bank.schema.json").write_text("{}", encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["schema", "--out", str(out), "--check", "--lang", "en"]) == 1
    assert "bank.schema.json is out of date or was edited by hand" in capsys.readouterr().err


# ---------------------------------------------------------------- shipped content


@pytest.mark.parametrize("file", SHIPPED_YAML, ids=lambda p: p.relative_to(ROOT / "quizzes").as_posix())
def test_shipped_yaml_is_valid_against_its_schema(file: Path) -> None:
    kind = kind_of(file.relative_to(ROOT / "quizzes").as_posix())
    assert schema_errors(kind, file.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("file", SHIPPED_YAML, ids=lambda p: p.relative_to(ROOT / "quizzes").as_posix())
def test_shipped_yaml_points_editors_at_its_schema(file: Path) -> None:
    kind = kind_of(file.relative_to(ROOT / "quizzes").as_posix())
    first = file.read_text(encoding="utf-8").splitlines()[0]
    assert first == modeline(file, ROOT, kind)
    target = first.split("$schema=", 1)[1]
    assert (file.parent / target).resolve() == (ROOT / "schemas" / KINDS[kind][1]).resolve()


SHIPPED_PAGES = sorted((ROOT / "courses").rglob("*.md"))


@pytest.mark.parametrize("file", SHIPPED_PAGES, ids=lambda p: p.relative_to(ROOT / "courses").as_posix())
def test_shipped_front_matter_is_valid_against_its_schema(file: Path) -> None:
    """Lessons and courses: their front matter passes the schema editors use, parsed as the validator parses it."""
    doc, problems = split_front_matter(file.read_text(encoding="utf-8"), file)
    assert not problems
    meta = doc.meta or {}
    kind = "course" if "course" in meta else "lesson" if LESSON_KEYS & set(meta) else None
    if kind is not None:
        errors = ["/".join(map(str, e.absolute_path)) + ": " + e.message for e in VALIDATORS[kind].iter_errors(meta)]
        assert errors == []


@pytest.mark.parametrize(("kind", "text", "where"), [
    ("lesson", "title: Bài\nsummary: S\nminutes: 10\nlevel: 9\ncompetences: ['4.2']\nobjectives: [A]\n", "level"),
    ("lesson", "title: Bài\nsummary: S\nminutes: 10\nlevel: 2\ncompetences: ['4.2']\nobjectives: [A]\nquizz: x\n", ""),
    ("lesson", "title: Bài\nsummary: S\nminutes: 10\nlevel: 2\ncompetences: ['4.2']\nobjectives: [A]\nquiz: {bank: x, count: 0}\n",
     "quiz"),
    ("course", "title: Khóa\ncourse: {id: Khoa Mau, audience: A, lessons: [a.md]}\n", "course/id"),
    ("course", "title: Khóa\ncourse: {id: khoa, audience: A, lessons: []}\n", "course/lessons"),
])
def test_front_matter_schema_refuses_what_the_validator_refuses(kind: str, text: str, where: str) -> None:
    errors = schema_errors(kind, text)
    assert errors and any(e.startswith(where) for e in errors), errors


def test_front_matter_schema_takes_a_bank_name_or_a_reference() -> None:
    base = "title: Bài\nsummary: S\nminutes: 10\nlevel: 2\ncompetences: ['4.2']\nobjectives: [A, B]\n"
    assert schema_errors("lesson", base + "quiz: thu-vien/vneid\n") == []
    assert schema_errors("lesson", base + "quiz: {bank: thu-vien/vneid, count: 5}\n") == []


def test_kind_of() -> None:
    assert kind_of("framework.yml") == "framework"
    assert kind_of("assessments/nguoi-dan.yml") == "assessment"
    assert kind_of("thu-vien/vneid.yml") == "bank"


# ---------------------------------------------------------------- schema and validator agree

GOOD_BANK = """\
schema_version: 1
title: Ngân hàng thử
competences: ["4.2"]
level: 2
questions:
  - id: chon-mot
    type: single
    prompt: Bạn nhận tin nhắn lạ có đường link. Bạn làm gì?
    options:
      - text: Bấm vào link để xem
        feedback: Link lạ có thể dẫn tới trang giả.
      - text: Xóa tin nhắn, không bấm link
        correct: true
    explanation: Không bấm link trong tin nhắn lạ.
  - id: chon-nhieu
    type: multiple
    prompt: Những thông tin nào không bao giờ đưa cho người lạ?
    options:
      - {text: Mã OTP, correct: true}
      - {text: Mật khẩu, correct: true}
      - {text: Tên tỉnh bạn ở, feedback: Thông tin này không bí mật.}
  - id: dung-sai
    type: truefalse
    prompt: Công an không yêu cầu chuyển tiền qua điện thoại.
    answer: true
  - id: go-so
    type: text
    prompt: Số điện thoại khẩn cấp của công an là số mấy?
    answers: [113]
  - id: thu-tu
    type: order
    prompt: Sắp xếp các bước bật xác minh hai bước.
    items: [Mở Cài đặt, Chọn Bảo mật, Bật xác minh hai bước]
  - id: ghep-cap
    type: match
    prompt: Ghép ứng dụng với việc của nó.
    pairs: [[VNeID, Định danh điện tử], [VssID, Bảo hiểm xã hội]]
    level: 1
    competences: ["2.6"]
"""

OWN_TAGS_BANK = """\
schema_version: 1
title: Mỗi câu tự ghi năng lực và cấp độ
questions:
  - id: cau-a
    type: truefalse
    prompt: Mã OTP chỉ để bạn tự gõ.
    answer: true
    competences: ["4.2"]
    level: 1
  - id: cau-b
    type: order
    prompt: Sắp xếp theo năm.
    items: [2020, 2025]
    competences: ["1.1"]
    level: 3
    hint: Năm nhỏ trước.
    explanation:
    image: {src: anh.svg, alt: Sơ đồ hai mốc thời gian}
"""

GOOD_BANKS = {
    "six-types": GOOD_BANK,
    "optional-fields": GOOD_BANK.replace("title: Ngân hàng thử\n", "title: Ngân hàng thử\ndescription: Dùng để thử.\n")
    .replace("    answer: true\n", "    answer: true\n    hint: Nghĩ tới cách công an làm việc.\n"),
    "question-tags-instead-of-defaults": OWN_TAGS_BANK,
}

# (case id, text to replace, replacement, validator's problem code, JSON path where the schema complains)
BAD_BANKS = [
    ("unknown-key", "title: Ngân hàng thử\n", "title: Ngân hàng thử\ntieu_de: x\n", "schema.unknown_key", ""),
    ("unknown-question-key", "    prompt: Công an", "    promt: Công an", "schema.unknown_key", "questions/2"),
    ("missing-title", "title: Ngân hàng thử\n", "", "schema.missing", ""),
    ("missing-prompt", "    prompt: Sắp xếp các bước bật xác minh hai bước.\n", "", "schema.missing", "questions/4"),
    ("missing-answer", "    answer: true\n", "", "schema.missing", "questions/2"),
    ("wrong-type-answer", "    answer: true\n", "    answer: đúng\n", "schema.type", "questions/2/answer"),
    ("wrong-type-level", "level: 2\n", "level: hai\n", "schema.type", "level"),
    ("wrong-type-options", "      - {text: Mã OTP, correct: true}\n      - {text: Mật khẩu, correct: true}\n"
     "      - {text: Tên tỉnh bạn ở, feedback: Thông tin này không bí mật.}\n", "", "schema.type", "questions/1/options"),
    ("wrong-type-correct", "      - {text: Mã OTP, correct: true}", "      - {text: Mã OTP, correct: có}", "schema.type",
     "questions/1/options/0/correct"),
    ("option-not-mapping", "      - text: Bấm vào link để xem\n        feedback: Link lạ có thể dẫn tới trang giả.\n",
     "      - Bấm vào link để xem\n", "schema.type", "questions/0/options/0"),
    ("bad-question-type", "    type: single\n", "    type: singel\n", "schema.bad_type_tag", "questions/0/type"),
    ("missing-question-type", "    type: truefalse\n", "", "schema.no_type_tag", "questions/2"),
    ("level-9", "level: 2\n", "level: 9\n", "schema.range", "level"),
    ("question-level-0", "    level: 1\n", "    level: 0\n", "schema.range", "questions/5/level"),
    ("schema-version-2", "schema_version: 1\n", "schema_version: 2\n", "schema.version", "schema_version"),
    ("competence-unquoted", 'competences: ["4.2"]\n', "competences: [4.2]\n", "schema.code_quotes", "competences/0"),
    ("bad-question-id", "  - id: chon-mot\n", "  - id: Chọn Một\n", "schema.pattern", "questions/0/id"),
    ("empty-prompt", "    prompt: Công an", "    prompt: ''\n    explanation: Công an", "schema.empty_text", "questions/2/prompt"),
    ("no-questions", GOOD_BANK[GOOD_BANK.index("questions:\n"):], "questions: []\n", "schema.too_short", "questions"),
    ("questions-empty", GOOD_BANK[GOOD_BANK.index("questions:\n"):], "questions:\n", "schema.type", "questions"),
    ("single-two-correct", "        feedback: Link lạ có thể dẫn tới trang giả.\n",
     "        feedback: Link lạ có thể dẫn tới trang giả.\n        correct: true\n", "question.single_correct",
     "questions/0/options"),
    ("single-none-correct", "        correct: true\n    explanation: Không bấm", "    explanation: Không bấm",
     "question.single_correct", "questions/0/options"),
    ("single-one-option", "      - text: Bấm vào link để xem\n        feedback: Link lạ có thể dẫn tới trang giả.\n", "",
     "question.too_few_options", "questions/0/options"),
    ("multiple-none-correct", "{text: Mã OTP, correct: true}\n      - {text: Mật khẩu, correct: true}",
     "{text: Mã OTP}\n      - {text: Mật khẩu}", "question.multiple_none", "questions/1/options"),
    ("text-no-answer", "    answers: [113]\n", "    answers: []\n", "question.text_no_answer", "questions/3/answers"),
    ("order-one-item", "    items: [Mở Cài đặt, Chọn Bảo mật, Bật xác minh hai bước]\n", "    items: [Mở Cài đặt]\n",
     "question.order_items", "questions/4/items"),
    ("order-duplicate-item", "    items: [Mở Cài đặt, Chọn Bảo mật, Bật xác minh hai bước]\n",
     "    items: [Mở Cài đặt, Mở Cài đặt, Bật xác minh hai bước]\n", "question.order_duplicate", "questions/4/items"),
    ("match-pair-of-three", "[VNeID, Định danh điện tử]", "[VNeID, Định danh điện tử, Căn cước]",
     "question.match_pair_shape", "questions/5/pairs/0"),
    ("match-one-pair", "    pairs: [[VNeID, Định danh điện tử], [VssID, Bảo hiểm xã hội]]\n",
     "    pairs: [[VNeID, Định danh điện tử]]\n", "question.match_too_few", "questions/5/pairs"),
    ("no-competences-anywhere", 'competences: ["4.2"]\n', "", "schema.missing", "questions/0"),
    ("no-level-anywhere", "level: 2\n", "", "schema.missing", "questions/0"),
]

BAD_OWN_TAGS = [
    ("image-without-alt", "    image: {src: anh.svg, alt: Sơ đồ hai mốc thời gian}\n", "    image: {src: anh.svg}\n",
     "image.no_alt", "questions/1/image"),
    ("question-without-level", "    competences: [\"4.2\"]\n    level: 1\n", "    competences: [\"4.2\"]\n",
     "schema.missing", "questions/0"),
    ("question-empty-competences", '    competences: ["1.1"]\n', "    competences: []\n", "schema.missing",
     "questions/1/competences"),
]


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p")
    write(root, "quizzes/thu/anh.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    return root


@pytest.mark.parametrize("text", GOOD_BANKS.values(), ids=list(GOOD_BANKS))
def test_good_bank_passes_both(project: Path, text: str) -> None:
    write(project, "quizzes/thu/tot.yml", text)
    assert all_problems(project) == []
    assert schema_errors("bank", text) == []


def _bad_cases() -> list[Any]:
    cases = [pytest.param(GOOD_BANK, *c[1:], id=c[0]) for c in BAD_BANKS]
    cases += [pytest.param(OWN_TAGS_BANK, *c[1:], id=c[0]) for c in BAD_OWN_TAGS]
    return cases


@pytest.mark.parametrize(("base", "old", "new", "code", "where"), _bad_cases())
def test_bad_bank_fails_both(project: Path, base: str, old: str, new: str, code: str, where: str) -> None:
    assert old in base
    text = base.replace(old, new, 1)
    file = write(project, "quizzes/thu/xau.yml", text)
    codes = [p.code for p in validator_problems(project, file)]
    assert code in codes, codes
    errors = schema_errors("bank", text)
    assert errors, "the schema accepts what the validator refuses"
    assert any(e.split(": ", 1)[0].startswith(where) for e in errors), errors


def test_a_list_instead_of_a_bank_fails_both(project: Path) -> None:
    text = "- id: a\n  type: truefalse\n"
    file = write(project, "quizzes/thu/xau.yml", text)
    assert [p.code for p in validator_problems(project, file)] == ["yaml.not_mapping"]
    assert schema_errors("bank", text)


LIMITS = [
    # what only the validator can see: references to other files, and uniqueness of one field
    ("duplicate-id", "  - id: chon-nhieu\n", "  - id: chon-mot\n", "question.duplicate_id"),
    ("unknown-competence", '["2.6"]', '["9.9"]', "ref.competence"),
    ("duplicate-option-text", "{text: Mật khẩu, correct: true}", "{text: Mã OTP, correct: true}", "question.duplicate_option"),
    ("missing-image", "level: 2\nquestions:\n", "level: 2\nquestions:\n", "image.missing"),
]


@pytest.mark.parametrize(("old", "new", "code"), [pytest.param(*c[1:], id=c[0]) for c in LIMITS])
def test_what_only_the_validator_sees(project: Path, old: str, new: str, code: str) -> None:
    text = GOOD_BANK.replace(old, new, 1)
    if code == "image.missing":
        text = text.replace("    answer: true\n", "    answer: true\n    image: {src: khong-co.png, alt: Ảnh}\n")
    file = write(project, "quizzes/thu/xau.yml", text)
    assert code in [p.code for p in validator_problems(project, file)]
    assert schema_errors("bank", text) == []  # an editor cannot know; `hocvuso check` does


GOOD_ASSESSMENT = """\
schema_version: 1
title: Bài tự đánh giá thử
pass_percent: 70
levels: [2]
draw:
  - {domain: "4", count: 3}
time_limit_minutes: null
"""

COURSE_WITH_ASSESSMENT = COURSE.replace("    - chu-de/bai-hai.md\n", "    - chu-de/bai-hai.md\n  assessment: thu\n")

GOOD_ASSESSMENTS = {
    "plain": GOOD_ASSESSMENT,
    "all-fields": GOOD_ASSESSMENT.replace("time_limit_minutes: null\n", "time_limit_minutes: 20\nbanks: [chu-de/mau]\n")
    .replace("pass_percent: 70\n", "description: Để học, không phải bài thi.\npass_percent: 70\n"),
}

BAD_ASSESSMENTS = [
    ("pass-percent-150", "pass_percent: 70\n", "pass_percent: 150\n", "schema.range", "pass_percent"),
    ("level-9", "levels: [2]\n", "levels: [9]\n", "schema.range", "levels/0"),
    ("missing-count", '{domain: "4", count: 3}', '{domain: "4"}', "schema.missing", "draw/0"),
    ("unknown-key", "time_limit_minutes: null\n", "thoi_gian: 30\n", "schema.unknown_key", ""),
    ("wrong-type-time", "time_limit_minutes: null\n", "time_limit_minutes: nửa giờ\n", "schema.type", "time_limit_minutes"),
    ("domain-unquoted", '{domain: "4", count: 3}', "{domain: 4, count: 3}", "schema.type", "draw/0/domain"),
    ("no-draw", '  - {domain: "4", count: 3}\n', "", "schema.type", "draw"),
    ("banks-not-a-list", "time_limit_minutes: null\n", "banks: chu-de/mau\n", "schema.type", "banks"),
]


@pytest.mark.parametrize("text", GOOD_ASSESSMENTS.values(), ids=list(GOOD_ASSESSMENTS))
def test_good_assessment_passes_both(project: Path, text: str) -> None:
    write(project, "courses/khoa-mau/index.md", COURSE_WITH_ASSESSMENT)
    write(project, "quizzes/assessments/thu.yml", text)
    assert all_problems(project) == []
    assert schema_errors("assessment", text) == []


@pytest.mark.parametrize(("old", "new", "code", "where"), [pytest.param(*c[1:], id=c[0]) for c in BAD_ASSESSMENTS])
def test_bad_assessment_fails_both(project: Path, old: str, new: str, code: str, where: str) -> None:
    assert old in GOOD_ASSESSMENT
    text = GOOD_ASSESSMENT.replace(old, new, 1)
    write(project, "courses/khoa-mau/index.md", COURSE_WITH_ASSESSMENT)
    file = write(project, "quizzes/assessments/thu.yml", text)
    codes = [p.code for p in validator_problems(project, file)]
    assert code in codes, codes
    errors = schema_errors("assessment", text)
    assert any(e.split(": ", 1)[0].startswith(where) for e in errors), errors


FRAMEWORK = (ROOT / "quizzes" / "framework.yml").read_text(encoding="utf-8")

BAD_FRAMEWORKS = [
    ("missing-title", "title: Khung năng lực số\n", "", "schema.missing", ""),
    ("band-level-9", "levels: [7, 8]", "levels: [7, 9]", "schema.range", "bands/3/levels/1"),
    ("unknown-domain-key", "    title_en: Device and software use\n", "    title_english: Device and software use\n",
     "schema.unknown_key", "domains/0"),
    ("code-unquoted", '{code: "0.1",', "{code: 0.1,", "schema.code_quotes", "domains/0/competences/0/code"),
    ("domain-without-competences",
     "      - {code: \"6.1\", title: Hiểu biết về trí tuệ nhân tạo, title_en: Understanding artificial intelligence}\n"
     "      - {code: \"6.2\", title: Sử dụng trí tuệ nhân tạo, title_en: Using artificial intelligence}\n"
     "      - {code: \"6.3\", title: Đánh giá trí tuệ nhân tạo, title_en: Evaluating artificial intelligence}\n",
     "      []\n", "schema.too_short", "domains/6/competences"),
]


def test_shipped_framework_passes_both(project: Path) -> None:
    assert all_problems(project) == []
    assert schema_errors("framework", FRAMEWORK) == []


@pytest.mark.parametrize(("old", "new", "code", "where"), [pytest.param(*c[1:], id=c[0]) for c in BAD_FRAMEWORKS])
def test_bad_framework_fails_both(project: Path, old: str, new: str, code: str, where: str) -> None:
    assert old in FRAMEWORK
    text = FRAMEWORK.replace(old, new, 1)
    file = write(project, "quizzes/framework.yml", text)
    codes = [p.code for p in validator_problems(project, file)]
    assert code in codes, codes
    errors = schema_errors("framework", text)
    assert any(e.split(": ", 1)[0].startswith(where) for e in errors), errors


def test_modeline_is_relative_to_the_file(tmp_path: Path) -> None:
    assert modeline(tmp_path / "quizzes" / "framework.yml", tmp_path, "framework") == (
        "# yaml-language-server: $schema=../schemas/framework.schema.json")
    assert modeline(tmp_path / "quizzes" / "a" / "b" / "c.yml", tmp_path, "bank") == (
        "# yaml-language-server: $schema=../../../schemas/bank.schema.json")
    assert json_schema.SCHEMA_DIR == "schemas"
