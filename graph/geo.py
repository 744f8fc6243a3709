"""General geographic and organisation knowledge: states and intergovernmental organisations.

The knowledge lives in two tables shipped with the package, each naming its sources in its
header comment:

- ``graph/data/states.tsv`` — every United Nations member state plus observer states and
  states or territories commonly named as such (Palestine, Vatican, Kosovo, Taïwan,
  Hong Kong): usual French name, gender and number, official and variant names, capitals
  and demonyms (nationality adjectives);
- ``graph/data/organisations.tsv`` — major intergovernmental organisations and their main
  bodies, with their parent organisation.

Both are read once, lazily. Every lookup compares `graph.text.fold` forms, so accents, case,
hyphens and apostrophes do not matter ("Etats-Unis" is "États-Unis"). Two rules keep
false positives down:

- a name written in the tables all in capitals (an acronym such as "EAU", "US", "PAM") only
  matches a text written in capitals, so the words "eau" or "Pam" are not states or
  organisations; lower-case press spellings ("Unesco", "Cédéao") are listed where they exist;
- a form that the tables give to several states is *ambiguous* and maps to none:
  "Congo" and "congolais" (the two Congos), "Corée" and "coréen" (the two Koreas).
  `ambiguous_forms` lists them; `is_demonym` still recognises ambiguous demonyms.

Demonyms are stored in the masculine singular; the other forms follow the regular French
rules of `demonym_forms`, unless the table gives the irregular forms of a row explicitly
("grec" → "grecque").

Examples
--------
>>> state_by_name("les Etats-Unis").iso2
'US'
>>> state_by_capital("Pékin").name
'Chine'
>>> state_by_demonym("sud-africaines").name
'Afrique du Sud'
>>> state_by_demonym("congolais") is None
True
>>> organisation_by_name("l’OMS").acronym
'OMS'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from graph.text import fold

__all__ = [
    "Organisation",
    "State",
    "all_organisations",
    "all_states",
    "ambiguous_forms",
    "demonym_forms",
    "is_demonym",
    "organisation_by_acronym",
    "organisation_by_name",
    "state_by_capital",
    "state_by_demonym",
    "state_by_iso",
    "state_by_name",
]

GENDER_NUMBERS = frozenset({"m", "f", "mp", "fp"})
# A leading French definite article: "la France", "les Pays-Bas", "l'ONU", "l’OMS".
_ARTICLE = re.compile(r"^\s*(?:l\s*['’ʼ`]\s*|les\s+|le\s+|la\s+)", re.IGNORECASE)

Kind = Literal["name", "capital", "demonym", "organisation"]


@dataclass(frozen=True)
class State:
    """A state of ``states.tsv``.

    Attributes
    ----------
    iso2 : str
        ISO 3166-1 alpha-2 code (``XK`` for Kosovo).
    name : str
        Usual French short name ("Afrique du Sud").
    gender_number : str
        Grammatical gender and number of the name: ``m``, ``f``, ``mp`` or ``fp``.
    other_names : tuple of str
        Official long forms, acronyms and variants.
    capitals : tuple of str
        Capital(s) with spelling variants, and the seat of government where it differs.
    demonyms : tuple of str
        Every inflected form of every demonym, the masculine singular forms first.
    """

    iso2: str
    name: str
    gender_number: str
    other_names: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    """An intergovernmental organisation or body of ``organisations.tsv``.

    Attributes
    ----------
    acronym : str
        French acronym, or the usual short name when there is none; unique.
    name : str
        Full French name.
    other_names : tuple of str
        English acronyms, short forms and press spellings.
    parent : str or None
        Acronym of the organisation this one is a body or agency of.
    """

    acronym: str
    name: str
    other_names: tuple[str, ...]
    parent: str | None


def demonym_forms(demonym: str) -> tuple[str, ...]:
    """The four forms of a regular demonym: masculine and feminine, singular and plural.

    Rules: ``-e`` takes ``-s`` (belge, belges); ``-en`` and ``-on`` double the ``n``
    (ukrainienne, nipponne); ``-al`` gives ``-ale``, ``-aux``, ``-ales``; a final ``-s``,
    ``-x`` or ``-z`` stays in the masculine plural (français, françaises); any other
    ending takes ``-e``, ``-s``, ``-es`` (américaine, américains, américaines).
    Duplicates are dropped, order kept.

    Parameters
    ----------
    demonym : str
        The masculine singular form.

    Returns
    -------
    tuple of str
        Masculine singular, feminine singular, masculine plural, feminine plural.

    Examples
    --------
    >>> demonym_forms("sud-africain")
    ('sud-africain', 'sud-africaine', 'sud-africains', 'sud-africaines')
    >>> demonym_forms("belge")
    ('belge', 'belges')
    >>> demonym_forms("chinois")
    ('chinois', 'chinoise', 'chinoises')
    """
    b = demonym
    if b.endswith("e"):
        forms = (b, b, b + "s", b + "s")
    elif b.endswith(("en", "on")):
        forms = (b, b + "ne", b + "s", b + "nes")
    elif b.endswith("al"):
        forms = (b, b + "e", b[:-1] + "ux", b + "es")
    elif b.endswith(("s", "x", "z")):
        forms = (b, b + "e", b, b + "es")
    else:
        forms = (b, b + "e", b + "s", b + "es")
    return tuple(dict.fromkeys(forms))


def _rows(filename: str) -> Iterator[dict[str, str]]:
    """The rows of a data table: ``#`` comment lines, then a header line, then data."""
    text = resources.files("graph").joinpath("data", filename).read_text(encoding="utf-8")
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ValueError(f"{filename}: {len(cells)} cells, expected {len(header)}: {line!r}")
        yield dict(zip(header, (c.strip() for c in cells), strict=True))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in cell.split("|") if p.strip()))


