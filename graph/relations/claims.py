"""Claim status and sources: asserted, reported (and by whom), alleged, denied or
hypothetical, from reporting and accusation verbs, « selon X », conditionals, negation,
denials and the open questions of conditions.
"""

from __future__ import annotations

from graph.entities import (
    RawMention,
    plural_of_people,
    role_of,
)
from graph.nlp import verb_infinitive
from graph.patterns import (
    ACCOUNT_NOUNS,
    ACCUSATION_VERBS,
    CLAIM_NOUNS,
    DENIAL_VERBS,
    DOCUMENT_NOUNS,
    ESTIMATE_VERBS,
    EXPLAINING_VERBS,
    FACT_MARKERS,
    FAILURE_VERBS,
    FUTURE_STEMS,
    GROUP_NOUNS,
    HEDGES,
    HYPOTHETICAL_NOUNS,
    HYPOTHETICAL_VERBS,
    INABILITY_ADJECTIVES,
    INCISE_VERBS,
    INSTITUTION_NOUNS,
    INTENTION_NOUNS,
    INTENTION_VERBS,
    KIND_NOUNS,
    LIABILITY_ADJECTIVES,
    LOCAL_BODY_NOUNS,
    NEGATED_AUXILIARY_VERBS,
    OBJECT_CONTROL_VERBS,
    PERSON_NOUNS,
    PROPOSAL_NOUNS,
    PURPOSE_MARKS,
    READINESS_ADJECTIVES,
    REALIZED_MODALS,
    REPORTING_VERBS,
    SENTENCE_VERBS,
    SOURCE_MARKERS,
    UNMATCHED_WORDS,
    WISH_VERBS,
)
from graph.relations.tokens import (
    CONDITIONAL_ENDINGS,
    _dominates,
    _dominates_any,
    case_of,
    continued_clause,
    is_conditional,
    is_denial_word,
    is_infinitive,
    is_negated,
    is_past_indicative,
    verb_lemma,
)


def _may_speak(noun) -> bool:
    """Can common noun *noun* be a source (« selon la police », « selon le bilan », « selon
    des témoins »)? A document, a body, a role or people; not an abstraction (« d'après le
    droit coutumier », « selon la loi »)."""
    lemma = noun.lemma_.lower()
    return "Plur" in noun.morph.get("Number") or bool(role_of(noun)) or lemma in (
        DOCUMENT_NOUNS | GROUP_NOUNS | LOCAL_BODY_NOUNS) or lemma in KIND_NOUNS


def _in_subclause_of(anchor, marker) -> bool:
    """Does *marker* sit in a clause below *anchor* ("X a dénoncé un accord qui, selon
    lui, menace …": the « selon » speaks for the relative clause, not for « dénoncé »)?"""
    t, crossed = marker, False
    for _ in range(40):
        if t.i == anchor.i:
            return crossed
        if t.dep_ in {"acl:relcl", "acl", "ccomp", "advcl", "csubj"}:
            crossed = True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _source_of_saying(anchor, marker) -> bool:
    """Does *marker* (« selon Y ») hang on a verb of saying set after the claim with its
    speaker (« « … », a déclaré X selon Y »), not *anchor*? Y reports the saying; the claim
    is X's."""
    verb = marker.head
    return verb.i != anchor.i and verb.pos_ == "VERB" \
        and verb_lemma(verb) in REPORTING_VERBS | INCISE_VERBS \
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)


def _own_clause(anchor, marker) -> bool:
    """Is *anchor* in a clause coordinated after a comma, with a subject of its own, away
    from the clause *marker* ("selon X") hangs on? "Selon X, A a fait …, et B a fait …":
    X speaks for A only."""
    t = anchor
    for _ in range(12):
        if _dominates(t, marker):
            return False
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubj:pass"} for c in t.children) and any(
                c.dep_ == "cc" and c.i > 0 and t.doc[c.i - 1].text == "," for c in t.children):
            return True  # "…, et B a fait …": a new sentence in all but the full stop
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _postposed(verb) -> bool:
    """Is *verb* a finite speech verb put after its claim behind a comma, its subject
    inverted ("…, affirment les États-Unis", "… », a ajouté X"): no subject before it?"""
    first = verb.i  # back over its auxiliaries, clitics and adverbs right before it
    while first > 0 and verb.doc[first - 1].head.i == verb.i \
            and verb.doc[first - 1].dep_.startswith(("aux", "expl", "advmod")):
        first -= 1  # (« … » s'est réjoui X »: not an adverb hung on it from afar)
    before = verb.doc[first - 1].text if first > 0 else ""
    return before in {",", "»", "”", '"'} and not is_infinitive(verb) and (
        before in {"»", "”"} or not any(  # (a "subject" before the closing quote is
            c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i for c in verb.children))


