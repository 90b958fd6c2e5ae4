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
    # An overdose thought of, or an attempt by other means last night: no 911 from the overdose rule (SUICIDE_IMMINENT).
    Case("i have been thinking about overdosing", "crisis", SSH, False),
    Case("i tried to end it last night", "crisis", SSH, False),
    Case("i no longer want to be alive", "crisis", SSH, False),
    Case("I'm not okay. I want to die.", "crisis", SSH, False),
    Case("no i want to die, that's the truth", "crisis", SSH),
]
SUICIDE_IMMINENT = [
    Case("i have the pills right here and im going to take them", "crisis", SSH, True),
    Case("I'm going to kill myself tonight", "crisis", SSH, True),
    Case("i just took all my pills", "crisis", SSH, True),
    # An overdose taken hours ago is 911 now: it can look like nothing for a day (not-imminent twins under SUICIDE).
    Case("I'm parked at the lake and I've taken most of my pills", "crisis", SSH, True),
    Case("i tried to overdose last night and nobody knows", "crisis", SSH, True),
    Case("took a bunch of my pills last night, feel weird", "crisis", SSH, True),
    Case("swallowed like 15 tylenol this morning and i feel fine so idk", "crisis", SSH, True),
    Case("i took 30 tylenol an hour ago", "crisis", SSH, True),
    Case("im standing on the bridge. i want to end it", "crisis", SSH, True),
    Case("i want to die and i have a gun in my hand", "crisis", SSH, True),
    Case("i cut my wrists and its bleeding a lot", "crisis", SSH, True),
    Case("planning to end it when the kids are asleep", "crisis", SSH, True),
    Case("going to od right now", "crisis", SSH, True),
]


SUICIDE_MORE = [
    Case("tbh i think about not existing a lot", "crisis", SSH, False),
    Case("everyone would honestly be happier if i just disappeared", "crisis", SSH, False),
    Case("thinkin bout endin it all ngl", "crisis", SSH, False),
    Case("i dnt wanna be alive nemore", "crisis", SSH, False),
    Case("been burning myself again after the kids go down", "crisis", SSH),
    Case("i looked up how many tylenol it would take", "crisis", SSH, False),
    Case("im writing goodbye letters to my girls", "crisis", SSH, True),
    Case("whats the waitlist? nvm i wont be around by then anyway", "crisis", SSH, False),
    Case("today was awful, i want to die", "crisis", SSH, False),
    Case("i want to die today", "crisis", SSH, True),
    Case("theres a rope in the garage and i keep thinking about it", "crisis", SSH, True),
    Case("the kids are at their dads this weekend so saturday is the day i do it", "crisis", SSH),
    Case("my husband says he wants to kill himself", "crisis", SSH, False),
]


@pytest.mark.parametrize("case", _params(SUICIDE, "ssh") + _params(SUICIDE_IMMINENT, "ssh-now")
                         + _params(SUICIDE_MORE, "ssh-more"))
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


SPANISH_OTHER = [
    Case("mi novio me golpea", "crisis", DV),
    Case("mi bebe no respira!!", "crisis", MED, True),
    Case("mi hija dice que quiere morirse", "crisis", CSU),
    Case("lo voy a matar", "crisis", HTO),
    Case("el papa de mi hijo le pega a mi hijo", "crisis", CAB),
]


@pytest.mark.parametrize("case", _params(SPANISH_OTHER, "es-other"))
def test_spanish_other_categories(detector: CrisisDetector, case: Case) -> None:
    assert _check(detector, case).lang == "es"


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


HARM_CHILD_MORE = [
    Case("i had to put him in his crib and walk away before i hurt him", "crisis", HCF, False),
    Case("i came really close to slapping my daughter today", "crisis", HCF, False),
    Case("i honestly think im a danger to my kids right now", "crisis", HCF),
    Case("i keep picturing throwing the baby and it terrifies me", "crisis", HCF, False),
    Case("im gonna shake him if he doesnt stop crying", "crisis", HCF, False),
    Case("i feel like i could hurt her im so angry", "crisis", HCF, False),
    Case("i'm worried i'll drop the baby when i'm this tired", "none"),
    Case("i'm scared i'll roll over on him if we co sleep", "none"),
    Case("i slapped my son's hand away from the stove", "none"),
]


@pytest.mark.parametrize("case", _params(HARM_CHILD, "hcf") + _params(HARM_CHILD_MORE, "hcf-more"))
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


