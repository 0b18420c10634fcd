"""HTML -> blocks: the guidance only, with its section path, list nesting and table headers."""

import pytest

from parsers.blocks import extract_blocks
from parsers.decoding import decode, decode_page

PAGE = """<!doctype html><html><head><title>t</title><script>var gtm = 'GTM-X';</script></head>
<body><div class="cookie-banner">We use cookies. <button>OK</button></div>
<header><a href="/">Logo</a><nav><a href="/en">EN</a></nav></header>
<nav class="breadcrumb">Home &gt; Work</nav>
<main id="main-content"><article>
<h1>Au pair</h1>
<p>Host families apply\u00a0for the permit &ndash; here\u00ad is how.</p>
<h2>Conditions</h2>
<p>The host family:</p>
<ul><li>pays at least <strong>EUR 450</strong> a month;
<ul><li>into the au pair's account</li></ul></li>
<li>gives one full day off a week.</li></ul>
<h3>Amounts</h3>
<table><caption>Thresholds 2025</caption>
<tr><th>Category</th><th>Minimum gross annual salary</th></tr>
<tr><th>Highly skilled</th><td>&euro; 48.912</td></tr></table>
<div class="share-buttons">Share this page on Facebook</div>
<p class="updated">Last updated: 4 November 2025</p>
<p hidden>secret</p>
</article></main>
<footer>Phone 02 553 00 00 &copy; 2025</footer></body></html>"""


def test_only_the_guidance_is_kept():
    texts = [b.text for b in extract_blocks(PAGE)]
    joined = " ".join(texts)
    for noise in (
        "cookies",
        "Logo",
        "Home",
        "Share this page",
        "Last updated",
        "secret",
        "Phone",
        "GTM",
    ):
        assert noise not in joined
    assert texts[0] == "Au pair"


def test_text_is_normalized():
    block = extract_blocks(PAGE)[1]
    assert block.text == "Host families apply for the permit - here is how."


def test_section_paths_lists_and_lead_ins():
    blocks = {b.text: b for b in extract_blocks(PAGE)}
    pays = blocks["pays at least EUR 450 a month;"]
    assert pays.kind == "list_item" and pays.level == 1
    assert pays.section == ("Au pair", "Conditions")
    assert pays.lead_ins == ("The host family:",)
    nested = blocks["into the au pair's account"]
    assert nested.level == 2
    assert nested.lead_ins == (
        "The host family:",
        "pays at least EUR 450 a month;",
    ) or nested.lead_ins == ("The host family:",)


def test_table_cells_carry_their_headers():
    cell = next(b for b in extract_blocks(PAGE) if b.text == "€ 48.912")
    assert cell.kind == "table_cell"
    assert cell.col_header == "Minimum gross annual salary"
    assert cell.row_header == "Highly skilled"
    assert cell.caption == "Thresholds 2025"
    assert cell.section == ("Au pair", "Conditions", "Amounts")


def test_select_and_remove_from_the_source_win():
    html = "<main><div class='x'><h2>Real</h2><p>kept</p><p class='ad'>dropped</p></div></main>"
    texts = [b.text for b in extract_blocks(html, select="div.x", remove=(".ad",))]
    assert texts == ["Real", "kept"]


def test_densest_block_when_there_is_no_main():
    html = (
        "<body><div id='menu'><a href='/a'>A long list of links</a></div>"
        "<div id='content'><p>The guidance text that matters, long enough to win.</p></div></body>"
    )
    assert [b.text for b in extract_blocks(html)] == [
        "The guidance text that matters, long enough to win."
    ]


def test_charsets_declared_wrong_or_missing_still_decode():
    text = "Les dispenses: d\u00e9j\u00e0 \u20ac 450"
    assert decode(text.encode("utf-8"), "text/html") == text
    assert decode(text.encode("cp1252"), "text/html; charset=utf-8") == text  # mislabelled
    assert decode(text.encode("cp1252"), None) == text
    assert decode(text.encode("utf-8"), "text/html; charset=windows-1252") == text  # mislabelled
    latin = b'<meta charset="windows-1252"><p>' + "d\u00e9j\u00e0".encode("cp1252")
    assert "d\u00e9j\u00e0" in decode(latin)


def test_one_stray_latin1_byte_keeps_every_euro(caplog):
    """A UTF-8 page with one windows-1252 word: the stray byte is replaced, not the page."""
    page = (
        "<p>Le salaire minimum est de € 3.703,44 par mois, € 44.441,28 par an.</p>"
        "<p>Le jeune au pair reçoit € 450 par mois.</p>"
    ).encode() + "<p>Une note sans chiffre: caf\u00e9.</p>".encode("cp1252")
    with caplog.at_level("WARNING", logger="parsers.decoding"):
        decoded = decode_page(page, "text/html; charset=utf-8")
    assert decoded.text.count("€") == 3
    assert (decoded.charset, decoded.replaced) == ("utf-8", 1)
    assert "caf\ufffd" in decoded.text and "reçoit" in decoded.text
    assert "1 byte(s) of a UTF-8 page are not UTF-8" in caplog.text


def test_a_page_that_is_not_mostly_utf8_is_read_as_windows_1252():
    page = "<p>Les dispenses: déjà € 450, séjour, crèche</p>".encode("cp1252")
    decoded = decode_page(page, "text/html; charset=utf-8")
    assert (decoded.charset, decoded.replaced) == ("windows-1252", 0)
    assert "déjà € 450, séjour, crèche" in decoded.text


@pytest.mark.parametrize(
    ("body", "content_type", "text"),
    [
        (b"\xef\xbb\xbf<p>\xe2\x82\xac 450</p>", "text/html; charset=windows-1252", "<p>€ 450</p>"),
        (b"\xff\xfe" + "<p>€ 450</p>".encode("utf-16-le"), None, "<p>€ 450</p>"),
        ("<p>déjà</p>".encode("latin-1"), "text/html; charset=iso-8859-1", "<p>déjà</p>"),
        (b'<meta charset="iso-8859-15">\xa4 450', None, '<meta charset="iso-8859-15">€ 450'),
    ],
    ids=["bom-beats-header", "utf16-bom", "header-label", "meta-label"],
)
def test_bom_then_header_then_meta(body, content_type, text):
    assert decode(body, content_type) == text
