"""The compositional rule families (issue #3): who + what + to whom over lemma and person classes, typo repair,
and the scope fixes they rely on. Most cases come straight from the development sets written for them
(tests/crisis/dev_set_2.jsonl and dev_set_3.jsonl, see tests/crisis/README.md); the hold-out sets are never
used here."""
from __future__ import annotations


import pytest

from bot.safety.detector import CrisisDetector
from bot.safety.rules import default_rulebook
from bot.safety.spelling import Speller, inflections






# ---------------------------------------------------------------------------------------------- categories
@pytest.mark.parametrize("text, category", [
    # Agent class + violence lemma + child, in any tense and with a gap.
    ("my bf hits my son when im at work", "child_abuse"),
    ("the daycare lady slapped my kid", "child_abuse"),
    ("my son was hit by his stepdad again", "child_abuse"),
    ("my daughter has been getting hit at her grandmother's house", "child_abuse"),
    ("his grandpa keeps showing him dirty videos", "child_abuse"),
    ("my kids' father is drunk and just drove off with them in the car", "child_abuse"),
    ("my 4 year old is missing, i can't find him anywhere", "child_abuse"),
    # The writer's own hands: harm_to_child_fear.
    ("i lost my temper and hit my son with a closed fist", "harm_to_child_fear"),
    ("im afraid if i stay in the same room as my son tonight ill hurt him", "harm_to_child_fear"),
    ("i keep having images of stabbing my baby", "harm_to_child_fear"),
    # Partner + violence + me, active, passive, slang.
    ("he smashed my head into the dashboard", "domestic_violence"),
    ("i was beaten by my husband last night", "domestic_violence"),
    ("my bd be putting hands on me", "domestic_violence"),
    ("he put a tracker on my car", "domestic_violence"),
    # Threats, first and third person.
    ("i want him dead for what he did to my daughter", "harm_to_others"),
    ("my husband said he's going to kill his brother", "harm_to_others"),
    ("i'm going to beat his ass", "harm_to_others"),
    # Suicide phrases said of a child are the child's.
    ("my son said he doesnt want to live anymore", "child_suicidal"),
    ("my 11 year old keeps saying everyone would be better off without him", "child_suicidal"),
    ("my daughter has cuts all over her thighs", "child_suicidal"),
    # The caregiver's own, indirect.
    ("my kids would be fine without me, im sure of it", "suicide_self_harm"),
    ("i googled the lethal dose of my antidepressants last night", "suicide_self_harm"),
    ("every night i pray god takes me in my sleep", "suicide_self_harm"),
    # Medical.
    ("my son fell out of the second story window", "child_medical"),
    ("my kid drank some of the drain cleaner", "child_medical"),
])
def test_compositional_families(detector: CrisisDetector, text: str, category: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", category), f"{text!r}: {got}"


@pytest.mark.parametrize("text", [
    "quiero desaparecer para siempre", "ya me canse de vivir", "estoy pensando en tomarme todas las pastillas",
    "me estoy cortando otra vez", "tengo un plan para matarme", "siento que soy una carga para todos",
])
def test_spanish_variants(detector: CrisisDetector, text: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category, got.lang) == ("crisis", "suicide_self_harm", "es"), f"{text!r}: {got}"


@pytest.mark.parametrize("text", [
    "my son says he's going to beat his brother at mario kart",
    "my daughter wants to kill the monster under her bed",
    "i'm tired of living paycheck to paycheck",
    "i feel like a burden to my friends when i ask for help with childcare, is that normal?",
    "my husband threw a pillow at me as a joke",
    "i swallowed a whole bottle of water after the gym",
    "i pushed my son on the swing and he laughed so hard",
    "i need to see him smile again",
    "can i give my 1 year old benadryl so he sleeps",
    "he took two gummy vitamins instead of one",
    "my daughter knocked out her loose tooth, some blood but she's happy",
    "my daughter is scared of the dark and says monsters will hurt her",
    "what are the warning signs that a child is being abused? i'm a teacher",
    "my kids would be fine without me for a weekend, should i take the trip?",
])
def test_near_misses_of_the_families(detector: CrisisDetector, text: str) -> None:
    assert detector.detect(text).kind != "crisis", text


# ------------------------------------------------------------------------------------------------- scope
def test_a_clause_with_its_own_subject_is_not_negated_by_the_clause_before(detector: CrisisDetector) -> None:
    assert detector.detect("when he won't sleep i imagine throwing him out the window").kind == "crisis"
    assert detector.detect("i would never hurt my baby").kind == "none"


@pytest.mark.parametrize("text", [
    "ya no se que hacer, ella me golpea", "no se, el me pega", "no se que hacer y el me amenaza",
    "no aguanto mas, ella me empuja",
])
def test_a_negation_does_not_reach_past_the_break_a_phrase_opens_with(detector: CrisisDetector, text: str) -> None:
    """Some Spanish rules open with their clause break (", ella me golpea": "ella" alone is also "the"); a "no"
    before that break belongs to the clause before, as it would if the break were outside the phrase."""
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", "domestic_violence"), text
    assert detector.detect("no es cierto que el me pegue").kind == "none"


@pytest.mark.parametrize("text, now", [
    ("mi esposo me amenazo con una pistola anoche", False), ("my husband threatened me with a gun last night", False),
    ("he put a gun to my head during an argument yesterday", False),
    ("mi esposo me amenaza con una pistola ahorita", True), ("he has a gun to my head right now", True),
])
def test_partner_violence_with_a_weapon_leads_with_911_only_when_it_is_not_dated_earlier(
        detector: CrisisDetector, text: str, now: bool) -> None:
    """A rule's own imminence ("imminent: weapon") is dated like the cues near it: English and Spanish agree."""
    got = detector.detect(text)
    assert (got.kind, got.category, got.imminent) == ("crisis", "domestic_violence", now), text


@pytest.mark.parametrize("text, kind", [
    ("hace dos años se trago una moneda y la saco solita", "check_in"),  # a child's medical scare long over
    ("hace dos años mi ex me pegaba, ahora estamos bien", "none"),
    ("cuando era niña mi tio me tocaba", "none"),
    ("el año pasado mi esposo me ahorco y anoche me amenazo otra vez", "crisis"),  # over, then again now
    ("mi hijo se trago una moneda hace dos horas", "crisis"),
])
def test_a_spanish_resolved_past_is_read_like_the_english_one(detector: CrisisDetector, text: str, kind: str) -> None:
    """"hace dos años", "el año pasado", "cuando era niña" resolve what they date, as "years ago" does; "otra vez",
    "anoche" keep it going on."""
    assert detector.detect(text).kind == kind, text


@pytest.mark.parametrize("text", [
    "mi esposo me acaba de golpear y los niños lo vieron", "ahorita le esta pegando a mi hija con el cinto",
    "mi ex esta afuera tocando la puerta y grita que me va a matar",
])
def test_spanish_danger_now_leads_with_911(detector: CrisisDetector, text: str) -> None:
    """"ahorita", "acaba de", "esta afuera" are the Spanish "right now", "just", "is outside" (cue.danger_now)."""
    got = detector.detect(text)
    assert (got.kind, got.imminent) == ("crisis", True), f"{text!r}: {got}"


def test_he_is_not_the_kids(detector: CrisisDetector) -> None:
    got = detector.detect("he's never hit the kids but he hits me")
    assert (got.kind, got.category) == ("crisis", "domestic_violence")


def test_the_reporter_is_not_the_one_reported_on(detector: CrisisDetector) -> None:
    assert detector.detect("my husband says he wants to die").category == "suicide_self_harm"
    assert detector.detect("my son says he wants to die").category == "child_suicidal"


# ---------------------------------------------------------------------------------------------- spelling
@pytest.mark.parametrize("typed, meant", [
    ("husbnd", "husband"), ("boyfreind", "boyfriend"), ("slaped", "slapped"), ("strangld", "strangled"),
    ("babby", "baby"), ("swalowed", "swallowed"), ("threatend", "threatened"),
])
def test_typos_are_repaired_towards_rule_words(detector: CrisisDetector, typed: str, meant: str) -> None:
    assert detector._speller.fix(typed) == meant


@pytest.mark.parametrize("word", ["dye", "bluey", "smh", "ngl", "lol", "jaxon", "cocomelon"])
def test_real_words_short_words_and_names_are_left_alone(detector: CrisisDetector, word: str) -> None:
    assert detector._speller.fix(word) is None


@pytest.mark.parametrize("word", ["pagina", "genial", "molesto", "molesta", "vieron", "tarea", "duda", "lado",
                                  "graba", "viejo", "baba"])
def test_everyday_spanish_words_are_not_typos(detector: CrisisDetector, word: str) -> None:
    """Each of these was one edit from a rule word and was "repaired" ("pagina" -> "vagina", "molesto" -> "molest",
    "vieron" -> "dieron") until the speller learnt spanish_words.txt (and KEEP)."""
    assert detector._speller.fix(word) is None


@pytest.mark.parametrize("typed, meant", [("vivi", "vivir"), ("mori", "morir"), ("pesando", "pensando")])
def test_a_spanish_slip_that_is_a_spanish_word_is_still_read_as_the_spanish_rule_word(
        detector: CrisisDetector, typed: str, meant: str) -> None:
    """"no quiero vivi" (the final r dropped), "estoy pesando en matarme": Spanish words, but one edit from a word
    of the Spanish rules, which is what the writer meant."""
    assert detector._speller.fix(typed) == meant


@pytest.mark.parametrize("typed, meant", [("babi", "baby"), ("pison", "poison")])
def test_english_typos_that_are_rare_spanish_words_are_still_repaired(detector: CrisisDetector, typed: str,
                                                                      meant: str) -> None:
    """"babi" and "pison" are Spanish forms too rare for the word list's frequency cut: typos here."""
    assert detector._speller.fix(typed) == meant


@pytest.mark.parametrize("text", ["mi hijo esta molesto porque no lo dejaron jugar",
                                  "en la pagina 3 del folleto dice que las sesiones son cada semana"])
def test_spanish_messages_are_not_read_through_english_repairs(detector: CrisisDetector, text: str) -> None:
    assert detector.detect(text).kind == "none", text


def test_the_spanish_word_list_is_what_its_script_builds() -> None:
    from scripts.build_spanish_words import main

    assert main(["--check"]) == 0


def test_speller_on_its_own() -> None:
    speller = Speller(["strangle", "strangled", "husband"], known_words={"the", "dye"})
    assert speller.correct("he strangld me and my husbnd saw. the dye") == "he strangled me and my husband saw. the dye"
    assert "slapped" in inflections("slap") and "hurries" in inflections("hurry")


@pytest.mark.parametrize("text, category", [
    ("my husbnd hit me again", "domestic_violence"), ("he strangld me", "domestic_violence"),
    ("my babby isnt breathing", "child_medical"), ("my son swalowed a battery", "child_medical"),
    ("my boyfreind hit my son", "child_abuse"),
])
def test_typos_in_key_words_still_escalate(detector: CrisisDetector, text: str, category: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", category), f"{text!r}: {got}"


# ---------------------------------------------------------------------------------------- rule language
def test_percent_set_matches_every_inflection() -> None:
    patterns = default_rulebook().compiled["cab.fam.agent"]
    lemma_specs = [spec for pat in patterns for spec in pat if "LEMMA" in spec]
    assert any("hit" in spec["LEMMA"].get("IN", ()) for spec in lemma_specs)


