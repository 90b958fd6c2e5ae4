"""How the words around a crisis phrase change its meaning: negation, who it is about, frames.

Every function here is small and deterministic, and works on the spaCy ``Doc`` of the normalised text. The
clinical word lists come from ``rules.yml`` (sets NEG, HARD, SOFT, CHILD, ADULT, CHILD_CONTEXT, CHILD_ACTS)
so that reviewers can see them; grammar words and the *logic* of scope live here.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import FrozenSet, List, Mapping, Optional, Protocol, Sequence, Set, Tuple

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: How far back (in tokens, within one clause) a negation word can reach: "i am NOT really suicidal".
NEG_WINDOW = 5
#: How far back the subject of a phrase is looked for, skipping auxiliaries and adverbs.
SUBJECT_WINDOW = 8
#: How far back a clause that shares an earlier subject ("... and isnt moving") looks for it.
SUBJECT_WINDOW_SHARED = 14
#: How many earlier sentences are searched for the person a "he"/"she" refers to.
ANTECEDENT_SENTENCES = 2

SELF_WORDS: FrozenSet[str] = frozenset({"i", "me", "my", "myself", "we", "us", "our", "mine", "yo", "mi"})
PRONOUNS: FrozenSet[str] = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "hers",
                                      "himself", "herself", "themselves", "themself", "hisself"})
#: Words that can be the subject of a phrase when they appear inside it ("my BOYFRIEND hit me").
SUBJECT_WORDS: FrozenSet[str] = frozenset({"i", "we", "he", "she", "they"})
POSSESSIVES: FrozenSet[str] = frozenset({"my", "his", "her", "their", "our", "your"})
#: A subject pronoun between a negation and a phrase starts a new clause ("not sure why, i want to die").
CLAUSE_SUBJECTS: FrozenSet[str] = frozenset({"i", "he", "she", "we", "they", "you"})
#: The same for a Spanish phrase. Spanish mostly leaves the subject out, and "he" there is "I have" ("nunca he
#: pensado en matarme": the "nunca" reaches the phrase).
SPANISH_CLAUSE_SUBJECTS: FrozenSet[str] = frozenset({"yo", "ella", "ellos", "ellas", "nosotros", "usted", "ustedes"})
#: Verbs whose object is a clause: a negation before them reaches into it ("i don't think i will hurt him").
THINK_WORDS: FrozenSet[str] = frozenset({"think", "know", "sure", "believe", "say", "said", "mean", "guess",
                                         "feel", "that", "expect", "want"})
#: "no"/"nah" right before a subject is an interjection ("no i want to die"), not a negation.
INTERJECTION_NEG: FrozenSet[str] = frozenset({"no", "nah", "nope"})
INTERJECTION_NEXT: FrozenSet[str] = frozenset({"i", "he", "she", "we", "they", "you", "my", "it", "this",
                                               "that", "just", "honestly", "seriously", "like", "lol"})
#: Words passed over when looking back from a verb to its subject ("my son KEEPS SAYING HE wants to").
SKIP_WORDS: FrozenSet[str] = frozenset("""
to want wants wanted wanting going am is are was were be been being will would could should might may can
do does did have has had keep keeps kept trying try tries tried planning plan plans about ready need needs
needed feel feels felt feeling like thinking think thinks thought of kind sort sometimes often always still
also even only actually seriously honestly genuinely lowkey really just so literally lately say says said
saying tell tells told telling talk talks talking that again started starting starts start began begin
totally completely already then now constantly randomly suddenly almost nearly probably maybe definitely
basically truly legit ever kinda much very too getting gets got asked asks asking screaming screams yelled
yells yelling crying cries cried keeps threatened threatens threatening swore promised went goes 's
about with for on in at from by over up around
""".split())
#: Verbs that introduce reported speech: in "my son keeps SAYING i want to die", "i" is the son.
SPEECH_WORDS: FrozenSet[str] = frozenset("""
says said saying say tells told telling tell screams screamed screaming yells yelled yelling cries cried
crying asks asked asking whispers whispered goes went
""".split())
#: How a small child addresses the caregiver: a quote that starts "mommy, i..." is the child speaking.
VOCATIVES: FrozenSet[str] = frozenset({"mommy", "mama", "mom", "momma", "daddy", "dada", "papa", "dad", "nana",
                                       "grandma", "grandpa", "auntie", "mami", "papi"})
#: Person nouns with a gender, so that "she" is not taken for "my husband" ("i handed her to my husband, i was
#: going to hurt her": "her" is the baby).
MALE_WORDS: FrozenSet[str] = frozenset("""
husband hubby dh boyfriend bf fiance man dad daddy father stepdad stepfather brother uncle grandpa grandfather
guy son stepson grandson nephew boy fil babydaddy papa esposo marido novio hijo nino
""".split())
FEMALE_WORDS: FrozenSet[str] = frozenset("""
wife girlfriend gf fiancee woman lady mom mommy mother stepmom stepmother sister aunt grandma grandmother
daughter stepdaughter granddaughter grandaughter niece girl mil babymama mama esposa novia hija nina
""".split())
#: Person nouns that are plural: a "he" or "she" cannot stand for them.
PLURAL_PERSONS: FrozenSet[str] = frozenset("""
kids kiddos children babies toddlers sons daughters boys girls twins infants grandkids grandchildren
parents people adults men women guys folks staff workers teachers cops exes friends brothers sisters
""".split())
_MALE_PRONOUNS: FrozenSet[str] = frozenset({"he", "him", "his", "himself", "hisself"})
_FEMALE_PRONOUNS: FrozenSet[str] = frozenset({"she", "her", "hers", "herself"})
QUESTION_STARTS: FrozenSet[str] = frozenset({"is", "are", "does", "do", "can", "could", "will", "would",
                                             "should", "what", "how", "who", "when", "where", "why", "which",
                                             "am", "did", "has", "have", "any", "anyone"})


#: "not" after an opening auxiliary: "can not sleep", "do not know" (normalised from "cant", "dont").
_NOT_AFTER_AUX: FrozenSet[str] = frozenset({"not", "never"})


class SpanLike(Protocol):
    """A matched rule's position: token span and sentence number."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def sent(self) -> int: ...


@dataclass(frozen=True)
class WordClasses:
    """The word sets scope decisions need, taken from rules.yml."""

    neg: FrozenSet[str]
    breaks: FrozenSet[str]
    hard: FrozenSet[str]
    child: FrozenSet[str]
    adult: FrozenSet[str]
    child_context: FrozenSet[str]
    child_acts: FrozenSet[str]

    @classmethod
    def from_sets(cls, sets: Mapping[str, FrozenSet[str]]) -> "WordClasses":
        return cls(neg=sets["NEG"], breaks=sets["HARD"] | sets["SOFT"], hard=sets["HARD"], child=sets["CHILD"],
                   adult=sets["ADULT"], child_context=sets["CHILD_CONTEXT"],
                   child_acts=sets["CHILD_ACTS"])


