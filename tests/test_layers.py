"""The package's layers import only downward, so each concept has one home and no cycle can form.

Order, lowest first: i18n, core, questions, content, render, build, authoring, exchange, adapters. A module may
import from its own layer and those below it, never from a layer above.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "hocvuso"
LAYERS = ["i18n", "core", "questions", "content", "render", "build", "authoring", "exchange", "adapters"]


def _layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[0] == "hocvuso" and parts[1] in LAYERS else None


def _imports(path: Path) -> list[tuple[int, str]]:
    package = "hocvuso." + ".".join(path.relative_to(SRC).with_suffix("").parts[:-1])
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rstrip(".").split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            else:
                names = [node.module or ""]
            out += [(node.lineno, n) for n in names]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
    return out


def test_every_module_belongs_to_a_layer() -> None:
    folders = {p.name for p in SRC.iterdir() if p.is_dir() and p.name not in ("static", "__pycache__")}
    assert folders == set(LAYERS)
    assert sorted(p.name for p in SRC.glob("*.py")) == ["__init__.py"]


def test_no_import_points_upward() -> None:
    upward = []
    for path in sorted(SRC.rglob("*.py")):
        own = _layer("hocvuso." + ".".join(path.relative_to(SRC).with_suffix("").parts))
        if own is None:
            continue
        for line, target in _imports(path):
            layer = _layer(target)
            if layer is not None and layer > own:
                upward.append(f"{path.relative_to(SRC)}:{line}: {LAYERS[own]} imports {target}")
    assert upward == []
