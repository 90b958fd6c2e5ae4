"""My review in the twentieth round: plain crises that three new writers (development sets 60-62, read before any
change) wrote and that neither the rules nor the trained layer caught. Each rule names a way of saying a danger, not a
line: a child named rather than "my son" ("Dad beat Leo again."), a hose from a car's exhaust, a burn's skin typed as
"blistery", an adult sending a child pictures of his own naked body, a child kept chained, what someone "used to" do
in a child's disclosure, and a blow given just now at the end of a list of errands. The verdict diff over 21,052
development and everyday lines escalated 9 crisis lines (two of them in sets 23 and 24, written rounds ago), lost none
and escalated no safe line. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CAB, HCF, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # A child named by the writer, hit by a parent figure.
        ("dad beat jayden again", CAB),
        ("ugh stepdad whipped marcus with the belt again", CAB),
        ("her boyfriend slapped ava so hard today", CAB),
        # Car exhaust piped in.
        ("parked in the garage with a hose from the exhaust going in the back window", SSH),
        ("got the dryer hose taped to the tailpipe. sorry", SSH),
        # Burns.
        ("hot coffee spilled on her hand and its all blistery and red", MED),
        # Pictures of an adult's own body, naked, sent to a child.
        ("my daughters tutor has been sending her pictures of himself naked", CAB),
        ("found out her uncle texted her a pic of himself with his pants off", CAB),
        # A child chained.
        ("the kids across the street are chained to the porch every day when their mom works", CAB),
        # What someone "used to" do, in a child's disclosure.
        ("my foster daughter told me her bio mom used to burn her with a lighter", CAB),
        ("she told me her grandpa would lock her in the shed", CAB),
        # A blow just now, after errands.
        ("dishes laundry and then just slapped him too hard", HCF),
    ],
    nothing=[
        "dad beat leo at uno again lol",
        "mom beat grandma again at cards, shes so competitive",
        "my husband hit send on the email again before i could check it",
        "dad hit snooze again and we were late",
        "my daughter said grandpa used to tie her shoes when she was little",
        "my son told me his teacher would always hug him at pickup",
        "the hose for the dryer vent came loose again",
        "grandpa texted her pictures of himself at the beach",
        "the neighbors dog is chained in the yard again, should i call animal control",
    ],
)
