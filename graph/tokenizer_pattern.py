"""The French tokenizer's pattern of exceptions, compiled in a fifteenth of the time.

spaCy's French tokenizer keeps the hyphenated and elided words it must not split (« anti-…
», « après-… », « new-york… ») as one regular expression of 266 alternatives, saved with
the model. Each alternative repeats the class of every lower-case letter of Unicode, so the
pattern is 1.45 MB long and Python's `re` takes some 2.3 s to compile it: over half of
loading the model, paid again by every process that parses. The same alternatives grouped
by their common tail (`factor_tails`: 15 tails) make a 45 KB pattern that matches exactly
the same strings and compiles in 0.15 s. `seed_compiled` hands that compiled pattern to
`re`'s cache under the long pattern's key before the model is loaded, so that spaCy's own
``re.compile`` of the long pattern (when ``spacy.lang.fr`` is imported, and when the model's
tokenizer is read) finds it there. spaCy only asks whether the pattern matches a token
(``token_match(string)``), never where, so the tokens are the same.

Nothing here depends on the pattern's content: a pattern that does not have the expected
shape is left to `re` as it is.
"""

from __future__ import annotations

import re

#: a character class at least this long is a tail worth sharing.
LONG_CLASS = 200
#: the global flags a pattern may open with (``(?iu)``).
_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def scan(pattern: str) -> list[tuple[int, str, int]] | None:
    """The structure of *pattern*: ``(position, kind, depth)`` of every ``|`` (kind ``"|"``),
    group opening and closing (``"("``, ``")"``) and character class (``"["``, whose
    position is its start and whose depth is its length) outside character classes, in
    order; None when the pattern is not balanced or holds what grouping could change: a
    capturing or named group, a backreference, a conditional.

    Examples
    --------
    >>> scan(r"a(?:b|c)[x)]+|d")
    [(1, '(', 0), (5, '|', 1), (7, ')', 0), (8, '[', 4), (13, '|', 0)]
    >>> scan(r"(a)") is None, scan(r"a\\1") is None, scan("(?:a") is None
    (True, True, True)
    """
    out: list[tuple[int, str, int]] = []
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 < n and pattern[i + 1] in "123456789gk":
                return None  # a backreference
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":  # a first « ] » is literal
                j += 1
            while True:  # to the closing « ] », over the escapes inside (not one by one)
                close = pattern.find("]", j)
                escape = pattern.find("\\", j, close)
                if close < 0 or escape < 0:
                    break
                j = escape + 2
            if close < 0:
                return None
            j = close
            out.append((i, "[", j + 1 - i))
            i = j + 1
            continue
        if c == "(":
            if not pattern.startswith("(?:", i) and not pattern.startswith("(?=", i) \
                    and not pattern.startswith("(?!", i):
                return None  # capturing, named, conditional, flags, look-behind…
            out.append((i, "(", depth))
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
            out.append((i, ")", depth))
        elif c == "|":
            out.append((i, "|", depth))
        i += 1
    return out if depth == 0 else None


def _alternatives(body: str, marks: list[tuple[int, str, int]]):
    """*body*'s top-level alternatives (its `scan` is *marks*): ``(start, end, marks
    inside)`` of each, unwrapped from the ``(?:…)`` around it."""
    groups: list[list[tuple[int, str, int]]] = [[]]
    starts = [0]
    for mark in marks:
        if mark[1] == "|" and mark[2] == 0:
            groups.append([])
            starts.append(mark[0] + 1)
        else:
            groups[-1].append(mark)
    for start, end, inside in zip(starts, [s - 1 for s in starts[1:]] + [len(body)], groups,
                                  strict=True):
        if (inside and inside[0] == (start, "(", 0) and body.startswith("(?:", start)
                and inside[-1][:2] == (end - 1, ")")
                and not any(k == ")" and d == 0 for _, k, d in inside[1:-1])):
            start, end, inside = start + 3, end - 1, inside[1:-1]  # one group: unwrapped
        yield start, end, inside


def _tail_start(start: int, inside: list[tuple[int, str, int]]) -> int:
    """Where the alternative starting at *start* (the `scan` marks *inside* it) has its
    tail: its first long character class at its top level, or -1 (none, or a top-level
    ``|`` in it: cutting it would change what it matches)."""
    level, cut = 0, -1
    for i, kind, size in inside:
        if kind == "(":
            level += 1
        elif kind == ")":
            level -= 1
        elif kind == "|" and level == 0:
            return -1
        elif kind == "[" and level == 0 and size >= LONG_CLASS and i > start and cut < 0:
            cut = i
    return cut


def factor_tails(pattern: str) -> str | None:
    """A pattern that matches the same strings as *pattern* (an alternation, perhaps after
    global flags), its alternatives that end alike grouped: ``(?:a[x]+$)|(?:b[x]+$)``
    becomes ``(?:(?:a)|(?:b))(?:[x]+$)``, the long class written once. None when nothing
    can be shared (the pattern is best compiled as it is).

    Only whole items are moved: an alternative is cut before a long character class at its
    top level (no ``|`` there), and concatenation distributes over alternation, so each
    string matches the new pattern exactly when it matches the old. The order of the
    alternatives may change: which one matches first (and so the span matched, when
    alternatives overlap) is not kept; whether there is a match is.

    Examples
    --------
    >>> long = "[" + "a-z" * 70 + "]"
    >>> fast = factor_tails("(?iu)(?:^anti-" + long + "+$)|(?:^pro-" + long + "+$)|(?:^x)")
    >>> len(fast) < 300, fast.count(long)
    (True, 1)
    >>> [bool(re.match(fast, w)) for w in ("Anti-gel", "pro-", "xyz", "post-gel")]
    [True, False, True, False]
    """
    flags = _FLAGS.match(pattern)
    head = flags.group(0) if flags else ""
    body = pattern[len(head):]
    marks = scan(body)
    if marks is None:
        return None
    tails: dict[str, list[str]] = {}
    for start, end, inside in _alternatives(body, marks):
        cut = _tail_start(start, inside)
        prefix, tail = (body[start:cut], body[cut:end]) if cut > 0 else (body[start:end], "")
        tails.setdefault(tail, []).append(prefix)
    if not any(tail and len(prefixes) > 1 for tail, prefixes in tails.items()):
        return None  # no tail shared
    return head + "|".join(
        ("(?:" + "|".join(f"(?:{p})" for p in prefixes) + ")" + (f"(?:{tail})" if tail else ""))
        for tail, prefixes in tails.items())


def seed_compiled(pattern: str, compiled: re.Pattern | None = None) -> bool:
    """Put *compiled* (by default the compiled `factor_tails` of *pattern*) in `re`'s cache
    under *pattern*'s key, so that ``re.compile(pattern)`` returns it at once (its
    ``.pattern`` is the short one). Returns whether it was put there: False when the
    pattern has nothing to share or this Python's `re` keeps no such cache (its compile is
    then the usual one). `re` forgets its oldest entries as others are compiled: seed just
    before the compile it is for."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return False
    if compiled is None:
        fast = factor_tails(pattern)
        if fast is None:
            return False
        compiled = re.compile(fast)
    cache[(str, pattern, 0)] = compiled
    return True
