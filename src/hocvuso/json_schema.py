"""JSON Schema for editors, generated from the typed formats in :mod:`hocvuso.models`.

The schemas are never kept by hand: ``hocvuso schema`` writes them to
``schemas/`` from the pydantic models, then adds what the semantic checks can
say cheaply in JSON Schema (a ``single`` question has exactly one right
option, an ``order`` question at least two different items...). Editors that
understand the first line ``# yaml-language-server: $schema=...`` of a YAML
file (VS Code with the YAML extension, and others) then underline mistakes
and offer completions while the author types. ``hocvuso check`` stays the
authority: it also checks what no schema can see (references across files,
duplicate ids, competence codes that the framework does not have).

Titles and descriptions are in Vietnamese, for the authors: descriptions come
from the models' ``Field(description=...)`` where there is one, otherwise from
the table below.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from . import models
from .models import QUESTION_TYPES, Assessment, Bank, Framework, Model

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = "schemas"

#: kind -> (model, file name under schemas/)
KINDS: dict[str, tuple[type[Model], str]] = {
    "bank": (Bank, "bank.schema.json"),
    "assessment": (Assessment, "assessment.schema.json"),
    "framework": (Framework, "framework.schema.json"),
}

ROOT_TEXT: dict[str, tuple[str, str]] = {
    "bank": ("Ngân hàng câu hỏi",
             "Tệp quizzes/<chủ đề>/<tên>.yml: các câu hỏi tự kiểm tra của một bài học. "
             "Mã ngân hàng là đường dẫn dưới quizzes/ bỏ đuôi .yml. Hướng dẫn: AUTHORING.md."),
    "assessment": ("Bài tự đánh giá",
                   "Tệp quizzes/assessments/<mã>.yml: bài tự đánh giá của một khóa học, "
                   "rút câu hỏi ngẫu nhiên từ các ngân hàng theo từng miền năng lực. Hướng dẫn: AUTHORING.md."),
    "framework": ("Khung năng lực số",
                  "Tệp quizzes/framework.yml: các miền, năng lực và cấp độ mà bài học và câu hỏi được gắn vào "
                  "(Thông tư 02/2025/TT-BGDĐT, thêm miền 0 về sử dụng thiết bị và phần mềm)."),
}

#: Title of each model (key: class name as it appears under $defs).
MODEL_TITLES: dict[str, str] = {
    "Bank": "Ngân hàng câu hỏi",
    "Assessment": "Bài tự đánh giá",
    "Framework": "Khung năng lực số",
    "Band": "Nhóm cấp độ",
    "Domain": "Miền năng lực",
    "Competence": "Năng lực",
    "Draw": "Số câu rút từ một miền",
    "Image": "Ảnh minh họa",
    "Option": "Lựa chọn",
    "SingleQuestion": "Câu hỏi chọn một đáp án (single)",
    "MultipleQuestion": "Câu hỏi chọn nhiều đáp án (multiple)",
    "TrueFalseQuestion": "Câu hỏi đúng/sai (truefalse)",
    "TextQuestion": "Câu hỏi gõ câu trả lời (text)",
    "OrderQuestion": "Câu hỏi sắp xếp thứ tự (order)",
    "MatchQuestion": "Câu hỏi ghép cặp (match)",
}

QUESTION_MODELS: dict[str, str] = {
    "single": "SingleQuestion", "multiple": "MultipleQuestion", "truefalse": "TrueFalseQuestion",
    "text": "TextQuestion", "order": "OrderQuestion", "match": "MatchQuestion",
}

_Q = ("SingleQuestion", "MultipleQuestion", "TrueFalseQuestion", "TextQuestion", "OrderQuestion", "MatchQuestion")

#: (title, description) of each field: key "Model.field", or "field" for every model.
#: A description given in models.py comes first; the one here is added after it.
FIELD_TEXT: dict[str, tuple[str, str]] = {
    "schema_version": ("Phiên bản định dạng", "Luôn ghi `schema_version: 1`."),
    "Bank.title": ("Tên ngân hàng câu hỏi", "Thường trùng tên bài học dùng ngân hàng này."),
    "Assessment.title": ("Tên bài tự đánh giá", "Ví dụ: Bài tự đánh giá năng lực số — Người dân."),
    "Framework.title": ("Tên khung năng lực", ""),
    "Domain.title": ("Tên miền năng lực", "Tên tiếng Việt của miền."),
    "Competence.title": ("Tên năng lực", "Tên tiếng Việt của năng lực."),
    "title_en": ("Tên tiếng Anh", "Dùng cho bản tiếng Anh của trang web."),
    "description": ("Mô tả", "Vài câu giới thiệu, viết bằng Markdown."),
    "Assessment.description": ("Mô tả", "Nói rõ bài gồm bao nhiêu câu, rút từ đâu, và đây là bài tự đánh giá "
                                        "để học, không phải bài thi chính thức."),
    "source": ("Nguồn", "Văn bản chính thức mà khung năng lực dựa vào."),
    "bands": ("Các nhóm cấp độ", "Cơ bản 1–2, Trung cấp 3–4, Nâng cao 5–6, Chuyên sâu 7–8."),
    "Band.name": ("Tên nhóm cấp độ", "Ví dụ: Cơ bản."),
    "Band.name_en": ("Tên tiếng Anh của nhóm", "Ví dụ: Foundation."),
    "Band.levels": ("Các cấp độ của nhóm", "Các số từ 1 đến 8."),
    "domains": ("Các miền năng lực", "Mỗi miền có mã, tên và danh sách năng lực."),
    "Domain.code": ("Mã miền", "Viết trong ngoặc kép."),
    "Domain.competences": ("Các năng lực của miền", "Mỗi năng lực có mã dạng \"<mã miền>.<số>\"."),
    "Competence.code": ("Mã năng lực", "Viết trong ngoặc kép; bắt đầu bằng mã miền và dấu chấm."),
    "digcomp": ("Mã DigComp 2.2", 'Khung năng lực số của châu Âu; viết trong ngoặc kép, ví dụ "4.2".'),
    "competences": ("Mã năng lực",
                    'Các mã năng lực trong quizzes/framework.yml, trong ngoặc kép, ví dụ ["4.2"].'),
    "Bank.competences": ("Mã năng lực mặc định",
                         'Mã năng lực cho mọi câu hỏi bên dưới (câu nào ghi riêng thì dùng mã của câu đó), '
                         'ví dụ ["4.2"]. Các mã có trong quizzes/framework.yml.'),
    "level": ("Cấp độ", "Từ 1 đến 8: 1–2 Cơ bản, 3–4 Trung cấp, 5–6 Nâng cao, 7–8 Chuyên sâu."),
    "Bank.level": ("Cấp độ mặc định",
                   "Cấp độ cho mọi câu hỏi bên dưới (câu nào ghi riêng thì dùng cấp độ của câu đó), từ 1 đến 8."),
    "questions": ("Các câu hỏi", "Ít nhất 10 câu cho mỗi bài học, dùng ít nhất ba loại câu hỏi."),
    "id": ("Mã câu hỏi", "Chữ thường không dấu, số và dấu gạch ngang, ví dụ `cuoc-goi-gia-cong-an`."),
    "type": ("Loại câu hỏi", "Một trong: " + ", ".join(QUESTION_TYPES) + "."),
    "prompt": ("Đề bài", "Viết bằng Markdown. Tình huống đời thường là tốt nhất."),
    "explanation": ("Lời giải thích", "Viết bằng Markdown; dạy thêm một điều."),
    "hint": ("Gợi ý", "Người học bấm để xem trước khi trả lời."),
    "image": ("Ảnh minh họa", "Ảnh của câu hỏi, có mô tả `alt` bắt buộc."),
    "src": ("Đường dẫn ảnh", "Tính từ thư mục chứa tệp ngân hàng, hoặc từ courses/."),
    "alt": ("Mô tả ảnh", ""),
    "options": ("Các lựa chọn", "Ít nhất 2 lựa chọn; mỗi lựa chọn sai có `feedback` nói vì sao sai."),
    "SingleQuestion.options": ("Các lựa chọn",
                               "Ít nhất 2 lựa chọn; đúng MỘT lựa chọn có `correct: true`."),
    "MultipleQuestion.options": ("Các lựa chọn",
                                 "Ít nhất 2 lựa chọn; mỗi lựa chọn đúng có `correct: true` (ít nhất một)."),
    "text": ("Nội dung lựa chọn", "Viết bằng Markdown."),
    "correct": ("Là đáp án đúng", "Ghi `correct: true` cho lựa chọn đúng; bỏ trống là sai."),
    "feedback": ("Phản hồi", "Mỗi lựa chọn sai cần có phản hồi."),
    "answer": ("Đáp án", "`true` nếu câu khẳng định trong đề là đúng, `false` nếu sai."),
    "answers": ("Các đáp án được chấp nhận",
                "Khi so sánh, không phân biệt chữ hoa/thường, dấu cách và dấu tiếng Việt."),
    "items": ("Các mục theo đúng thứ tự", "Ít nhất 2 mục, không mục nào trùng nhau."),
    "pairs": ("Các cặp ghép", "Ít nhất 2 cặp; người học ghép mỗi vế trái với vế phải của nó."),
    "pass_percent": ("Tỉ lệ đạt (%)", "Phần trăm câu đúng để đạt, từ 1 đến 100."),
    "Assessment.levels": ("Các cấp độ", "Chỉ rút các câu hỏi ở những cấp độ này, ví dụ [1, 2]."),
    "draw": ("Cách rút câu hỏi", "Mỗi dòng: một miền năng lực và số câu rút từ miền đó."),
    "Draw.domain": ("Mã miền", 'Mã miền trong quizzes/framework.yml, trong ngoặc kép, ví dụ "4".'),
    "Draw.count": ("Số câu", "Số câu rút từ miền này cho mỗi lần làm bài (1–100)."),
    "time_limit_minutes": ("Giới hạn thời gian (phút)", "Để `null` nếu không giới hạn thời gian."),
    "banks": ("Chỉ rút từ các ngân hàng", "Mã ngân hàng là đường dẫn dưới quizzes/ bỏ đuôi .yml, ví dụ thu-vien/vneid."),
}

_TEXT_TYPES = ["string", "number"]


class _Generator(GenerateJsonSchema):
    """pydantic's generator, taught that ``Text`` also accepts numbers (``answers: [113]``)."""

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        inner = super().function_before_schema(schema)
        func = schema.get("function", {}).get("function")
        if func is models._number_to_text and inner.get("type") == "string":
            return {**inner, "type": list(_TEXT_TYPES)}
        return inner


