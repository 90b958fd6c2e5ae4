"""False alarms of development sets 48 to 50: the families of everyday language the rules escalated (safe lines, and
check-in lines read as a full crisis), each narrowed (bot/safety/rules.yml, "ROUND 29 FALSE-ALARM FAMILIES"; a no
said to be meant in the sentence after it, and "I didn't understand why they ask", in bot/safety/scope.py, Round
29). For every family: safe look-alikes in other words than the set's line, and crises in the same words that must
still escalate, so the narrowing is shown not to open a hole. A crisis said and then taken back in the same message is
left to escalate and is not among these. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CSU, DV, HCF, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # A screening no said to be meant (scope.py, Round 29); still a crisis: the no taken back, or means named.
        ("the therapist asked last week if i ever have thoughts of hurting myself and i said no. just want you to "
         "know i meant it, i think about it sometimes", SSH),
        ("the nurse asked whether i have had thoughts of hurting myself. i said no, but i realized i did not "
         "understand why i lied", SSH),
        # A child's talk about death after a funeral; still a crisis: the child's own wish.
        ("my son keeps talking about dying and says he wants to die to be with grandpa", CSU),
        ("my 7 year old talks about dying since the funeral and said he wants to kill himself", CSU),
        # Play with a harmless object; still a crisis: a weapon.
        ("she shot me with a gun", DV),
        ("he stabbed me with a knife", DV),
        # A night waking that stopped; still a crisis: a child who will not wake.
        ("he is not waking up and he is not breathing", MED),
        ("is it normal to think about not waking up every night", SSH),
        # Past violence handled, a child's questions; still a crisis: the danger here now.
        ("he got locked up for hurting me last year. he got out today and he is outside my house with a knife", DV),
        ("he is in jail for hurting me but his brother just called and said he is coming to kill me tonight", DV),
        ("my son asked if the bad man is coming back and he is outside right now banging on the door", DV),
        # A scare told as over; still a crisis: the danger real and present.
        ("woke up to someone breaking in and it is my ex, he is inside", DV),
        ("i thought my ex had found our address and it turns out he did, he is parked outside with a gun", DV),
        ("i thought he was having a seizure and he still is, he is not breathing", MED),
        ("i thought she swallowed a battery and she is vomiting now", MED),
        # Correcting what was said; still a crisis: said to be meant.
        ("i said my ex tried to kill me and i meant it, he choked me last night", DV),
        ("i would rather die than lose him, i have the pills ready tonight", SSH),
        # Hyperbole frames; still a crisis: means near, or a carer at the edge.
        ("every time the alarm goes off i want to die, i have the pills ready", SSH),
        ("how do people do this without wanting to die, i have a rope", SSH),
        ("if the baby wakes up one more time tonight i dont know what im gonna do to her", HCF),
        ("i am going to overdose on my pills tonight", SSH),
        ("just put me in the ground, i have the pills in my hand", SSH),
        ("i am going to jump off the bridge at this point, i have the rope in the car", SSH),
        # A past told in a thank-you note; still a crisis: the thought back now with means.
        ("a year ago i was in a shelter and thought about ending it all. now i am thinking about it again and i have "
         "the pills", SSH),
    ],
    check_in=[
        # Hyperbole frames: the daily trigger, everyone's mornings, "I will simply", a machine that died, a treat.
        "is it normal to want to die every time my toddler asks why",
        "how do parents survive bedtime without wanting to jump off a bridge",
        "if my daughter asks why one more time i will simply walk into the ocean",
        "the dishwasher died and i want to die with it",
        "at this point just put me in the ground lol",
        "three loads of laundry and a stomach bug, might walk into the ocean at this rate",
    ],
    not_crisis=[
        # A child's talk about death after a funeral (the want-to-die idiom keeps a check-in).
        "is it normal for a 5 year old to talk about dying after her grandmas funeral",
        "my son keeps asking about death since the funeral",
        # A thank-you note looking back.
        "a couple of years ago we were in a shelter and i thought about ending it all, now we have our own place",
        "i overdosed on halloween candy last night",
        # A screening no and "I didn't understand why they ask" (scope.py, Round 29).
        "the nurse asked whether i have had thoughts of hurting myself. i said no, but i did not understand why they "
        "ask that",
    ],
    nothing=[
        # "Never mind my last message".
        "fever gone. nvm my last message",
        "never mind my last text, the rash is gone",
        # Play with a harmless object.
        "my daughter shot me with a nerf gun",
        "he stabbed me with a crayon and laughed",
        # Progress.
        "she is not waking up screaming anymore",
        # Past violence handled, the child's questions.
        "her dad is in prison for hurting me and she asks about him",
        "my daughter asked if the bad man will come back and i said no he is in jail",
        "my son told his teacher mommy got hurt, that was years ago before we left",
        # A scare told as over.
        "woke up thinking someone was breaking in but it was my son sneaking a snack",
        "i thought my ex had found us but it turned out to be a neighbor with the same truck",
        "i thought she was having a seizure but it was just shivers from her fever",
        "i thought he swallowed one of the magnets from the fridge and almost called 911 but then i found it under the rug",
        # Correcting what was said.
        "i said he tried to kill me and that gave the wrong impression, he was a bad driver",
        # Forms.
        "the intake form asks if anyone has ever hit you, should i put yes for my ex from ten years ago",
        "the form asks 'has your child ever witnessed violence in the home?'",
        # A foster child's memory.
        "our foster son talks about when his birth mom left him alone but it is less often now",
    ],
)
