"""Train the Rasa model when its inputs changed (or always with --force).

The inputs are everything a model is made from: config.yml, domain.yml, data/, content/ (through the generated
responses) and the custom NLU components. Their hash is kept next to the model, so `scripts/run.sh` starts in
seconds when nothing changed and retrains (with Rasa's progress bars) when something did.
The trained crisis layer (scripts/train_crisis_classifier.py) is brought up to date the same way, at the same time.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models"
MODEL_NAME = "current"
MODEL = MODEL_DIR / f"{MODEL_NAME}.tar.gz"
FINGERPRINT = MODEL_DIR / f"{MODEL_NAME}.inputs-sha256"
INPUTS = ("config.yml", "domain.yml", "data", "content", "nlu_components")


def fingerprint(paths: Iterable[Path]) -> str:
    """SHA-256 over the names and bytes of these files (folders: every file below them)."""
    digest = hashlib.sha256()
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def inputs_fingerprint() -> str:
    return fingerprint(ROOT / name for name in INPUTS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="train even if nothing changed")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from scripts.train_crisis_classifier import ensure_trained

    fingerprint = inputs_fingerprint()
    stored = FINGERPRINT.read_text().strip() if FINGERPRINT.exists() else ""
    if MODEL.exists() and stored == fingerprint and not args.force:
        print(f"train: model is up to date ({MODEL.relative_to(ROOT)})")
        return 0 if ensure_trained(args.force) == 0 else 1
    # Rasa trains in its own process while the crisis layer trains here: the layer's fit keeps to one core (see
    # CrisisClassifier.train), so the two together take about as long as the layer alone.
    print("train: data, config, domain or content changed; training Rasa's model (about 2 minutes on 2 cores, "
          "alongside the crisis layer)...", flush=True)
    started = time.monotonic()
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", PYTHONPATH=str(ROOT))
    rasa = subprocess.Popen(
        [sys.executable, "-m", "rasa", "train", "--fixed-model-name", MODEL_NAME, "--out", str(MODEL_DIR), "--force"],
        cwd=ROOT, env=env,
    )
    try:
        layer = ensure_trained(args.force)
        returncode = rasa.wait()
    finally:
        if rasa.poll() is None:  # the layer's training failed or was interrupted: do not leave Rasa training
            rasa.terminate()
            rasa.wait()
    if returncode != 0:
        print("train: FAILED (see Rasa's output above)", file=sys.stderr)
        return returncode
    FINGERPRINT.write_text(fingerprint + "\n")
    print(f"train: Rasa's model done in {time.monotonic() - started:.0f} s -> {MODEL.relative_to(ROOT)}")
    return 0 if layer == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
