"""Rasa's SQL tracker store table, as the gateway reads it (transcripts) and purges it (retention): only the columns
it uses. Rasa writes the table; its HTTP API stays closed, so it is read with SQLAlchemy directly."""
from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine
from sqlalchemy.engine import Engine

EVENTS = Table("events", MetaData(), Column("id", Integer, primary_key=True), Column("sender_id", String(255)),
               Column("type_name", String(255)), Column("timestamp", Float), Column("data", Text))


def tracker_engine(url: str) -> Engine:
    """An engine on the tracker store that leaves it as Rasa set it up (no WAL or other pragmas of ours)."""
    if url.startswith("sqlite:///"):
        return create_engine(url, future=True, connect_args={"timeout": 15})
    return create_engine(url, future=True, pool_pre_ping=True)
