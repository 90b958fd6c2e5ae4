"""Read the caregiver's answer to a check-in question ("are you having thoughts of hurting yourself...?").

When in doubt, the answer counts as yes: a wrong escalation costs a moment, a missed one can cost a life.
"""
from __future__ import annotations

import enum
import re


class Answer(enum.Enum):
    YES = "yes"          # or unsure: escalate
    NO = "no"            # a clear no: carry on
    OTHER = "other"      # not an answer (a new question): carry on, the detector still reads it


# Any of these anywhere in the answer means "yes or not sure".
_YES_OR_UNSURE = re.compile(
    r"\b(yes|yeah|yea|yep|yup|ya|yah|ye|si|sí|kinda|kind of|sort of|sorta|maybe|sometimes|"
    r"a little|a bit|i think so|i guess|idk|i don'?t know|dunno|not sure|unsure|probably|often|"
    r"all the time|every day|lately|help me|please help)\b"
)
# A clear no opens the answer.
_NO = re.compile(
    r"^\s*(no+|nope|nah+|na|n|not really|never|not at all|i'?m (ok|okay|fine|good|alright|safe)|"
    r"(it was|just) (a )?(joke|joking|kidding)|jk|lol no|haha no|all good|we'?re (ok|okay|fine|good))\b"
)


def _lowered(text: str) -> str:
    return text.lower().replace("’", "'")


def read_answer(text: str) -> Answer:
    lowered = _lowered(text)
    if _YES_OR_UNSURE.search(lowered):
        return Answer.YES
    if _NO.search(lowered):
        return Answer.NO
    return Answer.OTHER


class Safety(enum.Enum):
    """An answer to "are you safe right now?" (or "is your child breathing and awake right now?")."""

    UNSAFE = "unsafe"    # no, or not knowing: the crisis answer again, 911 first
    SAFE = "safe"        # a clear yes
    OTHER = "other"      # not an answer: carry on, the detector still reads it


# Danger named, anywhere in the answer, however long: "no, not safe at all, he just left the room but he will be back".
_DANGER = re.compile(
    r"\b(not (safe|ok|okay|alright|fine|breathing|awake)|unsafe|in danger|help|hurry|scared|afraid|"
    r"(he|she|they)('?s| is| are)( still)? (here|back|coming|outside|home|in the house)|still (here|in the house)|"
    r"no estoy|no estamos|ayuda|peligro)\b"
)
# The writer (or the child) said to be safe: "no worries im safe", "no, we are fine", "she's breathing".
_SAID_SAFE = re.compile(
    r"\b((i'?m|i am|we'?re|we are|were) (safe|ok|okay|fine|good|alright)|"
    r"(she|he)('?s| is) (fine|ok|okay|breathing|awake)|estoy bien|estamos bien)\b"
)
# An answer that opens with no, or with not knowing: not safe (or unsure), whatever follows.
_OPENS_NO = re.compile(
    r"^\W*(no+|nope|nah+|not|idk|i don'?t know|dunno|not sure|i'?m not sure|i don'?t think so|i'?m not|we'?re not)\b"
)
# A clear yes opens the answer.
_OPENS_YES = re.compile(r"^\W*(yes|yeah|yea|yep|yup|ya|yah|si|sí|ok|okay|safe|all good)\b")
# A no anywhere in a short answer ("ok no", "he left? no").
_ANY_NO = re.compile(r"\b(no+|nope|nah)\b")
#: Longer than this, a message that opens with neither a yes nor a no is something new to say, not an answer (the
#: detector reads it anyway).
SAFETY_ANSWER_MAX_WORDS = 8


def read_safety_answer(text: str) -> Safety:
    """When in doubt between safe and not safe, not safe: the answer again with 911 first costs a moment."""
    lowered = _lowered(text)
    if _DANGER.search(lowered):
        return Safety.UNSAFE
    if _SAID_SAFE.search(lowered):
        return Safety.SAFE
    if _OPENS_NO.search(lowered):
        return Safety.UNSAFE
    if _OPENS_YES.search(lowered):
        return Safety.SAFE
    if len(lowered.split()) <= SAFETY_ANSWER_MAX_WORDS and _ANY_NO.search(lowered):
        return Safety.UNSAFE
    return Safety.OTHER