def sentence_index(doc: Doc) -> Tuple[List[int], List[Tuple[int, int]]]:
    """Map each token to its sentence number, and list sentence (start, end) token bounds."""
    owner = [0] * len(doc)
    bounds: List[Tuple[int, int]] = []
    for n, sent in enumerate(doc.sents):
        bounds.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            owner[i] = n
    return owner, bounds


_TOKEN_TEXT = "crisis_scope_token_text"


def _token_text(doc: Doc) -> Tuple[List[str], List[bool]]:
    """Every token's lower-case text, and whether it is a word (not punctuation, a blank or a quote mark), made
    once per Doc and kept in its ``user_data``. The scope checks read the same tokens many times per message, and
    each ``doc[i]`` builds a new Token: on long messages that was about a tenth of the detector's time."""
    cached = doc.user_data.get(_TOKEN_TEXT)
    if cached is None:
        # Read from the token arrays: ``t.lower_`` built a Token object for every word.
        rows = doc.to_array([LOWER, IS_PUNCT, IS_SPACE]).tolist()
        strings = doc.vocab.strings
        low = [strings[h] for h, _, _ in rows]
        is_word = [not punct and not space and w not in _QUOTES for (_, punct, space), w in zip(rows, low)]
        cached = doc.user_data[_TOKEN_TEXT] = (low, is_word)
    return cached


def lowers(doc: Doc) -> List[str]:
    """Every token's lower-case text (``doc[i].lower_``), made once per Doc. Do not change the list."""
    return _token_text(doc)[0]


def is_negated(doc: Doc, start: int, sent_start: int, words: WordClasses, ignore: Set[int], lang: str = "en") -> bool:
    """True when a negation word governs the phrase starting at ``start``.

    Looks back at most NEG_WINDOW tokens, never past a clause break ("," "but" "and" sentence end), and
    ignores tokens that belong to a pseudo-negation ("not gonna lie", "can't stop", "no joke") or that are an
    interjection ("no i want to die").
    """
    low_of = lowers(doc)
    i, steps = start - 1, 0
    # A phrase that opens with its own subject ("when he won't sleep I imagine...") starts a new clause: a
    # negation before it belongs to the clause before, unless a verb of thinking takes the clause as its
    # object ("I don't think I want to die").
    subjects = CLAUSE_SUBJECTS if lang == "en" else SPANISH_CLAUSE_SUBJECTS
    first = low_of[start]
    if first in subjects and (i < sent_start or low_of[i] not in THINK_WORDS):
        return False
    # A phrase written to open with its clause break (", ella me golpea", "y el me pega") starts after it: the
    # loop below stops at breaks it meets, and this one is the phrase's own first token.
    if first in words.breaks:
        return False
    while i >= sent_start and steps < NEG_WINDOW:
        low = low_of[i]
        # A clause break, an emoji ("cant come 😭 bf hurting baby"), or a new subject ("it doesn't matter, I won't be
        # around"), ends the scope.
        if low in words.breaks or _is_emoji(low) or (low in subjects and (
                steps > 0 or i - 1 < sent_start or low_of[i - 1] not in THINK_WORDS)):
            return False
        if low in words.neg and i not in ignore:
            nxt = low_of[i + 1] if i + 1 < len(doc) else ""
            if not (low in INTERJECTION_NEG and nxt in INTERJECTION_NEXT):
                return True
        i -= 1
        steps += 1
    return False


def _is_emoji(token: str) -> bool:
    """A token of pictures only (emoji and other symbols, not punctuation such as "¿"): writers use emoji as commas."""
    return not token.isascii() and all(unicodedata.category(ch) in _EMOJI_CATEGORIES for ch in token)


#: Symbols, modifier symbols and the marks that join or vary emoji (skin tones, U+FE0F).
_EMOJI_CATEGORIES: FrozenSet[str] = frozenset({"So", "Sk", "Mn"})


def _classify(doc: Doc, i: int, words: WordClasses, bounds: Sequence[Tuple[int, int]],
              owner: Sequence[int]) -> str:
    low_of = lowers(doc)
    low = low_of[i]
    if low in SELF_WORDS:
        return _speaker_of_quote(doc, i, words, bounds, owner) or "self"
    if low in words.child:
        return "child"
    if low in words.adult:
        return "adult"
    if low in PRONOUNS:
        return antecedent(doc, i, words, bounds, owner)
    # "his head", "my finger", "the baby's lips": a thing belongs to its owner.
    sent_start = bounds[owner[i]][0]
    if i - 1 >= sent_start and low_of[i - 1] in POSSESSIVES:
        return _classify(doc, i - 1, words, bounds, owner)
    if i - 2 >= sent_start and doc[i - 1].text == "'s":
        return _classify(doc, i - 2, words, bounds, owner)
    return "thing"


def _speaker_of_quote(doc: Doc, i: int, words: WordClasses, bounds: Sequence[Tuple[int, int]],
                      owner: Sequence[int]) -> Optional[str]:
    """If the "i" at ``i`` is inside reported speech ("she said mommy i want to die"), who is speaking."""
    low_of = lowers(doc)
    sent_start = bounds[owner[i]][0]
    for j in range(i - 1, max(sent_start, i - 4) - 1, -1):
        low = low_of[j]
        if low in VOCATIVES:
            return "child"
        if low in SPEECH_WORDS:
            if j + 1 < i and low_of[j + 1] in ("me", "us"):  # "he told me i..." : "i" is the writer
                return None
            who = resolve_subject(doc, j, j + 1, words, bounds, owner)
            return who if who in ("child", "adult", "unknown") else None
    return None


def antecedent(doc: Doc, i: int, words: WordClasses, bounds: Sequence[Tuple[int, int]],
               owner: Sequence[int]) -> str:
    """The class of the nearest child or adult named before token ``i`` ("my son ... he"), else "unknown"."""
    low_of = lowers(doc)
    first_sent = max(0, owner[i] - ANTECEDENT_SENTENCES)
    lowest = bounds[first_sent][0]
    pron = low_of[i]
    wrong_gender = FEMALE_WORDS if pron in _MALE_PRONOUNS else MALE_WORDS if pron in _FEMALE_PRONOUNS else frozenset()
    singular = pron in _MALE_PRONOUNS or pron in _FEMALE_PRONOUNS
    # "my son's TEACHER says HE hits kids": the one reporting is seldom the one reported on, so the speaker
    # right before "says he" is passed over when someone else was named before; failing that, it is them.
    reporter: Optional[str] = None
    reporter_at = -1
    for j in range(i - 1, lowest - 1, -1):
        low = low_of[j]
        # "he" is never "the kids": in "he's never hit the kids but he hits me" he is someone else.
        if low in wrong_gender or (singular and low in PLURAL_PERSONS):
            continue
        # "he told HIS (preschool) teacher he...": a person belonging to the pronoun's owner is someone else.
        owned = any(k >= lowest and low_of[k] in ("his", "her", "their") for k in (j - 1, j - 2))
        found = "child" if low in words.child else "adult" if low in words.adult else None
        if found is None or owned:
            continue
        if reporter is None and _reports_on(doc, j, i):
            reporter, reporter_at = found, j
            continue
        if reporter is not None and _passes_on(doc, j, reporter_at):
            # "the TEACHER told me that my SON said HE wants to die": a report of a report; the pronoun is the
            # inner speaker's.
            return reporter
        return found
    if reporter is not None:
        return reporter
    # No one named: words about babies and toddlers say who "he" is: things ("crib", "diaper", "tantrum")
    # anywhere near, or what "he"/"she" does ("if HE doesnt stop CRYING").
    last = bounds[owner[i]][1]
    for j in range(lowest, last):
        low = low_of[j]
        if low in words.child_context:
            return "child"
        # Only the same person's acts: in "he hits the baby when SHE cries" the crying is the baby's, not his.
        if low in words.child_acts and any(_same_person(low_of[k], pron)
                                           for k in range(max(lowest, j - 4), j)):
            return "child"
    if _age_told_after(doc, i, pron, bounds, owner):
        return "child"
    return "unknown"


