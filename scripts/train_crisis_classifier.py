"""Train the second crisis layer (bot/safety/classifier.py) when its inputs changed (or always with --force).

    python scripts/train_crisis_classifier.py

Training data: the labelled development sets (tests/crisis/dev_set*.jsonl: crisis lines by category, hyperbole
as "check_in", tricky safe lines as "none") and every NLU example (data/nlu/*.yml: crisis_* intents by category,
crisis_check_in as "check_in", all other intents as "none"), and short everyday replies as "none"
(bot/safety/training/everyday_replies.yml), each text once. The hold-out sets are never read. The development
sets' crisis lines also carry whether they need 911 now (`imminent`): the imminence model learns from those.
Seeded: the same inputs give the same model. About 5-7 minutes on 2 cores (nearly all of it the logistic
regression fit); scripts/train.py runs this.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety.classifier import DEFAULT_PATH, CrisisClassifier  # noqa: E402
from bot.safety.normalize import normalize  # noqa: E402
from scripts.train import fingerprint  # noqa: E402

DEV_SETS = sorted((ROOT / "tests" / "crisis").glob("dev_set*.jsonl"))
NLU_DIR = ROOT / "data" / "nlu"
EVERYDAY_REPLIES = ROOT / "bot" / "safety" / "training" / "everyday_replies.yml"
FINGERPRINT = DEFAULT_PATH.with_suffix(".inputs-sha256")
# What the model is made from: its data, the code that turns text into features, and the library versions (the
# fast scoring path reads scikit-learn's fitted tables, so an upgrade retrains).
INPUTS = [*DEV_SETS, NLU_DIR, ROOT / "bot" / "safety", Path(__file__), ROOT / "requirements.lock"]
ENTITY_MARKUP = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def dev_examples() -> Iterator[Tuple[str, str]]:
    for path in DEV_SETS:
        assert "holdout" not in path.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                label = "suicide_self_harm" if item["label"] == "spanish_suicide" else item["label"]
                yield item["text"], label


def nlu_examples() -> Iterator[Tuple[str, str]]:
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            intent = block.get("intent")
            if not intent:
                continue
            label = intent[len("crisis_"):] if intent.startswith("crisis_") else "none"
            for line in str(block.get("examples", "")).splitlines():
                text = line.strip()
                if text.startswith("- "):
                    yield ENTITY_MARKUP.sub(r"\1", text[2:].strip()), label


def everyday_examples() -> Iterator[Tuple[str, str]]:
    for text in yaml.safe_load(EVERYDAY_REPLIES.read_text(encoding="utf-8"))["none"]:
        yield str(text), "none"


def imminence_labels(texts: Sequence[str]) -> List[Optional[bool]]:
    """Per text: whether a development set's writer marked that crisis line imminent (the first set that has the
    text decides, as in training_examples), or None for a text no development set holds as a crisis line."""
    marked: Dict[str, bool] = {}
    for path in DEV_SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["label"] not in ("none", "check_in"):
                    marked.setdefault(text_key(item["text"]), bool(item["imminent"]))
    return [marked.get(text_key(text)) for text in texts]


def text_key(text: str) -> str:
    """The key under which a text counts once."""
    return " ".join(normalize(text).lower().split())


def training_examples() -> Tuple[List[str], List[str]]:
    """Each text once (development sets first: their labels are the careful ones)."""
    texts: List[str] = []
    labels: List[str] = []
    seen = set()
    for text, label in [*dev_examples(), *nlu_examples(), *everyday_examples()]:
        key = text_key(text)
        if key and key not in seen:
            seen.add(key)
            texts.append(text)
            labels.append(label)
    return texts, labels


def inputs_fingerprint() -> str:
    return fingerprint(INPUTS)


def ensure_trained(force: bool = False) -> int:
    fingerprint = inputs_fingerprint()
    stored = FINGERPRINT.read_text().strip() if FINGERPRINT.exists() else ""
    if DEFAULT_PATH.exists() and stored == fingerprint and not force:
        print(f"train: crisis classifier is up to date ({DEFAULT_PATH.relative_to(ROOT)})")
        return 0
    started = time.monotonic()
    FINGERPRINT.unlink(missing_ok=True)  # an interrupted training must not leave "up to date" behind
    texts, labels = training_examples()
    print(f"train: crisis classifier on {len(texts)} messages...", flush=True)
    CrisisClassifier.train(texts, labels, imminent=imminence_labels(texts)).save(DEFAULT_PATH)
    FINGERPRINT.write_text(fingerprint + "\n")
    print(f"train: crisis classifier done in {time.monotonic() - started:.0f} s -> {DEFAULT_PATH.relative_to(ROOT)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="train even if nothing changed")
    return ensure_trained(parser.parse_args().force)


if __name__ == "__main__":
    sys.exit(main())
