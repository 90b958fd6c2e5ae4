"""Input hygiene for the crisis detector: turn whatever a caregiver typed into one predictable shape.

Rules in ``rules.yml`` are written against this shape (lower case, no accents, contractions spelled out,
``gonna`` -> ``going to``), so that one pattern covers "I'm", "im", "I’m" and "i am" instead of four. The
text produced here is only ever matched against, never shown or stored.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Container, Dict, Iterable, Optional

#: Messages longer than this are cut to their head and tail: the head is where people usually say it, the
#: tail is where a long message often ends with the real point ("...anyway, I have the pills here").
HEAD_CHARS = 5000
TAIL_CHARS = 1000


def _alternation(words: Iterable[str]) -> str:
    """A regular expression for "any of ``words``" as a trie: "(?:b(?:c|out)|...)" instead of "bc|bout|...".

    The same matches as the words listed longest first: two words that both match at one place are one the
    other's prefix, so they lie on one path of the trie, where an optional longer ending is tried first. Python's
    ``re`` tries every alternative at every word start, and these lists hold up to 200 words: as a trie it tries
    a few letters instead (on messages of 50 words or more, the 200-word list's scan takes a third of the time, the
    shorter lists' about 0.6 to 1)."""
    trie: Dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: Dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + pattern(trie) + ")"


# Fixed-form contractions and texting spellings, with and without the apostrophe. Ambiguous forms that are
# also ordinary words ("ill", "were", "well", "shed", "its", "wed") are left alone on purpose.
_WORDS: Dict[str, str] = {
    "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'll": "i will", "i'd": "i would",
    "don't": "do not", "dont": "do not", "doesn't": "does not", "doesnt": "does not",
    "didn't": "did not", "didnt": "did not", "can't": "can not", "cant": "can not", "cannot": "can not",
    "won't": "will not", "wont": "will not", "wouldn't": "would not", "wouldnt": "would not",
    "couldn't": "could not", "couldnt": "could not", "shouldn't": "should not", "shouldnt": "should not",
    "isn't": "is not", "isnt": "is not", "aren't": "are not", "arent": "are not",
    "wasn't": "was not", "wasnt": "was not", "weren't": "were not", "werent": "were not",
    "haven't": "have not", "havent": "have not", "hasn't": "has not", "hasnt": "has not",
    "hadn't": "had not", "hadnt": "had not", "ain't": "is not", "aint": "is not",
    "he's": "he is", "hes": "he is", "she's": "she is", "shes": "she is", "it's": "it is",
    "that's": "that is", "thats": "that is", "there's": "there is", "theres": "there is",
    "what's": "what is", "whats": "what is", "where's": "where is", "here's": "here is", "heres": "here is",
    "who's": "who is", "you're": "you are", "youre": "you are", "we're": "we are", "they're": "they are",
    "theyre": "they are", "you've": "you have", "youve": "you have", "we've": "we have",
    "they've": "they have", "theyve": "they have", "you'll": "you will", "youll": "you will",
    "he'll": "he will", "she'll": "she will", "we'll": "we will", "they'll": "they will",
    "theyll": "they will", "it'll": "it will", "he'd": "he would", "she'd": "she would",
    "they'd": "they would", "you'd": "you would", "we'd": "we would", "it'd": "it would", "that'd": "that would",
    "everyone'd": "everyone would", "everybody'd": "everybody would",
    "gonna": "going to", "gunna": "going to", "gona": "going to", "goin": "going",
    "wanna": "want to", "wana": "want to", "gotta": "got to", "tryna": "trying to", "trynna": "trying to",
    "finna": "about to", "imma": "i am going to", "ima": "i am going to", "i'ma": "i am going to",
    "i'mma": "i am going to", "kinda": "kind of", "lemme": "let me", "dunno": "do not know",
    "idk": "i do not know", "u": "you", "cuz": "because", "coz": "because", "cos": "because",
    "bc": "because", "b/c": "because", "w/": "with", "w/o": "without", "w/out": "without", "rn": "right now", "tn": "tonight", "tonite": "tonight",
    "2nite": "tonight", "wknd": "weekend", "wak": "wake", "tel": "tell", "wkend": "weekend", "2night": "tonight", "2day": "today", "nite": "night", "plz": "please",
    "pls": "please", "ppl": "people", "tmrw": "tomorrow", "od'd": "overdosed", "oded": "overdosed",
    "2moro": "tomorrow", "2morrow": "tomorrow", "ovr": "over", "rite": "right",
    "bout": "about", "abt": "about", "tho": "though", "thru": "through", "prolly": "probably",
    "wud": "would", "cud": "could", "shud": "should", "cld": "could", "thot": "thought", "srsly": "seriously", "b4": "before",
    "hafta": "have to", "babys": "baby's", "od'ed": "overdosed", "n": "and", "r": "are", "w": "with",
    "til": "until", "till": "until", "whos": "who is", "dnt": "do not", "cnt": "can not", "nemore": "anymore",
    "anymoe": "anymore", "anymor": "anymore", "nvm": "never mind", "nevermind": "never mind", "iam": "i am",
    "alot": "a lot", "nvr": "never", "evry": "every", "wat": "what", "wut": "what", "kno": "know",
    "gna": "going to", "smth": "something", "sumthin": "something", "wanted2": "wanted to", "lil": "little",
    "tmr": "tomorrow", "bday": "birthday", "yr": "year", "yrs": "years", "o.d.": "od", "o.d": "od",
    "j/k": "jk", "/j": "jk", "/s": "jk", "wnat": "want", "wnt": "want", "bein": "being", "every1": "everyone",
    # "baby daddy" names an adult; keeping "baby" would make the child-noun lookups think of the child.
    "babydaddy": "babydaddy", "babymama": "babymama", "babymomma": "babymama",
}
_WORD_RE = re.compile(r"(?<![\w'])(" + _alternation(_WORDS) + r")(?![\w'])")
_TWO_WORDS = re.compile(r"\bbaby\s+(daddy|dad|mama|momma|mamma)\b")
# "my baby's father", "the kids' dad": the other parent, a partner word, not a child.
_CHILDS_PARENT = re.compile(r"\b(?:baby|babys|baby's|kids|kids'|kid's|children's|childrens)\s+"
                            r"(father|dad|daddy|mother|mom|mommy|mama)\b")
# Generic clitics left after the fixed forms ("needn't", "john'll" are rare but cheap to cover).
# Each with the literal it needs, so that a text without it is not scanned.
_CLITICS = (("n't", re.compile(r"(\w)n't\b"), r"\1 not"), ("'ll", re.compile(r"(\w)'ll\b"), r"\1 will"),
            ("'re", re.compile(r"(\w)'re\b"), r"\1 are"), ("'ve", re.compile(r"(\w)'ve\b"), r"\1 have"),
            ("'m", re.compile(r"(\w)'m\b"), r"\1 am"))
# "ill", "id", "hed", "hell" typed for "i'll", "i'd", "he'd", "he'll": only when a verb follows, so "my son
# is ill" and "go to hell" stay as they are.
_VERBS = "|".join("""
hurt harm kill shake hit do never just end die lose snap take try go be have jump cut overdose od shoot hang
drown smother choke throw slap rather want need make probably definitely actually really totally regret
leave run drive swallow stop call get tell say hate beat stab murder find come show hunt break bash smash
burn pull mess ruin destroy punch kick strangle poison see let send always put keep give fuck
""".split())
_ILL_ID_MAP = {"ill": "i will", "id": "i would", "hed": "he would", "shed": "she would", "hell": "he will",
               "shell": "she will", "theyd": "they would", "youd": "you would"}
_ILL_ID = re.compile(r"\b(" + _alternation(_ILL_ID_MAP) + r")\s+(?=(?:" + _VERBS + r")\b)")
# Singular adult nouns typed without the possessive apostrophe: "my husbands food", "my exs girlfriend".
_POSSESSIVE = re.compile(
    r"\b(" + _alternation("husband wife boyfriend girlfriend bf gf ex partner fiance babydaddy babymama".split())
    + r")s\b(?=\s+[a-z])")
# "my exes house": the ex's house, before a word for a place or a person the ex has.
_EXES = re.compile(r"\bexes\s+(?=(?:house|place|apartment|car|work|job|new|girlfriend|boyfriend|wife|husband|mom|dad|family|"
                   r"truck|door|yard|street|building)\b)")
# "my sons teacher", "my kids mom", "his moms boyfriend": a person noun typed without the possessive
# apostrophe, before a word that says whose person, body part or place it is. Only before such words, so
# that "my sons are fighting" stays a plural.
_POSSESSIVE_PERSON = re.compile(
    r"\b(" + _alternation("""son daughter kid child grandson granddaughter nephew niece stepson stepdaughter mom dad
    mommy daddy mother father brother sister grandpa grandma uncle aunt cousin friend neighbor sitter babysitter
    teacher nanny coparent pediatrician doctor""".split())
    + r")s\s+(?=(?:dad|daddy|mom|mommy|mother|father|stepdad|stepmom|"
    r"teacher|therapist|counselor|grandpa|grandma|grandfather|grandmother|coach|babysitter|sitter|nanny|friend|"
    r"friends|uncle|aunt|cousin|brother|sister|boyfriend|girlfriend|bf|gf|husband|wife|partner|doctor|"
    r"pediatrician|receptionist|caseworker|daycare|school|preschool|bio|birth|foster|head|face|neck|arm|arms|"
    r"leg|legs|body|back|hand|hands|mouth|eye|eyes|room|bed|house|place|home|car|crib|bottom|private|"
    r"privates)\b)")
# Masked swearing: "f***", "f**king", "b****", "sh*t" are the words they hide.
_MASKED = ((re.compile(r"\bf[*#@$%!]{2,}(?:c?k)?(ing|in|ed|er)?(?![\w*])"), r"fuck\1"),
           (re.compile(r"\bb[*#@$%!]{3,}(?![\w*])"), "bitch"),
           (re.compile(r"\bsh[*#@$%!]t\b"), "shit"))
# A masked slur for a man stands for "dude" ("ima kill that n***a" is a threat to a person). Replaced before
# the texting spellings, which would read its "n" as "and".
_MASKED_SLUR = re.compile(r"\bn[*#@$%!]{2,}(?:a|as|az|er|ers|uh)(?![\w*])")
# Words that only say which child: "my foster baby", "her little boy", "my step son" -> the child noun.
_CHILD_NOUN_WORDS = ("baby|babies|son|sons|daughter|daughters|kid|kids|child|children|boy|boys|girl|girls|"
                     "toddler|toddlers|grandson|granddaughter|niece|nephew|one|ones")
_CHILD_NOUNS = "(?:" + _CHILD_NOUN_WORDS + ")"
_CHILD_ADJ = re.compile(
    r"\b" + _alternation("""foster little new youngest oldest middle adopted precious poor sweet tiny baby bio
    biological step own beautiful only other twin two three 4 5""".split()) + r"\s+(?=(?:" + _CHILD_NOUNS + r"|newborn|infant)\b)")
_LITTLE_ONE = re.compile(r"\b(?:my|our|the|her|his)\s+(?:little|lil|sweet)?\s*ones?\b")
# "my little brother", "our baby sister", "my younger bro": a child the writer cares for or grew up with, read as "kid"
# in every rule ("i almost threw my little brother down the stairs"). An older or big sibling stays an adult word.
_CHILD_SIBLING = re.compile(r"\b(my|our)\s+(?:little|lil|baby|younger|kid)\s+(brothers?|sisters?|bros?|sis)\b")
# Review 37: "baby brother drank the bleach": a baby sibling named with no word before it is a child too ("her baby sister"
# stays: "she hits her baby sister" is a child's, not an adult's; a bare "little brother" may be a grown man).
_BABY_SIBLING = re.compile(r"(?<![a-z'] )\bbaby\s+(brother|sister|bro|sis)\b")
# Review 34: "my sister (6)", "my brother (12)": a sibling whose age under 18 follows in brackets is a child too.
# ... and "my sister is 3", "my brother, who is 6,": an age of 12 or under said next (not "3 months pregnant").
_SIBLING_WITH_AGE = re.compile(
    r"\b(my|our)\s+(brothers?|sisters?|bros?|sis)(?=\s*\(\s*(?:1[0-7]|[1-9])\s*\)"
    r"|,?\s+(?:is|who is|who's|whos)\s+(?:1[0-2]|[1-9])\b(?!\s*(?:months?|weeks?|days?|hours?|hrs?|mins?|minutes?|times?|years?|yrs?|ft|feet|inches|lbs|pounds|kg|older|younger|%|am|pm|:)))")


# Review 37: "my daughter (4)", "her son (2)": a child noun followed by a bracketed age keeps its noun, the age goes
# ("her" still points at her). A name is left as it is: "Max (4)" may be the dog and "Xanax (10)" the pills.
_CHILD_WITH_AGE = re.compile(r"\b(" + _CHILD_NOUN_WORDS + r"|newborn|infant|stepson|stepdaughter|twin|twins)"
                             r"\s*\(\s*(?:1[0-2]|[1-9])\s*\)")


def _sibling_as_kid(match: "re.Match[str]") -> str:
    """A sibling read as a child, the possessive kept: "my little brother" -> "my kid", "our sisters (4)" -> "our kids"."""
    return match.group(1) + (" kids" if match.group(2) in ("brothers", "sisters", "bros") else " kid")


# "want 2 die", "going 2 do it": a bare 2 between a verb and a word is texting for "to" (not a count: "i have 2 kids",
# "stuff 2 years ago").
_TWO_AS_TO = re.compile(
    r"\b(" + _alternation("""want wants wanted wanting going need needs have has try tries trying about plan plans
    planning ready wish wishes like able urge urges things stuff""".split()) + ")"
    r"\s+2\s+(?=[a-z])(?!(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|mins?|minutes?|times?|kids|boys|girls|"
    r"of|or|and|more|x)\b)")
# Review 38: ... and a bare 2 before a verb a crisis is said with ("decided 2 end it", "left him alone again 2 go
# drink", "going back in 2 beat him"), whatever comes before it. Not a count: none of these verbs is a noun that is
# counted.
_TWO_BEFORE_VERB = re.compile(
    r"(?<=\s)2\s+(?=(?:" + _alternation("""end go kill die beat hurt stab shoot drink jump cut hang overdose
    od strangle choke""".split()) + r")\b(?!-))")
# "4ever" is "forever" even inside quotes ("gonna 'go to sleep 4ever'"), which the word table leaves alone.
_FOREVER = re.compile(r"\b4ever\b")
# "wont b here tomorrow", "not going to b able": a bare b after a modal or "to" is texting for "be" ("plan b",
# "vitamin b" follow no modal).
_B_AS_BE = re.compile(r"\b(will|not|to|would|could|should|might|must|can|never|may)\s+b\s+(?=[a-z])")
# "two years ago tonight was the night...": an anniversary, the date of a past event, not tonight.
# Only when the date is the subject of what follows ("...ago tonight was the night"): in "he died 2 years ago tonight
# i am going to join him" the "tonight" is the plan's.
_AGO_TODAY = re.compile(r"\bago\s+(?:today|tonight)(?=\s+(?:was|is|were|marks)\b)")
# "i dont trust my self": two words for "myself", but not "my self esteem" or "my self harm".
_MY_SELF = re.compile(r"\bmy self\b(?![\s-]*(?:esteem|worth|care|confidence|image|respect|control|doubt|talk|harm|"
                      r"injury|hatred|hate|loathing|conscious|employed|defense|defence|awareness)\b)")
_NUM = r"(?:1[0-7]|[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)"
# "my 3yo", "her 18 month old", "a two-year-old": the child's age stands for "kid" in every rule.
_AGE = re.compile(
    r"\b" + _NUM + r"(?:\s*|-)(?:yo|y/o|y\.o\.?|yrs?(?:\s*|-)olds?|years?(?:\s*|-)olds?|mo|mos|m/o|"
    r"months?(?:\s*|-)olds?|weeks?(?:\s*|-)olds?|wk(?:\s*|-)olds?)\b"
)
_MONTHS = re.compile(r"\b(?:[1-9]|[1-3][0-9])(?:\s*|-)(?:months?|mo|mos)(?:\s*|-)olds?\b")
# A baby under three months ("my 6 week old", "5 day old", "2 month old") is a "newborn", not a "kid": a fever at
# that age needs care now (the child_medical rules read "newborn"), where in an older child it rarely does.
_YOUNG_AGE = re.compile(
    r"\b(?:(?:[0-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)(?:\s*|-)"
    r"(?:days?|d|weeks?|wks?|wk)|(?:1|2|one|two|a)(?:\s*|-)(?:months?|mo|mos|m))(?:\s*|-)olds?\b")
# "my newborn son", "the infant girl": the noun goes and "newborn" stays, so that the age is not lost
# ("newborn" is a child word in every rule's $CHILD).
_NEWBORN_NOUN = re.compile(r"\b(?:newborn|infant)\s+" + _CHILD_NOUNS + r"\b")
# "my 13 yo daughter" -> "my kid daughter" -> "my daughter": the age said which child, the noun stays.
_KID_NOUN = re.compile(r"\bkid\s+(?=(?:son|daughter|boy|girl|baby|stepson|stepdaughter|grandson|granddaughter|"
                       r"nephew|niece|twins?|toddler|foster)\b)")
# "my mother in law", "her brother-in-law": one adult, one word ("mil"), so that "make my mother in law pay"
# reads like "make my mil pay" and "in law" never splits the person from what follows.
_IN_LAW = re.compile(r"\b(mother|father|brother|sister|son|daughter)[\s-]+in[\s-]+laws?\b")
_IN_LAW_WORD = {"mother": "mil", "father": "fil", "brother": "bil", "sister": "sil", "son": "sonnil",
                "daughter": "dil"}
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")  # "self-harm" -> "self harm", "ex-husband" -> "ex husband"
_REPEAT = re.compile(r"([a-z])\1{2,}")  # "sooooo" -> "soo", "diiiie" -> "diie"
_PUNCT_GLUE = re.compile(r"([.!?,;:])(?=[a-z])")  # "pills.he" -> "pills. he"
_MASK_CHAR = re.compile(r"[*#@$%!]")  # every masked-word pattern needs one of these
_DIGIT = re.compile(r"[0-9]")
_SPACES = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")  # runs of blanks and lone tabs (a lone space stays as it is)
_NEWLINES = re.compile(r"\s*\n\s*")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2014": " - ", "\u2013": " - "})


def clip(text: str) -> str:
    """Keep the head and the tail of a very long message; detection time must not grow with its length."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


# The same mapping for ASCII text (most messages), done in one C call: ASCII has no accents and no format
# characters, and its only controls are 0-31 and 127.
_ASCII_CONTROLS = {c: ("\n" if chr(c) in "\r\x0b\x0c" else " ") for c in [*range(32), 127] if c != ord("\n")}


def _strip_controls_and_accents(text: str) -> str:
    if text.isascii():
        return text.translate(_ASCII_CONTROLS)
    text = unicodedata.normalize("NFKD", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch == "\n":
            out.append(ch)
        elif cat == "Mn":  # combining accents: "vivír" -> "vivir", "mañana" -> "manana"
            continue
        elif cat == "Cf":  # zero-width and other format characters: "ki\u200bll" is still "kill"
            continue
        elif cat in ("Cc", "Zl", "Zp", "Co", "Cs", "Cn"):
            # Control, private-use and unpaired surrogate characters carry no words; line breaks stay breaks.
            out.append("\n" if ch in "\r\u2028\u2029\x0b\x0c\x85" else " ")
        else:
            out.append(ch)
    return "".join(out)


# "killin", "thinkin bout endin it": a dropped final g, restored when the result is a known English word.
_DROPPED_G = re.compile(r"\b[a-z]{3,}in\b")


#: Dictionary words that caregivers type far more often as a dropped g ("takin all my pills" is not the animal).
_DROPPED_G_ANYWAY = frozenset({"takin"})


def _restore_g(word: str, known: Container[str]) -> str:
    if word in _DROPPED_G_ANYWAY:
        return word + "g"
    if word in known or word + "g" not in known:
        return word
    return word + "g"


def normalize(text: str, known_words: Optional[Container[str]] = None) -> str:
    """Return the canonical form of ``text`` that every rule is written against.

    Steps, in order: clip very long text, drop control and zero-width characters, strip accents, fold
    curly quotes, lower-case, expand contractions and texting spellings, stand "kid" in for a child's age
    and drop words that only describe which child ("my foster baby" -> "my baby"), restore a dropped final
    g when ``known_words`` is given ("killin" -> "killing"), squeeze stretched letters, and make newlines
    sentence breaks.
    """
    if not text:
        return ""
    text = _strip_controls_and_accents(clip(text)).translate(_QUOTES).lower()
    text = _REPEAT.sub(r"\1\1", text)
    text = _PUNCT_GLUE.sub(r"\1 ", text)
    # Each substitution below that needs a literal (a "'", "baby", a digit...) is skipped when the text lacks
    # it: the same result, without one more pass over the text.
    if "baby" in text:
        text = _TWO_WORDS.sub(lambda m: "babymama" if m.group(1).startswith("m") else "babydaddy", text)
    if "baby" in text or "kid" in text or "children" in text:
        text = _CHILDS_PARENT.sub(lambda m: "babymama" if m.group(1).startswith("m") else "babydaddy", text)
    if _MASK_CHAR.search(text):
        text = _MASKED_SLUR.sub("dude", text)
    text = _WORD_RE.sub(lambda m: _WORDS[m.group(1)], text)
    if "'" in text:
        for literal, pattern, repl in _CLITICS:
            if literal in text:
                text = pattern.sub(repl, text)
    text = _ILL_ID.sub(lambda m: _ILL_ID_MAP[m.group(1)] + " ", text)
    if "exes" in text:
        text = _EXES.sub("ex's ", text)
    text = _POSSESSIVE.sub(r"\1's", text)
    text = _POSSESSIVE_PERSON.sub(r"\1's ", text)
    if _MASK_CHAR.search(text):
        for pattern, repl in _MASKED:
            text = pattern.sub(repl, text)
    if "2" in text:
        text = _TWO_AS_TO.sub(r"\1 to ", text)
        text = _TWO_BEFORE_VERB.sub("to ", text)
    if "4ever" in text:
        text = _FOREVER.sub("forever", text)
    if " b " in text:
        text = _B_AS_BE.sub(r"\1 be ", text)
    if "ago" in text:
        text = _AGO_TODAY.sub("ago on this day", text)
    if "my self" in text:
        text = _MY_SELF.sub("myself", text)
    if "old" in text:
        text = _YOUNG_AGE.sub(lambda m: " a newborn " if m.group(0).startswith("a") else " newborn ", text)
    if _DIGIT.search(text):
        text = _MONTHS.sub(" kid ", text)
    text = _AGE.sub(" kid ", text)
    if "kid" in text:
        text = _KID_NOUN.sub("", text)
    if "law" in text:
        text = _IN_LAW.sub(lambda m: _IN_LAW_WORD[m.group(1)], text)
    if "-" in text:
        text = _HYPHEN.sub(" ", text)
    if "one" in text:
        text = _LITTLE_ONE.sub(lambda m: m.group(0).split()[0] + " kid", text)
    if "bro" in text or "sis" in text:  # "brother" and "sister" hold these too
        text = _SIBLING_WITH_AGE.sub(_sibling_as_kid, _CHILD_SIBLING.sub(_sibling_as_kid, text))
        text = _BABY_SIBLING.sub("kid", text)
    if "(" in text:
        text = _CHILD_WITH_AGE.sub(r"\1", text)
    for _ in range(4):  # "my sweet little foster baby girl" -> "my girl"
        text, changed = _CHILD_ADJ.subn("", text)
        if "newborn" in text or "infant" in text:
            text, also = _NEWBORN_NOUN.subn("newborn", text)
            changed += also
        if not changed:
            break
    if known_words is not None:
        text = _DROPPED_G.sub(lambda m: _restore_g(m.group(0), known_words), text)
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _NEWLINES.sub("\n", text)
    return text.strip()
