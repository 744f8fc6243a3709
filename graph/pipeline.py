"""From files to a graph: ingest → nlp → entities → relations → build."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

import graph.ingest as ingest
from graph.build import build_graph
from graph.coreference import (
    quotation_sentences,
    resolve_descriptions,
    resolve_pronouns,
    resolve_unnamed_officers,
)
from graph.entities import (
    RawMention,
    resolve,
)
from graph.extractions import (  # with the rules: its cache tag is of their code
    IN_CACHE,
    Extraction,
    ExtractionCache,
    Shelved,
    Spill,
    Spilled,
    article_key,
    extract_all,
    unpack,
)
from graph.ingest import read_article
from graph.model import Article, Evidence, Mention, Sentence, TemoinError, Triple
from graph.nlp import ParseStats, can_fork, give_back_memory, in_forked_process, model_tag
from graph.relations import RawTriple

ARTICLE_SUFFIXES = tuple(ingest.ARTICLE_KINDS)
#: characters from which a build of a few articles shows a progress bar too (some seconds)
LONG_BUILD = 50_000


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    articles: list[Article] = field(default_factory=list)
    sentences: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, how it was read)
    copy_seconds: float = 0.0  # time spent finding wire copies
    parse: ParseStats = field(default_factory=ParseStats)  # paragraphs parsed, from the cache


def collect_paths(
    inputs: list[str], follow_links: bool = False
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Article files named by *inputs* (files, or folders searched for article files).

    Every entry of a folder is judged on its own: a named pipe, a device, a folder, a
    symbolic link loop, a broken link or a link to a file outside the folder (unless
    *follow_links*) is refused with its reason, and the other entries are kept.

    Returns the paths in a stable order, and (input, reason) for inputs that are unusable.

    Examples
    --------
    >>> collect_paths(["no/such/place"])[1]
    [('no/such/place', 'no such file or folder')]
    """
    paths: list[Path] = []
    errors: list[tuple[str, str]] = []
    for item in inputs:
        p = Path(item)
        reason = _entry_problem(p, None, follow_links)
        if reason == "a folder":
            try:
                entries = sorted(p.iterdir())
            except OSError as exc:
                errors.append((item, (exc.strerror or str(exc)).lower()))
                continue
            found = [q for q in entries if q.suffix.lower() in ARTICLE_SUFFIXES
                     and not q.name.startswith(".")]
            if not found:
                errors.append((item, f"folder holds no article ({ingest.ACCEPTED_KINDS} file)"))
            for q in found:
                why = _entry_problem(q, p, follow_links)
                if why == "a folder":
                    why = "a folder, not an article file"
                if why is None:
                    paths.append(q)
                else:
                    errors.append((str(q), why))
        elif reason is None and p.suffix.lower() not in ARTICLE_SUFFIXES:
            errors.append((item, f"not an article file ({p.suffix or 'no extension'}); "
                                 f"Témoin reads {ingest.ACCEPTED_KINDS} files"))
        elif reason is None:
            paths.append(p)
        else:
            errors.append((item, reason))
    # one file named twice (or through a link) is read once, under its own name if given
    chosen: dict[str, Path] = {}
    for p in sorted(paths, key=os.path.islink):
        chosen.setdefault(os.path.realpath(p), p)
    keep = set(chosen.values())
    unique = []
    for p in paths:
        if p in keep:
            keep.discard(p)
            unique.append(p)
    return unique, errors


def _entry_problem(path: Path, folder: Path | None, follow_links: bool) -> str | None:
    """Why *path* cannot be an article (None: a regular file, fit to read; "a folder" for a
    folder). *folder* is the folder it was found in, whose links must stay inside it."""
    from graph.ingest import file_kind

    try:
        link = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return "no such file or folder"
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()
    if link:
        try:
            target = path.resolve(strict=True)
        except RuntimeError:  # Python < 3.13 reports a loop this way
            return "symbolic link loop"
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "symbolic link loop"
            return "broken symbolic link (its target does not exist)"
        if folder is not None and not follow_links \
                and not target.is_relative_to(folder.resolve()):
            return (f"symbolic link to {target}, outside {folder}; "
                    "use --follow-links to read it")
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()
    if stat.S_ISDIR(mode):
        return "a folder"
    if not stat.S_ISREG(mode):
        return f"not a regular file but {file_kind(mode)}"
    return None


