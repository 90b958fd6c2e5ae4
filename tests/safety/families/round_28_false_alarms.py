"""False alarms of development sets 45 to 47: the families of everyday language the rules escalated (safe lines, and
check-in lines read as a full crisis), each narrowed (bot/safety/rules.yml, "ROUND 28 FALSE-ALARM FAMILIES"; the
screening answered no to all of it, or followed by who reads the answers, in bot/safety/scope.py, Round 28). For
every family: safe look-alikes in other words than the set's line, and crises in the same words that must still
escalate, so the narrowing is shown not to open a hole. A crisis said and then taken back in the same message is left
to escalate and is not among these. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CSU, DV, HTO, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # A scare that was nothing, told as over; still a crisis: A break-in going on, or not a harmless cause.
        ("someone broke in and he is still in the house", DV),
        ("i thought someone broke in and it was my ex, he is inside with a knife", DV),
        # Something "swallowed" found elsewhere; still a crisis: Sick now, or not found.
        ("i thought she swallowed a magnet and now she is throwing up", MED),
        ("i thought he swallowed a battery but it was not under the couch", MED),
        ("i was scared she swallowed a battery and she is in pain on the couch", MED),
        ("he swallowed a bunch of his seizure meds", MED),
        # A partner's feared temper told as over; still a crisis: Harm told with it, or said plainly.
        ("i thought my husband was going to kill me when he found out, he had his hands around my neck", DV),
        ("i thought he would kill me when he found out i left", DV),
        ("my husband is going to kill me, he said so when he saw the bill", DV),
        # News about other people; still a crisis: The writer's own family after the news.
        ("we watched the news about the shooting and then my son said he wants to kill himself", CSU),
        ("i was watching the news when my husband started choking me", DV),
        # A child scared by a show; still a crisis: A partner who will not let the writer go.
        ("my husband watched a movie and now he will not let me leave the house", DV),
        ("my son watched a movie and now my husband will not let me leave", DV),
        # A child's violent words in a sibling fight; still a crisis: An adult, or no squabble named.
        ("my husband told his brother he would chop his head off over the money", HTO),
        # A child quoting a video; still a crisis: A threat said after the quote.
        ("he was quoting a video and then he said he is going to shoot up his school tomorrow", HTO),
        # Recovery reports; still a crisis: Going under again.
        ("first time in the pool since the near drowning and he went under again and is not breathing", MED),
        ("she has not woken up since the seizure this morning", MED),
        # Correcting what was said; still a crisis: Said to be meant, or said plainly.
        ("i said he tried to kill me and i meant it, he had his hands on my throat", DV),
        ("i sent a message saying he is trying to kill me and it is true", DV),
        ("i texted my sister a message saying he is trying to kill me and it is meant to warn her", DV),
        ("i was about to write that i can not go on, and i mean it", SSH),
        ("i was going to say i want to die but i mean that, i have pills", SSH),
        # A doctor's finding after an earlier report; still a crisis: Worse now, no doctor.
        ("i mentioned blood in his diaper yesterday and now there is more blood and he is limp", MED),
        # A child's question about a dead sibling; still a crisis: The child's own wish.
        ("my son said he wants to die in his sleep", CSU),
        # A child asking where the bad man is; still a crisis: The writer's own fear with him near.
        ("i am scared he knows where we live, he was outside last night", DV),
        # A child quoting a video; still a crisis: Copying a challenge.
        ("my son choked himself with a belt. turns out he was copying a tiktok challenge.", CSU),
        # News about others; still a crisis: News of the writer's own child.
        ("heard the news from the doctor about my son, he overdosed", MED),
        # A child's fear after a death; still a crisis: Wanting to be with the one who died.
        ("my son asked if he could die like his brother did, he wants to be with him", CSU),
        # A scare told as over; still a crisis: "i swear" and someone at the door now.
        ("i swear someone is breaking in, it was the dog barking that woke me, he is at the back door", DV),
        # "has me wanting to", "brb"; still a crisis: Means near.
        ("this week has me wanting to jump off a bridge, i have the pills ready", SSH),
        ("im going to jump off the bridge brb i have the rope", SSH),
        # An escape to a new life; still a crisis: A plan for tonight, never coming back.
        ("i am going to drive into the lake tonight", SSH),
        ("i am going to walk into the ocean and never come back", SSH),
        # Who reads the screening's answers (scope.py, Round 28); still a crisis: The no taken back.
        ("the form asked if i have thoughts of suicide. i answered no to all of it but who sees those answers, i lied",
         SSH),
        ("the doctor asked if i have thoughts of killing myself. i said no, but who reads my chart, because honestly "
         "i do", SSH),
    ],
    not_crisis=[
        # Who reads the screening's answers, or curious "now" (scope.py, Round 28): a check-in.
        "the form asked if i have thoughts of suicide. i said no to all of it, but who sees my answers",
        "the form asks if i have thoughts of hurting my baby. i said no which is true but now im curious is that "
        "standard, my daughter is 3 months",
        # A child asking where the bad man is (the protective order itself stays a check-in).
        "my daughter asks if her dad can find where we live, the order is in place",
    ],
    check_in=[
        # An escape to a new life, a hospital rest daydreamed, "has me wanting to", "brb".
        "i want to swim out into the sea and become a mermaid",
        "dreaming of getting hit by a truck just so i could sleep in a hospital bed for a week",
        "this heat wave has me wanting to walk into the ocean",
        "might jump off the roof brb",
    ],
    nothing=[
        # A scare that was nothing, told as over.
        "i thought somebody was breaking in but it was just the dog",
        "we thought someone broke in, turns out it was our teenager sneaking back in",
        "i thought someone was breaking in so i called the police.",
        # Something "swallowed" found elsewhere.
        "we thought he ate a battery, then found it behind the couch",
        "i was sure she swallowed a penny but it was in her pocket the whole time",
        # A feared temper told as over.
        "i figured my wife would kill me when she saw how much i spent on shoes lol",
        "i thought my mom was going to kill me when she saw the dent in her car",
        # News, trials and shows about other people.
        "reading an article about a dad who shook his baby, it made me so sad",
        "following the trial of the nanny who poisoned the twins has me anxious",
        "my daughter saw a movie where a mom dies and now she will not let me leave for work",
        # A child's violent words in a sibling fight, a child quoting a video.
        "he screamed at his sister that he would rip her arms off over the ipad",
        "she says she will bite her brother's fingers off when they fight",
        "my daughter told her friend she would blow up the school. turns out she was just repeating a tiktok.",
        "my son said he would shoot everyone at school. turns out he was quoting a fortnite streamer.",
        "they were playing cowboys and he yelled i am going to shoot you",
        # Recovery and healing.
        "the scrapes from his bike crash are healing well",
        "her stitches from the surgery come out today",
        "first bath since the near drowning last summer went great",
        # Costumes.
        "she wants stage blood on her vampire costume",
        "he spilled fake blood all over the carpet",
        # Correcting what was said.
        "i told the therapist my ex tried to kill me but that came out wrong, he was a reckless driver",
        "i texted you a message that said i am going to kill him and it was meant for my husband about the dog",
        "i mentioned the red in her diaper this morning, the pediatrician said it was the red dye from her popsicle",
        # A child lost for a moment, a child's fear after a death, a seizure medicine errand.
        "he did not even realize he was lost, the store found him in two minutes",
        "she keeps asking me if she will die in her sleep like her grandma",
        "can you fax the seizure medication authorization form to the school",
    ],
)
