#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this and nothing else):
# content check, data validation, training (when inputs changed), dialogue test stories, then pytest
# (actions, content, the crisis layer, and end-to-end tests against the real servers over HTTP).
source "$(dirname "${BASH_SOURCE[0]}")/prelude.sh"
mkdir -p var models results

# Each step says when it started (seconds since set-up began) and the end says the whole time: CI's budget is
# 30 minutes, and these show where it goes.
step() { printf '\n== %s (at %d s)\n' "$*" "$SECONDS"; }
trap 'printf "\ntest.sh: %d s in all\n" "$SECONDS"' EXIT

step "generated responses match content/"
python scripts/build_responses.py --check

step "rasa data validate"
python scripts/validate_data.py

step "train (only when data, config, domain or content changed)"
python scripts/train.py

step "test stories (rasa test core --fail-on-prediction-errors)"
python -m rasa test core --model models/current.tar.gz --stories tests/stories \
  --fail-on-prediction-errors --out results/core > results/core.log 2>&1 \
  || { tail -n 40 results/core.log; cat results/core/failed_test_stories.yml 2>/dev/null; echo "test stories: FAILED"; exit 1; }
echo "test stories: ok"

step "browser test tools (Debian chromium, playwright-core)"
bash scripts/browser_deps.sh

step "scale-out test servers (Debian postgresql and redis-server, private ports)"
bash scripts/scale_deps.sh

step "pip-audit on requirements.lock (report; AUDIT_STRICT=1 fails on findings)"
bash scripts/audit_deps.sh

step "pytest"
set +e
python -m pytest -p no:cacheprovider --durations=15 "$@"  # the 15 slowest steps, for the CI budget
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here, not a pass" >&2
  exit 1
fi
exit "$status"
