"""The pipeline must keep the parts the product depends on; a silently shortened config.yml still trains."""
from __future__ import annotations

from pathlib import Path

import yaml

CONFIG = yaml.safe_load((Path(__file__).resolve().parent.parent / "config.yml").read_text())
PIPELINE = [step["name"] for step in CONFIG["pipeline"]]
POLICIES = [step["name"] for step in CONFIG["policies"]]


def test_the_crisis_override_runs_last_so_no_model_can_outvote_it() -> None:
    assert PIPELINE[-1] == "nlu_components.crisis_override.CrisisOverride"


def test_faq_fallback_and_topic_buttons_are_in_the_pipeline() -> None:
    for name in ("nlu_components.faq_topic_selector.FaqTopicSelector", "FallbackClassifier",
                 "nlu_components.topic_buttons.TopicButtonHandler"):
        assert name in PIPELINE


def test_rules_drive_the_dialogue_with_a_fallback_that_never_leaves_anyone_stuck() -> None:
    assert POLICIES[0] == "RulePolicy"
    assert CONFIG["policies"][0]["core_fallback_action_name"] == "utter_fallback"


def test_every_trained_component_is_seeded() -> None:
    for step in CONFIG["pipeline"] + CONFIG["policies"]:
        if step["name"] in ("DIETClassifier", "ResponseSelector", "TEDPolicy"):
            assert "random_seed" in step, step["name"]
        if step["name"] in ("LogisticRegressionClassifier", "nlu_components.faq_topic_selector.FaqTopicSelector"):
            assert "random_state" in step


def test_the_crisis_overrides_fallback_threshold_is_the_fallback_classifiers() -> None:
    from nlu_components.crisis_override import FALLBACK_THRESHOLD

    [fallback] = [step for step in CONFIG["pipeline"] if step["name"] == "FallbackClassifier"]
    assert fallback["threshold"] == FALLBACK_THRESHOLD
