"""The extraction cache: what the rules found in each article, kept in the cache folder so
that a rebuild parses and extracts only new or changed articles.

An entry is one article's sentences, raw mentions, raw triples and skipped paragraphs
(:func:`graph.pipeline.extract_article`), as JSON (``DIR/ab/abcd….json``), named by the
SHA-256 of the article's text, body spans and title, the model (:func:`graph.nlp.model_tag`)
and :func:`extractor_tag`: the hash of this package's source and tables, so that any change
to the rules makes older entries unused. Article ids and paths are not kept: a file renamed
or copied under another name reads the same entry. Corpus-wide steps (entity resolution,
coreference, the graph) always run on the whole corpus.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from graph.entities import RawMention
from graph.model import Article, Sentence
from graph.relations import RawTriple

#: Bump to drop every cached extraction whatever the source hash says.
EXTRACTOR_VERSION = 1
#: The fields of a mention kept in an entry, besides its article (rebound) and antecedent.
_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(RawMention)
                        if f.name not in {"article_id", "antecedent"})
_TRIPLE_FIELDS = ("subject", "relation", "object", "sentence", "modality", "source",
                  "highlights", "verb")
_SIMPLE = (str, int, float, bool, type(None))


@functools.cache
def _source_hash() -> str:
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".tsv"} and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def extractor_tag() -> str:
    """What, besides the parse, an article's extraction depends on: the code and tables of
    this package (any edit of a rule changes it) and :data:`EXTRACTOR_VERSION`."""
    return f"extractor {EXTRACTOR_VERSION} {_source_hash()}"


def article_key(article: Article, model: str) -> str:
    """The cache key of *article*'s extraction with the model tagged *model*."""
    data = json.dumps([model, extractor_tag(), article.title, article.body, article.text])
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def to_record(result) -> dict | None:
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
    while k < len(pool):  # antecedents, and theirs
        ref(pool[k].antecedent)
        k += 1
    rows = [[getattr(m, f) for f in _MENTION_FIELDS] + [ref(m.antecedent)] for m in pool]
    if not all(isinstance(v, _SIMPLE) for row in rows for v in row) or not all(
            isinstance(v, _SIMPLE) for t in found for v in (t[1], t[3], t[4], t[7])):
        return None
    return {"fields": list(_MENTION_FIELDS), "sentences": [[s.start, s.end] for s in sents],
            "pool": rows, "mentions": listed, "triples": found,
            "problems": [reason for _, reason in problems]}


def from_record(record: dict, article: Article):
    """The extraction result of *record* for *article* (its id and path)."""
    if record["fields"] != list(_MENTION_FIELDS):
        raise ValueError("mention fields differ")
    pool = [RawMention(article.id, **dict(zip(_MENTION_FIELDS, row[:-1], strict=True)))
            for row in record["pool"]]
    for m, row in zip(pool, record["pool"], strict=True):
        m.antecedent = None if row[-1] is None else pool[row[-1]]
    sents = [Sentence(article.id, i, start, end)
             for i, (start, end) in enumerate(record["sentences"])]
    mentions = [pool[i] for i in record["mentions"]]
    triples = [RawTriple(pool[s], relation, pool[o], sentence, modality,
                         None if source is None else pool[source],
                         [tuple(h) for h in highlights], verb)
               for s, relation, o, sentence, modality, source, highlights, verb
               in record["triples"]]
    problems = [(article.path, reason) for reason in record["problems"]]
    return sents, mentions, triples, problems


def _text_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


class ExtractionCache:
    """Extraction results on disk, one JSON file per article: ``DIR/ab/abcd….json``.

    Reading never fails: an entry that is missing, unreadable or damaged is a miss (counted
    in :attr:`bad` unless missing). Writing is atomic (a temporary file renamed over the
    entry); a failure to write is no error, the first is kept in :attr:`error`.
    """

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.bad = 0
        self.error = ""

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, article: Article):
        """The extraction result of *article* kept under *key*, or None."""
        try:
            data = self.path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            self.bad += 1
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

    def put(self, key: str, article: Article, result) -> None:
        """Keep *article*'s extraction *result* under *key*."""
        record = to_record(result)
        if record is None:
            return
        record["text"] = _text_hash(article)
        path = self.path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as f:
                f.write(json.dumps(record, separators=(",", ":")).encode("ascii"))
            os.replace(tmp, path)
        except OSError as exc:
            self.error = self.error or f"{path}: {exc.strerror or exc}"
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
