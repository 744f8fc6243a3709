"""The read-article cache: what each article file reads to, kept in the cache folder so that
a rebuild neither decodes, extracts nor segments again a file whose bytes did not change.

An entry is one file's :class:`graph.model.Article` without its id and path (text, title,
body and boilerplate spans, date, source, author and the reading note), as JSON
(``DIR/ab/abcd….article``), named by the SHA-256 of the file's bytes, its kind (text,
Markdown, web page) and :func:`reader_tag`: the hash of the reading code (``graph.ingest``
and the modules it reads with) and the versions of the libraries it calls, so that any
change to how files are read makes older entries unused. A file renamed or copied under
another name reads the same entry; the id and path always come from the file's name.

Files that cannot be read (not a regular file, undecodable, empty, not French…) are not
kept: they are read again, and refused with the same message, at every build.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

import graph.ingest as ingest
from graph.model import Article, Span
from graph.nlp import EntryFolder

#: Bump to drop every cached read article whatever the source hash says.
READER_VERSION = 1
#: The modules whose code decides what a file reads to.
_READER_MODULES = ("ingest.py", "readers.py", "dates.py", "text.py", "model.py",
                   "read_cache.py")
#: The libraries they call, whose version is part of the tag.
_READER_LIBRARIES = ("trafilatura", "lxml", "lxml_html_clean", "markdown-it-py",
                     "charset-normalizer")


@functools.cache
def reader_tag() -> str:
    """What, besides its bytes and kind, a file's reading depends on: the source of the
    reading modules, the versions of the libraries they call and :data:`READER_VERSION`."""
    from importlib.metadata import PackageNotFoundError, version

    root = Path(__file__).parent
    digest = hashlib.sha256(f"reader {READER_VERSION}\0".encode())
    for name in _READER_MODULES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    for lib in _READER_LIBRARIES:
        try:
            digest.update(f"{lib} {version(lib)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{lib} -\0".encode())
    return digest.hexdigest()


def _record(article: Article) -> dict:
    return {"raw": article.sha256, "text": article.text, "title": article.title,
            "body": [list(b) for b in article.body],
            "boilerplate": [[b.start, b.end, b.kind] for b in article.boilerplate],
            "date": article.date, "source": article.source, "note": article.note,
            "author": article.author}


def _spans(rows, size: int, labelled: bool) -> list[tuple]:
    """*rows* checked to be spans of a text of *size* characters (with a kind if
    *labelled*); ValueError if one is not."""
    out = []
    for row in rows:
        *ends, kind = row if labelled else (*row, "")
        if len(ends) != 2 or not all(type(v) is int for v in ends) \
                or not 0 <= ends[0] <= ends[1] <= size or not isinstance(kind, str):
            raise ValueError(f"not a span: {row!r}")
        out.append((*ends, kind) if labelled else tuple(ends))
    return out


class ArticleCache(EntryFolder):
    """Read articles on disk, one JSON file per distinct file content:
    ``DIR/ab/abcd….article``.

    Reading never fails: an entry that is missing, unreadable or damaged is a miss (counted
    in :attr:`bad` unless missing), and the file is read again and its entry rewritten.
    Writing is atomic (a temporary file renamed over the entry); a failure to write is no
    error, the first is kept in :attr:`error`.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "note.txt").write_text("Le conseil municipal a voté le budget.\\n")
    39
    >>> cache = ArticleCache(folder / "cache")
    >>> first = cache.read_article(folder / "note.txt")  # read, and kept
    >>> cache.read_article(folder / "note.txt") == first, cache.hits
    (True, 1)
    """

    suffix = ".article"

    def __init__(self, folder: str | os.PathLike) -> None:
        super().__init__(folder)
        self.hits = 0  #: articles read from the cache

    def read_article(self, path: str | os.PathLike) -> Article:
        """:func:`graph.ingest.read_article` of *path*, from the cache when a file of the
        same bytes and kind was read before.

        Raises
        ------
        TemoinError
            As :func:`graph.ingest.read_article` does, with the same messages.
        """
        path = Path(path)
        kind = ingest.ARTICLE_KINDS.get(path.suffix.lower())
        if kind is None:
            return ingest.read_article(path)  # refused, with its message
        raw = ingest._read_regular(path)
        digest = hashlib.sha256(raw).hexdigest()
        key = hashlib.sha256(f"{reader_tag()}\0{kind}\0{digest}".encode()).hexdigest()
        found = self._get(key, digest, path)
        if found is not None:
            self.hits += 1
            return found
        article = ingest.read_article(path)
        if article.sha256 == digest:  # not changed between the two reads
            self.write(key, json.dumps(_record(article)).encode("ascii"))
        return article

    def _get(self, key: str, digest: str, path: Path) -> Article | None:
        data = self.read(key)
        if data is None:
            return None
        try:
            r = json.loads(data)
            if r["raw"] != digest:
                raise ValueError("another file's entry")
            text = r["text"]
            fields = [r[k] for k in ("title", "date", "source", "note", "author")]
            if not isinstance(text, str) or not all(isinstance(v, str) for v in fields):
                raise ValueError("not text")
            title, date, source, note, author = fields
            return Article(
                id=path.stem, path=str(path), title=title, text=text, sha256=digest,
                body=tuple(_spans(r["body"], len(text), False)),
                boilerplate=tuple(Span(*s) for s in _spans(r["boilerplate"], len(text), True)),
                date=date, source=source, note=note, author=author)
        except Exception:  # whatever a damaged or foreign file makes the reader raise
            self.bad += 1
            return None
