"""Recipients and obliques: the « à X » of giving verbs hung on the thing given, the places
and partners of a verb's prepositional phrases, « Pour X, … » as a view holder, and a named
thing with the place named right after it (« la RN 12 à Rennes »).
"""

from __future__ import annotations

from graph import geo
from graph.entities import (
    RawMention,
    concept_key,
    is_concept_noun,
    is_group,
    name_key,
    people_noun,
    role_of,
)
from graph.patterns import (
    A_COMPLEMENT_NOUNS,
    AMOUNT_ADVERBS,
    ARGUMENT_LOCUTION_NOUNS,
    ARGUMENT_PREPOSITIONS,
    ARGUMENT_REPORTING_VERBS,
    CLAIM_NOUNS,
    CONCEPT_ARGUMENT_PREPOSITIONS,
    CONVERSE_VERBS,
    DATIVE_CONTROL_VERBS,
    DATIVE_VERBS,
    EVENT_NAME_NOUNS,
    GIVING_VERBS,
    GROUP_NOUNS,
    KIND_NOUNS,
    LOCAL_BODY_NOUNS,
    LOCATED_PREPOSITIONS,
    LOCUTION_NOUNS,
    NOMINALIZATIONS,
    NON_ARGUMENT_PREPOSITIONS,
    OBJECT_IN_RELATION_WORDS,
    PATIENT_CLITICS,
    RECIPIENT_CLITICS,
    REPORTING_VERBS,
    STAFF_NOUNS,
)
from graph.relations.tokens import (
    _is_time,
    case_of,
    conjuncts,
    hung_on_day,
    is_reflexive,
    negation,
    reflexive,
    verb_lemma,
    with_de,
)
from graph.text import fold


def _verb_noun_locution(v, c) -> bool:
    """Is the « preposition » of *c* a noun right after verb *v*, with which it makes a
    verbal locution the parser read as a compound preposition (« font | suite à X »)?"""
    first = min((d for d in c.children if d.dep_ == "case"), key=lambda d: d.i, default=None)
    return first is not None and first.pos_ == "NOUN" and first.i == v.i + 1


def _misattached_object(c) -> bool:
    """Is preposition-less oblique *c* a direct object the parser hung elsewhere (a name,
    or a determined noun that is no time, claim or clause; not a word a subordinator
    opens, « bien que, comme le souligne X, … », which is a clause's; nor the predicate of a
    copula, « … qui était le « Canal 12 » », whose clause it is)?"""
    if any(d.dep_ in {"mark", "cop"} for d in c.children):
        return False
    return c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(
        d.dep_ == "det" for d in c.children) and not _is_time(c) \
        and c.lemma_.lower() not in CLAIM_NOUNS and not any(
            d.dep_ in {"acl:relcl", "dep"} for d in c.children)


def _restates_object(v, c) -> bool:
    """Is preposition-less oblique *c* of verb *v* a noun set after a comma behind the verb's
    own direct object, restating it (« a formulé le souhait de réformer l'impôt, un sujet oublié
    du débat »: an apposition, no second object), not going on with a list?"""
    start = c.left_edge.i
    while start < c.i and c.doc[start].is_punct:  # (the comma, hung on the noun)
        start += 1
    return c.pos_ == "NOUN" and start > 0 and c.doc[start - 1].text == "," \
        and any(o.dep_ == "obj" and o.i < c.i for o in v.children) \
        and not any(g.dep_ in {"conj", "cc"} for g in c.children)  # (a list goes on:
    # « a offert une montre, un stylo et un livre »)


