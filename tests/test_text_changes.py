"""The text safety net (issue 12): a passage no fact tells that came, went or was reworded
is one `text_changed`; a change a fact already tells is never told again as text; the
boilerplate, reordering and number formats tell nothing; nights and rebuild agree; a new
parser over the same body tells no text.

The pages are ours: an exemption list whose items carry no obligation word (so no
condition is read from them, as on the page behind issue 12), a condition and an amount.
"""

import pytest

import parsers.extract
from fetch.fetcher import Attempt
from fetch.sources import parse_sources
from parsers.extract import extract
from parsers.passages import Passage, passages
from warehouse import diff, history, passage_diff, schema, store
from warehouse import parse_stage as stage

# title, the exemption list's lead-in and items, the conditions heading, a condition, an amount
LANGS = {
    "en": (
        "Seasonal work",
        "Some people are outside this scheme:",
        [
            "researchers with a hosting agreement",
            "crew of ships calling at a Belgian port",
            "journalists accredited in Belgium",
        ],
        "Conditions",
        "The employer must register the worker before the first day.",
        "The gross wage is at least EUR {} a month.",
    ),
    "nl": (
        "Seizoensarbeid",
        "Sommige mensen vallen buiten deze regeling:",
        [
            "onderzoekers met een gastovereenkomst",
            "bemanning van schepen in een Belgische haven",
            "journalisten met een Belgische erkenning",
        ],
        "Voorwaarden",
        "De werkgever moet de werknemer registreren voor de eerste werkdag.",
        "Het brutoloon bedraagt minstens {} euro per maand.",
    ),
    "fr": (
        "Travail saisonnier",
        "Certaines personnes restent en dehors de ce régime :",
        [
            "les chercheurs avec une convention d'accueil",
            "l'équipage des navires dans un port belge",
            "les journalistes accrédités en Belgique",
        ],
        "Conditions",
        "L'employeur doit enregistrer le travailleur avant le premier jour.",
        "Le salaire brut s'élève à au moins {} euros par mois.",
    ),
    "de": (
        "Saisonarbeit",
        "Einige Personen bleiben außerhalb dieser Regelung:",
        [
            "Forscher mit einer Aufnahmevereinbarung",
            "Besatzung von Schiffen in einem belgischen Hafen",
            "in Belgien akkreditierte Journalisten",
        ],
        "Voraussetzungen",
        "Der Arbeitgeber muss den Arbeitnehmer vor dem ersten Tag anmelden.",
        "Der Bruttolohn beträgt mindestens {} Euro pro Monat.",
    ),
}
COOKIE = '<div class="cookie-banner">We use cookies{}.</div>'
UPDATED = '<p class="last-updated">Last updated on {}</p>'


def page(
    lang: str,
    items: list[str] | None = None,
    condition: bool = True,
    wage: str = "1.950",
    cookie: str = "",
    updated: str = "3 March 2026",
    year: int = 2026,
) -> str:
    title, lead, listed, heading, obliged, amount = LANGS[lang]
    items = listed if items is None else items
    rows = "".join(f"<li>{item}</li>" for item in items)
    return (
        f"<html><body>{COOKIE.format(cookie)}<main><h1>{title}</h1><h2>{title}</h2>"
        f"<p>{lead}</p><ul>{rows}</ul><h2>{heading}</h2>"
        f"<ul>{f'<li>{obliged}</li>' if condition else ''}</ul>"
        f"<p>{amount.format(wage)}</p>{UPDATED.format(updated)}</main>"
        f"<footer>© {year} the publisher</footer></body></html>"
    )


def told(old_html: str, new_html: str) -> list[diff.Change]:
    """What a night tells between two bodies of a page: the facts' diff, then the net."""
    old, new = extract(old_html), extract(new_html)
    old_a, old_c = history.to_rows("p", old.amounts, old.conditions)
    new_a, new_c = history.to_rows("p", new.amounts, new.conditions)
    texts = passages(old.blocks), passages(new.blocks)
    changes = diff.diff_page(old_a, new_a, old_c, new_c, passage_diff.kept(*texts))
    return passage_diff.told_with_text(changes, *texts)


def kinds(changes: list[diff.Change]) -> list[str]:
    return [c.change_kind for c in changes]


@pytest.mark.parametrize("lang", LANGS)
def test_an_exemption_item_without_an_obligation_word_removed_is_told_as_text(lang):
    before = page(lang)
    dropped = LANGS[lang][2][1]
    assert dropped not in {c.text for c in extract(before).conditions}, "read as a condition"
    after = page(lang, items=[i for i in LANGS[lang][2] if i != dropped])
    changes = told(before, after)
    assert kinds(changes) == ["text_changed"]
    (line,) = changes
    assert (line.subject, line.old_quote, line.new_quote) == ("list item removed", dropped, None)
    assert line.severity == "medium" and line.section == f"{LANGS[lang][0]} > {LANGS[lang][0]}"