def _open_question(tok) -> bool:
    """Is the clause headed by *tok* a condition, an aim or an indirect question ("si Kim
    demande…", "afin que X explique…", "savoir dans quelle mesure X sent…", "comment X a
    pu…")?"""
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in {"si", "s'", "s’"} and not any(
                g.lower_ == "même" for g in tok.doc[max(c.i - 1, 0):c.i]) \
                and not (tok.dep_ == "advcl" and _done_past(tok)):
            return True  # (« si X a gagné des parts de marché, il doit … »: granted)
        if c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS and tok.dep_ == "advcl":
            return True  # « afin qu'il explique », « pour signer »: an aim, not a fact
        if c.dep_ in {"obl:mod", "obl", "advmod"} and (
                c.lower_ in {"comment", "pourquoi", "combien"}
                or any("Int" in g.morph.get("PronType") for g in c.children if g.dep_ == "det")):
            # (« explique pourquoi X a fait … »: why a fact is, not whether it is; the
            # explaining verb right before the question word, wherever the parser hung it)
            before = tok.doc[c.i - 1] if c.i > 0 else c
            if before.pos_ in {"VERB", "AUX"} and verb_lemma(before) in EXPLAINING_VERBS:
                return False
            return tok.head.i == tok.i or verb_lemma(tok.head) not in EXPLAINING_VERBS
    return False


def _done_past(verb) -> bool:
    """Is *verb* in the passé composé (a present auxiliary: « a gagné ») or the passé simple
    (« gagna »)? After « si », those grant a fact (« si X a gagné des parts de marché, il
    doit … »); a condition takes the present or the imperfect.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["a", "gagné", "gagna", "gagnait"],
    ...           heads=[1, 1, 2, 3], deps=["aux:tense", "ROOT", "ROOT", "ROOT"],
    ...           morphs=["Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part",
    ...                   "Mood=Ind|Tense=Past|VerbForm=Fin", "Mood=Ind|Tense=Imp|VerbForm=Fin"])
    >>> [_done_past(t) for t in doc[1:]]
    [True, True, False]
    """
    if "Ind" in verb.morph.get("Mood") and verb.morph.get("Tense") == ["Past"] \
            and "Fin" in verb.morph.get("VerbForm"):
        return True
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "aux:tense" and c.morph.get("Tense") == ["Pres"] for c in verb.children)


def _realized(verb) -> bool:
    """Is modal *verb* in a past of the indicative that tells its infinitive as done: the
    passé composé or plus-que-parfait (« a pu arrêter », « avait dû rappeler ») or the passé
    simple (« put s'échapper »), not the imperfect (« pouvait »: able) nor a conditional
    (« aurait pu »: was not)?

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["a", "pu", "aurait", "pu", "pouvait"],
    ...           heads=[1, 1, 3, 3, 4], deps=["aux:tense", "ROOT", "aux:tense", "ROOT", "ROOT"],
    ...           morphs=["Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part",
    ...                   "Mood=Cnd|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part",
    ...                   "Mood=Ind|Tense=Imp|VerbForm=Fin"])
    >>> _realized(doc[1]), _realized(doc[3]), _realized(doc[4])
    (True, False, False)
    """
    if _conditional_form(verb) or is_conditional(verb):
        return False
    return _done_past(verb) or "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "aux:tense" and c.morph.get("Tense") == ["Imp"] for c in verb.children)


def _after_ce_que(tok) -> bool:
    """Is *tok* in a « ce que X … » clause taking up what precedes ("ce que Paris dément",
    "des accusations que Téhéran rejette")?"""
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.i - 6, 0), -1):
        if doc[j].lower_ in {"que", "qu'", "qu’"} and j > 0 and (
                doc[j - 1].lower_ == "ce" or doc[j - 1].lemma_.lower() in CLAIM_NOUNS):
            return True
    return False


def _unmatched(verb) -> bool:
    """Does negated *verb* say its object is without equal rather than deny it (« X
    n'avait jamais connu une pareille crue », « on n'a jamais vu une telle foule »: it
    has one now)?"""
    return any(c.dep_ == "obj" and any(d.lower_ in UNMATCHED_WORDS for d in c.children
                                       if d.dep_ in {"amod", "det"})
               for c in verb.children)


