"""Referral-form validators against what caregivers type on phones: chatty, lower case, with typos."""
from __future__ import annotations

from typing import Optional

import pytest

from actions.validators import (child_age_note, clean_free_text, is_skip, parse_child_age_months,
                                parse_contact_method, parse_email, parse_language, parse_us_phone)


# --- phone ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(212) 555-0199", "212-555-0199", "212.555.0199", "2125550199", "212 555 0199", "+1 212 555 0199",
    "1-212-555-0199", "12125550199", "+1 (212) 555-0199", "(212)555-0199", "212 - 555 - 0199",
    "its (212)555-0199 thx", "my number is 212 555 0199", "call me at 2125550199 or 6465550100",
    "phone: 212.555.0199.", "212-555-0199 ext 5", "212 555 01 99",
])
def test_phone_accepts_the_usual_formats_in_chatty_text(text: str) -> None:
    assert parse_us_phone(text) == "(212) 555-0199"


@pytest.mark.parametrize("text, expected", [
    ("call 212-555-0100", "(212) 555-0100"),          # the whole fictional 555-0100..0199 range is fine
    ("(646) 555-0150", "(646) 555-0150"),
    ("415 555 2671", "(415) 555-2671"),
    ("(555) 234-5678", "(555) 234-5678"),             # not in phonenumbers' area-code list: still accepted
])
def test_phone_accepts_any_number_built_like_a_north_american_one(text: str, expected: str) -> None:
    assert parse_us_phone(text) == expected


@pytest.mark.parametrize("text", [
    "555-0199",                 # 7 digits: no area code
    "012-555-0199",             # area code starts with 0
    "112-555-0199",             # area code starts with 1
    "911-555-0199",             # N11 is not an area code
    "212-055-0199",             # exchange starts with 0
    "my number is 555 123 4567",  # exchange 123 cannot exist: the prompt's own placeholder
    "212-555-01999",            # too many digits
    "21255501999",
    "22125550199",              # 11 digits without the country code 1
    "212555019",                # too few
    "212-555-O199",             # letter O for zero
    "1-800-FLOWERS",
    "+44 20 7946 0958",         # not a +1 number
    "no phone sorry", "", "3 years old",
])
def test_phone_rejects(text: str) -> None:
    assert parse_us_phone(text) is None


# --- email ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("you can email me at Jane.Doe@Example.com please", "Jane.Doe@example.com"),
    ("jane.doe@gmail.com", "jane.doe@gmail.com"),
    ("JANE@GMAIL.COM", "JANE@gmail.com"),              # only the domain is lower-cased
    ("email: jane@doe.com.", "jane@doe.com"),           # sentence full stop
    ("<jane@doe.com>", "jane@doe.com"),
    ("(jane.doe@gmail.com)", "jane.doe@gmail.com"),
    ("mailto:jane@doe.com", "jane@doe.com"),
    ("jane@doe.com, thanks!", "jane@doe.com"),
    ("jane @ gmail.com", "jane@gmail.com"),             # keyboard added spaces
    ("email me @ jane@x.com", "jane@x.com"),
    ("o'brien@example.org", "o'brien@example.org"),
])
def test_email_found_and_normalized(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize("text", [
    "jane@", "jane.com", "jane@doe", "jane@localhost", "jane@@doe.com", "jane..doe@x.com", "jane@x.invalid",
    "@janedoe", "my email is jane at gmail", "", "no email",
])
def test_email_rejects(text: str) -> None:
    assert parse_email(text) is None


# --- contact method ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # button payloads (content/referral.yml)
    ("phone call", "phone"), ("text message", "text"), ("email", "email"), ("this telegram chat", "telegram"),
    ("Phone Call", "phone"), ("phone", "phone"),
    # typed answers
    ("call me", "phone"), ("a call", "phone"), ("calll me", "phone"), ("ring me", "phone"),
    ("leave a voicemail", "phone"), ("llámame", "phone"),
    ("txt", "text"), ("sms", "text"), ("texting is best", "text"), ("TEXT pls", "text"),
    ("text me on my phone", "text"), ("msg me on my cell", "text"),
    ("e-mail", "email"), ("mail", "email"), ("email pls", "email"), ("E Mail", "email"), ("emial", "email"),
    ("you can email me at jane@x.com", "email"),
    ("here on telegram", "telegram"), ("this chat", "telegram"), ("message me here", "telegram"),
    ("telgram", "telegram"), ("right here is fine", "telegram"),
    # negation
    ("don't call, text me", "text"), ("no calls please, email", "email"),
])
def test_contact_method(text: str, expected: str) -> None:
    assert parse_contact_method(text) == expected


@pytest.mark.parametrize("text", [
    "call or text", "email or text is fine", "message me", "whatsapp", "idk", "any", "", "please don't call",
    "here is my number",
])
def test_contact_method_unclear(text: str) -> None:
    assert parse_contact_method(text) is None