CHILD_ABUSE_MORE = [
    Case("the sitter left bruises on my baby's arms", "crisis", CAB, True),
    Case("my stepdaughter said her moms boyfriend sits on her till she cant breathe", "crisis", CAB),
    Case("my foster son told me his bio dad touched him down there", "crisis", CAB, False),
    Case("the baby has bruises and my boyfriend says she fell off the couch", "crisis", CAB, True),
    Case("i can hear the neighbor hitting his kids", "crisis", CAB),
    Case("my ex whoops my 3yo with a belt", "crisis", CAB),
    Case("he left the kids alone all weekend with no food", "crisis", CAB, False),
    Case("her stepmom won't let her eat dinner as punishment", "crisis", CAB, False),
    Case("my son's dad is drunk and dropping him on purpose", "crisis", CAB),
]


@pytest.mark.parametrize("case", _params(CHILD_ABUSE, "cab") + _params(CHILD_ABUSE_MORE, "cab-more"))
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


DOMESTIC_MORE = [
    Case("he grabbed me by the throat", "crisis", DV),
    # A blow to a pregnant belly needs a doctor now (review 33): 911 first.
    Case("my bf kicked me in the stomach and im pregnant", "crisis", DV, True),
    Case("he takes all my money and tracks my phone", "crisis", DV, False),
    Case("my ex has a restraining order and he's outside right now", "crisis", DV, True),
    Case("he told me if i leave he will take the kids", "crisis", DV, False),
    Case("my husband broke my nose", "crisis", DV, True),
    Case("my partner threatens me every single day", "crisis", DV, False),
    Case("she texted me a pic of a knife and said i'm next", "crisis", DV),
    Case("my toddler hits me when he's tired", "none"),
    Case("my ex hits the gym every day", "none"),
]


@pytest.mark.parametrize("case", _params(DOMESTIC, "dv") + _params(DOMESTIC_MORE, "dv-more"))
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


MEDICAL_MORE = [
    Case("my son drank some of my vodka", "crisis", MED, True),
    Case("she hit her head on the tile and now she keeps throwing up", "crisis", MED, True),
    Case("my baby rolled off the changing table and has a huge lump on her head", "crisis", MED, True),
    Case("he went stiff and his arms started jerking", "crisis", MED, True),
    Case("my granddaughter ate a handful of my blood pressure pills", "crisis", MED, True),
    Case("my baby's lips r blue", "crisis", MED, True),
    Case("my husband overdosed and isnt waking up", "crisis", MED, True),
    Case("he choked on a grape last year but he's fine now", "check_in", MED, False),
    Case("what do i do if my baby is choking?", "none"),
    Case("i choked on my coffee lol", "none"),
]


@pytest.mark.parametrize("case", _params(MEDICAL, "med") + _params(MEDICAL_MORE, "med-more"))
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


CHILD_SUICIDAL_MORE = [
    Case("my 4 yo keeps saying i want to be dead", "crisis", CSU, False),
    Case("she looked at me and said mommy i want to die", "crisis", CSU, False),
    Case("my son told his preschool teacher he wants to die", "crisis", CSU, False),
    Case("my toddler bangs his head on the floor until it bleeds", "crisis", CSU),
    Case("she scratches herself until she bleeds when shes upset", "crisis", CSU),
    Case("my boy keeps screaming kill me kill me after visits", "crisis", CSU),
    Case("my daughter said she wants the car to hit her", "crisis", CSU),
    Case("he says he wants to go to heaven to see grandpa", "check_in", CSU, False),
]


@pytest.mark.parametrize("case", _params(CHILD_SUICIDAL, "csu") + _params(CHILD_SUICIDAL_MORE, "csu-more"))
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


OTHERS_MORE = [
    Case("im going to find the man who touched my daughter and kill him", "crisis", HTO, False),
    Case("if that coach yells at my kid again ill break his neck", "crisis", HTO, False),
    Case("i have a gun and i'm driving to his place", "crisis", HTO, True),
    Case("gonna murder my mother in law fr", "crisis", HTO, False),
    Case("i could kill the nurse who ignored us and i know where she lives", "crisis", HTO, True),
    # Bringing a bat to "make him pay" is a threat with the means at hand (issue #3: "make him pay", "bring a
    # gun"): a bat counts as a weapon since the compositional rules, so this escalates (911 + 988).
    Case("i want to make my ex pay, im bringing a bat", "crisis", HTO, True),
    Case("im going to hurt my sons dad when i see him", "crisis", HTO, False),
]


@pytest.mark.parametrize("case", _params(OTHERS, "hto") + _params(OTHERS_MORE, "hto-more"))
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


