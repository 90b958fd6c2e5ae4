"""Families of the dev_set_9 / dev_set_10 round: means handled and watched, time left counted, methods looked up,
accidents that are not, deliberate self-neglect, English as a second language, arrangements, a child's words for
sexual abuse, marks only a hand or a cigarette leaves, cruel punishment and neglect, a partner showing a weapon,
an abuser locating the writer, coercive control, stalking and arming against a target, intrusive thoughts of
harming a baby, plain-word medical signs; and the false-alarm families of the two sets (media, secondhand stories,
a child's questions about death, head-banging when frustrated, help in place, a screening "no" said to be true).

Each family is tested on variants written in other words than the sets, with safe look-alikes that must not
escalate; then every line of tests/crisis/dev_set_9.jsonl and dev_set_10.jsonl is run by
tests/safety/test_dev_set_lines.py, with the lines the rules still miss or over-read listed in
tests/safety/known_gaps.py. The hold-out sets are never read here."""
from __future__ import annotations

from typing import List, Tuple

from tests.safety.families import FamilyCases


# (text, category) that must escalate in that category.
FAMILY_CRISES: List[Tuple[str, str]] = [
    # ssh.fam9.means_watched: means handled or watched, not used yet.
    ("the shotgun is on the workbench and i keep picking it up", "suicide_self_harm"),
    ("there are pills in the drawer and i keep looking at them", "suicide_self_harm"),
    ("i lined up all my pills on the nightstand", "suicide_self_harm"),
    ("got the blade out again tonight", "suicide_self_harm"),
    ("i have the gun on my lap right now", "suicide_self_harm"),
    # ssh.fam9.time_left: time left counted.
    ("i may not be around much longer, just so you know", "suicide_self_harm"),
    ("honestly not sure if i will still be here next month", "suicide_self_harm"),
    ("you wont have to deal with me, i will not be a problem for much longer", "suicide_self_harm"),
    ("i do not plan on being around for christmas", "suicide_self_harm"),
    ("i am not going to be alive by friday", "suicide_self_harm"),
    # ssh.fam9.method_lookup: methods looked up or rehearsed.
    ("i googled how many of my zoloft would do it", "suicide_self_harm"),
    ("i was searching what dose of my insulin would kill me", "suicide_self_harm"),
    ("i looked up how long does it take to drown", "suicide_self_harm"),
    ("i keep rehearsing the plan in my head", "suicide_self_harm"),
    ("busque en internet cuantas pastillas se necesitan para morir", "suicide_self_harm"),
    # ssh.fam9.accident_wish: an accident that is not one.
    ("on the highway i think about just yanking the wheel", "suicide_self_harm"),
    ("yesterday i steered toward a tree on purpose and pulled back", "suicide_self_harm"),
    ("if i crashed on the way home it would look like an accident", "suicide_self_harm"),
    ("every night i pray a drunk driver hits me", "suicide_self_harm"),
    ("i hope this dose is the one that takes me", "suicide_self_harm"),
    ("i lie in the bath thinking about sliding under and never coming up", "suicide_self_harm"),
    # ssh.fam9.self_neglect: deliberate self-neglect.
    ("i quit taking my insulin on purpose", "suicide_self_harm"),
    ("i stopped my blood pressure pills deliberately", "suicide_self_harm"),
    ("if my heart just stops that is fine with me", "suicide_self_harm"),
    # ssh.fam9.ideation_more: ESL wishes, plans to stop existing, tired of breathing, going with a dying child.
    ("every day i think to end my life", "suicide_self_harm"),
    ("for me die is better, nobody need me", "suicide_self_harm"),
    ("i do not want life anymore", "suicide_self_harm"),
    ("honestly the only answer is to not exist", "suicide_self_harm"),
    ("i am so tired of being alive", "suicide_self_harm"),
    ("i would not mind never waking up", "suicide_self_harm"),
    ("i just want to go to sleep and not wake", "suicide_self_harm"),
    ("i think it is time i disappear permanently", "suicide_self_harm"),
    ("suicidal thoughts are back tonight", "suicide_self_harm"),
    ("if he dies i will die too", "suicide_self_harm"),
    ("she wants to stop living", "child_suicidal"),
    ("i took them all.", "suicide_self_harm"),
    ("i already got the stuff to do it", "suicide_self_harm"),
    ("i am cutting and i can not stop", "suicide_self_harm"),
    ("i burned myself again after 3 months clean", "suicide_self_harm"),
    ("my cuts are on my hips where nobody sees", "suicide_self_harm"),
    ("i picked the date so the kids have one last happy memory of me", "suicide_self_harm"),
    ("i told my therapist i have a plan and she put me on a waitlist", "suicide_self_harm"),
    ("my brother took his own life and i think he had the right idea", "suicide_self_harm"),
    ("i keep hitting my head against the wall until i see stars", "suicide_self_harm"),
    ("the rope is ready, i just need to wait for them to sleep", "suicide_self_harm"),
    ("if i do not make it by morning tell my kids i love them", "suicide_self_harm"),
    ("i have saved enough to make sure i never wake up", "suicide_self_harm"),
    # ssh.fam9.arrangements: arrangements for after.
    ("i finished my will and put the passwords in an envelope", "suicide_self_harm"),
    ("i wrote a letter and left it on the dresser", "suicide_self_harm"),
    ("letters are done.", "suicide_self_harm"),
    ("i gave my sister my rings and told her to raise my daughter", "suicide_self_harm"),
    # es.fam9.wish / ssh.fam9.the_night: Spanglish and Spanish.
    ("some days i just want to matarme", "suicide_self_harm"),
    ("seria mejor estar muerta", "suicide_self_harm"),
    ("estoy en el coche en el garaje con el motor encendido", "suicide_self_harm"),
    # csu.fam9.acts: a child's acts and words.
    ("my 15 year old locked in his room with a knife", "child_suicidal"),
    ("she climbed onto the balcony railing and said she wants to fly away forever", "child_suicidal"),
    ("my son tied a belt around his own neck", "child_suicidal"),
    ("he said he will stick the scissors in my heart so he can go to heaven", "child_suicidal"),
    ("she told me the train would make me dead", "child_suicidal"),
    ("my son said we will not have to worry about me much longer", "child_suicidal"),
    ("my daughter wrote a list of who gets her toys", "child_suicidal"),
    ("my 14 yo texted bye mom i love you and now she is not answering", "child_suicidal"),
    # cab.fam9.sexual_words: a child's words for sexual abuse and grooming.
    ("my daughter said uncle plays the touching game with her", "child_abuse"),
    ("he said the neighbor did bad things to him in the garage", "child_abuse"),
    ("she said the babysitter put his pee pee in her mouth", "child_abuse"),
    ("my son keeps saying no touch my privates to his stepdad", "child_abuse"),
    ("her coach takes photos of her naked", "child_abuse"),
    ("a man online told my son to keep their messages a secret", "child_abuse"),
    ("my 13 year old is being extorted for nude pictures by someone on snapchat", "child_abuse"),
    ("my mother in law wants to take my girl abroad to get the cutting done", "child_abuse"),
    ("mi hijo dice que su tio le toca sus partes", "child_abuse"),
    # cab.fam9.marks: marks that only a hand, a cord or a cigarette leaves.
    ("there are hand shaped bruises on her thighs after his weekend", "child_abuse"),
    ("he came back with marks shaped like a belt on his legs", "child_abuse"),
    ("my niece has circular burns on her arm", "child_abuse"),
    ("the baby has bruising on both ears", "child_abuse"),
    ("his dad held a hot iron to his hand", "child_abuse"),
    ("she has a fractured rib that no one can explain", "child_abuse"),
    ("there are big red marks from the belt on my son", "child_abuse"),
    # cab.fam9.cruelty: cruel punishment.
    ("his stepmom makes him kneel for hours with no food", "child_abuse"),
    ("she forced my daughter to eat her own vomit", "child_abuse"),
    ("grandma pours vinegar in the baby's mouth when he cries", "child_abuse"),
    ("her dad gives her only water when she misbehaves", "child_abuse"),
    ("there is a padlock on the outside of her bedroom door", "child_abuse"),
    ("her boyfriend locks my son in a dog crate", "child_abuse"),
    ("his dad put him in the dark basement for being bad", "child_abuse"),
    ("she said daddy holds her head under the bath water", "child_abuse"),
    ("every night i hear a man beating a kid next door", "child_abuse"),
    ("through the wall i heard the baby screaming and a man hitting", "child_abuse"),
    # cab.fam9.neglect: neglect.
    ("my sister leaves the twins alone in the flat all night", "child_abuse"),
    ("a toddler is wandering the parking lot with no adults around", "child_abuse"),
    ("i found a used syringe in the baby's crib at my brother's", "child_abuse"),
    ("her mom is smoking meth in front of the baby", "child_abuse"),
    ("his diaper has not been changed since yesterday", "child_abuse"),
    # dv.fam9.weapon_shown / coming_armed: a partner showing a weapon.
    ("my boyfriend took the knife out again", "domestic_violence"),
    ("he sits there cleaning his pistol and staring at me", "domestic_violence"),
    ("my husband laid his gun on the table and said remember what happens", "domestic_violence"),
    ("he messaged me give me the kids tonight or i am coming over with the gun", "domestic_violence"),
    # dv.fam9.located / quoted_threat: an abuser locating the writer.
    ("my ex found out our new address", "domestic_violence"),
    ("my abusive ex has been asking my friends where we moved", "domestic_violence"),
    ("he told me he will finish what he started", "domestic_violence"),
    ("he drove past my work 9 times today", "domestic_violence"),
    ("my ex was parked in his car across the street all night", "domestic_violence"),
    ("my ex left a dead cat on my doorstep", "domestic_violence"),
    ("he texted i know which room the kids sleep in", "domestic_violence"),
    # dv.fam9.threat_control / control / stairs: threats and coercive control.
    ("my husband said he will break my hands if i leave", "domestic_violence"),
    ("she dragged me across the floor by my hair", "domestic_violence"),
    ("my boyfriend was throwing plates at me while i held the baby", "domestic_violence"),
    ("he hid my passport and my phone so i could not leave", "domestic_violence"),
    ("my husband makes me ask permission to shower", "domestic_violence"),
    ("he locked us out of the house in the cold with the baby", "domestic_violence"),
    ("my grown son shoved me down the steps", "domestic_violence"),
    ("he tried to smother me with a pillow", "domestic_violence"),
    ("he is punching holes in the door right next to my face", "domestic_violence"),
    # hto.fam9.stalk_arm: stalking or arming against a target.
    ("i have been sitting outside his house every night", "harm_to_others"),
    ("i started following her truck after work", "harm_to_others"),
    ("i wrote down where he works and when he is alone", "harm_to_others"),
    ("i am going to find where she lives", "harm_to_others"),
    ("i am bringing my gun to the custody exchange", "harm_to_others"),
    ("i will take a hammer to his head if he comes near her", "harm_to_others"),
    ("i am bringing something to court to settle this", "harm_to_others"),
    # hto.fam9.plans: harm planned in other ways.
    ("i put antifreeze in his coffee", "harm_to_others"),
    ("it would be so easy to poison my ex", "harm_to_others"),
    ("i keep thinking about running her car off the road", "harm_to_others"),
    ("i want to push him down the stairs", "harm_to_others"),
    ("my husband is threatening to go shoot my ex", "harm_to_others"),
    ("my husband said he will shoot the caseworker", "harm_to_others"),
    ("we are pulling up to his place tonight and he is not walking away", "harm_to_others"),
    # hcf.fam9.about_to: about to do what cannot be undone.
    ("the baby will not stop and i am about to do something i will regret", "harm_to_child_fear"),
    ("i am scared i will do something i can not undo to my son", "harm_to_child_fear"),
    ("i am so close to snapping and no one else is here with him", "harm_to_child_fear"),
    # hcf.fam9.intrusive: intrusive thoughts of harming a baby.
    ("i keep imagining drowning her in the bath", "harm_to_child_fear"),
    ("i think about how easy it would be to smother him", "harm_to_child_fear"),
    ("i am scared i will drop the baby on purpose", "harm_to_child_fear"),
    ("a voice tells me i have to get rid of the baby", "harm_to_child_fear"),
    # hcf.fam9.did / near_miss: the writer's hands in other words.
    ("i lost it and shook her", "harm_to_child_fear"),
    ("i squeezed my daughter's wrist until she cried", "harm_to_child_fear"),
    ("he scratched me so i scratched him back", "harm_to_child_fear"),
    ("my teen mouthed off and i choked him.", "harm_to_child_fear"),
    ("i tossed my son and threw him onto the bed", "harm_to_child_fear"),
    ("i whip him way harder than i admit", "harm_to_child_fear"),
    ("i smashed a plate against the wall right beside the baby's head", "harm_to_child_fear"),
    ("i am gripping him too tight, i can not", "harm_to_child_fear"),
    # med.fam9.signs: plain-word medical signs (and words the harm_to_others finality family must leave alone).
    ("he is not breathing.", "child_medical"),
    ("she is not waking up.", "child_medical"),
    ("she has spots that do not fade when i press a glass on them", "child_medical"),
    ("my son has a fever and a stiff neck", "child_medical"),
    ("the baby's soft spot is sunken", "child_medical"),
    ("my 6 month old has had no wet diaper for 10 hours", "child_medical"),
    ("my toddler has stridor", "child_medical"),
    ("the baby is turning grey", "child_medical"),
    ("she keeps stopping breathing for a few seconds", "child_medical"),
    ("he touched the oven and the skin is coming off his hand", "child_medical"),
    ("my son pulled the dresser over on top of himself", "child_medical"),
    ("she hit her head, vomited twice and now she is really drowsy", "child_medical"),
    ("he got into my oxycodone, not sure if he ate any", "child_medical"),
    ("my daughter drank the soap for washing the dishes", "child_medical"),
    ("mi hija se tomo todo el frasco de jarabe", "child_medical"),
]

