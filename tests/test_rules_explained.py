"""A page's amount change is shown under the rule change that explains it: paired by the facts
it opened, so two statements in one sentence (one quote) are each filed under their own rule."""

import pytest

from tests.test_rules_warehouse import THREE, night_serving
from warehouse import changes, schema

# One sentence, two rules: the pocket money and the weekly hours share a quote.
BOTH = {
    "ap-en": "<main><h1>Au pair</h1><p>The host family pays at least EUR {money} pocket money "
    "a month and the au pair helps in the household at most {hours} hours a week.</p></main>",
    "ap-nl": "<main><h1>Au pair</h1><p>Het gastgezin betaalt minstens {money} euro zakgeld "
    "per maand en de au pair helpt in het huishouden hoogstens {hours} uur per week.</p></main>",
    "ap-fr": "<main><h1>Au pair</h1><p>La famille d'accueil verse au moins {money} € d'argent "
    "de poche par mois et l'au pair aide aux tâches ménagères au plus {hours} heures par "
    "semaine.</p></main>",
}


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def night(con, money: int, hours: int) -> int:
    bodies = {k: v.format(money=money, hours=hours) for k, v in BOTH.items()}
    return night_serving(con, THREE, bodies)


def test_two_changes_in_one_sentence_are_each_explained_by_their_own_rule(con):
    night(con, money=450, hours=20)
    run_id = night(con, money=480, hours=18)
    told = changes.run_changes(con, run_id)
    by_id = {c["change_id"]: c for c in told}
    rule_changes = {
        c["rule_id"]: c["change_id"] for c in told if c["change_kind"] == "rule_changed"
    }
    assert sorted(rule_changes) == ["au_pair.hours_per_week", "au_pair.pocket_money"]
    page_changes = [c for c in told if c["change_kind"] == "amount_changed"]
    assert len(page_changes) == 6  # two figures on each of three pages
    for change in page_changes:
        rule = by_id[change["explained_by"]]
        # the sentence is one quote for both figures: each goes under its own rule's change
        assert rule["rule_id"] == change["rule_id"], change["new_value"]
        assert rule["change_id"] == rule_changes[change["rule_id"]]


def test_a_figure_whose_rule_did_not_change_is_not_explained_by_its_neighbour(con):
    night(con, money=450, hours=20)
    # the Dutch page alone changes its hours: two pages of three still say 20, so the rule's
    # value is disputed, not changed; all three change the pocket money: one rule change,
    # which explains those figures and not the hours of the same sentence
    bodies = {k: v.format(money=480, hours=18 if k == "ap-nl" else 20) for k, v in BOTH.items()}
    run_id = night_serving(con, THREE, bodies)
    told = changes.run_changes(con, run_id)
    explained = {
        (c["source_id"], c["rule_id"]): c["explained_by"]
        for c in told
        if c["change_kind"] == "amount_changed"
    }
    (pocket,) = [c["change_id"] for c in told if c["change_kind"] == "rule_changed"]
    assert explained == {
        ("ap-en", "au_pair.pocket_money"): pocket,
        ("ap-fr", "au_pair.pocket_money"): pocket,
        ("ap-nl", "au_pair.pocket_money"): pocket,
        ("ap-nl", "au_pair.hours_per_week"): None,  # same sentence, a rule that did not change
    }


def test_changes_told_before_they_named_their_facts_are_paired_by_quote(con):
    night(con, money=450, hours=20)
    run_id = night(con, money=480, hours=20)
    con.execute("UPDATE changes SET new_fact_id = NULL, old_fact_id = NULL")  # before 009
    told = changes.run_changes(con, run_id)
    (pocket,) = [c["change_id"] for c in told if c["change_kind"] == "rule_changed"]
    page = [c["explained_by"] for c in told if c["change_kind"] == "amount_changed"]
    assert page == [pocket, pocket, pocket]
