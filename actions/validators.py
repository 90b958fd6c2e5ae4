"""Input validators for the referral form: turn what a caregiver typed on a phone into clean slot values.

Caregivers answer in their own words, with typos and extra words ("its (212)555-0199 thx", "she's almost 5",
"email pls"). Each parser here looks for the one thing its question asks for anywhere in the message and
returns it in one fixed shape, or None when it is not there, so the form can ask again instead of storing
something staff cannot use. Nothing here talks to the network: email domains are not looked up.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List, Optional, Set

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import Leniency, PhoneNumberMatcher

# --- phone ------------------------------------------------------------------------------------------------

# Leniency: POSSIBLE, plus our own North American Numbering Plan check (_NANP_NUMBER), rather than VALID.
# - The fictional 555-0100..0199 lines behind a real area code ("(212) 555-0199") pass both: phonenumbers
#   (checked with 9.0.x) treats them like any other line of that area code, as they are built [2-9]XX-XXXX.
# - VALID also checks the area code against the list in the installed phonenumbers metadata. New area codes
#   open every year; with a pinned, ageing library a caregiver with a new one would be told their real
#   number "doesn't look like a US phone number", with no way around it. That list buys little here: a
#   typo in a number is caught by the caregiver on the summary, not by us.
# - POSSIBLE alone is too loose: it takes a 7-digit local number ("555-0199") and area codes starting with
#   0 or 1 ("012-555-0199"). _NANP_NUMBER applies the numbering plan's fixed rules, which do not go out of
#   date: 10 digits; area code and exchange both [2-9]XX and not N11 (211, 911, ...). So the placeholder in
#   our own prompt, "(555) 123-4567", is refused (no exchange starts with 1): copying it saves nothing.
# Both leniencies already refuse more than 10 digits (11 only with a leading 1) and letters inside the
# number ("212-555-O199"). Any +1 number passes (Canada, Puerto Rico, ...): they are dialled the same way.
_NANP_NUMBER = re.compile(r"(?!\d11)[2-9]\d\d(?!\d11)[2-9]\d{6}")


def parse_us_phone(text: str) -> Optional[str]:
    """The first US (North American, +1) phone number in `text`, as "(212) 555-0199"; None if none.

    An extension ("x5", "ext 5") is dropped: staff call the main line and the form stores one fixed shape.
    """
    for match in PhoneNumberMatcher(text or "", "US", leniency=Leniency.POSSIBLE):
        number = match.number
        digits = phonenumbers.national_significant_number(number)
        if number.country_code == 1 and _NANP_NUMBER.fullmatch(digits):
            return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return None


# --- email ------------------------------------------------------------------------------------------------

# Anything around an "@" up to a space or a bracket/quote/separator that cannot be part of an address.
_EMAIL_CANDIDATE = re.compile(r"[^\s<>()\[\]{},;:\"]*@[^\s<>()\[\]{},;:\"]*")
_SPACED_AT = re.compile(r"(?<=\w)\s*@\s*(?=\w)")


def parse_email(text: str) -> Optional[str]:
    """The first valid email address in `text`, normalized by email-validator; None if none is valid.

    The domain is lower-cased but the part before the @ is kept as typed (some mail servers care). No DNS
    lookup: the bot must not depend on the network to accept an answer. "jane @ gmail.com" is also accepted,
    as phone keyboards like to add a space after the @.
    """
    text = text or ""
    for source in (text, _SPACED_AT.sub("@", text)):
        for candidate in _EMAIL_CANDIDATE.findall(source):
            candidate = candidate.strip(".!?'`*")
            try:
                return validate_email(candidate, check_deliverability=False).normalized
            except EmailNotValidError:
                continue
    return None


# --- contact method ----------------------------------------------------------------------------------------

# Words that name a way of being contacted. "phone"/"cell" name a device, not a method, so they only decide
# when nothing else is said ("text me on my phone" is a text); "here" likewise only points at this chat.
_METHOD_WORDS = {
    "text": re.compile(r"\b(?:te?xt+(?:s|ing|ed)?|sms|imessage|texto)\b"),
    "phone": re.compile(r"\b(?:cal{2,}(?:s|ing|ed)?|call|ring|phone\s+me|phone\s+call|voice\s*mail|"
                        r"ll[aá]m\w*)\b"),
    "email": re.compile(r"\b(?:e[\s-]?mail\w*|emial\w*|emai|(?<!voice\s)mail|gmail|hotmail|outlook|correo)\b"
                        r"|\S@\S"),
    "telegram": re.compile(r"\b(?:tel+e?g\w*|tg|chat|dm)\b"),
}
_DEVICE = re.compile(r"\b(?:phone|cell|cellphone|mobile|telephone|number|celular|tel[eé]fono)\b")
_MESSAGE = re.compile(r"\b(?:message|messages|msg|mensaje)\b")
_HERE = re.compile(r"\b(?:here|this\s+app|aqu[ií])\b")
_NEGATED = re.compile(r"\b(?:don'?t|do\s+not|no|not|never|can'?t|cannot|can\s+not)\s+(?:\w+\s+)?$")


def parse_contact_method(text: str) -> Optional[str]:
    """Map an answer or button payload to "phone", "text", "email" or "telegram"; None if unclear.

    Negated words are ignored ("don't call, text me" is a text). Two different methods at once ("call or
    text") is unclear: the form asks again with buttons rather than guess.
    """
    lowered = (text or "").lower().replace("\u2019", "'")
    methods: Set[str] = set()
    for method, pattern in _METHOD_WORDS.items():
        for found in pattern.finditer(lowered):
            if not _NEGATED.search(lowered[:found.start()]):
                methods.add(method)
    if len(methods) == 1:
        return methods.pop()
    if methods:
        return None
    here, device = _HERE.search(lowered), _DEVICE.search(lowered)
    if here and device:  # "here is my number", "here on my phone": could be either
        return None
    if here:
        return "telegram"
    if device and not _NEGATED.search(lowered[:device.start()]):
        return "text" if _MESSAGE.search(lowered) else "phone"
    return None


# --- child's age ---------------------------------------------------------------------------------------------

MAX_CHILD_AGE_MONTHS = 18 * 12
CPP_USUAL_MAX_MONTHS = 71  # CPP is for 0-5; a child "about 6" is still within its usual range

_SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                  "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_COMPOUND_NUMBER = re.compile(r"\b(" + "|".join(_TENS) + r")[\s-]+(" + "|".join(_SMALL_NUMBERS[1:10]) + r")\b")
_NUMBER_VALUES = {**{word: value for value, word in enumerate(_SMALL_NUMBERS)}, **_TENS}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_VALUES) + r")\b")
# "one" standing for the child ("my little one is 3", "one of them"); not before a unit ("the one year old").
_ONE_AS_PRONOUN = re.compile(r"\b(little|the|this|that|my|our|her|his|youngest|oldest|younger|older|middle|"
                             r"baby|other|each|no|which)\s+one\b"
                             r"(?!\s*(?:and\b|&|1/2|[ym]\b|yrs?\b|years?\b|mos?\b|months?\b))"
                             r"|\bone(?=\s+of\b)")
# A bare number that counts children or ranks them is not an age: "my 2 kids", "2nd".
_COUNTED = re.compile(r"\s*(?:kids?|children|child|boys?|girls?|sons?|daughters?|babies|twins|of)\b")
_ONE_UNIT = re.compile(r"\ban?\s+(?=(?:year|yr|month|mo|week|wk|day)s?\b)")

_YEARS = r"years?|yeras?|yaers?|yesrs?|yrs?|y/o|y\.o\.?|yo|y|a[ñn]os?"
_MONTHS = r"months?|monhts?|mnths?|mths?|mos?|mon|m|meses|mes"
_WEEKS = r"weeks?|wks?|w|semanas?"
_DAYS = r"days?|d|d[ií]as?"
_HALF = r"(?:\s*(?:and|&|y)\s+(?:a\s+)?(?:half|medio|media)|\s*1/2)"
_QUANTITY = re.compile(
    rf"(?<![\w.])(?P<num>\d+(?:\.\d+)?)(?P<half>{_HALF})?"
    rf"(?:\s*(?:(?P<years>{_YEARS})|(?P<months>{_MONTHS})|(?P<weeks>{_WEEKS})|(?P<days>{_DAYS}))(?![a-zñ]))?"
    rf"(?P<half_after>{_HALF})?(?!\w)"
)
_JOINER = re.compile(r"[\s,]*(?:and|&|y)?[\s,]*")
_ALMOST = re.compile(r"\b(?:almost|nearly|not\s+quite|going\s+on|turning|about\s+to\s+turn|soon\s+to\s+be|"
                     r"casi)\s+$")
_NEWBORN = re.compile(r"\b(?:new\s*born|just\s+born|reci[eé]n\s+nacid[oa])\b")
_NOT_BORN = re.compile(r"\b(?:pregnan\w*|expecting|due\s+(?:in|on|date)|not\s+born|unborn|embarazada)\b")
_DAYS_PER_MONTH = 30.4375


def _words_to_digits(text: str) -> str:
    """Number words as digits for one pattern: "two and a half" -> "2 and a half", "a year" -> "1 year"."""
    text = _ONE_AS_PRONOUN.sub(r"\1 kid", text)  # "my little one is 3" is not 1 year old
    text = re.sub(r"\bhalf\s+an?\s+year\b", "6 months", text)
    text = _COMPOUND_NUMBER.sub(lambda m: str(_NUMBER_VALUES[m[1]] + _NUMBER_VALUES[m[2]]), text)
    text = _NUMBER_WORD.sub(lambda m: str(_NUMBER_VALUES[m[1]]), text)
    return _ONE_UNIT.sub("1 ", text)


def _in_months(quantity: "re.Match[str]") -> float:
    """One matched quantity in months; a bare number is years, as in "she's 4"."""
    value = float(quantity["num"]) + (0.5 if quantity["half"] or quantity["half_after"] else 0.0)
    if quantity["months"]:
        return value
    if quantity["weeks"]:
        return value * 7 / _DAYS_PER_MONTH
    if quantity["days"]:
        return value / _DAYS_PER_MONTH
    return value * 12


def _has_unit(quantity: "re.Match[str]") -> bool:
    return any(quantity[unit] for unit in ("years", "months", "weeks", "days"))


def parse_child_age_months(text: str) -> Optional[int]:
    """The child's age in whole months, from "3", "3yo", "2 and a half", "18 mo", "1 yr 6 mo", "newborn"...

    A number with a unit wins over a bare one ("my 2 kids, the one is 3 years" -> 36). "Almost 5" is one
    month short of 5. None when there is no age (or a pregnancy: there is no child's age yet) or when it is
    over 18 years, which is a typo or another number, so the form asks again.
    """
    lowered = (text or "").lower().replace("\u2019", "'").replace("\u00bd", " 1/2")
    if _NOT_BORN.search(lowered):
        return None
    lowered = _words_to_digits(re.sub(r"(?<=\w)-(?=\w)", " ", lowered))
    quantities: List["re.Match[str]"] = list(_QUANTITY.finditer(lowered))
    if not quantities:
        return 0 if _NEWBORN.search(lowered) else None
    with_unit = [quantity for quantity in quantities if _has_unit(quantity)]
    bare = [quantity for quantity in quantities if not _COUNTED.match(lowered, quantity.end())]
    if not with_unit and not bare:
        return None
    first = with_unit[0] if with_unit else bare[0]
    months = _in_months(first)
    position = quantities.index(first)
    if first["years"] and position + 1 < len(quantities):  # "1 yr 6 mo", "2 years, 3 months"
        following = quantities[position + 1]
        if _has_unit(following) and not following["years"] and \
                _JOINER.fullmatch(lowered[first.end():following.start()]):
            months += _in_months(following)
    if months > MAX_CHILD_AGE_MONTHS:
        return None
    if months >= 1 and _ALMOST.search(lowered[:first.start()]):
        months -= 1
    return int(months + 1e-9)


def child_age_note(months: int) -> Optional[str]:
    """A note for staff when the child is older than CPP's usual range (0-5, up to about 6); else None.

    Older children are still routed: staff decide, and the note saves them from working out the age.
    """
    if months < 0:
        raise ValueError(f"age in months cannot be negative: {months}")
    if months <= CPP_USUAL_MAX_MONTHS:
        return None
    return f"child is {months // 12} years old: older than CPP's usual 0-5 range; routed anyway"


# --- free text -----------------------------------------------------------------------------------------------

_ZERO_WIDTH_JOINER = "\u200d"  # kept: it holds multi-person emoji together


def clean_free_text(text: str, max_chars: int) -> str:
    """`text` made safe to store and show to staff: one line, no control or invisible formatting characters
    (which can hide or reorder text in a staff screen), at most `max_chars` characters."""
    if max_chars < 0:
        raise ValueError(f"max_chars cannot be negative: {max_chars}")
    text = unicodedata.normalize("NFC", text or "")
    text = " ".join(text.split())
    text = "".join(char for char in text
                   if char == _ZERO_WIDTH_JOINER or unicodedata.category(char) not in ("Cc", "Cf"))
    return " ".join(text.split())[:max_chars].rstrip()


MAX_LANGUAGE_CHARS = 40
_LANGUAGES = {
    "english": "English", "eng": "English", "en": "English", "inglés": "English", "ingles": "English",
    "spanish": "Spanish", "español": "Spanish", "espanol": "Spanish", "es": "Spanish", "esp": "Spanish",
    "castellano": "Spanish",
}
# Words around the language in a chatty answer ("english please", "in spanish", "en español").
_LANGUAGE_FILLER = {"please", "pls", "plz", "thanks", "thank", "you", "thx", "ty", "in", "i", "prefer",
                    "speak", "would", "like", "to", "talk", "is", "fine", "ok", "okay", "only", "preferably",
                    "en", "por", "favor", "is", "better", "best", "good"}


_LOWER_CASE_WORDS = {"and", "or", "y", "o", "de", "of"}


def _capitalized(word: str) -> str:
    """Capitalize a word typed in lower case ("and", "or" stay); leave others as typed, so "ASL" stays "ASL"."""
    if not word.islower() or word in _LOWER_CASE_WORDS:
        return word
    return word[:1].upper() + word[1:]


def parse_language(text: str) -> str:
    """The preferred language: English and Spanish spelled one way whatever was typed; anything else as
    typed, cleaned, with words capitalized ("haitian creole" -> "Haitian Creole"), at most 40 characters."""
    cleaned = clean_free_text(text, MAX_LANGUAGE_CHARS)
    words = re.findall(r"[\w']+", cleaned.lower())
    if len(words) == 1 and words[0] in _LANGUAGES:
        return _LANGUAGES[words[0]]
    named = {_LANGUAGES.get(word) for word in words if word not in _LANGUAGE_FILLER}
    if len(named) == 1 and None not in named:
        return named.pop()
    words = cleaned.split(" ")
    return " ".join([words[0][:1].upper() + words[0][1:]] + [_capitalized(word) for word in words[1:]])


# --- skipping an optional question ------------------------------------------------------------------------------

_SKIP_ANSWERS = {
    "skip", "skip it", "skip this", "skip this one", "skip this question", "pass", "no", "nope", "nah", "na",
    "none", "nothing", "nothing to add", "not really", "not now", "no comment", "prefer not to say",
    "prefer not to", "prefer not", "rather not", "rather not say", "no gracias", "nada", "paso",
}
_SKIP_FILLER = re.compile(r"^(?:(?:please|pls|plz|just|ok|okay|um|uh|sorry|i|id|i'd|i\s+would|i\s+will)\s+)+|"
                          r"(?:\s+(?:please|pls|plz|thanks|thank\s+you|thx|ty|for\s+now|lol))+$")


def is_skip(text: str) -> bool:
    """True when the whole answer declines the optional question ("skip", "n/a", "I'd rather not").

    Only the whole answer counts: "no one helps with his tantrums" is a reason, not a skip.
    """
    answer = (text or "").lower().replace("\u2019", "'").replace("n/a", "na")
    answer = " ".join(re.sub(r"[^\w\s']", " ", answer).split())
    previous = None
    while previous != answer:
        previous, answer = answer, _SKIP_FILLER.sub("", answer).strip()
    return answer in _SKIP_ANSWERS
