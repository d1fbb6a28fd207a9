"""Read a large chat in a helper process, so that reading and writing use both cores.

The helper is wamigrate itself, started as ``wamigrate _import-worker`` (or, from a
source install, ``python -m wamigrate _import-worker``): no re-import of the caller's main
module, and it works the same in the frozen app. It re-opens the export by path, runs
``rows.produce_rows`` and writes its items to its standard output as pickles; the
importing side stays the only one touching the database. Cancelling, or any error on the
importing side, kills the helper at once.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from wamigrate.core.archive.rows import RowPlan, produce_rows
from wamigrate.core.cancel import Cancelled, CancelToken, ProgressCallback
from wamigrate.core.export import open_export
from wamigrate.core.export.sources import ChatFile

WORKER_COMMAND = "_import-worker"
_PROGRESS_EVERY = 1 << 20


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_COMMAND]
    return [sys.executable, "-m", "wamigrate", WORKER_COMMAND]


def worker_main() -> int:
    """The helper's side: read the job from stdin, write items to stdout."""
    job_in = sys.stdin.buffer
    out = sys.stdout.buffer
    container, source_name, plan = pickle.load(job_in)
    try:
        chat = next(c for c in open_export(container).chats if c.source_name == source_name)
        last = [0]

        def progress(done: int, total: int) -> None:
            if done - last[0] >= _PROGRESS_EVERY or done >= total:
                last[0] = done
                pickle.dump(("progress", done, total), out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()

        for item in produce_rows(chat, plan, progress, CancelToken()):
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except Exception as exc:  # reported to the importing side, which raises it
        try:
            payload = pickle.dumps(("error", exc), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            payload = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        out.write(payload)
        out.flush()
        return 1
    return 0


def run_in_worker(chat: ChatFile, plan: RowPlan, progress: ProgressCallback, cancel: CancelToken) -> Iterator[tuple]:
    environment = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[3])
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, environment.get("PYTHONPATH")]))
    process = subprocess.Popen(
        _command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    try:
        pickle.dump((str(chat.container_path), chat.source_name, plan), process.stdin)
        process.stdin.close()
        while True:
            if cancel.cancelled:
                raise Cancelled()
            try:
                item = pickle.load(process.stdout)
            except EOFError:
                raise RuntimeError("The export reader process stopped unexpectedly.") from None
            kind = item[0]
            if kind == "progress":
                progress(item[1], item[2])
            elif kind == "error":
                raise item[1]
            else:
                yield item
                if kind == "done":
                    return
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdout.close()
