"""From files to a graph: ingest → nlp → entities → relations → build."""

from __future__ import annotations

import bisect
import errno
import os
import stat
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

import graph.ingest as ingest
from graph.build import build_graph
from graph.coreference import resolve_descriptions, resolve_pronouns
from graph.entities import (
    RawMention,
    known_surnames,
    name_mentions,
    resolve,
    surname_mentions,
)
from graph.ingest import read_article, split_sentences
from graph.model import Article, Evidence, Mention, Sentence, TemoinError, Triple
from graph.nlp import ParseStats, parse_articles
from graph.relations import RawTriple, SentenceExtractor

ARTICLE_SUFFIXES = tuple(ingest.ARTICLE_KINDS)


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


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def read_articles(paths, errors: list[tuple[str, str]],
                  notes: list[tuple[str, str]] | None = None) -> list[Article]:
    """Read every path; unreadable ones go to *errors* with their reason, and to *notes*
    the articles skipped as not French and those decoded from another encoding."""
    articles, ids = [], set()
    notes = [] if notes is None else notes
    for p in paths:
        try:
            a = read_article(p)
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


def _skipped(article: Article, offset: int, exc: Exception) -> tuple[str, str]:
    return (article.path, f"paragraph at character {offset} skipped: internal error "
                          f"{type(exc).__name__}: {exc}")


def extract(articles: list[Article], progress: bool = False, jobs: int = 1,
            cache_dir: str | os.PathLike | None = None, stats: ParseStats | None = None):
    """Sentences, resolved entities, mentions and triples of the articles, and the
    (path, reason) of paragraphs an internal error made the rules skip. *jobs*,
    *cache_dir* and *stats* go to :func:`graph.nlp.parse_articles`."""
    parsed = parse_articles(articles, jobs=jobs, cache_dir=cache_dir, stats=stats)
    sentences: dict[str, list[Sentence]] = {}
    raw_mentions: list[RawMention] = []
    raw_triples: list[RawTriple] = []
    problems: list[tuple[str, str]] = []
    for n, (article, lines) in enumerate(zip(articles, parsed, strict=True), 1):
        sents: list[Sentence] = []
        paragraphs = []  # (offset, doc, sent_of, names or None when the rules failed)
        for offset, doc in lines:
            spans = split_sentences(doc.text)
            first = len(sents)
            for start, end in spans:
                sents.append(Sentence(article.id, len(sents), offset + start, offset + end))
            if not spans:
                continue
            bounds = [start for start, _ in spans]

            def sent_of(i, doc=doc, bounds=bounds, first=first):
                return first + max(bisect.bisect_right(bounds, doc[i].idx) - 1, 0)

            try:
                names = name_mentions(doc, offset, article.id, sent_of)
            except Exception as exc:  # a rule's bug costs one paragraph, not the build
                problems.append(_skipped(article, offset, exc))
                continue
            paragraphs.append((offset, doc, sent_of, names))
        surnames = known_surnames(m for *_, names in paragraphs for m in names.values())
        for offset, doc, sent_of, names in paragraphs:
            try:
                names.update(surname_mentions(doc, offset, article.id, sent_of, surnames, names))
                ex = SentenceExtractor(doc, offset, article.id, names, sent_of)
                found = ex.run()
            except Exception as exc:
                problems.append(_skipped(article, offset, exc))
                continue
            raw_triples.extend(found)
            raw_mentions.extend(ex.mentions())
        sentences[article.id] = sents
        if progress:
            _progress(n, len(articles))
    anaphors = {"pronoun", "description"}
    entities, entity_of = resolve([m for m in raw_mentions if m.kind not in anaphors])
    resolve_pronouns(raw_mentions, entities, entity_of)
    groups = resolve_descriptions(raw_mentions, entities, entity_of)
    mentions = [Mention(m.article_id, m.sentence, m.start, m.end, m.text, entity_of[id(m)])
                for m in raw_mentions if id(m) in entity_of and m.kind not in anaphors]
    triples = _triples(raw_triples, entity_of, groups, articles, sentences)
    return sentences, entities, mentions, triples, problems


def _triples(raw: list[RawTriple], entity_of, groups, articles, sentences) -> list[Triple]:
    texts = {a.id: a.text for a in articles}
    grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    def ends(m):
        if id(m) in groups:
            return groups[id(m)]
        return [entity_of[id(m)]] if id(m) in entity_of else []

    for t in raw:
        sent = sentences[t.subject.article_id][t.sentence]
        text = texts[sent.article_id]
        source = entity_of.get(id(t.source)) if t.source is not None else None
        hl = tuple((a, b) for a, b in t.highlights if sent.start <= a < b <= sent.end)
        ev = Evidence(sent.article_id, sent.index, sent.start, sent.end,
                      text[sent.start:sent.end], t.modality, source, hl, t.verb)
        for s in ends(t.subject):
            for o in ends(t.object):
                if s == o:
                    continue
                bucket = grouped[(s, t.relation, o)]  # (the view draws a relation class
                # as one edge: `graph.relations.relation_class`)
                if all((e.article_id, e.sentence_index) != (ev.article_id, ev.sentence_index)
                       for e in bucket):
                    bucket.append(ev)
    return [Triple(s, r, o, tuple(evs)) for (s, r, o), evs in sorted(grouped.items())]


def build_corpus(paths, progress: bool = False, jobs: int = 1,
                 cache_dir: str | os.PathLike | None = None) -> BuildResult:
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
        Parse cache folder; None for no cache. The graph is the same either way.
    """
    errors: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    articles = read_articles(paths, errors, notes)
    if not articles:
        return BuildResult(nx.MultiDiGraph(), [], 0, errors, notes)
    from graph.copies import copy_groups, exact_duplicates  # datasketch: loaded when used

    started = time.perf_counter()
    same_as = exact_duplicates(articles)  # built once: extraction sees the first only
    unique = [a for a in articles if a.id not in same_as]
    groups = copy_groups(unique)
    groups.update({copy: groups[first] for copy, first in same_as.items()})
    copy_seconds = time.perf_counter() - started
    paths_of = {a.id: a.path for a in articles}
    notes += [(paths_of[c], f"same text as {paths_of[f]}; built once") for c, f in same_as.items()]
    stats = ParseStats()
    sentences, entities, mentions, triples, problems = extract(
        unique, progress=progress and len(unique) > 3, jobs=jobs, cache_dir=cache_dir,
        stats=stats)
    errors += problems
    g = build_graph(articles, sentences, entities, mentions, triples, groups, same_as)
    return BuildResult(g, articles, sum(len(s) for s in sentences.values()), errors, notes,
                       copy_seconds, stats)