@pytest.mark.parametrize("lang", LANGS)
def test_an_exemption_item_reworded_or_added_is_one_text_line(lang):
    items = LANGS[lang][2]
    reworded = told(page(lang), page(lang, items=[items[0], items[1] + " 2027", items[2]]))
    assert [(c.change_kind, c.subject) for c in reworded] == [
        ("text_changed", "list item reworded")
    ]
    assert (reworded[0].old_quote, reworded[0].new_quote) == (items[1], items[1] + " 2027")
    added = told(page(lang, items=items[:2]), page(lang))
    assert [(c.subject, c.new_quote) for c in added] == [("list item added", items[2])]


@pytest.mark.parametrize("lang", LANGS)
def test_a_condition_removed_is_a_condition_removed_only(lang):
    assert kinds(told(page(lang), page(lang, condition=False))) == ["condition_removed"]


@pytest.mark.parametrize("lang", LANGS)
def test_an_amount_changed_is_an_amount_changed_only(lang):
    assert kinds(told(page(lang), page(lang, wage="2.050"))) == ["amount_changed"]


@pytest.mark.parametrize("lang", LANGS)
def test_boilerplate_tells_nothing(lang):
    after = page(lang, cookie=" to count visits", updated="4 March 2026", year=2027)
    assert after != page(lang) and told(page(lang), after) == []


def test_reordering_white_space_and_number_formats_tell_nothing():
    items = LANGS["en"][2]
    before = page("en", items=items, wage="1.950")
    after = page("en", items=[items[2], "  crew of ships\n calling at a Belgian port ", items[0]])
    assert told(before, after) == []
    retyped = page("en", wage="1950").replace("EUR 1950", "€ 1950")  # "EUR 1.950" -> "€ 1950"
    new = extract(retyped)
    assert (
        passage_diff.text_changes(passages(extract(before).blocks), passages(new.blocks), []) == []
    )


def test_a_passage_moved_to_another_section_and_reworded_is_one_line_at_most():
    old = [Passage("A", "list_item", "crew of ships calling at a Belgian port")]
    moved = [Passage("B", "list_item", "crew of ships calling at a Belgian port")]
    assert passage_diff.text_changes(old, moved, []) == []
    reworded = [Passage("B", "list_item", "crew of ships calling at Belgian ports")]
    (line,) = passage_diff.text_changes(old, reworded, [])
    assert (line.subject, line.section) == ("list item reworded", "B")


def test_a_whole_page_rewritten_is_capped_with_one_more_line():
    old = [Passage("S", "sentence", f"Old rule number {n} of the scheme.") for n in range(30)]
    new = [Passage("S", "sentence", f"Entirely other words {n}x here.") for n in range(25)]
    lines = passage_diff.text_changes(old, new, [])
    assert len(lines) == passage_diff.TEXT_LINES_PER_PAGE + 1
    assert all(c.change_kind == "text_changed" for c in lines)
    assert (
        lines[-1].subject == "more text" and lines[-1].new_value == "and 45 more passages changed"
    )


# --- through the warehouse: nights, rebuild, a new parser --------------------------------

CONFIG = parse_sources(
    "sources:\n  - {id: seasonal, publisher: federal, lang: nl, "
    "url: 'https://www.example.be/seasonal'}\n"
)


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def night(con, body: str) -> int:
    run_id, _ = store.start_run(con, "live", "1")
    attempt = Attempt(
        source_id="seasonal", attempt=1, url="https://www.example.be/seasonal", outcome="ok",
        status_code=200, body=body.encode(),
    )  # fmt: skip
    store.record_fetch(con, run_id, [attempt], store.known_pages(con).get("seasonal"))
    store.upsert_sources(con, CONFIG.sources, run_id)
    stage.parse_stage(con, run_id, CONFIG)
    store.finish_run(con, run_id, "completed", {})
    return run_id


def changes(con) -> list[tuple]:
    return con.execute(
        "SELECT change_id, run_id, change_kind, subject, old_quote, new_quote FROM changes "
        "ORDER BY run_id, position"
    ).fetchall()


def test_nights_and_rebuild_tell_the_same_text_changes(con):
    items = LANGS["nl"][2]
    night(con, page("nl"))
    night(con, page("nl", items=items[:2], cookie=" nu"))  # an item dropped, the cookie text
    night(con, page("nl", items=items[:2], wage="2.050", updated="5 maart 2026"))
    nightly = changes(con)
    assert [(run, kind, subject) for _, run, kind, subject, *_ in nightly] == [
        (1, "page_added", "page"),
        (2, "text_changed", "list item removed"),
        (3, "amount_changed", "money (EUR per month): value changed"),
    ]
    stage.rebuild(con, CONFIG)
    assert changes(con) == nightly


