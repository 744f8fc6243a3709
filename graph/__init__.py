"""Témoin's text-to-graph pipeline: ingest → nlp → entities → relations → build → export.

This package never imports Flask.
"""

from graph.model import Article, Entity, Evidence, Mention, Sentence, TemoinError, Triple

__all__ = ["Article", "Entity", "Evidence", "Mention", "Sentence", "TemoinError", "Triple"]