#: A child's age, said after the pronoun: "she hits me when she's mad. little slaps, she's 2", "he's 3 going on 16".
#: Only a child's age (under 13) counts; "she's 34 and drunk" is an adult's.
CHILD_AGE_WORDS: FrozenSet[str] = frozenset("""
one two three four five six seven eight nine ten eleven twelve 1 2 3 4 5 6 7 8 9 10 11 12
""".split())
#: What may follow the age: the sentence's or clause's end, or the unit of an age ("she is 2 years old"). A unit
#: that is not an age ("he is 2 hours late", "she is 5 months pregnant") is not.
_AFTER_AN_AGE: FrozenSet[str] = frozenset("""
. ! ? , ; and going years year yrs yr yo y o lol haha now already , next this
""".split()) | {"\n", "...", "😂", "🤣", "😅", "🙃", "😭"}
_NOT_AN_AGE_AFTER_UNIT: FrozenSet[str] = frozenset({"pregnant", "along", "sober", "clean", "late", "behind", "out",
                                                    "postpartum", "pp", "in", "into", "ago", "since", "off"})
_SMALL_CHILD_WORDS: FrozenSet[str] = frozenset({"toddler", "preschooler", "infant", "newborn", "kid", "baby"})


def _age_told_after(doc: Doc, i: int, pron: str, bounds: Sequence[Tuple[int, int]], owner: Sequence[int]) -> bool:
    """Whether the same person as the pronoun at ``i`` is given a child's age later in its sentence or the next
    one ("she hits me ... she's 2"): "he"/"she" + "is" (+ "only"/"just") + a number up to 12 (+ years old)."""
    low_of = lowers(doc)
    if pron not in _MALE_PRONOUNS | _FEMALE_PRONOUNS or pron not in SUBJECT_WORDS:
        return False
    last = bounds[min(owner[i] + 1, len(bounds) - 1)][1]
    for j in range(i + 1, last - 2):
        if low_of[j] != pron or low_of[j + 1] != "is":
            continue
        k = j + 2
        if low_of[k] in ("only", "just", "barely", "almost", "nearly") and k + 1 < last:
            k += 1
        # "she is kid": the normaliser's word for an age with its unit ("3 years old", "4yo"); "he is a toddler".
        if low_of[k] == "kid" or (low_of[k] in ("a", "an") and k + 1 < last
                                      and low_of[k + 1] in _SMALL_CHILD_WORDS):
            return True
        after = low_of[k + 1] if k + 1 < len(doc) else "."
        # "she is 18 months", "he is 20 months old": a baby's age in months (not "5 months pregnant").
        if doc[k].like_num and after in ("months", "month", "mos", "weeks", "wks") and not (
                k + 2 < len(doc) and low_of[k + 2] in _NOT_AN_AGE_AFTER_UNIT):
            return True
        if low_of[k] not in CHILD_AGE_WORDS:
            continue
        if after in ("years", "year", "yrs", "yr", "months", "month", "mos") and k + 2 < len(doc) \
                and low_of[k + 2] in _NOT_AN_AGE_AFTER_UNIT:
            continue
        if after in _AFTER_AN_AGE or k + 1 >= len(doc):
            return True
    return False


def _reports_on(doc: Doc, j: int, i: int) -> bool:
    """Token ``j`` is the subject of a speech verb whose reported clause starts with the pronoun at ``i``."""
    between = [lowers(doc)[k] for k in range(j + 1, i)]
    return 1 <= len(between) <= 3 and between[-1] in SPEECH_WORDS | {"that"} and any(
        w in SPEECH_WORDS for w in between)


def _passes_on(doc: Doc, j: int, k: int) -> bool:
    """Token ``j`` told (a speech verb within six words) what the speaker at ``k`` said."""
    between = lowers(doc)[j + 1:k]
    return len(between) <= 6 and any(w in SPEECH_WORDS for w in between)


def _same_person(word: str, pron: str) -> bool:
    """``word`` is a pronoun that can stand for the same person as ``pron`` (same gender, or either unmarked)."""
    if word not in PRONOUNS:
        return False
    for group in (_MALE_PRONOUNS, _FEMALE_PRONOUNS):
        if (word in group) != (pron in group) and (word in _MALE_PRONOUNS | _FEMALE_PRONOUNS) \
                and (pron in _MALE_PRONOUNS | _FEMALE_PRONOUNS):
            return False
    return True


def resolve_subject(doc: Doc, start: int, end: int, words: WordClasses, bounds: Sequence[Tuple[int, int]],
                    owner: Sequence[int]) -> str:
    """Who the phrase ``[start, end)`` is about: self, child, adult, thing, or unknown.

    The phrase's first word counts when it is a person ("my BOYFRIEND hit me"); otherwise the nearest word
    before it that is not an auxiliary or adverb ("my TODDLER is literally killing me"); a body part or thing
    owned by someone is theirs ("HIS lips are blue"); failing that, a person named inside the phrase; and
    "fragment" when the sentence names no one ("wanna die tbh").
    """
    low_of = lowers(doc)
    low = low_of[start]
    if low in SUBJECT_WORDS or low in PRONOUNS or low in SELF_WORDS or low in words.child or low in words.adult:
        return _classify(doc, start, words, bounds, owner)
    sent_start = bounds[owner[start]][0]
    i, steps, crossed = start - 1, 0, False
    while i >= sent_start and steps < (SUBJECT_WINDOW_SHARED if crossed else SUBJECT_WINDOW):
        low = low_of[i]
        if low in words.hard:
            break
        if low in words.breaks:
            # "he fell off the bed AND isnt moving": a clause with no subject of its own shares the
            # previous clause's subject, so from here on only a person word can be the subject.
            crossed = True
        elif crossed:
            if low in SUBJECT_WORDS or low in PRONOUNS or low in SELF_WORDS or low in words.child \
                    or low in words.adult:
                return _classify(doc, i, words, bounds, owner)
        # Auxiliaries, adverbs, prepositions and "-ing" verbs are passed over: in "my child keeps talking
        # about dying" the subject of "dying" is "child".
        elif low not in SKIP_WORDS and not (len(low) > 4 and low.endswith("ing")):
            return _classify(doc, i, words, bounds, owner)
        i -= 1
        steps += 1
    for i in range(start + 1, end):
        low = low_of[i]
        if low in SUBJECT_WORDS or low in words.child or low in words.adult:
            return _classify(doc, i, words, bounds, owner)
    return "fragment"


