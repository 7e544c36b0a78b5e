"""The page ``make serve`` shows while content has problems: every problem with its file and line, in the
author's language, on every page of the site, until a save fixes them (the page then reloads by itself)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..core.diagnostics import Omitted, Problem, display_path
from ..i18n import t


def error_page(items: list[Problem | Omitted], total: int, root: Path, lang: str) -> str:
    """The problem list as HTML: where (``file:line:col``), what is wrong and how to fix it."""
    rows = []
    for item in items:
        if isinstance(item, Omitted):
            rows.append(f'<li class="hvs-errors__more">{escape(item.format(root, lang))}</li>')
            continue
        where = f"{display_path(item.pos.file, root)}:{item.pos.line}:{item.pos.col}"
        msg, fix = item.text(lang)
        note = ""
        if item.cause is not None:
            note = f'<em>{escape(t(lang, "check.consequence", cause=display_path(item.cause, root)))}:</em> '
        rows.append(f'<li><code>{escape(where)}</code><br>{note}{escape(msg)} — <strong>{escape(fix)}</strong></li>')
    return (
        f'<div class="hvs-errors" role="alert">'
        f'<p>{escape(t(lang, "serve.intro", n=total))}</p>'
        f'<ol class="hvs-errors__list">{"".join(rows)}</ol>'
        f'<p>{escape(t(lang, "serve.after"))}</p></div>'
    )
