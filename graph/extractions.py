"""The extraction cache: what the rules found in each article, kept in the cache folder so
that a rebuild parses and extracts only new or changed articles.

An entry is one article's sentences, raw mentions, raw triples and skipped paragraphs
(:func:`graph.pipeline.extract_article`), as JSON (``DIR/ab/abcd….json``), named by the
SHA-256 of the article's text, body spans and title, the model (:func:`graph.nlp.model_tag`)
and :func:`extractor_tag`: the hash of this package's source and tables, so that any change
to the rules makes older entries unused. Article ids and paths are not kept: a file renamed
or copied under another name reads the same entry. Corpus-wide steps (entity resolution,
coreference, the graph) always run on the whole corpus.

:func:`extract_all` parses and extracts the articles not in the cache in batches, in this
process and, for a large build, in worker processes that parse and extract batches too; a
batch's parses are dropped once it is extracted, and its packed results wait in a
temporary file (`Spill`) until every article is done, so that memory does not grow with the
corpus. The results are the same whichever process extracted an article.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import hashlib
import json
import math
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import graph.nlp as nlp
from graph.entities import (
    RawMention,
    known_names,
    known_surnames,
    name_mentions,
    repeated_name_mentions,
    surname_mentions,
)
from graph.ingest import split_sentences
from graph.memo import KeptDoc, forget_tokens
from graph.model import Article, Sentence, TemoinError
from graph.nlp import ParseStats, model_tag, parse_articles
from graph.relations import RawTriple, SentenceExtractor

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Bump to drop every cached extraction whatever the source hash says.
EXTRACTOR_VERSION = 3
#: The fields of a mention kept in an entry, besides its article (rebound) and the three
#: mentions it may point to (its antecedent, the name it is another name of, its owner).
_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(RawMention)
                        if f.name not in {"article_id", "antecedent", "alias_of", "owner"})
_TRIPLE_FIELDS = ("subject", "relation", "object", "sentence", "modality", "source",
                  "highlights", "verb")
_SIMPLE = (str, int, float, bool, type(None))
#: What the rules find in one article: its sentences, raw mentions, raw triples, and the
#: (path, reason) of the paragraphs an internal error made them skip.
Extraction = tuple[list[Sentence], list[RawMention], list[RawTriple], list[tuple[str, str]]]
#: Body paragraphs of a batch of articles parsed and extracted together, at most (a batch
#: is cut after the article that reaches it; with workers, smaller batches share the load).
BATCH = 256


def _skipped(article: Article, offset: int, exc: Exception) -> tuple[str, str]:
    return (article.path, f"paragraph at character {offset} skipped: internal error "
                          f"{type(exc).__name__}: {exc}")


def _token_starts(doc: Doc) -> list[int]:
    """The character offset of every token of *doc* (``[t.idx for t in doc]``, faster)."""
    return doc.to_array("IDX").tolist()


def extract_article(article: Article, lines: list[tuple[int, Doc]],
                    step: Callable[[int], None] | None = None) -> Extraction:
    """What the rules find in one parsed article: its sentences, raw mentions and raw
    triples, and the (path, reason) of paragraphs an internal error made them skip.

    *lines* are the article's parsed body lines (see :func:`graph.nlp.parse_articles`);
    ``step(chars)``, if given, is called as the rules read each paragraph.
    """
    sents: list[Sentence] = []
    raw_mentions: list[RawMention] = []
    raw_triples: list[RawTriple] = []
    problems: list[tuple[str, str]] = []
    paragraphs = []  # (offset, doc, sent_of, names, characters) of the paragraphs read
    for offset, doc in lines:
        kept = KeptDoc(doc)  # (the paragraph's tokens, made once for every rule)
        text = kept.text
        spans = split_sentences(text)
        first = len(sents)
        for start, end in spans:
            sents.append(Sentence(article.id, len(sents), offset + start, offset + end))
        if not spans:
            continue
        # the article-wide sentence index of every token, looked up by the rules many
        # times a token: ``sent_of(i)`` is ``table[i]`` (an IndexError beyond the doc, a
        # negative index from its end, as ``doc[i]``)
        bounds = [start for start, _ in spans]
        sent_of = [first + max(bisect.bisect_right(bounds, idx) - 1, 0)
                   for idx in _token_starts(doc)].__getitem__
        try:
            names = name_mentions(kept, offset, article.id, sent_of)
        except Exception as exc:  # a rule's bug costs one paragraph, not the build
            problems.append(_skipped(article, offset, exc))
            continue
        paragraphs.append((offset, kept, sent_of, names, len(text)))
    surnames = known_surnames(m for *_, names, _ in paragraphs for m in names.values())
    known = known_names(m for *_, names, _ in paragraphs for m in names.values())
    for offset, kept, sent_of, names, size in paragraphs:
        try:
            names.update(surname_mentions(kept, offset, article.id, sent_of, surnames, names))
            names.update(repeated_name_mentions(kept, offset, article.id, sent_of, known,
                                                names))
            ex = SentenceExtractor(kept, offset, article.id, names, sent_of)
            found = ex.run()
        except Exception as exc:
            problems.append(_skipped(article, offset, exc))
            continue
        finally:
            if step is not None:
                step(size)
        raw_triples.extend(found)
        raw_mentions.extend(ex.mentions())
    forget_tokens()  # the values memoised for this article's parses
    return sents, raw_mentions, raw_triples, problems


#: Paragraphs parsed from which a one-off build lets go of the model before the
#: corpus-wide steps (`extract_all`'s *release_model*).
RELEASE_AFTER = 1000


def pack(result: Extraction) -> bytes | Extraction:
    """*result* as compressed JSON (`to_record`): some 2 KiB an article where its objects
    take some 50, so that a build holds every article's results until the corpus-wide
    steps in little memory; *result* itself when JSON would not give it back as it is."""
    record = to_record(result)
    if record is None:
        return result
    return zlib.compress(json.dumps(record, separators=(",", ":")).encode("ascii"), 1)


def unpack(item: bytes | Extraction, article: Article) -> Extraction:
    """The extraction result `pack` made *item* of, for *article*."""
    if isinstance(item, bytes):
        return from_record(json.loads(zlib.decompress(item)), article)
    return item


#: `extract_all`'s item of an article whose extraction is in the cache folder (with *spill*).
IN_CACHE = "in the cache"


class Spilled(NamedTuple):
    """Where `Spill.put` set bytes aside."""

    offset: int
    size: int


class Spill:
    """Byte strings set aside in an unnamed temporary file until read back, so that a build
    holds neither its articles while it parses them (`Shelved`) nor every article's packed
    results until the corpus-wide steps (2 KiB an article: 20 MB at 10,000 articles, 2 GB
    at 1,000,000). The file is made in
    *folder* if it can be (a build's cache folder, on the disk that holds the cache rather
    than in a temporary folder that may be memory), else in the temporary folder
    (``TMPDIR``); it is gone once closed, or when the process ends.

    Examples
    --------
    >>> with Spill() as spill:
    ...     first, second = spill.put(b"une"), spill.put(b"deux")
    ...     spill.get(second), spill.get(first)
    (b'deux', b'une')
    """

    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        import tempfile
        import threading

        self.lock = threading.Lock()  # (read by the thread that gives workers their articles)
        self.folder = tempfile.gettempdir()
        self.file = None
        if folder is not None:
            with contextlib.suppress(OSError):  # (an unwritable cache is noted elsewhere)
                os.makedirs(folder, exist_ok=True)
                self.file = tempfile.TemporaryFile(dir=folder)
                self.folder = str(folder)
        if self.file is None:
            try:
                self.file = tempfile.TemporaryFile(dir=self.folder)
            except OSError as exc:
                raise TemoinError(self._problem(exc)) from exc
        self.size = 0

    def _problem(self, exc: OSError) -> str:
        return (f"cannot write the build's temporary file in {self.folder}: "
                f"{(exc.strerror or str(exc)).lower()} (the folder is the cache folder, "
                "or else the one TMPDIR names)")

    def put(self, data: bytes) -> Spilled:
        """Set *data* aside; where it is (to `get` it back)."""
        with self.lock:
            try:
                self.file.seek(self.size)
                self.file.write(data)
            except OSError as exc:
                raise TemoinError(self._problem(exc)) from exc
            where = Spilled(self.size, len(data))
            self.size += len(data)
        return where

    def get(self, where: Spilled) -> bytes:
        """The bytes `put` set aside at *where*."""
        with self.lock:
            self.file.seek(where.offset)
            data = self.file.read(where.size)
        if len(data) != where.size:
            raise TemoinError("the build's temporary file was cut short (disk full?)")
        return data

    def flush(self) -> None:
        """Write what `put` still buffers (before another process reads the file)."""
        try:
            with self.lock:
                self.file.flush()
        except OSError as exc:
            raise TemoinError(self._problem(exc)) from exc

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def extract_all(articles: list[Article], jobs: int = 1,
                cache_dir: str | os.PathLike | None = None, stats: ParseStats | None = None,
                bar=None, keep: bool = False, engine=None,
                release_model: bool = False, spill: Spill | None = None) -> list:
    """The :func:`extract_article` result of every article, in order.

    Parameters
    ----------
    articles : list of Article, or Shelved
    jobs : int
        Processes to parse and extract with, this one included; one per
        :data:`graph.nlp.MIN_PER_WORKER` paragraphs to parse at most.
    cache_dir : path-like, optional
        Cache folder of extractions and parses; None for none.
    stats : ParseStats, optional
        Filled with the paragraphs parsed, read from the cache, and the articles read from it.
    bar : graph.pipeline.ProgressBar, optional
        Moved as paragraphs are parsed and extracted.
    keep : bool
        Keep the parses made in this process in its memory, for a later build in it;
        else each batch's parses are dropped once it is extracted.
    engine : graph.distributed.DaskEngine, optional
        A Dask cluster whose workers parse and extract the batches (*jobs* unused).
    release_model : bool
        Let go of the model once every article is parsed (a one-off build: the
        corpus-wide steps after it do not need it), before the results are unpacked, when
        at least :data:`RELEASE_AFTER` paragraphs were parsed (below that the memory it
        frees matters less than loading it again in the same process).
    spill : Spill, optional
        Where to set the results aside and leave them (another process reads them back):
        each article's item is then where its packed result is (`Spilled`), its result
        if it cannot be packed, or `IN_CACHE` if its entry in *cache_dir*'s extractions
        was found (read only, not decoded: the reader decodes it, `ExtractionCache.get`).

    The results of the articles extracted are held packed (`pack`) until all are done.
    """
    stats = ParseStats() if stats is None else stats
    # (one pass over *articles*: each is read back from the file when they are `Shelved`)
    sizes: list[int] = []  # characters of each article's body
    counts: list[int] = []  # its paragraphs
    for a in articles:
        sizes.append(sum(e - s for s, e in a.body))
        counts.append(len(a.body))
    out: list = [None] * len(articles)
    keys, cache = [""] * len(articles), None
    if cache_dir is not None:
        cache = ExtractionCache(cache_dir)
        keys = [article_key(a, model_tag()) for a in articles]
        out = [cache.get(k, a) for k, a in zip(keys, articles, strict=True)] if spill is None \
            else [IN_CACHE if cache.read(k) is not None else None for k in keys]
    pending = [i for i, r in enumerate(out) if r is None]
    stats.articles, stats.articles_from_cache = len(articles), len(articles) - len(pending)
    if bar is not None:
        for i, r in enumerate(out):
            if r is not None:
                bar.extracted(sizes[i])
                bar.article_done()
        if not pending:
            bar.parsed(0, 0)
    total = sum(sizes[i] for i in pending)
    paragraphs = sum(counts[i] for i in pending)
    processes = min(jobs, paragraphs // nlp.MIN_PER_WORKER)
    if engine is not None and pending:
        processes = engine.workers()
    per = BATCH if processes < 2 else max(32, min(BATCH, math.ceil(paragraphs / processes / 16)))
    batches: list[list[int]] = []
    filled = per
    for i in pending:  # articles in order, some *per* paragraphs a batch
        if filled >= per:
            batches.append([])
            filled = 0
        batches[-1].append(i)
        filled += counts[i]
    parsed = 0  # characters of the batches done
    # a paragraph found in several batches (a title, a wire copy's) is parsed once in the
    # process that parses batches in order: its parse is kept until the last batch using
    # it (`repeated`, made by the process that parses)
    last: dict[str, int] = {}
    memo: dict = {}
    own = spill is None  # (else the caller's, left open and read by it)
    spill = Spill(cache_dir) if own else spill  # the packed results until all are done

    def here(b: int, batch: list[int]) -> tuple[list, ParseStats]:
        part, chars = ParseStats(), sum(sizes[i] for i in batch)

        def progress(done: int, of: int, before: int = parsed) -> None:
            bar.parsed(before + (chars * done // of if of else chars), total)

        these = [articles[i] for i in batch]
        lines = parse_articles(these, cache_dir=cache_dir, stats=part, keep=keep, memo=memo,
                               progress=progress if bar else None)
        results = [extract_article(a, ls, bar.extracted if bar else None)
                   for a, ls in zip(these, lines, strict=True)]
        for text in [t for t in memo if last.get(t, b) <= b]:
            del memo[text]
        for text, kept in memo.items():  # parses a later batch uses, held packed
            if not isinstance(kept, bytes):
                memo[text] = nlp.memo_bytes(kept)
        return results, part

    def done(batch: list[int], results: list, part: ParseStats) -> None:
        nonlocal parsed
        parsed += sum(sizes[i] for i in batch)
        for name in ("paragraphs", "parsed", "from_cache", "bad_cache"):
            setattr(stats, name, getattr(stats, name) + getattr(part, name))
        stats.cache_error = stats.cache_error or part.cache_error
        for i, result in zip(batch, results, strict=True):
            packed = result if isinstance(result, bytes) else pack(result)
            if cache is not None:  # (from the packed record: no second `to_record`)
                cache.put(keys[i], articles[i], packed)
            out[i] = spill.put(packed) if isinstance(packed, bytes) else packed
            if bar is not None:
                bar.article_done()

    def from_worker(batch: list[int], results: list, part: ParseStats) -> None:
        """Take a batch another process (or a Dask worker) parsed and extracted."""
        stats.by_workers += part.parsed
        if bar is not None:
            bar.parsed(parsed + sum(sizes[i] for i in batch), total)
            for i in batch:
                bar.extracted(sizes[i])
        done(batch, results, part)

    def extract_pending() -> None:
        """Parse and extract every article of *batches*, set aside in *spill*."""
        if engine is not None:  # Dask workers parse and extract every batch
            for batch, results, part in engine.extract(articles, batches, stats):
                from_worker(batch, results, part)
            return
        last.update(repeated(batches, articles))
        if processes < 2:
            for b, batch in enumerate(batches):
                done(batch, *here(b, batch))
        else:
            stats.processes = processes
            # forked workers are forked again every ROUND paragraphs (spawned ones, which
            # load the model, serve the whole build)
            limit = ROUND if nlp.can_fork() else math.inf
            try:
                for part in rounds([sum(counts[i] for i in batch)
                                    for batch in batches], limit):
                    with nlp.worker_pool(processes - 1) as pool:
                        def submit(k: int, pool=pool, part=part) -> Future:
                            return pool.submit(_extract_batch,
                                               [articles[i] for i in batches[part[k]]],
                                               cache_dir)

                        for k, future in shared(len(part), submit, processes - 1):
                            b = part[k]
                            if future is None:  # this process's turn
                                done(batches[b], *here(b, batches[b]))
                            else:
                                from_worker(batches[b], *future.result())
            except BrokenProcessPool as exc:
                raise TemoinError(
                    "a worker process died (out of memory?); try fewer --jobs") from exc
        memo.clear()

    try:
        extract_pending()
        if release_model and stats.parsed >= RELEASE_AFTER:
            nlp.release_model()
        if not own:
            spill.flush()
            if cache is not None:
                stats.bad_cache += cache.bad
                stats.cache_error = stats.cache_error or cache.error
            return out
        out = [unpack(spill.get(item) if isinstance(item, Spilled) else item, a)
               for item, a in zip(out, articles, strict=True)]
    finally:
        if own:
            spill.close()
    if cache is not None:
        stats.bad_cache += cache.bad
        stats.cache_error = stats.cache_error or cache.error
        cache.keep_only(keys, articles, out)
    return out


class Shelved(Sequence):
    """Articles set aside in a `Spill`, each read back when asked for (``shelf[i]``): a
    process that parses a corpus holds one batch of articles at a time, not all of them
    (some 4.5 KiB an article: 45 MiB at 10,000 articles, kept shared with its workers for
    the whole parse), and hands them on by where they are (:attr:`where`).

    Examples
    --------
    >>> from graph.model import Article
    >>> with Spill() as spill:
    ...     shelf = Shelved.put(spill, [Article(str(i), f"{i}.txt", "", "Texte.", "")
    ...                                 for i in range(3)])
    ...     again = Shelved(spill, shelf.where[1:])
    ...     len(again), again[0].path, [a.id for a in again]
    (2, '1.txt', ['1', '2'])
    """

    def __init__(self, spill: Spill, where: list[Spilled]) -> None:
        self.spill = spill
        self.where = where

    @classmethod
    def put(cls, spill: Spill, articles: list[Article]) -> Shelved:
        """*articles* set aside in *spill*."""
        import pickle

        return cls(spill, [spill.put(pickle.dumps(a, pickle.HIGHEST_PROTOCOL))
                           for a in articles])

    def __len__(self) -> int:
        return len(self.where)

    def __getitem__(self, i: int) -> Article:
        import pickle

        return pickle.loads(self.spill.get(self.where[i]))


def repeated(batches: list[list[int]], articles: list[Article]) -> dict[str, int]:
    """The paragraphs (as the parser is given them, `graph.nlp.pieces`) found in more than
    one of *batches* (lists of indices into *articles*), each with the last batch it is in:
    a process that parses the batches in order keeps their parses until then. The others,
    most paragraphs, are dropped once their batch is extracted, and not held here either.

    Examples
    --------
    >>> from graph.model import Article
    >>> def article(i, *lines):
    ...     text = "\\n".join(lines)
    ...     starts = [text.index(line) for line in lines]
    ...     return Article(str(i), f"{i}.txt", "", text, "",
    ...                    tuple((s, s + len(line)) for s, line in zip(starts, lines)))
    >>> articles = [article(0, "Un titre.", "Premier."), article(1, "Un titre.", "Second."),
    ...             article(2, "Troisième.")]
    >>> repeated([[0], [1], [2]], articles)
    {'Un titre.': 1}
    """
    first: dict[int, int] = {}  # hash of a paragraph → the first batch it is in
    found: dict[str, int] = {}
    for b, batch in enumerate(batches):
        for i in batch:
            for _, text in nlp.pieces(articles[i]):
                if first.setdefault(hash(text), b) != b:
                    found[text] = b  # (met again in a later batch: the last one stays)
    return found


#: Paragraphs parsed by one set of forked workers, after which the build forks new ones
#: from the process that loaded the model. A forked worker shares that process's memory
#: (the model, some 370 MiB) until one of the two writes into a page (reference counts,
#: freed room reused), which is then copied: a worker's own memory rises all through a
#: build, by some 40 MiB over 10,000 articles (70,000 paragraphs); a fresh one shares
#: everything again. Some 1,000 articles of agency copy.
ROUND = 8000


def rounds(sizes: list[int], limit: float) -> list[list[int]]:
    """The indices of *sizes* (paragraphs in each batch) cut in runs of consecutive
    batches of at most *limit* paragraphs (a batch larger than that is a run on its own).

    Examples
    --------
    >>> rounds([3, 3, 3, 5, 1], 6)
    [[0, 1], [2], [3, 4]]
    >>> rounds([3, 3], float("inf"))
    [[0, 1]]
    """
    runs: list[list[int]] = []
    filled = 0
    for b, size in enumerate(sizes):
        if not runs or filled + size > limit:
            runs.append([])
            filled = 0
        runs[-1].append(b)
        filled += size
    return runs


def shared(count: int, submit: Callable[[int], Future],
           workers: int) -> Iterator[tuple[int, Future | None]]:
    """Batches ``0 … count - 1`` shared between this process, which takes them from the
    first, and *workers* worker processes, which take them from the last: ``submit(k)``
    gives batch *k* to a worker (a `Future`). Yields ``(k, None)`` when it is this
    process's turn to extract batch *k*, ``(k, future)`` as soon as it notices that a
    worker's batch *k* is done (its results then set aside at once, not held until this
    process reaches it), until every batch is done.

    Each worker is given its next batch the moment it finishes one (from the thread that
    sees it finish): never more batches than workers are out, so a batch given out is
    one a worker is extracting, and this process never waits for one queued behind
    another (it would wait for both, idle, where it meets the workers).

    Examples
    --------
    >>> out = {}
    >>> def submit(k):  # (a worker's batch, done when its result is set)
    ...     out[k] = Future()
    ...     return out[k]
    >>> turns = shared(4, submit, 1)
    >>> next(turns), sorted(out)  # this process takes the first, a worker has the last
    ((0, None), [3])
    >>> out[3].set_result("done")  # the worker is given the next from the end at once
    >>> k, future = next(turns)
    >>> k, future.result(), sorted(out)
    (3, 'done', [2, 3])
    >>> next(turns)
    (1, None)
    >>> out[2].set_result("done too")
    >>> [k for k, _ in turns]
    [2]
    """
    import queue
    import threading

    lock = threading.Lock()
    ends = [0, count]  # this process's next batch; the workers' last one given out
    given = [0]  # batches given out to workers
    finished: queue.SimpleQueue = queue.SimpleQueue()

    def give(_done: Future | None = None) -> None:
        with lock:
            if ends[0] >= ends[1]:
                return
            ends[1] -= 1
            k = ends[1]
            given[0] += 1
        try:
            future = submit(k)
        except BaseException as exc:  # the pool broken or shut down: raised by the taker,
            failed: Future = Future()  # and nothing more given out
            failed.set_exception(exc)
            finished.put((k, failed))
            return
        future.add_done_callback(lambda f, k=k: (finished.put((k, f)), give(f)))

    for _ in range(workers):
        give()
    taken = 0
    while True:
        while True:  # the workers' batches done so far
            try:
                item = finished.get_nowait()
            except queue.Empty:
                break
            taken += 1
            yield item
        with lock:
            mine = ends[0] < ends[1]
            k = ends[0]
            ends[0] += mine
        if not mine:
            break
        yield k, None
    while taken < given[0]:  # (none given out any more)
        taken += 1
        yield finished.get()


def _extract_batch(articles: list[Article], cache_dir) -> tuple[list[Extraction], ParseStats]:
    """In a worker process: parse and extract *articles*; their results packed (`pack`),
    as the parent sets them aside (`shared`, `Spill`)."""
    part = ParseStats()
    lines = parse_articles(articles, cache_dir=cache_dir, stats=part, keep=False)
    return [pack(extract_article(a, ls))
            for a, ls in zip(articles, lines, strict=True)], part


def _source_hash() -> str:
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".tsv"} and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


#: The hash of this package's source and tables as they were when the rules were imported
#: (with this module, some milliseconds): the code a process runs is the code it loaded, so
#: its entries must be named by that code, not by the files as they are at its first cache
#: look-up. A long-running ``temoin serve`` whose package files were edited after it started
#: would otherwise name its first rebuild's entries by the new files: it took none of the
#: entries ``temoin build`` had just written (every article extracted again), and wrote the
#: old rules' results under the new rules' name.
_SOURCE_HASH = _source_hash()


def extractor_tag() -> str:
    """What, besides the parse, an article's extraction depends on: the code and tables of
    this package (any edit of a rule changes it; read when the rules were imported) and
    :data:`EXTRACTOR_VERSION`."""
    return f"extractor {EXTRACTOR_VERSION} {_SOURCE_HASH}"


def article_key(article: Article, model: str) -> str:
    """The cache key of *article*'s extraction with the model tagged *model*."""
    data = json.dumps([model, extractor_tag(), article.title, article.body, article.text])
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def to_record(result: Extraction) -> dict | None:
    """*result* of :func:`graph.pipeline.extract_article` as JSON data, or None if it holds
    something JSON would not give back as it is."""
    sents, mentions, triples, problems = result
    if tuple(f.name for f in dataclasses.fields(RawTriple)) != _TRIPLE_FIELDS:
        return None  # the records changed shape: better no cache than a wrong one
    pool: list[RawMention] = []
    index: dict[int, int] = {}

    def ref(m: RawMention | None) -> int | None:
        if m is None:
            return None
        if id(m) not in index:
            index[id(m)] = len(pool)
            pool.append(m)
        return index[id(m)]

    listed = [ref(m) for m in mentions]
    found = [[ref(t.subject), t.relation, ref(t.object), t.sentence, t.modality,
              ref(t.source), [list(h) for h in t.highlights], t.verb] for t in triples]
    k = 0
    while k < len(pool):  # antecedents and bracketed names' bodies, and theirs
        ref(pool[k].antecedent)
        ref(pool[k].alias_of)
        ref(pool[k].owner)
        k += 1
    rows = [[getattr(m, f) for f in _MENTION_FIELDS]
            + [ref(m.antecedent), ref(m.alias_of), ref(m.owner)] for m in pool]
    if not all(isinstance(v, _SIMPLE) for row in rows for v in row) or not all(
            isinstance(v, _SIMPLE) for t in found for v in (t[1], t[3], t[4], t[7])):
        return None
    return {"fields": list(_MENTION_FIELDS), "sentences": [[s.start, s.end] for s in sents],
            "pool": rows, "mentions": listed, "triples": found,
            "problems": [reason for _, reason in problems]}