HYPERBOLE_MORE = [
    Case("ugh i want to die of embarrassment, she licked the shopping cart", "check_in", SSH),
    Case("my kid flushed my keys down the toilet, im dead 💀", "check_in"),
    Case("this nap strike is making me lose my mind lol", "check_in"),
    Case("in laws here for a week, i might not survive", "check_in"),
    Case("lol i could strangle whoever invented glitter", "check_in"),
    Case("this 4 month regression is murdering me haha", "check_in"),
    Case("if cocomelon plays again im walking into the sea 😂", "check_in", SSH),
    Case("haha i have all my pills lined up", "crisis", SSH, True),
]


@pytest.mark.parametrize("case", _params(HYPERBOLE, "hyper") + _params(HYPERBOLE_MORE, "hyper-more"))
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


# -------------------------------------------------------------------- phrasing families (second round)
# One family per block: several ways people say the same thing, so that a rule cannot fit one sentence.
FAMILIES = [
    Case('swallowed maybe 15 of my anxiety meds about an hour ago', 'crisis', SSH, True),
    Case('i just drank a whole bottle of cough syrup on purpose', 'crisis', SSH, True),
    Case("i took a handful of my mom's pills and i feel dizzy", 'crisis', SSH, True),
    Case("there's so much blood from where i cut, it won't stop", 'crisis', SSH, True),
    Case('i cut myself too deep this time', 'crisis', SSH, True),
    Case('been stockpiling my sleeping pills since march', 'crisis', SSH, False),
    Case("i've been hiding my meds away in case i need them", 'crisis', SSH, False),
    Case('sitting on the ledge of the parking garage. tell my kids i love them', 'crisis', SSH, True),
    Case('standing at the edge of the overpass rn', 'crisis', SSH, True),
    Case('the gun is in the closet and i keep going back to look at it', 'crisis', SSH, True),
    Case("i doubt i'll be around much longer honestly", 'crisis', SSH, False),
    Case("i'm writing letters to my girls for after i'm gone", 'crisis', SSH),
    Case("i won't be around for long so please make sure she gets therapy", 'crisis', SSH, False),
    Case("i'm nothing but a burden to my family", 'crisis', SSH, False),
    Case('no one would even care if i died tomorrow', 'crisis', SSH, False),
    Case('vanishing forever would make everything easier for them', 'crisis', SSH, False),
    Case('i looked up the highest bridge in town last night', 'crisis', SSH),
    Case('been googling painless ways for days now', 'crisis', SSH),
    Case('i keep hitting my legs until they bruise', 'crisis', SSH),
    Case('i pick at my skin until it bleeds when im stressed', 'crisis', SSH),
    Case("honestly i'd rather be dead", 'crisis', SSH, False),
    Case('i just want to be gone forever', 'crisis', SSH, False),
    Case("i can't do this anymore and i have a bottle of pills right here", 'crisis', SSH, True),
    Case('mañana me mato, ya no aguanto', 'crisis', SSH),
    Case('me voy a aventar del puente', 'crisis', SSH),
    Case('ya me tomé un frasco de pastillas', 'crisis', SSH, True),
    Case('traigo la pistola aquí conmigo', 'crisis', SSH, True),
    Case('quisiera dormir y no despertar nunca', 'crisis', SSH, False),
    Case('no tiene sentido seguir viviendo', 'crisis', SSH, False),
    Case('me corté las muñecas otra vez', 'crisis', SSH),
    Case('nadie me echaría de menos', 'crisis', SSH, False),
    Case('les dejé una carta de despedida a mis hijos', 'crisis', SSH),
    Case('ya no puedo, tengo las pastillas en la mano', 'crisis', SSH, True),
    Case('she put her hands around my neck during the fight', 'crisis', DV),
    Case('my husband knelt on my chest until i couldnt breathe', 'crisis', DV),
    Case('my boyfriend locked me in the bedroom and took my keys', 'crisis', DV, True),
    Case("he won't let me out of the house and he hid my phone", 'crisis', DV, True),
    Case("he texted that i'm dead when he gets home", 'crisis', DV),
    Case("my ex said he'd put me six feet under if i remarried", 'crisis', DV),
    Case("he swore he'll find us wherever we go", 'crisis', DV),
    Case('he says he will drive into a wall with the kids in the car', 'crisis', DV),
    Case('she threatened to kill herself and the kids if i leave', 'crisis', DV),
    Case('he keeps telling me no one will believe me', 'crisis', DV),
    Case('he said if i tell my therapist he will take the kids', 'crisis', DV),
    Case('my husband tracks my location and reads all my texts', 'crisis', DV),
    Case("gotta type fast while he's in the shower", 'crisis', DV, True),
    Case('my ex keeps calling me even though there is a restraining order', 'crisis', DV),
    Case('my husband is super drunk and he has a gun', 'crisis', DV, True),
    Case('he threatened me with a kitchen knife last week', 'crisis', DV, False),
    Case('my neighbor drags her kid by the arm across the parking lot', 'crisis', CAB),
    Case('the sitter tapes his hands together when he hits', 'crisis', CAB),
    Case('my mom made my son sleep in the garage as a punishment', 'crisis', CAB),
    Case('his stepmom calls him a worthless little idiot every day', 'crisis', CAB),
    Case('his dad tells him nobody loves him', 'crisis', CAB),
    Case('my daughter says her coach told her to keep it a secret from mommy', 'crisis', CAB),
    Case('my son said the babysitter took pictures of him with no clothes', 'crisis', CAB),
    Case('my niece said her uncle does sexual things to her', 'crisis', CAB),
    Case('he has handprint bruises on his back', 'crisis', CAB),
    Case('the marks on her legs look like a belt', 'crisis', CAB),
    Case('she comes home from her dads terrified every time', 'crisis', CAB),
    Case('my son said his teacher pinches him when he talks', 'crisis', CAB),
    Case('my 3yo said grandpa hurt her privates', 'crisis', CAB),
    Case('i think her uncle did something to her at the sleepover', 'crisis', CAB),
    Case('my sister left her baby alone in the house all afternoon to go to the bar', 'crisis', CAB),
    Case('saw a toddler alone outside with no coat in the snow', 'crisis', CAB),
    Case('his dad is blackout drunk and has the kids tonight', 'crisis', CAB),
    Case('my exs girlfriend holds my daughters head under the water in the bath', 'crisis', CAB),
    Case('i think the daycare is drugging the kids so they nap', 'crisis', CAB),
    Case('a baby is locked in a car outside the store and its so hot', 'crisis', CAB),
    Case("i'm so close to smacking him right now", 'crisis', HCF),
    Case("i don't trust myself anymore", 'crisis', HCF),
    Case("i'm scared to be alone with my son tonight", 'crisis', HCF),
    Case("i'm terrified of what i might do to the baby", 'crisis', HCF),
    Case('how do i keep myself from shaking the baby when she screams', 'crisis', HCF),
    Case('i keep imagining putting a blanket over her face', 'crisis', HCF),
    Case('honestly part of me wants to hurt him when he screams', 'crisis', HCF),
    Case('i threw my daughter on the bed on purpose', 'crisis', HCF),
    Case('i shoved him and he fell and hit the floor', 'crisis', HCF, True),
    Case('i whipped my son with a belt last night', 'crisis', HCF),
    Case('smacked my 4 year old so hard he cried for an hour', 'crisis', HCF),
    Case('i held my hand over his mouth until he stopped screaming', 'crisis', HCF),
    Case("she keeps saying she'll jump so she can go to heaven", 'crisis', CSU),
    Case('he wants to go be with his daddy in heaven', 'crisis', CSU),
    Case('my daughter wrapped a phone charger around her neck', 'crisis', CSU, True),
    Case('my 6 year old asked how to make her heart stop', 'crisis', CSU),
    Case('he punches himself over and over and says he should die', 'crisis', CSU),
    Case("my son said 'i want to be gone'", 'crisis', CSU),
    Case('my toddler was chewing on a dishwasher pod', 'crisis', MED, True),
    Case('he had a button battery in his mouth', 'crisis', MED, True),
    Case('found my son with the bottle of melatonin gummies open', 'crisis', MED, True),
    Case('no idea how many pills he swallowed', 'crisis', MED, True),
    Case('she knocked a pot of boiling water onto herself', 'crisis', MED, True),
    Case('his arm is blistering after the bath', 'crisis', MED, True),
    Case("temp of 106 and she's limp", 'crisis', MED, True),
    Case('my baby is breathing really fast and shallow', 'crisis', MED, True),
    Case("he's gagging and drooling and can't swallow", 'crisis', MED, True),
    Case("i swear i'm going to put him in the hospital", 'crisis', HTO),
    Case("i'm going to shoot up the school", 'crisis', HTO),
    Case('gonna f*** up that guy tonight', 'crisis', HTO),
    Case("i'm gonna find him and bust his teeth", 'crisis', HTO),
    Case('waiting outside his work with my knife', 'crisis', HTO, True),
    Case("he's going to pay. i have a gun and i know where he lives", 'crisis', HTO, True),
    Case('i want to hurt my kids teacher', 'crisis', HTO),
    Case('murder my boss fr', 'crisis', HTO),
    Case("if he asks for a snack one more time i'll simply expire lol", 'check_in'),
    Case('not surviving this week haha', 'check_in'),
    Case('i could murder a cheeseburger right now', 'check_in'),
    Case('toddler: 1, dad: 0 lol', 'none'),
]