def _conditional_form(verb) -> bool:
    """Is *verb*, or its auxiliary, a conditional by its form (« financerait », « aurait
    signé », « ferait »), whatever mood the tagger gave it? The form is the verb's future
    stem (`FUTURE_STEMS`, else its infinitive less the « e » of « -re ») and a conditional
    ending; an imperfect that ends like one is not (« rentrait », « déclarait »).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["financeraient", "montrait", "ferait",
    ...                                           "retirait", "prendrait"])
    >>> [_conditional_form(t) for t in doc]
    [True, False, True, False, True]
    """
    def conditional(t) -> bool:
        form = t.text.lower()
        if not form.endswith(CONDITIONAL_ENDINGS):
            return False
        lemma = verb_infinitive(form)
        stem = next((lemma[:-len(k)] + v for k, v in FUTURE_STEMS.items()
                     if lemma == k or lemma.endswith(k) and k in {"venir", "tenir", "faire"}),
                    lemma[:-1] if lemma.endswith("re") else lemma)
        return form.startswith(stem)
    return any(conditional(t) for t in (verb, *verb.children)
               if t is verb or t.dep_.startswith("aux") or t.dep_ == "cop")


def _present_indicative(verb) -> bool:
    """Is *verb* a simple present of the indicative (« donne », « fabriquent »)?"""
    return "Ind" in verb.morph.get("Mood") and verb.morph.get("Tense") == ["Pres"] \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _without(verb) -> bool:
    """Is infinitive *verb* marked « sans » (« sans obtenir de garanties »), or governed by
    such an auxiliary verb (« sans pouvoir signer »): an act not done?"""
    if not is_infinitive(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NEGATED_AUXILIARY_VERBS:
        verb = verb.head
    return any(c.dep_ == "mark" and c.lower_ == "sans" for c in verb.children)


def _supposed(verb) -> bool:
    """Is conditional *verb* the consequence of a supposed event or of a proposal, not a
    rumour: « une défaite de X compromettrait … » (an indefinite subject), « si X signe, Y
    partirait », « ce décret ferait fermer … » (`PROPOSAL_NOUNS`)?"""
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN"
        and (any(d.dep_ == "det" and d.lower_ in {"un", "une"} for d in c.children)
             or c.lemma_.lower() in PROPOSAL_NOUNS)
        or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"si", "s'", "s’"}
                                     for m in c.children)
        for c in verb.children)


def _own_modality(anchor) -> str:
    """Status from the clause's own marks: negation (denied), conditional (alleged),
    hedges (hypothetical)."""
    modality = "asserted"
    if (is_negated(anchor) or anchor.dep_ == "xcomp" and is_negated(anchor.head)
            and anchor.head.lemma_.lower() in NEGATED_AUXILIARY_VERBS or _without(anchor)) \
            and not _unmatched(anchor):
        modality = "denied"  # (« ne vont pas sauver », « ne peut pas financer », « est
        # parti sans obtenir de garanties »)
    elif anchor.dep_ == "acl:relcl" and _conditional_form(anchor):
        modality = "hypothetical"  # « un fonds qui financerait les écoles »: what the
        # thing would do, not a rumour of what it did
    elif is_conditional(anchor) and not _conditional_form(anchor):
        pass  # (« un car qui emportait des élèves » tagged a conditional: an imperfect)
    elif anchor.dep_ == "ccomp" and anchor.head.pos_ == "VERB" \
            and verb_lemma(anchor.head) in REPORTING_VERBS and is_past_indicative(anchor.head):
        pass  # « X a annoncé qu'il signerait … »: the future seen from the past; the
        # report says whose it is
    elif is_conditional(anchor) or _conditional_form(anchor):  # (« permettrait » tagged
        # an imperfect: a conditional by its form)
        # the journalist's conditional (« X aurait tué Y »: alleged), unless it is the
        # consequence of a supposed event (« une défaite de X compromettrait ses chances »,
        # « si X signe, Y partirait »): hypothetical
        modality = "hypothetical" if _supposed(anchor) else "alleged"
    hedged = list(anchor.children)
    if anchor.dep_ == "acl:relcl":
        hedged += list(anchor.head.children)  # "le soutien potentiel que X apporte"
    if any(c.lemma_.lower() in HEDGES or c.lower_ in HEDGES for c in hedged) \
            and modality == "asserted":
        modality = "hypothetical"
    return modality


