"""Python-Markdown extension: ```quiz fences become question blocks; tables scroll in their own region.

Usable from any Python-Markdown host (MkDocs, ProperDocs, Zensical)::

    markdown_extensions:
      - hocvuso.adapters.markdown_ext:
          root: .          # project folder holding courses/ and quizzes/
          lang: vi

Under MkDocs the hooks hand the extension the catalog they have already
loaded and checked, so content is read once per build.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path
from typing import Any

import markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..content.catalog import Catalog, QuizBlock, find_quiz_blocks, load_catalog
from ..content.rules import check_catalog
from ..i18n import t
from ..render.quiz_html import Context, image_url_for, render_quiz
from ..render.tables import wrap_tables


class QuizPreprocessor(Preprocessor):
    """Replaces each ```quiz fence with its rendered questions (stashed as raw HTML)."""

    def __init__(self, md: markdown.Markdown, ext: QuizExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "quiz" not in text:
            return lines
        blocks, _problems = find_quiz_blocks(text, Path("<page>"), 1)
        if not blocks:
            return lines
        cat = self.ext.catalog()
        out: list[str] = []
        cursor = 0
        ctx = Context(lang=self.ext.getConfig("lang"), image_url=image_url_for(cat))
        for n, block in enumerate(blocks, 1):
            start, end = block.start_line - 1, block.end_line - 1
            indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
            out.extend(lines[cursor:start])
            html = self._render(cat, block, n, ctx)
            out.extend(["", indent + self.md.htmlStash.store(html), ""])
            cursor = end + 1
        out.extend(lines[cursor:])
        return out

    def _render(self, cat: Catalog, block: QuizBlock, n: int, ctx: Context) -> str:
        ref = block.ref
        items = cat.select(ref) if ref is not None else []
        if not items:
            # The build has already refused such a page; other hosts get a visible notice.
            missing = t(ctx.lang, "quiz.missing", bank=ref.bank if ref else "?")
            return f'<div class="admonition failure"><p>{escape(missing)}</p></div>'
        title = ref.title if ref is not None and ref.title else t(ctx.lang, "quiz.practice")
        return render_quiz(items, block=f"b{n}", title=title, ctx=ctx)


class TableRegions(Treeprocessor):
    """Wraps every table in a named, focusable region that scrolls sideways instead of the page."""

    def __init__(self, md: markdown.Markdown, lang: str) -> None:
        super().__init__(md)
        self.lang = lang

    def run(self, root: ET.Element) -> None:
        wrap_tables(root, self.lang)


class QuizExtension(markdown.Extension):
    """Registers the quiz fence preprocessor ahead of the fenced-code handlers."""

    def __init__(self, *, catalog: Catalog | None = None, **kwargs: Any) -> None:
        self.config = {
            "root": [".", "Project folder holding courses/ and quizzes/"],
            "lang": ["vi", "Language of the question labels (vi or en)"],
        }
        super().__init__(**kwargs)
        self._catalog = catalog  # the MkDocs hooks pass the catalog they loaded and checked

    def catalog(self) -> Catalog:
        """The project's content, loaded and checked on first use when no host passed it in."""
        if self._catalog is None:
            self._catalog = shared_catalog(Path(self.getConfig("root")))
        return self._catalog

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        # After normalize_whitespace (30), which strips the stash markers, and before fenced_code
        # and pymdownx.superfences (both 25), so they never see the fence.
        md.preprocessors.register(QuizPreprocessor(md, self), "hocvuso_quiz", 29)
        # After the inline patterns (20), so a header's text is final when it names its table.
        md.treeprocessors.register(TableRegions(md, self.getConfig("lang")), "hocvuso_tables", 5)


# Hosts without hooks (Zensical) make a new Markdown instance, so a new extension, for every page: the loaded
# catalog is shared between them while no content file has changed (this repository under Zensical: 53 s -> 2 s).
_CATALOGS: dict[Path, tuple[tuple[int, int], Catalog]] = {}


def _signature(root: Path) -> tuple[int, int]:
    """(number of content files, newest modification time in ns) under courses/ and quizzes/."""
    count, newest = 0, 0
    for folder in (root / "courses", root / "quizzes"):
        for path in folder.rglob("*") if folder.is_dir() else []:
            count += 1
            newest = max(newest, path.stat().st_mtime_ns)
    return count, newest


def shared_catalog(root: Path) -> Catalog:
    """The project's content, loaded and checked once while it stays unchanged."""
    root = root.resolve()
    sig = _signature(root)
    cached = _CATALOGS.get(root)
    if cached is None or cached[0] != sig:
        cat = load_catalog(root)
        check_catalog(cat)
        _CATALOGS[root] = cached = (sig, cat)
    return cached[1]


def makeExtension(**kwargs: Any) -> QuizExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point used by ``markdown_extensions: - hocvuso.adapters.markdown_ext``."""
    return QuizExtension(**kwargs)
