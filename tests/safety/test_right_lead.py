"""Which line an answer leads with (bot/safety/policy.py): the category that wins when several are found, and the
imminence that makes it 911. Variants written for these tests, not taken from the sets; the hold-out sets are
never read here."""
from __future__ import annotations

import pytest

from bot.safety.detector import CrisisDetector
from bot.safety.policy import Finding, Outcome, choose


def _finding(category: str, imminent: bool = False, kind: str = "crisis", by_writer: bool = False) -> Finding:
    return Finding(f"test.{category}", Outcome(kind, category), imminent, "en", by_writer)


def test_the_writers_threat_beats_a_report_of_harm_done_to_a_child() -> None:
    best = choose([_finding("child_abuse"), _finding("harm_to_others", by_writer=True)])
    assert best is not None and best.outcome.category == "harm_to_others"


def test_someone_elses_threat_against_the_children_stays_child_abuse() -> None:
    best = choose([_finding("child_abuse"), _finding("harm_to_others")])
    assert best is not None and best.outcome.category == "child_abuse"


def test_abuse_happening_now_still_comes_first() -> None:
    best = choose([_finding("child_abuse", imminent=True), _finding("harm_to_others", by_writer=True)])
    assert best is not None and best.outcome.category == "child_abuse"


def test_a_check_in_never_beats_a_crisis() -> None:
    best = choose([_finding("child_abuse"), _finding("harm_to_others", kind="check_in", by_writer=True)])
    assert best is not None and best.outcome.category == "child_abuse"


@pytest.mark.parametrize("text,category", [
    # Revenge on whoever hurt the child: the caregiver's threat is the danger now.
    ("the lunch lady grabbed my son by the neck. i'm going to the school tomorrow and i'm going to hurt her",
     "harm_to_others"),
    ("my cousin's boyfriend hit my daughter at the party. i want to beat him until he can't stand", "harm_to_others"),
    # A threat against the writer stays domestic violence.
    ("my boyfriend says he'll burn the apartment down with me inside if i leave", "domestic_violence"),
    ("my husband hits me and he said he would kill me if i called anyone", "domestic_violence"),
])
def test_who_threatens_whom_decides_the_category(detector: CrisisDetector, text: str, category: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category) == ("crisis", category), f"{text!r}: {got}"


@pytest.mark.parametrize("text,imminent", [
    # The child hurt by the writer's hands: 911 (the issue: "911 if the child is hurt").
    ("i grabbed him by the arm and yanked him off the couch, now he keeps holding his elbow and crying", True),
    ("i smacked her bottom way too hard and she has a red handprint on her", True),
    ("i shoved my son and he fell and busted his lip open", True),
    # Covering a child's mouth or face, or choking a child, is an injury in itself, however the child seems.
    ("i pressed a pillow over her face to make her stop screaming. she is breathing now", True),
    ("i just choked my daughter. she ran to her room", True),
    # Wished, nearly done, or feared: 988 with steps, not 911.
    ("i was so close to throwing her against the wall, i put her in the crib and walked out", False),
    ("i keep having thoughts of smothering my baby", False),
    ("i'm scared i'm going to shake the baby", False),
    ("i almost put a pillow over his face", False),
    ("i came so close to putting a pillow over her face tonight", False),
    ("i put a pillow over his face", True),
])
def test_a_child_hurt_by_the_writer_leads_with_911(detector: CrisisDetector, text: str, imminent: bool) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category, got.imminent) == ("crisis", "harm_to_child_fear", imminent), f"{text!r}: {got}"


