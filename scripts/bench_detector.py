"""The crisis detector's time per message, tail included, in stable `name value` lines.

    python scripts/bench_detector.py              # every development and everyday line, then random run-ons
    python scripts/bench_detector.py --runons 0   # the set lines only

Two workloads, each timed in CPU time of this thread (what the detector itself costs on a shared machine):

- ``lines``: every line of tests/crisis/dev_set*.jsonl and everyday_set.jsonl, one after another. The hold-out sets
  are not read (timing does not tune anything, but nothing here needs them).
- ``runons``: seeded random messages without punctuation, the worst shape for the matcher (one long sentence):
  40-250 words drawn from the rules' own words and everyday ones, set lines glued together, and one line repeated.

Percentiles hide a rare slow message: a pattern with two wide gaps once took 89 s on one 300-character message
while p99 stayed under 2 ms (tests/crisis/README.md, sixteenth round). So the slowest message is printed too.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety.detector import CrisisDetector, get_detector  # noqa: E402
from scripts.evaluate_crisis import percentile  # noqa: E402

CRISIS_DIR = ROOT / "tests" / "crisis"
_EVERYDAY_WORDS = "i my he she the a and to was is not me him her it of in that so".split()


def set_lines() -> List[str]:
    """Every development and everyday line, in file order."""
    paths = sorted(CRISIS_DIR.glob("dev_set*.jsonl")) + [CRISIS_DIR / "everyday_set.jsonl"]
    return [json.loads(line)["text"] for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_ons(count: int, seed: int, lines: List[str], rule_words: List[str]) -> List[str]:
    """``count`` seeded messages with no sentence end: drawn words, glued lines, one line repeated."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        if n % 3 == 0:
            out.append(" ".join(rng.choice(rule_words) if rng.random() < 0.5 else rng.choice(_EVERYDAY_WORDS)
                                for _ in range(rng.randint(40, 250))))
        elif n % 3 == 1:
            glued = " ".join(rng.choice(lines) for _ in range(rng.randint(3, 10)))
            out.append("".join(ch for ch in glued if ch not in ".!?\n"))
        else:
            out.append(" ".join([rng.choice(lines)] * rng.randint(2, 8)))
    return out


def timings_ms(detect: Callable[[str], object], texts: List[str]) -> List[float]:
    out = []
    for text in texts:
        started = time.thread_time()
        detect(text)
        out.append((time.thread_time() - started) * 1000)
    return out


def figures(name: str, ms: List[float]) -> Dict[str, float]:
    return {f"detector.{name}.messages": len(ms), f"detector.{name}.p50_cpu_ms": percentile(ms, 0.5),
            f"detector.{name}.p99_cpu_ms": percentile(ms, 0.99), f"detector.{name}.p999_cpu_ms": percentile(ms, 0.999),
            f"detector.{name}.max_cpu_ms": max(ms)}


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runons", type=int, default=900, help="how many random run-ons (0: none) [900]")
    parser.add_argument("--seed", type=int, default=7, help="seed of the run-ons [7]")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    detector: CrisisDetector = get_detector()
    built = time.perf_counter() - started
    lines = set_lines()
    for text in lines[:300]:  # warm the caches, as a running gateway has them
        detector.detect(text)
    results = {"detector.build_s": built}
    results.update(figures("lines", timings_ms(detector.detect, lines)))
    if args.runons:
        texts = run_ons(args.runons, args.seed, lines, sorted(detector.rule_words()))
        results.update(figures("runons", timings_ms(detector.detect, texts)))
    for name, value in results.items():
        print(f"{name:<40} {value:.3f}" if isinstance(value, float) else f"{name:<40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