class ClaimRules:
    """The claims rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    # ---- claim status
    def claim_status(self, anchor) -> tuple[str, RawMention | None]:
        """Modality and source of the clause around *anchor* (its verb or noun): its own
        marks, then the clauses above it, « selon X », an inserted speech verb, and a
        « ce que X nie » hanging off it."""
        modality = _own_modality(anchor)
        modality, source = self._status_from_above(anchor, modality)
        lo, hi = self._sentence_bounds(anchor)
        for find in (self._marked_source, self._inserted_speaker, self._estimator):
            found = find(anchor, lo, hi)
            if found is not None:
                source = source or found
                if modality == "asserted":
                    modality = "reported"
        if self._denied_after(anchor):
            modality = "denied"
        if self._in_quotation(anchor) and (modality == "asserted" or source is None):
            if modality == "asserted":
                modality = "reported"  # a quoted sentence is its speaker's word, not the
            source = source or self._quote_speaker(anchor, lo, hi)  # paper's; a quoted
            # hypothesis or denial is its speaker's too (« « le risque de X … » », says Y)
        return modality, source

    def _quote_speaker(self, anchor, lo: int, hi: int) -> RawMention | None:
        """Who speaks a quotation holding *anchor*: the subject of a speech verb outside
        the quotation marks in its sentence (« X a lancé : « … » »), else in the sentence
        the quotation opened in, or in the sentence before when that one ends on a colon or
        speaks (« X a déclaré. « … » »)."""
        spans = [(lo, hi)]
        before, _ = self._quote_marks()
        if lo > 0 and before[lo] > 0:  # a quotation opened in an earlier sentence: the one
            j = lo - 1  # it opened in says who speaks (« X a déclaré que « … . Nous … » »)
            while j > 0 and before[j] > 0:
                j -= 1
            spans.append(self._sentence_bounds(self.doc[j]))
        elif lo > 0:
            plo, phi = self._sentence_bounds(self.doc[lo - 1])
            spans.append((plo, phi))
        for a, b in spans:
            speaker = self._speaker_in(a, b, anchor)
            if speaker is not None:
                return speaker
            if (a, b) != (lo, hi) and not self.doc[b - 1].text == ":":
                break
        j, closing = hi, None  # a quotation still open at the sentence's end: the sentence
        while j < len(self.doc) and before[j] > 0 and j - hi < 200:  # it closes in says who
            closing = self._sentence_bounds(self.doc[j])  # speaks (« « … . … » a dit X »)
            if any(self.doc[k].text in {"»", "”"} for k in range(*closing)):
                break
            j = closing[1]
        if closing is not None and closing != (lo, hi):
            return self._speaker_in(*closing, anchor)
        return None

    def _estimator(self, anchor, lo: int, hi: int) -> RawMention | None:
        """Who gives the figure an estimating verb *anchor* states (« X estime à 500 le
        nombre de Y »: the figure is X's claim): its first subject that may speak, or
        None."""
        if anchor.pos_ != "VERB" or verb_lemma(anchor) not in ESTIMATE_VERBS or not any(
                c.dep_.startswith("obl") and case_of(c) == "à"
                and (c.like_num or any(d.like_num for d in c.children))
                for c in anchor.children):
            return None
        return next((m for _, m in self.subjects(anchor) if self._may_be_speaker(m)), None)

    def _speaker_in(self, a: int, b: int, anchor) -> RawMention | None:
        """The named subject of the first speech verb outside quotation marks in tokens *a*
        to *b* (not *anchor*), or its inverted subject the parser made an object (« « … » a
        déclaré X »), or None."""
        for tok in self.doc[a:b]:
            if tok.pos_ == "VERB" and verb_lemma(tok) in REPORTING_VERBS | INCISE_VERBS \
                    and not self._quoted(tok) and tok.i != anchor.i:
                speakers = [m for _, m in self.subjects(tok) if m.kind != "pronoun"
                            and self._may_be_speaker(m)] or [
                    m for c in tok.children if c.dep_ == "obj" and c.i > tok.i
                    and _postposed(tok) for _, m in self.args(c)
                    if m.kind in {"name", "state"}] or [
                    m for _, m in self.subjects(tok) if m.kind == "pronoun"
                    and _postposed(tok)]  # « « … » déclare-t-il »: whoever « il » is
                if speakers:
                    return speakers[0]
        return None

    def _may_be_speaker(self, m: RawMention) -> bool:
        """Can mention *m*, subject of a speech verb, be who speaks? A name or pronoun, or a
        common noun of people (« le conducteur », « l'homme »), a body or a document; not
        an abstraction (« l'usage de la force prouve que … »: the argument, not a
        speaker; « la maladie montre que … »)."""
        if m.kind != "concept":
            return True
        noun = self.doc[m.token]
        return _may_speak(noun) or noun.lemma_.lower() in PERSON_NOUNS | INSTITUTION_NOUNS \
            or plural_of_people(noun.lemma_.lower() + "s")  # (the tables are of plurals)

    def _status_from_above(self, anchor, modality: str) -> tuple[str, RawMention | None]:
        """Walk up from *anchor*: verbs of speech, accusation, denial, hope or fear, and
        conditions above it change its status and may name its source."""
        source = None
        t = anchor
        steps = 0
        fact = False  # under « bien que », « parce que »…: no request or condition above
        told_done = False  # in a relative clause in a past of the indicative (« X veut
        # rencontrer Y, qui a signé le traité »): that Y signed is no wish of X's
        described = False  # in a finite relative clause (« une grève paralyserait le
        # port, comme à Rivemont, où Y se rendra »): what it says of its noun is stated, whatever
        # the mood or condition of the clause the noun is in (a request still governs it:
        # « demander une loi qui permettrait … »)
        while t.head.i != t.i and steps < 8:  # reaches it (a speaker still does)
            if self._cleft_clause(t):
                break  # « C'est à X, où …, que Y a … »: the « que » clause is the assertion
            if self._describes_named(t):
                break  # « X pense que Y, qui brigue un nouveau poste, a … »: the writer's
                # description of Y, not part of what X thinks
            if t.dep_ == "conj" and "Fin" in t.morph.get("VerbForm") and is_infinitive(t.head) \
                    and t.head.head.i != t.head.i:
                t = t.head.head  # « X est prêt à signer, mais réclame … » with « réclame »
                steps += 1  # hung on the infinitive: it goes with « est prêt », stated
                continue
            told_done = told_done or t.dep_ == "acl:relcl" and (
                is_past_indicative(t) or _present_indicative(t)
                and t.head.dep_ not in {"obj", "nsubj:pass"})  # (« … dans une région qui
            # fournit du gaz à X »: what the noun does, whatever is planned around it; not
            # « demander une loi qui interdit X », the thing asked for)
            described = described or t.dep_ == "acl:relcl" and any(
                "Fin" in x.morph.get("VerbForm") for x in (t, *t.children)
                if x is t or x.dep_.startswith("aux"))
            fact = fact or t.dep_ == "advcl" and (any(
                c.dep_ == "mark" and c.lower_ in FACT_MARKERS for c in t.children) or any(
                # « …, bien que, comme le souligne X, « Y a rejeté … » » with « bien que »
                # hung on the inserted clause's word: the sibling right before it
                s.dep_ != "advcl" and s.i < t.i and any(
                    c.dep_ == "mark" and c.lower_ in FACT_MARKERS for c in s.children)
                and not any(x.pos_ == "VERB" and x.dep_ not in {"dep", "parataxis"}
                            for x in t.doc[s.i + 1:t.left_edge.i])
                for s in t.head.children))
            if modality in {"asserted", "denied"} and _open_question(t) and not fact \
                    and not described:
                modality = "hypothetical"  # "si …", "dans quelle mesure …": not a fact
                # (« si X ne veut pas signer Y »: a negated condition is still a condition)
            parent = t.head
            controlled = t.dep_ == "acl" and is_infinitive(t) and parent.dep_ == "obj" \
                and parent.head.pos_ == "VERB" \
                and verb_lemma(parent.head) in OBJECT_CONTROL_VERBS
            if controlled:  # « ordonner à Madame X d'ouvrir … » with the infinitive hung
                t, parent = parent, parent.head  # on X: under the verb, as its xcomp
            if self._quoted(parent) and not self._quoted(t):
                break  # « « … » a déclaré X où il a … » hung inside the quotation: what is
                # outside it is not said by the words within
            plemma = verb_lemma(parent)
            before = t.doc[parent.i - 1] if parent.i > 0 else parent
            if plemma in {"savoir", "entendre"} and before is not parent:
                # « X fait savoir que … », « X a laissé entendre que … »: X says (whatever
                # the tagger made of « fait »)
                verb = verb_lemma(before) if before.pos_ in {"VERB", "AUX"} \
                    else verb_infinitive(before.lower_)
                if verb in {"faire", "laisser"}:
                    plemma = f"{verb} {plemma}"
            dep = "xcomp" if controlled else "ccomp" if continued_clause(t) is not None \
                else t.dep_  # (« craignent que
            # X, …, empêche »: « empêche » said under « craignent »)
            liable = parent.pos_ == "ADJ" and parent.lemma_.lower() in LIABILITY_ADJECTIVES \
                and t.dep_ in {"obl:arg", "obl", "nmod"} and t.pos_ == "NOUN"
            if dep in {"xcomp", "ccomp", "csubj"} or t.dep_.startswith("acl") and \
                    parent.pos_ == "NOUN" or t.dep_ == "obj" and t.pos_ == "NOUN" \
                    and plemma in HYPOTHETICAL_VERBS or liable:  # "envisage une attaque"
                if told_done and plemma not in REPORTING_VERBS:
                    pass  # (a wish, denial or possibility above does not reach it)
                elif plemma in DENIAL_VERBS and parent.pos_ == "VERB":
                    # "X a nié que …", "X a démenti avoir …"
                    speakers = self.subjects(parent)
                    if speakers and source is None:
                        source = speakers[0][1]
                    modality = "denied"
                elif parent.pos_ == "ADJ" and is_infinitive(t) \
                        and parent.lemma_.lower() in INABILITY_ADJECTIVES:
                    if modality in {"asserted", "alleged"} and not fact:
                        modality = "denied"  # « X, incapable d'adopter Y »: not adopted
                elif plemma in FAILURE_VERBS and parent.pos_ == "VERB" and is_infinitive(t) \
                        and dep in {"xcomp", "ccomp"}:
                    if modality in {"asserted", "alleged"} and not fact \
                            and not is_negated(parent):
                        modality = "denied"  # « X a échoué à adopter Y »: not adopted
                elif plemma in INTENTION_VERBS and dep == "xcomp" \
                        and parent.pos_ == "VERB" and is_negated(parent):
                    modality = "denied"  # « ne veut pas signer l'accord »: not to be done
                elif plemma in REALIZED_MODALS and dep == "xcomp" and parent.pos_ == "VERB" \
                        and _realized(parent):
                    pass  # « la police a pu arrêter X », « X avait dû rappeler Y »: done
                elif plemma in HYPOTHETICAL_VERBS or parent.lemma_.lower() in HYPOTHETICAL_NOUNS \
                        or liable \
                        or parent.pos_ == "NOUN" and parent.lemma_.lower() in INTENTION_NOUNS \
                        and t.dep_ == "acl" and is_infinitive(t) \
                        or parent.pos_ == "ADJ" and is_infinitive(t) \
                        and parent.lemma_.lower() in READINESS_ADJECTIVES \
                        or plemma in SENTENCE_VERBS and dep == "xcomp" and is_infinitive(t) \
                        or dep == "xcomp" and is_infinitive(t) and any(
                            c.dep_ == "obj" and c.lemma_.lower() in HYPOTHETICAL_NOUNS
                            for c in parent.children):  # « X a plus de risque de
                    # connaître … » with the infinitive hung on « a »: a possibility
                    if modality in {"asserted", "alleged"} and not fact or (
                            modality == "denied" and not fact and is_infinitive(t)
                            and is_negated(t)):  # (« appeler X à ne pas livrer Y »: what
                        modality = "hypothetical"  # is asked, not denied)
                elif plemma in REPORTING_VERBS and parent.pos_ == "VERB" and not (
                        plemma in EXPLAINING_VERBS and any(
                            c.lower_ in {"pourquoi", "comment"} for c in t.children)) and not (
                        # (« X explique pourquoi Y a fait Z »: that Y did it is the
                        # writer's, only the why is X's)
                        ("1" in parent.morph.get("Person") or parent.lower_.endswith("ons"))
                        and not self.subjects(parent)) and not (
                        not self._quoted(t) and any(
                            c.i != t.i and c.dep_ in {"xcomp", "ccomp"} and self._quoted(c)
                            for c in parent.children)):
                    # (« Rappelons que … », « Notons que … »: the writer's own statement;
                    # « X affirme « agir … », après le vote de Y de classer … »: what
                    # X says is the quotation, not a clause the parser hung after it)
                    speakers = self.subjects(parent) or (
                        self.subjects(before if before.head.i == parent.i else parent.head)
                        if " " in plemma else [])  # (« X fait savoir »: faire's subject)
                    speakers = [(c, m) for c, m in speakers if self._may_be_speaker(m)]
                    if speakers and source is None:
                        source = speakers[0][1]
                    if modality == "asserted":
                        modality = "alleged" if plemma in ACCUSATION_VERBS else "reported"
                    if is_negated(parent):
                        modality = "denied"
            elif plemma in REPORTING_VERBS and parent.pos_ == "VERB" and parent.i > t.i \
                    and t.dep_ in {"advcl", "parataxis", "conj"} and parent.i > anchor.i:
                # "La France a livré …, a rappelé le ministère" parsed with the claim under
                # the postposed speech verb: the speaker is its subject, often inverted
                speakers = self.subjects(parent) or [
                    (c, m) for c in parent.children if c.dep_ == "obj" and c.i > parent.i
                    for _, m in self.args(c)]
                if speakers and source is None:
                    source = speakers[0][1]
                if modality == "asserted":
                    modality = "alleged" if plemma in ACCUSATION_VERBS else "reported"
            if dep == "ccomp" and verb_lemma(parent) == "être" and modality == "asserted" \
                    and any(c.dep_ == "nsubj" and c.lemma_.lower() in CLAIM_NOUNS - ACCOUNT_NOUNS
                            for c in parent.children):
                modality = "reported"  # « la thèse retenue est que … »: put forward
            if parent.pos_ == "VERB" and _conditional_form(parent) \
                    and modality == "asserted" \
                    and dep in {"xcomp", "ccomp"} and not fact and not described:
                modality = "hypothetical" if parent.dep_ == "acl:relcl" \
                    or _supposed(parent) or plemma in WISH_VERBS \
                    else "alleged"  # (« l'homme qui ferait
                # gagner X »: what he would do)
            if parent.pos_ == "VERB" and t.dep_.startswith("obl") and t.i != anchor.i \
                    and modality == "asserted" and any(
                        c.dep_ in {"nsubj", "nsubj:pass", "obj"}
                        and c.lemma_.lower() in HYPOTHETICAL_NOUNS for c in parent.children):
                # "des inquiétudes ont été exprimées quant au fait que X fournisse …"
                modality = "hypothetical"
            t = parent
            steps += 1
        if modality in {"asserted", "denied"} and _open_question(t) and not fact \
                and not described:
            modality = "hypothetical"  # the root clause (« si X ne veut pas … »)
        return modality, source

    def _describes_named(self, t) -> bool:
        """Is *t* a relative clause set off by a comma, or a participle, describing a named
        person, body, place or thing (« Y, qui brigue un nouveau poste, », « le train X
        exploité par Y »), outside any quotation? What it says is the writer's, whoever speaks in
        the clause around it."""
        if t.dep_ not in {"acl", "acl:relcl"} or self._quoted(t):
            return False
        if t.dep_ == "acl:relcl":
            first = next((c.i for c in t.children if c.dep_ != "punct"), t.i)
            first = min(first, t.i)  # (the relative pronoun, or the verb)
            if first < 1 or self.doc[first - 1].text != ",":
                return False  # (« la loi qui interdit X »: which law, not an aside)
        if t.dep_ == "acl" and ("Part" not in t.morph.get("VerbForm") or is_infinitive(t)):
            return False
        m = self.arg(t.head, roles=False)
        return m is not None and m.kind in {"name", "state"}

    def _cleft_clause(self, t) -> bool:
        """Is *t* the « que » clause of a cleft sentence (« C'est à Nantes que X … »,
        « Ce sont les maires qui … » aside), whatever the parser hung it on?"""
        if t.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ in {"que", "qu'"}
                                        for c in t.children):
            return False
        lo, _ = self._sentence_bounds(t)
        words = [w.lower_ for w in self.doc[lo:lo + 3] if not w.is_punct]
        return len(words) >= 2 and words[0] in {"c'", "ce"} and words[1] in {
            "est", "était", "sont", "étaient", "fut", "sera"}

    def _marked_source(self, anchor, lo: int, hi: int) -> RawMention | None:
        """The X of « selon X », « d'après X », an inserted « comme le rappelle X » or a
        sentence-opening « Pour X, » that speaks for *anchor*'s clause: the most specific of
        coordinated sources."""
        # "selon X", "d'après X", a sentence-opening "Pour X," in the sentence
        for tok in self.doc[lo:hi]:
            if tok.pos_ in {"NOUN", "PROPN", "PRON"} and (
                    (case_of(tok) in SOURCE_MARKERS or self._pour_source(tok))
                    and not _own_clause(anchor, tok) and not _in_subclause_of(anchor, tok)
                    and not _source_of_saying(anchor, tok)
                    or self._comme_source(tok) and self._next_to(anchor, tok)):
                cands = [self._author_of(t, m) for t, m in self.args(tok)] or [
                    m for m in [self._document_author(tok)] if m is not None]
                # (« selon un rapport de X »: « rapport », a light noun, is no node)
                cands = [m for m in cands if m.kind != "concept" or _may_speak(
                    self.doc[m.token])]  # (« d'après la loi »: no one)
                if cands:
                    # the most specific of coordinated sources ("médias et analystes locaux")
                    m = max(cands, key=lambda m: (m.kind != "concept", len(m.text.split())))
                    return m
        return None

    def _next_to(self, anchor, marker) -> bool:
        """Is the clause of *anchor* the one an inserted « comme le rappelle X » (*marker*)
        stands next to: the first clause after it (no other finite verb between), or the one
        it closes (« A a fait B, comme l'a dit X »)? The parser hangs such an insertion
        anywhere."""
        if marker.i < anchor.i:
            return not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
                           and t.head.i != anchor.i for t in self.doc[marker.i + 1:anchor.i])
        comme = next((t for t in reversed(self.doc[:marker.i]) if t.lower_ == "comme"), None)
        if comme is None:
            return False
        end = max([anchor.i] + [c.right_edge.i for c in anchor.children
                                if c.right_edge.i < comme.i])  # (its words before « comme »)
        return all(t.is_punct for t in self.doc[end + 1:comme.i])

    def _author_of(self, tok, m: RawMention) -> RawMention:
        """The author a document speaks for (« d'après une note de la préfecture » → the
        police, « selon un bilan publié par le ministère » → the ministry), else the
        mention itself."""
        return (m.kind == "concept" and self._document_author(tok)) or m

    def _document_author(self, tok) -> RawMention | None:
        """The author of document noun *tok* (« une note de la préfecture », « un bilan
        communiqué par le ministère »: the participle's agent), or None."""
        if tok.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        agents = [g for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"
                  for g in c.children if g.dep_ == "obl:agent"]
        for c in [*tok.children, *agents]:
            if c.dep_ == "nmod" and case_of(c) in {"de", "d'"} or c.dep_ == "obl:agent":
                author = self.arg(c)
                if author is not None and author.kind != "pronoun":
                    return author
        return None

    def _inserted_speaker(self, anchor, lo: int, hi: int) -> RawMention | None:
        """The speaker of a speech verb inserted after the claim (« « … », a déclaré X »,
        « …, ont rapporté les médias »)."""
        # "« … », a déclaré X" / "…, ont rapporté les médias": an inserted speech verb
        for tok in self.doc[lo:hi]:
            if tok.pos_ == "VERB" and verb_lemma(tok) in REPORTING_VERBS and tok.i != anchor.i \
                    and tok.i > anchor.i and not self._quoted(tok) and (
                        tok.dep_ == "parataxis"
                        or tok.dep_ in {"advcl", "conj"} and "," in {
                            t.text for t in self.doc[anchor.i:tok.i]} and any(
                            c.dep_ == "nsubj" and c.i > anchor.i or c.dep_ == "obj"
                            and c.i > tok.i and _postposed(tok) for c in tok.children)
                        or tok.dep_ == "advmod" and "Fin" in tok.morph.get("VerbForm")
                        and self.doc[tok.i - 1].text == ","
                        or tok.dep_ in {"ROOT", "conj"} and not _dominates(anchor, tok)
                        and not any(c.dep_ == "ccomp" for c in tok.children)):
                # its subject follows the claim: "…, a déclaré X", "…, a-t-il dit"
                # the subject after the verb; else, for an inverted subject the parser made
                # an object: a name ("…, affirment les États-Unis"), the first name after
                # the verb ("…, a rapporté mardi la chaîne X"), a common noun ("…, a
                # annoncé le ministère")
                inverted = [m for c in tok.children if c.dep_ == "obj" and c.i > tok.i
                            and _postposed(tok) for _, m in self.args(c)]
                speakers = [m for c in tok.children if c.dep_ == "nsubj" and c.i > anchor.i
                            for _, m in self.args(c)] or [
                    m for m in inverted if m.kind != "concept"] or [
                    self.names[j] for j in range(tok.i + 1, hi) if j in self.names
                    and _postposed(tok) and not case_of(self.doc[j])][:1] or inverted
                if speakers:
                    return speakers[0]
        return None

    def _denied_after(self, anchor) -> bool:
        """« …, ce que X nient »: a denial verb hanging off the clause denies what was said,
        not the saying (« X accuse Y de …, ce que Y nie »: the accusation stands)."""
        said = verb_lemma(anchor) in REPORTING_VERBS and anchor.pos_ == "VERB" and any(
            c.dep_ in {"ccomp", "xcomp"} for c in anchor.children)
        return not said and any(is_denial_word(tok) and tok.i > anchor.i
                                and _dominates_any(anchor, tok) and _after_ce_que(tok)
                                for tok in self.doc[anchor.i + 1:])