class ProgressBar:
    r"""The build's progress bar on stderr: it fills as paragraphs are parsed (first half)
    and as the rules read them (second half), in characters, so that it moves inside a
    long article too; it ends with the articles done.

    Examples
    --------
    >>> import io
    >>> bar = ProgressBar([200, 100], out=io.StringIO())
    >>> bar.parsed(300, 300)  # every paragraph parsed: half the bar
    >>> bar.extracted(150)  # then the rules read half of the first article
    >>> bar.out.getvalue().split("\r")[-1]
    '[######################........] 75 %  0/2 articles'
    """

    WIDTH = 30

    def __init__(self, sizes: list[int], out=None) -> None:
        self.out = sys.stderr if out is None else out
        self.total = max(sum(sizes), 1)  # characters of the articles' body paragraphs
        self.articles = len(sizes)
        self.parse = 0.0  # fraction of the parse done
        self.chars = 0  # characters the rules have read
        self.done = 0  # articles done
        self.shown = ""

    def parsed(self, done: int, total: int) -> None:
        self.parse = done / total if total else 1.0
        self._draw()

    def extracted(self, chars: int) -> None:
        self.chars += chars
        self._draw()

    def article_done(self) -> None:
        self.done += 1
        self._draw()

    def _draw(self) -> None:
        share = min((self.parse + min(self.chars / self.total, 1.0)) / 2, 0.99)
        if self.done == self.articles:
            share = 1.0
        filled = int(self.WIDTH * share)
        text = (f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {int(100 * share)} %  "
                f"{self.done}/{self.articles} articles")
        if text == self.shown:
            return
        self.shown = text
        self.out.write("\r" + text + ("\n" if self.done == self.articles else ""))
        self.out.flush()


def read_articles(paths, errors: list[tuple[str, str]],
                  notes: list[tuple[str, str]] | None = None,
                  reader: Callable[[Path], Article] | None = None,
                  cache_dir: str | os.PathLike | None = None) -> list[Article]:
    """Read every path; unreadable ones go to *errors* with their reason, and to *notes*
    the articles skipped as not French and those decoded from another encoding. *reader*
    reads one path (default `graph.ingest.read_article`; the server's keeps what it read);
    else, with a *cache_dir*, a file read before (the same bytes) is taken from it
    (:class:`graph.read_cache.ArticleCache`)."""
    articles, ids = [], set()
    notes = [] if notes is None else notes
    if reader is None:
        reader = read_article
        if cache_dir is not None:
            from graph.read_cache import ArticleCache

            reader = ArticleCache(cache_dir).read_article
    for p in paths:
        try:
            a = reader(p)
        except ingest.NotFrenchError as exc:
            notes.append((str(p), str(exc).split(": ", 1)[-1]))
            continue
        except TemoinError as exc:
            errors.append((str(p), str(exc).split(": ", 1)[-1]))
            continue
        except Exception as exc:  # a bug of ours costs this file, not the build
            errors.append((str(p), f"internal error {type(exc).__name__}: {exc}"))
            continue
        if a.id in ids:
            errors.append((str(p), f"another article already has the id {a.id!r}"))
            continue
        ids.add(a.id)
        articles.append(a)
        if a.note:
            notes.append((str(p), a.note))
    return articles


def extract(articles: list[Article], progress: bool = False, jobs: int = 1,
            cache_dir: str | os.PathLike | None = None, stats: ParseStats | None = None,
            keep_parses: bool = True, engine=None, release_model: bool = False):
    """Sentences, resolved entities, mentions and triples of the articles, and the
    (path, reason) of paragraphs an internal error made the rules skip. *jobs*,
    *cache_dir* and *stats* go to :func:`graph.nlp.parse_articles`; *cache_dir* also keeps
    each article's extraction (:mod:`graph.extractions`): an article found there is neither
    parsed nor read by the rules again; *keep_parses*, *engine*, *release_model*: see
    :func:`build_corpus`."""
    bar = _progress_bar(articles) if progress else None
    results = extract_all(articles, jobs=jobs, cache_dir=cache_dir, stats=stats, bar=bar,
                          keep=keep_parses and cache_dir is None, engine=engine,
                          release_model=release_model)
    return corpus_wide(articles, results)


def corpus_wide(articles: list[Article], results: list[Extraction]):
    """The corpus-wide steps after extraction: entity resolution, coreference and the
    triples with their evidence, from each article's :func:`graph.extractions.extract_all`
    result (as :func:`extract` returns them)."""
    sentences: dict[str, list[Sentence]] = {}
    raw_mentions: list[RawMention] = []
    raw_triples: list[RawTriple] = []
    problems: list[tuple[str, str]] = []
    for article, result in zip(articles, results, strict=True):
        sents, mentions, triples, skipped = result
        sentences[article.id] = sents
        raw_mentions += mentions
        raw_triples += triples
        problems += skipped
    anaphors = {"pronoun", "description"}
    entities, entity_of = resolve([m for m in raw_mentions if m.kind not in anaphors])
    texts = {a.id: a.text for a in articles}
    quotations = {aid: quotation_sentences(texts[aid], [(x.start, x.end) for x in ss])
                  for aid, ss in sentences.items()}
    resolve_pronouns(raw_mentions, entities, entity_of, quotations)
    groups = resolve_descriptions(raw_mentions, entities, entity_of)
    resolve_unnamed_officers(raw_mentions, entity_of, groups)
    mentions = [Mention(m.article_id, m.sentence, m.start, m.end, m.text, entity_of[id(m)])
                for m in raw_mentions if id(m) in entity_of and m.kind not in anaphors]
    triples = _triples(raw_triples, entity_of, groups, articles, sentences)
    return sentences, entities, mentions, triples, problems


