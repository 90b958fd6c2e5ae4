"""Families of the dev_set_15 round (rules only): military, rural, recovery, prison, LGBTQ and teen-parent voices.
Ending one's life in English-learner words, pills gathered in one place, "stuff" swallowed, a hedged amount, a
place as the way out, insurance as the reason, driving off the road, no point in breathing, fading out, being
found by the children, means where no one looks, using until it is over, letters to the girls; medicine smashed
to punish, the threat told from prison, an ex parked outside, an address never given, a door kicked in with the
children shielded, "help he's here", coming home swinging, ICE and custody threats; taking care of it for good,
going to get someone with a razor, gas cans at a house, a target's car and home looked up; too angry to be near
the children, next time the hands, holding too tight in anger, crying that makes one want to smother, a fist
through the wall by the crib; a child kept strapped in, found alone, left in the truck, punished with cold water
or a crate, sexual signs in a child's words, a registered offender alone with the child, dragged by the arm, an
impossible explanation, grabbed by the throat, a drunk or high adult who has the child; a drug or cleaner
swallowed and the child not right, a fall into water and limp; a child's wish to be in the ground with a lost
parent; and hyperbole that should get a check-in.

Each family is tested on variants written in other words than the set, with safe look-alikes in the same words
(cooking, games, sports, work, play, idioms, handled injuries, past events) that must not escalate; every line of
tests/crisis/dev_set_15.jsonl is run by tests/safety/test_dev_set_lines.py, with the lines the rules still miss
listed in tests/safety/known_gaps.py. The hold-out sets are never read here."""
from __future__ import annotations

from typing import List, Tuple

from tests.safety.families import CAB, CSU, DV, HCF, HTO, MED, SSH, FamilyCases