def resolve_object(doc: Doc, start: int, end: int, words: WordClasses, bounds: Sequence[Tuple[int, int]],
                   owner: Sequence[int], adult_first: bool = False) -> str:
    """Who the phrase ``[start, end)`` is aimed at ("hurt MY BABY", "kill HIM"): child, adult, or unknown.

    With ``adult_first`` (threats of violence), a "him"/"her" refers to an adult named nearby before a child:
    in "if that teacher touches my kid again i'll break her neck", "her" is the teacher.
    """
    low_of = lowers(doc)
    for i in range(end - 1, start - 1, -1):
        low = low_of[i]
        if low in words.child:
            # "hurt my kid's therapist": the person the child owns is the one aimed at.
            if i + 1 < len(doc) and doc[i + 1].text == "'s":
                for j in range(i + 2, min(len(doc), i + 5)):
                    if low_of[j] in words.adult:
                        return "adult"
            return "child"
        if low in words.adult:
            return "adult"
        if low in ("him", "her", "them", "his", "their"):
            if adult_first and _adult_named_before(doc, i, words, bounds, owner):
                return "adult"
            return antecedent(doc, i, words, bounds, owner)
    return "unknown"


def _adult_named_before(doc: Doc, i: int, words: WordClasses, bounds: Sequence[Tuple[int, int]],
                        owner: Sequence[int]) -> bool:
    low_of = lowers(doc)
    lowest = bounds[max(0, owner[i] - ANTECEDENT_SENTENCES)][0]
    pron = low_of[i]
    wrong_gender = FEMALE_WORDS if pron in _MALE_PRONOUNS else MALE_WORDS if pron in _FEMALE_PRONOUNS else frozenset()
    return any(low_of[j] in words.adult and low_of[j] not in wrong_gender for j in range(lowest, i))


def sentences_around(doc: Doc, sent: int, bounds: Sequence[Tuple[int, int]]) -> Set[int]:
    """The sentence and its neighbours, read on past a neighbour of a few words: "i threw my shoe at my oldest and
    it hit his face. hes 5. his lip is bleeding." tells one event, and "hes 5." does not part the blow from the
    injury."""
    is_word = _token_text(doc)[1]
    around = {sent}
    for step in (-1, 1):
        n = sent + step
        while 0 <= n < len(bounds):
            around.add(n)
            start, end = bounds[n]
            if sum(is_word[start:end]) > _SHORT_SENTENCE_WORDS:
                break
            n += step
    return around


#: A sentence of this many words or fewer ("he's 5.", "she's 8 months.") is read through by `sentences_around`.
_SHORT_SENTENCE_WORDS = 4


def same_plan(doc: Doc, signal: "SpanLike", cue: "SpanLike", bounds: Sequence[Tuple[int, int]],
              words: WordClasses) -> bool:
    """A time word ("tonight", "right now") makes a plan only in the same clause as the crisis words
    ("i'm going to end it tonight"), or opening the next sentence ("i want to die. tonight."): not in
    "today was awful, i want to die"."""
    if cue.sent == signal.sent:
        lo, hi = (cue.end, signal.start) if cue.end <= signal.start else (signal.end, cue.start)
        return not any(lowers(doc)[i] in words.breaks for i in range(lo, hi))
    return cue.sent == signal.sent + 1 and cue.start - bounds[cue.sent][0] <= 2


def is_question(doc: Doc, bounds: Tuple[int, int]) -> bool:
    """A sentence that ends with "?" or opens like a question ("is cpp for...", "does it help...")."""
    start, end = bounds
    toks = [t for t in doc[start:end] if not t.is_space and t.text != "."]
    if not toks:
        return False
    if toks[-1].text == "?":
        return True
    # "can not come, bf hurting baby", "do not know what to do he is hitting her": an auxiliary with "not" after
    # it opens a statement with its subject dropped, not a question (a negative question ends with "?").
    return toks[0].lower_ in QUESTION_STARTS and not (len(toks) > 1 and toks[1].lower_ in _NOT_AFTER_AUX)


def names_someone(doc: Doc, bounds: Tuple[int, int], words: WordClasses, about_program: bool = False) -> bool:
    """The sentence is about particular people ("my son", "he", "i"), not a topic: a question like "is
    shaken baby syndrome real?" is about a topic, "is my son being abused?" is about a child. "having suicidal
    thoughts, is this normal?" asks about what the writer just described, so it is about them too. In a sentence
    about the programme (``about_program``), "they" and "them" are its staff ("do they talk about suicide in
    cpp?"), not someone the writer is worried about."""
    toks = lowers(doc)[bounds[0]:bounds[1]]
    pronouns = PRONOUNS - _PROGRAM_THEY if about_program else PRONOUNS
    if any(w in SELF_WORDS or w in pronouns for w in toks):
        return True
    return any(toks[k] in ("is", "are") and toks[k + 1] in _DEICTIC and toks[k + 2] in _NORMALCY
               for k in range(len(toks) - 2))


#: Pronouns that stand for a programme's staff in a question about it.
_PROGRAM_THEY: FrozenSet[str] = frozenset({"they", "them", "their"})
_DEICTIC: FrozenSet[str] = frozenset({"this", "that", "it", "these", "those"})
_NORMALCY: FrozenSet[str] = frozenset({"normal", "common", "typical", "ok", "okay", "bad", "wrong", "a phase",
                                       "something", "serious", "dangerous", "concerning"})


