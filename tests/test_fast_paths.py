"""The shortcuts that keep a thousand-lesson build and check fast change nothing a learner or an author sees.

A site built with them is byte for byte the site built without them (the menu written for every page as Material
writes it, every job in the build's own process), online and offline; `hocvuso check` says the same with its
second process as without; Material's search indexes the same text from the lighter view of a page."""

from __future__ import annotations

import gzip
import importlib.util
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest
from material.plugins.search.plugin import Parser

from hocvuso.adapters import material

ROOT = Path(__file__).resolve().parent.parent

# Run MkDocs or `hocvuso check` with the shortcuts as asked: `cpus` as the machine's count (one: no second process),
# and `menu` "each", every course's part of the menu is written for each page (as the cache writes it: white space
# between tags squeezed), "material" for each page as Material's templates write it, "cache" once per folder.
RUN = """
import os, sys
os.cpu_count = lambda: {cpus}
if {menu!r} != "cache":
    import hocvuso.adapters.material as material
    install = material.install_menu_cache
    write = material.menu_markup if {menu!r} == "each" else str
    def each_page(env, config):
        install(env, config)
        env.globals["hvs_nav_section"] = lambda item, path, caller: write(caller())
    material.install_menu_cache = each_page
sys.argv = {argv!r}
if sys.argv[0] == "mkdocs":
    from mkdocs.__main__ import cli
    cli()
else:
    from hocvuso.adapters.cli import main
    sys.exit(main(sys.argv[1:]))
"""