class ObliqueRules:
    """The obliques rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    def _recipients(self, noun) -> list[tuple[object, RawMention]]:
        """The "à X" entities hung on a thing given or on its amount ("des armes à X",
        "une aide de 50 millions de dollars à X")."""
        out, todo = [], [(n, 0) for n in conjuncts(noun)]
        while todo:
            n, depth = todo.pop()
            for c in n.children:
                if c.dep_ not in {"nmod", "amod", "obl:arg", "obl"}:
                    continue
                if c.dep_ == "amod":  # "des avions US-2 à X" with "à X" hung on the model
                    if depth < 2:
                        todo.append((c, depth + 1))
                    continue
                if case_of(c) == "à":
                    out += [(t, m) for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
                elif depth < 2 and case_of(c) == "de":
                    todo.append((c, depth + 1))
        return out

    def _pour_source(self, tok) -> bool:
        """Is *tok* the X of a sentence-opening "Pour X, …" naming whose view it is
        ("Pour l'analyste Lee Min, le traité …", "Pour Washington, …")?"""
        lo, hi = self._sentence_bounds(tok)
        if self.doc[lo].lower_ != "pour" or tok.i <= lo:
            return False
        comma = next((i for i in range(lo, hi) if self.doc[i].text == ","), hi)
        end = tok.right_edge.i + 1  # (« Pour X, son porte-parole, … »: past the apposition)
        if not tok.i < comma or end > comma and not (end < hi and self.doc[end].text == ","):
            return False  # (the opening phrase, parsed in pieces, ends at its comma)
        return self._names_a_source(tok)

    def _names_a_source(self, tok) -> bool:
        """Does *tok* name someone who can hold a view: a person, body or state, a role, a
        group acting for a state?"""
        m = self.arg(tok)
        return m is not None and (m.type in {"PER", "ORG"} or m.kind in {"state", "group"}
                                  or role_of(tok) != "" or is_group(tok))

    def _comme_source(self, tok) -> bool:
        """Is *tok* the X of an inserted « comme le rappelle X », « comme l'a indiqué X »
        naming who says the clause it stands in, however the parser hung it?"""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        j = tok.i - 1
        while j > 0 and self.doc[j].head.i == tok.i and self.doc[j].dep_ in {"det", "amod"}:
            j -= 1  # (« comme le souligne | le ministre »)
        if j < 2 or self.doc[j].pos_ not in {"VERB", "AUX"} \
                or verb_lemma(self.doc[j]) not in REPORTING_VERBS:
            return False
        j -= 1
        while j > 1 and self.doc[j].pos_ == "AUX":
            j -= 1  # (« comme l'a | indiqué X »)
        if self.doc[j].lower_.replace("’", "'") not in {"le", "l'"} \
                or self.doc[j - 1].lower_ != "comme":
            return False
        return self._names_a_source(tok)

    def located_rule(self, tok):
        """A named thing and the place named right after it: « la RN 12 à Rennes », « le
        syndicat X de Lyon », « l'usine Y en Bretagne » → thing –situé à→ place."""
        m = self.names.get(tok.i)
        if m is None or m.token != tok.i or m.type == "PER":
            return
        places = list(tok.children)
        j = self._name_end(m)
        if j < len(self.doc) and self.doc[j].is_quote and j > 0 and any(
                t.is_quote for t in self.doc[max(0, m.token - 2):m.token]):
            j += 1  # « l'association « Terre vive » en Bretagne »: past the closing quote
            if j + 1 < len(self.doc) and self.doc[j].lower_ in {"à", "au", "en", "dans"} \
                    and j + 1 in self.names:
                places.append(self.doc[j + 1])
        if j + 1 < len(self.doc) and self.doc[j].lower_ in {"à", "en", "dans"} \
                and j + 1 in self.names and self.doc[j + 1].dep_.split(":")[0] in {"obl", "nmod"} \
                and self.doc[j + 1].head.i != tok.i and (
                    case_of(tok) not in {"", "de", "d'", "depuis", "entre"}
                    or case_of(tok) in {"de", "d'"} and self._in_named_place(m)):
            places.append(self.doc[j + 1])  # « sur la RN 12 à Rennes » hung on the verb or
            # on another noun; « le quartier de X à Y » (not « reliant X à Y », « passée
            # de A à B »: two ends of a way or a range)
        s = min(i for i, x in self.names.items() if x is m)
        if j + 2 < len(self.doc) and self.doc[j].text == "," and s > 0 \
                and self.doc[s - 1].lower_ in {"à", "a", "en", "dans"} \
                and self.doc[j + 1].lower_ in {"dans", "en", "à", "au"}:
            k = j + 2 + (self.doc[j + 2].pos_ == "DET")  # « À X, dans le Y, … »: the wider
            wider = self.names.get(k)  # place set after the first
            if wider is not None and wider.type == "LOC" and wider.key != m.key \
                    and self._name_end(wider) < len(self.doc) \
                    and self.doc[self._name_end(wider)].text == ",":
                prep = "à" if self.doc[j + 1].lower_ == "au" else self.doc[j + 1].lower_
                self.add(m, tok, f"situé {prep}", wider, self.doc[wider.token],
                         [self.doc[j + 1]], tok, presupposed=True)
        if m.type == "LOC" and j + 2 < len(self.doc) and self.doc[j].text == "," and s > 0 \
                and self.doc[s - 1].lower_ in {"à", "a", "en", "dans", "de", "d'", "du"} \
                and self.doc[j + 1].lower_ in {"en", "au", "aux"}:
            wider = self.names.get(j + 2)  # « dans les rues de X, en Y. »: a town and its
            # country or region (« à X, à Y » may be two towns of a list; « en » and « au »
            # open a country's or a region's name, never a town's)
            after = self._name_end(wider) if wider is not None else 0
            if wider is not None and wider.type == "LOC" and wider.key != m.key \
                    and after < len(self.doc) and self.doc[after].text in {".", ";", ")"}:
                prep = "à" if self.doc[j + 1].lower_ != "en" else "en"
                self.add(m, tok, f"situé {prep}", wider, self.doc[wider.token],
                         [self.doc[j + 1]], tok, presupposed=True)
        self._based_in_own_name(m, tok)
        for c in places:
            prep = case_of(c)
            if c.dep_ not in {"nmod", "obl", "obl:mod", "obl:arg"} \
                    or prep not in LOCATED_PREPOSITIONS \
                    or prep == "de" and m.type != "ORG":
                continue
            if prep == "à" and m.type == "LOC" and tok.dep_ in {"obj", "xcomp"} \
                    and tok.head.pos_ == "VERB":
                continue  # (« reliant Rivemont à Valbrune »: the verb's « à », no place)
            place = self.arg(c, roles=False)
            if place is not None and place.type == "LOC" and place.kind in {"name", "state"} \
                    and place.key != m.key:
                label = "situé " + ("à" if prep == "de" else prep)
                self.add(m, tok, label, place, c, [c], tok, presupposed=True)

    def _in_named_place(self, m) -> bool:
        """Is name *m* the name a place noun gives itself (« le quartier de X », « la ville
        de X »)?"""
        s = min(i for i, x in self.names.items() if x is m)
        return s > 1 and self.doc[s - 1].lower_ in {"de", "d'"} \
            and KIND_NOUNS.get(self.doc[s - 2].lemma_.lower()) == "LOC"

    def _based_in_own_name(self, m, tok) -> None:
        """« l'Association des potiers de Valbrune », « le Parti X de Rivemont », « les Jeux
        nautiques de Valbrune » → the body or event –situé à→ Valbrune: a body whose name a kind
        noun opens, or an event, and a place closes (a proper noun or a state or capital
        of the tables, right after « de », no article)."""
        start = min(i for i in self.names if self.names[i] is m)
        end = self._name_end(m)
        if not (m.type == "ORG" and KIND_NOUNS.get(self.doc[start].lower_) == "ORG"
                or m.type == "MISC" and self.doc[start].lower_ in EVENT_NAME_NOUNS):
            return
        de = max((i for i in range(start + 1, end - 1)
                  if self.doc[i].lower_ in {"de", "d'", "d’"}), default=None)
        if de is None:
            return
        place = self.doc[de + 1:end]
        key, etype = name_key(place[0], place.text)
        known = key.startswith("state:") or geo.state_by_capital(place.text) is not None
        if not place[0].is_title or not (known or all(t.pos_ == "PROPN" for t in place)):
            return
        if not key.startswith("state:"):
            key, etype = f"name:{fold(place.text)}", "LOC"
        where = self._mention(de + 1, end, key, etype, "state" if key[:6] == "state:"
                              else "name", de + 1)
        self.add(m, tok, "situé à", where, place[0], [self.doc[de]], tok, presupposed=True)

    def places_of_concepts(self) -> None:
        """« la police municipale de Valbrune –dénombrer→ … » → police municipale de
        Valbrune –situé à→ Valbrune: a common-noun end that took its place's name into its
        phrase (see `graph.entities.concept_key`) is linked to that place too."""
        for t in list(self.triples):
            for end in (t.subject, t.object):
                head = self.doc[end.token]
                if end.kind != "concept" or not (
                        head.lemma_.lower() in LOCAL_BODY_NOUNS | GROUP_NOUNS
                        or "Plur" in head.morph.get("Number") and people_noun(head)):
                    continue  # (« le passage de X », « le crime de Y », « les félicitations
                    # de X »: no body or people of a place)
                for i in range(end.token + 1, len(self.doc)):
                    if self.offset + self.doc[i].idx >= end.end:
                        break
                    place = self.names.get(i)
                    if place is not None and place.type == "LOC" and place.token == i \
                            and self.doc[i - 1].lower_ in {"de", "d'", "d’"}:
                        self.add(end, self.doc[end.token], "situé à", place, self.doc[i],
                                 [self.doc[i - 1]], self.doc[end.token], presupposed=True)

    def _oblique_objects(self, cl) -> None:
        """Recipients (« iobj ») and prepositional arguments of a verb: partners, places,
        targets (« se rendre à X », « lutter contre Y », « fournir du pétrole au Pérou »);
        circumstances (time, manner, « pour sa guerre ») are left out."""
        v, lemma, base, relation, verb_toks = cl.v, cl.lemma, cl.base, cl.relation, cl.verb_toks
        light_noun, objects = cl.light_noun, cl.objects
        on_day = hung_on_day(v)  # « s'est rendu vendredi | à Moscou »: the verb's
        for ou in (c for c in v.children if c.lower_ == "où" and c.i < v.i):
            j = ou.i - 1  # « à Lille, où X se rendra »: the place named before « où »
            while j > 0 and self.doc[j].is_punct:
                if self.doc[j].text == ")":  # (« à Lille (Nord) où … »: past the brackets)
                    k = j - 1
                    while k > 0 and self.doc[k].text != "(":
                        k -= 1
                    j = k if k > 0 else j
                j -= 1
            place = self.names.get(j)
            if place is not None and place.type == "LOC" and place.kind in {"name", "state"}:
                ante = self.doc[place.token]
                prep = case_of(ante) if case_of(ante) in {"à", "en", "dans"} else "à"
                if prep == "à" and lemma in DATIVE_VERBS:
                    continue  # (« à Valbrune, où X a promis … »: where, not to whom)
                objects.append((f"{relation} {prep}", ante, place, verb_toks))
        for c in [*v.children, *on_day]:
            if c.dep_ == "iobj":
                for t, m in self.args(c):
                    objects.append((relation + " à" if light_noun is None else relation, t, m,
                                    verb_toks))
                continue
            if c.dep_ not in {"obl:arg", "obl:mod", "obl"} and c not in on_day:
                continue
            prep = case_of(c)
            if prep == "chez" and any(d.dep_ in {"nsubj", "nsubj:pass"} and d.i > c.i and d.lemma_
                                      .lower() in STAFF_NOUNS for d in v.children):
                continue  # « Chez X, la direction a … »: X's direction (`_house`), not where
            if prep and _verb_noun_locution(v, c):  # « font suite à X » as an oblique
                objects += [(f"{relation} {prep}", t, m, [*verb_toks, self.doc[v.i + 1]])
                            for t, m in self.args(c)]
                continue
            if cl.pp_noun is not None and c.i == cl.pp_noun.i:
                continue  # the « cause » of « mettre en cause »
            if _is_time(c) and c.i not in self.names:
                continue  # « à plusieurs reprises », « en trois semaines »: when, how often
            if prep in {"à", "en"} and c.lower_ in ARGUMENT_LOCUTION_NOUNS:
                locution = ARGUMENT_LOCUTION_NOUNS[c.lower_]
                objects += [(f"{relation} {locution}", t, m, [*verb_toks, c])
                            for g in c.children if g.dep_ == "nmod" and case_of(g) == "de"
                            for t, m in self.args(g)]  # « parler au nom de X »: X
                continue
            if prep in {"à", "en"} and c.lemma_.lower() in LOCUTION_NOUNS:
                continue  # « au titre de la loi », « à l'issue de »: a circumstance
            if lemma in CONVERSE_VERBS and self._agent_of_action(c):
                continue  # "bénéficie de l'aide de Y": the nominal rule's
            if prep == "comme" and is_reflexive(v):  # « X se présente comme le candidat
                objects += [(f"{relation} comme", t, m, verb_toks)  # de Y »: what X
                            for t, m in self.args(c)]  # claims to be
                continue
            if prep == "comme":  # "a reconnu comme États indépendants les Républiques…"
                for n in c.children:
                    if n.dep_ == "nmod" and not case_of(n):
                        objects += [(relation, t, m, verb_toks) for t, m in self.args(n)]
                continue
            if self._pour_source(c):
                continue  # "Pour l'analyste X, …" says who holds the view
            if not prep or prep in NON_ARGUMENT_PREPOSITIONS or \
                    prep not in ARGUMENT_PREPOSITIONS:
                if not prep and not cl.passive and _misattached_object(c) \
                        and not _restates_object(v, c):
                    for t, m in self.args(c):  # a mis-attached direct object
                        objects.append((relation, t, m, verb_toks))
                    if lemma in GIVING_VERBS:
                        objects += [(base + " à", t, m, [v]) for t, m in self._recipients(c)]
                continue
            if lemma in GIVING_VERBS and prep == "de" and light_noun is None:
                # "fournir du pétrole au Pérou" with "au Pérou" hung on the partitive
                objects += [(base + " à", t, m, [v]) for t, m in self._recipients(c)]
            if prep == "à" and any(d.dep_ == "det" and d.like_num for d in c.children) \
                    and any(d.dep_ == "det" and not d.like_num for d in c.children):
                # « estime à 3 000 le nombre de X » read as « à … le nombre »: the figure
                # is the estimate, the noun the direct object
                objects += [(relation, t, m, verb_toks) for t, m in self.args(c)]
                continue
            if prep in {"avec", "sans"} and c.pos_ == "NOUN" \
                    and NOMINALIZATIONS.get(c.lemma_.lower(), ("", ""))[1] == "act":
                # « X a repris la ville avec le soutien de Y »: a means, not a partner;
                # Y helps X (« sans l'aide de Y »: nothing)
                for at, am in self._doer_of(c) if prep == "avec" else ():
                    for st, sm in self.subjects(v):
                        if sm.kind != "pronoun" and sm.key != am.key:
                            self.add(am, at, NOMINALIZATIONS[c.lemma_.lower()][0], sm, st,
                                     [c], v)
                continue
            found = self.args(c)
            if prep in {"à", "en", "dans", "sur"} and found and all(
                    m.kind == "concept" for _, m in found):
                found = self._place_within(c) or found  # « dans les faubourgs de Valbrune »
            for t, m in found:
                rel = self._oblique_relation(cl, prep, t, m)
                if rel:
                    objects.append((rel, t, m, verb_toks))

    def _oblique_relation(self, cl, prep: str, t, m) -> str:
        """The relation label an oblique argument gets, or "" when it is no argument."""
        relation, light_noun, locution = cl.relation, cl.light_noun, cl.locution
        if cl.lemma in REPORTING_VERBS and cl.lemma not in ARGUMENT_REPORTING_VERBS \
                and m.kind == "concept" and prep in {"sur", "dans", "à"}:
            return ""  # « annoncer sur son site », « dire aux élus que … »: where or to
            # whom something was said, not what (the saying's own edges say it)
        if locution is not None and light_noun is None:
            return relation if prep == "de" else f"{relation} {prep}"
        if m.kind == "concept" and prep in {"de", "d'"} and light_noun is None:
            # a partitive theme, or an amount (« plus de vendeurs »); a bare « de
            # concert », « de force » is a manner
            return relation if any(d.dep_ == "det" or d.dep_ == "case" and d.lower_ in {
                "du", "des"} or d.dep_ == "advmod" and d.lower_ in AMOUNT_ADVERBS
                for d in t.children) else ""
        if m.kind == "concept" and not (prep in CONCEPT_ARGUMENT_PREPOSITIONS and (
                prep != "à" or not cl.has_object or cl.lemma in DATIVE_VERBS
                or light_noun is not None and light_noun.lemma_.lower() in A_COMPLEMENT_NOUNS)):
            # (« faire un rappel à l'ordre »: the light noun's own « à »)
            return ""  # a circumstance ("pour sa guerre", "entre les pays")
        if light_noun is not None:
            if m.type == "LOC" and m.kind == "name" \
                    and prep not in {"avec", "contre", "envers", "vers", "pour"}:
                return ""  # "ont signé à Lima un accord": where, not with whom
            return f"{relation} {prep}"  # « lancer une offensive contre X »: against X
        if prep == "à" and cl.has_object and cl.lemma not in DATIVE_VERBS \
                and not (m.type == "LOC" and m.kind == "name"):
            return ""  # "maintenir sa position à l'ONU": where, not to whom
        if prep in {"à", "face à"} and _clitic_patient(cl.v, cl.lemma in DATIVE_VERBS) \
                and not (m.type == "LOC" and m.kind in {"name", "state"}):
            return ""  # « le vote qui l'a conduit à la tête du conseil », « la région qui
            # lui avait résisté face à Y »: where the pronoun goes, or whom it faced (« les
            # donner à Y »: to whom, the giving verb's own « à »)
        if prep == "à" and cl.lemma in DATIVE_CONTROL_VERBS and not cl.has_object:
            asked = self._asked_acts(cl.v, t)  # « demander à X d'adopter … » → –demander
            if asked:  # d'adopter à→ X: to whom, and what they are asked to do (each act
                cl.joined += [(f"{relation} {a} à", t, m, cl.verb_toks) for a in asked[1:]]
                return f"{relation} {asked[0]} à"  # joined to the first, its own edge)
        return f"{relation} {prep}"

    def _asked_act(self, v, recipient, marks: frozenset = frozenset({"de", "d'", "d’"}),
                   on_recipient: bool = True) -> str:
        """« de » and the infinitive a verb of asking governs, with its common-noun object
        (« demande au conseil d'adopter une résolution » → « d'adopter résolution », « de
        ne pas sortir »; hung on the verb or on its *recipient*), or "". With *marks*
        « à » too: « exhorte Y à signer l'accord » → « à signer accord ». Not hung on the
        recipient unless *on_recipient*."""
        acts = self._asked_acts(v, recipient, marks, on_recipient)
        return acts[0] if acts else ""

    def _asked_acts(self, v, recipient, marks: frozenset = frozenset({"de", "d'", "d’"}),
                    on_recipient: bool = True) -> list[str]:
        """The acts of :meth:`_asked_act`, the first and those joined to it with the same
        mark (« appelle Y à libérer les détenus et à garantir le droit de manifester » →
        « à libérer détenus », « à garantir droit de manifester »)."""
        for c in [*v.children, *(recipient.children if on_recipient else ())]:
            mark = next((d for d in [*c.children, *(g for a in c.children
                                                    if a.dep_.startswith("aux")
                                                    for g in a.children)]
                         if d.dep_ == "mark" and d.lower_ in marks and d.i < c.i), None)
            # (« d'avoir délibérément percuté » with « d' » hung on the auxiliary)
            if c.i > recipient.i and c.pos_ == "VERB" and _infinitive(c) \
                    and c.dep_ in {"xcomp", "ccomp", "advcl", "obl:arg", "acl"} and mark:
                acts = [self._act_words(c, mark)]
                for k in c.children:
                    joined = next((d for d in k.children if d.dep_ == "mark" and d.i < k.i
                                   and (d.lower_ == "à") == (mark.lower_ == "à")
                                   and d.lower_ in marks), None)
                    if k.dep_ == "conj" and k.pos_ == "VERB" and _infinitive(k) and joined:
                        acts.append(self._act_words(k, joined))
                return acts
        return []

    def _act_words(self, c, mark) -> str:
        """Infinitive *c* behind *mark*, with its common-noun object, as :meth:`_asked_act`
        words it."""
        then = next((g for g in c.children if g.dep_ == "xcomp" and g.i > c.i
                     and _infinitive(g)), None)  # « d'avoir voulu éliminer X »
        words = [negation(c)] if any(d.lower_ in {"pas", "plus", "jamais"}
                                      and d.dep_ == "advmod" for d in c.children) else []
        words.append(reflexive(verb_lemma(c)) if is_reflexive(c) else verb_lemma(c))
        if then is not None:  # (« d'éviter de sortir »: its own mark too)
            inner = reflexive(verb_lemma(then)) if is_reflexive(then) else verb_lemma(then)
            inner_mark = next((d.lower_ for d in then.children if d.dep_ == "mark"
                               and d.lower_ in {"de", "d'", "d’", "à"}), "")
            words.append(f"à {inner}" if inner_mark == "à"
                         else with_de(inner) if inner_mark else inner)
            c = then
        obj = next((g for g in c.children if g.dep_ == "obj" and g.pos_ == "NOUN"
                    and is_concept_noun(g)), None)
        if obj is not None:  # « de saisir leurs codes »: what, too (a long
            _, start, end = concept_key(obj)  # phrase by its noun)
            phrase = self.doc[start:end].text
            words.append(phrase if len(phrase.split()) <= OBJECT_IN_RELATION_WORDS + 1
                         else obj.text)
        else:  # « à se mettre en règle »: a locution's bare noun, right after
            words += [t.lower_ for g in c.children if g.dep_.startswith("obl")
                      and g.pos_ == "NOUN" and g.i == c.i + 2
                      and not any(d.dep_ == "det" for d in g.children)
                      and self.doc[c.i + 1].pos_ == "ADP"
                      for t in self.doc[c.i + 1:g.i + 1]]
        phrase = " ".join(words)  # (« de se protéger », « de ne pas sortir »)
        return f"à {phrase}" if mark.lower_ == "à" else with_de(phrase)


