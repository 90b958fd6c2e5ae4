"""Deterministic crisis detection for caregiver messages (DESIGN.md § Safety rules).

    from bot.safety.detector import get_detector
    detection = get_detector().detect(text)   # Detection(kind, category, imminent, lang, rules)

The rules clinicians review are in ``rules.yml``; the logic that reads them is in ``detector.py`` (flow),
``scope.py`` (negation, who, frames), ``policy.py`` (categories, precedence, imminence), ``normalize.py``
(input hygiene), ``prefilter.py`` (speed) and ``rules.py`` (loading and the pattern mini-language).

Names are loaded lazily, so importing another module of this package does not load spaCy.
"""
from typing import Any

__all__ = ["CATEGORIES", "CrisisDetector", "Detection", "get_detector"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import detector

        return getattr(detector, name)
    raise AttributeError(name)
