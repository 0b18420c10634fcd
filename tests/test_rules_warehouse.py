"""The rule views: today's value per region, its history, and pages that disagree."""

from pathlib import Path

import pytest

from fetch.fetcher import Attempt
from fetch.sources import parse_sources
from rules.catalogue import load_catalogue, parse_catalogue
from warehouse import rulebook, schema, store
from warehouse.parse_stage import parse_stage, rebuild

ROOT = Path(__file__).resolve().parents[1]
CONFIG = parse_sources(
    "sources:\n"
    "  - {id: bc-en, publisher: brussels, lang: en, group: bc, url: 'https://x.brussels/en/bc'}\n"
    "  - {id: bc-fr, publisher: brussels, lang: fr, group: bc, url: 'https://x.brussels/fr/bc'}\n"
    "  - {id: hq-nl, publisher: flanders, lang: nl, url: 'https://x.vlaanderen.be/hq'}\n"
)
BC_EN = (
    "<main><h1>EU Blue Card</h1><p>In 2026, the Blue Card holder earns a gross salary of at "
    "least EUR 4.748 a month.</p></main>"
)
BC_FR = (
    "<main><h1>Carte bleue européenne</h1><p>En 2026, le titulaire de la carte bleue gagne un "
    "salaire brut d'au moins 4.604 € par mois.</p></main>"
)
HQ_NL = (
    "<main><h1>Hooggeschoolde werknemers</h1><table><caption>Loongrenzen</caption>"
    "<tr><th>Categorie</th><th>Minimaal bruto jaarloon 2025</th>"
    "<th>Minimaal bruto jaarloon 2026</th></tr>"
    "<tr><th>Hooggeschoolde</th><td>€ 48.912</td><td>€ 50.205</td></tr></table>"
    "<p>Voor 2026 geeft dat € 50.205 : 13,92 = € 3.606,68 per maand.</p></main>"
)


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def night(con, bodies: dict[str, str], catalogue=None):
    """A run in which the sources of `bodies` serve them (CONFIG's others are not fetched)."""
    run_id, _ = store.start_run(con, "live", "1")
    fetch_all(con, run_id, CONFIG, bodies)
    result = parse_stage(con, run_id, CONFIG, catalogue=catalogue)
    store.finish_run(con, run_id, "completed", {})
    return run_id, result


def fetch_all(con, run_id: int, config, bodies: dict[str, str]) -> None:
    known = store.known_pages(con)
    for source in config.sources:
        if source.id not in bodies:
            continue
        attempt = Attempt(
            source_id=source.id,
            attempt=1,
            url=source.url,
            outcome="ok",
            status_code=200,
            body=bodies[source.id].encode(),
        )
        store.record_fetch(con, run_id, [attempt], known.get(source.id))
    store.upsert_sources(con, config.sources, run_id)


def test_a_lagging_translation_is_a_conflict_naming_both_pages(con):
    night(con, {"bc-en": BC_EN, "bc-fr": BC_FR})
    rows = con.execute(
        "SELECT source_id, lang, grp, value, per, effective_from FROM rule_conflicts "
        "WHERE rule_id = 'blue_card.salary_min' ORDER BY source_id"
    ).fetchall()
    assert [(r[0], r[1], r[2], r[3], r[4], str(r[5])) for r in rows] == [
        ("bc-en", "en", "bc", 4748.0, "month", "2026-01-01"),
        ("bc-fr", "fr", "bc", 4604.0, "month", "2026-01-01"),
    ]
    (today,) = rulebook.current(con, "blue_card.salary_min")
    # two pages, one value each: today's value is the stricter floor, stated by one page, disputed
    assert (today.jurisdiction, today.value, today.source_ids, today.pages, today.disagree) == (
        "brussels",
        4748.0,
        ("bc-en",),
        1,
        True,
    )


