"""Every page's content passes a maintained sanitiser (ammonia, through ``nh3``) before the theme frames it.

``hocvuso check`` refuses unsafe author input with file and line; this is the second wall: whatever
reached the HTML, only the tags and attributes below survive, and links only to http(s), mailto, tel
or pages of the site. The list covers Markdown's output, the theme's Markdown extensions (admonitions,
details, tables, code) and the engine's own questions.
"""

from __future__ import annotations

import nh3

from ..core.markup import SAFE_SCHEMES

TAGS = {
    # text
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp", "var",
    "strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "span", "div",
    "a", "img", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    "details", "summary", "section", "nav", "article", "aside",
    # the engine's questions and tools
    "fieldset", "legend", "label", "input", "select", "option", "button", "progress", "form",
}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir", "hidden", "role", "tabindex"},
    "a": {"href", "rel"},
    "img": {"src", "alt", "loading", "width", "height"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style", "scope"},
    "ol": {"start", "type"},
    "li": {"value"},
    "details": {"open"},
    "input": {"type", "name", "value", "autocomplete", "autocapitalize", "spellcheck", "inputmode", "enterkeyhint", "accept",
              "checked", "disabled"},
    "select": {"name"},
    "option": {"value", "selected"},
    "label": {"for"},
    "button": {"type"},
    "fieldset": {"disabled"},
    "progress": {"max", "value"},
}


# Built once: the cleaner's allow-lists are converted for ammonia once per build, not once per page.
_CLEANER = nh3.Cleaner(tags=TAGS, attributes=ATTRIBUTES, generic_attribute_prefixes={"data-", "aria-"},
                       url_schemes=SAFE_SCHEMES, link_rel=None, strip_comments=True,
                       filter_style_properties={"text-align"})


def sanitize(html: str) -> str:
    """``html`` with everything outside the allow-list removed (script, event attributes, other URL schemes…)."""
    return str(_CLEANER.clean(html))
