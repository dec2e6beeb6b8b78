"""One sync at a time per chain and data directory (issue 12: "the indexers race, and
app/treasury/desk.py catches the IntegrityError they cause"): two threads and two processes
syncing one database from the same cursor store each event once and never collide.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from app.chain.indexer import EventIndexer
from app.storage import open_database
from app.storage.schema import ChainEvent
from tests.app.chain.test_indexer import emitter  # noqa: F401 - the fixture

BLOCKS, PER_BLOCK = 12, 3


def stored(db) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChainEvent)) or 0)


def emit_over_blocks(emit) -> None:  # noqa: ANN001
    for n in range(BLOCKS):
        emit(n * PER_BLOCK, PER_BLOCK)


def test_two_threads_syncing_one_database_store_each_event_once(
    chain,
    make_client,
    store,
    emitter,  # noqa: F811
):
    emit_over_blocks(emitter)
    indexers = [EventIndexer(make_client(chain.url), store, confirmations=0, chunk=1, max_chunk=1)
                for _ in range(2)]  # fmt: skip
    for indexer in indexers:
        indexer.watch(emitter.address)
    start = threading.Barrier(2)
    added: list[int] = []
    errors: list[BaseException] = []

    def sync(indexer: EventIndexer) -> None:
        start.wait()
        try:
            added.append(indexer.sync().events_added)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=sync, args=(i,)) for i in indexers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(added) == [0, BLOCKS * PER_BLOCK]  # the second found the work done
    assert stored(store) == BLOCKS * PER_BLOCK


SYNC = """
import sys
import time
from pathlib import Path
from app.chain.client import connect
from app.chain.indexer import EventIndexer
from app.config.profiles import NetworkProfile
from app.storage import open_database

path, url, address, ready = sys.argv[1:]
db = open_database(Path(path))
client = connect(NetworkProfile(name="test", rpc_url=url, chain_id=31337))
indexer = EventIndexer(client, db, confirmations=0, chunk=1, max_chunk=1)
indexer.watch(address)
Path(ready).touch()
while not Path(ready).with_suffix(".go").exists():
    time.sleep(0.005)
print(indexer.sync().events_added)
"""


def test_two_processes_syncing_one_database_store_each_event_once(
    chain,
    tmp_path,
    emitter,  # noqa: F811
):
    emit_over_blocks(emitter)
    path = tmp_path / "pst.sqlite"
    open_database(path).close()
    root = Path(__file__).resolve().parents[3]
    ready = [tmp_path / f"ready{n}" for n in range(2)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", SYNC, str(path), chain.url, emitter.address, str(mark)],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for mark in ready
    ]
    try:
        while not all(mark.exists() for mark in ready):
            if any(w.poll() is not None for w in workers):  # one ended before it was ready
                for worker in workers:
                    worker.kill()  # reading a live one's output would wait for ever
                raise AssertionError([w.communicate()[1] for w in workers])
            time.sleep(0.01)
        for mark in ready:
            mark.with_suffix(".go").touch()  # both start syncing at once
        done = [w.communicate(timeout=120) for w in workers]
    finally:
        for worker in workers:
            worker.kill()
    assert [w.returncode for w in workers] == [0, 0], [err for _, err in done]
    assert sorted(int(out) for out, _ in done) == [0, BLOCKS * PER_BLOCK]
    db = open_database(path)
    try:
        assert stored(db) == BLOCKS * PER_BLOCK
    finally:
        db.close()
