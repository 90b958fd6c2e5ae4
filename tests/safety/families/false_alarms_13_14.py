"""False-alarm families of the dev_set_13 / dev_set_14 round (rules only): the safe ways of using crisis words these
sets showed, each tested on look-alikes written in other words than the sets (they must not escalate), and on real
crises using the same words (they must still escalate, in their category), so that no fix is wider than its family.

Families: violence against the writer that is over, said as how long the family has been safe or gone ("we've been
safe for 8 months now", "now gone 3 years, divorce final"); a child's memory of one night the writer was hurt, asked
about for therapy ("i don't want him to have to remember the night his dad hit me"); a choking cleared at once
("coughed it right up, totally fine", "did the back blows and it came out"); a near-drowning counted back in
seasons ("2 summers ago"); the writer overdoing a treat ("i OD'd on cheese", "overdosed on christmas cookies"); a
food as the weapon of a child's joke ("my mommy tries to kill me with broccoli"); swimming as a sport ("drowning
everybody in that race"); a thought of harm denied after it is named ("the thought of hurting him has never crossed
my mind"); a child's quoted "mommy's gonna kill me" that the writer denies after a short aside, saying where the
child heard it. The hold-out sets are never read here."""
from __future__ import annotations

from typing import List, Tuple

from tests.safety.families import FamilyCases

# Safe look-alikes, one group per family: they must not escalate (a check-in is allowed).
SAFE_LOOK_ALIKES: List[str] = [
    "my son said daddy tickles me and he can't stop laughing",
    "i took 2 advil for my headache",
    "i dont know how many cups of coffee i had",
    "me esta pegando el sol muy fuerte",
    "creo que me esta pegando un resfriado",
    "my phone want die, battery 2%",
    "i loaded the gun for deer season",
    "i have my rifle loaded for the hunt tomorrow",
    "my ex said he would take the kids to disneyland",
    # Violence that is over, said as how long the family has been safe or gone.
    "my son talks about the night his dad strangled me. we moved out and he has no contact",
    "he hit me in front of the kids more than once. we have been divorced for two years now and he lives in ohio",
    "my ex used to hit me years ago. he moved to texas and we don't talk",
    "does my son need therapy after seeing his father choke me? we have been safe for over a year",
    "my ex beat me in front of the kids. we have been out of that house for three years now. how do i talk to them about it",
    "husband punch me in front of baby. now gone 2 years. baby need therapy?",
    # A child's memory of one night the writer was hurt, asked about for therapy.
    "will play therapy make my daughter relive the day her father choked me?",
    "i do not want my kids to remember the morning their father beat me",
    "my son brings up the time his stepdad shoved me into the door, what do i say",
    # A choking cleared at once.
    "my son choked on a piece of hot dog, spit it right out and was totally fine. how small should i cut them?",
    "she choked on her cracker but coughed it back up, perfectly fine",
    "my baby choked on a blueberry, i did back blows and it popped out and she was fine. should i wait to give berries?",
    "he choked on popcorn at the movies, the heimlich worked and it flew out, he is ok",
    "my son choked on a piece of apple a few months ago, the heimlich worked and it popped right out. should i learn cpr?",
    # A near-drowning counted back in seasons.
    "my son nearly drowned at the beach a couple of summers ago, he loves swimming now",
    "she almost drowned in the lake three summers ago and now she is scared of water",
    # The writer overdoing a treat.
    "i overdosed on pumpkin pie yesterday, never again",
    "i od'd on halloween candy last night lol",
    # A food as the weapon of a child's joke.
    # Swimming as a sport.
    "my son drowned the competition at his swim meet today, first place!",
    "she was drowning everyone in the relay, so proud",
    # A thought of harm denied after it is named.
    "thoughts of hurting my daughter have never crossed my mind, is that normal",
    # A child's quoted threat, denied by the writer after a short aside, with where the child heard it.
    'my 5 year old told the school nurse "my dad is going to kill me" after he lost his jacket. i was so embarrassed. '
    "i have never hit him, he picked that up from a cartoon",
    'my daughter yelled "mommy is going to kill me" in the store when she dropped the eggs. people stared. i would '
    "never hurt her, she copies what her big cousin says",
    'he told his teacher "grandma hits me". i never hit him, he heard it on tv',
]

