"""A site whose theme language is English shows the engine's English words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ROOT, mkdocs_build
from sample_project import make_project


def test_english_site_checks_answers_in_english(tmp_path: Path, page: Any) -> None:
    root = make_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    # Material's words corrected from our catalogue, in English: `extra.hocvuso.lang: en` with `language: custom`.
    config.write_text(config.read_text(encoding="utf-8").replace("  hocvuso:\n", "  hocvuso:\n    lang: en\n"),
                      encoding="utf-8")
    (root / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)  # the offline search shim
    out = tmp_path / "out"
    proc = mkdocs_build(root, out, offline=True)
    assert proc.returncode == 0, proc.stderr
    page.goto((out / "chu-de" / "bai-mau.html").as_uri())
    fs = page.locator("fieldset.hvs-q--single").first
    data = json.loads(fs.get_attribute("data-hvs-q"))
    fs.locator(f"input[value='{data['correct'][0]}']").check()
    fs.locator("button.hvs-check", has_text="Check").click()
    assert "Correct!" in fs.locator(".hvs-result").inner_text()
    assert page.errors == []  # type: ignore[attr-defined]