def overlaps(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


ES_WORDS: FrozenSet[str] = frozenset("""
que de la el y quiero mi me por con para es estoy pero muy hijo hija yo tengo esta los las una un se lo como
mas ya su porque cuando bebe nino nina vida morir puedo aguanto nada todo hoy noche mis sin estar
""".split())
EN_WORDS: FrozenSet[str] = frozenset("""
the and i to my is a of it in you that he she for with am not do have this be want what how so but just
""".split())


_ES_HASHES: FrozenSet[int] = frozenset(get_string_id(w) for w in ES_WORDS)
_EN_HASHES: FrozenSet[int] = frozenset(get_string_id(w) for w in EN_WORDS)


def guess_lang(doc: Doc) -> str:
    """"es" when the message is mostly Spanish function words, else "en" (for messages with no signal).
    Counted over the lower-case hashes in one array read: making a Token per word cost ~0.3 ms a message."""
    lowers = doc.to_array(LOWER).tolist()
    es = sum(1 for h in lowers if h in _ES_HASHES)
    en = sum(1 for h in lowers if h in _EN_HASHES)
    return "es" if es >= 2 and es > en else "en"



#: A question put to the writer: "the nurse ASKED IF i ever think about hurting myself".
ASK_WORDS: FrozenSet[str] = frozenset({"ask", "asks", "asked", "asking"})
#: Round 23: the same screening question put in Spanish ("el doctor me pregunto si he pensado en morirme").
ASK_WORDS_ES: FrozenSet[str] = frozenset({"pregunto", "pregunta", "preguntaron", "preguntan", "preguntaba"})
#: Round 23: what names a screening question when no "if" follows the ask word ("asked me that depression
#: questionnaire and one question was about thinking i'd be better off dead").
SCREENING_WORDS: FrozenSet[str] = frozenset({"question", "questions", "questionnaire", "screening", "screener",
                                             "survey", "checklist", "cuestionario", "preguntas"})
#: Verbs that answer: "i SAID no", "i TOLD her no".
ANSWER_WORDS: FrozenSet[str] = frozenset({"said", "say", "says", "told", "tell", "answered", "answer", "replied",
                                          "reply", "responded", "wrote", "circled", "checked", "ticked", "put",
                                          # Round 23: "le dije que no", "conteste que no".
                                          "dije", "conteste", "respondi", "dijimos",
                                          # the speller's reading of an unaccented "dije"
                                          "deje"})
#: A bare denial opens with these: "no.", "nope, never".
DENIAL_OPENERS: FrozenSet[str] = frozenset({"no", "nope", "nah", "never"})
#: After a denial, words that take it back: "i said no. but i lied", "i said no, which is not the truth".
RETRACTIONS: FrozenSet[str] = frozenset({"but", "though", "however", "lied", "lie", "lying", "truth", "actually",
                                         "yes", "yeah", "secretly", "pretended", "pretending"})
#: After "i said no" to a screening question, fear of the answer's cost takes it back too: "i said no because
#: i'm scared they'll take my baby".
ASKED_RETRACTIONS: FrozenSet[str] = RETRACTIONS | {"scared", "afraid", "terrified", "worried", "embarrassed",
                                                  # Round 23: the Spanish no taken back ("pero es mentira").
                                                  "pero", "mentira", "menti", "aunque", "verdad", "miedo",
                                                  # Round 23: the thought said after all ("i said no. i think about
                                                  # it all the time"), a plan, or the cost ("they would take my baby").
                                                  "think", "thinking", "thought", "thoughts", "plan", "planning",
                                                  "sometimes", "often", "always", "constantly", "honestly", "take",
                                                  "taken", "quiten", "quitan", "pienso", "pensado"}
#: What a bare denial of an accusation may hold besides "i" and a negation: "I don't.", "I never hit him."
DENIAL_WORDS: FrozenSet[str] = frozenset("""
i do did have would not never ever hit hurt touch touched spank spanked smack smacked abuse abused do did done
that it this him her them anything like ever once
""".split())
_QUOTES: FrozenSet[str] = frozenset({'"', "'", "''", "``"})


def _words(doc: Doc, lo: int, hi: int) -> List[str]:
    low, is_word = _token_text(doc)
    return [low[k] for k in range(lo, hi) if is_word[k]]


def _confirmed(toks: Sequence[str]) -> bool:
    """A "no" said to be true right after it: "and that's true", "which is the truth" (not "which is not true")."""
    words = list(toks)
    # Round 23: the no's own reason, and nothing after it: "i said no, because i haven't" ("because i do not want
    # them to take my baby" is not this: it is the fear that takes a no back).
    if words in (["because", "i", "have", "not"], ["because", "i", "do", "not"], ["because", "i", "did", "not"],
                 ["because", "i", "have", "never"], ["because", "i", "never", "have"], ["because", "i", "never", "do"]):
        return True
    # Round 28: the answer's own reason, and nothing after it: "i answered no because it is no".
    if words in (["because", "it", "is", "no"], ["because", "it", "is", "not"], ["because", "it", "is", "true"],
                 ["because", "the", "answer", "is", "no"]):
        return True
    # Round 25: the no said to be meant, and nothing after it: "i said no and i meant it".
    if tuple(words) in MEANT_IT:
        return True
    if any(w in ("not", "lied", "lie", "lying", "but", "no", "pero", "mentira", "menti", "si", "que") for w in words):
        return False
    # Round 23: "porque es la verdad" ("la verdad es que si" is the opposite, and is not matched).
    return any(words[k:k + 2] in (["is", "true"], ["the", "truth"], ["es", "verdad"]) or words[k:k + 3] == [
        "es", "la", "verdad"] for k in range(len(words)))


#: Round 25: a no said to be meant ("i said no and i meant it, but it rattled me").
MEANT_IT: FrozenSet[Tuple[str, ...]] = frozenset({
    ("i", "meant", "it"), ("and", "i", "meant", "it"), ("i", "mean", "it"), ("and", "i", "mean", "it"),
    ("and", "i", "meant", "that"), ("i", "meant", "that")})
#: Round 25: after a bare no and "but", the writer wonders why the question is asked at all ("I haven't, but I
#: wasn't sure why it's in there?"): an aside about the asking, like QUESTION_ASIDE_FEELINGS.
WHY_ASIDES: Tuple[Tuple[str, ...], ...] = (
    ("i", "was", "not", "sure", "why"), ("i", "am", "not", "sure", "why"), ("i", "do", "not", "know", "why"),
    ("i", "did", "not", "know", "why"), ("i", "wonder", "why"), ("i", "was", "wondering", "why"),
    ("i", "am", "wondering", "why"), ("not", "sure", "why"),
    # Round 29: "I haven't, and I answered no, but I realized I didn't understand why they ask everyone."
    ("i", "realized", "i", "did", "not", "understand", "why"), ("i", "realised", "i", "did", "not", "understand", "why"),
    ("i", "did", "not", "understand", "why"), ("i", "do", "not", "understand", "why"),
    ("i", "realized", "i", "did", "not", "know", "why"), ("i", "realized", "i", "do", "not", "know", "why"))
#: Round 29: the no said to be meant in a sentence of its own after it ("...and i said no. just want you to know i
#: meant it, she looked worried."): the opener, then MEANT_IT.
MEANT_IT_OPENERS: Tuple[Tuple[str, ...], ...] = (
    ("just", "want", "you", "to", "know"), ("i", "just", "want", "you", "to", "know"), ("i", "want", "you", "to", "know"),
    ("just", "so", "you", "know"), ("to", "be", "clear"), ("just", "to", "be", "clear"), ())


def _no_reaffirmed(nxt: Sequence[str], later: Sequence[str]) -> bool:
    """Round 29: the sentence after a bare no says it was meant ("just want you to know i meant it"), and what follows
    in it names someone else ("she looked worried"), not the writer; nothing after takes it back."""
    for opener in MEANT_IT_OPENERS:
        after = _after_opener(nxt, (opener,))
        if after is None:
            continue
        for meant in MEANT_IT:
            if tuple(after[:len(meant)]) == meant:
                tail = after[len(meant):]
                return not any(w in ("i", "me", "my", "myself") or w in RETRACTIONS for w in tail) and not any(
                    w in ASKED_RETRACTIONS for w in later)
    return False
#: Round 24: a whole sentence that answers a screening question no without the word "no" ("asked if i've ever
#: had thoughts of harming my baby. I haven't.").
BARE_NO_ANSWERS: Tuple[Tuple[str, ...], ...] = (
    ("i", "have", "not"), ("i", "do", "not"), ("i", "did", "not"), ("i", "have", "never"), ("i", "never", "have"),
    ("i", "never", "did"), ("i", "have", "not", "ever"), ("i", "do", "not", "at", "all"))
#: Round 24: how the question itself felt, said after the no ("i said no, because i don't, but the question shook
#: me", "i said no, which is true, but it felt weird"): an aside about the asking, not a no taken back.
QUESTION_ASIDE_OPENERS: FrozenSet[str] = frozenset({"the", "it", "that", "this"})
QUESTION_ASIDE_FEELINGS: FrozenSet[str] = frozenset({
    "weird", "odd", "strange", "awkward", "uncomfortable", "shook", "rattled", "startled", "surprised", "unsettled",
    "unsettling", "jarring", "intense", "scary", "uneasy", "threw"})


#: Round 26: after a no said to be true, "but" and a wonder about this service ("it made me wonder if you guys screen
#: for ppd too") or a worry about what the asking meant ("now i'm worried that just asking means she thinks i
#: would"): about the question, not the writer. "...but now i'm worried that i would" is not this.
WONDER_ASIDES: Tuple[Tuple[str, ...], ...] = (
    ("it", "made", "me", "wonder"), ("that", "made", "me", "wonder"), ("it", "got", "me", "wondering"),
    ("it", "made", "me", "curious"), ("it", "had", "me", "wondering"))
ASKING_WORRY_OPENERS: Tuple[Tuple[str, ...], ...] = (
    ("now", "i", "am", "worried"), ("i", "am", "worried"), ("now", "i", "worry"), ("i", "worry"),
    ("now", "i", "am", "scared"), ("i", "am", "scared"))
ASKING_WORDS: FrozenSet[str] = frozenset({"asking", "question", "questions", "asked", "screening", "ask"})


def _after_opener(words: Sequence[str], openers: Sequence[Tuple[str, ...]]) -> Optional[List[str]]:
    """The words after the first of ``openers`` that ``words`` begin with, or None when none does."""
    for opener in openers:
        if tuple(words[:len(opener)]) == opener:
            return list(words[len(opener):])
    return None


#: Words passed over between a worry and what it is about ("worried that just asking...").
_WORRY_FILLERS: FrozenSet[str] = frozenset({"that", "just", "the", "her", "his", "their", "them", "even"})


def _asking_aside(aside: Sequence[str]) -> bool:
    """Round 26: the aside after "but" wonders about the service or worries about the asking itself."""
    after = _after_opener(aside, WONDER_ASIDES)
    if after is not None:
        return after[:1] in (["if"], ["whether"]) and not any(
            w in ("i", "me", "my", "myself") or w in ASKED_RETRACTIONS for w in after)
    after = _after_opener(aside, ASKING_WORRY_OPENERS)
    if after is not None:
        while after and after[0] in _WORRY_FILLERS:
            after = after[1:]
        return bool(after) and after[0] in ASKING_WORDS and not any(w in ASKED_RETRACTIONS for w in after)
    return False


#: Round 27: after the no and "but", curiosity about the screening itself ("I answered no, but I'm curious: is that a
#: screening you also do at intake?", "i said no which is true but why do they ask that, is that something you
#: screen for too"). The words after the opener must name the asking or the screening and hold nothing of the writer.
CURIOUS_ASIDES: Tuple[Tuple[str, ...], ...] = (
    ("i", "am", "just", "curious"), ("i", "was", "just", "curious"), ("i", "am", "curious"), ("i", "was", "curious"),
    ("just", "curious"), ("curious",),
    # Round 28: "now" before it ("...which is true but now i'm curious why they ask that"), and who reads the answers
    # ("...but who sees those answers and do they go to my insurance?").
    ("now", "i", "am", "just", "curious"), ("now", "i", "am", "curious"), ("now", "i", "was", "curious"),
    ("who", "sees"), ("who", "reads"), ("who", "gets"), ("who", "will", "see"), ("who", "can", "see"),
    ("who", "has", "access", "to"), ("where", "do"), ("where", "does"),
    ("why", "do", "they", "ask"), ("why", "did", "they", "ask"),
    ("why", "would", "they", "ask"), ("why", "does", "she", "ask"), ("why", "does", "he", "ask"),
    ("why", "did", "she", "ask"), ("why", "did", "he", "ask"), ("why", "do", "they", "even", "ask"),
    ("why", "do", "doctors", "ask"))
CURIOUS_ABOUT: FrozenSet[str] = ASKING_WORDS | {"screen", "screens", "screened", "intake", "questionnaire", "form",
                                                "forms", "routine", "standard", "normal",
                                                # Round 28: the answers and where they go.
                                                "answers", "responses", "insurance", "chart", "records", "record"}
#: Round 28: what "my" may name in a curious aside without bringing the writer in: the child the visit is for, or
#: the writer's records ("...is that something you screen for too my daughter is six months", "...do they go to my
#: insurance?"). Any other "my", and "i", "me", "myself", still make the aside about the writer.
_MY_IN_A_CURIOUS_ASIDE: FrozenSet[str] = frozenset("""
daughter son baby kid kids child children toddler infant newborn twins insurance chart record records file answers
""".split())


def _names_the_writer(words: Sequence[str]) -> bool:
    """Round 28: the words bring the writer in ("i", "me", "myself", "mine", or "my" before anything but a child or
    a record)."""
    return any(w in ("i", "me", "myself", "mine") or (
        w == "my" and (k + 1 >= len(words) or words[k + 1] not in _MY_IN_A_CURIOUS_ASIDE)) for k, w in enumerate(words))


def _curious_aside(aside: Sequence[str]) -> bool:
    """Round 27: the aside after "but" is curiosity about the screening, with nothing about the writer after it."""
    after = _after_opener(aside, CURIOUS_ASIDES)
    if after is None:
        return False
    asks = aside[:1] == ["why"]  # "why do they ask ..." names the asking itself
    return (asks or any(w in CURIOUS_ABOUT for w in after)) and not _names_the_writer(after) and not any(
        w in ASKED_RETRACTIONS for w in after)


#: Round 28: what a no was said to, right after it ("no to all of it", "no to everything").
NO_SCOPES: Tuple[Tuple[str, ...], ...] = (
    ("to", "all", "of", "it"), ("to", "all", "of", "them"), ("to", "all", "of", "those"), ("to", "all", "of", "these"),
    ("to", "everything"), ("to", "all", "three"), ("to", "both"), ("to", "each", "one"), ("to", "all"))


def _no_with_question_aside(tail: Sequence[str]) -> bool:
    """Round 24: after "no", its reason or "which is true", then "but" and only how the question felt."""
    words = list(tail)
    if "but" not in words:
        return False
    b = words.index("but")
    head, aside = words[:b], words[b + 1:]
    # Round 28: what the no was said to ("i answered no to all of it because it is no"): the rest is weighed as the
    # no's reason, and nothing left is a bare no.
    scoped = _after_opener(head, NO_SCOPES)
    head = head if scoped is None else scoped
    if head and not _confirmed(head):
        return False
    if head and _asking_aside(aside):  # Round 26: only after a no said to be true
        return True
    if _curious_aside(aside):  # Round 27: curiosity about the screening itself, after a bare no too
        return True
    # Round 25: "...but i wasn't sure why it's in there": the question's reason wondered at, nothing about the writer
    # after "why".
    after = _after_opener(aside, WHY_ASIDES)
    if after is not None:
        return "i" not in after and "me" not in after and not any(w in ASKED_RETRACTIONS for w in after)
    return bool(aside) and aside[0] in QUESTION_ASIDE_OPENERS and any(w in QUESTION_ASIDE_FEELINGS for w in aside) \
        and "i" not in aside and not any(w in ASKED_RETRACTIONS for w in aside)


#: Round 25: the one asked about denied, whole ("He never hurt me, he is good man."): "he" or "she", a negation, a
#: harm word, "me" or "us", and after a comma at most how good that person is. "he never hits me where people can
#: see" is not this.
_THIRD_PERSON_NEGATIONS: Tuple[Tuple[str, ...], ...] = (
    ("never",), ("has", "never"), ("has", "not"), ("did", "not"), ("does", "not"), ("would", "not"), ("would", "never"))
_DENIAL_HARMS: FrozenSet[str] = frozenset("""
hurt hurts hit hits touched touches abused abuses harmed harms beat beats""".split())
_GOOD_PERSON_WORDS: FrozenSet[str] = frozenset("""
he she they is are a an good kind gentle sweet loving great man woman person husband wife partner guy dad father
very really so and always""".split())


def _third_person_denial(toks: Sequence[str]) -> bool:
    words = list(toks)
    if len(words) < 3 or words[0] not in ("he", "she"):
        return False
    rest = _after_opener(words[1:], _THIRD_PERSON_NEGATIONS)
    if not rest or rest[0] not in _DENIAL_HARMS:
        return False
    rest = rest[1:]
    if rest[:1] in (["me"], ["us"]):
        rest = rest[1:]
    return all(w in _GOOD_PERSON_WORDS for w in rest) and "not" not in rest


def _answers_no(toks: Sequence[str]) -> int:
    """Where a "no" answer ends in ``toks`` ("i said no", "i told her no", "no i do not"), or -1."""
    if toks and toks[0] in DENIAL_OPENERS:
        return 1
    if tuple(toks) in BARE_NO_ANSWERS:  # Round 24
        return len(toks)
    if _third_person_denial(toks):  # Round 25
        return len(toks)
    # Round 25: the same bare answer with more after a "but" ("I haven't, but I wasn't sure why it's in there?"): the
    # no ends before the "but", and what follows is weighed as any aside or retraction is.
    if "but" in toks and tuple(toks[:toks.index("but")]) in BARE_NO_ANSWERS:
        return toks.index("but")
    for k, w in enumerate(toks):
        if w == "no" and any(toks[j] in ANSWER_WORDS for j in range(max(0, k - 3), k)):
            return k + 1
        # Round 23: "i said not at all", "i answered never".
        if any(toks[j] in ANSWER_WORDS for j in range(max(0, k - 2), k)) and (
                toks[k:k + 3] == ["not", "at", "all"] or (w == "never" and k + 1 == len(toks))):
            return k + (3 if w == "not" else 1)
    return -1


#: Where a child picked up words: after a bare denial, 'i never hit him, he heard it from his cousin' still denies.
SOURCE_WORDS: FrozenSet[str] = frozenset("""
heard hears hear picked copying copies copy copied repeating repeats repeated learned learnt saying expression phrase
cartoon cartoons show shows tv youtube movie movies game games song
""".split())
#: What an explanation after a denial must not hold: a harm said after all ('he heard it from his dad, who hits
#: him'), or someone else who does it ('i never hit him, his dad does').
_NOT_AN_EXPLANATION: FrozenSet[str] = frozenset("""
hit hits hitting hurt hurts hurting touch touches touched touching spank spanks spanked smack smacks smacked beat
beats beating abuse abuses abused kill kills killed choke chokes choked does did do doing
""".split())
#: A sentence after a denial holding one of these names a harm after all ("i don't. it's his dad who does"); "do"
#: alone is not one ("i never did. what do i do").
_HARM_AFTER_A_DENIAL: FrozenSet[str] = _NOT_AN_EXPLANATION - {"do", "doing"}
#: An aside between a quote and its denial may be this long at most ("i was so mortified").
ASIDE_WORDS = 5


def _bare_denial(doc: Doc, lo: int, hi: int) -> bool:
    """The sentence [lo, hi) is the writer's bare denial ("I don't.", "I never hit him."), or one followed after a
    comma only by where the child heard the words ("i've never hit him, it's just something he heard")."""
    cut = next((i for i in range(lo, hi) if doc[i].text == ","), hi)
    head = _words(doc, lo, cut)
    if not (len(head) >= 2 and head[0] == "i" and ("not" in head or "never" in head)
            and all(w in DENIAL_WORDS for w in head)):
        return False
    rest = _words(doc, cut, hi)
    return all(w in DENIAL_WORDS for w in rest) or (any(w in SOURCE_WORDS for w in rest) and not any(
        w in RETRACTIONS or w in _NOT_AN_EXPLANATION for w in rest))


def _aside(toks: Sequence[str]) -> bool:
    """A short sentence of feeling with nothing taken back and no harm in it ("i was mortified")."""
    return 0 < len(toks) <= ASIDE_WORDS and not any(w in RETRACTIONS or w in _NOT_AN_EXPLANATION for w in toks)


#: What a small child calls the carer who writes ("mommy hurts me"). "his dad", "her mom" are someone else. Near
#: VOCATIVES above but kept apart for now: the two lists differ (auntie, mami, papi there; mum, granny, abuela here),
#: and merging them would change which quotes a denial can answer.
#: Grandparents too: kinship carers write here ('he told his teacher "grandma hits me". i never hit him').
PARENT_NAMES: FrozenSet[str] = frozenset("""
mommy mom mama mum mummy momma ma daddy dad papa pa dada mamma grandma grandpa nana granny grammy gramma nanna
abuela abuelo papaw mamaw
""".split())
_SOMEONE_ELSES = frozenset({"his", "her", "their", "the", "step", "foster"})


#: A disclosure of sexual abuse is never talked down by a parent's denial.
_SEXUAL_WORDS = frozenset("""
touch touches touched touching private privates peepee pee vagina penis genitals bottom butt molest molests
molested naked undress sexual sexually
""".split())


def _accuses_the_writer(words: Sequence[str]) -> bool:
    """The sentence's words up to the crisis words' end name the writer as the one who did it: a carer's name as a
    small child says it, not someone else's parent ("his dad"), and nothing sexual."""
    named = [i for i, w in enumerate(words) if w in PARENT_NAMES]
    # The name nearest the harm is the one accused ('she told her dad "grandpa hits me"': grandpa).
    return bool(named) and (named[-1] == 0 or words[named[-1] - 1] not in _SOMEONE_ELSES) \
        and not any(w in _SEXUAL_WORDS for w in words)


def _asked_of_the_writer(before: Sequence[str], words: Sequence[str]) -> bool:
    """A question put to the writer in the sentence's words before the crisis words (``words``): an ask word with
    "if" or "whether" within eight words and "i" after it ("the nurse asked if i ever think about hurting myself",
    "asked me at the checkup if i..."), the question quoted ("asked me 'have you had thoughts...'"), a screening
    named ("that depression questionnaire ... one question was about thinking i'd be..."), or in Spanish ("me
    pregunto si he pensado en morirme"). The last three since round 23."""
    for k, w in enumerate(before):
        if w not in ASK_WORDS and w not in ASK_WORDS_ES:
            continue  # (copying the rest of the sentence for every word made this quadratic in its length)
        rest = list(before[k + 1:])
        if w in ASK_WORDS and (
                (any(x in ("if", "whether") for x in rest[:8]) and "i" in rest + list(words[:1]))
                # Round 25: asked about the writer as the one hurt ("the nurse ask me if my husband hurt me").
                or (rest[:1] == ["me"] and any(x in ("if", "whether") for x in rest[1:3]) and "me" in words)
                or (any(x in _QUOTES for x in rest[:3]) and "you" in rest)
                or (any(x in SCREENING_WORDS for x in rest) and (
                    "i" in rest or any(x in ("myself", "me", "my") for x in words)))):
            return True
        if w in ASK_WORDS_ES and k > 0 and before[k - 1] in ("me", "nos") and "si" in rest[:3]:
            return True
    return False


def denied(doc: Doc, start: int, end: int, bounds: Sequence[Tuple[int, int]], owner: Sequence[int]) -> Optional[str]:
    """The crisis words at ``[start, end)`` are what someone asked or said, and the writer denies them.

    "asked": a question put to the writer ("the therapist asked if i ever have thoughts of hurting my baby"),
    answered no in the same or the next sentence ("i said no bc i dont"). "said": words in a quote or reported
    speech ('he told his teacher "grandma hits me"') followed by a bare denial ("I don't.", "I never hit him.").
    Either is void when the writer takes the denial back ("i said no. but i lied") or adds to it ("I don't, but
    my husband does").
    """
    low_of = lowers(doc)
    s = owner[start]
    lo, hi = bounds[s]
    before = low_of[lo:start]
    asked = _asked_of_the_writer(before, low_of[start:end])
    # Reported speech: a quote or a speech word before the words, or inside them when the pattern itself names
    # the child who said them ("my son told his teacher mommy hurts me"). The writer can only deny what the
    # words accuse the writer of: "mommy hurts me", not "his babysitter hits him" ("i never hit him").
    said = before + low_of[start:end]
    quoted = not asked and any(w in _QUOTES or w in SPEECH_WORDS for w in said) and _accuses_the_writer(said)
    if not (asked or quoted) or (quoted and s + 1 >= len(bounds)):
        return None  # most signals: nothing asked or quoted, so nothing to deny
    after_here = _words(doc, end, hi)
    nxt = _words(doc, *bounds[s + 1]) if s + 1 < len(bounds) else []
    later = _words(doc, *bounds[s + 2]) if s + 2 < len(bounds) else []
    if asked:
        for here, rest in ((after_here, nxt + later), (nxt, later)):
            stop = _answers_no(here)
            if stop >= 0:
                if _confirmed(here[stop:stop + 5]):
                    return "asked"  # "i said no and that's true. but i got nervous": the no stands
                # Round 24: "i said no, because i don't, but the question shook me": the aside is about the asking.
                if _no_with_question_aside(here[stop:]) and not any(w in ASKED_RETRACTIONS for w in rest):
                    return "asked"
                # Round 29: a bare no, then a sentence saying it was meant ("i said no. just want you to know i
                # meant it, she looked worried.").
                if here is after_here and not here[stop:] and _no_reaffirmed(nxt, later):
                    return "asked"
                return None if any(w in ASKED_RETRACTIONS for w in list(here[stop:]) + list(rest)) else "asked"
        return None
    # Nothing after the denial may take it back or name a harm ("i don't. it's his dad who does").
    if quoted and _bare_denial(doc, *bounds[s + 1]) and not any(
            w in RETRACTIONS or w in _HARM_AFTER_A_DENIAL for w in later):
        return "said"
    # After one short aside ("i was mortified."), the denial the sentence after: 'he told his teacher "my mommy's
    # gonna kill me". i was mortified. i've never hit him, it's just something he heard from his cousin'.
    if quoted and s + 2 < len(bounds) and _aside(nxt) and _bare_denial(doc, *bounds[s + 2]):
        beyond = _words(doc, *bounds[s + 3]) if s + 3 < len(bounds) else []
        if not any(w in RETRACTIONS for w in beyond):
            return "said"
    if quoted and nxt[:4] in (["that", "is", "not", "true"], ["it", "is", "not", "true"]) and len(nxt) == 4:
        return "said"
    return None


#: Swallowing or drinking something: looking fine proves nothing (a button battery, magnets or pills act hours
#: later), so "he's acting normal" does not make an ingestion a check-in.
INGESTION_WORDS: FrozenSet[str] = frozenset("""
swallow swallowed swallows swallowing ate eaten eat eats eating drank drunk drink drinks drinking ingested ingest
chewed chewing licked sucked inhaled sniffed
trago trague tragaron tragando comio comieron comiendo bebio bebieron bebiendo tomo tomaron mordio chupo lamio
""".split())


#: What harms hours after it is swallowed while the child still looks fine: batteries burn, magnets pinch the gut
#: together, medicines and chemicals are absorbed. "He swallowed a penny but he is fine now" is not this.
ACTS_LATER_WORDS: FrozenSet[str] = frozenset("""
battery batteries magnet magnets pill pills meds medicine medicines medication medications tablet tablets capsule
capsules tylenol advil motrin ibuprofen acetaminophen aspirin benadryl melatonin iron vitamins gummies edible edibles
weed thc marijuana pod pods detergent bleach cleaner chemicals chemical poison antifreeze nicotine vape fentanyl
oxy oxycodone percocet xanax adderall methadone suboxone opioids painkillers lithium insulin clonidine alcohol vodka
pila pilas bateria baterias iman imanes pastillas pastilla medicina medicamento jarabe cloro detergente veneno
marihuana gomitas blanqueador
""".split())


def acts_later(doc: Doc, start: int, end: int) -> bool:
    """The phrase at ``[start, end)`` names something swallowed that harms hours later (ACTS_LATER_WORDS)."""
    return any(w in ACTS_LATER_WORDS for w in lowers(doc)[start:end])


def ingested(doc: Doc, start: int, end: int) -> bool:
    """The phrase at ``[start, end)`` tells of something swallowed, drunk or breathed in."""
    return any(w in INGESTION_WORDS for w in lowers(doc)[start:end])
