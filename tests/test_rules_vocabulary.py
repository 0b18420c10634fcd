"""The cue words around an amount: found at word starts only, however the text is spaced."""

from rules.match import Vocabulary

CUES = {"hooggeschool", "90 dagen", "au pair", "à partir", "geldig", "mb"}


def test_a_cue_matches_the_start_of_a_longer_word_in_any_case():
    found = Vocabulary(CUES).find("De Hooggeschoolde werknemer")
    assert found == {"hooggeschool"}


def test_a_cue_inside_a_word_or_after_a_hyphen_is_not_found():
    vocabulary = Vocabulary(CUES)
    assert vocabulary.find("ongeldig verklaard") == frozenset()
    assert vocabulary.find("een niet-geldig document") == frozenset()


def test_a_cue_after_punctuation_or_an_apostrophe_is_found():
    vocabulary = Vocabulary(CUES)
    assert vocabulary.find("(geldig tot 2026)") == {"geldig"}
    assert vocabulary.find("l'au pair reçoit") == {"au pair"}


def test_a_space_in_a_cue_matches_any_run_of_white_space():
    vocabulary = Vocabulary(CUES)
    assert vocabulary.find("meer dan 90\u00a0 dagen") == {"90 dagen"}
    assert vocabulary.find("à\n  partir du 1er mai") == {"à partir"}


def test_every_cue_of_a_sentence_is_found_and_short_cues_too():
    found = Vocabulary(CUES).find("Au pair: geldig 1 jaar, een PDF van 20 MB")
    assert found == {"au pair", "geldig", "mb"}


def test_a_cell_and_its_headers_are_read_part_by_part():
    found = Vocabulary(CUES).find("EUR 48.912 | Hooggeschoolden | geldig vanaf 2025")
    assert found == {"hooggeschool", "geldig"}