def _clitic_patient(v, dative: bool = False) -> bool:
    """Does verb *v* have a clitic pronoun as its object or recipient, before it (« qui l'a
    conduit », « qui lui avait résisté »)? Then its « à » complement is that pronoun's goal
    or match, not its subject's partner. *dative*: *v* gives or says to someone, whose
    « à » is its recipient, so only a recipient clitic (« lui », « leur ») counts.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["qui", "l'", "a", "conduit", "à", "la", "frontière"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[3, 3, 3, 3, 6, 6, 3],
    ...           deps=["nsubj", "obj", "aux:tense", "ROOT", "case", "det", "obl:arg"],
    ...           pos=["PRON", "PRON", "AUX", "VERB", "ADP", "DET", "NOUN"])
    >>> _clitic_patient(doc[3])
    True
    """
    return any(c.dep_ in {"obj", "iobj"} and c.pos_ == "PRON" and c.i < v.i
               and c.lower_ in (RECIPIENT_CLITICS if dative else PATIENT_CLITICS)
               for c in v.children)


def _infinitive(tok) -> bool:
    """Is verb *tok* an infinitive, simple or compound (« éliminer », « avoir voulu », « être
    venu »)?"""
    return "Inf" in tok.morph.get("VerbForm") or "Part" in tok.morph.get("VerbForm") and any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children)