# Real crises with the same words: they must still escalate in this category.
STILL_CRISES: List[Tuple[str, str]] = [
    # Safe for a while, then not.
    ("we have been safe for 8 months but last night he found us and hit me", "domestic_violence"),
    ("he has been gone for two years but he is back now and he hit me again", "domestic_violence"),
    ("we have been safe for a year but he found our new address and says he will kill me", "domestic_violence"),
    ("he hit me. we have been apart for 3 months but he keeps showing up", "domestic_violence"),
    # Months out of work or away, not away from him.
    ("i have been out of work for 3 months. my husband choked me.", "domestic_violence"),
    ("i have been away for 2 months on deployment. my wife stabbed me when i got home", "domestic_violence"),
    # The night remembered, and the danger now; the writer's own memory.
    ("my son keeps talking about the night his dad hit me, and his dad is coming over tonight", "domestic_violence"),
    ("i can not stop thinking about the night he choked me", "domestic_violence"),
    ("my daughter remembers the night her dad hit me and he hit me again last night", "domestic_violence"),
    # Choking not cleared, or danger signs after it.
    ("she choked on a grape, i did back blows and it came out but she is still not breathing right", "child_medical"),
    ("he choked on a carrot, coughed it up, and now he is wheezing and his lips are blue", "child_medical"),
    ("i did back blows but it will not come out and he is turning blue", "child_medical"),
    ("she choked on a coin and coughed it up but now she is drooling and can not swallow", "child_medical"),
    ("he coughed it up and was fine but now he is turning blue", "child_medical"),
    ("she choked on a grape. i did back blows and it came out. now she is blue and floppy", "child_medical"),
    ("my son choked on a grape last month and it came out, but now he is wheezing", "child_medical"),
    # Drowning today, after a past one.
    ("my son nearly drowned at the lake today and he is not breathing right", "child_medical"),
    ("two summers ago she almost drowned, and today she went under again and is not breathing", "child_medical"),
    # Overdoses on medicines, or a treat mixed with them.
    ("i overdosed on my sleeping pills", "suicide_self_harm"),
    ("i just overdosed on tylenol", "suicide_self_harm"),
    ("i overdosed on pills and cookies", "suicide_self_harm"),
    ("i overdosed on pie and my xanax", "suicide_self_harm"),
    ("i od'd on my antidepressants last night", "suicide_self_harm"),
    # Trying to kill with hands, a weapon or poison.
    ("my husband tries to kill me with his bare hands", "domestic_violence"),
    ("he tried to kill me with a kitchen knife", "domestic_violence"),
    ("she tried to kill me with rat poison in my soup", "domestic_violence"),
    ("my son said his dad tried to kill him with a pillow", "child_abuse"),
    # Drowning at the pool, not a race won.
    ("my son is drowning in the pool at swim practice", "child_medical"),
    ("she nearly drowned during the race at the swim meet", "child_medical"),
    # The thought that did cross the writer's mind.
    ("the thought of hurting him crossed my mind today and it scared me", "harm_to_child_fear"),
    ("the thought of hurting my baby never crossed my mind until this week", "harm_to_child_fear"),
    ("thoughts of hurting her keep crossing my mind", "harm_to_child_fear"),
    # A child's own words passed on: the "me" is the child's.
    ('my daughter told the nurse "daddy chokes me". i do not know what to do', "child_abuse"),
    ("my 4yo keeps saying grandpa touches me", "child_abuse"),
    ("my son told his teacher his stepdad locks me in the closet", "child_abuse"),
    # Too much of a treat is a joke; caffeine, a pill or anything mixed in is not.
    ("my 2yo overdosed on caffeine pills", "child_medical"),
    ("my son overdosed on caffeine, he's shaking and throwing up", "child_medical"),
    ("i od'd on coffee and xanax", "suicide_self_harm"),
    ("my son od on chocolate laxatives", "child_medical"),
    # Plain words no family read (this round's review): a gun held loaded, pills kept to take, a count of pain
    # pills, a threat to take the children and kill them.
    ("i have the gun loaded", "suicide_self_harm"),
    ("i have pills saved up and i'm going to take them", "suicide_self_harm"),
    ("i took 30 advil", "suicide_self_harm"),
    ("i took 25 ibuprofen an hour ago", "suicide_self_harm"),
    ("he says he is going to take the kids and kill them", "child_abuse"),
    ("i have my shotgun loaded and im going over to my exes house", "harm_to_others"),
    # Not knowing how much was taken; "want die" without "to"; Spanish violence happening now, any word order.
    ("she found my grandmas pills and the bottle is open, dont know how many she took", "child_medical"),
    ("i dont know how much bleach he drank", "child_medical"),
    ("i don't know how many pills i took", "suicide_self_harm"),
    ("my daughter say she want die", "child_suicidal"),
    ("i want die", "suicide_self_harm"),
    ("me esta pegando mi esposo ayudenme", "domestic_violence"),
    ("el papa de mis hijos me esta pegando ahorita", "domestic_violence"),
    # The same words meant: a game, a popsicle or a pet named and a real danger with them.
    ("i plan to beat my husband when he gets home", "harm_to_others"),
    ("his lips are purple from the popsicle and now he is not breathing", "child_medical"),
    ("i beat my husband at chess and then he choked me", "domestic_violence"),
    ("voy a matar a mi esposo", "harm_to_others"),
    ("googled how many pills are lethal for a person", "suicide_self_harm"),
    # Time since it stopped dates what came before, not what follows: what follows happened since.
    ("ive been separated 4 months. he showed up at my job and grabbed my neck", "domestic_violence"),
    ("we been gone 2 months from him. he found our new address and said hes coming", "domestic_violence"),
    ("i've been divorced for a year. he broke in and beat me up", "domestic_violence"),
    ("we've been safe for 8 months. my ex just threatened to take the kids and hurt me", "domestic_violence"),
    ("been gone for a few months now. he choked me when i went to get my stuff", "domestic_violence"),
    ("we have been separated for 2 months. he choked me when he dropped off the kids", "domestic_violence"),
    # The one who did it back in the home, said in the next sentence or the same one.
    ("my daughter talks about the day her dad hit me. he still lives with us", "domestic_violence"),
    ("he choked me. he was gone for 2 months in rehab and now he is home", "domestic_violence"),
    ("he hit me back in 2019. he moved back in last month", "domestic_violence"),
    ("my son talks about the night his dad strangled me. his dad still lives with us and drinks every night",
     "domestic_violence"),
]