def test_a_new_parser_over_an_unchanged_body_tells_no_text(con, monkeypatch):
    night(con, page("de"))
    read = []
    real = stage._read_again

    def counted(item, previous, budget):  # a previous body read again: a blocks pass or in full
        if previous is not None:
            read.append("blocks" if item.old_parser is None else "full")
        return real(item, previous, budget)

    monkeypatch.setattr(stage, "_read_again", counted)
    monkeypatch.setattr(stage, "PARSER_VERSION", "later")
    monkeypatch.setattr(stage, "parse_version", lambda catalogue: "later")
    night(con, page("de"))  # same body, another parser: corrections at most, never text
    assert [k for _, _, k, *_ in changes(con)] == ["page_added"]
    assert read == []  # the body the facts came from is this one: nothing read again
    night(con, page("de", items=LANGS["de"][2][1:]))  # same parser, body changed
    assert [(k, s) for _, _, k, s, *_ in changes(con)][1:] == [
        ("text_changed", "list item removed")
    ]
    assert read == ["blocks"]  # one blocks pass over the previous body


def test_an_unchanged_night_reads_no_previous_body(con, monkeypatch):
    night(con, page("fr"))
    read = []
    monkeypatch.setattr(parsers.extract, "read_blocks", lambda *a, **k: read.append(1))
    monkeypatch.setattr(parsers.extract, "extract", lambda *a, **k: read.append(1))
    night(con, page("fr"))
    assert read == [] and [k for _, _, k, *_ in changes(con)] == ["page_added"]


def test_the_report_lists_text_changes_apart_after_the_rules_changes(con):
    from reports.build import build_report
    from reports.render import entry_title, render_html, render_json, render_markdown

    items = LANGS["en"][2]
    night(con, page("en"))
    run = night(con, page("en", items=items[1:], wage="2.050"))  # a fact and a text change
    report = build_report(con, run)
    assert [c["change_kind"] for c in report["changes"]] == ["amount_changed"]
    assert [c["old_quote"] for c in report["text_changes"]] == [items[0]]
    assert report["summary"]["text_changes"] == 1 and report["summary"]["by_severity"] == {
        "high": 1
    }
    markdown = render_markdown(report)
    rules, text = markdown.split(
        "## Other text that changed on watched pages — not read as a rule (1)"
    )
    assert "Amount changed" in rules and items[0] not in rules
    assert "Text changed" in text and "list item removed" in text and items[0] in text
    html = render_html(report)
    assert html.index("Amount changed") < html.index('id="other-text"') < html.index(items[0])
    assert '"text_changes": [' in render_json(report)
    assert entry_title(report) == f"Run {run}: 1 change (1 high); 1 other text change"


def test_a_date_stamp_the_blocks_keep_is_no_passage_but_a_dated_rule_is():
    stamp = "<main><h1>Au pair</h1><p>Mise à jour : {}</p><p>Date limite : {}</p></main>"
    old = passages(extract(stamp.format("2026-10-30", "2026-11-30")).blocks)
    new = passages(extract(stamp.format("2026-12-04", "2026-12-15")).blocks)
    lines = passage_diff.text_changes(old, new, [])
    assert [(c.old_quote, c.new_quote) for c in lines] == [
        ("Date limite : 2026-11-30", "Date limite : 2026-12-15")
    ]


def test_a_sentence_rewritten_with_other_words_in_its_section_is_one_line():
    old = [
        Passage(
            "S",
            "sentence",
            "The rule only opens applying from inside Belgium; other conditions stay.",
        )
    ]
    new = [
        Passage(
            "S",
            "sentence",
            "Only where one applies changes (inside Belgium); other conditions remain.",
        )
    ]
    (line,) = passage_diff.text_changes(old, new, [])
    assert line.subject == "sentence reworded"


def test_after_a_page_that_could_not_be_read_nights_and_rebuild_compare_with_the_last_good_body(
    con,
):
    items = LANGS["nl"][2]
    night(con, page("nl"))
    night(con, "\x89PNG\r\n\x1a\n not a page at all")  # unsupported: its facts stay current
    night(con, page("nl", items=items[1:]))  # compared with the first body, the last read well
    nightly = changes(con)
    assert [(run, kind, subject) for _, run, kind, subject, *_ in nightly] == [
        (1, "page_added", "page"),
        (3, "text_changed", "list item removed"),
    ]
    stage.rebuild(con, CONFIG)
    assert changes(con) == nightly


def test_an_alert_at_medium_tells_the_text_changes_and_one_at_high_does_not(con):
    from reports.alerts import compose
    from reports.build import build_report
    from reports.config import Notify

    items = LANGS["de"][2]
    night(con, page("de"))
    report = build_report(con, night(con, page("de", items=items[:2])))  # only a text change
    assert report["changes"] == [] and len(report["text_changes"]) == 1
    assert compose(report, [], Notify(min_severity="high"), "https://x.example/r") is None
    alert = compose(report, [], Notify(min_severity="medium"), "https://x.example/r")
    assert items[2] in alert.body and "1 other text change" in alert.title
    assert "1 change at or above medium (all: 1 other text change):" in alert.body