# Safe look-alikes: the same words, no crisis.
SAFE_LOOK_ALIKES: List[str] = [
    # means watched
    "the gun safe is locked and i keep checking it for the kids' sake",
    "i counted out her vitamins for the week",
    "i counted out his meds for the week",
    "i put my gun on the nightstand at night for protection",
    "i got the rifle in the truck for hunting season",
    "got the knife out to cut the cake",
    # time left
    "i will not be around on friday, we are visiting my mom",
    "i might not be here by then, my shift runs late",
    "i told my doctor i have a plan for weaning",
    # method lookup
    "i looked up how long it takes to potty train",
    "i googled how many ounces a 4 month old should drink",
    # accident wish
    "if i crash on the couch early tonight, the kids have their dad",
    "i steered the stroller toward the park",
    # self neglect
    "i stopped taking my meds because of the side effects, my doctor knows",
    # ideation / ESL
    "i think to take all the kids to the zoo",
    "i am tired of being the only one who cleans",
    "i would not mind a nap",
    # arrangements
    "we made a will after the baby was born",
    "i wrote a note and left it on the fridge for the babysitter",
    "i gave my sister my old stroller and told her to keep it",
    # child acts
    "my son climbed the window ledge to watch the birds",
    "she tied a ribbon around her doll's neck",
    "my son said the cars will make a lot of noise",
    # sexual words
    "my son plays a game of tag at recess",
    "my daughter did some chores for me",
    "we keep the surprise party a secret from daddy",
    # marks
    "she has round bruises on her shins from the trampoline",
    "my son burned his hand on the iron last year, it healed",
    # cruelty
    "my son stands in the corner for two minutes in time out",
    "we put the puppy in a crate at night",
    "my kid was screaming no daddy at the park because he did not want to leave",
    "i heard the kids screaming and laughing at the party",
    "she feeds the baby formula and water",
    # neglect
    "i left the kids with grandma for the weekend",
    "no adult supervision at the party was a worry, we left early",
    # weapon shown
    "my husband cleans his hunting rifle in the garage every fall",
    "he took the knife out of the drawer to carve the turkey",
    # located
    "my mom found our new apartment online",
    "my son drove past the school three times looking for parking",
    # control / threats
    "my toddler throws toys at me when he is tired",
    "my son broke my phone",
    "my son locked me out of the bathroom",
    "my husband got our new house keys today",
    "my husband is sitting in his truck outside waiting for us",
    "my son has round stickers on his arm from the doctor",
    "she has a heart shaped birthmark on her neck",
    "my husband has been buying ammo for hunting season",
    "the wind almost drove my car off the road",
    "i lock the door from the outside when i go to work",
    # stalk / arm
    "i have been waiting outside the daycare for pickup",
    "i was waiting outside her house to pick up my son",
    "i am bringing the bat to his game tonight",
    "my toddler is not walking away from the ipad",
    "i am going to find out where she lives so i can send a thank you card",
    "i am bringing the bat to his baseball practice",
    "i know where she lives, she is my sister",
    # plans
    "it would be so easy to spoil my grandson",
    # about to / intrusive
    "i am about to do something fun with the kids",
    "i keep imagining her first day at kindergarten",
    "i need to get rid of her old clothes",
    # did
    "i squeezed my son's hand when we crossed the street",
    "i threw a ball at the wall next to the hoop",
    # medical
    "the rash faded when i pressed a glass on it",
    "my neck is stiff from sleeping wrong",
    "she had a wet diaper an hour ago",
]