@pytest.mark.parametrize("text,feared_harm", [
    # Bumps, aches and scratches that are not what the writer did: the feared harm stays 988, not 911.
    ("i'm scared i'm going to shake the baby. my back hurts so much from rocking her", True),
    ("i was so close to throwing her against the wall. she has a little scratch on her nose from her own nails", True),
    ("i almost hit my son today. he won't use the fork, he throws food", True),
    ("i'm scared i'll hurt my toddler. he bounced off the couch laughing earlier", True),
    # Everyday care that covers a face or touches a neck is not an airway act.
    ("i put a blanket over her face for peekaboo and she squealed", False),
    ("i put a towel on her face to wipe off the spaghetti sauce", False),
    ("i choked him out in jiu jitsu class, he tapped", False),
    ("my fingers were on her neck checking her pulse while she slept", False),
])
def test_no_911_without_a_child_hurt(detector: CrisisDetector, text: str, feared_harm: bool) -> None:
    got = detector.detect(text)
    assert not got.imminent, f"{text!r}: {got}"
    if feared_harm:
        assert (got.kind, got.category) == ("crisis", "harm_to_child_fear"), f"{text!r}: {got}"


# Review 33: danger now that the rules escalated with the calmer line first. Variants written for this test.
@pytest.mark.parametrize("text,category", [
    # The one who did it is still where the writer or the child is.
    ("my husband slapped me again. he is still in the house", "domestic_violence"),
    ("he punched me this morning and hes still here", "domestic_violence"),
    ("my stepdad hit my little sister and he's still home with her", "child_abuse"),
    ("the sitter hit my son, I saw it on the camera, she's still there with him", "child_abuse"),
    # At the door, heard inside, back in minutes.
    ("he's pounding on the bedroom door saying he's going to kill me", "domestic_violence"),
    ("my ex broke in and hit me, i can hear him looking for me downstairs", "domestic_violence"),
    ("he shoved me into the tv stand. he'll be back in 15 minutes", "domestic_violence"),
    # A small child alone or shut in now.
    ("my sister left her 2 year old alone in the apartment, he's there alone right now", "child_abuse"),
    ("her dad locked her in the closet as punishment, she's still in there", "child_abuse"),
    # An injury that needs a doctor; a baby shaken; strangled just now.
    ("he kicked me in the side and i think my ribs are broken", "domestic_violence"),
    ("my boyfriend shook the baby when she wouldn't stop crying", "child_abuse"),
    ("he strangled me. i'm ok i guess", "domestic_violence"),
    ("he punched me in the stomach and i am pregnant", "domestic_violence"),
    # The child hurt, told by what the writer saw after, across a short sentence ("she's 8 months.").
    ("i just smacked my daughter. she's 8 months. her cheek is all red", "harm_to_child_fear"),
    ("i shoved him away and he hit the edge of the table. he's got a bump coming up", "harm_to_child_fear"),
    ("i shoved my son and now he's holding his arm and crying", "harm_to_child_fear"),
    ("i held her head under the bath water to make her stop screaming", "harm_to_child_fear"),
])
def test_danger_now_leads_with_911(detector: CrisisDetector, text: str, category: str) -> None:
    got = detector.detect(text)
    assert (got.kind, got.category, got.imminent) == ("crisis", category, True), f"{text!r}: {got}"


@pytest.mark.parametrize("text,category", [
    # Habit, not now, and wounds that are the child's own: the calmer line first.
    ("she scratches her arms until they bleed when she is upset and says she wants to die", "child_suicidal"),
    ("he kicked me in the stomach when i was pregnant, years ago now, and he says he changed", None),
    # A child alone all day with the writer is not a child left alone.
    ("me and the baby are alone all day and i keep thinking about leaving him in the hot car", None),
])
def test_no_911_for_habit_or_company(detector: CrisisDetector, text: str, category: str) -> None:
    got = detector.detect(text)
    assert not got.imminent, f"{text!r}: {got}"
    if category:
        assert (got.kind, got.category) == ("crisis", category), f"{text!r}: {got}"


@pytest.mark.parametrize("text", [
    "grandpa shook the baby rattle and she laughed so hard",
    "he choked me up with that speech at her graduation",
    "she hit the baby monitor off the shelf by accident",
])
def test_a_thing_named_like_a_child_or_a_feeling_is_no_crisis(detector: CrisisDetector, text: str) -> None:
    assert detector.detect(text).kind != "crisis", text
