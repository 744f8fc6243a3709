"""Small text helpers shared by every stage: folding and slugs."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})


def fold(text: str) -> str:
    """Fold *text* for matching: no accents, lower case, hyphens and apostrophes as spaces.

    Examples
    --------
    >>> fold("États-Unis")
    'etats unis'
    >>> fold("Jean-Luc Mélenchon") == fold("Jean Luc Melenchon")
    True
    """
    folded = _FOLDED.get(text)
    if folded is not None:
        return folded
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    folded = "".join(
        c for c in unicodedata.normalize("NFD", folded) if unicodedata.category(c) != "Mn"
    )
    folded = folded.lower().replace("-", " ").replace("'", " ")
    folded = " ".join("".join(c if c.isalnum() else " " for c in folded).split())
    if len(text) <= _FOLD_MEMO_CHARS:
        if len(_FOLDED) >= _FOLD_MEMO_SIZE:
            _FOLDED.clear()  # (the words met again and again are soon back)
        _FOLDED[text] = folded
    return folded


# The rules fold the same words and names again and again (every gazetteer lookup folds
# its key): short texts' folds are kept, 20,000 at most (some 200 bytes each, in
# every process that parses: the names of a large corpus are not all kept).
_FOLDED: dict[str, str] = {}
_FOLD_MEMO_CHARS = 200
_FOLD_MEMO_SIZE = 20_000


def slug(text: str) -> str:
    """A stable, URL-safe id made from *text*.

    Examples
    --------
    >>> slug("Côte d'Ivoire")
    'cote-d-ivoire'
    >>> slug("L'ONU")
    'l-onu'
    """
    return re.sub(r"\s+", "-", fold(text)) or "x"