def from_record(record: dict, article: Article) -> Extraction:
    """The extraction result of *record* for *article* (its id and path)."""
    if record["fields"] != list(_MENTION_FIELDS):
        raise ValueError("mention fields differ")
    # (JSON gives a new string for every value: the same key, type, dependency or relation
    # held once for all the mentions and relations of a corpus, not once for each — a
    # third of the results' memory at 10,000 articles)
    pool = [RawMention(article.id, **dict(zip(_MENTION_FIELDS, [
        _interned(v) for v in row[:-3]], strict=True)))
        for row in record["pool"]]
    for m, row in zip(pool, record["pool"], strict=True):
        m.antecedent = None if row[-3] is None else pool[row[-3]]
        m.alias_of = None if row[-2] is None else pool[row[-2]]
        m.owner = None if row[-1] is None else pool[row[-1]]
    sents = [Sentence(article.id, i, start, end)
             for i, (start, end) in enumerate(record["sentences"])]
    mentions = [pool[i] for i in record["mentions"]]
    triples = [RawTriple(pool[s], _interned(relation), pool[o], sentence, _interned(modality),
                         None if source is None else pool[source],
                         [tuple(h) for h in highlights], _interned(verb))
               for s, relation, o, sentence, modality, source, highlights, verb
               in record["triples"]]
    problems = [(article.path, reason) for reason in record["problems"]]
    return sents, mentions, triples, problems


