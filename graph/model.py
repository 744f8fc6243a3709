"""Typed records that flow through the pipeline.

Every record is a frozen dataclass and carries its provenance: an article id
and character offsets into the article text *as decoded from UTF-8*, so that
``article.text[start:end]`` is always the quoted text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC", "CONCEPT")
MODALITIES = ("asserted", "reported", "alleged", "denied", "hypothetical")


class TemoinError(Exception):
    """Base class of every error Témoin reports to its user."""


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled region of an article that is not article prose."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """One input file. ``text`` is the whole file as decoded for a ``.txt`` file, nothing
    stripped; for a web page or Markdown, the plain text extracted from it (``path`` still
    names the source file). Every offset is into ``text``.

    ``body`` lists the (start, end) line spans that are article prose;
    ``boilerplate`` the spans recognised as not part of the article. ``date`` is ISO 8601
    (``--MM-DD`` when the text gives no year) or ""; ``source`` the site or agency, or "";
    ``author`` the byline a page or front matter gives, or "".
    ``note`` says how the file was read when it was not plain UTF-8 text.
    """

    id: str
    path: str
    title: str
    text: str
    sha256: str
    body: tuple[tuple[int, int], ...] = ()
    boilerplate: tuple[Span, ...] = ()
    date: str = ""
    source: str = ""
    note: str = ""
    author: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing. ``parts`` are bodies of it the text names together with it
    ("Conseil de sécurité de l'ONU" for the ONU): shown on the node, not separate nodes."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence supporting a relation.

    ``highlights`` are (start, end) article offsets of the words to mark in
    the quote: the subject, the predicate and the object as the text has them.
    ``verb`` is the predicate as written in this sentence (its lemma phrase).
    """

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    modality: str = "asserted"
    attributed_to: str | None = None
    highlights: tuple[tuple[int, int], ...] = ()
    verb: str = ""


@dataclass(frozen=True, slots=True)
class Triple:
    subject_id: str
    relation: str
    object_id: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
