"""Wide tables scroll inside their own region, never the page: on a 360 px phone with large text a table of
three columns is already wider than the screen (WCAG 1.4.10). The region is in the HTML itself, so it also
works without JavaScript; it can take keyboard focus (to scroll it with the arrow keys) and has a name."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import escape

from ..i18n import t

CLASS = "hvs-table"
_PLACEHOLDER = re.compile(r"\x02[^\x03]*\x03")  # Python-Markdown's stashed raw HTML inside text


def region_name(headers: list[str], lang: str, seen: dict[str, int]) -> str:
    """"Bảng: Loại câu hỏi, Cách trả lời", numbered when a page has two tables of the same name."""
    name = t(lang, "table.label", headers=", ".join(h for h in headers if h) or "…")
    seen[name] = seen.get(name, 0) + 1
    return name if seen[name] == 1 else f"{name} ({seen[name]})"


def _text(el: ET.Element) -> str:
    return " ".join(_PLACEHOLDER.sub("", "".join(el.itertext())).split())


def wrap_tables(root: ET.Element, lang: str) -> None:
    """Put every table of a Python-Markdown tree in a named, focusable scrolling region."""
    seen: dict[str, int] = {}
    for parent in list(root.iter()):
        for i, child in enumerate(list(parent)):
            if child.tag != "table":
                continue
            headers = [_text(th) for th in child.iter("th")]
            wrapper = ET.Element("div", {"class": CLASS, "role": "region", "tabindex": "0",
                                         "aria-label": region_name(headers, lang, seen)})
            wrapper.tail, child.tail = child.tail, None
            parent.remove(child)
            wrapper.append(child)
            parent.insert(i, wrapper)


def table_region(table_html: str, name: str) -> str:
    """A table already written as HTML, in its region (``name`` from :func:`region_name`)."""
    return f'<div class="{CLASS}" role="region" tabindex="0" aria-label="{escape(name)}">{table_html}</div>'
