"""The benchmark (scripts/bench.py, `make bench`) at a tiny size, so that it cannot rot: the generated corpus passes
`hocvuso check` and both sites (with the hooks, and plain MkDocs + Material) build. No browser, no timing asserted."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hocvuso_bench", ROOT / "scripts" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_tiny_benchmark_checks_and_builds_both_sites(bench: ModuleType, tmp_path: Path) -> None:
    keep, figures_file = tmp_path / "kept", tmp_path / "figures.json"
    assert bench.main(["--lessons", "6", "--no-browser", "--keep", str(keep), "--json", str(figures_file)]) == 0
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    assert figures["corpus"]["questions"] == 60 and figures["corpus"]["courses"] == 1
    assert set(figures["corpus"]["question_types"]) == {"single", "multiple", "truefalse", "text", "order", "match"}
    assert figures["check"]["warnings"] == 0  # the item-writing rules pass too, as `hocvuso check --strict` wants
    assert figures["build"]["hocvuso"]["seconds"] > 0 and figures["build"]["plain"]["seconds"] > 0

    hvs, plain = keep / "hocvuso" / "site", keep / "plain" / "site"
    lesson = (hvs / "khoa-01" / "bai-0001" / "index.html").read_text(encoding="utf-8")
    assert lesson.count("data-hvs-q=") == 10  # two in the lesson's ```quiz block, eight at its end
    assert "khoa-01/tu-danh-gia/index.html" in {p.relative_to(hvs).as_posix() for p in hvs.rglob("*.html")}
    plain_lesson = (plain / "khoa-01" / "bai-0001" / "index.html").read_text(encoding="utf-8")
    assert "data-hvs" not in plain_lesson and "hocvuso" not in plain_lesson and "bank:" not in plain_lesson
    assert re.search(r'<img alt="[^"]+" src="\.\./img/bai-0001-man-hinh\.svg"', plain_lesson)


def test_generator_is_deterministic(bench: ModuleType, tmp_path: Path) -> None:
    one = bench.generate(tmp_path / "one", lessons=2, questions_per_lesson=4)
    two = bench.generate(tmp_path / "two", lessons=2, questions_per_lesson=4)
    files = sorted(p.relative_to(one.root) for p in one.root.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two.root) for p in two.root.rglob("*") if p.is_file())
    assert all((one.root / f).read_bytes() == (two.root / f).read_bytes() for f in files)
    other = bench.generate(tmp_path / "three", lessons=2, questions_per_lesson=4, seed=7)
    lesson = "courses/khoa-01/bai-0001.md"
    assert (other.root / lesson).read_text(encoding="utf-8") != (one.root / lesson).read_text(encoding="utf-8")
