"""Measured fixes for Rasa 3.6's per-message CPU cost, applied by `bot.rasa_server` before Rasa starts.

Each one computes exactly what Rasa computed before, only without repeated work; `tests/test_rasa_speedups.py`
checks that. Found with py-spy on the Rasa process during `scripts/load_benchmark.py`; the shares are of the
Rasa process's CPU time on a mixed FAQ/referral/crisis load.

- Action-server replies: `jsonschema.validate(reply, schema)` first checks the *schema itself* against the JSON
  Schema meta-schema, on every reply (31%; a form turn makes two action-server calls). The schema is Rasa's own
  constant, so it is checked once and replies are validated with a validator built from it.
- Events read from the tracker store: `Event.resolve_by_type` walks every Event subclass (with an
  `inspect.isabstract` test each) for every stored event of the conversation, on every message (8%). The
  classes do not change once imported, so the lookup is kept in a dictionary.
- Logistic-regression scoring: scikit-learn computes `X @ coef_.T`, and with a row-major `coef_` scipy copies
  the whole transposed weight matrix (tens of thousands of n-gram features x classes) on every prediction
  (5%; 6.3 -> 2.1 ms per FAQ selection). Storing the same weights column-major makes the transpose a view.
- SQLite tracker store: Rasa opens a new SQLite connection for every read and every save (SQLAlchemy 1.4's
  default for a file) and keeps SQLite's rollback journal. Pooled connections (as SQLAlchemy 2.0 does) and
  WAL, as the gateway's own database has: cheaper commits, and the staff console reading a transcript never
  blocks Rasa writing one. Server databases (PostgreSQL) are left exactly as Rasa configures them.
- Action-server calls: `EndpointConfig.request` opens a new aiohttp session, so a new TCP connection and (for
  `localhost`) a name lookup in a worker thread, for every call. Each of those is another wait in the event
  loop's queue, which is what made form turns slow under load. One session per endpoint is kept open instead,
  with idle connections dropped after 2 s, before the action server's own 5 s keep-alive ends them (so a request
  never goes out on a connection the server is closing). Same headers, auth and timeout as Rasa sets.
"""
from __future__ import annotations

import asyncio
import functools
import weakref
from typing import Any, Dict, Optional, Text, Type

import numpy as np


def column_major_weights(classifier: Any) -> None:
    """Store a fitted linear classifier's weights column-major: the same values, no copy per prediction."""
    coef = getattr(classifier, "coef_", None)
    if coef is not None and not coef.flags["F_CONTIGUOUS"]:
        classifier.coef_ = np.asfortranarray(coef)


def validate_action_replies_with_a_checked_schema() -> None:
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)  # once, instead of on every reply
    validator = validator_class(schema)

    def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as e:  # the same message Rasa's own method gives
            e.message += (". Failed to validate Action server response from API, make sure your response from "
                          f"the Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
            raise e

    RemoteAction._validate_action_result = validate_action_result


def resolve_event_types_from_a_table() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    original = Event.resolve_by_type
    table: Dict[Text, Type[Event]] = {}

    def rebuild() -> None:
        table.clear()
        for cls in all_subclasses(Event):  # Rasa's order: the first class with a name wins, as in Rasa's loop
            table.setdefault(cls.type_name, cls)

    def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        if type_name not in table:
            rebuild()  # a subclass imported since the table was built
        found = table.get(type_name)
        return found if found is not None else original(type_name, default)

    Event.resolve_by_type = staticmethod(resolve_by_type)


def pooled_sqlite_tracker_store_in_wal_mode() -> None:
    """The same pooling and pragmas as the gateway's own SQLite databases (bot/db/session.py)."""
    import rasa.core.tracker_store as tracker_store
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from bot.db.session import sqlite_pooling

    original_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url: Any) -> Dict[Text, Any]:
        text = str(url)
        if text.startswith("sqlite") and ":memory:" not in text and text not in ("sqlite://", "sqlite:///"):
            return sqlite_pooling()
        return original_kwargs(url)

    tracker_store.create_engine_kwargs = create_engine_kwargs
    if not event.contains(Engine, "connect", sqlite_in_wal_mode):
        event.listen(Engine, "connect", sqlite_in_wal_mode)


def sqlite_in_wal_mode(connection: Any, record: Any) -> None:
    """Every new SQLite connection of the process (in Rasa's, only the tracker store's): WAL and a busy wait."""
    import sqlite3

    from bot.db.session import sqlite_pragmas

    if isinstance(connection, sqlite3.Connection):
        sqlite_pragmas(connection, record)


def score_intents_without_copying_weights() -> None:
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    original_load = LogisticRegressionClassifier.load.__func__

    @functools.wraps(original_load)
    def load(cls: Any, *args: Any, **kwargs: Any) -> Any:
        component = original_load(cls, *args, **kwargs)
        column_major_weights(getattr(component, "clf", None))
        return component

    LogisticRegressionClassifier.load = classmethod(load)


KEEP_IDLE_CONNECTIONS_SECONDS = 2.0  # under Sanic's default KEEP_ALIVE_TIMEOUT (5 s) of the action server


class _KeptSession:
    """What `async with endpoint.session()` enters: a session that stays open when the block ends."""

    def __init__(self, session: Any):
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *exc_info: Any) -> None:
        return None


def keep_endpoint_sessions_open() -> None:
    import aiohttp
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    def new_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
        auth = None
        if endpoint.basic_auth:  # as Rasa's EndpointConfig.session builds it
            auth = aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
        # limit: aiohttp's default 100 connections at once per endpoint, far above what one Rasa server sends.
        return aiohttp.ClientSession(
            headers=endpoint.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(limit=100, keepalive_timeout=KEEP_IDLE_CONNECTIONS_SECONDS))

    # Kept beside the endpoint, not on it: endpoints are copied and compared by their settings, and an open
    # session must not travel with them. EndpointConfig defines __eq__ without __hash__, hence id() + weakref.
    kept_sessions: Dict[int, Any] = {}

    def session(self: EndpointConfig) -> _KeptSession:
        loop = asyncio.get_running_loop()
        owner, kept, kept_loop = kept_sessions.get(id(self), (None, None, None))
        if owner is None or owner() is not self or kept.closed or kept_loop is not loop:  # one loop per session
            if kept is not None and not kept.closed and kept_loop is loop:
                loop.create_task(kept.close())  # an endpoint that went away and whose id() was reused
            kept = new_session(self)
            kept_sessions[id(self)] = (weakref.ref(self), kept, loop)
        return _KeptSession(kept)

    EndpointConfig.session = session


def apply_all() -> None:
    validate_action_replies_with_a_checked_schema()
    resolve_event_types_from_a_table()
    score_intents_without_copying_weights()
    pooled_sqlite_tracker_store_in_wal_mode()
    keep_endpoint_sessions_open()