def test_a_first_night_tells_its_conflicts_and_no_rule_change(con, monkeypatch):
    """A first parse stage has no rule values before it, so it reads only the conflicts
    after it (`rulebook.state(values=False)`): what it tells is the same as a full read."""
    read = []
    real = rulebook.state

    def state(c, values=True):
        read.append(values)
        return real(c, values=values)

    monkeypatch.setattr(rulebook, "state", state)
    run_id, _ = night(con, {"bc-en": BC_EN, "bc-fr": BC_FR, "hq-nl": HQ_NL})
    told = con.execute(
        "SELECT change_kind, subject FROM changes WHERE run_id = ? AND rule_id IS NOT NULL "
        "AND change_kind LIKE 'rule%' ORDER BY change_id",
        [run_id],
    ).fetchall()
    assert told == [("rule_conflict", "blue_card.salary_min (brussels)")]
    assert read == [True, False]  # before the stage: all of it (empty); after: conflicts only
    night(con, {"hq-nl": HQ_NL.replace("50.205", "51.000")})
    assert read[2:] == [True, True]  # rule values before this one: both views, both times


@pytest.mark.parametrize("order", [("bc-en", "bc-fr"), ("bc-fr", "bc-en")])
def test_a_tie_between_pages_gives_the_same_value_whatever_came_first(con, order):
    """Two pages, one value each: a night and a rebuild (or two nights that met the pages in
    another order) must tell the same rule value, the stricter floor."""
    bodies = {"bc-en": BC_EN, "bc-fr": BC_FR}
    for source_id in order:  # one page a night, in the given order
        night(con, {source_id: bodies[source_id]})
    (today,) = rulebook.current(con, "blue_card.salary_min")
    assert (today.value, today.disagree) == (4748.0, True)
    rebuild(con, CONFIG)
    (again,) = rulebook.current(con, "blue_card.salary_min")
    assert again.value == 4748.0


def test_two_years_and_a_monthly_equivalent_are_not_conflicts(con):
    night(con, {"hq-nl": HQ_NL})
    assert con.execute("SELECT count(*) FROM rule_conflicts").fetchone() == (0,)
    history = rulebook.history(con, "single_permit.highly_qualified.salary_min")
    assert [(v.bound, str(v.effective_from), v.value, v.per) for v in history] == [
        ("exact", "2026-01-01", 3606.68, "month"),  # "Voor 2026 geeft dat … per maand"
        ("exact", "2026-01-01", 50205.0, "year"),
        ("min", "2025-01-01", 48912.0, "year"),  # the table's two year columns
        ("min", "2026-01-01", 50205.0, "year"),
    ]
    today = rulebook.current(con, "single_permit.highly_qualified.salary_min")
    # today's value is the latest year's, in the rule's own rate (a year), not its monthly pay
    assert [(t.value, t.per, str(t.effective_from), t.pages, t.disagree) for t in today] == [
        (50205.0, "year", "2026-01-01", 1, False)
    ]


def test_the_catalogue_is_a_table_and_a_new_catalogue_files_the_pages_again(con):
    night(con, {"bc-en": BC_EN})
    assert con.execute("SELECT count(*) FROM rules").fetchone()[0] == len(
        load_catalogue(ROOT / "rules.yaml").rules
    )
    assert con.execute("SELECT rule_id FROM current_amounts").fetchall() == [
        ("blue_card.salary_min",)
    ]
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    renamed = parse_catalogue(text.replace("id: blue_card.salary_min\n", "id: blue_card.pay\n"))
    run_id, result = night(con, {"bc-en": BC_EN}, catalogue=renamed)
    assert result.parsed == 1  # same body, new catalogue: parsed again
    assert con.execute("SELECT rule_id FROM current_amounts").fetchall() == [("blue_card.pay",)]
    told = con.execute("SELECT count(*) FROM changes WHERE run_id = ?", [run_id]).fetchone()
    assert told == (0,)  # filing a statement under a renamed rule is not a change of the page


def test_rebuild_recomputes_the_rules(con):
    night(con, {"bc-en": BC_EN, "bc-fr": BC_FR})
    con.execute("UPDATE amounts SET rule_id = NULL")
    rebuild(con, CONFIG)
    assert con.execute("SELECT count(*) FROM rule_conflicts").fetchone() == (2,)


