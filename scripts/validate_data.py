"""Run `rasa data validate` and fail on any warning but one known-false one.

Rasa 3.6 merges the retrieval intent `faq` found in the NLU data into the domain and warns that `faq` is
"duplicated" because domain.yml declares it too; leaving it out of domain.yml instead makes the story reader
warn that rules use an unknown intent. That message is expected. So is "The utterance 'utter_ask_<slot>' is not
used in any story or rule" for each slot of a form: the form asks with those responses itself, and Rasa's
validator only counts utterances that stories and rules name. Every other warning fails the run.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def form_prompts() -> list:
    """utter_ask_<slot> for every slot a form in domain.yml asks for."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return sorted({f"utter_ask_{slot}" for form in (domain.get("forms") or {}).values()
                   for slot in form.get("required_slots") or []})


KNOWN_FALSE = re.compile(
    r"duplicated intents have been found across multiple domain files: faq$"
    rf"|^The utterance '({'|'.join(map(re.escape, form_prompts())) or '(?!)'})' is not used in any story or rule\.$")
WARNING = re.compile(r"(UserWarning|WARNING)[: ](?P<message>.*)")


def main() -> int:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    result = subprocess.run(
        [sys.executable, "-m", "rasa", "data", "validate", "--fail-on-warnings"],
        capture_output=True, text=True, env=env,
    )
    output = result.stdout + result.stderr
    lines = output.splitlines()
    problems = []
    for index, line in enumerate(lines):
        match = WARNING.search(line)
        if not match or "DeprecationWarning" in line:
            continue
        # Rasa prints the detail of an "Issue found in <file>" warning on the next line.
        message = match.group("message").strip() or (lines[index + 1] if index + 1 < len(lines) else "")
        if message.startswith("Issue found in") and index + 1 < len(lines):
            message = f"{message} {lines[index + 1].strip()}"
        if not KNOWN_FALSE.search(message):
            problems.append(message)
    if result.returncode != 0 or problems:
        print(output[-4000:], file=sys.stderr)
        for problem in problems:
            print(f"validate: {problem}", file=sys.stderr)
        print("rasa data validate: FAILED", file=sys.stderr)
        return 1
    print("rasa data validate: ok (no warnings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
