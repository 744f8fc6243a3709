"""Relations from the dependency parse: who does what to whom, with claim status.

Rules are written against the UD labels the French model emits (``nsubj``,
``nsubj:pass``, ``obj``, ``iobj``, ``obl:arg``, ``obl:agent``, ``appos``, ``acl:relcl``,
``conj``, ``xcomp``, ``ccomp``); the word classes they consult are tables in
`graph.patterns`. One module per construction family:

=================  ========================================================================
``tokens``         lemma, preposition, voice, negation and coordination helpers
``arguments``      what an argument token stands for (name, state, title, pronoun,
                   description, group, informative common-noun concept)
``clauses``        clause core and voice: subjects, direct objects, light verbs, locutions,
                   reciprocal verbs, participles, adjective and noun predicates
``obliques``       recipients, prepositional arguments, places of named things
``roles``          roles and appositions (« X, président de Y », « le ministre Y X »)
``nominal``        action nouns and converse support verbs
``claims``         claim status and sources (reported, alleged, denied, hypothetical)
``extractor``      `SentenceExtractor`, which runs them all, and `RawTriple`
=================  ========================================================================

Each rule yields `RawTriple` s whose arguments are `RawMention` s; `graph.pipeline` turns
them into entity-level triples once entities are resolved (pronouns and descriptions in
`graph.coreference`).
"""

from graph.relations.extractor import RawTriple, SentenceExtractor
from graph.relations.tokens import (
    case_of,
    class_label,
    conjuncts,
    is_passive,
    relation_class,
    relation_family,
    verb_lemma,
)

__all__ = ["RawTriple", "SentenceExtractor", "case_of", "class_label", "conjuncts", "is_passive",
           "relation_class", "relation_family", "verb_lemma"]
