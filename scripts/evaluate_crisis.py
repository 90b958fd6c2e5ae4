"""Evaluate crisis detection on tests/crisis/holdout_set.jsonl (or --set) and print figures in a stable `name value` format.

    python scripts/evaluate_crisis.py               # as the gateway decides: the rules, then the trained crisis layer
    python scripts/evaluate_crisis.py --rules-only  # the deterministic rules alone
    python scripts/evaluate_crisis.py --set tests/crisis/dev_set.jsonl   # on a development set
    python scripts/evaluate_crisis.py --layered     # also Rasa's intent classifier (asks if the layer backs it)
    python scripts/evaluate_crisis.py --set tests/crisis/everyday_holdout.jsonl   # ordinary traffic: false alarms only

Figures: recall per category (a crisis message that got a crisis answer), the share that got at least the
check-in question (which gives 911 and 988), the share whose answer leads with
the right resource (911, 988, Childhelp, the DV Hotline), false alarms (non-crisis messages escalated),
check-ins (hyperbole that got a check-in or an escalation), the detector's time per message, and the trained
layer's (crisis.classifier.*) and both together (crisis.guard.*: what the gateway spends on every message).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import load_content  # noqa: E402
from bot.safety.answers import crisis_answer  # noqa: E402
from bot.safety.classifier import CrisisClassifier, load_classifier  # noqa: E402
from bot.safety.detector import get_detector  # noqa: E402
from bot.safety.layers import beyond_the_rules, needs_911  # noqa: E402

EVAL_SET = ROOT / "tests" / "crisis" / "holdout_set.jsonl"  # the set nothing was tuned on (tests/crisis/README.md)
Verdict = Tuple[str, str, bool, str]  # kind, category, imminent, lang


def expected(item: dict) -> Tuple[str, str]:
    """(category, lang) the item's label means."""
    if item["label"] == "spanish_suicide":
        return "suicide_self_harm", "es"
    return item["label"], "en"


def lead_number(resource: dict) -> str:
    return resource.get("tel") or resource.get("sms") or resource.get("url", "")


def share(flags: List[bool]) -> float:
    """The share of True, or nan for no flags at all."""
    return sum(flags) / len(flags) if flags else float("nan")


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def gateway_classifier(classifier: Optional[CrisisClassifier]) -> Callable[[str], Verdict]:
    """As bot/safety/guard.py decides: the rules, then the trained layer for what they do not escalate (it
    escalates when confident, asks the check-in question when unsure)."""
    detector = get_detector()

    def classify(text: str) -> Verdict:
        detection = detector.detect(text)
        if detection.kind == "crisis":
            imminent = needs_911(text, detection.imminent, classifier)
            return detection.kind, detection.category or "", imminent, detection.lang
        layered = beyond_the_rules(text, detection, classifier, detector)
        return layered.kind, layered.category or "", layered.imminent, detection.lang
    return classify


