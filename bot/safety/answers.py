"""Fixed crisis answers from content/crisis.yml, in the reply shape every channel renders.

Each crisis answer is two replies, as Rasa's REST channel sends a response with text and a custom payload: the
text, then `{"custom": {"type": "crisis", "category", "severity", "lang", "resources": [...]}}` (DESIGN.md §
Contracts). The first resource is the one action the answer leads with.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Tuple

from bot.content import Content

SEVERITIES = ("imminent", "urgent")


@dataclass(frozen=True)
class CrisisAnswer:
    category: str
    severity: str
    lang: str
    text: str
    resources: Tuple[Mapping[str, str], ...]

    @property
    def lead(self) -> Mapping[str, str]:
        return self.resources[0]

    def payload(self) -> Dict[str, object]:
        return {"type": "crisis", "category": self.category, "severity": self.severity, "lang": self.lang,
                "resources": [dict(r) for r in self.resources]}

    def replies(self) -> List[dict]:
        return [{"text": self.text}, {"custom": self.payload()}]


def _variants(content: Content, lang: str) -> Mapping[str, Mapping[str, dict]]:
    if lang == "es":
        return content.crisis.get("spanish", {})
    return content.crisis["categories"]


def crisis_answer(content: Content, category: str, imminent: bool, lang: str = "en") -> CrisisAnswer:
    """The answer for a category: the imminent one when there is immediate danger and one exists."""
    variants = _variants(content, lang).get(category)
    if variants is None:  # no answer in that language: English is better than nothing
        variants, lang = content.crisis["categories"][category], "en"
    wanted = "imminent" if imminent else "urgent"
    severity = wanted if wanted in variants else next(s for s in SEVERITIES if s in variants)
    entry = variants[severity]
    resources = tuple(content.crisis["resources"][r] for r in entry["resources"])
    return CrisisAnswer(category, severity, lang, str(entry["text"]).strip(), resources)


def all_answers(content: Content) -> List[CrisisAnswer]:
    """Every fixed answer, for checks and for generating Rasa's responses."""
    answers = []
    for lang in ("en", "es"):
        for category, variants in _variants(content, lang).items():
            for severity in variants:
                answers.append(crisis_answer(content, category, severity == "imminent", lang))
    return answers


def check_in_replies(content: Content, category: Optional[str] = None) -> List[dict]:
    """The check-in question; its payload names the category a yes escalates to (None: the caregiver's safety).

    A category with its own wording in ``check_in.by_category`` (a child's health: Poison Control) gets it."""
    check_in = content.crisis["check_in"]
    own = (check_in.get("by_category") or {}).get(category or "", {})
    return [{"text": str(own.get("text", check_in["text"])).strip(), "buttons": list(check_in["buttons"])},
            {"custom": {"type": "check_in", "category": category or "suicide_self_harm"}}]


def check_in_texts(content: Content) -> List[str]:
    """Every wording of the check-in question."""
    check_in = content.crisis["check_in"]
    own = [str(v["text"]).strip() for v in (check_in.get("by_category") or {}).values()]
    return [str(check_in["text"]).strip()] + own
