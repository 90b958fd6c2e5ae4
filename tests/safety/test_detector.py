"""Behaviour of the deterministic crisis detector (bot/safety), on examples written for this suite.

Each case is (message, kind, category, imminent). ``category``/``imminent`` of None mean "not checked".
The independent evaluation set in tests/crisis/ is deliberately not used here.
"""
from __future__ import annotations

import threading
import time
from typing import List, NamedTuple, Optional

import pytest

from bot.safety.detector import CATEGORIES, CrisisDetector, Detection, get_detector

SSH, HCF, CAB, DV, MED, CSU, HTO = CATEGORIES[0], CATEGORIES[1], CATEGORIES[2], CATEGORIES[3], \
    CATEGORIES[4], CATEGORIES[5], CATEGORIES[6]


class Case(NamedTuple):
    text: str
    kind: str
    category: Optional[str] = None
    imminent: Optional[bool] = None


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return get_detector()


def _check(detector: CrisisDetector, case: Case) -> Detection:
    got = detector.detect(case.text)
    assert got.kind == case.kind, f"{case.text!r}: {got}"
    if case.category is not None or case.kind == "none":
        assert got.category == case.category, f"{case.text!r}: {got}"
    if case.imminent is not None:
        assert got.imminent == case.imminent, f"{case.text!r}: {got}"
    return got


def _params(cases: List[Case], prefix: str):
    return [pytest.param(c, id=f"{prefix}-{i:02d}-{c.text[:40]}") for i, c in enumerate(cases)]


# ------------------------------------------------------------------------------------------ suicide_self_harm
SUICIDE = [
    Case("i want to die", "crisis", SSH, False),
    Case("honestly i just wanna die. everyday is the same and im so tired", "crisis", SSH, False),
    Case("I’ve been thinking about killing myself", "crisis", SSH, False),
    Case("i keep having sucidal thoughts since the baby was born", "crisis", SSH, False),
    Case("feeling suicdal again tonight", "crisis", SSH),
    Case("i think i might kil myself", "crisis", SSH, False),
    Case("i just want to kms", "crisis", SSH, False),
    Case("sometimes i think about how to unalive myself", "crisis", SSH, False),
    Case("i dont want to be here anymore", "crisis", SSH, False),
    Case("my kids would be better off without me", "crisis", SSH, False),
    Case("i cant go on like this", "crisis", SSH, False),
    Case("i want to end it all", "crisis", SSH, False),
    Case("what's the point of living. nobody would even miss me", "crisis", SSH, False),
    Case("i wish i could go to sleep and never wake up", "crisis", SSH, False),
    Case("Im going to od", "crisis", SSH, False),
    Case("i have been cutting myself again", "crisis", SSH, False),
    Case("part of me wants to die", "crisis", SSH, False),
    Case("i don’t know if i want to live anymore", "crisis", SSH, False),
    Case("i no longer want to be alive", "crisis", SSH, False),
    Case("I'm not okay. I want to die.", "crisis", SSH, False),
    Case("no i want to die, that's the truth", "crisis", SSH),
]
SUICIDE_IMMINENT = [
    Case("i have the pills right here and im going to take them", "crisis", SSH, True),
    Case("I'm going to kill myself tonight", "crisis", SSH, True),
    Case("i just took all my pills", "crisis", SSH, True),
    Case("i took 30 tylenol an hour ago", "crisis", SSH, True),
    Case("im standing on the bridge. i want to end it", "crisis", SSH, True),
    Case("i want to die and i have a gun in my hand", "crisis", SSH, True),
    Case("i cut my wrists and its bleeding a lot", "crisis", SSH, True),
    Case("planning to end it when the kids are asleep", "crisis", SSH, True),
    Case("going to od right now", "crisis", SSH, True),
]