# (text, category) that must escalate in that category.
FAMILY_CRISES: List[Tuple[str, str]] = [
    # ssh.fam15.finish_life
    ("i am so tired. i want to finish my life", SSH),
    ("my husband gone, i decided to finish my life soon", SSH),
    ("please help i am going to finish myself.", SSH),
    # ssh.fam15.gathered
    ("every pill i own is in a pile on the bed", SSH),
    ("all of my pills are in one bowl on the table", SSH),
    ("all the meds are in my hand now", SSH),
    # ssh.fam15.swallowed_stuff
    ("i took a handful of random pills.", SSH),
    ("i just swallowed whatever i could find in the cabinet", SSH),
    ("i downed a lot of stuff. getting sleepy", SSH),
    # ssh.fam15.hedged_amount
    ("i swallowed like half the bottle of my trazodone", SSH),
    ("i just took maybe all of the box of tylenol", SSH),
    ("i took about half of a bottle of my sleeping pills", SSH),
    # ssh.fam15.way_out
    ("i keep thinking the bridge is the only way out", SSH),
    ("lately i feel like dying is the easiest answer", SSH),
    ("been staring at the tracks by the house longer than i should", SSH),
    # ssh.fam15.insurance
    ("i figure the insurance payout would save my family.", SSH),
    ("thinking that my policy insurance money would rescue the kids", SSH),
    ("thinking my insurance payout would save our children", SSH),
    # ssh.fam15.drive_off
    ("i keep thinking about driving off the embankment on the way home", SSH),
    ("tempted to steer into oncoming traffic tonight", SSH),
    ("thought about just jerking the wheel into a truck on the highway", SSH),
    # ssh.fam15.no_point
    ("what is the point of me even existing.", SSH),
    ("why do i keep breathing.", SSH),
    ("honestly what is the point in me being alive", SSH),
    # ssh.fam15.fade
    ("if i just waste away nobody has to take care of me", SSH),
    ("if i slip away no one would have to deal with my mess", SSH),
    ("if i quietly disappear everyone would have to move on", SSH),
    # ssh.fam15.found
    ("i do not want my son to be the one who finds me", SSH),
    ("i hope the kids will not find me hanging.", SSH),
    ("i just dont want my wife to be the first one to find me", SSH),
    # ssh.fam15.place_means
    ("sitting in the garage with my husband's pistol now", SSH),
    ("i am out in the shed with a rope", SSH),
    ("standing in the woods with the pills and i am tired", SSH),
    # ssh.fam15.use_enough
    ("thinking about how i could take enough to not wake up", SSH),
    ("i want to use enough that i will not come back", SSH),
    ("i drank hoping i would die tonight", SSH),
    # ssh.fam15.letters_in_case
    ("i wrote letters to both boys tonight", SSH),
    ("wrote goodbye letters to all 3 girls last night", SSH),
    ("finished notes for each of my boys tonight", SSH),
    # ssh.fam15.the_night
    ("tonight is the night. i have a handful of oxy ready", SSH),
    ("i have the pills right here. today is the day", SSH),
    ("i have a fifth of whiskey and all his xanax. tonight is the night i think", SSH),
    # es.fam15.better_gone
    ("a veces pienso que seria mejor morirme", SSH),
    ("siento que es mejor dejar de existir", SSH),
    ("creo que seria mejor no despertar", SSH),
    # dv.fam15.meds_destroyed
    ("my husband flushed my meds to punish me", DV),
    ("my boyfriend smashed my glucose meter when i talked back", DV),
    ("my wife destroyed my inhaler during the fight", DV),
    # dv.fam15.what_he_will_do
    ("he keeps texting me what he is going to do to me when he finds me", DV),
    ("my ex wrote exactly what he plans to do to me once he gets out", DV),
    ("she told me what she would do to me if i called the cops", DV),
    # dv.fam15.parked_outside
    ("my ex keeps showing up outside my apartment every night", DV),
    ("the stalker has been parked by my house every single night", DV),
    ("my ex drives past my job every morning since the hearing", DV),
    # dv.fam15.found_me
    ("he sent flowers to my new place. i never told him where i moved", DV),
    ("i moved out last month and he found where i live and showed up", DV),
    ("got away from him in may and he knows my new address now.", DV),
    # dv.fam15.door
    ("he is banging on the door and the kids are hiding in my closet", DV),
    ("my ex is pounding on my door, my daughter is behind me crying", DV),
    ("he is kicking down the door and the children are hiding upstairs", DV),
    # dv.fam15.help_here
    ("help she is back.", DV),
    ("help he is at the door.", DV),
    ("help he is outside.", DV),
    # dv.fam15.swinging
    ("my boyfriend got drunk at the game and came home swinging.", DV),
    ("he started swinging at me in front of the baby", DV),
    ("my husband came at me swinging at us again last night", DV),
    # dv.fam15.if_i_leave
    ("he says if i leave him he will have me deported", DV),
    ("my boyfriend threatened to call immigration on me", DV),
    ("if i leave he swears he will take my kids away", DV),
    # dv.fam15.all_die
    ("my husband has his gun and he keeps saying we are all going to die tonight", DV),
    ("he has a knife and is yelling that we are going to die", DV),
    ("my husband is yelling that we are all going to die tonight and he has the shotgun", DV),
    # hto.fam15.permanently
    ("if that man comes near my son again i will deal with him permanently.", HTO),
    ("i will handle her for good.", HTO),
    ("they let him out. i am going to take care of him myself permanently", HTO),
    # hto.fam15.get_them
    ("i am going to get him tonight. i have my knife", HTO),
    ("he is not touching my kids ever again. i have got the bat in the truck", HTO),
    ("i am not calling the police, i am handling it. i have got a bat", HTO),
    # hto.fam15.fire
    ("i am parked in front of his trailer with a gas can", HTO),
    ("standing outside her apartment with lighter fluid", HTO),
    ("i am outside my ex's house with gasoline right now", HTO),
    # hto.fam15.looking_up
    ("i found out where he lives and when he leaves for work", HTO),
    ("been tracking where she parks and when she is alone", HTO),
    ("i figured out where they live and what they drive", HTO),
    # hcf.fam15.too_angry
    ("i should not be alone with my son tonight, i am so mad", HCF),
    ("i do not trust myself to be near the baby right now, too furious", HCF),
    ("i can not be with the kids right now, i am too enraged", HCF),
    # hcf.fam15.next_time
    ("i am scared that one day it will be my fists", HCF),
    ("i am terrified next time i will hit her", HCF),
    ("i am afraid someday i am going to shake the baby", HCF),
    # hcf.fam15.holding
    ("i am squeezing her too hard and i am so angry", HCF),
    ("i am gripping the baby so tight because i am furious", HCF),
    ("holding him too tightly again, the rage is scary", HCF),
    # hcf.fam15.makes_me_want
    ("his crying makes me want to strangle him. i need someone to come get him now", HCF),
    ("the whining is making me want to shake her, i need someone to talk me down", HCF),
    ("her shrieking made me want to smother her, i need somebody to take her tonight", HCF),
    # hcf.fam15.wall
    ("i put my fist through the wall above the baby's head", HCF),
    ("i kicked the door next to my son's crib so hard it cracked", HCF),
    ("i smashed the door next to the bassinet so hard the baby woke up screaming", HCF),
    # cab.fam15.kept_in
    ("the sitter keeps my daughter in the playpen all day", CAB),
    ("his girlfriend keeps the baby strapped in a bouncer for hours", CAB),
    ("they kept my son in his crib for days", CAB),
    # cab.fam15.found_alone
    ("came home to my daughter alone in the house with the door open", CAB),
    ("i found our toddler crying alone in the car outside the bar", CAB),
    ("he was buckled in his car seat alone when i got there", CAB),
    # cab.fam15.left_alone
    ("my roommate leaves her toddler in the car when she goes to the casino", CAB),
    ("my cousin left her baby in the van while she was at the club", CAB),
    ("the people upstairs leave their newborn alone all night", CAB),
    # cab.fam15.punished
    ("my mother puts my son in a freezing bath when he has an accident", CAB),
    ("her boyfriend dunks her in ice cold water if she cries", CAB),
    ("his stepdad locks him in the kennel overnight", CAB),
    # cab.fam15.sexual_signs
    ("my niece said her uncle kisses her with his tongue", CAB),
    ("her stepfather tells her to keep secrets in bed", CAB),
    ("grandpa made him keep a secret about touching", CAB),
    # cab.fam15.child_signs
    ("he said the neighbor does adult things to him", CAB),
    ("she says stop touch my privates after each visit with her dad", CAB),
    ("my son hides when his coach comes and he has bleeding down there", CAB),
    # cab.fam15.offender
    ("a convicted sex offender is babysitting my kids right now", CAB),
    ("my ex lets a registered offender watch our daughter", CAB),
    ("her new boyfriend is a registered sex offender and has my kids", CAB),
    # cab.fam15.dragged
    ("i saw my daughter being dragged by her hair at the daycare", CAB),
    ("there is a video of our son being yanked up by the collar", CAB),
    ("i watched the kid being slapped by his ear", CAB),
    # cab.fam15.impossible_story
    ("she has bruises and the sitter says she fell down the stairs but there are no stairs in that apartment", CAB),
    ("he has a burn and his dad claims he touched the iron but there is no iron at his place", CAB),
    ("they told me she bumped the radiator but there is no radiator there", CAB),
    # cab.fam15.by_throat
    ("my boyfriend grabbed my daughter by the neck", CAB),
    ("her dad lifted our toddler by the throat", CAB),
    ("my wife choked the baby by the throat last night", CAB),
    # cab.fam15.intoxicated
    ("my ex is refusing to bring the kids back and she is wasted.", CAB),
    ("he took the baby without asking me, he was drunk and driving", CAB),
    ("their dad will not give them back and he is high and yelling", CAB),
    # med.fam15.ingested
    ("my son chewed a thc edible and is acting drunk", MED),
    ("she swallowed some of the pods and keeps falling asleep", MED),
    ("my daughter got into my pills, no idea how many", MED),
    # med.fam15.water
    ("he slipped into the pond and now he is floppy", MED),
    ("my son went under the water in the tub and he is not breathing", MED),
    ("she fell in the creek, he carried her out and she is unresponsive", MED),
    # csu.fam15.child_words
    ("my son wants to be buried with his daddy", CSU),
    ("my daughter draws pictures of herself in a coffin", CSU),
    ("my kid says when i am gone nobody will be sad.", CSU),
]

