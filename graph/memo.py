"""Values of a token computed once per token of the doc being read (see `per_token`).

The rules ask the same questions of a token many times (its verb lemma, its preposition,
whether its clause is passive), and each question builds new spaCy ``Token`` objects for
its children: a `per_token` function answers each token once per doc. Its memo holds one
doc's answers at a time and is emptied when a token of another doc comes, or by
`forget_tokens` (called once an article is extracted), so it never grows with the corpus.
"""

from __future__ import annotations

import functools

#: the memos of `per_token` functions, emptied by `forget_tokens`
_MEMOS: list[dict] = []


def per_token(fn):
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


def per_doc(fn):
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