def _field_text(model_name: str, field: str) -> tuple[str, str] | None:
    return FIELD_TEXT.get(f"{model_name}.{field}") or FIELD_TEXT.get(field)


def _label(node: dict[str, Any], model_name: str, missing: list[str]) -> None:
    """Vietnamese titles (and descriptions where the model has none) for one object schema."""
    if model_name in MODEL_TITLES:
        node["title"] = MODEL_TITLES[model_name]
    for field, prop in node.get("properties", {}).items():
        text = _field_text(model_name, field)
        if text is None:
            missing.append(f"{model_name}.{field}")
            continue
        title, desc = text
        prop["title"] = title
        joined = _join(prop.get("description", ""), desc)
        if joined:
            prop["description"] = joined


def _join(first: str, second: str) -> str:
    first, second = first.strip(), second.strip()
    if first and second:
        return f"{first}{'' if first.endswith(('.', '!', '?')) else '.'} {second}"
    return first or second


_FIRST = ("$schema", "title", "description")


def _tidy(node: Any) -> Any:
    """Put ``title`` and ``description`` first in every schema node, for people who read the file."""
    if isinstance(node, list):
        return [_tidy(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: node[k] for k in _FIRST if k in node}
    for key, value in node.items():
        if key in out:
            continue
        if key in ("properties", "$defs"):  # maps of names, not schema nodes
            out[key] = {name: _tidy(sub) for name, sub in value.items()}
        else:
            out[key] = _tidy(value)
    return out


def _correct_option() -> dict[str, Any]:
    return {"type": "object", "properties": {"correct": {"const": True}}, "required": ["correct"]}


def _bank_rules(schema: dict[str, Any]) -> None:
    """What the bank checks can say in JSON Schema."""
    defs = schema["$defs"]
    single = defs["SingleQuestion"]["properties"]["options"]
    single.update(minItems=2, contains=_correct_option(), minContains=1, maxContains=1)
    multiple = defs["MultipleQuestion"]["properties"]["options"]
    multiple.update(minItems=2, contains=_correct_option(), minContains=1)
    defs["TextQuestion"]["properties"]["answers"]["minItems"] = 1
    defs["OrderQuestion"]["properties"]["items"].update(minItems=2, uniqueItems=True)
    pairs = defs["MatchQuestion"]["properties"]["pairs"]
    pairs["minItems"] = 2
    pairs["items"].update(minItems=2, maxItems=2)

    # One question: a `type` from the list, then the fields of that type. if/then (rather than
    # pydantic's oneOf) gives one clear message per mistake in editors and in `jsonschema`.
    title, desc = FIELD_TEXT["type"]
    question: dict[str, Any] = {
        "title": "Câu hỏi",
        "type": "object",
        "properties": {"type": {"title": title, "description": desc, "enum": list(QUESTION_TYPES)}},
        "required": ["type"],
        "allOf": [
            {"if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
             "then": {"$ref": f"#/$defs/{QUESTION_MODELS[kind]}"}}
            for kind in QUESTION_TYPES
        ],
    }
    defs["Question"] = question
    schema["properties"]["questions"]["items"] = {"$ref": "#/$defs/Question"}

    # Every question needs competences and a level: its own, or the bank's default.
    schema["allOf"] = [
        {"if": {"properties": {"competences": {"maxItems": 0}}},
         "then": {"properties": {"questions": {"items": {
             "required": ["competences"], "properties": {"competences": {"type": "array", "minItems": 1}}}}}}},
        {"if": {"properties": {"level": {"type": "null"}}},
         "then": {"properties": {"questions": {"items": {
             "required": ["level"], "properties": {"level": {"type": "integer"}}}}}}},
    ]


def _build(kind: str, missing: list[str]) -> dict[str, Any]:
    model, _ = KINDS[kind]
    raw = model.model_json_schema(schema_generator=_Generator, mode="validation")
    raw = copy.deepcopy(raw)
    defs: dict[str, Any] = raw.pop("$defs", {})
    for name, node in defs.items():
        _label(node, name, missing)
    _label(raw, model.__name__, missing)
    title, desc = ROOT_TEXT[kind]
    out: dict[str, Any] = {"$schema": DRAFT, "title": title, "description": desc}
    out.update((k, v) for k, v in raw.items() if k not in ("title", "description"))
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    if kind == "bank":
        _bank_rules(out)
        out["$defs"] = dict(sorted(out["$defs"].items()))
    tidy: dict[str, Any] = _tidy(out)
    return tidy


def build_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one content format: ``bank``, ``assessment`` or ``framework``."""
    return _build(kind, [])


def build_schemas() -> dict[str, dict[str, Any]]:
    """Every shipped schema, by kind."""
    return {kind: build_schema(kind) for kind in KINDS}


def untitled_fields() -> list[str]:
    """Fields that have no Vietnamese title in :data:`FIELD_TEXT` (should be empty)."""
    missing: list[str] = []
    for kind in KINDS:
        _build(kind, missing)
    return sorted(set(missing))


def schema_text(kind: str) -> str:
    """The schema of one kind exactly as written to disk (UTF-8 JSON, 2-space indent)."""
    return json.dumps(build_schema(kind), ensure_ascii=False, indent=2) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write ``bank.schema.json``, ``assessment.schema.json`` and ``framework.schema.json``; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, (_, name) in KINDS.items():
        path = out_dir / name
        path.write_text(schema_text(kind), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(out_dir: Path) -> list[Path]:
    """Schema files under ``out_dir`` that are missing or differ from freshly generated ones."""
    stale = []
    for kind, (_, name) in KINDS.items():
        path = out_dir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(kind):
            stale.append(path)
    return stale


def kind_of(rel: str) -> str:
    """Which schema a YAML file under quizzes/ follows, from its path there (``thu-vien/vneid.yml``)."""
    rel = rel.replace("\\", "/")
    if rel in ("framework.yml", "framework.yaml"):
        return "framework"
    if rel.startswith("assessments/"):
        return "assessment"
    return "bank"


def modeline(file: Path, root: Path, kind: str) -> str:
    """The first line that points editors at the schema: ``# yaml-language-server: $schema=../schemas/...``."""
    target = root / SCHEMA_DIR / KINDS[kind][1]
    rel = Path(os.path.relpath(target, file.parent)).as_posix()
    return f"# yaml-language-server: $schema={rel}"