def _run(project: Path, argv: list[str], *, cpus: int, menu: str = "cache", offline: bool = False
         ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HOCVUSO_OFFLINE="true" if offline else "false")
    return subprocess.run([sys.executable, "-c", RUN.format(cpus=cpus, menu=menu, argv=argv)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two courses of twenty lessons (the benchmark's generator), and one bank copied: ten near-duplicate prompts."""
    spec = importlib.util.spec_from_file_location("hocvuso_bench_fast", ROOT / "scripts" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    assert isinstance(bench, ModuleType)
    root = tmp_path_factory.mktemp("fast") / "project"
    bench.generate(root, lessons=40, questions_per_lesson=4)
    (root / "node_modules").symlink_to(ROOT / "node_modules")  # what the offline copy ships from npm
    first = next(p for p in sorted((root / "quizzes").rglob("*.yml")) if "assessments" not in p.parts
                 and p.name != "framework.yml")
    first.with_name("ban-sao.yml").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def _files(site: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            out[path.relative_to(site).as_posix()] = gzip.decompress(data) if path.suffix == ".gz" else data
    return out


@pytest.fixture(scope="module")
def build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """The corpus built as asked (once each: tests share the builds), into a folder of its own."""
    sites: dict[tuple[str, int, bool], Path] = {}

    def built(menu: str, cpus: int, offline: bool = False) -> Path:
        key = (menu, cpus, offline)
        if key not in sites:
            out = tmp_path_factory.mktemp(f"{menu}-{cpus}-{'offline' if offline else 'online'}")
            proc = _run(corpus, ["mkdocs", "build", "--strict", "-q", "-d", str(out)], cpus=cpus, menu=menu,
                        offline=offline)
            assert proc.returncode == 0, proc.stderr[-3000:]
            sites[key] = out
        return sites[key]

    return built


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_the_fast_build_writes_the_same_site(build: Callable[..., Path], offline: bool) -> None:
    built, expected = _files(build("cache", 2, offline)), _files(build("each", 1, offline))
    assert sorted(built) == sorted(expected)
    differ = [name for name in expected if built[name] != expected[name]]
    assert differ == []
    pages = [name for name in built if name.endswith(".html")]
    print(f"{len(built)} files the same, {len(pages)} of them pages")
    lesson = next(name for name in pages if re.search(r"khoa-02/bai-\d+", name))
    assert built[lesson].count(b'class="md-nav__item') > 40  # the whole menu is there, both courses
    booklet = next(name for name in pages if "/so-tay" in name)
    assert b"hvs-booklet-slot" not in built[booklet] and b"hvs-booklet__lesson" in built[booklet]
    # pages made to be printed go without the site menu, and link back to their course
    for printed in (booklet, next(name for name in pages if "/bai-kiem-tra-giay" in name)):
        assert b"md-nav--primary" not in built[printed] and b'__back"><a href="' in built[printed]
    assert b"md-nav--primary" in built[lesson]


def test_check_says_the_same_with_its_second_process(corpus: Path) -> None:
    runs = [_run(corpus, ["hocvuso", "check", "--lang", "en"], cpus=cpus) for cpus in (2, 1)]
    assert runs[0].returncode == runs[1].returncode
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
    # the copied bank's prompts are each found again (in the second process, in one of the runs)
    assert runs[0].stdout.count("the prompt is nearly the same as question") >= 3


def _sections(html: str) -> list[tuple[str, str, str]]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id or "", "".join(s.title), "".join(s.text)) for s in parser.data if not s.is_excluded()]


PAGE = ('<h1 id="hvs-title">Bài học</h1><p>Mở đầu <strong>an toàn</strong>.</p>'
        '<div class="hvs-lesson" data-search-exclude="true"><p>Ghi chú</p><br><img src="a.svg"></div>'
        '<h2 id="phan-1">Phần 1</h2><p>Nội dung <em>chính</em>.</p>'
        '<section class="hvs-quiz" data-hvs-quiz="{}" data-search-exclude="true"><fieldset><legend>Câu 1</legend>'
        '<input type="radio"></fieldset><p>Giải thích</p>NESTED</section>'
        '<ul><li>Một</li><li>Hai</li></ul><nav class="hvs-coursenav" data-search-exclude="true"><a href="x">Bài sau</a>'
        '</nav><p>Kết thúc.</p>')


def test_search_indexes_the_same_text_from_the_lighter_view() -> None:
    html = PAGE.replace("NESTED", "")
    view = material.search_view(html)
    assert "Câu 1" not in view and "Giải thích" not in view and "Bài sau" not in view and "Kết thúc." in view
    assert _sections(view) == _sections(html)


def test_search_leaves_out_the_whole_of_a_block_with_its_own_kind_inside() -> None:
    # Material's parser ends a block's exclusion at the first element of the same name closed inside it, and
    # indexes the rest ("Sau đó"); the view leaves the whole block out, as the attribute means.
    html = PAGE.replace("NESTED", "<section><p>Bên trong</p></section><p>Sau đó</p>")
    assert "Sau đó" in "".join(text for _, _, text in _sections(html))
    assert "Sau đó" not in "".join(text for _, _, text in _sections(material.search_view(html)))
    assert [s[:2] for s in _sections(material.search_view(html))] == [s[:2] for s in _sections(html)]


def test_search_attributes_removed_as_material_removes_them() -> None:
    rng = random.Random(7)
    pieces = ['data-search-exclude="true"', ' data-search-exclude="true"', '\ndata-search-x="1"', " ", "a", '"',
              "data-search-", 'data-search-exclude=""', '  data-search-a="b"', "\t", 'x data-search-boost="2"', "<p>"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert material.without_search_attributes(text) == material._SEARCH_ATTRIBUTES.sub("", text), repr(text)


class _Rendered(HTMLParser):
    """What a browser makes of markup, as far as white space goes: the tags with their attributes, and the text
    between them with each run of white space as one (as CSS's ``white-space: normal`` shows it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, ...]] = []
        self.text = ""

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", self.text)
        if text:
            self.events.append(("text", text))
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        self.events.append(("start", tag, repr(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self._flush()
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        self.text += data


def _rendered(html: str) -> list[tuple[str, ...]]:
    parser = _Rendered()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.events


def test_the_menu_loses_only_white_space_a_browser_collapses(build: Callable[..., Path]) -> None:
    ours, material_page = ((build(menu, cpus) / "khoa-02" / "bai-0021" / "index.html").read_text(encoding="utf-8")
                           for menu, cpus in (("cache", 2), ("material", 1)))
    menus = [page[page.index('<nav class="md-nav md-nav--primary"'):page.index('<div class="md-sidebar md-sidebar--secondary"')]
             for page in (ours, material_page)]
    # every course's part, the page's own (active, with its table of contents) and the others', is written tight:
    # what indentation is left is the list's own wrapper, written once
    assert menus[0].count('class="md-nav__item') > 40 and "md-nav__item--active" in menus[0]
    indentation = [sum(len(run) for run in re.findall(r">\s{2,}<", menu)) for menu in menus]
    print(f"indentation between tags in the menu: {indentation[0]} B of {len(menus[0])}, "
          f"Material's {indentation[1]} B of {len(menus[1])}")
    assert indentation[0] * 20 < indentation[1]
    # ... and the page shows exactly what Material's indented markup shows, in fewer bytes
    assert _rendered(ours) == _rendered(material_page)
    print(f"lesson page: {len(ours.encode())} B, with Material's indentation {len(material_page.encode())} B")
    assert len(menus[0]) < len(menus[1]) * 0.7 and len(ours) < len(material_page)


def test_menu_markup_keeps_what_a_browser_shows() -> None:
    rng = random.Random(11)
    pieces = ["<li class=\"md-nav__item\">", "</li>", "<a href=\"../a b/\" title=\"A  B\">", "</a>",
              "<span class=\"md-ellipsis\">", "</span>", "Trang chủ", "Bài 1", " ", "  ", "\n", "\n    \n  ", "\t",
              "&amp;", "<svg viewBox=\"0 0 24 24\"><path d=\"M12 8a3  3\"/></svg>", "x"]
    for _ in range(5000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        squeezed = material.menu_markup(html)
        assert _rendered(squeezed) == _rendered(html), repr(html)
        assert [text for text in re.split(r"<[^>]*>", squeezed) if re.search(r"\s\s", text)] == []
    # where white space is shown as written, nothing changes
    for keeping in ("<pre>a\n\n  b</pre>", "<textarea>a  b</textarea>", "<li><script>x  =  1</script></li>"):
        assert material.menu_markup(keeping) == keeping
