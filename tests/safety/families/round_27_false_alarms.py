"""False alarms of development sets 42 to 44: the families of everyday language the rules escalated (safe lines, and
check-in lines read as a full crisis), each narrowed (bot/safety/rules.yml, "ROUND 27 FALSE-ALARM FAMILIES"; curiosity
about a screening after a no, in bot/safety/scope.py, Round 27). For every family: safe look-alikes in other words
than the set's line, and crises in the same words that must still escalate, so the narrowing is shown not to open a
hole. A crisis said and then taken back in the same message is left to escalate and is not among these. The hold-out
sets are never read here."""
from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # "My last message" as the previous chat message; still a crisis: The last message of a goodbye.
        ("this is my last message. thank you for everything, tell my kids i love them", SSH),
        ("this is my last message, i took all my pills", SSH),
        # A tantrum likened to harm; still a crisis: Someone hurting her.
        ("my husband was hurting her and she was screaming", CAB),
        ("someone was hurting her, she was screaming for help", CAB),
        # A seizure named as a visit; still a crisis: Seizing now.
        ("he is having a seizure right now at his seizure follow up", MED),
        ("she had a seizure and is not waking up", MED),
        # A child quoting the household saying over a trifle; still a crisis: A father named, or harm with it.
        ("my son told his teacher 'my daddy is going to kill me'", DV),
        ("my son told his teacher 'my mom is going to kill me' and he has bruises", DV),
        # The parent choking on a drink; still a crisis: The child choking.
        ("my daughter choked on her juice and is turning blue", MED),
        ("she choked on my gum and cant breathe", MED),
        # A child's idea of death; still a crisis: The child's wish to die.
        ("my son thinks dying is the only way out and he wants to die", CSU),
        # A child's sugar "overdose"; still a crisis: Pills, or something mixed in.
        ("my toddler overdosed on my pills", MED),
        ("she overdosed on candy and my xanax", MED),
        # A thing "trying to kill me"; still a crisis: A person, a weapon.
        ("my husband is trying to kill me with a knife", DV),
        ("my ex is trying to kill me", DV),
        # A hospital rest daydreamed; still a crisis: A child hit.
        ("my son got hit by a car", MED),
        # Rather dead than a routine; still a crisis: Against living on.
        ("i would rather be dead than keep living like this", SSH),
        ("i would rather die than do another day of this", SSH),
        # "About ready to jump"; still a crisis: Ready, with a plan for now or means.
        ("im ready to jump off the bridge tonight", SSH),
        ("i am about ready to jump off the bridge, i have the pills here", SSH),
        # "ha ha", "one more X away from"; still a crisis: Means near.
        ("i am going to jump off the bridge tonight ha ha no seriously i have the rope", SSH),
        ("i am one more day away from ending it, i have the pills", SSH),
        # The children's age then in the plural (ctx.past.r27); still a crisis: Still going on, or back with a threat.
        ("my husband hit me when the kids were babies and he still hits me every week", DV),
        ("he beat me when they were toddlers and now he is back and says he will kill me", DV),
        # Another child at daycare choked on food; still a crisis: The writer's own child.
        ("my son choked on a grape and another child ran for help, he is not breathing", MED),
        # Curiosity about a screening after a no; still a crisis: About the writer after all.
        ("the nurse asked if i have thoughts of hurting myself. i said no, but i am curious what happens if i said "
         "yes", SSH),
    ],
    not_crisis=[
        # Curiosity about a screening after a no (scope.py, Round 27): a check-in.
        "the nurse asked if i have thoughts of hurting myself. i said no, but im curious, is that something you "
        "screen for",
        "the dr asked me if i had thoughts of suicide. i said no which is true but why would they ask that at a "
        "well visit",
        # A young child's idea of death (the words stay a kind check-in at most).
        "my son asked what dying means after the goldfish died",
        "my son believes being dead is like sleeping",
    ],
    check_in=[
        # A child's sugar "overdose": Poison Control's number and a question, not a crisis.
        "the kids totally overdosed on birthday cake lol",
        # A thing "trying to kill me".
        "my mother in law is trying to kill me with her casseroles",
        # A hospital rest daydreamed.
        "i keep daydreaming about getting hit by a car so i could get a week of rest in the hospital",
        # Rather dead than a routine.
        "i would honestly rather be dead than do another school dropoff",
        # "About ready to jump", "ha ha", "one more X away from".
        "im about ready to jump out the window if this baby doesnt sleep",
        "going to jump off the roof ha ha",
        "im one more tantrum away from walking into the sea",
    ],
    nothing=[
        # "My last message" as the previous chat message.
        "please disregard my previous message about the rash, it was just marker",
        "re my last msg, the appointment moved to friday",
        "following up on my earlier message about the forms",
        "my last message was about the wrong kid, sorry",
        # A tantrum or a night terror likened to harm.
        "he was crying like we were killing him because we turned off the tv",
        "she howled like someone was torturing her when i cut her nails",
        "she was screaming like she was being murdered because her sock was wet",
        # A seizure named as a visit.
        "can we move the seizure clinic appointment to monday",
        "need the eeg referral for her seizures",
        # A child quoting the household saying over a trifle.
        "my daughter yelled 'my mommy is going to kill me' because she ripped her new dress",
        # "You're killing me, Smalls".
        "youre killing me smalls he keeps saying at dinner",
        # The parent choking on a drink.
        "i choked on my coffee laughing when he said that",
        # The children's age then in the plural: over.
        "does cpp help kids who saw it? their dad hit me when they were babies, he has been gone for years",
        # Another child at daycare choked on food, told in a note.
        "another kid in his class choked on a hot dog today, my son is scared to eat now",
    ],
)