@pytest.mark.parametrize("case", _params(FAMILIES, "family"))
def test_phrasing_families(detector: CrisisDetector, case: Case) -> None:
    _check(detector, case)


# Ordinary messages that share words with the families above: never an escalation.
NOT_CRISES_NEAR_FAMILIES = [
    "i'm new here, what is shaken baby syndrome and how do i prevent it",
    'can cpp help a child whose mom overdosed last year? he lives with us now',
    "she was neglected as a baby but she's doing great now",
    "he had a seizure when he was 2, he's fine now, could that matter for therapy",
    "my son hit his head on the table but he's fine now",
    'i pushed my son on the swing and he laughed so hard',
    'we got out of the hospital yesterday after his asthma flare, all good',
    "i slapped my son's hand away from the stove",
    'my sons are fighting over the ipad again',
    "i'm going to hurt my back lifting this car seat",
    'i swallowed a whole bottle of water after the gym',
    'my daughter put a grape in her mouth and chewed it fine',
    'my kid keeps asking how the heart works',
    'she pretends the dolls are fighting',
    'my husband keeps texting me memes',
    "the kids are in the car with my husband, we're driving to grandma's",
    "i'm parked outside the daycare waiting for pickup",
    'my son says his teacher hugs him every morning',
    "i'm done with potty training for today",
    'i left the kids with my mom for the weekend',
    'we dropped him off at daycare and he cried a bit',
    "i know where she works, she's my sister",
    "is it normal for my 3 year old to hit when he's mad",
    'i want to be gone for the weekend, just a little trip',
    'i took my meds this morning like usual',
    'his dad took him to the zoo and he came back so happy',
    'my baby rolled off the couch onto the carpet, she seems totally fine',
    'she has a fever of 101 and is a bit cranky',
]