def _triples(raw: list[RawTriple], entity_of, groups, articles, sentences) -> list[Triple]:
    texts = {a.id: a.text for a in articles}
    quotes: dict[tuple[str, int], str] = {}  # one string per quoted sentence, for all its uses
    grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    quoted: set[tuple[str, str, str, str, int]] = set()  # (edge, sentence) with a quote
    def ends(m):
        if id(m) in groups:
            return groups[id(m)]
        return [entity_of[id(m)]] if id(m) in entity_of else []

    for t in raw:
        sent = sentences[t.subject.article_id][t.sentence]
        quote = quotes.get((sent.article_id, sent.index))
        if quote is None:
            quote = quotes[sent.article_id, sent.index] = \
                texts[sent.article_id][sent.start:sent.end]
        source = entity_of.get(id(t.source)) if t.source is not None else None
        hl = tuple((a, b) for a, b in t.highlights if sent.start <= a < b <= sent.end)
        ev = Evidence(sent.article_id, sent.index, sent.start, sent.end, quote, t.modality,
                      source, hl, t.verb)
        for s in ends(t.subject):
            for o in ends(t.object):
                if s == o:
                    continue
                if (s, t.relation, o, ev.article_id, ev.sentence_index) not in quoted:
                    quoted.add((s, t.relation, o, ev.article_id, ev.sentence_index))
                    # one quote per sentence and edge (the view draws a relation class as
                    # one edge: `graph.relations.relation_class`)
                    grouped[(s, t.relation, o)].append(ev)
    return [Triple(s, r, o, tuple(evs)) for (s, r, o), evs in sorted(grouped.items())]


def build_corpus(paths, progress: bool = False, jobs: int = 1,
                 cache_dir: str | os.PathLike | None = None,
                 keep_parses: bool = True, engine=None,
                 reader: Callable[[Path], Article] | None = None,
                 release_model: bool = False) -> BuildResult:
    """Run the whole pipeline on article files.

    Parameters
    ----------
    paths : iterable of path-like
        Article files. Unreadable ones are reported in ``errors``; the others build.
    progress : bool
        Draw a progress bar on stderr when there are more than a few articles.
    jobs : int
        Processes to parse with (see :func:`graph.nlp.parse_articles`).
    cache_dir : path-like, optional
        Parse and extraction cache folder; None for no cache. The graph is the same
        either way.
    keep_parses : bool
        With no *cache_dir*, keep the parses in this process's memory for a later build
        (the server's rebuild); a one-off build passes False and holds only the parses of
        the articles being extracted.
    engine : graph.distributed.DaskEngine, optional
        A Dask cluster to parse and extract the articles on (see :mod:`graph.distributed`);
        the corpus-wide steps run in this process. The graph is the same either way.
    reader : callable, optional
        Reads one article file (see :func:`read_articles`).
    release_model : bool
        Let go of the parsing model once every article is parsed (a one-off build: its
        memory is then free for the corpus-wide steps); a later parse loads it again.
    """
    if release_model and engine is None and can_fork():
        return _build_forked(paths, progress, jobs, cache_dir, reader)
    errors: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    articles = read_articles(paths, errors, notes, reader, cache_dir)
    if not articles:
        return BuildResult(nx.MultiDiGraph(), [], 0, errors, notes)
    same_as, unique, groups, copy_seconds = _copies(articles, notes, cache_dir, release_model)
    stats = ParseStats()
    extracted = extract(
        unique, progress=_bar_wanted(progress, unique), jobs=jobs, cache_dir=cache_dir,
        stats=stats, keep_parses=keep_parses, engine=engine, release_model=release_model)
    return _built(articles, extracted, errors, notes, groups, same_as, copy_seconds, stats)


def _built(articles, extracted, errors, notes, groups, same_as, copy_seconds,
           stats) -> BuildResult:
    """The graph of *articles* from what `extract` (or `corpus_wide`) gave."""
    sentences, entities, mentions, triples, problems = extracted
    errors += problems
    g = build_graph(articles, sentences, entities, mentions, triples, groups, same_as)
    return BuildResult(g, articles, sum(len(s) for s in sentences.values()), errors, notes,
                       copy_seconds, stats)