@cache
def all_states() -> tuple[State, ...]:
    """Every state of the table, in table order.

    Examples
    --------
    >>> len(all_states()) >= 195
    True
    """
    states = []
    for row in _rows("states.tsv"):
        bases = _split(row["demonym"])
        irregular = _split(row["demonym_irregular"])
        if irregular:
            forms = bases + irregular
        else:
            forms = bases + tuple(f for b in bases for f in demonym_forms(b))
        gn = row["gender_number"]
        if gn not in GENDER_NUMBERS:
            raise ValueError(f"states.tsv: bad gender_number {gn!r} for {row['iso2']}")
        states.append(
            State(
                iso2=row["iso2"],
                name=row["name"],
                gender_number=gn,
                other_names=_split(row["other_names"]),
                capitals=_split(row["capitals"]),
                demonyms=tuple(dict.fromkeys(forms)),
            )
        )
    return tuple(states)


@cache
def all_organisations() -> tuple[Organisation, ...]:
    """Every organisation of the table, in table order.

    Examples
    --------
    >>> any(o.acronym == "ONU" for o in all_organisations())
    True
    """
    return tuple(
        Organisation(
            acronym=row["acronym"],
            name=row["name"],
            other_names=_split(row["other_names"]),
            parent=row["parent"] or None,
        )
        for row in _rows("organisations.tsv")
    )


# the articles and prepositions a long name may be written with or without
# (« Bureau de la coordination des affaires … » / « Bureau de coordination des affaires … »)
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})


def _loose(key: str) -> str:
    """A folded form without its particles, when three words or more remain, else ""."""
    words = [w for w in key.split() if w not in _PARTICLES]
    return " ".join(words) if len(words) >= 3 else ""


class _Index:
    """Folded form → the ids it names; all-capital acronyms kept apart; long forms also
    by their words without particles."""

    def __init__(self) -> None:
        self.plain: dict[str, list[str]] = {}
        self.acronyms: dict[str, list[str]] = {}
        self.loose: dict[str, list[str]] = {}

    def add(self, form: str, ident: str, *, acronyms: bool = True) -> None:
        key = fold(form)
        if not key:
            return
        table = self.acronyms if acronyms and form.isupper() else self.plain
        ids = table.setdefault(key, [])
        if ident not in ids:
            ids.append(ident)
        if table is self.plain and _loose(key):
            ids = self.loose.setdefault(_loose(key), [])
            if ident not in ids:
                ids.append(ident)

    def ids(self, text: str) -> list[str]:
        key = fold(text)
        found = list(self.plain.get(key, ()))
        if not found and _loose(key):
            found = list(self.loose.get(_loose(key), ()))
        if text.isupper():
            found += [i for i in self.acronyms.get(key, ()) if i not in found]
        return found

    def ambiguous(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, set[str]] = {}
        for table in (self.plain, self.acronyms):
            for key, ids in table.items():
                out.setdefault(key, set()).update(ids)
        return {k: tuple(sorted(v)) for k, v in sorted(out.items()) if len(v) > 1}


def _index(pairs: Iterable[tuple[str, str]], *, acronyms: bool = True) -> _Index:
    index = _Index()
    for form, ident in pairs:
        index.add(form, ident, acronyms=acronyms)
    return index


@cache
def _states_by_iso() -> dict[str, State]:
    return {s.iso2: s for s in all_states()}


@cache
def _organisations_by_acronym() -> dict[str, Organisation]:
    return {o.acronym: o for o in all_organisations()}


@cache
def _indexes() -> dict[str, _Index]:
    states = all_states()
    return {
        "name": _index((n, s.iso2) for s in states for n in (s.name, *s.other_names)),
        "capital": _index((c, s.iso2) for s in states for c in s.capitals),
        "demonym": _index(((d, s.iso2) for s in states for d in s.demonyms), acronyms=False),
        "organisation": _index(
            (n, o.acronym) for o in all_organisations() for n in (o.acronym, o.name, *o.other_names)
        ),
    }


