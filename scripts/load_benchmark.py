"""Load benchmark: simulated caregivers over the gateway's POST /api/chat, then a check that nothing was lost.

    python scripts/load_benchmark.py                      # all set-ups: sqlite, scale1, scale2 (~5 min on 2 cores)
    python scripts/load_benchmark.py --setups sqlite      # the one-machine default only
    python scripts/load_benchmark.py --conversations 50 --messages 20 --concurrency 20,50

Set-ups (each a private stack on free ports, started and stopped here, like the e2e tests):
- sqlite: the default; one Rasa server, one gateway, SQLite tracker store and app database.
- scale1: PostgreSQL + Redis (scripts/scale_deps.sh), one Rasa server, two gateways.
- scale2: the same with two Rasa servers behind both gateways.

Each caregiver is one conversation of `--messages` messages sent one after another (the next when the reply
came, unless --think-ms): FAQ questions, a referral form in every third conversation, a crisis message in every
fifth. `--concurrency` conversations run at once; a run at concurrency C sends max(C, --conversations)
conversations. With `--think-ms T` each caregiver pauses T ms (uniform 0.5T-1.5T, seeded) before each next message,
as a person reading and typing does. With `--rate R` the C caregivers together offer R messages per second: each
starts a message every C/R seconds (uniform 0.5x-1.5x, seeded), or as soon as the last reply came if that took
longer (each conversation's first message goes at once, so a run offers a little more than R: R x n/(n-1) for
n messages per conversation); this is how the issue's target is read ("30 messages per second sustained,
p95 <= 300 ms at 20 conversations": `--concurrency 20 --rate 30`). Without either the run is a stress test, where latency at C
conversations is C / throughput by Little's law, whatever the per-message cost. The gateway's per-conversation
flood limit (FLOOD_MAX_MESSAGES) is raised for these stacks: the benchmark sends faster than a person types,
which is what the limit is there to stop.

Output: stable `name value` lines (like scripts/evaluate.py), e.g.
    load.sqlite.c20.throughput_msg_per_s 41.3            # all messages / the whole run
    load.sqlite.c20.sustained_throughput_msg_per_s 43.0  # while all C conversations were running
    load.sqlite.c20.sustained_latency_p95_ms 300.0       # p95 of the messages answered in that time
    load.sqlite.c20.latency_p95_ms 290.0
    load.sqlite.c20.lost 0             # messages with no reply, an error, or the "unavailable" answer
    load.sqlite.c20.tracker_missing 0  # user events missing from Rasa's tracker store (events table)
    load.sqlite.c20.tracker_extra 0    # user events stored more than once
    load.sqlite.c20.escalations_missing 0
    load.sqlite.c20.rasa_cpu_ms_per_msg 41.0   # CPU time of the Rasa server(s) per message (also gateway, actions)
CPU per message comes from /proc (Linux) and does not depend on what else runs on the machine, unlike latency.
The check counts, per conversation, user events in Rasa's `events` table and rows in `escalations`.
The machine's load average is printed too (load.<setup>.loadavg_1m): other work on the cores skews figures.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import httpx
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import cached_content  # noqa: E402
from tests.servers import Stack  # noqa: E402

FAQ = ["what is cpp", "how long does one session last", "who is cpp for", "what happens in the first session",
       "do i have to write anything down before the first appointment", "does cpp work, what did the research find",
       "how do i tell my 3 year old about therapy", "will the therapist report me to cps if i tell them stuff",
       "what even is child parent psychotherapy", "is there something for babies", "what is ppi",
       "how many sessions are there", "can my partner come too", "what if my kid wont talk"]
REFERRAL = ["i want to sign my family up for cpp, can you refer us", "/affirm", "Jane", "text message",
            "its (212) 555-0199 thx", "weekday mornings", "3 years", "skip", "english", "/affirm"]
CRISIS = ["honestly i think everyone would be better off if i was dead",
          "my husband choked me last night and said he'd kill me if i leave",
          "my toddler swallowed a bunch of my pills and hes really sleepy",
          "im so scared im going to shake the baby, he wont stop screaming"]


def conversation_script(index: int, length: int) -> Tuple[List[str], int]:
    """The messages of caregiver `index` and how many of them are crisis messages."""
    messages: List[str] = []
    if index % 3 == 0:
        messages.extend(REFERRAL[:length])
    crises = 0
    while len(messages) < length:
        position = len(messages)
        if index % 5 == 1 and position == length // 2:
            messages.append(CRISIS[(index // 5) % len(CRISIS)])
            crises += 1
        else:
            messages.append(FAQ[(index + position) % len(FAQ)])
    return messages, crises


@dataclass
class RunResult:
    latencies_ms: List[float] = field(default_factory=list)
    by_kind: Dict[str, List[float]] = field(default_factory=dict)  # faq | referral | crisis -> latencies
    lost: int = 0
    senders: Dict[str, Tuple[int, int]] = field(default_factory=dict)  # sender -> (messages, crises)
    seconds: float = 0.0
    answered_at: List[float] = field(default_factory=list)  # seconds from the start, one per message
    full_seconds: float = 0.0  # how long all C conversations were running (before the last ones wound down)

    def sustained_throughput(self) -> float:
        """Messages per second while C conversations were running at once: the run's steady part, without the
        wind-down at its end when the last conversations finish with nobody left to start."""
        if self.full_seconds <= 0:
            return len(self.answered_at) / self.seconds if self.seconds else 0.0
        return sum(1 for t in self.answered_at if t <= self.full_seconds) / self.full_seconds

    def sustained_latencies_ms(self) -> List[float]:
        """Latencies of the messages answered in that steady part."""
        if self.full_seconds <= 0:
            return list(self.latencies_ms)
        return [ms for ms, t in zip(self.latencies_ms, self.answered_at) if t <= self.full_seconds]


@dataclass
class Pacing:
    """How a simulated caregiver spaces messages. `think_ms`: a pause after each reply. `gap_ms`: messages start
    this far apart (from one send to the next), but never before the reply to the last one came. Each pause or
    gap is drawn uniformly from 0.5x-1.5x, seeded per conversation."""

    think_ms: float = 0.0
    gap_ms: float = 0.0

    def wait_ms(self, pauses: random.Random, since_sent_ms: float) -> float:
        if self.gap_ms:
            return max(0.0, pauses.uniform(0.5, 1.5) * self.gap_ms - since_sent_ms)
        return pauses.uniform(0.5, 1.5) * self.think_ms if self.think_ms else 0.0


async def caregiver(http: httpx.AsyncClient, gateway: str, sender: str, messages: Sequence[str], unavailable: str,
                    result: RunResult, pacing: Pacing = Pacing(), pauses: Optional[random.Random] = None,
                    run_started: float = 0.0) -> None:
    started = time.perf_counter()
    for position, message in enumerate(messages):
        if position and pauses is not None:
            wait = pacing.wait_ms(pauses, (time.perf_counter() - started) * 1000)
            if wait:
                await asyncio.sleep(wait / 1000)
        started = time.perf_counter()
        try:
            response = await http.post(f"{gateway}/api/chat", json={"sender": sender, "message": message})
            replies = response.json()["replies"] if response.status_code == 200 else []
        except (httpx.HTTPError, ValueError, KeyError):
            replies = []
        answered = time.perf_counter()
        elapsed = (answered - started) * 1000
        result.latencies_ms.append(elapsed)
        result.answered_at.append(answered - run_started)
        kind = "crisis" if message in CRISIS else "referral" if message in REFERRAL else "faq"
        result.by_kind.setdefault(kind, []).append(elapsed)
        if not replies or any(r.get("text", "").strip() == unavailable for r in replies):
            result.lost += 1


async def run_load(gateways: Sequence[str], conversations: int, concurrency: int, length: int,
                   label: str, pacing: Pacing = Pacing()) -> RunResult:
    unavailable = str(cached_content().conversation["unavailable"]).strip()
    result = RunResult()
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    admitted = 0
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        async def one(index: int) -> None:
            nonlocal admitted
            sender = f"load-{label}-{index}-{uuid.uuid4().hex[:6]}"
            messages, crises = conversation_script(index, length)
            result.senders[sender] = (len(messages), crises)
            async with gate:
                admitted += 1
                await caregiver(http, gateways[index % len(gateways)], sender, messages, unavailable, result,
                                pacing, random.Random(index), started)
            if admitted == conversations and not result.full_seconds:  # the first to end with nobody waiting
                result.full_seconds = time.perf_counter() - started

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(conversations)))
        result.seconds = time.perf_counter() - started
    return result


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


class Counts:
    """User events per sender in Rasa's tracker store and escalations per conversation in the app database."""

    def __init__(self, tracker_url: str, app_url: str):
        self._tracker_url, self._app_url = tracker_url, app_url

    def _query(self, url: str, sql: str, senders: Sequence[str]) -> Dict[str, int]:
        if url.startswith("sqlite:///"):
            with sqlite3.connect(url[len("sqlite:///"):], timeout=30) as db:
                marks = ",".join("?" * len(senders))
                rows = db.execute(sql.replace("%s", marks), list(senders)).fetchall()
        else:
            import psycopg2
            dsn = url.replace("postgresql+psycopg2://", "postgresql://")
            with psycopg2.connect(dsn) as db, db.cursor() as cursor:
                cursor.execute(sql, (tuple(senders),))
                rows = cursor.fetchall()
        return {sender: count for sender, count in rows}

    def user_events(self, senders: Sequence[str]) -> Dict[str, int]:
        in_clause = "(%s)" if self._tracker_url.startswith("sqlite") else "%s"
        return self._query(self._tracker_url, "select sender_id, count(*) from events where type_name = 'user' "
                           f"and sender_id in {in_clause} group by sender_id", senders)

    def escalations(self, senders: Sequence[str]) -> Dict[str, int]:
        in_clause = "(%s)" if self._app_url.startswith("sqlite") else "%s"
        return self._query(self._app_url, "select conversation_id, count(*) from escalations "
                           f"where conversation_id in {in_clause} group by conversation_id", senders)


