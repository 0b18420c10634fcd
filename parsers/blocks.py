"""HTML -> ordered content blocks, each with its section path, type and normalized text.

The guidance root is the source's `select`, else the first of `main`, `[role=main]`,
`article`, else the block with the most non-link text. Navigation, banners, footers,
share widgets, "last updated" lines, scripts and hidden elements never become blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from parsers.budget import NO_DEADLINE, Deadline
from parsers.frozen import fast_init
from parsers.lexicon import CaseBlind, alternation, merged
from parsers.text import identity_text, normalize, sentences, text_memo

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
CHECK_EVERY = 4096  # nodes between two looks at the parse budget's clock
# Words that announce what follows ("the following", "volgende", "suivantes", "folgende");
# "these", "deze", "ces", "diese" point back as often as ahead.
BACK_POINTING = frozenset({"these", "deze", "ces", "diese"})
AHEAD_WORDS = tuple(w for w in merged().announce if w not in BACK_POINTING)
ANNOUNCES_AHEAD = CaseBlind(rf"(?<![\w])(?:{alternation(AHEAD_WORDS)})(?![\w])")
# Any announcing word, pointing back ("these documents") or ahead: a lead-in that names
# what its list holds, for amounts (the list's name) and conditions (its items' kind).
ANNOUNCES = CaseBlind(rf"(?<![\w])(?:{alternation(merged().announce)})(?![\w])")
_BOILERPLATE_TEXT = re.compile(rf"^(?:{alternation(merged().boilerplate)})\b", re.IGNORECASE)


@fast_init  # frozen, built without a setattr call a field (parsers.frozen)
@dataclass(frozen=True)
class Block:
    index: int
    kind: str  # heading | paragraph | list_item | table_cell
    text: str
    section: tuple[str, ...]
    level: int = 0  # heading level, or list depth for list items
    lead_ins: tuple[str, ...] = ()  # texts ending in ':' that introduce this list item
    # the level of the heading that opens section[0] (0: none known, as in a PDF), and whether
    # that heading is an h1 over a page that has h2-h4 headings too: the page's title (GUIDE,
    # round-16 audit). Kept on the block, so a big page read in parts reads as a whole
    top_level: int = 0
    under_title: bool = False
    # a lead-in ending in ':' right above the sub-heading of this block's section ("Bringen
    # Sie bitte folgende Unterlagen mit:" then h3 "Einkommensnachweis"): kept on its list
    # items and paragraphs, so nothing is read across a heading (parsers.extract reads big
    # pages in parts)
    over_lead: str = ""
    # the lead-in (else the heading) of a list one of whose items this block's sub-heading
    # repeats (list "een geneeskundig getuigschrift", then h3 "Geneeskundig getuigschrift"):
    # the sub-section is about that item (kept on its blocks, read within them)
    item_of: str = ""
    col_header: str = ""
    row_header: str = ""
    caption: str = ""
    # the paragraph or list item ending in ':' right before this cell's table ("… elle
    # atteindra au moins les montants suivants :"): it announces the table's values as a
    # lead-in announces a list's items (amounts read its bound; conditions do not use it)
    table_lead: str = ""

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """The sentences of the text, split once for both the amounts and the conditions."""
        return _sentences_of(self.text)


@text_memo
def _sentences_of(text: str) -> tuple[str, ...]:
    """A text's sentences, remembered per text (see TEXT_MEMO): the tuple is immutable, so
    blocks of equal text may share it."""
    return tuple(sentences(text))


def _text_lengths(tree: LexborHTMLParser, deadline: Deadline) -> dict[int, int]:
    """Each node's non-link text length, as `text(deep=True, separator=" ")` minus the text of
    its links would measure it, for every node in one pass.

    Measuring each candidate on its own reads its whole subtree: nested <div>s cost the
    square of the depth (37.6 s at 50,000 levels, then a RecursionError). Here nodes are
    visited once, in reverse document order, so children are summed before their parents.
    """
    text: dict[int, int] = {}  # characters of the text nodes below
    count: dict[int, int] = {}  # text nodes below (the separators between them count too)
    links: dict[int, int] = {}  # characters inside <a> below
    for step, node in enumerate(reversed(list(tree.root.traverse(include_text=True)))):
        if not step % CHECK_EVERY:
            deadline.check("the root search")
        key = node.mem_id
        if node.tag == "-text":
            text[key] = len(node.text_content or "")
            count[key] = 1
        elif node.tag == "a":
            links[key] = links.get(key, 0) + text.get(key, 0)
        parent = node.parent
        if parent is not None:
            up = parent.mem_id
            text[up] = text.get(up, 0) + text.get(key, 0)
            count[up] = count.get(up, 0) + count.get(key, 0)
            links[up] = links.get(up, 0) + links.get(key, 0)
    return {key: text[key] + max(0, count.get(key, 0) - 1) - links.get(key, 0) for key in text}


MEASURE_FACTOR = 32  # text measured per candidate, at most this many times the page's size


def _measure_each(candidates: list[LexborNode], limit: float) -> list[int] | None:
    """Each candidate's non-link text length, measured node by node in C, or None once the
    text measured passes `limit` (nested candidates are measured again and again)."""
    lengths, spent = [], 0
    for node in candidates:
        text = len(node.text(deep=True, separator=" "))
        anchors = node.css("a")
        spent += text + 64 * len(anchors)
        if spent > limit:
            return None
        lengths.append(text - sum(len(a.text(deep=True)) for a in anchors))
    return lengths


def find_root(
    tree: LexborHTMLParser,
    select: str | None = None,
    deadline: Deadline = NO_DEADLINE,
    size: int | None = None,
) -> LexborNode | None:
    """The guidance root; without a selector that matches, the div or section with the most
    non-link text (the first of equals). Measuring each candidate is fastest on a normal
    page (about 10 times its size in all); past MEASURE_FACTOR times the page's `size`,
    one linear pass over the tree measures them all instead, with the same figures."""
    for selector in ((select,) if select else ()) + FALLBACK_ROOTS:
        node = tree.css_first(selector)
        if node is not None:
            return node
    candidates = tree.css("div, section") or ([tree.body] if tree.body else [])
    if not candidates:
        return None
    limit = float("inf") if size is None else MEASURE_FACTOR * max(size, 4096)
    lengths = _measure_each(candidates, limit)
    if lengths is None:
        deadline.check("the root search")
        every = _text_lengths(tree, deadline)
        lengths = [every.get(node.mem_id, 0) for node in candidates]
    return candidates[max(range(len(candidates)), key=lengths.__getitem__)]


MAX_BLOCK_CHARS = 100_000  # no guidance paragraph is this long; a longer text is cut


def _pieces(text: str) -> list[str]:
    """The text as one block, or, past MAX_BLOCK_CHARS, as several cut after a sentence end
    (else at a space): the extraction reads a block at once, so one 5 MB paragraph would be
    one step the parse budget cannot interrupt. Normal pages are never cut."""
    if len(text) <= MAX_BLOCK_CHARS:
        return [text]
    pieces = []
    while len(text) > MAX_BLOCK_CHARS:
        cut = text.rfind(". ", MAX_BLOCK_CHARS // 2, MAX_BLOCK_CHARS) + 1
        if cut <= 0:
            cut = text.rfind(" ", MAX_BLOCK_CHARS // 2, MAX_BLOCK_CHARS)
        if cut <= 0:
            cut = MAX_BLOCK_CHARS
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    return [*pieces, text] if text else pieces


class _Walker:
    def __init__(self, deadline: Deadline = NO_DEADLINE) -> None:
        self.deadline = deadline
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []
        self.lead_ins: list[str] = []
        self.over_leads: list[tuple[int, str]] = []  # (its section's level, the lead-in)
        # top-level list items of the open sections: (section level, words, what introduced
        # the list), and the sub-sections that repeat one (section level, what introduced it)
        self.items: list[tuple[int, str, str]] = []
        self.items_of: list[tuple[int, str]] = []
        self.list_depth = 0
        self.levels_seen: set[int] = set()  # the heading levels the page has

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)

    def emit(self, kind: str, text: str, **extra) -> None:
        if not text or text.isspace():
            return  # the white space between tags, about half the calls: normalized to ""
        text = normalize(text)
        if not text or _BOILERPLATE_TEXT.match(text):
            return
        if self.headings:
            extra["top_level"] = self.headings[0][0]
            self.levels_seen.add(self.headings[-1][0])
        if len(text) <= MAX_BLOCK_CHARS:
            self.blocks.append(Block(len(self.blocks), kind, text, self.section, **extra))
            return
        for piece in _pieces(text):
            self.blocks.append(Block(len(self.blocks), kind, piece, self.section, **extra))

    def heading(self, node: LexborNode, level: int) -> None:
        text = normalize(node.text(deep=True, separator=" "))
        if not text:
            return
        while self.over_leads and level <= self.over_leads[-1][0]:
            self.over_leads.pop()  # a heading of the lead-in's own level or above closes it
        while self.items_of and level <= self.items_of[-1][0]:
            self.items_of.pop()
        section_level = self.headings[-1][0] if self.headings else 0
        if level > section_level and self.items:
            named = identity_text(text)
            for item_level, words, introduced_by in reversed(self.items):
                if item_level == section_level and (words == named or words.endswith(" " + named)):
                    self.items_of.append((section_level, introduced_by))
                    break
        self.items = [item for item in self.items if item[0] < level]
        previous = self.blocks[-1] if self.blocks else None
        if (
            previous is not None
            and previous.kind == "paragraph"
            and previous.text.endswith(":")
            and level > section_level
        ):
            self.over_leads.append((section_level, previous.text))
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text))
        self.emit("heading", text, level=level)

    def flush(self, buffer: list[str], kind: str) -> None:
        if not buffer:
            return
        text = "".join(buffer)
        buffer.clear()
        over = self.over_leads[-1][1] if self.over_leads else ""
        item_of = self.items_of[-1][1] if self.items_of else ""
        if kind == "list_item":
            self.emit(
                kind,
                text,
                level=self.list_depth,
                lead_ins=tuple(self.lead_ins),
                over_lead=over,
                item_of=item_of,
            )
            if self.list_depth <= 1 and len(text) <= 120:
                level = self.headings[-1][0] if self.headings else 0
                heading = self.headings[-1][1] if self.headings else ""
                introduced_by = self.lead_ins[-1] if self.lead_ins else heading
                self.items.append((level, identity_text(text), introduced_by))
        elif over or item_of:  # a paragraph of such a sub-section keeps them too
            self.emit(kind, text, over_lead=over, item_of=item_of)
        else:
            self.emit(kind, text)

    def table(self, node: LexborNode) -> None:
        previous = self.blocks[-1] if self.blocks else None
        lead = (
            previous.text
            if previous is not None
            and previous.kind in ("paragraph", "list_item")
            and previous.text.endswith(":")
            else ""
        )
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
                    self.emit("table_cell", text, caption=caption, table_lead=lead)
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
                    table_lead=lead,
                )

    def walk(self, node: LexborNode, as_container: bool = False) -> None:
        """Emit the blocks of `node` (a block itself, or with `as_container` read as one).

        A loop over an explicit stack, not recursion: nested <div>s (at most MAX_DEPTH, see
        _flattened) are frames here, where recursion died with a RecursionError. A frame is
        the children left to read, the text buffer they fill, the block kind, and what to do
        at its end (None for an inline element, whose text goes on into its parent's buffer).
        """
        stack: list[tuple] = []
        if as_container:
            self._open_container(stack, node, "paragraph")
        else:
            self._open_block(stack, node)
        turns = 0
        while stack:
            turns += 1  # a frame opened or resumed: the clock is read every CHECK_EVERY
            if not turns % CHECK_EVERY:
                self.deadline.check("the block walk")
            children, buffer, kind, after = stack[-1]
            for child in children:  # resumed where the frame was left
                tag = child.tag
                if tag == "-text":
                    buffer.append(child.text_content or "")
                elif tag in SKIP_TAGS:
                    continue
                elif tag == "br":
                    buffer.append(" ")
                elif tag == "sup" and _footnote_mark(child, buffer):
                    continue  # "€1593,81<sup>2</sup> gross/month": a note's number, which
                    # glued to the sum would read 1593,812
                elif isinstance(buffer, _WholeItem) and (tag == "p" or tag in HEADINGS):
                    # "<li><h3>Stap 1</h3><p>…</p></li>": a list item's own text includes its
                    # paragraphs and title (GUIDE.md); only a nested list starts a block
                    buffer.append(" ")
                    stack.append((child.iter(include_text=True), buffer, kind, None))
                    break
                elif tag in BLOCK_TAGS:
                    self.flush(buffer, kind)  # a nested block ends the text before it
                    if self._open_block(stack, child):
                        break
                else:  # inline: its text goes on into the same buffer
                    stack.append((child.iter(include_text=True), buffer, kind, None))
                    break
            else:
                stack.pop()
                if after is not None:  # a container ends: its text is a block
                    self.flush(buffer, kind)
                    after()

    def _open_block(self, stack: list[tuple], node: LexborNode) -> bool:
        """Emit a heading or table at once; push a frame for the rest (True when pushed)."""
        tag = node.tag
        if tag in HEADINGS:
            self.heading(node, HEADINGS[tag])
        elif tag in ("ul", "ol"):
            self._open_list(stack, node)
            return True
        elif tag == "table":
            self.table(node)
        elif tag == "li":
            buffer = _WholeItem() if _holds_its_paragraphs(node) else []
            stack.append((node.iter(include_text=True), buffer, "list_item", lambda: None))
            return True
        elif tag == "header" and not node.css_first("h1, h2, h3"):
            pass  # a site header (logo, search), not an article header
        else:
            self._open_container(stack, node, "paragraph")
            return True
        return False

    def _open_container(
        self, stack: list[tuple], node: LexborNode, kind: str, after=lambda: None
    ) -> None:
        stack.append((node.iter(include_text=True), [], kind, after))

    def _open_list(self, stack: list[tuple], node: LexborNode) -> None:
        """A list: a paragraph ending in ':' just before it introduces its items, and so does
        one short sentence that announces them though the page ends it with a full stop ("De
        volgende voorwaarden gelden.", GUIDE, devset-r)."""
        previous = self.blocks[-1] if self.blocks else None
        pushed = bool(
            previous
            and previous.kind in ("paragraph", "list_item")
            and (
                previous.text.endswith(":")
                or _announces_ahead(previous)
                or _title_line(previous)
            )
        )
        if pushed:
            self.lead_ins.append(previous.text)
        self.list_depth += 1

        def close() -> None:
            self.list_depth -= 1
            if pushed:
                self.lead_ins.pop()

        self._open_container(stack, node, "paragraph", close)


_FOOTNOTE_MARK = re.compile(r"^\s*(?:\d{1,2}|\*{1,3}|[a-z])\s*$")


def _footnote_mark(node: LexborNode, buffer: list[str]) -> bool:
    """Whether a superscript is a note's mark right after a figure: '1593,81²' is 1593,81."""
    last = next((text for text in reversed(buffer) if text), "")
    return bool(last) and last[-1].isdigit() and bool(_FOOTNOTE_MARK.match(node.text() or ""))


def _title_line(block: Block) -> bool:
    """A short paragraph that ends on no sentence mark, right above a list, is its title
    ("Voor te leggen documenten Visum D, per persoon," then the papers; "Required documents"
    then the papers): it introduces the items as a lead-in ending in ':' does."""
    text = block.text
    return (
        block.kind == "paragraph"
        and len(text.split()) <= 12
        and text[-1] not in ".!?;)"
        and ". " not in text
        and not any(mark in text for mark in ":@/")  # a label with its value, an address
    )


def _announces_ahead(block: Block) -> bool:
    """One short paragraph sentence ending in '.' with a word that announces what follows."""
    text = block.text
    return (
        block.kind == "paragraph"
        and text.endswith(".")
        and len(text.split()) <= 16
        and ". " not in text
        and ANNOUNCES_AHEAD.found_in(text)
    )


_ITEM_PARTS = 6  # element children of a list item read whole, at most


class _WholeItem(list):
    """The text buffer of a list item whose paragraphs and title join its text."""


def _holds_its_paragraphs(item: LexborNode) -> bool:
    """Whether a list item is one item with its own paragraphs, a title first at most
    ("<li><h3>Stap 1</h3><p>…</p><ul>…</ul></li>"), and not a list left open that swallowed
    the rest of the page (its headings after the first child, its sections, its tables)."""
    children = [
        child
        for child in item.iter(include_text=True)
        if child.tag != "-text" or (child.text_content or "").strip()
    ]
    if len(children) > _ITEM_PARTS:
        return False
    for i, child in enumerate(children):
        if child.tag in HEADINGS:
            if i > 0:  # after text or another part: a section the item swallowed
                return False
        elif child.tag == "table" or (
            child.tag in BLOCK_TAGS and child.tag not in ("p", "ul", "ol")
        ):
            return False
    return True


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
    known: dict[int, bool] = {}
    for node in found:
        if not _inside(node, ids, root, known):
            node.decompose()
    return True


def _inside(node: LexborNode, ids: set[int], root: LexborNode, known: dict[int, bool]) -> bool:
    """Whether an ancestor of `node`, below `root`, is one of `ids` (already removed).

    `known` remembers the answer for every ancestor walked, so each node is walked past once
    per page: 100,000 nested <nav>s no longer cost the square of their depth.
    """
    path = []
    parent = node.parent
    inside = False
    while parent is not None and parent.mem_id != root.mem_id:
        key = parent.mem_id
        if key in known:
            inside = known[key]
            break
        if key in ids:
            inside = True
            known[key] = True
            break
        path.append(key)
        parent = parent.parent
    for key in path:
        known[key] = inside
    return inside


MAX_DEPTH = 4096  # elements open at once that the HTML parser is given (see _flattened)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>")
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)


def _flattened(html: str) -> str:
    """The page with its tags beyond MAX_DEPTH open elements dropped (their text kept).

    The HTML parser's tree building costs the square of the nesting depth (lexbor: 4 s at
    45,000 nested <div>s, minutes at 450,000), inside C where no budget can stop it. Depth
    is counted from the tags as written (every open tag of a non-void element, less the
    closing ones), which can only overstate it; a page with fewer tags than MAX_DEPTH is
    not even scanned, and no real page nests 4,096 deep.
    """
    if html.count("<") <= MAX_DEPTH:
        return html
    depth = peak = 0
    for closing, name in _TAG.findall(html):
        if closing:
            depth = max(0, depth - 1)
        elif name.lower() not in _VOID:
            depth += 1
            peak = max(peak, depth)
    if peak <= MAX_DEPTH:
        return html
    depth = 0

    def keep(match: re.Match) -> str:
        nonlocal depth
        if match.group(1):
            depth = max(0, depth - 1)
            return match.group(0) if depth < MAX_DEPTH else ""
        if match.group(2).lower() in _VOID:
            return match.group(0) if depth < MAX_DEPTH else ""
        depth += 1
        return match.group(0) if depth <= MAX_DEPTH else ""

    return _TAG.sub(keep, html)


def extract_blocks(
    html: str,
    select: str | None = None,
    remove: tuple[str, ...] = (),
    deadline: Deadline = NO_DEADLINE,
) -> list[Block]:
    """The ordered guidance blocks of a page."""
    tree = LexborHTMLParser(_flattened(html))
    root = find_root(tree, select, deadline, len(html))
    if root is None:
        return []
    if not _remove_boilerplate_at_once(root):
        _remove(root, BOILERPLATE_SELECTORS)
    _remove(root, remove)
    walker = _Walker(deadline)
    walker.walk(root, as_container=root.tag in ("html", "body"))
    if 1 in walker.levels_seen and walker.levels_seen & {2, 3, 4}:
        # an h1 over sections is the page's title: the blocks right under it are its
        # introduction (GUIDE, round-16 audit); known only once the page is walked
        return [
            replace(b, under_title=True) if b.top_level == 1 and len(b.section) == 1 else b
            for b in walker.blocks
        ]
    return walker.blocks
