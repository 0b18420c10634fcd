"""HTML -> ordered content blocks, each with its section path, type and normalized text.

The guidance root is the source's `select`, else the first of `main`, `[role=main]`,
`article`, else the block with the most non-link text. Navigation, banners, footers,
share widgets, "last updated" lines, scripts and hidden elements never become blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers.lexicon import alternation, merged
from parsers.text import normalize, sentences

BOILERPLATE_SELECTORS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "nav",
    "footer",
    "form",
    "button",
    "select",
    "[hidden]",
    "[aria-hidden=true]",
    "[role=navigation]",
    "[role=banner]",
    "[role=contentinfo]",
    ".visually-hidden",
    ".sr-only",
    ".element-invisible",
    "[class*=cookie]",
    "[id*=cookie]",
    "[class*=breadcrumb]",
    "[class*=share]",
    "[class*=social]",
    "[class*=feedback]",
    "[class*=updated]",
    "[class*=last-modified]",
    "[class*=lastmodified]",
    "[class*=skip-link]",
    "[class*=language-switch]",
    "[class*=lang-switch]",
    ".node__meta",
)
FALLBACK_ROOTS = ("main", "[role=main]", "article")
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figure",
    "figcaption",
    "caption",
    "details",
    "summary",
    "pre",
    "address",
    "fieldset",
    "aside",
    "header",
    "hgroup",
    "center",
    *HEADINGS,
}
SKIP_TAGS = {"-comment", "script", "style", "noscript", "template", "head", "title", "meta", "link"}
_BOILERPLATE_TEXT = re.compile(rf"^(?:{alternation(merged().boilerplate)})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    index: int
    kind: str  # heading | paragraph | list_item | table_cell
    text: str
    section: tuple[str, ...]
    level: int = 0  # heading level, or list depth for list items
    lead_ins: tuple[str, ...] = ()  # texts ending in ':' that introduce this list item
    col_header: str = ""
    row_header: str = ""
    caption: str = ""

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """The sentences of the text, split once for both the amounts and the conditions."""
        return tuple(sentences(self.text))


def _text_length(node: LexborNode) -> int:
    links = sum(len(a.text(deep=True)) for a in node.css("a"))
    return len(node.text(deep=True, separator=" ")) - links


def find_root(tree: LexborHTMLParser, select: str | None = None) -> LexborNode | None:
    for selector in ((select,) if select else ()) + FALLBACK_ROOTS:
        node = tree.css_first(selector)
        if node is not None:
            return node
    candidates = tree.css("div, section") or ([tree.body] if tree.body else [])
    return max(candidates, key=_text_length, default=None)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []
        self.lead_ins: list[str] = []
        self.list_depth = 0

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)

    def emit(self, kind: str, text: str, **extra) -> None:
        if not text or text.isspace():
            return  # the white space between tags, about half the calls: normalized to ""
        text = normalize(text)
        if not text or _BOILERPLATE_TEXT.match(text):
            return
        self.blocks.append(Block(len(self.blocks), kind, text, self.section, **extra))

    def heading(self, node: LexborNode, level: int) -> None:
        text = normalize(node.text(deep=True, separator=" "))
        if not text:
            return
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text))
        self.emit("heading", text, level=level)

    def inline(self, node: LexborNode, buffer: list[str], kind: str) -> None:
        """Collect inline text; a nested block flushes what came before it."""
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                buffer.append(child.text_content or "")
            elif tag in SKIP_TAGS:
                continue
            elif tag == "br":
                buffer.append(" ")
            elif tag in BLOCK_TAGS:
                self.flush(buffer, kind)
                self.block(child)
            else:
                self.inline(child, buffer, kind)

    def flush(self, buffer: list[str], kind: str) -> None:
        if not buffer:
            return
        text = "".join(buffer)
        buffer.clear()
        if kind == "list_item":
            self.emit(kind, text, level=self.list_depth, lead_ins=tuple(self.lead_ins))
        else:
            self.emit(kind, text)

    def list_(self, node: LexborNode) -> None:
        previous = self.blocks[-1] if self.blocks else None
        pushed = bool(
            previous and previous.kind in ("paragraph", "list_item") and previous.text.endswith(":")
        )
        if pushed:
            self.lead_ins.append(previous.text)
        self.list_depth += 1
        self.container(node, "paragraph")
        self.list_depth -= 1
        if pushed:
            self.lead_ins.pop()

    def table(self, node: LexborNode) -> None:
        caption_node = node.css_first("caption")
        caption = normalize(caption_node.text(deep=True, separator=" ")) if caption_node else ""
        if caption:
            self.emit("paragraph", caption)
        rows = [r for r in node.css("tr") if _closest_table(r).mem_id == node.mem_id]
        headers: list[str] = []
        for row in rows:
            cells = [c for c in row.iter() if c.tag in ("td", "th")]
            texts = []
            for cell in cells:
                span = (
                    int(cell.attributes.get("colspan") or 1)
                    if (cell.attributes.get("colspan") or "1").isdigit()
                    else 1
                )
                texts.extend([normalize(cell.text(deep=True, separator=" "))] * max(1, span))
            if cells and all(c.tag == "th" for c in cells):
                headers = (
                    texts
                    if not headers
                    else [f"{a} {b}".strip() for a, b in zip(headers, texts, strict=False)]
                )
                for text in dict.fromkeys(texts):
                    self.emit("table_cell", text, caption=caption)
                continue
            row_header = texts[0] if cells and cells[0].tag == "th" else (texts[0] if texts else "")
            for i, text in enumerate(texts):
                if i and texts[i] == texts[i - 1] and cells and len(texts) != len(cells):
                    continue  # a colspan repeated for headers, emitted once
                self.emit(
                    "table_cell",
                    text,
                    caption=caption,
                    col_header=headers[i] if i < len(headers) else "",
                    row_header=row_header if i else "",
                )

    def block(self, node: LexborNode) -> None:
        tag = node.tag
        if tag in HEADINGS:
            self.heading(node, HEADINGS[tag])
        elif tag in ("ul", "ol"):
            self.list_(node)
        elif tag == "table":
            self.table(node)
        elif tag == "li":
            buffer: list[str] = []
            self.inline(node, buffer, "list_item")
            self.flush(buffer, "list_item")
        elif tag == "header" and not node.css_first("h1, h2, h3"):
            return  # a site header (logo, search), not an article header
        else:
            self.container(node, "paragraph")

    def container(self, node: LexborNode, kind: str) -> None:
        buffer: list[str] = []
        self.inline(node, buffer, kind)
        self.flush(buffer, kind)


def _closest_table(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent


_BOILERPLATE = ", ".join(BOILERPLATE_SELECTORS)


def _remove(root: LexborNode, selectors: tuple[str, ...]) -> None:
    """Each selector's nodes in turn (a source's own selectors may depend on what is left)."""
    for selector in selectors:
        for node in root.css(selector):
            if selector == "footer" and node is root:
                continue
            node.decompose()


def _remove_boilerplate_at_once(root: LexborNode) -> bool:
    """The boilerplate, found by one query instead of one per selector.

    The selectors test a node's own tag and attributes only, so this removes the subtrees
    that removing them selector after selector does (the outermost of the nodes found). When
    the root itself is boilerplate, nothing is done and False is returned: the loop then
    decides, as before, what becomes of it.
    """
    found = root.css(_BOILERPLATE)
    ids = {node.mem_id for node in found}
    if root.mem_id in ids:
        return False
    for node in found:
        if not _inside(node, ids, root):
            node.decompose()
    return True


def _inside(node: LexborNode, ids: set[int], root: LexborNode) -> bool:
    """Whether an ancestor of `node`, below `root`, is one of `ids` (already removed)."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def extract_blocks(
    html: str, select: str | None = None, remove: tuple[str, ...] = ()
) -> list[Block]:
    """The ordered guidance blocks of a page."""
    tree = LexborHTMLParser(html)
    root = find_root(tree, select)
    if root is None:
        return []
    if not _remove_boilerplate_at_once(root):
        _remove(root, BOILERPLATE_SELECTORS)
    _remove(root, remove)
    walker = _Walker()
    walker.block(root) if root.tag not in ("html", "body") else walker.container(root, "paragraph")
    return walker.blocks
