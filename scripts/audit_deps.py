"""Audit requirements.lock for known vulnerabilities with pip-audit, and print `name value` figures.

    python scripts/audit_deps.py            # report (what scripts/test.sh runs)
    AUDIT_STRICT=1 python scripts/audit_deps.py   # fail on any vulnerability, or when nothing could be audited

pip-audit asks PyPI's JSON API for each locked version's known vulnerabilities (no install, no resolver). Where
that service cannot be reached (a build machine limited to a package mirror), every package is reported as not
audited rather than passed. By default the script reports and exits 0, because Rasa 3.6 pins old versions
(TensorFlow 2.12 among them) that this project cannot upgrade alone: a gate that always fails gets ignored.
Release builds should set AUDIT_STRICT=1 and review what it lists.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
PIP_AUDIT = ROOT / ".venv-audit" / "bin" / "pip-audit"


def run_pip_audit(lock: Path) -> Dict:
    command = [str(PIP_AUDIT), "-r", str(lock), "--disable-pip", "--no-deps", "-s", "pypi",
               "--progress-spinner", "off", "-f", "json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    try:
        return json.loads(done.stdout)
    except ValueError:
        sys.stderr.write(done.stderr[-2000:])
        raise SystemExit(f"audit: pip-audit gave no report (exit {done.returncode})")


def main() -> int:
    report = run_pip_audit(ROOT / "requirements.lock")
    dependencies: List[Dict] = report.get("dependencies", [])
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = [d for d in dependencies if not d.get("skip_reason")]
    vulnerable = [d for d in audited if d.get("vulns")]
    print(f"audit.packages {len(dependencies)}")
    print(f"audit.audited {len(audited)}")
    print(f"audit.not_audited {len(skipped)}")
    print(f"audit.vulnerable_packages {len(vulnerable)}")
    print(f"audit.vulnerabilities {sum(len(d['vulns']) for d in vulnerable)}")
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fix listed"
            print(f"audit: {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    if dependencies and not audited:
        print("audit: WARNING: nothing could be audited: the vulnerability service (PyPI's JSON API) is not "
              "reachable from this machine", file=sys.stderr)
    strict = os.environ.get("AUDIT_STRICT") == "1"
    if strict and (vulnerable or not audited):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
