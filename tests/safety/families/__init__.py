"""Crisis-rule families, one module per tuning round: written variants that must escalate (and as what) and safe
look-alikes that must not. Each module holds data only, a ``CASES = FamilyCases(...)``; the checks are written
once, in tests/safety/test_family_cases.py, and run over every module found here. The hold-out sets are never
read by any of them."""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, fields
from typing import List, Sequence, Tuple


#: Short names for the crisis categories, for the family modules' (text, category) lists.
SSH = "suicide_self_harm"
CSU = "child_suicidal"
CAB = "child_abuse"
DV = "domestic_violence"
HCF = "harm_to_child_fear"
HTO = "harm_to_others"
MED = "child_medical"


@dataclass(frozen=True)
class FamilyCases:
    """What one round's families must do. A message may sit in one list only."""

    in_category: Sequence[Tuple[str, str]] = ()  # (text, category): a crisis, in exactly that category
    any_crisis: Sequence[str] = ()  # a crisis, whatever its category
    not_crisis: Sequence[str] = ()  # anything but a crisis (a check-in is fine)
    check_in: Sequence[str] = ()  # a check-in: neither silence nor a full escalation
    nothing: Sequence[str] = ()  # neither a crisis nor a check-in


#: The lists a module fills, in FamilyCases's order.
FIELDS: Tuple[str, ...] = tuple(f.name for f in fields(FamilyCases))


def rounds() -> List[Tuple[str, FamilyCases]]:
    """(module name, its cases) for every module of this package, in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        cases = getattr(module, "CASES", None)
        if not isinstance(cases, FamilyCases):
            raise TypeError(f"{module.__name__} must define CASES = FamilyCases(...)")
        found.append((info.name, cases))
    return found
