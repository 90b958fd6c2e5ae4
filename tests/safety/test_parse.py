"""The detector parses a message without spaCy's pipeline (bot/safety/detector.py `_parse`): the sentence starts are
written from the token arrays (`_SentenceStarts`) and the lookup lemmas through a cache (`_LookupLemmas`). Both must
give exactly what spaCy's own sentencizer and lookup lemmatizer give, or a rule written against spaCy's reading of a
message would match differently in the detector."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional, Tuple

import pytest
import spacy

from bot.safety.detector import _SENTENCE_ENDS, get_detector
from bot.safety.normalize import normalize

CRISIS_DIR = Path(__file__).resolve().parents[1] / "crisis"


@pytest.fixture(scope="module")
def texts() -> List[str]:
    """Every set line as the detector parses it (normalised and spelled) and as written: glued punctuation,
    contractions, abbreviations ("ms.", "dr."), capitals, emoji and runs of end marks reach the parse either way."""
    det = get_detector()
    lines = [json.loads(line)["text"] for path in sorted(CRISIS_DIR.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 20_000
    return [det._speller.correct(normalize(t, det._known_words)) for t in lines] + lines


@pytest.fixture(scope="module")
def spacy_pipeline() -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": list(_SENTENCE_ENDS)})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def _reading(doc: spacy.tokens.Doc) -> List[Tuple[str, str, str, Optional[bool]]]:
    return [(t.text, t.whitespace_, t.lemma_, t.is_sent_start) for t in doc]


def test_the_detectors_parse_is_spacys_sentencizer_and_lookup_lemmatizer(
        texts: List[str], spacy_pipeline: spacy.Language) -> None:
    det = get_detector()
    different = [t for t in texts if _reading(det._parse(t)) != _reading(spacy_pipeline(t))]
    assert different == []


@pytest.mark.parametrize("text", [
    "i cant do this anymore!!! he took the pills... what do i do?? ms. lee said no",
    "Mi hija dijo que se quiere morir. ¿Qué hago?\nshe is 9",
    "... ?! started with end marks. and 'quotes'. \"he said\" ok",
])
def test_edge_cases_parse_as_spacy_does(text: str, spacy_pipeline: spacy.Language) -> None:
    assert _reading(get_detector()._parse(text)) == _reading(spacy_pipeline(text))