def cpu_seconds(processes: Dict[str, subprocess.Popen]) -> Dict[str, float]:
    """User + system CPU seconds so far per kind of process ("rasa", "gateway", "actions"), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    totals: Dict[str, float] = {}
    for name, process in processes.items():
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # not Linux, or the process is gone
            continue
        kind = name.rstrip("0123456789")
        totals[kind] = totals.get(kind, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return totals


def report(name: str, result: RunResult, counts: Counts, cpu: Optional[Dict[str, float]] = None) -> None:
    senders = list(result.senders)
    events = counts.user_events(senders)
    escalations = counts.escalations(senders)
    missing = sum(max(0, n - events.get(s, 0)) for s, (n, _) in result.senders.items())
    extra = sum(max(0, events.get(s, 0) - n) for s, (n, _) in result.senders.items())
    escalations_missing = sum(max(0, c - escalations.get(s, 0)) for s, (_, c) in result.senders.items())
    lines = {
        "conversations": len(senders),
        "messages": len(result.latencies_ms),
        "seconds": round(result.seconds, 1),
        "throughput_msg_per_s": round(len(result.latencies_ms) / result.seconds, 1),
        "sustained_throughput_msg_per_s": round(result.sustained_throughput(), 1),
        "sustained_latency_p95_ms": round(percentile(result.sustained_latencies_ms(), 95), 1),
        "latency_p50_ms": round(statistics.median(result.latencies_ms), 1),
        "latency_p95_ms": round(percentile(result.latencies_ms, 95), 1),
        "latency_p99_ms": round(percentile(result.latencies_ms, 99), 1),
        "lost": result.lost,
        "tracker_missing": missing,
        "tracker_extra": extra,
        "escalations_expected": sum(c for _, c in result.senders.values()),
        "escalations_missing": escalations_missing,
    }
    for kind in ("faq", "referral", "crisis"):
        if result.by_kind.get(kind):
            lines[f"{kind}_latency_p50_ms"] = round(statistics.median(result.by_kind[kind]), 1)
            lines[f"{kind}_latency_p95_ms"] = round(percentile(result.by_kind[kind], 95), 1)
    for kind, seconds in sorted((cpu or {}).items()):
        lines[f"{kind}_cpu_ms_per_msg"] = round(seconds * 1000 / max(1, len(result.latencies_ms)), 1)
    for key, value in lines.items():
        print(f"load.{name}.{key} {value}", flush=True)


def start_stack(setup: str, workdir: Path) -> Tuple[Stack, Counts]:
    env = {"FLOOD_MAX_MESSAGES": "1000000", "RASA_TIMEOUT_SECONDS": "60", "STAFF_HOURS": "Mon-Sun 00:00-24:00",
           "APP_ENCRYPTION_KEY": Fernet.generate_key().decode(), "STAFF_CSRF_SECRET": "load-benchmark"}
    if setup == "sqlite":
        stack = Stack(workdir=workdir, extra_env=env)
        stack.start_all()
        return stack, Counts(f"sqlite:///{stack.tracker_db}", stack.app_database_url)
    subprocess.run(["bash", str(ROOT / "scripts" / "scale_deps.sh")], check=True, stdout=sys.stderr)
    import psycopg2
    pg_port, redis_port = os.environ.get("SCALE_PG_PORT", "25432"), os.environ.get("SCALE_REDIS_PORT", "26379")
    names = {kind: f"load_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("app", "tracker")}
    admin = psycopg2.connect(f"host=127.0.0.1 port={pg_port} user=postgres dbname=postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        for name in names.values():
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    base = f"postgresql+psycopg2://postgres@127.0.0.1:{pg_port}"
    env.update(RASA_TRACKER_STORE_URL=f"postgresql://postgres@127.0.0.1:{pg_port}/{names['tracker']}",
               TRACKER_DATABASE_URL=f"{base}/{names['tracker']}", REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
               REDIS_HOST="127.0.0.1", REDIS_PORT=redis_port, REDIS_PASSWORD="",
               RASA_LOCK_STORE_PREFIX=f"load{uuid.uuid4().hex[:8]}")
    stack = Stack(workdir=workdir, endpoints="endpoints.scale.yml", rasa_servers=2 if setup == "scale2" else 1,
                  app_database=f"{base}/{names['app']}", extra_env=env)
    stack.start_all()
    stack.start_extra_gateway()
    return stack, Counts(f"{base}/{names['tracker']}", stack.app_database_url)


def benchmark(setup: str, conversations: int, length: int, concurrencies: Sequence[int], think_ms: int = 0,
              rate: float = 0.0) -> None:
    with tempfile.TemporaryDirectory(prefix=f"load-{setup}-") as tmp:
        print(f"load_benchmark: starting the {setup} stack...", file=sys.stderr, flush=True)
        stack, counts = start_stack(setup, Path(tmp))
        try:
            gateways = stack.gateway_urls
            print(f"load.{setup}.rasa_servers {len(stack.rasa_urls)}", flush=True)
            print(f"load.{setup}.gateways {len(gateways)}", flush=True)
            # Warm-up: first requests load lazily built parts (spaCy tables, connection pools).
            asyncio.run(run_load(gateways, 4, 4, 5, f"{setup}-warm"))
            for concurrency in concurrencies:
                print(f"load_benchmark: {setup}, {concurrency} conversations at once...", file=sys.stderr, flush=True)
                # At a target rate R, C conversations at once each start a message every C / R seconds.
                pacing = Pacing(think_ms=think_ms, gap_ms=concurrency * 1000 / rate if rate else 0.0)
                before = cpu_seconds(stack.processes)
                result = asyncio.run(run_load(gateways, max(conversations, concurrency), concurrency, length,
                                              f"{setup}-c{concurrency}", pacing))
                after = cpu_seconds(stack.processes)
                used = {kind: after[kind] - before.get(kind, 0.0) for kind in after}
                report(f"{setup}.c{concurrency}", result, counts, used)
            print(f"load.{setup}.loadavg_1m {os.getloadavg()[0]:.2f}", flush=True)
        finally:
            stack.stop_all()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setups", default="sqlite,scale1,scale2", help="comma-separated: sqlite, scale1, scale2")
    parser.add_argument("--conversations", type=int, default=50, help="conversations per run (at least)")
    parser.add_argument("--messages", type=int, default=20, help="messages per conversation")
    parser.add_argument("--concurrency", default="20,50", help="conversations at once, one run each")
    parser.add_argument("--think-ms", type=int, default=0,
                        help="mean pause before each next message (0: send as soon as the reply came)")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="offered messages per second over all conversations at once (paced; 0: unpaced)")
    args = parser.parse_args(argv)
    if args.rate and args.think_ms:
        parser.error("--rate and --think-ms are two ways to pace caregivers: give one")
    concurrencies = [int(c) for c in args.concurrency.split(",") if c.strip()]
    print(f"load.cpu_count {os.cpu_count()}", flush=True)
    print(f"load.think_ms {args.think_ms}", flush=True)
    print(f"load.rate_msg_per_s {args.rate:g}", flush=True)
    for setup in [s.strip() for s in args.setups.split(",") if s.strip()]:
        if setup not in ("sqlite", "scale1", "scale2"):
            parser.error(f"unknown set-up {setup!r}")
        benchmark(setup, args.conversations, args.messages, concurrencies, args.think_ms, args.rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
