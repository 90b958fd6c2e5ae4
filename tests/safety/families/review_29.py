"""My review in the eighteenth round: a crisis the round-29 false-alarm helper met that the detector's past frame
silenced. A past frame ("got locked up last year", "years ago") dated the signal in the sentence after it even when
that sentence says "now" ("...now he is out and he is at the door with a gun" got nothing from the rules).
bot/safety/detector.py `_HERE_NOW_WORDS`: a sentence with now / today / tonight (ahora, hoy) is dated only by itself
and the sentence after it. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import DV, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        ("his dad got locked up for hurting me. now he is out and he is at the door with a gun", DV),
        ("he got locked up last year. now he is out and he is at the door with a gun", DV),
        ("he was arrested years ago for hurting me. now he is outside with a gun", DV),
        ("the court case was years ago. today he showed up at my work and said he would kill me", DV),
        ("back in 2021 i was in the hospital for an overdose. now i have the pills in my hand", SSH),
    ],
    nothing=[
        # The sentence after a "now" still settles it, and a past story told with "now" in a calm sentence stays quiet.
        "my son saw his dad hit me before we left, now hes aggressive at school. we are safe now",
        "my ex beat me in 2021. he is in prison now",
        "he hit me a lot when we were together, two years ago. now he texts me nice things",
        "he was locked up last year for hurting me. now he lives in another state and we have a protective order",
    ],
)
