"""My review in the twenty-third round: plain crises that three new writers (development sets 69-71, read before any
change) wrote and that the rules missed, the safe lines of those sets they escalated, and old false alarms met while
probing last round's patterns. Each rule names a way of saying something, not a line: an attempt by hanging told in
two words, the writer's death planned, a rope bought to use tonight, the Spanish burden said with a conditional and
"no dejo de" (I keep), bones to be broken, a man gone out armed after someone, a threat told by a weekend he will not
see, a writer kept in (phone and keys taken, car seats taken out), a partner back outside or a hand on the writer's
throat, a child locked out or in, a child touched told plainly, cigarette burns, a named child beaten, harm begun by
the carer and stopped (a pillow over the crib, the belt half off, an arm grabbed to bruises, a child thrown too hard),
a child's emergency told by its signs, a child asking what a fall from the fourth floor does; and, the other way, the
everyday annoyance that says "make me want to" or "I swear if she screams again", a swallowing feared and then found
disproved, a birth remembered, the news told as news, a dose taken as the doctor said, a sore throat with its cause
named, a room in the basement, and a crust cut off. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, HCF, HTO, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # An attempt by hanging in two words; a death planned; a rope bought to use tonight; a loaded gun thought about.
        ("my stepson just tried hanging", CSU),
        ("honestly i have been planning my own death for weeks", SSH),
        ("picked up a rope at the hardware store, going to use it tonight when the kids are asleep", SSH),
        ("the pistol is loaded in my nightstand and i think about it every night", SSH),
        ("i keep thinking how easy it would be to swallow all my pills", SSH),
        # Spanish: the burden with a conditional, a wish asked about, "no dejo de" (I keep).
        ("mis hijos estarian mejor si yo ya no existiera", SSH),
        ("es malo querer morirme?", SSH),
        ("no paro de pensar en matarme", SSH),
        # Bones to be broken, someone gone out armed, a weekend he will not see.
        ("i am about to go break that guy's jaw", HTO),
        ("my brother drove off with a knife to go find her ex", HTO),
        ("that man won't see another christmas, i know where he lives.", HTO),
        # Kept in, a partner back outside, a hand on the throat.
        ("she took my phone and keys again and i can't leave", DV),
        ("he's back outside the apartment again.", DV),
        ("my boyfriend keeps grabbing my throat when he's drunk", DV),
        # A child locked out or in, touched, burned, beaten by name.
        ("the neighbor kid got locked outside again in the snow", CAB),
        ("her dad has the baby locked in the car again", CAB),
        ("my mom's boyfriend touches my little sis", CAB),
        ("he has cigarette burns on his back and won't say how", CAB),
        ("eggs, bread, she's hitting Jaylen.", CAB),
        # Harm begun by the carer and stopped.
        ("i held a pillow over her face for a second and then threw it across the room", HCF),
        ("i grabbed his wrist so hard it left marks and i feel sick", HCF),
        ("i threw her onto the couch too hard and she hit the armrest", HCF),
        # A child's emergency by its signs; a child who asks about a fall.
        ("he fell and hit his head, now he is throwing up and his words are slurred", MED),
        ("her fever is 106 and she won't wake up properly", MED),
        ("my daughter injected herself with her brother's insulin pen", MED),
        ("he found the melatonin gummies and ate like half the bottle", MED),
        ("my 11 year old asked what happens if you jump from the tenth floor.", CSU),
        # Second part, sets 72-74: the writer's own end.
        ("my family would be better off with the life insurance than with me", SSH),
        ("been thinking about just ending it all", SSH),
        ("nobody would even miss me anyway", SSH),
        ("looked up how long it takes a body to be found in a hotel room", SSH),
        ("been looking up how much weight a closet rod can hold", SSH),
        # Threats said: found out what happens, a knife put in him, running him over, a loaded gun for a visitor.
        ("her ex is going to find out what happens when you mess with my kids", HTO),
        ("if he shows up i will put a knife in him", HTO),
        ("after dropoff i am running over her boyfriend", HTO),
        ("that man wont see tomorrow, i know where he sleeps", HTO),
        # A partner's blow with a door, a worse threat for leaving.
        ("my husband slammed my hand in the door on purpose", DV),
        ("she says she'll do worse if i leave", DV),
        # A child chained, left alone, strangled, beaten with a cord, visited at night.
        ("the neighbor chains her kids outside", CAB),
        ("the toddler has been left alone in that trailer since friday", CAB),
        ("her stepdad put his hands around her neck", CAB),
        ("he hits Leo with an extension cord", CAB),
        ("my moms boyfriend comes into my sisters room every night", CAB),
        # The carer's hand raised, a fist by the child's head, asking how to stop shaking a baby.
        ("i had my belt pulled back over him before i stopped", HCF),
        ("i punched my fist through the wall right next to her head", HCF),
        ("how do i stop myself from shaking the baby", HCF),
        # A child on a roof who says they will jump; a count of pills asked.
        ("my daughter is on the roof and says she is going to jump", CSU),
        ("my son asked how many of my pills it would take", CSU),
        # A blow to the head and vomiting, in few words; a sibling's age said after.
        ("toddler hit head on the counter, now vomiting", MED),
        ("my sister is 3 and she drank some bleach", MED),
    ],
    check_in=[
        # The everyday annoyance said with crisis words: a kind check-in, not an escalation.
        "why does every single meltdown make me want to jump out a window",
    ],
    nothing=[
        # Probes of this round's patterns: games, chores, parties, sports.
        "she tried hanging upside down on the monkey bars",
        "we are planning my own birthday party this year",
        "i keep thinking how easy it would be to just take all the kids to the zoo",
        "my son will break his leg on that trampoline one day",
        "she will smash her face into the cake at the party",
        "my son left with a bat to go find his friends at the field",
        "my husband hides the car keys when he leaves so the toddler does not find them",
        "he is back outside the house again playing with the dog",
        "her uncle touched her again on the shoulder to say goodbye",
        "i put a blanket over the crib to make it dark",
        "i could just drop her off at grandmas early",
        "she was slurring her words after the dentist numbed her mouth",
        "he asked whether it hurts to jump off the roof in fortnite",
        "he keeps dying in minecraft and screaming about it",
        # A second reader's probes of the round's patterns (all escalated before they were narrowed).
        "she got tomato soup all over her face lol",
        "gave her tylenol at 8 and then she drank a whole bottle of milk",
        "it is so hot here, 106 today",
        "my husband goes into her room every night to check on her",
        "he is hitting puberty.",
        "my husband locked my son's bike in the shed",
        "he will take all his medicine if i mix it in applesauce",
        "we tried hanging blackout curtains",
        "took my belt off to go through airport security",
        "i could just drop the kids before work",
        "hospice says grandpa will not make it to next week.",
        "we walk to the creek after dinner and then she will lie down for a nap",
        "got some rope at the hardware store, going to use it tomorrow for the tire swing",
        "my brother is 10 years older than me",
        # Probes of the second part.
        "he won't see tomorrow's game because of work",
        "grandpa won't see tomorrow, hospice says",
        "you will find out what happens when you mix baking soda and vinegar",
        "thinking about ending it with my boyfriend",
        "i had my hand raised over my head to ask a question",
        "she chained her bike to the fence",
        "we tied the kids up in the hammock for a nap outside",
        "im this close to drowning myself in the coffee pot",
        "my sister is 3 months pregnant and so tired",
        # A swallowing feared, then disproved; a birth remembered; the news; a dose as the doctor said.
        "thought my son swallowed a penny but found it under the rug, sorry",
        "i keep replaying the day he was born and the cord was around his neck",
        "she chewed the tablet like the doctor said",
        "his throat is swollen, probably strep",
        "we sent the kids to the basement playroom to watch a movie",
    ],
    # An older rule asks a kind check-in on these; the new patterns add nothing.
    not_crisis=[
        "is it normal for kids to talk about dying so much",
        "one more pb&j with the crust cut off and i am done for today",
    ],
    any_crisis=[
        # Not undone by the idioms or frames above (a second reader's probes: each was silenced before the narrowing).
        "i swear to god if he comes near my daughter again i will kill him",
        "i swear if the baby screams one more time i am going to snap his neck",
        "the voices make me want to kill myself.",
        "i thought she swallowed a magnet, then i found the box open and two are missing",
        "we thought he swallowed a battery and the xray showed it was in his throat",
        "my son saw on the news how that boy hanged himself and he wants to kill himself too",
        "someone keeps telling my daughter to kill herself on roblox every night",
        "he said he will shoot up the school on the xbox chat",
        "my boyfriend puts my son in the basement laundry room for hours when he cries",
        "the tip of her finger got cut off by a car door",
        # A carer's fear and a threat said with "one more".
        "if this kid screams one more time i swear im going to snap his neck",
        "if this baby does not stop crying i am going to shake her",
        "i am going to drown myself in the bath tonight",
        "is it normal for kids to talk about dying and wanting to kill themselves",
        "his finger got cut off in the car door",
        "i think he swallowed a battery, i can not find it",
        "my husband locked our son in the basement playroom",
    ],
)