THREE = parse_sources(
    "sources:\n"
    "  - {id: ap-en, publisher: flanders, lang: en, group: ap, url: 'https://x.be/en/ap'}\n"
    "  - {id: ap-nl, publisher: flanders, lang: nl, group: ap, url: 'https://x.be/nl/ap'}\n"
    "  - {id: ap-fr, publisher: flanders, lang: fr, group: ap, url: 'https://x.be/fr/ap'}\n"
)
POCKET = {
    "ap-en": "<main><h1>Au pair</h1><p>The host family pays at least EUR {n} pocket money a "
    "month.</p></main>",
    "ap-nl": "<main><h1>Au pair</h1><p>Het gastgezin betaalt minstens {n} euro zakgeld per "
    "maand.</p></main>",
    "ap-fr": "<main><h1>Au pair</h1><p>La famille d'accueil verse au moins {n} € d'argent de "
    "poche par mois.</p></main>",
}


def night_serving(con, config, bodies: dict[str, str]) -> int:
    """A completed run in which the sources of `bodies` serve them; its id."""
    run_id, _ = store.start_run(con, "live", "1")
    fetch_all(con, run_id, config, bodies)
    parse_stage(con, run_id, config)
    store.finish_run(con, run_id, "completed", {})
    return run_id


def night_of(con, config, bodies: dict[str, str]):
    run_id = night_serving(con, config, bodies)
    return con.execute(
        "SELECT change_kind, subject, old_value, new_value, reason FROM changes "
        "WHERE run_id = ? AND change_kind LIKE 'rule%' ORDER BY position",
        [run_id],
    ).fetchall()


def test_an_indexation_on_three_pages_is_one_rule_change_naming_them(con):
    assert night_of(con, THREE, {k: v.format(n=450) for k, v in POCKET.items()}) == []
    told = night_of(con, THREE, {k: v.format(n=480) for k, v in POCKET.items()})
    assert told == [
        (
            "rule_changed",
            "au_pair.pocket_money (flanders)",
            "at least EUR 450 per month",
            "at least EUR 480 per month",
            "stated by 3 page(s): ap-en, ap-fr, ap-nl",
        )
    ]


def test_a_translation_left_behind_is_one_conflict_then_resolved(con):
    night_of(con, THREE, {k: v.format(n=450) for k, v in POCKET.items()})
    lagging = {k: v.format(n=480) for k, v in POCKET.items()} | {
        "ap-fr": POCKET["ap-fr"].format(n=450)
    }
    told = night_of(con, THREE, lagging)
    assert [t[:2] for t in told] == [
        ("rule_changed", "au_pair.pocket_money (flanders)"),
        ("rule_conflict", "au_pair.pocket_money (flanders)"),
    ]
    assert "ap-fr (fr): EUR 450 per month" in told[1][3]
    assert "ap-en (en): EUR 480 per month" in told[1][3]
    told = night_of(con, THREE, {k: v.format(n=480) for k, v in POCKET.items()})
    assert [t[:2] for t in told] == [("rule_conflict_resolved", "au_pair.pocket_money (flanders)")]


def test_the_side_by_side_table_has_a_row_per_rule_and_a_column_per_region(con):
    from reports.rule_table import comparison, render_comparison

    night(con, {"bc-en": BC_EN, "bc-fr": BC_FR, "hq-nl": HQ_NL})
    rows = comparison(rulebook.current(con), rulebook.labels(con))
    by_rule = {r[0]: r for r in rows}
    # federal, flanders, brussels, wallonia, ostbelgien
    assert by_rule["single_permit.highly_qualified.salary_min"][3:] == (
        "",
        "≥ 50.205 EUR/year (2026)",
        "",
        "",
        "",
    )
    assert by_rule["blue_card.salary_min"][5].endswith("EUR/month (2026) !")  # disputed
    assert len(rows) == len({(r[0], r[2]) for r in rows}) == 2
    assert "!" in render_comparison(rulebook.current(con), rulebook.labels(con))
