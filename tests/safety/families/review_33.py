"""My review in the twenty-second round: plain crises that three new writers (development sets 66-68, read before any
change) wrote and that the rules missed. Each rule names a way of saying a danger, not a line: pills swallowed "all",
a gun made ready "for when" the writer is done, a bullet promised or a face to be slashed, a child shut in a closet or
a crate, a blow to a named child told as what happens, an ex parked outside again, a hold until the writer passed out,
"shook baby" in a list of errands, a child's airway swelling shut, a scald, a laundry pod bitten, not coming home
"this time", whether a beam would hold, a weapon brought out again, a partner who hides the writer's medicine, a child
who asks how many pills stop a heart, marks shaped like a cord, and the writer's little brother or sister read as a
child (normalize.py). The verdict diff over the development and everyday lines escalated 29 crisis lines (six of
them in sets 16, 51, 53, 56, 62 and 64, written rounds ago), lost none, put five crises in their right
category, and escalated one safe line: a penny swallowed "last tuesday" by "my lil bro", which a son already escalated
(the swallowed-object rules do not read a "he's fine" two sentences on).

The round's danger-now cues (which line an answer leads with) are tested in tests/safety/test_right_lead.py. The
hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, HCF, HTO, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # Pills swallowed, all of them; a gun made ready for when the writer is done.
        ("just swallowed all my sleeping pills", SSH),
        ("the rifle is cleaned and ready for when i'm finished with everything", SSH),
        # A bullet promised, a face or a throat to be slashed.
        ("that guy is going to get a bullet from me, i mean it", HTO),
        ("i am going to slash his face next time i see him", HTO),
        # A child shut in a closet or a crate by a grown-up; a blow to a named child told as what happens.
        ("her boyfriend locks my son in the closet when he cries", CAB),
        ("grandma shuts Maya in the dog crate", CAB),
        ("groceries, gas, she slaps Leo.", CAB),
        # An ex parked outside again; a hold until the writer passed out.
        ("he is sitting across the street again, every night this week", DV),
        ("my husband put me in a chokehold until i blacked out", DV),
        # The feared harm in a list of errands.
        ("formula, wipes, shook the baby.", HCF),
        # A child's airway swelling, a scald, a pod bitten.
        ("he ate a cashew and now his throat feels tight", MED),
        ("the pot of boiling water tipped over onto her legs", MED),
        ("my toddler bit into a laundry pod and is drooling", MED),
        # Not coming home this time; whether the beam would hold.
        ("i'm driving to the lake and i will not come back this time.", SSH),
        ("went out to the shed to see if the rafter would hold my weight", SSH),
        # A weapon brought out again, medicine hidden by a partner, a child asking a lethal count, cord-shaped marks.
        ("he's got the gun out again", DV),
        ("my husband took away my insulin and says i'm overreacting", DV),
        ("my 9 year old googled how many pills it takes to die", CSU),
        ("she has loops on her back that look like from a charger cord", CAB),
        # The writer's young sibling is a child ("my little brother").
        ("i nearly threw my little brother off the porch", HCF),
        ("how do i stop myself from hitting my baby sister", HCF),
    ],
    nothing=[
        # A feeling, a late shift, a pet, a pot on the stove.
        "he choked me up at the graduation speech",
        "i will not come home this time until 9, working late",
        "she locked the cat in the closet by accident",
        "the pasta water boiled over onto the stove, nobody got hurt",
        "my dog bit into a tide pod, the vet said he'll be fine",
        "my toddler's got the knife again, who leaves knives out",
        "can you check if the shelf will hold the tv",
        "mosquito bites left welts all over from the camping trip",
        "the baby hides my meds in the couch cushions lol",
        "dinner is ready for when i am done with work",
    ],
    # The writer's own sunburn: no crisis (the older injury rule asks a kind check-in).
    not_crisis=["my skin is peeling off from the sunburn, so itchy"],
)
