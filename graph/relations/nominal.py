"""Nominal relations: action nouns with their « de », « à », « contre » arguments and
demonyms (« l'offensive turque en Syrie », « les livraisons d'armes à X »), converse support
verbs (« X a reçu le soutien de Y ») and the doers of purpose clauses.
"""

from __future__ import annotations

from graph.entities import (
    RawMention,
    demonym_state,
)
from graph.patterns import (
    ADJUNCT_PREPOSITIONS,
    AGENT_OBJECT_VERBS,
    CONVERSE_VERBS,
    DEVERBAL_NOUNS,
    HOLDER_NOUNS,
    LIGHT_VERBS,
    NOMINAL_TARGET_PREPOSITIONS,
    NOMINALIZATIONS,
    PREPOSITIONAL_NOMINAL_VERBS,
    SOURCE_NOMINALS,
)
from graph.relations.tokens import (
    case_of,
    verb_lemma,
)


class NominalRules:
    """The nominal rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    def nominal_rule(self, noun):
        """Action nouns: "l'offensive turque en Syrie", "les livraisons d'armes françaises
        à l'Ukraine", "la visite du ministre en Chine"."""
        verb, frame = NOMINALIZATIONS[noun.lemma_.lower()]
        if any(c.dep_ == "nmod" and case_of(c) == "par" for c in noun.children):
            return  # « l'attaque de X par Y »: X undergoes it (`agent_nominal_rule`)
        light_object = noun.dep_ == "obj" and noun.head.pos_ == "VERB"
        if light_object and verb_lemma(noun.head) in LIGHT_VERBS:
            return  # "apporter son soutien à X" is the verb rule's
        agents, themes, targets = [], [], []  # (targets: token, mention, preposition)
        for c in noun.children:
            st = demonym_state(c) if c.dep_ == "amod" else None
            if st is not None:
                agents.append((c, self._mention(c.i, c.i + 1, f"state:{st.iso2}", "LOC",
                                                "state", c.i)))
                continue
            prep = case_of(c)
            if c.dep_ != "nmod" or not prep:
                continue
            if prep in {"de", "d'"}:
                for t, m in self.args(c):
                    if frame == "transfer" and m.kind == "concept":
                        themes.append((t, m))
                        for g in [*t.children, *(x for y in t.children for x in y.children)]:
                            st = demonym_state(g) if g.dep_ == "amod" else None
                            if st is not None:  # "d'armes françaises", "de fabrication turque"
                                agents.append((g, self._mention(
                                    g.i, g.i + 1, f"state:{st.iso2}", "LOC", "state", g.i)))
                    elif m.kind not in {"concept", "pronoun"}:
                        agents.append((t, m))
                        targets += self._targets_on_agent(self.doc[m.token])
            elif prep in NOMINAL_TARGET_PREPOSITIONS:
                targets += [(t, m, prep) for t, m in self.args(c)
                            if m.kind not in {"concept", "pronoun"}]
        if agents and not targets and frame == "act" and self._converse_object(noun):
            # "X a reçu le soutien de Y", "X a subi une attaque de Y": the verb's subject
            # is the target of what Y does
            targets = [(t, m, "") for t, m in self.subjects(noun.head)
                       if m.kind != "concept" and m.key != agents[0][1].key]
        if not agents and targets and noun.dep_ == "obj" and noun.head.pos_ == "VERB" \
                and frame == "act" and verb_lemma(noun.head) in AGENT_OBJECT_VERBS:
            # "X n'exclut pas la coopération avec Y", "X envisage une attaque contre Y":
            # the verb's subject does what the noun names (not « X condamne l'attaque
            # contre Y »)
            agents = [(t, m) for t, m in self.subjects(noun.head) if m.kind != "concept"]
        if not agents and targets and frame == "act":
            agents = self._adjunct_doers(noun)  # « Lors de sa visite à X, Y a … »
        if not agents:
            return
        st, sm = agents[0]
        for ot, om in themes:
            self.add(sm, st, verb, om, ot, [noun], noun)
        for ot, om, prep in targets:
            rel = f"{verb} à" if frame == "transfer" else f"{verb} {prep}" \
                if prep and verb in PREPOSITIONAL_NOMINAL_VERBS else verb
            self.add(sm, st, rel, om, ot, [noun], noun)

    def _targets_on_agent(self, agent) -> list[tuple[object, RawMention, str]]:
        """Targets of an action noun the parser hung on its named « de » agent (« l'attaque
        de la Russie contre l'Ukraine », « la visite de X en Chine » with « Ukraine »,
        « Chine » under the name): a name has no « contre » or « en » complement of its
        own."""
        if agent.pos_ != "PROPN":
            return []
        name = [agent, *(c for c in agent.children if c.dep_ == "flat:name")]
        return [(t, m, prep) for n in name for c in n.children
                if c.dep_ in {"nmod", "dep"} and c.i > agent.i
                and (prep := case_of(c)) in NOMINAL_TARGET_PREPOSITIONS - {"à"}
                for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]

    def _adjunct_doers(self, noun) -> list[tuple[object, RawMention]]:
        """The one who does what an action noun names when the noun only sets the
        clause's circumstance (« Lors de sa visite à X, Y a rencontré … », « Y a été
        arrêté pendant son voyage à X »): the clause's grammatical subject (the one
        arrested, in a passive clause), named; none for a noun of another role."""
        head = noun.head
        if head.lower_ == "lors" and noun.dep_.startswith("obl"):
            head = head.head  # (« lors de » read as an adverb and its complement)
        elif not (noun.dep_.startswith("obl") and case_of(noun) in ADJUNCT_PREPOSITIONS):
            return []
        for _ in range(3):  # (« victime d'une chute lors de … »: up to the predicate)
            if head.pos_ == "VERB" or head.dep_ == "ROOT" or any(
                    c.dep_ in {"cop", "nsubj", "nsubj:pass"} for c in head.children):
                break
            head = head.head
        if head.i == noun.i:
            return []
        found = [(t, m) for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}
                 for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
        if not found:  # (« Mme X, …, a été victime … », « Lors de …, M. X, …, a … »)
            t = (self._vocative_subject(head) if head.pos_ != "VERB" else None) \
                or self._fronted_subject(head)
            found = [(t, self.names[t.i])] if t is not None else []
        return found

    def agent_nominal_rule(self, noun):
        """« la destruction des mausolées par les islamistes » → islamistes –détruire→
        mausolées: an action noun (``DEVERBAL_NOUNS``) with its agent behind « par », or
        a demonym for the state that acts (« l'annexion russe de la Crimée »), and what is
        done behind « de »."""
        verb = DEVERBAL_NOUNS.get(noun.lemma_.lower())
        if verb is None:
            return
        kids = [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]
        done = [c for c in kids if case_of(c) in {"de", "d'", "du", "des"}]
        by = [c for c in kids if case_of(c) == "par"]
        if not by and done:  # « la publication du bilan par la commission » with « par »
            by = [c for c in done[0].subtree if c.dep_ == "nmod" and case_of(c) == "par"
                  and c.i > done[0].i and (c.head.i == done[0].i or c.head.dep_ == "flat:name"
                                           and c.head.head.i == done[0].i)]
            # (hung on what is done, or on its name's last word, or on the clause's verb
            v = noun.head  # when that verb is active (« commémorent la prise de X par Y »)
            if not by and noun.dep_ == "obj" and v.pos_ == "VERB" and not any(
                    c.dep_ in {"aux:pass", "nsubj:pass"} for c in v.children):
                by = [c for c in v.children if c.dep_ == "obl:agent" and c.i > done[0].i]
        agents = [(t, m) for c in by for t, m in self.args(c) if m.kind != "pronoun"]
        if not by and noun.is_lower and noun.i not in self.names:
            # « l'annexion russe de la Crimée »: the demonym's state does it (not in a
            # name: « l'Agence chilienne de … »)
            agents = [(c, self._mention(c.i, c.i + 1, f"state:{st.iso2}", "LOC", "state", c.i))
                      for c in noun.children if c.dep_ == "amod" and c.i > noun.i
                      and (st := demonym_state(c)) is not None]
            # (« le retrait américain d'Afghanistan »: where from, `SOURCE_NOMINALS`)
            verb = SOURCE_NOMINALS.get(noun.lemma_.lower(), verb)
        themes = [(t, m) for c in done for t, m in self.args(c) if m.kind != "pronoun"]
        for at, am in agents[:1]:
            for ot, om in themes:
                self.add(am, at, verb, om, ot, [noun], noun)

    def _doer_before(self, v) -> list[tuple[object, RawMention]]:
        """The "de X" doer of the nearest action noun before infinitive *v* (within a
        few words), when *v* is a purpose clause ("pour …")."""
        if not any(c.lower_ == "pour" and c.dep_ == "mark" for c in v.children):
            return []
        for t in reversed(self.doc[max(0, v.i - 8):v.i]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in NOMINALIZATIONS and \
                    NOMINALIZATIONS[t.lemma_.lower()][1] == "act":
                return self._doer_of(t)
        return []

    def _doer_of(self, noun) -> list[tuple[object, RawMention]]:
        """The named "de X" of an action noun ("l'arrivée de X") or of a holder noun
        (« la volonté de la société de fermer … »), as a subject."""
        if NOMINALIZATIONS.get(noun.lemma_.lower(), ("", ""))[1] != "act" \
                and noun.lemma_.lower() not in HOLDER_NOUNS:
            return []
        return [(c, m) for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                for _, m in self.args(c) if m.kind not in {"concept", "pronoun"}][:1]

    def _converse_object(self, noun) -> bool:
        """Is *noun* what a converse support verb receives ("a reçu le soutien", "bénéficie
        de l'aide", "a subi une attaque")?"""
        v = noun.head
        return v.pos_ == "VERB" and verb_lemma(v) in CONVERSE_VERBS and (
            noun.dep_ == "obj" or noun.dep_ in {"obl:arg", "obl:mod", "obl"}
            and case_of(noun) in {"de", "d'"})

    def _agent_of_action(self, noun) -> bool:
        """Does action noun *noun* name its doer with "de X" ("le soutien du Japon")?"""
        return noun.lemma_.lower() in NOMINALIZATIONS and any(
            c.dep_ == "nmod" and case_of(c) in {"de", "d'"} and (m := self.arg(c)) is not None
            and m.kind not in {"concept", "pronoun"} for c in noun.children)