def _interned(value):
    return sys.intern(value) if type(value) is str else value


def _text_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


#: cache folders whose entries this process keeps in memory too (`keep_in_memory`): folder
#: → {key: (article id, path, result)}, the results of the last build that used it.
_IN_MEMORY: dict[str, dict[str, tuple[str, str, Extraction]]] = {}


def keep_in_memory(cache_dir: str | os.PathLike) -> None:
    """Keep the extraction results of the builds of this process that use the cache folder
    *cache_dir* in memory as well (those of the last build's articles): the next build
    takes an unchanged article's results as they are, neither reading nor decoding its
    entry (0.3 s at 1,000 articles). For a long-running process that builds the same corpus
    again and again (``temoin serve``'s live additions), at some 32 KiB an article; the
    results are not changed by the steps after extraction, so they serve again as they are.
    """
    _IN_MEMORY.setdefault(str(Path(cache_dir).resolve()), {})


class ExtractionCache(nlp.EntryFolder):
    """Extraction results on disk, one JSON file per article: ``DIR/ab/abcd….json``.

    Reading never fails: an entry that is missing, unreadable or damaged is a miss (counted
    in :attr:`bad` unless missing). Writing is atomic (a temporary file renamed over the
    entry); a failure to write is no error, the first is kept in :attr:`error`. With
    `keep_in_memory`, the results of the last build are also taken from memory.
    """

    suffix = ".json"

    def __init__(self, folder: str | os.PathLike) -> None:
        super().__init__(folder)
        self.memory = _IN_MEMORY.get(str(self.folder.resolve()))

    def keep_only(self, keys: list[str], articles: list[Article], results: list) -> None:
        """Keep in memory (if kept there) the *results* of these articles, and no others."""
        if self.memory is None:
            return
        kept = {k: (a.id, a.path, r) for k, a, r in zip(keys, articles, results, strict=True)
                if r is not None}
        self.memory.clear()
        self.memory.update(kept)

    def get(self, key: str, article: Article) -> Extraction | None:
        """The extraction result of *article* kept under *key*, or None."""
        if self.memory is not None:
            found = self.memory.get(key)
            if found is not None and found[:2] == (article.id, article.path):
                return found[2]
        data = self.read(key)
        if data is None:
            return None
        try:
            record = json.loads(data)
            if record["text"] != _text_hash(article):
                raise ValueError("another article's entry")
            result = from_record(record, article)
        except Exception:  # whatever a damaged or foreign file makes the reader raise
            self.bad += 1
            return None
        return result

    def put(self, key: str, article: Article, result: bytes | Extraction) -> None:
        """Keep *article*'s extraction *result* (or its `pack`) under *key*."""
        record = json.loads(zlib.decompress(result)) if isinstance(result, bytes) \
            else to_record(result)
        if record is None:
            return
        record["text"] = _text_hash(article)
        self.write(key, json.dumps(record, separators=(",", ":")).encode("ascii"))
