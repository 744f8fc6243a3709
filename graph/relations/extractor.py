"""The extractor: every rule family run over one parsed body line, and the raw triples it
yields (arguments still mentions; `graph.pipeline` resolves them to entities)."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.entities import (
    RawMention,
    role_of,
)
from graph.memo import KeptDoc
from graph.patterns import (
    INTENTION_VERBS,
    MEANS_NOUNS,
    MEANS_PREPOSITIONS,
    NOMINALIZATIONS,
    VICTIM_WORDS,
)
from graph.relations.arguments import ArgumentRules
from graph.relations.claims import ClaimRules, _own_modality
from graph.relations.clauses import ClauseRules
from graph.relations.nominal import NominalRules
from graph.relations.obliques import ObliqueRules
from graph.relations.roles import RoleRules
from graph.relations.tokens import (
    _mistagged_verb,
    is_negated,
    verb_lemma,
)


@dataclass(eq=False, slots=True)
class RawTriple:
    subject: RawMention
    relation: str
    object: RawMention
    sentence: int
    modality: str = "asserted"
    source: RawMention | None = None
    highlights: list[tuple[int, int]] = field(default_factory=list)
    verb: str = ""


class SentenceExtractor(ArgumentRules, ClauseRules, ObliqueRules, RoleRules, NominalRules,
                        ClaimRules):
    """Runs every rule over one parsed body line.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed line.
    offset : int
        Article offset of the doc's first character.
    article_id : str
    names : dict
        Name mentions by token index (from `graph.entities.name_mentions`).
    sent_of : callable
        Token index → article-wide sentence index.
    """

    def __init__(self, doc, offset: int, article_id: str, names: dict, sent_of):
        # (its tokens made once, and what the rules read of them)
        self.doc = doc if isinstance(doc, KeptDoc) else KeptDoc(doc)
        self.offset = offset
        self.article_id = article_id
        self.names = dict(names)
        self.sent_of = sent_of
        self.made: dict[tuple[int, str], RawMention] = {}
        self.triples: list[RawTriple] = []

    # ---- the rules
    def run(self) -> list[RawTriple]:
        for tok in self.doc:
            if tok.pos_ == "VERB" and tok.lower_ in VICTIM_WORDS:
                self.victim_rule(tok)  # (« ont été victimes d'un … » read as a passive verb)
            elif tok.pos_ == "VERB" and tok.i not in self.names:  # ("Narendra" as a verb)
                self.verb_rule(tok)
                self.participle_rule(tok)
            elif tok.pos_ in {"NOUN", "ADJ"} and tok.i not in self.names and _mistagged_verb(tok):
                self.verb_rule(tok)
            elif tok.pos_ == "ADJ" and any(c.dep_ == "cop" for c in tok.children):
                head = tok.head
                if tok.dep_ == "amod" and head.i > tok.i and not role_of(head) and (
                        head.pos_ == "NOUN" or head.pos_ == "VERB"
                        and any(c.dep_ == "det" for c in [*head.children, *tok.children])):
                    self.noun_predicate_rule(head, tok)  # "est un proche allié de Y" with
                else:  # the copula hung on the adjective before the noun
                    self.adjective_rule(tok)
            elif tok.pos_ == "NOUN" and any(c.dep_ == "cop" for c in tok.children) \
                    and not role_of(tok):
                self.noun_predicate_rule(tok)
            if tok.pos_ in {"NOUN", "PROPN"} or tok.pos_ == "VERB" and tok.dep_ == "appos" \
                    or tok.i in self.names:  # (a quoted title's head may be any word)
                self.role_rule(tok)  # ("X, fondatrice de Y" with the noun tagged a verb)
                self.located_rule(tok)
            if tok.pos_ == "PRON":
                self.one_of_rule(tok)  # « X, l'un des fondateurs de Y »
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINALIZATIONS:
                self.nominal_rule(tok)
            if tok.pos_ == "NOUN":
                self.agent_nominal_rule(tok)
        for tok in self.doc:  # every clause's subject may be what a later pronoun stands
            if tok.dep_ in {"nsubj", "nsubj:pass"} and tok.pos_ == "NOUN":  # for, related
                self.arg(tok)  # or not (« Les techniciens sont à l'abri. Ils vont … »)
        self.places_of_concepts()
        return self.triples

    def add(self, subj, subj_tok, relation, obj, obj_tok, verb_toks, anchor, verb="",
            presupposed: bool = False):
        """Record a triple; its status is that of the clause around *anchor*, or the
        writer's own (asserted) when *presupposed*: an apposition (« X, maire de Y, ») is
        taken as known, whoever speaks in the sentence."""
        if subj is None or obj is None or subj is obj or subj.key == obj.key or any(
                t.subject is subj and t.object is obj and t.relation == relation
                for t in self.triples):
            return  # (two rules may read the same apposition)
        if obj.kind == "concept" and relation.rsplit(" ", 1)[-1] in MEANS_PREPOSITIONS \
                and obj.key.split(":", 1)[-1] in MEANS_NOUNS:
            return  # « arrivés à moto », « au téléphone »: how, not where or to whom
        if presupposed:
            modality, source = "asserted", None
        else:
            modality, source = self.claim_status(anchor)
            if modality == "hypothetical" and (_own_modality(anchor) == "denied" or (
                    anchor.dep_ == "xcomp" and is_negated(anchor.head)
                    and verb_lemma(anchor.head) in INTENTION_VERBS)):
                return  # « si X ne veut pas signer l'accord »: supposed not done — neither
                # a denial nor a possibility; no edge says it rightly
        hl = [(subj.start, subj.end), (obj.start, obj.end)]
        for t in verb_toks:
            hl.append((self.offset + t.idx, self.offset + t.idx + len(t)))
        self.triples.append(RawTriple(subj, relation, obj, self.sent_of(anchor.i), modality,
                                      source, sorted(set(hl)), verb or relation))