# False-alarm families of the two sets: safe lines in other words than the sets that must not escalate.
FALSE_ALARM_GUARDS: List[str] = [
    # Media: a documentary, a news story, a podcast.
    "i watched a documentary about a dad who killed his family and could not sleep",
    "there was a news story about a mom who drowned her baby, how do i stop thinking about it",
    "a podcast about a man who stabbed his wife made me anxious",
    # Work that follows the writer home; expelled, not hurt.
    "as a paramedic how do i stop the images from following me home",
    "the preschool wants to kick him out for biting",
    "they threatened to kick her out of daycare",
    # Head-banging when frustrated, a sensory habit.
    "my 2 year old bangs his head on the floor when he is frustrated, is that normal",
    "my daughter hits her own head when she gets overwhelmed, the OT is helping",
    "he bumps his head on the wall when he is tired",
    # A child's question about death.
    "my son asked if grandpa will die someday",
    "she asks if we will be dead like the fish",
    "my 4 year old asked me if i will die when i am old",
    # A pretend monster to hide from.
    "we play hide from the tickle monster every night",
    "the kids hide from the dragon under the blankets",
    # Someone else's story in a group; a friend's partner.
    "in my support group a mom talked about her husband beating her and i cried",
    "at group another dad shared about his ex stabbing him, it was hard to hear",
    "my coworker said her boyfriend hits her, how can i help her",
    # Supporting someone in general.
    "how do you support someone who attempted suicide",
    "how can i help a friend going through a suicide loss",
    # Help in place; someone in custody or on trial; a child's words assessed.
    "my brother has been suicidal but he is seeing his psychiatrist now and is getting help",
    "the man who abused my son goes to trial in may, he is in custody",
    "she said she wanted to die during a tantrum, the psychologist assessed her and she is fine",
    # Reassured after a scare; a seizure long ago.
    "he swallowed bath water and coughed, now he is laughing and playing",
    "my son choked on a carrot once, he was fine. how do i stop worrying",
    "she had a febrile seizure once. now she has a fever but no seizure and is drinking fine.",
    # A screening question answered no, and said to be true.
    "the nurse asked if i have thoughts of hurting my baby. i said no and it is true. is that a normal question",
]