def _bar_wanted(progress: bool, articles: list[Article]) -> bool:
    return progress and (len(articles) > 3 or sum(len(a.text) for a in articles) > LONG_BUILD)


def _progress_bar(articles: list[Article]) -> ProgressBar:
    return ProgressBar([sum(e - s for s, e in a.body) for a in articles])


def _copies(articles: list[Article], notes: list[tuple[str, str]], cache_dir,
            one_off: bool) -> tuple[dict[str, str], list[Article], dict, float]:
    """The articles' exact duplicates (noted in *notes*), the others, their wire-copy
    groups and the seconds it took."""
    from graph.copies import copy_groups, exact_duplicates  # datasketch: loaded when used

    started = time.perf_counter()
    same_as = exact_duplicates(articles)  # built once: extraction sees the first only
    unique = [a for a in articles if a.id not in same_as]
    if one_off and can_fork():  # (its index, some 26 KiB an article at its height, and
        # what it leaves behind, are then never in the process that goes on to parse)
        groups = in_forked_process(lambda: copy_groups(unique, cache_dir=cache_dir),
                                   "wire-copy")
    else:
        groups = copy_groups(unique, cache_dir=cache_dir)
    groups.update({copy: groups[first] for copy, first in same_as.items()})
    copy_seconds = time.perf_counter() - started
    if one_off:  # a one-off build: the index's garbage (cycles) gone before the parse's
        give_back_memory()  # peak (not in a server's rebuild: 0.1 s of its time)
    paths_of = {a.id: a.path for a in articles}
    notes += [(paths_of[c], f"same text as {paths_of[f]}; built once") for c, f in same_as.items()]
    return same_as, unique, groups, copy_seconds


def _build_forked(paths, progress: bool, jobs: int, cache_dir, reader) -> BuildResult:
    """`build_corpus` for a one-off build, its articles read, their copies found, parsed
    and extracted in a process forked from this one (`graph.nlp.in_forked_process`), the
    corpus-wide steps here: the model, the parses, the index of copies and what the rules
    allocated as they read are all let go with that process (this one, had it loaded the
    model, would keep much of it through the corpus-wide steps: its freed pages pinned by
    the objects made in between), and the pages the two processes share are this one's
    as it was before reading anything. The results come back through a temporary file."""
    spill = Spill(cache_dir)
    try:
        def front():
            errors: list[tuple[str, str]] = []
            notes: list[tuple[str, str]] = []
            articles = read_articles(paths, errors, notes, reader, cache_dir)
            if not articles:
                return [], errors, notes, {}, {}, 0.0, ParseStats(), []
            same_as, unique, groups, seconds = _copies(articles, notes, cache_dir, True)
            bar = _progress_bar(unique) if _bar_wanted(progress, unique) else None
            # the articles set aside in the file, read back a batch at a time as they are
            # parsed, and here once all are done: not held through the parse
            shelf = Shelved.put(spill, articles)
            kept = [shelf.where[i] for i, a in enumerate(articles) if a.id not in same_as]
            del articles, unique
            give_back_memory()
            stats = ParseStats()
            items = extract_all(Shelved(spill, kept), jobs=jobs, cache_dir=cache_dir,
                                stats=stats, bar=bar, spill=spill)
            return shelf.where, errors, notes, same_as, groups, seconds, stats, items

        where, errors, notes, same_as, groups, copy_seconds, stats, items = \
            in_forked_process(front)
        if not where:
            return BuildResult(nx.MultiDiGraph(), [], 0, errors, notes)
        articles = list(Shelved(spill, where))
        unique = [a for a in articles if a.id not in same_as]
        cache = ExtractionCache(cache_dir) if cache_dir is not None else None
        results = [cache.get(article_key(a, model_tag()), a) if item == IN_CACHE
                   else unpack(spill.get(item) if isinstance(item, Spilled) else item, a)
                   for item, a in zip(items, unique, strict=True)]
    finally:
        spill.close()
    missing = [i for i, r in enumerate(results) if r is None]  # (an entry damaged since)
    if missing:
        part = ParseStats()
        again = extract_all([unique[i] for i in missing], jobs=1, cache_dir=cache_dir,
                            stats=part)
        for i, result in zip(missing, again, strict=True):
            results[i] = result
        for name in ("paragraphs", "parsed", "from_cache"):  # (its bad entries: counted)
            setattr(stats, name, getattr(stats, name) + getattr(part, name))
        stats.articles_from_cache -= len(missing)
    if cache is not None:
        stats.bad_cache += cache.bad
    extracted = corpus_wide(unique, results)
    del results  # (every article's raw mentions and relations: not held through the graph)
    return _built(articles, extracted, errors, notes, groups, same_as, copy_seconds, stats)
