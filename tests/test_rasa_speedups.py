"""bot/rasa_speedups.py: each replacement gives exactly what Rasa's own code gave."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, Iterator

import numpy as np
import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from bot import rasa_speedups

VALID_REPLIES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "caregiver_name", "value": "Ana"}],
     "responses": [{"text": "Thanks", "buttons": [{"title": "Yes", "payload": "/affirm"}]}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "slot", "name": "requested_slot", "value": None}]},
]
INVALID_REPLIES = [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [], "responses": "not a list"},
]


@pytest.fixture(scope="module")
def patched() -> Iterator[None]:
    saved = (RemoteAction._validate_action_result, Event.__dict__["resolve_by_type"])
    rasa_speedups.validate_action_replies_with_a_checked_schema()
    rasa_speedups.resolve_event_types_from_a_table()
    yield
    RemoteAction._validate_action_result, Event.resolve_by_type = saved


@pytest.mark.parametrize("reply", VALID_REPLIES)
def test_a_valid_action_reply_passes_as_it_does_in_rasa(patched: None, reply: Dict[str, Any]) -> None:
    validate(reply, RemoteAction.action_response_format_spec())  # Rasa's own check agrees
    assert RemoteAction._validate_action_result(None, reply) is True


@pytest.mark.parametrize("reply", INVALID_REPLIES)
def test_an_invalid_action_reply_is_refused_with_rasas_explanation(patched: None, reply: Dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        RemoteAction._validate_action_result(None, reply)


def test_every_event_type_resolves_to_the_class_rasas_loop_finds(patched: None) -> None:
    def rasas_loop(type_name: str) -> Any:
        return next((cls for cls in all_subclasses(Event) if cls.type_name == type_name), None)

    names = {cls.type_name for cls in all_subclasses(Event)}
    assert {"user", "bot", "slot", "action", "active_loop", "session_started"} <= names
    for name in names:
        assert Event.resolve_by_type(name) is rasas_loop(name)


def test_unknown_event_types_behave_as_in_rasa(patched: None) -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")


def test_an_event_round_trips_through_the_table(patched: None) -> None:
    stored = {"event": "slot", "name": "child_age", "value": "3 years", "timestamp": 1.0}
    event = Event.from_parameters(stored)
    assert type(event).__name__ == "SlotSet" and event.as_dict()["value"] == "3 years"


def test_column_major_weights_keep_every_probability() -> None:
    texts = ["what is cpp", "how long is a session", "who is it for", "what happens first", "is it free",
             "how many sessions", "can dad come", "what about babies"] * 3
    labels = [f"topic{i % 8}" for i in range(len(texts))]
    model = make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)),
                          LogisticRegression(max_iter=500, random_state=0)).fit(texts, labels)
    questions = ["wat is cpp", "how long r sessions", "my baby", "costs?"]
    before = model.predict_proba(questions)
    rasa_speedups.column_major_weights(model[-1])
    assert model[-1].coef_.flags["F_CONTIGUOUS"]
    assert np.array_equal(model.predict_proba(questions), before)


def test_the_sqlite_tracker_store_pools_connections_in_wal_mode(tmp_path: Any) -> None:
    import sqlite3

    import rasa.core.tracker_store as tracker_store
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    original = tracker_store.create_engine_kwargs
    try:
        rasa_speedups.pooled_sqlite_tracker_store_in_wal_mode()
        assert tracker_store.create_engine_kwargs("postgresql://u@h/db") == original("postgresql://u@h/db")
        db = tmp_path / "tracker.db"
        store = tracker_store.SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
        assert type(store.engine.pool).__name__ == "QueuePool"
        tracker = DialogueStateTracker("caregiver-1", [])
        tracker.update(UserUttered("hello"))
        import asyncio
        asyncio.run(store.save(tracker))
        again = asyncio.run(store.retrieve("caregiver-1"))
        assert again is not None and again.latest_message.text == "hello"
        with sqlite3.connect(db) as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        tracker_store.create_engine_kwargs = original
        event.remove(Engine, "connect", rasa_speedups.sqlite_in_wal_mode)


def test_action_server_calls_reuse_one_connection_and_survive_the_server_closing_it() -> None:
    asyncio.run(_calls_through_a_kept_session())


async def _calls_through_a_kept_session() -> None:
    """Same answers as Rasa's per-call session; one TCP connection for calls in a row; after the action server
    went away and came back (its connections closed) the next call still gets its answer."""
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    peers = []

    async def webhook(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername")[1])
        return web.json_response({"echo": (await request.json())["n"]})

    async def serve(port: int = 0) -> web.AppRunner:
        app = web.Application()
        app.router.add_post("/webhook", webhook)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return runner

    runner = await serve()
    port = runner.addresses[0][1]
    saved = EndpointConfig.session
    rasa_speedups.keep_endpoint_sessions_open()
    try:
        endpoint = EndpointConfig(url=f"http://localhost:{port}/webhook")
        answers = [await endpoint.request(json={"n": n}, method="post") for n in range(5)]
        assert answers == [{"echo": n} for n in range(5)]
        assert len(set(peers)) == 1, "calls in a row share one connection"
        await runner.cleanup()  # the action server stops, closing its connections, and starts again
        runner = await serve(port)
        await asyncio.sleep(0.1)
        assert await endpoint.request(json={"n": 9}, method="post") == {"echo": 9}
        assert len(set(peers)) == 2
        assert endpoint.copy() == endpoint  # copies and comparisons are untouched
        await (await endpoint.session().__aenter__()).close()
    finally:
        EndpointConfig.session = saved
        await runner.cleanup()
