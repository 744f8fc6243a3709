"""Values of a token computed once per token of the doc being read (see `per_token`).

The rules ask the same questions of a token many times (its verb lemma, its preposition,
whether its clause is passive), and each question builds new spaCy ``Token`` objects for
its children: a `per_token` function answers each token once per doc. Its memo holds one
doc's answers at a time and is emptied when a token of another doc comes, or by
`forget_tokens` (called once an article is extracted), so it never grows with the corpus.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: the memos of `per_token` functions, emptied by `forget_tokens`
_MEMOS: list[dict] = []


def per_token(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """*fn(tok)* computed once per token of the doc being read, then looked up.

    The memo holds the values of one doc's tokens at a time, keyed by token index: it is
    emptied when a token of another doc comes (and by `forget_tokens`), so it never grows
    with the corpus. For functions of the token and its parse alone, whose value is not
    changed by their callers (a string, a boolean).
    """
    memo: dict = {}
    memo[None] = None  # the doc whose tokens' values are kept (held: its identity is sure)
    _MEMOS.append(memo)

    @functools.wraps(fn)
    def cached(tok):
        doc = tok.doc
        if memo[None] is not doc:
            memo.clear()
            memo[None] = doc
        i = tok.i
        if i in memo:
            return memo[i]
        value = memo[i] = fn(tok)
        return value

    return cached


def per_doc(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """*fn(doc)* computed once for the doc being read, then looked up (emptied as
    `per_token`'s memos are). For values not changed by their callers."""
    memo: dict = {None: None}
    _MEMOS.append(memo)

    @functools.wraps(fn)
    def cached(doc):
        if memo[None] is not doc:
            value = fn(doc)
            memo.clear()
            memo[None], memo[0] = doc, value
        return memo[0]

    return cached


def forget_tokens() -> None:
    """Empty every `per_token` memo (and let go of the doc it was for)."""
    for memo in _MEMOS:
        memo.clear()
        memo[None] = None


class _Once:
    """A token attribute read from spaCy once, then kept in the token's ``__dict__`` (a
    non-data descriptor: the kept value shadows it)."""

    __slots__ = ("name", "read")

    def __init__(self, name: str, read) -> None:
        self.name, self.read = name, read

    def __get__(self, tok, owner=None):
        if tok is None:
            return self
        value = tok.__dict__[self.name] = self.read(tok)
        return value


#: (morphological analysis, field) → its values: as many as the model has analyses
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


class KeptMorph:
    """A token's morphology whose ``get(field)`` reads spaCy once per analysis and field
    (the same lists as `spacy.tokens.MorphAnalysis.get`, a new one each call); anything
    else is the analysis's own."""

    __slots__ = ("morph", "key")

    def __init__(self, morph) -> None:
        self.morph, self.key = morph, morph.key

    def get(self, field: str, default: Any = None) -> Any:
        values = _MORPH_VALUES.get((self.key, field))
        if values is None:
            values = _MORPH_VALUES[self.key, field] = tuple(self.morph.get(field))
        if not values:
            return [] if default is None else default
        return list(values)

    def __getattr__(self, name):
        if name in KeptMorph.__slots__:
            raise AttributeError(name)  # (not set yet)
        return getattr(self.morph, name)

    def __str__(self) -> str:
        return str(self.morph)

    def __repr__(self) -> str:
        return repr(self.morph)

    def __contains__(self, feature) -> bool:
        return feature in self.morph

    def __iter__(self):
        return iter(self.morph)

    def __len__(self) -> int:
        return len(self.morph)

    def __eq__(self, other) -> bool:
        return self.morph == (other.morph if isinstance(other, KeptMorph) else other)

    def __hash__(self) -> int:
        return hash(self.morph)


#: the string and flag attributes a kept token reads once
_KEPT = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "ent_iob_",
         "whitespace_", "is_punct", "is_lower", "is_title", "is_alpha", "is_quote", "like_num")


