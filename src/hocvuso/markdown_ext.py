"""Python-Markdown extension: ```quiz fences become question blocks.

Usable from any Python-Markdown host (MkDocs, ProperDocs, Zensical)::

    markdown_extensions:
      - hocvuso.markdown_ext:
          root: .          # project folder holding courses/ and quizzes/
          lang: vi
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import markdown
from markdown.preprocessors import Preprocessor

from .catalog import BankDoc, Catalog, QuizBlock, find_quiz_blocks, load_catalog
from .checks import check_catalog, resolve_image
from .models import Question, QuizRef
from .render_quiz import IMAGE_PREFIX, Context, render_quiz, stable_shuffle
from .ui_text import t

# Catalogs already loaded in this process, by project root; the MkDocs hooks put
# theirs here so that pages render from the same validated content.
CATALOGS: dict[Path, Catalog] = {}


def get_catalog(root: Path) -> Catalog:
    """The catalog for a project root, loading and checking it once."""
    root = root.resolve()
    if root not in CATALOGS:
        cat = load_catalog(root)
        check_catalog(cat)
        CATALOGS[root] = cat
    return CATALOGS[root]


def select_questions(cat: Catalog, ref: QuizRef, skip: set[tuple[str, str]] = frozenset()  # type: ignore[assignment]
                     ) -> list[tuple[BankDoc, Question]]:
    """The questions a quiz reference names, in bank order, minus those in ``skip``."""
    bank = cat.banks.get(ref.bank)
    if bank is None:
        return []
    if ref.questions:
        chosen = [q for qid in ref.questions if (q := bank.question(qid)) is not None]
    else:
        chosen = [q for q in bank.model.questions if (bank.id, q.id) not in skip]
    if ref.count is not None and ref.count < len(chosen):
        keep = set(stable_shuffle([q.id for q in chosen], bank.id)[: ref.count])
        chosen = [q for q in chosen if q.id in keep]
    return [(bank, q) for q in chosen]


def image_url_for(cat: Catalog) -> Any:
    """A function giving the site path (with the page-relative prefix) of a question image."""
    def image_url(bank: BankDoc, src: str) -> str:
        found = resolve_image(cat, src, bank.file.parent)
        if found is None:
            return src
        try:
            return IMAGE_PREFIX + found.relative_to(cat.courses_dir).as_posix()
        except ValueError:
            return IMAGE_PREFIX + "assets/hocvuso/quiz-img/" + found.relative_to(cat.quizzes_dir).as_posix()
    return image_url


class QuizPreprocessor(Preprocessor):
    """Replaces each ```quiz fence with its rendered questions (stashed as raw HTML)."""

    def __init__(self, md: markdown.Markdown, ext: QuizExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "quiz" not in text:
            return lines
        cat = self.ext.catalog()
        blocks, _problems = find_quiz_blocks(text, Path("<page>"), 1)
        if not blocks:
            return lines
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
        items = select_questions(cat, ref) if ref is not None else []
        if not items:
            # The build has already refused such a page; other hosts get a visible notice.
            return f'<div class="admonition failure"><p>quiz: {escape(ref.bank if ref else "?")}</p></div>'
        title = ref.title if ref is not None and ref.title else t(ctx.lang, "practice")
        return render_quiz(items, block=f"b{n}", title=title, ctx=ctx)


class QuizExtension(markdown.Extension):
    """Registers the quiz fence preprocessor ahead of the fenced-code handlers."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "root": [".", "Project folder holding courses/ and quizzes/"],
            "lang": ["vi", "Language of the question labels (vi or en)"],
        }
        super().__init__(**kwargs)

    def catalog(self) -> Catalog:
        """The project's content."""
        return get_catalog(Path(self.getConfig("root")))

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        # After normalize_whitespace (30), which strips the stash markers, and before fenced_code
        # and pymdownx.superfences (both 25), so they never see the fence.
        md.preprocessors.register(QuizPreprocessor(md, self), "hocvuso_quiz", 29)


def makeExtension(**kwargs: Any) -> QuizExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point used by ``markdown_extensions: - hocvuso.markdown_ext``."""
    return QuizExtension(**kwargs)
