"""The browser engine's files (plain JS and CSS under ``hocvuso/static``) and which pages load them."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# node_modules of the repository this package's sources sit in (src/hocvuso/render/ → the repository's root)
PACKAGE_NODE_MODULES = Path(__file__).resolve().parents[3] / "node_modules"
# Loaded on every page: the practice engine and the theme's fixes (budget: 12 KB gzipped together). Their sources
# are these files; a site ships them joined, as one stylesheet and one script (EVERY_PAGE): each request a phone
# makes before the page shows costs it a round trip on a weak line.
ENGINE_CSS = ["assets/hocvuso/material.css", "assets/hocvuso/hocvuso.css"]
ENGINE_JS = ["assets/hocvuso/i18n.js", "assets/hocvuso/model.js", "assets/hocvuso/view.js",
             "assets/hocvuso/boot.js"]
EVERY_PAGE_CSS = "assets/hocvuso/engine.css"
EVERY_PAGE_JS = "assets/hocvuso/engine.js"
EVERY_PAGE = {EVERY_PAGE_CSS: ENGINE_CSS, EVERY_PAGE_JS: ENGINE_JS}  # served file -> its sources, in order
# Loaded by boot.js only on pages that need them (assessment and progress pages).
ON_DEMAND = ["assets/hocvuso/assessment.js", "assets/hocvuso/assessment.css",
             "assets/hocvuso/words.js", "assets/hocvuso/review.js", "assets/hocvuso/profiles.js",
             "assets/hocvuso/listen.js", "assets/hocvuso/share.js",
             "assets/hocvuso/steps.js", "assets/hocvuso/sendresult.js", "assets/hocvuso/sendresult.css",
             "assets/hocvuso/resultcode.js",
             "assets/hocvuso/tally.js", "assets/hocvuso/tallypage.js", "assets/hocvuso/tally.css",
             "assets/hocvuso/tallywords.js", "assets/hocvuso/booklet.css"]
# words.js: the on-demand modules' words; review.js: wrong answers on the progress page (loaded by assessment.js);
# profiles.js: "Ai đang học?" (loaded by boot.js when the learner presses the header control);
# listen.js: read-aloud on lessons (loaded by boot.js where the browser has speechSynthesis);
# share.js: "Chia sẻ" on lessons and the assessment's result (loaded by boot.js there);
# booklet.css: the printable booklet of a course (linked by the theme on that page only);
# steps.js: the assessment one question at a time, celebration, ranked lessons to revisit (loaded with assessment.js)
# tallypage.js, tally.js, tally.css, tallywords.js: the facilitators' "Tổng hợp kết quả" and the paper test pages
# (loaded by boot.js there; tallypage.js then loads words.js, tallywords.js, assessment.js, resultcode.js, tally.js)
# sendresult.js: "Gửi kết quả cho tổ công nghệ số" (result code and its QR) and the change from the entry check,
# on assessment, entry check and progress pages (loaded by assessment.js); resultcode.js: the code itself (no DOM).
# Third-party files shipped from node_modules at build time (never copied into the repository): site path ->
# (npm package, file in it). The QR code drawer for result codes, loaded when a learner opens "Gửi kết quả".
# The QR code reader of the tally page, where the browser has no BarcodeDetector (loaded by tallypage.js when needed).
VENDOR = {"assets/vendor/qrcode-generator.js": ("qrcode-generator", "dist/qrcode.js"),
          "assets/vendor/jsQR.js": ("jsqr", "dist/jsQR.js")}
# Shipped and loaded only in SCORM packages (``hocvuso export scorm``): the bridge to an LMS's SCORM 1.2 API.
SCORM_ONLY = ["assets/hocvuso/scorm.js"]
# The engine's word tables (every language): a site ships only its own language's table.
WORD_TABLES = ["assets/hocvuso/i18n.js", "assets/hocvuso/words.js", "assets/hocvuso/tallywords.js"]
# A language's table in those files: ``vi: {`` on a line of its own, up to the closing brace at the same indentation.
_LANGUAGE_BLOCK = re.compile(r"^(?P<indent>[ ]*)(?P<lang>[a-z]{2}): \{\n.*?^(?P=indent)\},?\n", re.M | re.S)


# One word of that table: ``    key: "value",`` (the value a JSON-compatible string).
_WORD = re.compile(r'^ {4}(?P<key>\w+): (?P<value>"(?:[^"\\\n]|\\.)*"),?$', re.M)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@functools.cache
def _engine_table(lang: str) -> dict[str, str]:
    source = (STATIC_DIR / WORD_TABLES[0]).read_text(encoding="utf-8")
    tables = {m.group("lang"): {w.group("key"): json.loads(w.group("value")) for w in _WORD.finditer(m.group(0))}
              for m in _LANGUAGE_BLOCK.finditer(source)}
    return {**tables["vi"], **tables.get(lang, {})}


def engine_word(lang: str, key: str, **values: object) -> str:
    """A word of the engine's every-page catalogue (``i18n.js``) with its placeholders filled, as the engine's
    ``HVS.view.t`` gives it: the build writes the few controls the engine would otherwise add after the page is
    shown (a lesson's state, "Chia sẻ", a course's progress) in the engine's own words, so the page does not move
    when the engine starts and the words have one home."""
    word = _engine_table(lang).get(key)
    if word is None:
        raise KeyError(f"{WORD_TABLES[0]} has no word {key!r}")
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), word)


def shipped(rel: str, node_modules: Path | None = None, lang: str | None = None) -> bytes:
    """An engine file as the site ships it, minified at build time (the sources stay readable): JavaScript with
    terser (npm, in ``node_modules``) where it is installed, which also shortens local names; otherwise, and for
    CSS, with rjsmin/rcssmin. With ``lang``, the word tables keep that language only (a learner's phone never
    needs the other one). ``rel`` is a file under ``static/`` or one of :data:`EVERY_PAGE`, its sources joined
    (each script a statement of its own) and minified as one."""
    import rcssmin
    import rjsmin

    parts = EVERY_PAGE.get(rel, [rel])
    sources = [(STATIC_DIR / part).read_text(encoding="utf-8") for part in parts]
    if lang is not None:
        sources = [one_language(text, lang) if part in WORD_TABLES else text for part, text in zip(parts, sources, strict=True)]
    text = ";\n".join(sources) if rel.endswith(".js") else "\n".join(sources)
    if rel.endswith(".js"):
        return _terser(text, node_modules) or rjsmin.jsmin(text).encode("utf-8")
    if rel.endswith(".css"):
        text = rcssmin.cssmin(text)
    return text.encode("utf-8")


def one_language(source: str, lang: str) -> str:
    """A word table's source with only ``lang``'s table and Vietnamese, the engine's fallback for a word a
    language lacks."""
    keep = {lang, "vi"}
    return _LANGUAGE_BLOCK.sub(lambda m: m.group(0) if m.group("lang") in keep else "", source)


def _terser(source: str, node_modules: Path | None) -> bytes | None:
    """``source`` compressed and mangled by terser, cached by content so each build runs node only for changed files.
    terser comes from the project's ``node_modules``, or else the one beside this package's sources (a project of
    one's own content built with a checkout of hocvuso ships the same files as the repository's own site)."""
    clis = [folder / "terser" / "bin" / "terser" for folder in (node_modules, PACKAGE_NODE_MODULES) if folder]
    cli = next((c for c in clis if c.is_file()), None)
    node = shutil.which("node")
    if cli is None or node is None:
        return None
    version = json.loads((cli.parent.parent / "package.json").read_text(encoding="utf-8"))["version"]
    key = hashlib.sha256(f"{version}\0{source}".encode()).hexdigest()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hocvuso" / "terser"
    hit = cache / f"{key}.js"
    if hit.is_file():
        return hit.read_bytes()
    done = subprocess.run([node, str(cli), "--compress", "--mangle"], input=source.encode("utf-8"), capture_output=True)
    if done.returncode != 0:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    partial = hit.with_suffix(f".{os.getpid()}.part")  # never a half-written file under the real name
    partial.write_bytes(done.stdout)
    partial.replace(hit)
    return done.stdout


def vendor_file(rel: str, project: Path) -> bytes | None:
    """A third-party file of :data:`VENDOR` as the site ships it (minified with terser where it can be), from the
    project's ``node_modules`` or else the one beside this package's sources (a project of one's own content built
    with a checkout of hocvuso); None when neither holds its package (the build then asks for `npm ci`)."""
    package, inner = VENDOR[rel]
    for node_modules in (project / "node_modules", PACKAGE_NODE_MODULES):
        source = node_modules / package / inner
        if source.is_file():
            text = source.read_text(encoding="utf-8")
            return _terser(text, node_modules) or text.encode("utf-8")
    return None
