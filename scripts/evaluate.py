"""Evaluate the assistant and print figures in a stable `name value` format (compare runs with diff).

    python scripts/evaluate.py              # everything: 5-fold CV (~8 min), dev set, REST latency
    python scripts/evaluate.py --skip-cv    # dev set and latency only (~1 min)

Figures:
- nlu.cv5.*  intent and response-selector macro-F1 on 5-fold cross-validation of data/ (the training data)
- nlu.dev.*  the same on tests/nlu/dev_set.yml, a held-out set never used in training, plus accuracy
- latency.rest.*  reply latency of Rasa's REST channel for one conversation (ms percentiles)

Latency uses the Rasa server at RASA_URL if one answers there; otherwise it starts a private stack.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "results"
MODEL = ROOT / "models" / "current.tar.gz"
DEV_SET = ROOT / "tests" / "nlu" / "dev_set.yml"
LATENCY_MESSAGES = 100


def rasa(*args: str) -> None:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", PYTHONPATH=str(ROOT))
    log = RESULTS / "evaluate.log"
    with log.open("a") as handle:
        result = subprocess.run([sys.executable, "-m", "rasa", *args], cwd=ROOT, env=env,
                                stdout=handle, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        sys.exit(f"rasa {' '.join(args)} failed; see {log}")


def macro_f1(report_path: Path) -> Dict[str, float]:
    report = json.loads(report_path.read_text())
    return {"macro_f1": report["macro avg"]["f1-score"], "accuracy": report.get("accuracy", float("nan"))}


def cross_validate() -> Dict[str, float]:
    out = RESULTS / "cv5"
    print("evaluate: 5-fold cross-validation (trains 5 NLU models)...", file=sys.stderr, flush=True)
    rasa("test", "nlu", "--nlu", "data", "--config", "config.yml", "--cross-validation", "--folds", "5",
         "--out", str(out))
    intent = macro_f1(out / "intent_report.json")
    selector = macro_f1(out / "response_selection_report.json")
    return {"nlu.cv5.intent.macro_f1": intent["macro_f1"],
            "nlu.cv5.response_selection.macro_f1": selector["macro_f1"]}


def dev_set() -> Dict[str, float]:
    out = RESULTS / "dev"
    print("evaluate: held-out dev set...", file=sys.stderr, flush=True)
    rasa("test", "nlu", "--nlu", str(DEV_SET), "--model", str(MODEL), "--out", str(out))
    intent = macro_f1(out / "intent_report.json")
    selector = macro_f1(out / "response_selection_report.json")
    return {"nlu.dev.intent.macro_f1": intent["macro_f1"], "nlu.dev.intent.accuracy": intent["accuracy"],
            "nlu.dev.response_selection.macro_f1": selector["macro_f1"],
            "nlu.dev.response_selection.accuracy": selector["accuracy"]}


def dev_questions() -> List[str]:
    questions = []
    for block in yaml.safe_load(DEV_SET.read_text())["nlu"]:
        questions += [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]
    return questions


def percentile(values: List[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def measure_latency(rasa_url: str) -> Dict[str, float]:
    print(f"evaluate: REST latency, one conversation of {LATENCY_MESSAGES} messages...", file=sys.stderr, flush=True)
    sender = f"latency-{uuid.uuid4().hex[:8]}"
    questions = dev_questions()
    timings = []
    with httpx.Client(timeout=30) as http:
        http.post(f"{rasa_url}/webhooks/rest/webhook", json={"sender": sender, "message": "hi"})  # warm-up
        for i in range(LATENCY_MESSAGES):
            started = time.perf_counter()
            response = http.post(f"{rasa_url}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": questions[i % len(questions)]})
            timings.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return {"latency.rest.p50_ms": percentile(timings, 50), "latency.rest.p95_ms": percentile(timings, 95),
            "latency.rest.p99_ms": percentile(timings, 99), "latency.rest.mean_ms": statistics.mean(timings)}


def latency() -> Dict[str, float]:
    rasa_url = os.environ.get("RASA_URL", "http://localhost:5005")
    try:
        httpx.get(f"{rasa_url}/", timeout=1).raise_for_status()
        return measure_latency(rasa_url)
    except httpx.HTTPError:
        pass
    from tests.servers import Stack
    print("evaluate: no Rasa at RASA_URL; starting a private stack...", file=sys.stderr, flush=True)
    stack = Stack(workdir=Path(tempfile.mkdtemp(prefix="evaluate-")))
    try:
        stack.start_all()
        return measure_latency(stack.rasa_url)
    finally:
        stack.stop_all()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-cv", action="store_true", help="skip the 5-fold cross-validation")
    parser.add_argument("--skip-latency", action="store_true", help="skip the REST latency measurement")
    args = parser.parse_args()
    if not MODEL.exists():
        sys.exit("no trained model: run scripts/train.py first")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "evaluate.log").write_text("")
    figures: Dict[str, float] = {}
    if not args.skip_cv:
        figures.update(cross_validate())
    figures.update(dev_set())
    if not args.skip_latency:
        figures.update(latency())
    for name, value in figures.items():
        print(f"{name:<40} {value:.3f}" if "latency" not in name else f"{name:<40} {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
