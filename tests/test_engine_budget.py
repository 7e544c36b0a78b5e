"""The browser engine stays small: learners load it on cheap phones over weak connections.

Sizes are of the files as the site ships them (minified at build time), gzipped."""

from __future__ import annotations

import gzip

from conftest import ROOT
from hocvuso.render.engine import (
    ENGINE_CSS,
    ENGINE_JS,
    EVERY_PAGE,
    EVERY_PAGE_CSS,
    EVERY_PAGE_JS,
    ON_DEMAND,
    SCORM_ONLY,
    WORD_TABLES,
    shipped,
)

STATIC = ROOT / "src" / "hocvuso" / "static"
BUDGET = 12 * 1024  # bytes, gzipped: what every page loads (practice engine JS + CSS together)
ON_DEMAND_BUDGET = 8 * 1024  # bytes, gzipped: the assessment module, loaded on two pages only
SEND_RESULT = ("sendresult.js", "sendresult.css", "resultcode.js")
TALLY = ("tally.js", "tallypage.js", "tally.css", "tallywords.js")


def gzipped(paths: list[str]) -> int:
    """Size of the files concatenated and gzipped, printing each file's own figures."""
    blobs = [shipped(p, ROOT / "node_modules", "vi") for p in paths]  # as a Vietnamese site ships them
    for path, data in zip(paths, blobs, strict=True):
        print(f"{path}: {len(data)} B, {len(gzip.compress(data, 9))} B gzipped")
    return len(gzip.compress(b"\n".join(blobs), 9))


def test_every_engine_file_is_accounted_for() -> None:
    shipped = {p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*") if p.suffix in (".js", ".css")}
    assert shipped == set(ENGINE_JS + ENGINE_CSS + ON_DEMAND + SCORM_ONLY)
    assert not set(EVERY_PAGE) & shipped  # the served files are made from the sources, not kept beside them


def test_engine_on_every_page_fits_the_budget() -> None:
    """What every page loads is one stylesheet and one script, each gzipped on its own as a browser receives it."""
    sizes = {rel: gzipped([rel]) for rel in EVERY_PAGE}
    together = sum(sizes.values())
    print(f"engine on every page, {' + '.join(f'{rel} {size} B' for rel, size in sizes.items())} = {together} B gzipped "
          f"({together / 1024:.1f} KB), budget 12 KB")
    assert together <= BUDGET


def test_every_page_loads_the_engine_as_two_files() -> None:
    """The sources are joined and each still runs: the served script, run in node with a bare page, sets up the
    words, every question type, the view and the boot; the served stylesheet holds every source's rules."""
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    assert node, "node is needed for the engine's tests"
    page = ("globalThis.window = globalThis; globalThis.setTimeout = () => 0; globalThis.document = {readyState: 'complete', "
            "addEventListener() {}, querySelector: () => null, querySelectorAll: () => []};\n")
    report = "\n;process.stdout.write(JSON.stringify({words: Object.keys(HVS.i18n.vi).length, types: Object.keys(" \
             "HVS.model.types).sort(), view: typeof HVS.view.t, boot: typeof HVS.boot}))"
    served = shipped(EVERY_PAGE_JS, ROOT / "node_modules", "vi").decode("utf-8")
    ran = json.loads(subprocess.run([node, "-e", page + served + report], capture_output=True, text=True,
                                    check=True).stdout)
    print(f"{EVERY_PAGE_JS}: {ran}")
    assert ran["words"] > 50 and ran["view"] == ran["boot"] == "function"
    assert ran["types"] == sorted(["single", "multiple", "truefalse", "text", "order", "match"])
    css = shipped(EVERY_PAGE_CSS, ROOT / "node_modules", "vi").decode("utf-8")
    for part in ENGINE_CSS:
        assert shipped(part, ROOT / "node_modules", "vi").decode("utf-8") in css
    assert EVERY_PAGE == {EVERY_PAGE_CSS: ENGINE_CSS, EVERY_PAGE_JS: ENGINE_JS}


def test_assessment_module_fits_its_budget() -> None:
    together = gzipped([p for p in ON_DEMAND if not p.endswith(("review.js", "profiles.js", "listen.js", "share.js", "steps.js")
                                                                 + SEND_RESULT + TALLY)])
    print(f"assessment module (two pages only): {together} B gzipped ({together / 1024:.1f} KB), budget 8 KB")
    assert together <= ON_DEMAND_BUDGET


def test_review_module_fits_its_budget() -> None:
    """The review of wrong answers, loaded on the progress page only (its questions come per lesson on request)."""
    size = gzipped([p for p in ON_DEMAND if p.endswith("review.js")])
    assert size <= 3 * 1024


def test_profiles_module_fits_its_budget() -> None:
    """"Ai đang học?", loaded when the learner presses the header control."""
    assert gzipped([p for p in ON_DEMAND if p.endswith("profiles.js")]) <= 3 * 1024


def test_listen_module_fits_its_budget() -> None:
    """Read-aloud, loaded on lessons where the browser can speak."""
    assert gzipped([p for p in ON_DEMAND if p.endswith("listen.js")]) <= 2 * 1024


def test_share_module_fits_its_budget() -> None:
    """"Chia sẻ", loaded on lessons and the assessment page."""
    assert gzipped([p for p in ON_DEMAND if p.endswith("share.js")]) <= 2 * 1024


def test_steps_module_fits_its_budget() -> None:
    """The assessment's extras (one question at a time, celebration, ranked lessons), loaded with assessment.js."""
    assert gzipped([p for p in ON_DEMAND if p.endswith("steps.js")]) <= 3 * 1024


def test_send_result_module_fits_its_budget() -> None:
    """"Gửi kết quả cho tổ công nghệ số" (the result code and the change from the entry check), loaded with
    assessment.js; the QR drawer (a third-party file) comes only when the learner opens it."""
    assert gzipped([p for p in ON_DEMAND if p.endswith(SEND_RESULT)]) <= 4.5 * 1024


def test_tally_module_fits_its_budget() -> None:
    """The facilitators' tally and the paper test with their words, loaded on those pages only (facilitators', not
    learners' pages; the assessment module comes with them)."""
    assert gzipped([p for p in ON_DEMAND if p.endswith(TALLY)]) <= 11 * 1024


def test_a_site_ships_its_own_language_and_the_fallback_only() -> None:
    """A Vietnamese site's word tables hold Vietnamese only; an English site's hold English and the Vietnamese
    fallback; every key of the language is still there (run in node, as the browser would)."""
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    assert node, "node is needed for the engine's tests"
    run = "globalThis.window = globalThis; {src}\nprocess.stdout.write(JSON.stringify(Object.fromEntries(" \
          "Object.entries(window.HVS.i18n).map(([l, w]) => [l, Object.keys(w).length]))))"
    full = json.loads(subprocess.run([node, "-e", run.format(src=b"\n".join(
        (STATIC / p).read_bytes() for p in WORD_TABLES).decode())], capture_output=True, text=True, check=True).stdout)
    for lang, kept in (("vi", {"vi"}), ("en", {"vi", "en"})):
        src = b"\n".join(shipped(p, ROOT / "node_modules", lang) for p in WORD_TABLES).decode()
        counts = json.loads(subprocess.run([node, "-e", run.format(src=src)], capture_output=True, text=True,
                                           check=True).stdout)
        print(f"{lang} site: word tables {sorted(counts)}, {counts[lang]} words of {full[lang]}")
        assert set(counts) == kept and counts[lang] == full[lang] > 100
