"""content/ is the single source of every answer: check its shape, its sources and that nothing is orphaned."""
from __future__ import annotations

import re
from collections import Counter, deque
from pathlib import Path
from typing import Dict, Set

import pytest
import yaml

from bot.content import cached_content, menu_topics
from scripts.build_responses import render

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CONTENT = cached_content()


def nlu_examples(path: Path) -> Counter:
    counts: Counter = Counter()
    for block in yaml.safe_load(path.read_text())["nlu"]:
        if "intent" in block:
            counts[block["intent"]] += len([l for l in block["examples"].splitlines() if l.strip().startswith("- ")])
    return counts


def used_actions() -> Set[str]:
    used = set()
    for path in list((ROOT / "data" / "rules").glob("*.yml")) + list((ROOT / "data" / "stories").glob("*.yml")):
        used |= set(re.findall(r"action: (\w+)", path.read_text()))
    used |= set(re.findall(r"core_fallback_action_name: (\w+)", (ROOT / "config.yml").read_text()))
    return used


def test_there_are_at_least_25_topics() -> None:
    assert len(CONTENT.topics) >= 25


@pytest.mark.parametrize("topic_id", sorted(CONTENT.topics))
def test_every_topic_has_sources_related_topics_and_a_short_title(topic_id: str) -> None:
    topic = CONTENT.topics[topic_id]
    assert topic.sources, "every answer cites where its facts come from"
    assert 2 <= len(topic.related) <= 3
    assert len(topic.payload.encode()) <= 64, "Telegram callback_data is limited to 64 bytes"
    paragraphs = [p for p in topic.answer.split("\n\n") if p.strip()]
    assert all(len(re.findall(r"[.!?](\s|$)", p)) <= 5 for p in paragraphs), "short paragraphs"


def test_every_seed_source_names_a_real_seed_document() -> None:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for source in CONTENT.sources.values():
        if source.seed is not None:
            assert (SEEDS / source.seed).is_file(), source.id


def _words(text: str) -> list:
    return re.findall(r"[a-z0-9']+", text.lower())


def _is_a_name(run: tuple, answer: str) -> bool:
    """Proper names (a program, a university) may be shared; prose may not. Names are mostly capitalised."""
    original = [w for w in re.findall(r"[A-Za-z0-9']+", answer)]
    lowered = [w.lower() for w in original]
    for i in range(len(lowered) - len(run) + 1):
        if tuple(lowered[i:i + len(run)]) == run:
            capitalised = sum(1 for w in original[i:i + len(run)] if w[:1].isupper())
            return capitalised * 2 >= len(run)
    return False


def test_answers_are_our_own_words_not_copied_from_the_seeds() -> None:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    n = 9  # a shared run of nine words is copying, not a shared name or figure
    seed_grams = set()
    for seed in SEEDS.glob("*.txt"):
        words = _words(seed.read_text(errors="replace"))
        seed_grams |= {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
    for topic in CONTENT.topics.values():
        words = _words(topic.answer)
        runs = [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]
        copied = [" ".join(r) for r in runs if r in seed_grams and not _is_a_name(r, topic.answer)]
        assert not copied, f"{topic.id} copies seed prose: {copied[:1]}"


def test_every_topic_is_reachable_by_typing_and_by_tapping() -> None:
    training = nlu_examples(ROOT / "data" / "nlu" / "faq.yml")
    dev = nlu_examples(ROOT / "tests" / "nlu" / "dev_set.yml")
    for topic_id in CONTENT.topics:
        assert training[f"faq/{topic_id}"] >= 15, f"{topic_id}: too few training examples"
        assert dev[f"faq/{topic_id}"] >= 4, f"{topic_id}: too few held-out dev examples"
    # Every topic can be reached from the menu by following related-topic buttons.
    seen = {t.id for t in menu_topics(CONTENT)}
    queue = deque(seen)
    while queue:
        for related in CONTENT.topics[queue.popleft()].related:
            if related not in seen:
                seen.add(related)
                queue.append(related)
    assert seen == set(CONTENT.topics), f"unreachable by buttons: {set(CONTENT.topics) - seen}"


def test_no_orphan_responses_or_intents() -> None:
    training_intents = set(nlu_examples(ROOT / "data" / "nlu" / "faq.yml"))
    assert training_intents == {f"faq/{t}" for t in CONTENT.topics}, "every faq intent has a topic and back"
    used = used_actions()
    generated: Dict[str, list] = {}
    for path in (ROOT / "data" / "responses").glob("*.yml"):
        generated.update(yaml.safe_load(path.read_text())["responses"])
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    form_slots = {slot for form in domain.get("forms", {}).values() for slot in form["required_slots"]}
    form_prompts = {f"utter_ask_{slot}" for slot in form_slots}  # the form itself asks with these
    assert form_prompts <= set(generated), "every form slot has its question in content/referral.yml"
    for name in generated:
        if name.startswith("utter_faq/"):
            assert name.split("/", 1)[1] in CONTENT.topics
        else:
            assert name in used or name in form_prompts, f"{name} is never used by a rule, story or form"
    form_actions = {f"validate_{form}" for form in domain.get("forms", {})}
    for action in domain["actions"]:
        assert action in used or action in form_actions, f"{action} is never used by a rule, story or form"


def test_generated_responses_are_up_to_date() -> None:
    for path, text in render(CONTENT).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run scripts/build_responses.py"
