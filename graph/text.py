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
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )
    text = text.lower().replace("-", " ").replace("'", " ")
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


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