# Everyday messages in the same words that must not escalate.
SAFE_LOOK_ALIKES: List[str] = [
    # finish_life
    "i will finish my life insurance forms tonight",
    "i finally want to finish my life story book for the kids",
    "i am going to finish my life skills class friday",
    # gathered
    "all my meds are in one organizer for the week",
    "all my vitamins are in one cup on the counter",
    "i put all my meds into one bag for the trip so i do not forget them",
    # swallowed_stuff
    "i swallowed a bunch of pool water at swim lessons",
    "i took a bunch of stuff to goodwill today",
    "i ate a lot of stuff at the potluck",
    # hedged_amount
    "i took like half the bottle of shampoo for his hair lol",
    "i took about half of my lunch to work",
    "i gave him about half the bottle of milk",
    # way_out
    "the bridge is the only way out of our valley when it floods",
    "i think the river is the best way out of town by kayak",
    "looking at the lake for hours is so peaceful",
    # insurance
    "i think the insurance would cover the kids braces",
    "we finally got life insurance so the kids are set",
    "the car insurance money would help us fix the van",
    # drive_off
    "i want to drive into the city for the museum",
    "we keep driving off the ridge road to see the leaves, so pretty",
    "he keeps driving off the road in mario kart",
    # no_point
    "what is the point of breathing exercises if he never calms down",
    "what is the point of me making dinner if nobody eats it",
    "why do i keep buying the big bag of chips",
    # fade
    "if i just fade out of the group chat nobody will notice lol",
    "if i disappear into the bathroom nobody can find me for five minutes",
    "if i stop eating sugar my mood is better",
    # found
    "my son was the one who found me after i fell on the ice",
    "i hid in the closet so the kids would not find me first in hide and seek",
    "i want to be the one who finds the golden egg",
    # place_means
    "i am in the barn with a rope halter for the new calf",
    "sitting in the garage with my dad's tools fixing the bike",
    "i am out in the shed with the kids",
    # use_enough
    "he drank enough milk to not wake up at 2am",
    "hoping i will die laughing at his jokes",
    "we should try again with more sugar in the recipe",
    # letters_in_case
    "i wrote letters to both girls at camp",
    "we wrote letters to both girls for their 18th birthdays",
    "the kids wrote letters to santa",
    # the_night
    "tomorrow is the day! first sleepover at grandmas",
    "today is the day he starts kindergarten",
    "tonight is the night i think he finally sleeps through",
    # es better_gone
    "seria mejor ir al parque manana",
    "es mejor desayunar temprano",
    "creo que seria mejor irnos antes de la lluvia",
    # meds_destroyed
    "my husband picked up my meds from the pharmacy",
    "my toddler flushed my hair tie down the toilet",
    "my wife dropped off my insulin at work",
    # what_he_will_do
    "my son tells me what he will do to me if i take his ipad lol",
    "my husband told me what he would do for my birthday",
    "the coach said what he will do with the team next season",
    # parked_outside
    "my husband waits outside my work every night to pick me up",
    "my ex picks up the kids outside my house every other friday",
    "my ex drops off the kids at my house every sunday",
    # found_me
    "i never told him where i live and he still sent a birthday card to grandma",
    "we moved out last month and the cat found where we live lol",
    "i never told him where the cookies are",
    # door
    "he is kicking the ball at the garage door",
    "the dog is banging on the door and the kids are in the yard",
    "my son is kicking it with his friends at the park",
    # help_here
    "help she is awake already",
    "help he is here early and i am not dressed lol",
    "help me pick a birthday cake",
    # swinging
    "my husband came home swinging his new golf club",
    "she started swinging on the monkey bars",
    "the kids came home swinging their backpacks",
    # if_i_leave
    "if i leave early he will pick up the kids",
    "if i leave the kids with him he will take them to the park",
    "the neighbor said she would call the police if the dog barks again",
    # all_die
    "my son keeps saying we are all going to die because of the asteroid movie",
    "he is saying we are all going to die of boredom at this party lol",
    "she said the plants are dying",
    # permanently
    "we handled them for good at the pest control visit, no more ants",
    "we handled it and he is fine now",
    # get_them
    "i am going to get her tonight from the airport",
    "the laser took care of it for good",
    "they fixed it and handled it for good",
    "he is never touching my phone again lol",
    "i am not calling the cops over a noisy party, i am handling it",
    # fire
    "sitting outside the house with gas cans for the generator",
    "parked outside her apartment with the groceries",
    "sitting outside his house with gasoline for the generator",
    # looking_up
    "looking up where the dentist works and when he is open",
    "i found out where she lives and what she likes for her birthday",
    "tracking where the bus is and when it gets here",
    # too_angry
    "i can not be around my kids right now, too sick with covid",
    "i should not be around the baby right now, i have a cold",
    "i can not be with the kids today, so busy at work",
    # next_time
    "i am scared next time it will be my turn to host",
    "worried next time i will hit the curb parking the van",
    "i am afraid one day i am going to forget his lunch",
    # holding
    "i am holding him so tight because he is so cute",
    "holding her too tight at the fireworks, she got scared",
    "gripping the baby so tight on the icy steps",
    # makes_me_want
    "his crying makes me want to cry too",
    "the whining makes me want to scream into a pillow",
    "that song makes me want to dance",
    # wall
    "i hit the wall next to the crib with the vacuum",
    "the toddler kicked the wall by his bed",
    "my son punched the wall next to his bed in his sleep",
    # kept_in
    "we kept the baby in her car seat all day on the road trip",
    "i keep my son in the stroller for hours at the zoo",
    "they keep the toys in the crib",
    # found_alone
    "found my son alone in the kitchen eating cookies",
    "my daughter is alone in her room playing",
    "found the toddler quietly alone with the crayons",
    # left_alone
    "i left the baby in the car for ten seconds while i returned the cart",
    "i leave the toddler alone for five minutes to shower",
    "my sister leaves her baby with grandma when she goes to work",
    # punished
    "i put him in a cool bath when he had a fever",
    "we put the puppy in the crate when we leave",
    "my son likes to hide in the dog crate",
    # sexual_signs
    "the dog kisses me with his tongue all the time",
    "grandma makes me keep secrets about christmas presents",
    "my baby kisses me with her mouth open",
    # child_signs
    "she keeps saying no touch my butt when i change her diaper",
    "she screams when grandpa leaves and she has a diaper rash",
    "my son cries when the nurse comes",
    # offender
    "there is a registered offender on our street, how do i talk to my kids",
    "how do i look up registered offenders near the school",
    "the sex offender list in our county is public",
    # dragged
    "my son being dragged to the dentist lol",
    "my daughter loves being swung around by her arms",
    "my son being dragged across the floor in a blanket by his sister",
    # impossible_story
    "she says she touched the stove but there was no burn, thank god",
    "he said he fell but there is no bruise",
    "the teacher said she tripped, there was a small scrape",
    # by_throat
    "the cat grabbed the toy by the neck",
    "my daughter grabbed her brother by the hair",
    "i held my son by the hand at the crossing",
    # intoxicated
    "he took them without asking me, he is so spontaneous",
    "she is refusing to give the toy back and she is tired",
    "my husband took the kids fishing",
    # ingested
    "he drank some juice from the fridge",
    "she ate a gummy vitamin and is acting silly",
    "she got my pills from the pharmacy for me",
    # water
    "she slipped in the bath and is fine",
    "he fell into the ball pit and came up giggling",
    "my noodle is limp",
    # child_words
    "she wants to be buried in the sand like her brother",
    "he wants to be in heaven with the angels in the christmas play",
    "my son drew pictures of himself as a superhero",
]

# Hyperbole that gets a check-in: neither silence nor an escalation.
CHECK_INS: List[str] = [
    "his crying makes me want to strangle him",
    "the whining is killing me slowly",
    "this teething is going to give me a heart attack",
    "third night of croup, pray for me",
    "potty training day four, send a shovel",
    "i am resigning from motherhood effective immediately",
    "two teething babies and i am basically a ghost now",
    "me muero de cansancio con estos dos",
    "i am going to die of exhaustion before she turns two",
    "someone please put me out of my misery, the baby will not nap",
    "she just said a swear word at church, i need to move to live in the woods forever now",
]

# Words near the crisis families that get nothing at all.
NOTHING: List[str] = [
    "killing me softly is on the radio again",
    "she gave me a heart attack going down the big slide",
    "me muero de risa con mi hijo",
    "i am absolutely dead on my feet today",
]

CASES = FamilyCases(in_category=FAMILY_CRISES, not_crisis=SAFE_LOOK_ALIKES, check_in=CHECK_INS, nothing=NOTHING)
