"""Load and validate `content/`, the single source of every answer.

The response builder, the gateway, the actions and the NLU components all read content through this module,
so a malformed item fails loudly in one place instead of producing a silent wrong answer somewhere else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

import yaml

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
TOPIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")
# Telegram's callback_data is limited to 64 bytes; a topic payload must fit with room to spare.
TOPIC_PAYLOAD_PREFIX = "faq:"
MAX_TITLE_CHARS = 30


class ContentError(ValueError):
    """A content file breaks the schema in content/README.md."""


@dataclass(frozen=True)
class Source:
    id: str
    seed: Optional[str]  # file in ../shared/seeds/, or None for a non-seed source
    title: str
    cite: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    question: str
    answer: str
    related: Tuple[str, ...]
    sources: Tuple[str, ...]
    offer: Optional[str] = None  # "referral" or "person": the answer also offers that next step as a button

    @property
    def payload(self) -> str:
        """The button payload that selects this topic without going through the classifier."""
        return f"{TOPIC_PAYLOAD_PREFIX}{self.id}"


@dataclass(frozen=True)
class Content:
    sources: Mapping[str, Source]
    topics: Mapping[str, Topic]
    conversation: Mapping[str, str]
    crisis: Mapping[str, dict] = field(default_factory=dict)
    referral: Mapping[str, object] = field(default_factory=dict)
    handoff: Mapping[str, object] = field(default_factory=dict)

    def citation(self, topic: Topic) -> str:
        """One line naming the documents a topic's facts come from."""
        cites = "; ".join(self.sources[s].cite for s in topic.sources)
        prefix = self.conversation.get("source_prefix", "Source:")
        return f"{prefix} {cites}" if cites else ""


def _read_yaml(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error


def _load_sources(directory: Path) -> Dict[str, Source]:
    raw = _read_yaml(directory / "sources.yml") or {}
    sources = {}
    for item in raw.get("sources", []):
        source = Source(id=item["id"], seed=item["seed"], title=item["title"], cite=item["cite"])
        sources[source.id] = source
    return sources


def _load_topic(path: Path, sources: Mapping[str, Source]) -> Topic:
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise ContentError(f"{path}: expected a mapping")
    missing = {"id", "title", "question", "answer", "related", "sources"} - raw.keys()
    if missing:
        raise ContentError(f"{path}: missing {sorted(missing)}")
    topic = Topic(
        id=raw["id"],
        title=str(raw["title"]).strip(),
        question=str(raw["question"]).strip(),
        answer=str(raw["answer"]).strip(),
        related=tuple(raw["related"] or ()),
        sources=tuple(raw["sources"] or ()),
        offer=raw.get("offer"),
    )
    if topic.id != path.stem or not TOPIC_ID.match(topic.id):
        raise ContentError(f"{path}: id {topic.id!r} must match the file name and {TOPIC_ID.pattern}")
    if len(topic.title) > MAX_TITLE_CHARS:
        raise ContentError(f"{path}: title longer than {MAX_TITLE_CHARS} characters")
    if topic.offer not in (None, "referral", "person"):
        raise ContentError(f"{path}: offer must be 'referral' or 'person'")
    unknown = [s for s in topic.sources if s not in sources]
    if unknown:
        raise ContentError(f"{path}: unknown sources {unknown}")
    return topic


def load_content(directory: Path = CONTENT_DIR) -> Content:
    """Read every content file and check cross-references (related topics, sources)."""
    sources = _load_sources(directory)
    topics = {t.id: t for t in (_load_topic(p, sources) for p in sorted((directory / "topics").glob("*.yml")))}
    for topic in topics.values():
        dangling = [r for r in topic.related if r not in topics or r == topic.id]
        if dangling:
            raise ContentError(f"topic {topic.id}: related topics {dangling} do not exist")
    conversation = _read_yaml(directory / "conversation.yml") or {}
    crisis = _read_yaml(directory / "crisis.yml") or {}
    referral = _read_yaml(directory / "referral.yml") or {}
    handoff = _read_yaml(directory / "handoff.yml") or {}
    return Content(sources=sources, topics=topics, conversation=conversation, crisis=crisis,
                   referral=referral, handoff=handoff)


@lru_cache(maxsize=1)
def cached_content() -> Content:
    """Content is read once per process: it only changes with a deploy."""
    return load_content()


def fill_placeholders(text: str, **values: object) -> str:
    """Put values into a content text's `{name}` placeholders (content never uses braces otherwise)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text.strip()


def menu_topics(content: Content) -> List[Topic]:
    """The topics offered in the help menu and the fallback, in the order content lists them."""
    wanted = content.conversation.get("menu_topics") or list(content.topics)[:6]
    return [content.topics[t] for t in wanted if t in content.topics]
