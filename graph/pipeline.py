"""From files to a graph: ingest → nlp → entities → relations → build."""

from __future__ import annotations

import bisect
import errno
import os
import stat
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graph.build import build_graph
from graph.entities import (
    RawMention,
    known_surnames,
    name_mentions,
    resolve,
    surname_mentions,
)
from graph.ingest import read_article, split_sentences
from graph.model import Article, Entity, Evidence, Mention, Sentence, TemoinError, Triple
from graph.nlp import parse_articles
from graph.patterns import ACTOR_ONLY_CLASSES, KIND_FAMILIES
from graph.relations import RawTriple, SentenceExtractor, relation_class

ARTICLE_SUFFIXES = (".txt",)


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    articles: list[Article] = field(default_factory=list)
    sentences: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def collect_paths(
    inputs: list[str], follow_links: bool = False
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Article files named by *inputs* (files, or folders searched for ``.txt`` files).

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
                errors.append((item, "folder holds no .txt article"))
            for q in found:
                why = _entry_problem(q, p, follow_links)
                if why == "a folder":
                    why = "a folder, not an article file"
                if why is None:
                    paths.append(q)
                else:
                    errors.append((str(q), why))
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


def read_articles(paths, errors: list[tuple[str, str]]) -> list[Article]:
    """Read every path; unreadable ones go to *errors* with their reason."""
    articles, ids = [], set()
    for p in paths:
        try:
            a = read_article(p)
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
    return articles


def _skipped(article: Article, offset: int, exc: Exception) -> tuple[str, str]:
    return (article.path, f"paragraph at character {offset} skipped: internal error "
                          f"{type(exc).__name__}: {exc}")


def extract(articles: list[Article], progress: bool = False):
    """Sentences, resolved entities, mentions and triples of the articles, and the
    (path, reason) of paragraphs an internal error made the rules skip."""
    parsed = parse_articles(articles)
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


def _in_article_order(mentions: list[RawMention]) -> list[list[RawMention]]:
    """The mentions of each article, in text order."""
    by_article: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    return [sorted(ms, key=lambda m: m.start) for ms in by_article.values()]


def resolve_pronouns(mentions: list[RawMention], entities: dict[str, Entity],
                     entity_of: dict[int, str]) -> None:
    """Resolve third-person pronouns to a preceding entity of the same article.

    The antecedent agrees in gender and number, is a person, state or organisation,
    stands in the same or the previous sentence, and is preferably a subject; the most
    recent such mention wins. No clear antecedent leaves the pronoun unresolved.
    """
    for ms in _in_article_order(mentions):
        for i, p in enumerate(ms):
            if p.kind != "pronoun":
                continue
            cands = []
            for q in reversed(ms[:i]):
                if q.sentence < p.sentence - 1:
                    break
                eid = entity_of.get(id(q))
                if eid is None or q.kind == "pronoun" or entities[eid].type not in {
                        "PER", "LOC", "ORG"}:
                    continue
                if entities[eid].type == "LOC" and q.kind == "name":
                    continue  # a place (city, region) is not what "il"/"elle" acts as
                if q.quoted and not p.quoted:
                    continue  # "« Le Japon … », a-t-il déclaré": the quote is not the speaker
                if not _agrees(p, q, entities[eid]):
                    continue
                cands.append((q, eid))
            if not cands:
                continue
            def rank(c, cands=cands, latest=p.key == "latest"):
                q, eid = c
                if latest:  # "ce dernier": the last person named, whatever its role
                    return (entities[eid].type != "PER", cands.index(c))
                return (q.dep not in {"nsubj", "nsubj:pass"}, entities[eid].type != "PER",
                        cands.index(c))

            q, eid = min(cands, key=rank)
            entity_of[id(p)] = eid


def resolve_descriptions(mentions: list[RawMention], entities: dict[str, Entity],
                         entity_of: dict[int, str]) -> dict[int, list[str]]:
    """Resolve definite descriptions to the entities named just before.

    "le pays" / "les deux pays" stand for the states mentioned earlier in the same
    sentence or in the previous one, and resolve only when those are exactly one / two.
    A bare kind noun ("l'entreprise", "le parti", "la ville") stands for the one
    organisation (or place) of a compatible kind named in the same or the two previous
    sentences; among several, for the one the article introduced with a noun of the same
    family ("la société X … l'entreprise"). Returns, per description mention (by ``id()``),
    its entity ids.
    """
    out: dict[int, list[str]] = {}
    for ms in _in_article_order(mentions):
        for i, d in enumerate(ms):
            if d.kind != "description":
                continue
            if d.key == "people:2":
                people = []
                for q in ms[:i]:
                    if q.sentence < d.sentence - 1:
                        continue
                    eid = entity_of.get(id(q))
                    found = out.get(id(q), []) if q.key == "people:2" else [eid] if eid and \
                        q.kind in {"name", "title"} and entities[eid].type == "PER" else []
                    people += [e for e in found if e not in people]  # (or "les deux …" again)
                if len(people) == 2:
                    out[id(d)] = people
                continue
            if d.key.startswith("kind:"):
                eid = _kind_antecedent(d, ms[:i], entities, entity_of)
                if eid is not None:
                    out[id(d)] = [eid]
                continue
            want = int(d.key.rsplit(":", 1)[-1])
            # the states of the two previous sentences: exactly as many as the description
            # says ("le pays" 1, "les deux pays" 2), or the reading is not clear
            reach = 2
            states: list[str] = []
            for q in ms[:i]:
                eid = entity_of.get(id(q))
                if q.sentence >= d.sentence - reach and q.kind in {"state", "group"} and eid \
                        and eid not in states:
                    states.append(eid)
            if len(states) == want:
                out[id(d)] = states
    return out


def _kind_antecedent(d: RawMention, before: list[RawMention], entities: dict[str, Entity],
                     entity_of: dict[int, str]) -> str | None:
    _, etype, noun = d.key.split(":", 2)
    named: list[str] = []  # names of the last sentences that "l'entreprise" may stand for
    introduced: list[str] = []  # names the article introduced with a noun of the family
    for q in before:
        eid = entity_of.get(id(q))
        if eid is None or q.kind != "name" \
                or q.kind_noun and _family(q.kind_noun) != _family(noun):
            continue  # "le syndicat X" is not what "la société" refers back to
        kind = entities[eid].type
        # for an organisation, a name the NER left untyped or a one-word "person" may be
        # the one meant: it makes the reading unclear
        fits = kind == etype or etype == "ORG" and (
            kind == "MISC" or kind == "PER" and " " not in entities[eid].label)
        if fits and q.sentence >= d.sentence - 2 and eid not in named:
            named.append(eid)
        if q.kind_noun and eid not in introduced:
            introduced.append(eid)
    chosen = named if len(named) == 1 else [e for e in (named or introduced) if e in introduced]
    if len(chosen) == 1 and entities[chosen[0]].type in {etype, "MISC"}:
        return chosen[0]
    return None


def _family(noun: str) -> str:
    return KIND_FAMILIES.get(noun, noun)


def _agrees(p: RawMention, q: RawMention, entity: Entity) -> bool:
    if p.number and q.number and p.number != q.number:
        return False
    if not p.gender:
        return True
    if entity.type == "PER":
        return q.gender in {"", p.gender} and (p.gender == "m" or q.gender == "f")
    return q.gender == p.gender


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
                label = relation_class(t.relation)
                if label.split()[0] in ACTOR_ONLY_CLASSES and (
                        t.object.kind == "concept" or t.object.type in {"MISC", "CONCEPT"}):
                    label = t.relation  # "recevoir des avions", "reçoit ses F-16": no welcome
                bucket = grouped[(s, label, o)]
                if all((e.article_id, e.sentence_index) != (ev.article_id, ev.sentence_index)
                       for e in bucket):
                    bucket.append(ev)
    return [Triple(s, r, o, tuple(evs)) for (s, r, o), evs in sorted(grouped.items())]


def build_corpus(paths, progress: bool = False) -> BuildResult:
    """Run the whole pipeline on article files.

    Parameters
    ----------
    paths : iterable of path-like
        Article files. Unreadable ones are reported in ``errors``; the others build.
    progress : bool
        Draw a progress bar on stderr when there are more than a few articles.
    """
    errors: list[tuple[str, str]] = []
    articles = read_articles(paths, errors)
    if not articles:
        return BuildResult(nx.MultiDiGraph(), [], 0, errors)
    sentences, entities, mentions, triples, problems = extract(
        articles, progress=progress and len(articles) > 3)
    errors += problems
    g = build_graph(articles, sentences, entities, mentions, triples)
    return BuildResult(g, articles, sum(len(s) for s in sentences.values()), errors)