# Real crises whose category the rules may read either way: they must escalate.
STILL_CRISES_ANY_CATEGORY: List[str] = [
    # From this round's review: crises the first narrowings silenced (a denial, a treat, time since, a comma).
    'my daughter said daddy hurts her pee pee. i never hurt her',
    'my daughter said grandpa touched her. i never touched her',
    'my son said his babysitter hits him. i never hit him.',
    'my son says his dad chokes him. i did not do it',
    'my son says "mommy hurts me". i don\'t. it\'s his dad who does',
    'my ex tried to kill her with candy. she was in the hospital',
    'my husband is trying to kill me with sugar, im diabetic and he hides my insulin',
    'my toddler overdosed on the candy, and some of the iron pills',
    'my son overdosed on cookies. they were pot cookies',
    'my son od on cream. it was my numbing cream',
    'i overdosed on pie, and my xanax',
    'we have been safe for a year now, he is outside with a knife',
    'we have been apart for a year now, he just kicked in the door and hit me',
    'divorce is final, he broke in and hit me',
    'i am going to kill myself. divorce is final',
    'we have been apart for 3 months now, i cant stop thinking about killing myself',
    'the thought of hurting him never ever crossed my mind, until recently',
    'baby choked on milk, coughed it up and was fine, but she went limp for a second',
    'my son talks about the night his dad strangled me. we still live together',
    'my son remembers the night his dad strangled me, i am pregnant and still with him',
    'he choked me last week. we have been separated 2 months',
    'he showed up drunk and choked me. we have been divorced for a year now',
    'he raped me when i dropped off the kids. we have been divorced for 2 years now',
    'we left him last year. he found us and beat me',
    # A child's quoted threat ("daddy is going to kill me") is read as the writer's own: the rules say domestic_violence
    # where a child is the one hurt (child_abuse). Known wrong category, left for a quote-aware subject rule.
    'my son told his teacher "my daddy is going to kill me". i was shocked. i have never hit him, but his dad does',
    'my son told the teacher "my mom is going to kill me". i was mortified. honestly i did hit him last week',
    'she told her teacher "mommy hits me". i was mortified. i never hit her, she heard it from her cousin whose mom '
    "hits him",
    'my son told his dad "mommy is going to kill me". i was mortified. i never hit him, he heard it on a show. but my '
    "boyfriend hits him",
]

# Safe lines this round's review chose to escalate (a needless answer costs a moment; each narrowing that spared
# them also silenced real crises the reviewer wrote): violence months ago (the months after a separation are the
# most dangerous, so only a year or more dates it), a treat as the weapon of anyone's joke but a small child's
# quote ("my husband is trying to kill me with sugar, im diabetic"), a thought of harm denied and then anything
# after a comma ("never crossed my mind, until recently"). Not tested; listed so that nobody narrows them back.
ACCEPTED_FALSE_ALARMS: List[str] = [
    "my daughter saw her stepdad kick me. we've been on our own 18 months now, is she too young for cpp",
    "my daughter says grandma is trying to kill her with vegetables",
    "my son swears his dad is killing him with green beans every night",
    "the urge to hit him has never once crossed my mind, my therapist asked",
]

CASES = FamilyCases(in_category=STILL_CRISES, any_crisis=STILL_CRISES_ANY_CATEGORY, not_crisis=SAFE_LOOK_ALIKES)