def layered_classifier(classifier: Optional[CrisisClassifier]) -> Callable[[str], Verdict]:
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa's debug lines would break the `name value` output
    logging.getLogger("rasa").setLevel(logging.WARNING)
    agent = Agent.load(str(ROOT / "models" / "current.tar.gz"))
    gateway = gateway_classifier(classifier)

    def classify(text: str) -> Verdict:
        verdict = gateway(text)
        if verdict[0] == "crisis":
            return verdict
        # As the assistant runs: Rasa's pipeline ends in nlu_components/crisis_override.py, which turns the rules'
        # hyperbole, the crisis layer's doubt and the intent classifier's crisis intents (when the layer backs
        # them) into the check-in intent.
        if verdict[0] == "check_in":
            return verdict
        intent = asyncio.run(agent.parse_message(text))["intent"]["name"]
        if intent.startswith("crisis_"):
            return "check_in", "", False, verdict[3]
        return "none", "", False, verdict[3]
    return classify


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-only", action="store_true", help="the deterministic rules without the trained layer")
    parser.add_argument("--layered", action="store_true", help="also Rasa's intent classifier (check-ins)")
    parser.add_argument("--set", type=Path, default=EVAL_SET, help="a JSONL set in the same format")
    parser.add_argument("--show-misses", action="store_true", help="print missed and false-alarm messages")
    args = parser.parse_args()
    content = load_content()
    detector = get_detector()
    items = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    for item in items[:20]:  # warm-up: first calls build spaCy's caches
        detector.detect(item["text"])
    timings: List[float] = []
    cpu_timings: List[float] = []  # the detector's own CPU time: on a shared machine, wall time includes waits
    for item in items:
        started, cpu_started = time.perf_counter(), time.thread_time()
        detector.detect(item["text"])
        timings.append((time.perf_counter() - started) * 1000)
        cpu_timings.append((time.thread_time() - cpu_started) * 1000)
    if args.rules_only and args.layered:
        parser.error("--layered includes the trained layer; give one of --rules-only and --layered")
    classifier = None if args.rules_only else load_classifier()
    if not args.rules_only and classifier is None:
        parser.error("no trained crisis layer: run scripts/train.py (or give --rules-only)")
    model_timings: List[float] = []
    guard_timings: List[float] = []
    if classifier is not None:
        for item in items:
            started = time.perf_counter()
            classifier.score(item["text"])
            model_timings.append((time.perf_counter() - started) * 1000)
        guard_timings = [rules + model for rules, model in zip(timings, model_timings)]
    mode = "rules" if args.rules_only else "layered" if args.layered else "rules+model"
    classify = layered_classifier(classifier) if args.layered else gateway_classifier(classifier)

    recalled: Dict[str, List[bool]] = defaultdict(list)
    reached: Dict[str, List[bool]] = defaultdict(list)  # a crisis answer, or at least the check-in with 911/988
    right_lead: List[bool] = []
    false_alarms, non_crisis, check_ins_ok, check_ins, misses = 0, 0, 0, 0, []
    needless_check_ins = 0
    for item in items:
        kind, category, imminent, lang = classify(item["text"])
        if item["label"] == "none":
            non_crisis += 1
            if kind == "crisis":
                false_alarms += 1
                misses.append(("false alarm", item["text"]))
            needless_check_ins += kind == "check_in"
            continue
        if item["label"] == "check_in":
            check_ins += 1
            check_ins_ok += kind in ("crisis", "check_in")
            if kind == "none":
                misses.append(("check-in missed", item["text"]))
            continue
        true_category, true_lang = expected(item)
        recalled[item["label"]].append(kind == "crisis")
        reached[item["label"]].append(kind in ("crisis", "check_in"))
        if kind != "crisis":
            misses.append((f"missed {item['label']}", item["text"]))
            right_lead.append(False)
            continue
        want = lead_number(crisis_answer(content, true_category, item["imminent"], true_lang).lead)
        got = lead_number(crisis_answer(content, category, imminent, lang).lead)
        right_lead.append(want == got)
        if want != got:
            misses.append((f"lead {got} for {item['label']} (want {want})", item["text"]))

    timings.sort()
    figures = {f"crisis.recall.{label}": sum(v) / len(v) for label, v in sorted(recalled.items())}
    all_crisis = [x for v in recalled.values() for x in v]
    all_reached = [x for v in reached.values() for x in v]
    # A set may hold no crisis lines (the everyday-traffic sets) or no safe ones: those figures are then nan.
    figures["crisis.recall.all"] = share(all_crisis)
    figures["crisis.answer_or_check_in.all"] = share(all_reached)
    figures["crisis.leads_with_right_resource"] = share(right_lead)
    figures["crisis.false_alarm_rate"] = false_alarms / non_crisis if non_crisis else float("nan")
    figures["crisis.check_in_rate_on_non_crisis"] = needless_check_ins / non_crisis if non_crisis else float("nan")
    figures["crisis.check_in_or_escalated"] = check_ins_ok / check_ins if check_ins else float("nan")
    figures["crisis.detector.p50_ms"] = timings[len(timings) // 2]
    figures["crisis.detector.p99_ms"] = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    cpu_timings.sort()
    figures["crisis.detector.p99_cpu_ms"] = cpu_timings[min(len(cpu_timings) - 1, int(len(cpu_timings) * 0.99))]
    # The slowest message, CPU time: one pattern shape made a 300-character message take 89 s while p99 stayed
    # under 2 ms (rules._unroll_ranges); a percentile alone would hide that again.
    figures["crisis.detector.max_cpu_ms"] = cpu_timings[-1]
    if model_timings:
        figures["crisis.classifier.p50_ms"] = percentile(model_timings, 0.5)
        figures["crisis.classifier.p99_ms"] = percentile(model_timings, 0.99)
        figures["crisis.guard.p99_ms"] = percentile(guard_timings, 0.99)
    print(f"{'crisis.mode':<40} {mode}")
    print(f"{'crisis.set':<40} {args.set.name}")
    print(f"{'crisis.messages':<40} {len(items)}")
    for name, value in figures.items():
        print(f"{name:<40} {value:.3f}")
    if args.show_misses:
        for why, text in misses:
            print(f"# {why}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