@pytest.mark.parametrize("text", NOT_CRISES_NEAR_FAMILIES)
def test_near_misses_are_not_escalated(detector: CrisisDetector, text: str) -> None:
    got = detector.detect(text)
    assert got.kind != "crisis", f"{text!r}: {got}"


# --------------------------------------------------------------------------------- scope logic (second round)
SCOPE_LOGIC = [
    # "her" is not "my husband": a pronoun skips a person of the other gender when finding who it is.
    Case("newborn wont settle. i gave her to my boyfriend because i was about to hurt her", "crisis", HCF),
    Case("i passed him to my wife, i was going to shake him", "crisis", HCF),
    # "my kids therapist": the person the child owns is the target, not the child.
    Case("i'm going to hurt my sons teacher", "crisis", HTO),
    # Nervous laughter does not turn a threat from someone else into a joke.
    Case("my husband said he'd kill me if i leave lol", "crisis", DV),
    Case("haha he just choked me again", "crisis", DV),
    # An injury dated earlier ("last week") is not danger now; the same words today are.
    Case("he broke my ribs last month", "crisis", DV, False),
    Case("he just broke my nose", "crisis", DV, True),
    # A question asking whether one's own thoughts are normal is not a question about a topic.
    Case("having suicidal thoughts every night, is this normal?", "crisis", SSH),
    # "got out of the hospital" is not "we got out" (of an abusive home).
    Case("i got out of the hospital today, he broke my arm and i'm going back to him", "crisis", DV),
]


@pytest.mark.parametrize("case", _params(SCOPE_LOGIC, "scope"))
def test_scope_logic(detector: CrisisDetector, case: Case) -> None:
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
TYPICAL = [c.text for group in (SUICIDE, SUICIDE_IMMINENT, SUICIDE_MORE, SPANISH, SPANISH_OTHER, HARM_CHILD,
                                HARM_CHILD_MORE, CHILD_ABUSE, CHILD_ABUSE_MORE, DOMESTIC, DOMESTIC_MORE, MEDICAL,
                                MEDICAL_MORE, CHILD_SUICIDAL, CHILD_SUICIDAL_MORE, OTHERS, OTHERS_MORE, HYPERBOLE,
                                HYPERBOLE_MORE, NEGATIONS, PSEUDO_NEGATIONS, NOT_CRISES, FAMILIES) for c in group]


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