# Look-alikes of the false-alarm guards that are still crises (the category is checked where the rules give the
# labelled one; a sister beaten by her husband is read as child_abuse, an older gap of the "her" pronoun).
STILL_CRISES: List[Tuple[str, str]] = [
    ("my husband killed our dog in front of the kids and says i am next", "domestic_violence"),
    ("my son hits his head on the wall on purpose and says he wants to die", "child_suicidal"),
    ("he asked if he can die now", "child_suicidal"),
    ("my daughter told me her dad touches her and says it is their secret game", "child_abuse"),
    ("my boyfriend choked me last night and i am scared", "domestic_violence"),
    ("the therapist asked if i have thoughts of killing myself. i said no but that is not true", "suicide_self_harm"),
]
STILL_CRISES_ANY_CATEGORY: List[str] = [
    "my sister texted me that her husband is beating her right now",
    "we watched a movie and then he choked me in front of the kids",
]

# Everyday exasperation that gets a check-in, never silence.
CHECK_INS: List[str] = [
    "three sick kids and a broken dishwasher, just bury me",
    "if my mil moves my spices again they will never find her body lol",
    "the next mom who judges my parking is getting throat punched lol",
    "these twins are out to murder me, up every hour",
    "i need a nanny or a hitman at this point",
    "saw the daycare bill and promptly died",
    "i want to lie in a ditch forever and let someone else do bedtime",
    "we are all dying of this cold",
    "i am dead inside after this week",
    "i am going to end up in jail if the neighbor mows at 6am again",
    "drowning my sorrows in cold chicken nuggets",
    "i wanted the ground to swallow me when he screamed that in church",
    "selling the twins on craigslist, any offers",
    "i could sleep for a thousand years",
]


# The family variants, and the crises that look like a false-alarm guard, escalate in their category; the safe
# look-alikes and the false-alarm families do not escalate.
CASES = FamilyCases(in_category=FAMILY_CRISES + STILL_CRISES, any_crisis=STILL_CRISES_ANY_CATEGORY,
                    not_crisis=SAFE_LOOK_ALIKES + FALSE_ALARM_GUARDS, check_in=CHECK_INS)
