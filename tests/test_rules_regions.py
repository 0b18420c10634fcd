"""Changes say whose rule they are about: one rule indexed in Flanders and in Brussels is two
rules in force, two groups at the review desk, each under its own rule change."""

import pytest

from fetch.sources import parse_sources
from tests.test_rules_warehouse import night_serving
from warehouse import changes, desk_reads, schema

TWO_REGIONS = parse_sources(
    "sources:\n"
    "  - {id: vl-en, publisher: flanders, lang: en, group: vl, url: 'https://x.be/vl/en'}\n"
    "  - {id: vl-nl, publisher: flanders, lang: nl, group: vl, url: 'https://x.be/vl/nl'}\n"
    "  - {id: bx-en, publisher: brussels, lang: en, group: bx, url: 'https://x.brussels/en'}\n"
    "  - {id: bx-fr, publisher: brussels, lang: fr, group: bx, url: 'https://x.brussels/fr'}\n"
)
EN = (
    "<main><h1>Au pair</h1><p>Your host family owes you pocket money of at least EUR {n} each "
    "month.</p></main>"
)
PAGES = {
    "vl-en": EN,
    "vl-nl": "<main><h1>Au pair</h1><p>Je krijgt van het gastgezin minstens {n} euro zakgeld "
    "per maand.</p></main>",
    "bx-en": EN,
    "bx-fr": "<main><h1>Au pair</h1><p>Vous recevez de la famille d'accueil au moins {n} € "
    "d'argent de poche par mois.</p></main>",
}
RULE = "au_pair.pocket_money"


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def night(con, n: int) -> int:
    return night_serving(con, TWO_REGIONS, {k: v.format(n=n) for k, v in PAGES.items()})


def test_each_change_says_whose_rule_it_is(con):
    night(con, 450)
    run_id = night(con, 480)
    told = sorted(
        (c["change_kind"], c["source_id"], c["rule_id"], c["jurisdiction"])
        for c in changes.run_changes(con, run_id)
    )
    rule_changes = [t for t in told if t[0] == "rule_changed"]
    assert [(t[2], t[3]) for t in rule_changes] == [(RULE, "brussels"), (RULE, "flanders")]
    assert [t for t in told if t[0] == "amount_changed"] == [
        ("amount_changed", "bx-en", RULE, "brussels"),
        ("amount_changed", "bx-fr", RULE, "brussels"),
        ("amount_changed", "vl-en", RULE, "flanders"),
        ("amount_changed", "vl-nl", RULE, "flanders"),
    ]


def test_each_page_change_goes_under_its_own_regions_rule_change(con):
    night(con, 450)
    run_id = night(con, 480)
    told = changes.run_changes(con, run_id)
    regions = {
        c["change_id"]: c["jurisdiction"] for c in told if c["change_kind"] == "rule_changed"
    }
    for c in told:
        if c["change_kind"] == "amount_changed":
            assert regions[c["explained_by"]] == c["jurisdiction"], c["source_id"]


def test_the_desk_groups_one_rule_by_region(con):
    night(con, 450)  # the pages are new: four page_added, one group per page
    run_id = night(con, 480)
    inbox = desk_reads.inbox(con, desk_reads.Filters(run=run_id), desk_reads.Overlay())
    groups = {g["grp"]: sorted(c["source_id"] for c in g["changes"]) for g in inbox.groups}
    # each region: its rule change (filed under its first page) and its two pages' changes
    assert groups == {
        f"{RULE} (brussels)": ["bx-en", "bx-en", "bx-fr"],
        f"{RULE} (flanders)": ["vl-en", "vl-en", "vl-nl"],
    }
    flanders = desk_reads.Filters(run=run_id, group=f"{RULE} (flanders)")
    one = desk_reads.inbox(con, flanders, desk_reads.Overlay())
    assert (one.total_groups, one.total_changes) == (1, 3)


def test_other_pages_of_the_rule_are_those_of_the_same_region(con):
    night(con, 450)
    run_id = night(con, 480)
    (change,) = [
        c
        for c in changes.run_changes(con, run_id)
        if c["change_kind"] == "amount_changed" and c["source_id"] == "vl-en"
    ]
    record = desk_reads.change(con, change["change_id"])
    others = desk_reads.same_rule_elsewhere(con, record)
    assert [(o["source_id"], o["jurisdiction"]) for o in others] == [("vl-nl", "flanders")]


def test_changes_told_before_migration_011_get_their_region(con):
    night(con, 450)
    run_id = night(con, 480)
    told = con.execute(
        "SELECT change_id, jurisdiction FROM changes WHERE run_id = ? ORDER BY change_id",
        [run_id],
    ).fetchall()
    assert all(region for _, region in told)
    con.execute("DROP INDEX changes_run")  # DuckDB drops no column under an index
    con.execute("ALTER TABLE changes DROP COLUMN jurisdiction")  # a warehouse of before
    con.execute("DELETE FROM schema_migrations WHERE version = 11")
    assert schema.migrate(con) == ["011_change_jurisdiction.sql"]
    again = con.execute(
        "SELECT change_id, jurisdiction FROM changes WHERE run_id = ? ORDER BY change_id",
        [run_id],
    ).fetchall()
    assert again == told
    con.execute("CREATE INDEX changes_run ON changes (run_id)")