def _find(kind: Kind, text: str, *, strip_article: bool = True) -> str | None:
    """The one id *text* names in index *kind*; None if none or several."""
    key = (kind, text, strip_article)
    found = _FOUND.get(key, _FOUND)
    if found is _FOUND:
        found = _lookup(kind, text, strip_article)
        if len(_FOUND) < _FOUND_SIZE:
            _FOUND[key] = found
    return found


# The rules look the same names up again and again (every name of a paragraph, widened by
# a word or two): the answers are kept, up to a bound, for the life of the process.
_FOUND: dict[tuple[str, str, bool], str | None] = {}
_FOUND_SIZE = 200_000


def _lookup(kind: Kind, text: str, strip_article: bool) -> str | None:
    index = _indexes()[kind]
    candidates = [text]
    stripped = _ARTICLE.sub("", text, count=1) if strip_article else text
    if stripped != text:
        candidates.append(stripped)
    for candidate in candidates:
        ids = index.ids(candidate.strip())
        if ids:
            return ids[0] if len(ids) == 1 else None
    return None


def state_by_iso(iso2: str) -> State | None:
    """The state with ISO 3166-1 alpha-2 code *iso2* (``XK`` for Kosovo), or None.

    Examples
    --------
    >>> state_by_iso("fr").name
    'France'
    """
    return _states_by_iso().get(iso2.strip().upper())


def state_by_name(text: str) -> State | None:
    """The state named *text*: usual name, official long form, acronym or variant.

    A leading definite article is ignored ("la France", "les Pays-Bas", "l'Iran").
    Ambiguous names ("Congo", "Corée") give None.

    Parameters
    ----------
    text : str
        A name as written.

    Returns
    -------
    State or None

    Examples
    --------
    >>> state_by_name("la République fédérative du Brésil").name
    'Brésil'
    >>> state_by_name("UK").name
    'Royaume-Uni'
    >>> state_by_name("eau") is None  # "EAU" only in capitals
    True
    """
    iso = _find("name", text)
    return None if iso is None else _states_by_iso()[iso]


def state_by_capital(text: str) -> State | None:
    """The state whose capital (or seat of government) is *text*, or None.

    Examples
    --------
    >>> state_by_capital("Ottawa").name
    'Canada'
    >>> state_by_capital("La Havane").name
    'Cuba'
    """
    iso = _find("capital", text)
    return None if iso is None else _states_by_iso()[iso]


def state_by_demonym(word: str) -> State | None:
    """The state of a demonym in any inflection ("brésiliens", "sud-africaine", "Chinois").

    Ambiguous demonyms ("congolais", "coréen", see `ambiguous_forms`) give None.

    Examples
    --------
    >>> state_by_demonym("Sud-Africaines").name
    'Afrique du Sud'
    >>> state_by_demonym("grecque").name
    'Grèce'
    >>> state_by_demonym("coréen") is None
    True
    """
    iso = _find("demonym", word, strip_article=False)
    return None if iso is None else _states_by_iso()[iso]


def is_demonym(word: str) -> bool:
    """Whether *word* is a demonym form of some state, ambiguous ones included.

    Examples
    --------
    >>> is_demonym("péruviens"), is_demonym("coréenne"), is_demonym("maison")
    (True, True, False)
    """
    return bool(_indexes()["demonym"].ids(word.strip()))


def organisation_by_acronym(acronym: str) -> Organisation | None:
    """The organisation whose table key is exactly *acronym* ("ONU"), or None.

    Examples
    --------
    >>> organisation_by_acronym("OMS").name
    'Organisation mondiale de la santé'
    """
    return _organisations_by_acronym().get(acronym)


def organisation_by_name(text: str) -> Organisation | None:
    """The organisation named *text*: acronym, full name or other name.

    A leading definite article is ignored ("l'ONU", "l’OMS", "la Banque mondiale").

    Examples
    --------
    >>> organisation_by_name("l'ONU").acronym
    'ONU'
    >>> organisation_by_name("Conseil de sécurité des Nations unies").parent
    'ONU'
    >>> organisation_by_name("WHO").acronym
    'OMS'
    """
    acronym = _find("organisation", text)
    return None if acronym is None else _organisations_by_acronym()[acronym]


def ambiguous_forms(kind: Kind) -> dict[str, tuple[str, ...]]:
    """Folded forms that name several states (or organisations) and so map to none.

    Parameters
    ----------
    kind : {"name", "capital", "demonym", "organisation"}
        Which lookup.

    Returns
    -------
    dict
        Folded form → sorted ISO codes (or acronyms) it could stand for.

    Examples
    --------
    >>> ambiguous_forms("demonym")["congolais"]
    ('CD', 'CG')
    >>> ambiguous_forms("name")["coree"]
    ('KP', 'KR')
    """
    return _indexes()[kind].ambiguous()