@pytest.mark.parametrize("case", _params(SUICIDE, "ssh") + _params(SUICIDE_IMMINENT, "ssh-now"))
def test_suicide_self_harm(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# --------------------------------------------------------------------------------------------------- Spanish
SPANISH = [
    Case("no quiero vivir", "crisis", SSH, False),
    Case("ya no quiero vivír, estoy cansada", "crisis", SSH, False),
    Case("me quiero morir", "crisis", SSH, False),
    Case("quiero morirme", "crisis", SSH, False),
    Case("kiero morirme ya", "crisis", SSH, False),
    Case("pienso en quitarme la vida", "crisis", SSH, False),
    Case("QUITARME LA VIDA es lo unico que pienso", "crisis", SSH, False),
    Case("quiero quitarme la vida esta noche", "crisis", SSH, True),
    Case("no qiero bivir mas", "crisis", SSH, False),
    Case("tengo las pastillas y me quiero morir", "crisis", SSH, True),
]


@pytest.mark.parametrize("case", _params(SPANISH, "es"))
def test_spanish(detector: CrisisDetector, case: Case) -> None:
    got = _check(detector, case)
    assert got.lang == "es"


def test_spanish_non_crisis_is_none_and_spanish(detector: CrisisDetector) -> None:
    got = detector.detect("hola, mi hijo tiene tres años y hace berrinches, que es la terapia cpp?")
    assert got.kind == "none" and got.lang == "es"


def test_spanish_negated_is_none(detector: CrisisDetector) -> None:
    assert detector.detect("no me quiero morir, solo estoy cansada").kind == "none"


# --------------------------------------------------------------------------------------- harm_to_child_fear
HARM_CHILD = [
    Case("im scared ill hurt my baby", "crisis", HCF, False),
    Case("I'm afraid I might shake her, she wont stop crying", "crisis", HCF, False),
    Case("i keep having intrusive thoughts of hurting my son", "crisis", HCF, False),
    Case("i dont trust myself alone with the baby right now", "crisis", HCF),
    Case("i feel like im about to lose control with him", "crisis", HCF, False),
    Case("please someone take the baby before i do something", "crisis", HCF, False),
    Case("im terrified of what i might do to her", "crisis", HCF, False),
    Case("sometimes i want to shake him so hard", "crisis", HCF, False),
    Case("i almost hit my daughter today", "crisis", HCF, False),
    Case("i shook the baby and now hes not acting right", "crisis", None, True),
    Case("i hit my son too hard and his lip is bleeding", "crisis", HCF, True),
]


@pytest.mark.parametrize("case", _params(HARM_CHILD, "hcf"))
def test_harm_to_child_fear(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# ---------------------------------------------------------------------------------------------- child_abuse
CHILD_ABUSE = [
    Case("my boyfriend hits my son when im at work", "crisis", CAB, False),
    Case("my daughter told me her uncle touched her private parts", "crisis", CAB, False),
    Case("i think my son is being abused at daycare", "crisis", CAB, False),
    Case("my neighbor beats her kids, i hear it through the wall", "crisis", CAB, False),
    Case("his dad leaves him alone in the car for hours", "crisis", CAB, False),
    Case("she came back from her dads with bruises all over her legs", "crisis", CAB, True),
    Case("my husband is hitting the baby right now", "crisis", CAB, True),
    Case("my sister’s boyfriend is choking my nephew please help", "crisis", CAB, True),
    Case("my 4 yo said grandpa hurts her and makes her keep secrets", "crisis", CAB, False),
    Case("my ex threatened to kill the kids", "crisis", CAB, False),
]


@pytest.mark.parametrize("case", _params(CHILD_ABUSE, "cab"))
def test_child_abuse(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# ----------------------------------------------------------------------------------------- domestic_violence
DOMESTIC = [
    Case("my husband hit me last night", "crisis", DV, False),
    Case("my bf choked me and i blacked out", "crisis", DV),
    Case("im scared of my partner, he said he would kill me if i leave", "crisis", DV, False),
    Case("he threatened to kill me", "crisis", DV, False),
    Case("i dont feel safe at home", "crisis", DV, False),
    Case("I'm in an abusive relationship and don't know what to do", "crisis", DV, False),
    Case("my ex is outside banging on the door", "crisis", DV, True),
    Case("he's here and he has a gun", "crisis", DV, True),
    Case("my husband is beating me right now", "crisis", DV, True),
    Case("my babydaddy keeps hitting me in front of the kids", "crisis", DV, False),
    Case("he's trying to break in, i locked myself in the bathroom with the kids", "crisis", DV, True),
]


@pytest.mark.parametrize("case", _params(DOMESTIC, "dv"))
def test_domestic_violence(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# ----------------------------------------------------------------------------------------------- child_medical
MEDICAL = [
    Case("my baby isnt breathing", "crisis", MED, True),
    Case("my toddler swallowed a button battery", "crisis", MED, True),
    Case("he drank some bleach from under the sink", "crisis", MED, True),
    Case("my son is chokd on a grape", "crisis", MED, True),
    Case("shes choking and turning blue", "crisis", MED, True),
    Case("my 2 year old got into my pills", "crisis", MED, True),
    Case("the baby wont wake up and hes all floppy", "crisis", MED, True),
    Case("my daughter is having a seizure", "crisis", MED, True),
    Case("he fell out of the second floor window", "crisis", MED, True),
    Case("my toddler ate some of my edibles", "crisis", MED, True),
    Case("I found her face down in the bathtub", "crisis", MED, True),
]


@pytest.mark.parametrize("case", _params(MEDICAL, "med"))
def test_child_medical(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# --------------------------------------------------------------------------------------------- child_suicidal
CHILD_SUICIDAL = [
    Case("my 5 year old keeps saying he wants to die", "crisis", CSU, False),
    Case("my daughter said she wants to kill herself", "crisis", CSU, False),
    Case("my son hurts himself on purpose when hes upset", "crisis", CSU, False),
    Case("she told me she wishes she was dead", "crisis", CSU, False),
    Case("my son tried to strangle himself with his hoodie string", "crisis", CSU, True),
    Case("my kid has a knife and says he wants to die", "crisis", CSU, True),
]


@pytest.mark.parametrize("case", _params(CHILD_SUICIDAL, "csu"))
def test_child_suicidal(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# -------------------------------------------------------------------------------------------- harm_to_others
OTHERS = [
    Case("im going to kill my ex", "crisis", HTO, False),
    Case("i want to hurt him so bad for what he did to us", "crisis", HTO, False),
    Case("ive been having thoughts about hurting people", "crisis", HTO, False),
    Case("I'm getting my gun and going over to his house", "crisis", HTO, True),
    Case("i am going to kill my neighbor tonight", "crisis", HTO, True),
]


@pytest.mark.parametrize("case", _params(OTHERS, "hto"))
def test_harm_to_others(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# -------------------------------------------------------------------------------------- hyperbole: check_in
HYPERBOLE = [
    Case("this potty training is gonna make me kms lol", "check_in", SSH),
    Case("if i hear baby shark again im jumping off a bridge 😂", "check_in", SSH),
    Case("my toddler is literally killing me", "check_in"),
    Case("these tantrums are killing me", "check_in"),
    Case("lmao i want to die, he just pooped in the bath", "check_in", SSH),
    Case("i could kill my husband, he forgot the diapers AGAIN", "check_in", HTO),
    Case("im about to lose it with this sleep regression", "check_in", HCF),
    Case("kill me now, day 4 of the stomach bug 🙃", "check_in"),
    Case("if she asks why one more time im gonna kms 😂😂", "check_in", SSH),
]


@pytest.mark.parametrize("case", _params(HYPERBOLE, "hyper"))
def test_hyperbole_is_a_check_in(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# ------------------------------------------------------------------------- negation and pseudo-negation
NEGATIONS = [
    Case("I'm not suicidal, just tired", "none"),
    Case("i would never hurt my baby", "none"),
    Case("i dont want to die, i just want to sleep", "none"),
    Case("i have never thought about killing myself", "none"),
    Case("im not going to hurt him, i just needed to vent", "none"),
    Case("he doesnt hit me, he just yells a lot", "none"),
    Case("I'm not afraid of my husband, he's great with the kids", "none"),
    Case("no one is hurting my son, i just want to understand his nightmares", "none"),
]
PSEUDO_NEGATIONS = [
    Case("not gonna lie, I've been planning how to end it", "crisis", SSH),
    Case("no joke i have the pills right here", "crisis", SSH, True),
    Case("i'm not kidding i want to die", "crisis", SSH),
    Case("ngl i think about dying a lot", "crisis", SSH),
    Case("i cant stop thinking about killing myself", "crisis", SSH),
    Case("im not even joking lol i want to die", "crisis", SSH),
    Case("i dont think i can go on", "crisis", SSH),
    Case("im not ok i want to kill myself", "crisis", SSH),
]


@pytest.mark.parametrize("case", _params(NEGATIONS, "neg") + _params(PSEUDO_NEGATIONS, "pseudo"))
def test_negation(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# ------------------------------------------------------------------ idioms, questions, past, play, hotlines
NOT_CRISES = [
    # idioms
    Case("just killing time at the pediatrician's office", "none"),
    Case("i'm dying to know how the first session works", "none"),
    Case("i am dead tired, she was up 5 times", "none"),
    Case("that joke killed me", "none"),
    Case("my back is killing me from carrying him", "none"),
    Case("i'd kill for a full night of sleep", "none"),
    Case("i need to cut myself some slack", "none"),
    Case("he shook his head and said no", "none"),
    Case("my phone died so i missed the call", "none"),
    Case("the swelling from his shots should subside soon", "none"),
    Case("i was frowning when i read the report", "none"),
    Case("i cooked dinner while he napped", "none"),
    Case("i'm overdoing it with the screen time", "none"),
    Case("is popcorn a choking hazard for a 2 year old", "none"),
    Case("we drove 20 kms to get to the clinic", "none"),
    # questions about CPP and violence
    Case("is cpp for kids who saw domestic violence?", "none"),
    Case("does cpp help after a parent died", "none"),
    Case("can cpp help a child who was sexually abused?", "none"),
    Case("what are signs of abuse in toddlers", "none"),
    Case("how do I talk to kids about suicide after my brother died by suicide?", "check_in", SSH),
    # resolved past
    Case("we left my abusive ex 3 years ago", "none"),
    Case("my foster son was abused before he came to us", "none"),
    Case("when i was a kid my dad beat me", "none"),
    Case("my ex used to hit me but we got out and we are safe now", "none"),
    Case("his bio mom neglected him, he has been with us since he was 1", "none"),
    # play themes and drawings
    Case("he plays that the dinosaurs die", "none"),
    Case("in his play the daddy doll hits the mommy doll", "none"),
    Case("she pretends the baby doll isn't breathing and then saves it", "none"),
    Case("he drew a picture of a monster killing everyone", "none"),
    # asking for the crisis line
    Case("what's the number for the suicide hotline?", "none"),
    Case("can you give me the crisis line number just in case", "none"),
    Case("what is the domestic violence hotline number", "none"),
    Case("whats poison controls number, want to save it in my phone", "none"),
    # toddlers and siblings, ordinary parenting
    Case("my toddler hits me when he's mad", "none"),
    Case("my 3 year old bit his sister", "none"),
    Case("my son hits the baby when he's jealous, is that normal?", "none"),
    Case("she throws toys at me during tantrums", "none"),
    Case("my daughter keeps saying 'i hate you' when i say no", "none"),
    Case("how do I prepare my child for the first CPP session?", "none"),
    Case("he has nightmares since his grandpa died", "none"),
    Case("i don't want to wake him up from his nap", "none"),
    Case("we don't want to live in this apartment anymore", "none"),
    Case("I can't go on the field trip tomorrow, can we reschedule?", "none"),
    Case("i had a panic attack yesterday but i'm ok now", "none"),
]


@pytest.mark.parametrize("case", _params(NOT_CRISES, "not"))
def test_not_a_crisis(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# ----------------------------------------------------------------------------------------- embedded crisis
def test_crisis_sentence_in_a_long_innocent_message(detector: CrisisDetector) -> None:
    filler = ("We started CPP last month and my son seems calmer at bedtime. His daycare teacher says he is "
              "sharing more. I had questions about the homework between sessions and what to do when he "
              "refuses to talk. ")
    text = filler * 3 + "Honestly some nights i want to die. " + filler * 2
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", SSH)


def test_crisis_at_the_end_of_a_very_long_message_is_seen(detector: CrisisDetector) -> None:
    text = "we had a good week with the routine chart. " * 400 + "anyway i have the pills right here."
    assert len(text) > 10000
    got = detector.detect(text)
    assert (got.kind, got.category, got.imminent) == ("crisis", SSH, True)


def test_imminent_category_beats_precedence(detector: CrisisDetector) -> None:
    # harm_to_child_fear comes before domestic_violence, but only the DV part is happening now.
    got = detector.detect("i'm scared i'll hurt my baby. my husband is outside banging on the door")
    assert (got.kind, got.category, got.imminent) == ("crisis", DV, True)


def test_precedence_without_imminence(detector: CrisisDetector) -> None:
    got = detector.detect("my son keeps saying he wants to die and i dont want to be here anymore either")
    assert (got.kind, got.category) == ("crisis", CSU)


# ----------------------------------------------------------------------------------------- input hygiene
@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\x00\x01\x02", "😂😂😂", "?!", "."],
                         ids=["empty", "spaces", "whitespace", "controls", "emoji", "punct", "dot"])
def test_empty_and_junk_input(detector: CrisisDetector, text: str) -> None:
    got = detector.detect(text)
    assert got == Detection("none", None, False, "en", ()) or got.kind == "none"


def test_none_input_is_none(detector: CrisisDetector) -> None:
    assert detector.detect(None).kind == "none"  # type: ignore[arg-type]


def test_100kb_message_is_fast_and_correct(detector: CrisisDetector) -> None:
    text = ("my son likes trucks and we read books before bed. " * 2100)[:100_000]
    start = time.perf_counter()
    assert detector.detect(text).kind == "none"
    assert detector.detect(text + " i want to kill myself").kind == "crisis"
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("text", [
    "i want to\x00 die", "i want to die\x1b[0m", "i want\u200b to die", "I WANT TO DIE", "i wanna dieeee",
    "I\u2019m going to kill myself", "im gonna kill myself", "i dont want to be here anymore\r\n",
    "i want to\tdie", "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
], ids=["nul", "ansi", "zero-width", "caps", "stretched", "curly", "no-apostrophe", "crlf", "tab", "fullwidth"])
def test_hygiene_variants_still_detected(detector: CrisisDetector, text: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", SSH)


def test_detection_never_contains_the_message(detector: CrisisDetector) -> None:
    text = "my boyfriend hit me and i want to die"
    got = detector.detect(text)
    for rule_id in got.rules:
        assert rule_id not in text and "." in rule_id
    assert all(isinstance(v, (str, bool, tuple, type(None))) for v in got.__dict__.values())


def test_detection_is_frozen(detector: CrisisDetector) -> None:
    got = detector.detect("i want to die")
    with pytest.raises(Exception):
        got.kind = "none"  # type: ignore[misc]


def test_singleton_is_thread_safe() -> None:
    seen: List[int] = []
    results: List[str] = []

    def work() -> None:
        d = get_detector()
        seen.append(id(d))
        results.append(d.detect("i just took all my pills").kind)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 1 and results == ["crisis"] * 8


# ----------------------------------------------------------------------------------------------- timing
TYPICAL = [c.text for group in (SUICIDE, SUICIDE_IMMINENT, HARM_CHILD, CHILD_ABUSE, DOMESTIC, MEDICAL,
                                OTHERS, HYPERBOLE, NEGATIONS, NOT_CRISES) for c in group]


def test_p99_latency_for_typical_messages(detector: CrisisDetector) -> None:
    for text in TYPICAL:  # warm caches
        detector.detect(text)
    times = []
    for _ in range(5):
        for text in TYPICAL:
            t0 = time.perf_counter()
            detector.detect(text)
            times.append(time.perf_counter() - t0)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    # Target is 2 ms; the bound is looser so a busy CI machine does not make this flaky.
    assert p99 < 0.010, f"p99 {p99 * 1000:.2f} ms"