# --- child's age ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, months", [
    ("3", 36), ("3 years", 36), ("3yo", 36), ("3 y/o", 36), ("3 y.o.", 36), ("three", 36), ("Three years old", 36),
    ("3-year-old", 36), ("he's 3yrs", 36), ("4 yeras", 48), ("she's 4", 48), ("she is 3 years old.", 36),
    ("2 and a half", 30), ("two and a half", 30), ("2.5", 30), ("2½", 30), ("2 1/2 yrs", 30),
    ("a year and a half", 18), ("one and a half", 18), ("2 years and a half", 30),
    ("18 months", 18), ("18 mo", 18), ("eighteen months", 18), ("twenty-four months", 24), ("6 months old", 6),
    ("six-month-old", 6), ("half a year", 6), ("1 yr 6 mo", 18), ("1 year and 6 months", 18),
    ("2 years, 3 months", 27), ("8 weeks", 1), ("3 days old", 0), ("newborn", 0), ("new born", 0), ("0", 0),
    ("almost 5", 59), ("nearly 2 years", 23), ("almost a year", 11),
    ("my little one is 3", 36), ("the one year old", 12), ("my 2 kids are 3 and 5", 36),
    ("2nd child is 18 mo", 18), ("18 years", 216), ("twelve", 144),
    ("2 años y medio", 30), ("1 y 6 meses", 18),
])
def test_child_age(text: str, months: int) -> None:
    assert parse_child_age_months(text) == months


@pytest.mark.parametrize("text", [
    "", "idk", "a few months", "not sure", "19", "30", "250 months", "almost 19", "20 years",
    "pregnant, due in 2 months", "2125550199",
])
def test_child_age_rejects(text: str) -> None:
    assert parse_child_age_months(text) is None


@pytest.mark.parametrize("months, note", [
    (0, None), (36, None), (71, None),
    (72, "child is 6 years old: older than CPP's usual 0-5 range; routed anyway"),
    (84, "child is 7 years old: older than CPP's usual 0-5 range; routed anyway"),
    (95, "child is 7 years old: older than CPP's usual 0-5 range; routed anyway"),
    (216, "child is 18 years old: older than CPP's usual 0-5 range; routed anyway"),
])
def test_child_age_note(months: int, note: Optional[str]) -> None:
    assert child_age_note(months) == note


def test_child_age_note_refuses_a_negative_age() -> None:
    with pytest.raises(ValueError):
        child_age_note(-1)


# --- free text -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, max_chars, expected", [
    ("  weekday   mornings  ", 100, "weekday mornings"),
    ("after\n5 pm\tplease", 100, "after 5 pm please"),
    ("bad\x00\x07 chars\x1b", 100, "bad chars"),
    ("evil\u202e reversed\u200b", 100, "evil reversed"),        # bidi override and zero-width space
    ("mornings are best for me", 8, "mornings"),
    ("one two three", 8, "one two"),                            # no trailing space after the cut
    ("👨\u200d👩\u200d👧 ok", 50, "👨\u200d👩\u200d👧 ok"),       # emoji joiners are kept
    ("", 10, ""), ("   ", 10, ""), ("abc", 0, ""),
])
def test_clean_free_text(text: str, max_chars: int, expected: str) -> None:
    assert clean_free_text(text, max_chars) == expected


def test_clean_free_text_refuses_a_negative_limit() -> None:
    with pytest.raises(ValueError):
        clean_free_text("abc", -1)


# --- language ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("english", "English"), ("Eng", "English"), ("EN", "English"), ("english please", "English"),
    ("in english", "English"), ("inglés", "English"),
    ("spanish", "Spanish"), ("Español", "Spanish"), ("espanol", "Spanish"), ("es", "Spanish"),
    ("spanish pls", "Spanish"), ("en español", "Spanish"),
    ("mandarin chinese", "Mandarin Chinese"), ("  french  ", "French"), ("haitian creole", "Haitian Creole"),
    ("ASL", "ASL"), ("english and spanish", "English and Spanish"),
    ("x" * 60, "X" + "x" * 39), ("", ""),
])
def test_parse_language(text: str, expected: str) -> None:
    assert parse_language(text) == expected


# --- skip ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "skip", "Skip!", "skip please", "just skip", "pass", "no", "No thanks", "no, thank you", "nope",
    "prefer not to say", "I prefer not to say", "rather not", "I'd rather not", "I\u2019d rather not",
    "n/a", "N/A", "none", "nothing", "nothing.",
])
def test_is_skip(text: str) -> None:
    assert is_skip(text) is True


@pytest.mark.parametrize("text", [
    "no one helps me with his tantrums", "nothing works when she hits", "he has tantrums", "not sure", "",
    "my son was in foster care",
])
def test_is_not_skip(text: str) -> None:
    assert is_skip(text) is False
