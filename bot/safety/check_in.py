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


def read_answer(text: str) -> Answer:
    lowered = text.lower().replace("’", "'")
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


# Not safe, or not sure: anywhere in a short answer. "no" alone is the most common answer of all.
_UNSAFE = re.compile(
    r"\b(not (safe|ok|okay|really|sure|breathing|awake)|unsafe|no+|nope|nah+|idk|i don'?t know|dunno|not sure|"
    r"help|hurry|scared|he'?s (here|back|coming)|she'?s (here|back|coming)|no estoy|no estamos|ayuda)\b"
)
# A clear yes opens the answer.
_SAFE = re.compile(
    r"^\s*(yes|yeah|yea|yep|yup|ya|yah|si|sí|(i'?m|i am|we'?re|we are) (safe|ok|okay|fine|good|alright)|"
    r"safe|ok|okay|all good|she'?s (fine|ok|okay|breathing)|he'?s (fine|ok|okay|breathing)|estoy bien|estamos bien)\b"
)
#: Longer than this, a message is taken as something new to say, not an answer (the detector reads it anyway).
SAFETY_ANSWER_MAX_WORDS = 8


def read_safety_answer(text: str) -> Safety:
    """When in doubt between safe and not safe, not safe: asking again with 911 first costs a moment."""
    lowered = text.lower().replace("’", "'")
    if len(lowered.split()) > SAFETY_ANSWER_MAX_WORDS:
        return Safety.OTHER
    if _UNSAFE.search(lowered):
        return Safety.UNSAFE
    if _SAFE.search(lowered):
        return Safety.SAFE
    return Safety.OTHER
