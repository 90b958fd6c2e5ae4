"""My review in the twenty-first round: plain crises that three new writers (development sets 63-65, read before any
change) wrote and that the rules missed. Each rule names a way of saying a danger, not a line: a child named in a fear
of hurting them ("Scared I'll hurt Deshawn.") or in a blow told as going on ("stepdad hittin Rosie"), a thought of a
way to hurt the child, leaving the room "before I did something to" the child, someone who comes into a child's room
and touches them, a plan that ends in a blow ("wait by his truck and break his jaw"), what the other "will need" after,
held by the neck against a wall, a weapon promised for "next time", pills found open with some missing, a child who
"got into" a relative's medicine, and pills to "sleep forever". The verdict diff over 21,753 development and everyday
lines escalated 22 crisis lines (four of them in sets 24, 52, 53 and 55, written rounds ago), lost none, escalated no
safe line, and put two crises in their right category.

It also adds a check-in for the stock death words of a worn-out carer ("if she sings Baby Shark one more time I'll
die", "bury me out back", "these nights r gonna put me 6 ft under lol"), which the writers' brief and the issue ask a
check-in for and which the rules passed in silence: 30 such lines in the development sets now get the question, no
everyday line and no other safe line does. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, HCF, HTO, MED, FamilyCases

CASES = FamilyCases(
    in_category=[
        # A child named in a fear of hurting them, or in "stop myself from".
        ("honestly terrified i will smack Mateo.", HCF),
        ("need to stop myself from shaking Aria when she screams", HCF),
        ("i had to walk out before i did something to Lucy", HCF),
        # The thought of a way to hurt the child.
        ("i keep having thoughts of suffocating the baby when he wont settle", HCF),
        # A child named, a blow told as going on.
        ("her bf keeps whipping Ava when she cries", CAB),
        ("grandpa is smacking Theo again", CAB),
        # Someone who comes into a child's room and touches them.
        ("my daughter says her cousin sneaks into her bed at night and touches her", CAB),
        # A plan that ends in a blow, and what the other will need afterwards.
        ("im going down to his shop after work and break his nose", HTO),
        ("i will find where she lives and beat her until she begs", HTO),
        ("he is gonna need an ambulance when i am done with him", HTO),
        # Held by the neck against a wall; a weapon promised for next time.
        ("last night he had me against the wall by my throat", DV),
        ("my boyfriend said next time it will be the gun", DV),
        # Pills found open with some gone; a child in a relative's medicine.
        ("just found my blood pressure pills open on the bathroom floor and a few are gone", MED),
        ("my 2yo got into her grandpas heart pills", MED),
        # Pills to sleep forever, said of a child.
        ("my 10 year old asked how many of grandmas pills would make her sleep forever", CSU),
    ],
    # A worn-out carer's death words (gen.r32.worn_out): a kind check-in, not an escalation.
    check_in=[
        "if he asks for a snack one more time i will actually perish",
        "another sleepless night and i am going to drop dead lol",
        "two kids with the stomach bug, just bury me now",
        "third wake up since midnight, this baby will put me six feet under",
        "i may spontaneously combust if the dishwasher breaks again",
        "swear im gonna wade into the ocean and keep going. ok not really, coffee time",
        "pajama time nearly finished me tonight",
    ],
    nothing=[
        "the first week of cpp almost killed me emotionally but it got better",
        "we buried the goldfish out back today, she wants to say a prayer",
        "i was scared i would hit traffic on the way to session",
        "worried i will hit snooze again tomorrow",
        "dad is beating Leo at chess again lol",
        "my husband keeps hitting snooze",
        "she comes into my room at night and touches my face to wake me up for milk",
        "im going to the gym after work and kill it",
        "my toddler got into the vitamins cabinet but the lid was still on, nothing missing",
        "grandma says the baby could sleep forever after the bath",
        "the coach said next time it will be the varsity team",
        "the baby is sleeping, hopefully asleep for good this time lol",
        "melatonin makes him sleep forever, is that normal",
        "could sleep forever after those allergy pills",
        "mom is beating eggs for the pancakes",
        "trying to stop myself from hurting people's feelings at work",
        "my son comes into my bed at night and touches me with his cold feet",
        "my mom will need a wheelchair when we go to the airport",
        "found the bottle of wine open and half gone, the in-laws were here",
    ],
)
