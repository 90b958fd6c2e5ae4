"""Run a playwright-core script from tests/browser/ in Debian's Chromium and return what it printed.

The scripts live in JavaScript because playwright-core is the Node library; pytest starts them with the URLs they
need in the environment and asserts on their exit status and their one JSON result line.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict

ROOT = Path(__file__).resolve().parent.parent
BROWSER_DIR = ROOT / "tests" / "browser"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def browser_missing() -> str:
    """Why browser tests cannot run here, or '' when they can (scripts/test.sh installs what is missing)."""
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (scripts/browser_deps.sh installs Debian's chromium)"
    if shutil.which("node") is None:
        return "node not found"
    if not (ROOT / "node_modules" / "playwright-core").exists():
        return "playwright-core not installed (run: npm ci)"
    return ""


def run_browser_script(name: str, env: Dict[str, str], timeout_seconds: float = 120) -> dict:
    """Run tests/browser/<name> and return its JSON result; raise AssertionError with its output on failure."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    full_env = dict(os.environ, ARTIFACTS_DIR=str(ARTIFACTS), CHROMIUM_PATH=CHROMIUM, **env)
    done = subprocess.run(["node", str(BROWSER_DIR / name)], cwd=ROOT, env=full_env, capture_output=True,
                          text=True, timeout=timeout_seconds)
    if done.returncode != 0:
        raise AssertionError(f"{name} failed ({done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise AssertionError(f"{name} printed no JSON result:\n{done.stdout[-4000:]}")
    return json.loads(lines[-1])