@functools.cache
def _kept_token_class():
    """`spacy.tokens.Token` with its attributes read once (made when first needed: spaCy is
    imported only to parse)."""
    from spacy.tokens import Token

    def plain(name: str) -> _Once:
        return _Once(name, getattr(Token, name).__get__)

    def kept(read):
        """The kept token(s) of the token(s) *read* gives (spaCy's own once the kept doc
        is gone)."""
        def read_kept(tok):
            found, doc = read(tok), tok.kept()
            if doc is None:
                return found
            return doc.tokens[found.i] if isinstance(found, Token) else tuple(
                doc.tokens[t.i] for t in found)
        return read_kept

    morph = Token.morph.__get__
    namespace = {name: plain(name) for name in _KEPT}
    namespace.update(
        __doc__="A spaCy token of a `KeptDoc`: the same values, each read from spaCy once; "
                "its head, children and edges are the kept doc's tokens.",
        head=_Once("head", kept(Token.head.__get__)),
        children=_Once("children", kept(Token.children.__get__)),
        left_edge=_Once("left_edge", kept(Token.left_edge.__get__)),
        right_edge=_Once("right_edge", kept(Token.right_edge.__get__)),
        morph=_Once("morph", lambda t: KeptMorph(morph(t))),
        kept=staticmethod(lambda: None),  # (its kept doc, weakly; None: gone)
    )
    return type("KeptToken", (Token,), namespace)


class KeptDoc:
    """A parsed doc whose tokens are made once and keep what the rules read of them.

    ``kept[i]``, iteration, ``len`` and ``reversed`` give the same tokens each time (spaCy
    tokens, equal to the doc's own, whose string attributes, morphology, head, children and
    edges are read from spaCy once); a slice is a `KeptSpan` (the doc's own
    `spacy.tokens.Span`, whose tokens are the kept ones), and any other attribute the
    doc's. For the rules, which ask the same things of the same tokens many times: a
    `spacy.tokens.Doc` makes a new token, and new strings, at each access.
    """

    __slots__ = ("doc", "tokens", "_text", "__weakref__")

    def __init__(self, doc) -> None:
        cls = _kept_token_class()
        vocab = doc.vocab
        self.doc = doc
        self._text = None
        self.tokens = [cls(vocab, doc, i) for i in range(len(doc))]
        me = weakref.ref(self)  # (no cycle: the tokens go with the kept doc)
        for tok in self.tokens:
            tok.kept = me

    def __del__(self) -> None:
        # what the tokens kept points to other tokens (a head, its children): let go of it,
        # so that the tokens go now rather than at the next full garbage collection
        for tok in getattr(self, "tokens", ()):
            tok.__dict__.clear()

    @property
    def text(self) -> str:
        """The doc's text, joined from its tokens once (spaCy joins it at each call)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def __getitem__(self, i):
        if isinstance(i, slice):
            return KeptSpan(self, self.doc[i])
        try:
            return self.tokens[i]
        except (IndexError, TypeError):
            return self.doc[i]  # spaCy's own error

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __reversed__(self):
        return reversed(self.tokens)

    def __getattr__(self, name):
        if name in KeptDoc.__slots__:
            raise AttributeError(name)  # (not set yet)
        return getattr(self.doc, name)


class KeptSpan:
    """A slice of a `KeptDoc`: spaCy's own `spacy.tokens.Span` of it, whose tokens, by
    index, iteration or ``reversed``, are the kept doc's; any other attribute (``text``,
    ``start``, ``root`` …) the span's.

    A rule that looks along a sentence (« for tok in doc[lo:hi] ») reads kept tokens, not
    new spaCy tokens that ask spaCy everything again.
    """

    __slots__ = ("kept", "span")

    def __init__(self, kept: KeptDoc, span) -> None:
        self.kept = kept
        self.span = span

    def _tokens(self) -> list:
        return self.kept.tokens[self.span.start:self.span.end]

    def __iter__(self):
        return iter(self._tokens())

    def __reversed__(self):
        return reversed(self._tokens())

    def __len__(self) -> int:
        return len(self.span)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return KeptSpan(self.kept, self.span[i])
        token = self.span[i]  # (spaCy's own error out of range)
        return self.kept.tokens[token.i]

    def __getattr__(self, name):
        if name in KeptSpan.__slots__:
            raise AttributeError(name)
        return getattr(self.span, name)
