"""Relation rules on hand-built spaCy docs: no model, one test per construction.

Each doc is written as a table, one token a line::

    index  word  head  dep  pos  lemma  [morph]  [entity]

``head`` is the absolute index of the head token (the root points at itself), ``morph``
is a UD feature string or ``_``, ``entity`` an IOB tag such as ``B-PER`` (default ``O``).
The sentences are invented; the parses are the ones the French model gives, mended
where it slips, so that each test checks the rule and not the parser.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.entities import name_mentions
from graph.nlp import tag_predicates
from graph.relations import RawTriple, SentenceExtractor

VOCAB = spacy.blank("fr").vocab
NO_SPACE_BEFORE = {".", ",", ")", ";", ":"}


def parse(table: str) -> Doc:
    """The doc a table of tokens describes (see the module docstring)."""
    words, heads, deps, pos, lemmas, morphs, ents = [], [], [], [], [], [], []
    for n, line in enumerate(table.strip().splitlines()):
        cols = line.split()
        index, word, head, dep, tag, lemma = cols[:6]
        assert int(index) == n, f"row {n} is numbered {index}"
        morph = cols[6] if len(cols) > 6 else "_"
        words.append(word)
        heads.append(int(head))
        deps.append(dep)
        pos.append(tag)
        lemmas.append(lemma)
        morphs.append("" if morph == "_" else morph)
        ents.append(cols[7] if len(cols) > 7 else "O")
    spaces = [
        i + 1 < len(words) and not w.endswith("'") and words[i + 1] not in NO_SPACE_BEFORE
        for i, w in enumerate(words)
    ]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        morphs=morphs,
        ents=ents,
    )


def extract(doc: Doc) -> list[RawTriple]:
    names = name_mentions(doc, 0, "a", lambda i: 0)
    return SentenceExtractor(doc, 0, "a", names, lambda i: 0).run()


def edges(doc: Doc) -> set[tuple[str, str, str]]:
    """(subject text, relation, object text) of every triple of *doc*."""
    return {(t.subject.text, t.relation, t.object.text) for t in extract(doc)}


def only(doc: Doc, subject: str, relation: str, obj: str) -> RawTriple:
    """The one triple of *doc* with this subject, relation and object."""
    found = [
        t
        for t in extract(doc)
        if (t.subject.text, t.relation, t.object.text) == (subject, relation, obj)
    ]
    assert len(found) == 1, f"{(subject, relation, obj)} not in {edges(doc)}"
    return found[0]


# --------------------------------------------------------------------------- the helper


def test_parse_table_builds_the_doc_it_describes():
    doc = parse(
        """
        0 Le       1 det      DET   le      _         O
        1 Japon    2 nsubj    PROPN Japon   _         B-LOC
        2 dort     2 ROOT     VERB  dormir  Mood=Ind  O
        3 .        2 punct    PUNCT .
        """
    )
    assert doc.text == "Le Japon dort."
    assert [t.head.i for t in doc] == [1, 2, 2, 2]
    assert [(e.text, e.label_) for e in doc.ents] == [("Japon", "LOC")]
    assert doc[2].morph.get("Mood") == ["Ind"]


# --------------------------------------------------------------------------- voice


def test_active_voice_subject_verb_object():
    # "Le Japon a critiqué la Banque mondiale."
    doc = parse(
        """
        0 Le        1 det        DET   le        _  O
        1 Japon     3 nsubj      PROPN Japon     _  B-LOC
        2 a         3 aux:tense  AUX   avoir     Mood=Ind  O
        3 critiqué  3 ROOT       VERB  critiquer VerbForm=Part  O
        4 la        5 det        DET   le        _  O
        5 Banque    3 obj        PROPN Banque    _  B-ORG
        6 mondiale  5 amod       ADJ   mondial   _  I-ORG
        7 .         3 punct      PUNCT .
        """
    )
    t = only(doc, "Japon", "critiquer", "Banque mondiale")
    assert t.subject.key == "state:JP"
    assert t.modality == "asserted" and t.source is None
    assert ("Banque mondiale", "critiquer", "Japon") not in edges(doc)


def test_active_voice_with_a_common_noun_object_gives_a_concept():
    # "Le Japon a livré des turbines."
    doc = parse(
        """
        0 Le        1 det        DET   le       _  O
        1 Japon     3 nsubj      PROPN Japon    _  B-LOC
        2 a         3 aux:tense  AUX   avoir
        3 livré     3 ROOT       VERB  livrer   VerbForm=Part
        4 des       5 det        DET   un
        5 turbines  3 obj        NOUN  turbine  Gender=Fem|Number=Plur
        6 .         3 punct      PUNCT .
        """
    )
    t = only(doc, "Japon", "livrer", "turbines")
    assert t.object.kind == "concept" and t.object.key == "concept:turbine"


def test_passive_voice_agent_is_the_subject_of_the_relation():
    # "Angela Merkel a été reçue par le président brésilien Carlos Mendes."
    doc = parse(
        """
        0  Angela     4 nsubj:pass PROPN Angela     _  B-PER
        1  Merkel     0 flat:name  PROPN Merkel     _  I-PER
        2  a          4 aux:tense  AUX   avoir
        3  été        4 aux:pass   AUX   être
        4  reçue      4 ROOT       VERB  recevoir   VerbForm=Part|Voice=Pass
        5  par        7 case       ADP   par
        6  le         7 det        DET   le
        7  président  4 obl:agent  NOUN  président  Gender=Masc|Number=Sing
        8  brésilien  7 amod       ADJ   brésilien
        9  Carlos     7 appos      PROPN Carlos     _  B-PER
        10 Mendes     9 flat:name  PROPN Mendes     _  I-PER
        11 .          4 punct      PUNCT .
        """
    )
    only(doc, "Carlos Mendes", "recevoir", "Angela Merkel")
    assert ("Angela Merkel", "recevoir", "Carlos Mendes") not in edges(doc)
    # the role noun with its demonym: Carlos Mendes is president of Brazil
    role = only(doc, "Carlos Mendes", "président de", "brésilien")
    assert role.object.key == "state:BR"


# --------------------------------------------------------------------------- ditransitives


def test_ditransitive_keeps_theme_and_recipient():
    # "La Banque mondiale a fourni au Brésil son financement."
    doc = parse(
        """
        0 La         1 det        DET   le        _  O
        1 Banque     4 nsubj      PROPN Banque    _  B-ORG
        2 mondiale   1 amod       ADJ   mondial   _  I-ORG
        3 a          4 aux:tense  AUX   avoir
        4 fourni     4 ROOT       VERB  fournir   VerbForm=Part
        5 au         6 case       ADP   au
        6 Brésil     4 obl:arg    PROPN Brésil    _  B-LOC
        7 son        8 det        DET   son
        8 financement 4 obj       NOUN  financement Gender=Masc|Number=Sing
        9 .          4 punct      PUNCT .
        """
    )
    theme = only(doc, "Banque mondiale", "fournir", "financement")
    recipient = only(doc, "Banque mondiale", "fournir financement à", "Brésil")
    assert theme.object.kind == "concept"
    assert recipient.object.key == "state:BR"
    assert not any(s == "Brésil" for s, _, _ in edges(doc))


def test_ditransitive_with_a_clitic_indirect_object():
    # "Le Japon lui a offert des navires."
    doc = parse(
        """
        0 Le       1 det        DET   le      _  O
        1 Japon    4 nsubj      PROPN Japon   _  B-LOC
        2 lui      4 iobj       PRON  lui     Number=Sing|Person=3
        3 a        4 aux:tense  AUX   avoir
        4 offert   4 ROOT       VERB  offrir  VerbForm=Part
        5 des      6 det        DET   un
        6 navires  4 obj        NOUN  navire  Gender=Masc|Number=Plur
        7 .        4 punct      PUNCT .
        """
    )
    only(doc, "Japon", "offrir", "navires")
    recipient = only(doc, "Japon", "offrir navires à", "lui")
    assert recipient.object.kind == "pronoun"


# --------------------------------------------------------------------------- coordination


def test_coordinated_subjects_give_one_edge_each():
    # "Le Japon et l'Afrique du Sud ont signé un traité."
    doc = parse(
        """
        0  Le       1 det        DET   le       _  O
        1  Japon    8 nsubj      PROPN Japon    _  B-LOC
        2  et       4 cc         CCONJ et
        3  l'       4 det        DET   le
        4  Afrique  1 conj       PROPN Afrique  _  B-LOC
        5  du       6 case       ADP   de       _  I-LOC
        6  Sud      4 nmod       PROPN Sud      _  I-LOC
        7  ont      8 aux:tense  AUX   avoir
        8  signé    8 ROOT       VERB  signer   VerbForm=Part
        9  un      10 det        DET   un
        10 traité   8 obj        NOUN  traité   Gender=Masc|Number=Sing
        11 .        8 punct      PUNCT .
        """
    )
    japan = only(doc, "Japon", "signer", "traité")
    south_africa = only(doc, "Afrique du Sud", "signer", "traité")
    assert (japan.subject.key, south_africa.subject.key) == ("state:JP", "state:ZA")
    assert japan.object.key == south_africa.object.key == "concept:traité"


def test_coordinated_verbs_keep_the_subject():
    # "Le Canada a fourni des vaccins au Pérou et envoyé de l'aide."
    doc = parse(
        """
        0  Le       1 det        DET   le       _  O
        1  Canada   3 nsubj      PROPN Canada   _  B-LOC
        2  a        3 aux:tense  AUX   avoir
        3  fourni   3 ROOT       VERB  fournir  VerbForm=Part
        4  des      5 det        DET   un
        5  vaccins  3 obj        NOUN  vaccin   Gender=Masc|Number=Plur
        6  au       7 case       ADP   au
        7  Pérou    3 obl:arg    PROPN Pérou    _  B-LOC
        8  et       9 cc         CCONJ et
        9  envoyé   3 conj       VERB  envoyer  VerbForm=Part
        10 de      12 case       ADP   de
        11 l'      12 det        DET   le
        12 aide     9 obl:arg    NOUN  aide     Gender=Fem|Number=Sing
        13 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) >= {
        ("Canada", "fournir", "vaccins"),
        ("Canada", "fournir vaccins à", "Pérou"),
        ("Canada", "envoyer", "aide"),
    }


def test_coordinated_verbs_keep_the_subject_with_direct_objects():
    # "Le Canada a vendu des avions et livré des radars."
    doc = parse(
        """
        0 Le       1 det        DET   le       _  O
        1 Canada   3 nsubj      PROPN Canada   _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 vendu    3 ROOT       VERB  vendre   VerbForm=Part
        4 des      5 det        DET   un
        5 avions   3 obj        NOUN  avion    Gender=Masc|Number=Plur
        6 et       7 cc         CCONJ et
        7 livré    3 conj       VERB  livrer   VerbForm=Part
        8 des      9 det        DET   un
        9 radars   7 obj        NOUN  radar    Gender=Masc|Number=Plur
        10 .       3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Canada", "vendre", "avions"), ("Canada", "livrer", "radars")}


def test_coordinated_objects_give_one_edge_each():
    # "Le Brésil a condamné le Chili et l'Argentine."
    doc = parse(
        """
        0 Le         1 det        DET   le         _  O
        1 Brésil     3 nsubj      PROPN Brésil     _  B-LOC
        2 a          3 aux:tense  AUX   avoir
        3 condamné   3 ROOT       VERB  condamner  VerbForm=Part
        4 le         5 det        DET   le
        5 Chili      3 obj        PROPN Chili      _  B-LOC
        6 et         8 cc         CCONJ et
        7 l'         8 det        DET   le
        8 Argentine  5 conj       PROPN Argentine  _  B-LOC
        9 .          3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Brésil", "condamner", "Chili"), ("Brésil", "condamner", "Argentine")}


# --------------------------------------------------------------------------- relative clauses


def test_relative_clause_qui_takes_its_named_antecedent():
    # "Le Brésil, qui soutient le Maroc, a protesté."
    doc = parse(
        """
        0 Le         1 det        DET   le        _  O
        1 Brésil     9 nsubj      PROPN Brésil    _  B-LOC
        2 ,          1 punct      PUNCT ,
        3 qui        4 nsubj      PRON  qui       PronType=Rel
        4 soutient   1 acl:relcl  VERB  soutenir  Mood=Ind|VerbForm=Fin
        5 le         6 det        DET   le
        6 Maroc      4 obj        PROPN Maroc     _  B-LOC
        7 ,          9 punct      PUNCT ,
        8 a          9 aux:tense  AUX   avoir
        9 protesté   9 ROOT       VERB  protester VerbForm=Part
        10 .         9 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Brésil", "soutenir", "Maroc")}


def test_relative_clause_qui_takes_a_common_noun_antecedent():
    # "Les pays européens, qui sanctionnent le Venezuela, ont protesté."
    doc = parse(
        """
        0 Les          1 det        DET   le          _  O
        1 pays        10 nsubj      NOUN  pays        Gender=Masc|Number=Plur
        2 européens    1 amod       ADJ   européen    Number=Plur
        3 ,            1 punct      PUNCT ,
        4 qui          5 nsubj      PRON  qui         PronType=Rel
        5 sanctionnent 1 acl:relcl  VERB  sanctionner Mood=Ind|VerbForm=Fin
        6 le           7 det        DET   le
        7 Venezuela    5 obj        PROPN Venezuela   _  B-LOC
        8 ,           10 punct      PUNCT ,
        9 ont         10 aux:tense  AUX   avoir
        10 protesté   10 ROOT       VERB  protester   VerbForm=Part
        11 .          10 punct      PUNCT .
        """
    )
    t = only(doc, "pays européens", "sanctionner", "Venezuela")
    assert t.object.key == "state:VE"


# --------------------------------------------------------------------------- light verbs


def test_light_verb_relation_is_verb_plus_noun_and_its_preposition():
    # "Le Mexique a formulé une critique contre la Banque mondiale."
    doc = parse(
        """
        0 Le        1 det        DET   le        _  O
        1 Mexique   3 nsubj      PROPN Mexique   _  B-LOC
        2 a         3 aux:tense  AUX   avoir
        3 formulé   3 ROOT       VERB  formuler  VerbForm=Part
        4 une       5 det        DET   un
        5 critique  3 obj        NOUN  critique  Gender=Fem|Number=Sing
        6 contre    8 case       ADP   contre
        7 la        8 det        DET   le
        8 Banque    3 obl:mod    PROPN Banque    _  B-ORG
        9 mondiale  8 amod       ADJ   mondial   _  I-ORG
        10 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Mexique", "formuler critique contre", "Banque mondiale")}
    t = only(doc, "Mexique", "formuler critique contre", "Banque mondiale")
    # the quote marks the verb and its noun
    assert (doc[3].idx, doc[3].idx + len("formulé")) in t.highlights
    assert (doc[5].idx, doc[5].idx + len("critique")) in t.highlights


def test_light_verb_noun_complement_is_the_target():
    # "Le Japon a apporté son soutien au Chili."
    doc = parse(
        """
        0 Le       1 det        DET   le        _  O
        1 Japon    3 nsubj      PROPN Japon     _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 apporté  3 ROOT       VERB  apporter  VerbForm=Part
        4 son      5 det        DET   son
        5 soutien  3 obj        NOUN  soutien   Gender=Masc|Number=Sing
        6 au       7 case       ADP   au
        7 Chili    5 nmod       PROPN Chili     _  B-LOC
        8 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "apporter soutien à", "Chili")}


def test_plain_use_of_a_light_verb_keeps_the_verb_alone():
    # "Le Mexique a utilisé des drones."
    doc = parse(
        """
        0 Le       1 det        DET   le        _  O
        1 Mexique  3 nsubj      PROPN Mexique   _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 utilisé  3 ROOT       VERB  utiliser  VerbForm=Part
        4 des      5 det        DET   un
        5 drones   3 obj        NOUN  drone     Gender=Masc|Number=Plur
        6 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Mexique", "utiliser", "drones")}


def test_converse_support_verb_makes_its_subject_the_target():
    # "Le Chili a reçu le soutien du Japon."
    doc = parse(
        """
        0 Le       1 det        DET   le        _  O
        1 Chili    3 nsubj      PROPN Chili     _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 reçu     3 ROOT       VERB  recevoir  VerbForm=Part
        4 le       5 det        DET   le
        5 soutien  3 obj        NOUN  soutien   Gender=Masc|Number=Sing
        6 du       7 case       ADP   de
        7 Japon    5 nmod       PROPN Japon     _  B-LOC
        8 .        3 punct      PUNCT .
        """
    )
    # Japan supports Chile; "Chile receives support" is not the relation
    assert edges(doc) == {("Japon", "soutenir", "Chili")}


def test_converse_support_verb_with_a_de_complement():
    # "La Serbie bénéficie de l'aide de la Chine."
    doc = parse(
        """
        0 La        1 det      DET   le         _  O
        1 Serbie    2 nsubj    PROPN Serbie     _  B-LOC
        2 bénéficie 2 ROOT     VERB  bénéficier Mood=Ind
        3 de        5 case     ADP   de
        4 l'        5 det      DET   le
        5 aide      2 obl:arg  NOUN  aide       Gender=Fem|Number=Sing
        6 de        8 case     ADP   de
        7 la        8 det      DET   le
        8 Chine     5 nmod     PROPN Chine      _  B-LOC
        9 .         2 punct    PUNCT .
        """
    )
    assert edges(doc) == {("Chine", "aider", "Serbie")}


def test_converse_support_verb_without_a_doer_keeps_the_verb():
    # "Le Chili a reçu une aide." names no one who helps: nothing is invented
    doc = parse(
        """
        0 Le       1 det        DET   le        _  O
        1 Chili    3 nsubj      PROPN Chili     _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 reçu     3 ROOT       VERB  recevoir  VerbForm=Part
        4 une      5 det        DET   un
        5 aide     3 obj        NOUN  aide      Gender=Fem|Number=Sing
        6 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Chili", "recevoir", "aide")}


def test_a_capital_receiving_what_is_given_stands_for_its_state():
    # "Le Japon a vendu des avions à Lima.": "à Lima" hung on the thing sold
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Japon   3 nsubj      PROPN Japon   _  B-LOC
        2 a       3 aux:tense  AUX   avoir
        3 vendu   3 ROOT       VERB  vendre  VerbForm=Part
        4 des     5 det        DET   un
        5 avions  3 obj        NOUN  avion   Gender=Masc|Number=Plur
        6 à       7 case       ADP   à
        7 Lima    5 nmod       PROPN Lima    _  B-LOC
        8 .       3 punct      PUNCT .
        """
    )
    t = only(doc, "Japon", "fournir avions à", "Lima")
    assert t.object.key == "state:PE"  # the buyer is Peru, not the city


def test_a_capital_as_a_place_stays_the_city():
    # "Le Japon a ouvert une usine à Lima."
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Japon   3 nsubj      PROPN Japon   _  B-LOC
        2 a       3 aux:tense  AUX   avoir
        3 ouvert  3 ROOT       VERB  ouvrir  VerbForm=Part
        4 une     5 det        DET   un
        5 usine   3 obj        NOUN  usine   Gender=Fem|Number=Sing
        6 à       7 case       ADP   à
        7 Lima    5 nmod       PROPN Lima    _  B-LOC
        8 .       3 punct      PUNCT .
        """
    )
    assert not any(t.object.key == "state:PE" for t in extract(doc)), edges(doc)


def test_a_speech_verb_after_the_claim_with_an_inverted_subject():
    # "Le Japon a livré des drones au Chili, affirment les États-Unis" (a headline)
    doc = parse(
        """
        0  Le          1  det        DET   le          _  O
        1  Japon       3  nsubj      PROPN Japon       _  B-LOC
        2  a           3  aux:tense  AUX   avoir
        3  livré       3  ROOT       VERB  livrer      VerbForm=Part
        4  des         5  det        DET   un
        5  drones      3  obj        NOUN  drone       Gender=Masc|Number=Plur
        6  au          7  case       ADP   au
        7  Chili       3  obl:arg    PROPN Chili       _  B-LOC
        8  ,           3  punct      PUNCT ,
        9  affirment   3  advmod     VERB  affirmer    Mood=Ind|VerbForm=Fin
        10 les         11 det        DET   le
        11 États-Unis  9  obj        PROPN États-Unis  _  B-LOC
        """
    )
    t = only(doc, "Japon", "livrer", "drones")
    assert t.modality == "reported" and t.source.key == "state:US"
    assert ("Japon", "affirmer", "États-Unis") not in edges(doc)


def test_an_invited_person_hung_as_an_adverb_is_the_one_who_would_come():
    # "Le Japon a invité Lula à venir à Tokyo." with "Lula" parsed as an adverb
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Japon   3 nsubj      PROPN Japon   _  B-LOC
        2 a       3 aux:tense  AUX   avoir
        3 invité  3 ROOT       VERB  inviter VerbForm=Part
        4 Lula    3 advmod     PROPN Lula    _  B-PER
        5 à       6 mark       ADP   à
        6 venir   3 xcomp      VERB  venir   VerbForm=Inf
        7 à       8 case       ADP   à
        8 Tokyo   6 obl:arg    PROPN Tokyo   _  B-LOC
        9 .       3 punct      PUNCT .
        """
    )
    assert only(doc, "Japon", "inviter à venir", "Lula").modality == "asserted"
    # an invitation is not a visit: Lula would come, and has not yet
    assert only(doc, "Lula", "venir à", "Tokyo").modality == "hypothetical"
    assert not any(s == "Japon" and r.startswith("venir") for s, r, _ in edges(doc))


def test_fears_expressed_about_a_fact_make_it_hypothetical():
    # "Des craintes ont été exprimées quant au fait que le Japon livre des drones au Chili."
    doc = parse(
        """
        0  Des        1  det         DET   un        _  O
        1  craintes   4  nsubj:pass  NOUN  crainte   Gender=Fem|Number=Plur
        2  ont        4  aux:tense   AUX   avoir
        3  été        4  aux:pass    AUX   être
        4  exprimées  4  ROOT        VERB  exprimer  VerbForm=Part|Voice=Pass
        5  quant      7  case        ADV   quant
        6  au         7  case        ADP   au
        7  fait       4  obl:mod     NOUN  fait      Gender=Masc|Number=Sing
        8  que        11 mark        SCONJ que
        9  le         10 det         DET   le
        10 Japon      11 nsubj       PROPN Japon     _  B-LOC
        11 livre      7  acl         VERB  livrer    Mood=Sub|VerbForm=Fin
        12 des        13 det         DET   un
        13 drones     11 obj         NOUN  drone     Gender=Masc|Number=Plur
        14 au         15 case        ADP   au
        15 Chili      11 obl:arg     PROPN Chili     _  B-LOC
        16 .          4  punct       PUNCT .
        """
    )
    assert only(doc, "Japon", "livrer", "drones").modality == "hypothetical"
    assert only(doc, "Japon", "fournir drones à", "Chili").modality == "hypothetical"


def test_a_bare_noun_after_the_verb_makes_a_locution():
    # "Le Japon a mis fin à la mission."
    doc = parse(
        """
        0 Le       1 det        DET   le       _  O
        1 Japon    3 nsubj      PROPN Japon    _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 mis      3 ROOT       VERB  mettre   VerbForm=Part
        4 fin      3 obj        NOUN  fin      Gender=Fem|Number=Sing
        5 à        7 case       ADP   à
        6 la       7 det        DET   le
        7 mission  3 obl:arg    NOUN  mission  Gender=Fem|Number=Sing
        8 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "mettre fin à", "mission")}


def test_a_day_name_after_the_verb_is_no_locution():
    # "Le Japon a lancé lundi des manœuvres." with "lundi" parsed as the object
    doc = parse(
        """
        0 Le         1 det        DET   le        _  O
        1 Japon      3 nsubj      PROPN Japon     _  B-LOC
        2 a          3 aux:tense  AUX   avoir
        3 lancé      3 ROOT       VERB  lancer    VerbForm=Part
        4 lundi      3 obj        NOUN  lundi     Gender=Masc|Number=Sing
        5 des        6 case       ADP   de
        6 manœuvres  3 obl:arg    NOUN  manœuvre  Gender=Fem|Number=Plur
        7 .          3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "lancer", "manœuvres")}


# --------------------------------------------------------------------------- appositions and roles


def test_apposition_role_of_an_organisation():
    # "Le directeur général de l'OMS, Lars Fjeld, est arrivé."
    doc = parse(
        """
        0  Le          1 det        DET   le         _  O
        1  directeur  11 nsubj      NOUN  directeur  Gender=Masc|Number=Sing
        2  général     1 amod       ADJ   général
        3  de          5 case       ADP   de
        4  l'          5 det        DET   le
        5  OMS         1 nmod       PROPN OMS        _  B-ORG
        6  ,           7 punct      PUNCT ,
        7  Lars        1 appos      PROPN Lars       _  B-PER
        8  Fjeld       7 flat:name  PROPN Fjeld      _  I-PER
        9  ,          11 punct      PUNCT ,
        10 est        11 aux:tense  AUX   être
        11 arrivé     11 ROOT       VERB  arriver    VerbForm=Part
        12 .          11 punct      PUNCT .
        """
    )
    t = only(doc, "Lars Fjeld", "directeur général de", "OMS")
    assert t.subject.type == "PER" and t.object.key == "org:OMS"
    assert ("OMS", "directeur général de", "Lars Fjeld") not in edges(doc)


def test_apposition_after_the_name_kinship():
    # "Tomás Ribeiro, le père de Lucia Ribeiro, a démissionné."
    doc = parse(
        """
        0  Tomás        9 nsubj      PROPN Tomás      _  B-PER
        1  Ribeiro      0 flat:name  PROPN Ribeiro    _  I-PER
        2  ,            4 punct      PUNCT ,
        3  le           4 det        DET   le
        4  père         0 appos      NOUN  père       Gender=Masc|Number=Sing
        5  de           6 case       ADP   de
        6  Lucia        4 nmod       PROPN Lucia      _  B-PER
        7  Ribeiro      6 flat:name  PROPN Ribeiro    _  I-PER
        8  ,            0 punct      PUNCT ,
        9  a           10 aux:tense  AUX   avoir
        10 démissionné 10 ROOT       VERB  démissionner VerbForm=Part
        11 .           10 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Tomás Ribeiro", "père de", "Lucia Ribeiro")}


def test_role_noun_with_demonym_names_the_state():
    # "Le dirigeant chilien Mateo Rojas a visité le Japon."
    doc = parse(
        """
        0 Le         1 det        DET   le         _  O
        1 dirigeant  6 nsubj      NOUN  dirigeant  Gender=Masc|Number=Sing
        2 chilien    1 amod       ADJ   chilien    Gender=Masc|Number=Sing
        3 Mateo      1 appos      PROPN Mateo      _  B-PER
        4 Rojas      3 flat:name  PROPN Rojas      _  I-PER
        5 a          6 aux:tense  AUX   avoir
        6 visité     6 ROOT       VERB  visiter    VerbForm=Part
        7 le         8 det        DET   le
        8 Japon      6 obj        PROPN Japon      _  B-LOC
        9 .          6 punct      PUNCT .
        """
    )
    role = only(doc, "Mateo Rojas", "dirigeant de", "chilien")
    assert role.object.key == "state:CL"
    # the role noun stands for the person as the verb's subject
    only(doc, "Mateo Rojas", "visiter", "Japon")
    assert len(edges(doc)) == 2


# --------------------------------------------------------------------------- claim status


def test_conditional_auxiliary_is_alleged():
    # "Le Japon aurait livré des drones au Chili."
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Japon   3 nsubj      PROPN Japon   _  B-LOC
        2 aurait  3 aux:tense  AUX   avoir   Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin
        3 livré   3 ROOT       VERB  livrer  VerbForm=Part
        4 des     5 det        DET   un
        5 drones  3 obj        NOUN  drone   Gender=Masc|Number=Plur
        6 au      7 case       ADP   au
        7 Chili   3 obl:arg    PROPN Chili   _  B-LOC
        8 .       3 punct      PUNCT .
        """
    )
    triples = extract(doc)
    assert {(t.subject.text, t.relation, t.object.text) for t in triples} == {
        ("Japon", "livrer", "drones"),
        ("Japon", "fournir drones à", "Chili"),
    }
    assert {t.modality for t in triples} == {"alleged"}
    assert all(t.source is None for t in triples)


def test_indicative_auxiliary_is_asserted():
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Japon   3 nsubj      PROPN Japon   _  B-LOC
        2 a       3 aux:tense  AUX   avoir   Mood=Ind|Number=Sing|Person=3|VerbForm=Fin
        3 livré   3 ROOT       VERB  livrer  VerbForm=Part
        4 des     5 det        DET   un
        5 drones  3 obj        NOUN  drone   Gender=Masc|Number=Plur
        6 .       3 punct      PUNCT .
        """
    )
    assert only(doc, "Japon", "livrer", "drones").modality == "asserted"


def test_selon_source_is_reported():
    # "Selon la Banque mondiale, le Brésil a financé le barrage."
    doc = parse(
        """
        0  Selon     2 case       ADP   selon
        1  la        2 det        DET   le
        2  Banque    8 obl:mod    PROPN Banque    _  B-ORG
        3  mondiale  2 amod       ADJ   mondial   _  I-ORG
        4  ,         8 punct      PUNCT ,
        5  le        6 det        DET   le
        6  Brésil    8 nsubj      PROPN Brésil    _  B-LOC
        7  a         8 aux:tense  AUX   avoir
        8  financé   8 ROOT       VERB  financer  VerbForm=Part
        9  le       10 det        DET   le
        10 barrage   8 obj        NOUN  barrage   Gender=Masc|Number=Sing
        11 .         8 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Brésil", "financer", "barrage")}
    t = only(doc, "Brésil", "financer", "barrage")
    assert t.modality == "reported"
    assert t.source is not None and t.source.text == "Banque mondiale"


def test_reporting_verb_with_complement_clause_is_reported_by_its_subject():
    # "Angela Merkel a affirmé que le Japon a fourni des turbines au Chili."
    doc = parse(
        """
        0  Angela    3 nsubj      PROPN Angela    _  B-PER
        1  Merkel    0 flat:name  PROPN Merkel    _  I-PER
        2  a         3 aux:tense  AUX   avoir
        3  affirmé   3 ROOT       VERB  affirmer  VerbForm=Part
        4  que       8 mark       SCONJ que
        5  le        6 det        DET   le
        6  Japon     8 nsubj      PROPN Japon     _  B-LOC
        7  a         8 aux:tense  AUX   avoir
        8  fourni    3 ccomp      VERB  fournir   VerbForm=Part
        9  des      10 det        DET   un
        10 turbines  8 obj        NOUN  turbine   Gender=Fem|Number=Plur
        11 au       12 case       ADP   au
        12 Chili     8 obl:arg    PROPN Chili     _  B-LOC
        13 .         3 punct      PUNCT .
        """
    )
    triples = extract(doc)
    # the speaker is the source of the claim, not an actor on what she reports
    assert {(t.subject.text, t.relation, t.object.text) for t in triples} == {
        ("Japon", "fournir", "turbines"),
        ("Japon", "fournir turbines à", "Chili"),
    }
    for t in triples:
        assert t.modality == "reported"
        assert t.source is not None and t.source.text == "Angela Merkel"


def test_negation_is_denied():
    # "Le Brésil n'a pas signé le traité."
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Brésil  5 nsubj      PROPN Brésil  _  B-LOC
        2 n'      5 advmod     ADV   ne      Polarity=Neg
        3 a       5 aux:tense  AUX   avoir
        4 pas     5 advmod     ADV   pas     Polarity=Neg
        5 signé   5 ROOT       VERB  signer  VerbForm=Part
        6 le      7 det        DET   le
        7 traité  5 obj        NOUN  traité  Gender=Masc|Number=Sing
        8 .       5 punct      PUNCT .
        """
    )
    assert doc.text == "Le Brésil n'a pas signé le traité."
    assert only(doc, "Brésil", "signer", "traité").modality == "denied"


def test_pouvoir_with_infinitive_is_hypothetical():
    # "Le Brésil pourrait signer un traité avec le Chili."
    doc = parse(
        """
        0 Le        1 det        DET   le       _  O
        1 Brésil    2 nsubj      PROPN Brésil   _  B-LOC
        2 pourrait  2 ROOT       VERB  pouvoir  Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin
        3 signer    2 xcomp      VERB  signer   VerbForm=Inf
        4 un        5 det        DET   un
        5 traité    3 obj        NOUN  traité   Gender=Masc|Number=Sing
        6 avec      8 case       ADP   avec
        7 le        8 det        DET   le
        8 Chili     3 obl:arg    PROPN Chili    _  B-LOC
        9 .         2 punct      PUNCT .
        """
    )
    triples = extract(doc)
    assert {(t.subject.text, t.relation, t.object.text) for t in triples} == {
        ("Brésil", "signer", "traité"),
        ("Brésil", "signer traité avec", "Chili"),
    }
    assert {t.modality for t in triples} == {"hypothetical"}


def test_negation_with_jamais_is_denied():
    # "Le Japon n'a jamais livré de drones au Chili."
    doc = parse(
        """
        0 Le      1 det        DET   le      _  O
        1 Japon   5 nsubj      PROPN Japon   _  B-LOC
        2 n'      5 advmod     ADV   ne      Polarity=Neg
        3 a       5 aux:tense  AUX   avoir
        4 jamais  5 advmod     ADV   jamais  Polarity=Neg
        5 livré   5 ROOT       VERB  livrer  VerbForm=Part
        6 de      7 det        DET   de
        7 drones  5 obj        NOUN  drone   Gender=Masc|Number=Plur
        8 au      9 case       ADP   au
        9 Chili   5 obl:arg    PROPN Chili   _  B-LOC
        10 .      5 punct      PUNCT .
        """
    )
    triples = extract(doc)
    assert {(t.subject.text, t.relation, t.object.text) for t in triples} == {
        ("Japon", "livrer", "drones"),
        ("Japon", "fournir drones à", "Chili"),
    }
    assert {t.modality for t in triples} == {"denied"}


def test_negation_hung_on_the_auxiliary_is_denied():
    # "Vexor n'ayant pas signé le contrat, Valbrune a rompu."
    doc = parse(
        """
        0 Vexor    4 nsubj     PROPN Vexor   _                        B-ORG
        1 n'       2 advmod    ADV   ne      Polarity=Neg
        2 ayant    4 aux:tense VERB  avoir   Tense=Pres|VerbForm=Part
        3 pas      4 advmod    ADV   pas     Polarity=Neg
        4 signé    4 ROOT      VERB  signer  Tense=Past|VerbForm=Part
        5 le       6 det       DET   le      Definite=Def|Number=Sing
        6 contrat  4 obj       NOUN  contrat Gender=Masc|Number=Sing
        7 .        4 punct     PUNCT .
        """
    )
    assert only(doc, "Vexor", "signer", "contrat").modality == "denied"


def test_negation_by_a_negative_determiner_or_pronoun_is_denied():
    # "Les voleurs n'ont volé aucune toile à Valbrune." (« ne » with « aucune », no « pas »)
    table = """
        0 Les      1 det        DET   le       Definite=Def|Number=Plur
        1 voleurs  4 nsubj      NOUN  voleur   Gender=Masc|Number=Plur
        2 n'       4 advmod     ADV   ne       Polarity=Neg
        3 ont      4 aux:tense  AUX   avoir
        4 volé     4 ROOT       VERB  voler    VerbForm=Part
        5 aucune   6 det        DET   aucun    Gender=Fem|Number=Sing
        6 toile    4 obj        NOUN  toile    Gender=Fem|Number=Sing
        7 à        8 case       ADP   à
        8 Valbrune 4 obl:mod    PROPN Valbrune _  B-LOC
        9 .        4 punct      PUNCT .
        """
    assert {t.modality for t in extract(parse(table))} == {"denied"}
    # « ne » alone negates nothing (as in « ne … que »): with « une » the clause is a fact
    doc = parse(table.replace("aucune   6 det        DET   aucun ",
                              "une      6 det        DET   un    "))
    assert extract(doc) and {t.modality for t in extract(doc)} == {"asserted"}


RESIGNATION = """
    0 Les        1  det        DET   le         Definite=Def|Number=Plur
    1 étudiants  2  nsubj      NOUN  étudiant   Gender=Masc|Number=Plur
    2 réclament  2  ROOT       VERB  réclamer   Number=Plur|Tense=Pres|VerbForm=Fin
    3 la         4  det        DET   le         Definite=Def|Gender=Fem|Number=Sing
    4 démission  2  obj        NOUN  démission  Gender=Fem|Number=Sing
    5 du         6  case       ADP   de         Definite=Def|Gender=Masc|Number=Sing
    6 ministre   4  nmod       NOUN  ministre   Gender=Masc|Number=Sing
    7 de         9  case       ADP   de
    8 l'         9  det        DET   le         Definite=Def|Number=Sing
    9 Éducation  6  nmod       NOUN  éducation  Gender=Fem|Number=Sing
    10 ,         11 punct      PUNCT ,
    11 Marc      4  appos      PROPN Marc       _  B-PER
    12 Aubry     11 flat:name  PROPN Aubry      _  I-PER
    13 .         2  punct      PUNCT .
    """


def test_a_name_past_a_role_in_a_things_complement_is_the_roles_not_the_thing():
    # "Les étudiants réclament la démission du ministre de l'Éducation, Marc Aubry." as
    # the model parses it, the name an apposition of « démission »: they do not claim him
    assert edges(parse(RESIGNATION)) == {("étudiants", "réclamer", "démission du ministre")}
    # the parse repaired (the name the minister's), the end keeps whose resignation it is
    assert edges(tag_predicates(parse(RESIGNATION))) == {
        ("étudiants", "réclamer", "démission du ministre de l'Éducation, Marc Aubry")}


def test_hope_verb_with_infinitive_is_hypothetical():
    # "Le Japon espère acheter des satellites au Chili."
    doc = parse(
        """
        0 Le          1 det        DET   le         _  O
        1 Japon       2 nsubj      PROPN Japon      _  B-LOC
        2 espère      2 ROOT       VERB  espérer    Mood=Ind|VerbForm=Fin
        3 acheter     2 xcomp      VERB  acheter    VerbForm=Inf
        4 des         5 det        DET   un
        5 satellites  3 obj        NOUN  satellite  Gender=Masc|Number=Plur
        6 au          7 case       ADP   au
        7 Chili       3 obl:arg    PROPN Chili      _  B-LOC
        8 .           2 punct      PUNCT .
        """
    )
    triples = extract(doc)
    assert ("Japon", "acheter", "satellites") in edges(doc)
    assert {t.modality for t in triples} == {"hypothetical"}


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize("name", ["OMS", "FMI"])
def test_a_specialised_agency_is_not_its_parent_organisation(name):
    # "Le FMI a critiqué le Japon." / "L'OMS a critiqué le Japon."
    doc = parse(
        f"""
        0 Le        1 det        DET   le         _  O
        1 {name}    3 nsubj      PROPN {name}     _  B-ORG
        2 a         3 aux:tense  AUX   avoir
        3 critiqué  3 ROOT       VERB  critiquer  VerbForm=Part
        4 le        5 det        DET   le
        5 Japon     3 obj        PROPN Japon      _  B-LOC
        6 .         3 punct      PUNCT .
        """
    )
    t = only(doc, name, "critiquer", "Japon")
    assert t.subject.key == f"org:{name}"  # not folded into its parent, the ONU


def test_a_body_named_with_its_parent_is_the_parent():
    # "Le Conseil de sécurité de l'ONU a critiqué le Japon."
    doc = parse(
        """
        0  Le        1 det        DET   le         _  O
        1  Conseil   8 nsubj      PROPN Conseil    _  B-ORG
        2  de        3 case       ADP   de         _  I-ORG
        3  sécurité  1 nmod       NOUN  sécurité   _  I-ORG
        4  de        6 case       ADP   de         _  I-ORG
        5  l'        6 det        DET   le         _  I-ORG
        6  ONU       1 nmod       PROPN ONU        _  I-ORG
        7  a         8 aux:tense  AUX   avoir
        8  critiqué  8 ROOT       VERB  critiquer  VerbForm=Part
        9  le       10 det        DET   le
        10 Japon     8 obj        PROPN Japon      _  B-LOC
        11 .         8 punct      PUNCT .
        """
    )
    t = only(doc, "Conseil de sécurité de l'ONU", "critiquer", "Japon")
    assert t.subject.key == "org:ONU"


# --------------------------------------------------------------------------- harder constructions


def test_denial_verb_with_complement_clause_is_denied():
    # "Le Japon a nié que le Chili a livré des drones."
    doc = parse(
        """
        0  Le      1 det        DET   le      _  O
        1  Japon   3 nsubj      PROPN Japon   _  B-LOC
        2  a       3 aux:tense  AUX   avoir
        3  nié     3 ROOT       VERB  nier    VerbForm=Part
        4  que     8 mark       SCONJ que
        5  le      6 det        DET   le
        6  Chili   8 nsubj      PROPN Chili   _  B-LOC
        7  a       8 aux:tense  AUX   avoir
        8  livré   3 ccomp      VERB  livrer  VerbForm=Part
        9  des    10 det        DET   un
        10 drones  8 obj        NOUN  drone   Gender=Masc|Number=Plur
        11 .       3 punct      PUNCT .
        """
    )
    t = only(doc, "Chili", "livrer", "drones")
    assert t.modality == "denied"
    assert t.source is not None and t.source.text == "Japon"


def test_inserted_speech_verb_after_the_claim_is_reported():
    # "Le Japon a livré des drones au Chili, a déclaré Angela Merkel."
    doc = parse(
        """
        0  Le       1 det        DET   le        _  O
        1  Japon    3 nsubj      PROPN Japon     _  B-LOC
        2  a        3 aux:tense  AUX   avoir
        3  livré    3 ROOT       VERB  livrer    VerbForm=Part
        4  des      5 det        DET   un
        5  drones   3 obj        NOUN  drone     Gender=Masc|Number=Plur
        6  au       7 case       ADP   au
        7  Chili    3 obl:arg    PROPN Chili     _  B-LOC
        8  ,        3 punct      PUNCT ,
        9  a       10 aux:tense  AUX   avoir
        10 déclaré  3 parataxis  VERB  déclarer  VerbForm=Part
        11 Angela  10 nsubj      PROPN Angela    _  B-PER
        12 Merkel  11 flat:name  PROPN Merkel    _  I-PER
        13 .        3 punct      PUNCT .
        """
    )
    t = only(doc, "Japon", "livrer", "drones")
    assert t.modality == "reported"
    assert t.source is not None and t.source.text == "Angela Merkel"


def test_accusation_with_compound_infinitive_is_alleged():
    # "Le Japon accuse le Chili d'avoir livré des drones."
    doc = parse(
        """
        0  Le      1 det        DET   le       _  O
        1  Japon   2 nsubj      PROPN Japon    _  B-LOC
        2  accuse  2 ROOT       VERB  accuser  Mood=Ind|VerbForm=Fin
        3  le      4 det        DET   le
        4  Chili   2 obj        PROPN Chili    _  B-LOC
        5  d'      7 mark       ADP   de
        6  avoir   7 aux:tense  AUX   avoir    VerbForm=Inf
        7  livré   2 xcomp      VERB  livrer   VerbForm=Part
        8  des     9 det        DET   un
        9  drones  7 obj        NOUN  drone    Gender=Masc|Number=Plur
        10 .       2 punct      PUNCT .
        """
    )
    t = only(doc, "Chili", "livrer", "drones")
    assert t.modality == "alleged"
    assert t.source is not None and t.source.text == "Japon"


def test_denial_with_compound_infinitive_is_denied():
    # "Le Chili a démenti avoir livré des drones."
    doc = parse(
        """
        0 Le       1 det        DET   le        _  O
        1 Chili    3 nsubj      PROPN Chili     _  B-LOC
        2 a        3 aux:tense  AUX   avoir
        3 démenti  3 ROOT       VERB  démentir  VerbForm=Part
        4 avoir    5 aux:tense  AUX   avoir     VerbForm=Inf
        5 livré    3 xcomp      VERB  livrer    VerbForm=Part
        6 des      7 det        DET   un
        7 drones   5 obj        NOUN  drone     Gender=Masc|Number=Plur
        8 .        3 punct      PUNCT .
        """
    )
    assert only(doc, "Chili", "livrer", "drones").modality == "denied"


def test_a_capitalised_role_phrase_tagged_by_the_ner_is_not_a_name():
    # "Le ministre chilien Pablo Herrera a été reçu par le Premier ministre canadien
    #  Paul Tremblay." (the model tags "Premier ministre canadien" as MISC)
    doc = parse(
        """
        0  Le        1 det        DET   le         _  O
        1  ministre  7 nsubj:pass NOUN  ministre   Gender=Masc|Number=Sing
        2  chilien   1 amod       ADJ   chilien
        3  Pablo     1 appos      PROPN Pablo      _  B-PER
        4  Herrera   3 flat:name  PROPN Herrera    _  I-PER
        5  a         7 aux:tense  AUX   avoir
        6  été       7 aux:pass   AUX   être
        7  reçu      7 ROOT       VERB  recevoir   VerbForm=Part|Voice=Pass
        8  par      11 case       ADP   par
        9  le       11 det        DET   le
        10 Premier  11 amod       ADJ   premier    NumType=Ord              B-MISC
        11 ministre  7 obl:agent  NOUN  ministre   Gender=Masc|Number=Sing  I-MISC
        12 canadien 11 amod       ADJ   canadien   _                        I-MISC
        13 Paul     11 appos      PROPN Paul       _                        B-PER
        14 Tremblay 13 flat:name  PROPN Tremblay   _                        I-PER
        15 .         7 punct      PUNCT .
        """
    )
    names = {m.text for m in name_mentions(doc, 0, "a", lambda i: 0).values()}
    assert names == {"Pablo Herrera", "Paul Tremblay"}
    only(doc, "Paul Tremblay", "recevoir", "Pablo Herrera")


def test_demander_a_x_de_faire_gives_the_infinitive_to_x():
    # "Le Chili a demandé au Japon de financer le port."
    doc = parse(
        """
        0 Le        1 det        DET   le        _  O
        1 Chili     3 nsubj      PROPN Chili     _  B-LOC
        2 a         3 aux:tense  AUX   avoir
        3 demandé   3 ROOT       VERB  demander  VerbForm=Part
        4 au        5 case       ADP   au
        5 Japon     3 obl:arg    PROPN Japon     _  B-LOC
        6 de        7 mark       ADP   de
        7 financer  3 xcomp      VERB  financer  VerbForm=Inf
        8 le        9 det        DET   le
        9 port      7 obj        NOUN  port      Gender=Masc|Number=Sing
        10 .        3 punct      PUNCT .
        """
    )
    assert only(doc, "Japon", "financer", "port").modality == "hypothetical"
    assert not any(s == "Chili" and r == "financer" for s, r, _ in edges(doc))


def test_a_place_after_a_direct_object_is_not_a_second_argument():
    # "Le Japon a défendu sa proposition à l'ONU." (where, not to whom)
    doc = parse(
        """
        0 Le        1 det        DET   le        _  O
        1 Japon     3 nsubj      PROPN Japon     _  B-LOC
        2 a         3 aux:tense  AUX   avoir
        3 défendu   3 ROOT       VERB  défendre  VerbForm=Part
        4 sa        5 det        DET   son
        5 proposition 3 obj      NOUN  proposition  Gender=Fem|Number=Sing
        6 à         8 case       ADP   à
        7 l'        8 det        DET   le
        8 ONU       3 obl:mod    PROPN ONU       _  B-ORG
        9 .         3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "défendre", "proposition")}


def test_a_role_and_speaker_survive_a_foreign_name_parsed_as_a_clause():
    # "Tom Hale, vice-président au Center for Peace, a déclaré que le Japon finance le port."
    # parsed as the model does it: the English name is a clause of its own, and so is the
    # opening name with its apposition
    doc = parse(
        """
        0  Tom            0  ROOT       PROPN Tom            _  B-PER
        1  Hale           0  flat:name  PROPN Hale           _  I-PER
        2  ,              0  punct      PUNCT ,
        3  vice-président 0  appos      NOUN  vice-président Gender=Masc|Number=Sing
        4  au             5  case       ADP   au
        5  Center         5  ROOT       VERB  center         _  B-ORG
        6  for            5  dep        X     for            _  I-ORG
        7  Peace          5  dep        PROPN Peace          _  I-ORG
        8  ,              10 punct      PUNCT ,
        9  a              10 aux:tense  AUX   avoir          Mood=Ind|VerbForm=Fin
        10 déclaré        10 ROOT       VERB  déclarer       VerbForm=Part
        11 que            14 mark       SCONJ que
        12 le             13 det        DET   le
        13 Japon          14 nsubj      PROPN Japon          _  B-LOC
        14 finance        10 ccomp      VERB  financer       Mood=Ind|VerbForm=Fin
        15 le             16 det        DET   le
        16 port           14 obj        NOUN  port           Gender=Masc|Number=Sing
        17 .              10 punct      PUNCT .
        """
    )
    only(doc, "Tom Hale", "vice-président de", "Center for Peace")
    t = only(doc, "Japon", "financer", "port")
    assert t.modality == "reported" and t.source.text == "Tom Hale"


def test_a_noun_predicate_relates_the_subject_to_its_complement():
    # "Le Japon est le premier partenaire du Chili."
    doc = parse(
        """
        0 Le         1 det    DET   le          _  O
        1 Japon      5 nsubj  PROPN Japon       _  B-LOC
        2 est        5 cop    AUX   être        Mood=Ind
        3 le         5 det    DET   le
        4 premier    5 amod   ADJ   premier
        5 partenaire 5 ROOT   NOUN  partenaire  Gender=Masc|Number=Sing
        6 du         7 case   ADP   de
        7 Chili      5 nmod   PROPN Chili       _  B-LOC
        8 .          5 punct  PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "partenaire de", "Chili")}


def test_a_noun_predicate_reaches_the_entity_behind_a_thing():
    # "Le Japon est le principal fournisseur de l'industrie du Chili."
    doc = parse(
        """
        0 Le          1 det    DET   le           _  O
        1 Japon       5 nsubj  PROPN Japon        _  B-LOC
        2 est         5 cop    AUX   être         Mood=Ind
        3 le          5 det    DET   le
        4 principal   5 amod   ADJ   principal
        5 fournisseur 5 ROOT   NOUN  fournisseur  Gender=Masc|Number=Sing
        6 de          8 case   ADP   de
        7 l'          8 det    DET   le
        8 industrie   5 nmod   NOUN  industrie    Gender=Fem|Number=Sing
        9 du          10 case  ADP   de
        10 Chili      8 nmod   PROPN Chili        _  B-LOC
        11 .          5 punct  PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "fournisseur de", "Chili")}


def test_a_capitalised_last_name_word_read_as_an_article_stays_in_the_name():
    # "Park Ji Un a assuré que l'accord est défensif." with "Un" tagged as the article "un"
    doc = parse(
        """
        0  Park     3  nsubj      PROPN Park     _  B-PER
        1  Ji       0  flat:name  PROPN Ji       _  I-PER
        2  Un       0  flat:name  DET   un       _  I-PER
        3  a        4  aux:tense  AUX   avoir    Mood=Ind|VerbForm=Fin
        4  assuré   4  ROOT       VERB  assurer  VerbForm=Part
        5  que      9  mark       SCONJ que
        6  l'       7  det        DET   le
        7  accord   9  nsubj      NOUN  accord   Gender=Masc|Number=Sing
        8  est      9  cop        AUX   être     Mood=Ind
        9  défensif 4  ccomp      ADJ   défensif Gender=Masc|Number=Sing
        10 .        4  punct      PUNCT .
        """
    )
    # the name is whole, and saying what the accord is relates the speaker to it
    assert edges(doc) == {("Park Ji Un", "assurer", "accord")}


def test_selon_does_not_reach_a_clause_with_its_own_subject_after_a_comma():
    # "Selon le Japon, le Chili a financé le port, et le Pérou a critiqué la Bolivie."
    doc = parse(
        """
        0  Selon     2  case       ADP   selon      _  O
        1  le        2  det        DET   le
        2  Japon     7  obl:mod    PROPN Japon      _  B-LOC
        3  ,         7  punct      PUNCT ,
        4  le        5  det        DET   le
        5  Chili     7  nsubj      PROPN Chili      _  B-LOC
        6  a         7  aux:tense  AUX   avoir      Mood=Ind|VerbForm=Fin
        7  financé   7  ROOT       VERB  financer   VerbForm=Part
        8  le        9  det        DET   le
        9  port      7  obj        NOUN  port       Gender=Masc|Number=Sing
        10 ,         7  punct      PUNCT ,
        11 et        15 cc         CCONJ et
        12 le        13 det        DET   le
        13 Pérou     15 nsubj      PROPN Pérou      _  B-LOC
        14 a         15 aux:tense  AUX   avoir      Mood=Ind|VerbForm=Fin
        15 critiqué  7  conj       VERB  critiquer  VerbForm=Part
        16 la        17 det        DET   le
        17 Bolivie   15 obj        PROPN Bolivie    _  B-LOC
        18 .         7  punct      PUNCT .
        """
    )
    financed = only(doc, "Chili", "financer", "port")
    assert financed.modality == "reported" and financed.source.text == "Japon"
    criticised = only(doc, "Pérou", "critiquer", "Bolivie")
    assert criticised.modality == "asserted" and criticised.source is None


def test_a_passive_joining_verb_relates_its_coordinated_subjects():
    # "Le Chili et le Pérou ont été liés par un traité."
    doc = parse(
        """
        0 Le      1 det         DET   le      _  O
        1 Chili   7 nsubj:pass  PROPN Chili   _  B-LOC
        2 et      4 cc          CCONJ et
        3 le      4 det         DET   le
        4 Pérou   1 conj        PROPN Pérou   _  B-LOC
        5 ont     7 aux:tense   AUX   avoir
        6 été     7 aux:pass    AUX   être
        7 liés    7 ROOT        VERB  lier    VerbForm=Part|Voice=Pass
        8 par     10 case       ADP   par
        9 un      10 det        DET   un
        10 traité 7 obl:agent   NOUN  traité  Gender=Masc|Number=Sing
        11 .      7 punct       PUNCT .
        """
    )
    assert edges(doc) == {("Chili", "lier", "Pérou")}


# --------------------------------------------------------------------------- real-news shapes


def test_a_common_noun_subject_acts_on_an_informative_concept():
    # "Les experts redoutent une hausse des prix."
    doc = parse(
        """
        0 Les       1 det     DET   le
        1 experts   2 nsubj   NOUN  expert     Gender=Masc|Number=Plur
        2 redoutent 2 ROOT    VERB  redouter   Mood=Ind|VerbForm=Fin
        3 une       4 det     DET   un
        4 hausse    2 obj     NOUN  hausse     Gender=Fem|Number=Sing
        5 des       6 case    ADP   de
        6 prix      4 nmod    NOUN  prix       Gender=Masc|Number=Plur
        7 .         2 punct   PUNCT .
        """
    )
    assert edges(doc) == {("experts", "redouter", "hausse des prix")}


def test_a_generic_noun_hands_over_to_its_named_holder():
    # "Le Japon conteste la position de la Chine."
    doc = parse(
        """
        0 Le        1 det     DET   le
        1 Japon     2 nsubj   PROPN Japon      _  B-LOC
        2 conteste  2 ROOT    VERB  contester  Mood=Ind|VerbForm=Fin
        3 la        4 det     DET   le
        4 position  2 obj     NOUN  position   Gender=Fem|Number=Sing
        5 de        7 case    ADP   de
        6 la        7 det     DET   le
        7 Chine     4 nmod    PROPN Chine      _  B-LOC
        8 .         2 punct   PUNCT .
        """
    )
    assert edges(doc) == {("Japon", "contester", "Chine")}


RETOUR = """
        0 Le        1 det        DET   le
        1 Japon     3 nsubj      PROPN Japon      _  B-LOC
        2 a         3 aux:tense  AUX   avoir
        3 annoncé   3 ROOT       VERB  annoncer   VerbForm=Part
        4 {det:<9} 5 det        DET   {det}
        5 retour    3 obj        NOUN  retour     Gender=Masc|Number=Sing
        6 .         3 punct      PUNCT .
"""


def test_a_bare_generic_noun_is_no_edge_end():
    # "Le Japon a annoncé le retour.": « retour » alone says nothing
    assert edges(parse(RETOUR.format(det="le"))) == set()
    # "Le Japon a annoncé son retour.": the return is the subject's, an end of its own
    # (« retour du Japon »: see `test_subjects_and_appositions`)
    owned = only(parse(RETOUR.format(det="son")), "Japon", "annoncer", "retour")
    assert owned.object.owner.key == "state:JP"


def test_a_pronominal_verb_with_a_passive_looking_se_is_active():
    # "Les grévistes se sont rassemblés devant la mairie de Lyon." (se: expl:pass)
    doc = parse(
        """
        0 Les         1 det        DET   le
        1 grévistes   4 nsubj:pass NOUN  gréviste    Gender=Masc|Number=Plur
        2 se          4 expl:pass  PRON  se
        3 sont        4 aux:tense  AUX   être
        4 rassemblés  4 ROOT       VERB  rassembler  VerbForm=Part
        5 à           6 case       ADP   à
        6 Lyon        4 obl:mod    PROPN Lyon        _  B-LOC
        7 .           4 punct      PUNCT .
        """
    )
    assert edges(doc) == {("grévistes", "se rassembler à", "Lyon")}


def test_a_participle_describing_a_noun_relates_it_to_its_place():
    # "Une usine installée à Lyon ferme."
    doc = parse(
        """
        0 Une        1 det        DET   un
        1 usine      5 nsubj      NOUN  usine      Gender=Fem|Number=Sing
        2 installée  1 acl        VERB  installer  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part
        3 à          4 case       ADP   à
        4 Lyon       2 obl:mod    PROPN Lyon       _  B-LOC
        5 ferme      5 ROOT       VERB  fermer     Mood=Ind|VerbForm=Fin
        6 .          5 punct      PUNCT .
        """
    )
    assert ("usine", "installé à", "Lyon") in edges(doc)


def test_a_verb_the_tagger_called_a_noun_still_relates_its_subject_and_object():
    # "La Birmanie abolit la censure." with "abolit" tagged NOUN
    doc = parse(
        """
        0 La        1 det     DET   le
        1 Birmanie  2 nsubj   PROPN Birmanie  _  B-LOC
        2 abolit    2 ROOT    NOUN  abolit    Gender=Masc|Number=Sing
        3 la        4 det     DET   le
        4 censure   2 obj     NOUN  censure   Gender=Fem|Number=Sing
        5 .         2 punct   PUNCT .
        """
    )
    assert edges(doc) == {("Birmanie", "abolir", "censure")}


@pytest.mark.parametrize(("form", "infinitive"), [("contrôlent", "contrôler"),
                                                   ("prennent", "prendre"),
                                                   ("demande", "demander")])
def test_a_mistagged_verbs_relation_is_its_infinitive(form, infinitive):
    # "Les milices <form> le port." with the verb tagged an adjective
    doc = parse(
        f"""
        0 Les      1 det     DET   le
        1 milices  2 nsubj   NOUN  milice    Gender=Fem|Number=Plur
        2 {form}   2 ROOT    ADJ   {form}    Number=Plur
        3 le       4 det     DET   le
        4 port     2 obj     NOUN  port      Gender=Masc|Number=Sing
        5 .        2 punct   PUNCT .
        """
    )
    assert edges(doc) == {("milices", infinitive, "port")}


def test_a_figure_restated_after_soit_is_no_second_object():
    # "Vexor a licencié 800 salariés, soit un dixième des effectifs."
    doc = parse(
        """
        0  Vexor     2  nsubj     PROPN Vexor     _                        B-ORG
        1  a         2  aux:tense AUX   avoir
        2  licencié  2  ROOT      VERB  licencier Tense=Past|VerbForm=Part
        3  800       4  nummod    NUM   800       NumType=Card
        4  salariés  2  obj       NOUN  salarié   Gender=Masc|Number=Plur
        5  ,         8  punct     PUNCT ,
        6  soit      8  advmod    ADV   soit
        7  un        8  det       DET   un        Definite=Ind|Number=Sing
        8  dixième   4  conj      NOUN  dixième   Gender=Masc|Number=Sing
        9  des       10 case      ADP   de        Definite=Def|Number=Plur
        10 effectifs 8  nmod      NOUN  effectif  Gender=Masc|Number=Plur
        11 .         2  punct     PUNCT .
        """
    )
    assert edges(doc) == {("Vexor", "licencier", "800 salariés")}


def test_an_agentless_passive_reaches_a_place_hung_on_its_day():
    # "Paul Aubry est reçu jeudi à Valbrune."
    doc = parse(
        """
        0 Paul     3 nsubj:pass PROPN Paul     Gender=Masc|Number=Sing  B-PER
        1 Aubry    0 flat:name  PROPN Aubry    _                        I-PER
        2 est      3 aux:pass   AUX   être
        3 reçu     3 ROOT       VERB  recevoir Tense=Past|VerbForm=Part|Voice=Pass
        4 jeudi    3 obj        NOUN  jeudi    Gender=Masc|Number=Sing
        5 à        6 case       ADP   à
        6 Valbrune 4 nmod       PROPN Valbrune _                        B-LOC
        7 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Paul Aubry", "reçu à", "Valbrune")}


def test_an_agentless_passive_relates_a_pronoun_to_its_place():
    # "Il est reçu à Valbrune." (« il » is resolved with the article's mentions)
    doc = parse(
        """
        0 Il       2 nsubj:pass PRON  il       Gender=Masc|Number=Sing|Person=3
        1 est      2 aux:pass   AUX   être
        2 reçu     2 ROOT       VERB  recevoir Tense=Past|VerbForm=Part|Voice=Pass
        3 à        4 case       ADP   à
        4 Valbrune 2 obl:mod    PROPN Valbrune _                        B-LOC
        5 .        2 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Il", "reçu à", "Valbrune")}


def test_a_verb_comma_joined_after_a_que_clause_goes_on_that_clause():
    # "Les habitants craignent que cette loi, comme la précédente, empêche l'accès." with
    # « loi » parsed as the « que » clause and « empêche » as a conjunct of « craignent »
    doc = parse(
        """
        0  Les        1  det    DET   le        Definite=Def|Number=Plur
        1  habitants  2  nsubj  NOUN  habitant  Gender=Masc|Number=Plur
        2  craignent  2  ROOT   VERB  craindre  Mood=Ind|VerbForm=Fin
        3  que        5  mark   SCONJ que
        4  cette      5  det    DET   ce        Number=Sing
        5  loi        2  ccomp  NOUN  loi       Gender=Fem|Number=Sing
        6  ,          9  punct  PUNCT ,
        7  comme      8  case   ADP   comme
        8  précédente 11 nsubj  NOUN  précédente Gender=Fem|Number=Sing
        9  ,          11 punct  PUNCT ,
        10 encore     11 advmod ADV   encore
        11 empêche    2  conj   VERB  empêcher  Mood=Ind|VerbForm=Fin
        12 l'         13 det    DET   le        Definite=Def|Number=Sing
        13 accès      11 obj    NOUN  accès     Gender=Masc|Number=Sing
        14 .          2  punct  PUNCT .
        """
    )
    (t,) = extract(doc)
    assert (t.subject.text, t.relation, t.object.text) == ("loi", "empêcher", "accès")
    assert t.modality == "hypothetical"


def test_a_second_subject_after_the_verb_is_its_object():
    # "Le maire Aubry a promis la piscine." with « Aubry » an adjective and « piscine »
    # a second subject
    doc = parse(
        """
        0 Le      1 det       DET   le        Definite=Def|Number=Sing
        1 maire   4 nsubj     NOUN  maire     Gender=Masc|Number=Sing
        2 Aubry   1 amod      ADJ   Aubry     _                        B-PER
        3 a       4 aux:tense AUX   avoir
        4 promis  4 ROOT      VERB  promettre Tense=Past|VerbForm=Part
        5 la      6 det       DET   le        Definite=Def|Number=Sing
        6 piscine 4 nsubj     NOUN  piscine   Gender=Fem|Number=Sing
        7 .       4 punct     PUNCT .
        """
    )
    assert edges(doc) == {("Aubry", "promettre", "piscine")}


def test_a_passive_participle_tagged_an_adjective_relates_agent_and_patient():
    # "Valbrune a été touchée par la tempête." with « touchée » tagged ADJ
    doc = parse(
        """
        0 Valbrune 3 nsubj:pass PROPN Valbrune _                        B-LOC
        1 a        3 aux:tense  AUX   avoir
        2 été      3 aux:pass   AUX   être
        3 touchée  3 ROOT       ADJ   touché   Gender=Fem|Number=Sing
        4 par      6 case       ADP   par
        5 la       6 det        DET   le       Definite=Def|Number=Sing
        6 tempête  3 obl:agent  NOUN  tempête  Gender=Fem|Number=Sing
        7 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("tempête", "toucher", "Valbrune")}


def test_a_present_participle_acts_for_the_noun_it_is_set_on():
    # "Ils critiquent le décret de réforme modifiant la charte."
    doc = parse(
        """
        0 Ils        1 nsubj PRON  il        Number=Plur
        1 critiquent 1 ROOT  VERB  critiquer VerbForm=Fin
        2 le         3 det   DET   le        Definite=Def|Number=Sing
        3 décret     1 obj   NOUN  décret    Gender=Masc|Number=Sing
        4 de         5 case  ADP   de
        5 réforme    3 nmod  NOUN  réforme   Gender=Fem|Number=Sing
        6 modifiant  3 acl   VERB  modifier  Tense=Pres|VerbForm=Part
        7 la         8 det   DET   le        Definite=Def|Number=Sing
        8 charte     6 obj   NOUN  charte    Gender=Fem|Number=Sing
        9 .          1 punct PUNCT .
        """
    )
    assert ("décret de réforme", "modifier", "charte") in edges(doc)


def test_the_noun_a_participle_is_set_on_does_its_infinitive():
    # "La police autorisée à agir contre les pirates."
    doc = parse(
        """
        0 L'         1 det     DET   le         Definite=Def|Number=Sing
        1 police     1 ROOT    NOUN  police     Gender=Fem|Number=Sing
        2 autorisée  1 acl     VERB  autoriser  Tense=Past|VerbForm=Part
        3 à          4 mark    ADP   à
        4 agir       2 xcomp   VERB  agir       VerbForm=Inf
        5 contre     7 case    ADP   contre
        6 les        7 det     DET   le         Definite=Def|Number=Plur
        7 pirates    4 obl:arg NOUN  pirate     Gender=Masc|Number=Plur
        8 .          1 punct   PUNCT .
        """
    )
    assert edges(doc) == {("police", "agir contre", "pirates")}
    # allowed to act is not having acted
    assert only(doc, "police", "agir contre", "pirates").modality == "hypothetical"


def test_a_threat_is_related_as_made():
    # "Paul Aubry a menacé de s'en prendre à Vexor."
    doc = parse(
        """
        0 Paul    3 nsubj     PROPN Paul    Gender=Masc|Number=Sing  B-PER
        1 Aubry   0 flat:name PROPN Aubry   _                        I-PER
        2 a       3 aux:tense AUX   avoir
        3 menacé  3 ROOT      VERB  menacer Tense=Past|VerbForm=Part
        4 de      7 mark      ADP   de
        5 s'      7 expl:comp PRON  se      Person=3|Reflex=Yes
        6 en      7 expl:comp PRON  en      Person=3
        7 prendre 3 xcomp     VERB  prendre VerbForm=Inf
        8 à       9 case      ADP   à
        9 Vexor   7 obl:arg   PROPN Vexor   _                        B-ORG
        10 .      3 punct     PUNCT .
        """
    )
    t = only(doc, "Paul Aubry", "menacer de s'en prendre à", "Vexor")
    assert t.modality == "asserted"  # the threat is stated; the attack is not


def test_a_place_before_ou_is_no_recipient():
    # "Paul Aubry est allé à Valbrune, où il a offert un stade."
    doc = parse(
        """
        0  Paul     3  nsubj     PROPN Paul      Gender=Masc|Number=Sing  B-PER
        1  Aubry    0  flat:name PROPN Aubry     _                        I-PER
        2  est      3  aux:tense AUX   être
        3  allé     3  ROOT      VERB  aller     Tense=Past|VerbForm=Part
        4  à        5  case      ADP   à
        5  Valbrune 3  obl:arg   PROPN Valbrune  _                        B-LOC
        6  ,        10 punct     PUNCT ,
        7  où       10 obl:mod   PRON  où        PronType=Rel
        8  il       10 nsubj     PRON  il        Gender=Masc|Number=Sing|Person=3
        9  a        10 aux:tense AUX   avoir
        10 offert   5  acl:relcl VERB  offrir    Tense=Past|VerbForm=Part
        11 un       12 det       DET   un        Definite=Ind|Number=Sing
        12 stade    10 obj       NOUN  stade     Gender=Masc|Number=Sing
        13 .        3  punct     PUNCT .
        """
    )
    assert ("il", "offrir", "stade") in edges(doc)
    assert not any(r == "offrir à" for _, r, _ in edges(doc))


def test_an_explanation_put_forward_is_reported():
    # "La thèse retenue est que les gardiens ont suivi les consignes."
    doc = parse(
        """
        0  La          1  det       DET   le          Definite=Def|Number=Sing
        1  thèse       3  nsubj     NOUN  thèse       Gender=Fem|Number=Sing
        2  retenue     1  amod      ADJ   retenu      Gender=Fem|Number=Sing
        3  est         3  ROOT      AUX   être        Mood=Ind|VerbForm=Fin
        4  que         8  mark      SCONJ que
        5  les         6  det       DET   le          Definite=Def|Number=Plur
        6  gardiens    8  nsubj     NOUN  gardien     Gender=Masc|Number=Plur
        7  ont         8  aux:tense AUX   avoir
        8  suivi       3  ccomp     VERB  suivre      Tense=Past|VerbForm=Part
        9  les         10 det       DET   le          Definite=Def|Number=Plur
        10 consignes   8  obj       NOUN  consigne    Gender=Fem|Number=Plur
        11 .           3  punct     PUNCT .
        """
    )
    assert only(doc, "gardiens", "suivre", "consignes").modality == "reported"
    # « L'explication donnée est que … »: the account of a fact, told as the writer's
    told = parse("""
        0  L'          1  det       DET   le          Definite=Def|Number=Sing
        1  explication 3  nsubj     NOUN  explication Gender=Fem|Number=Sing
        2  donnée      1  amod      ADJ   donné       Gender=Fem|Number=Sing
        3  est         3  ROOT      AUX   être        Mood=Ind|VerbForm=Fin
        4  que         8  mark      SCONJ que
        5  les         6  det       DET   le          Definite=Def|Number=Plur
        6  gardiens    8  nsubj     NOUN  gardien     Gender=Masc|Number=Plur
        7  ont         8  aux:tense AUX   avoir
        8  suivi       3  ccomp     VERB  suivre      Tense=Past|VerbForm=Part
        9  les         10 det       DET   le          Definite=Def|Number=Plur
        10 consignes   8  obj       NOUN  consigne    Gender=Fem|Number=Plur
        11 .           3  punct     PUNCT .
        """)
    assert only(told, "gardiens", "suivre", "consignes").modality == "asserted"


def test_the_subject_after_a_comma_that_the_parser_hung_on_the_phrase_before():
    # "Vexor n'ayant pas signé la charte, l'agence a saisi le tribunal." with « agence »
    # under « charte »
    doc = parse(
        """
        0  Vexor    4  nsubj     PROPN Vexor    _                        B-ORG
        1  n'       2  advmod    ADV   ne       Polarity=Neg
        2  ayant    4  aux:tense VERB  avoir    VerbForm=Part
        3  pas      4  advmod    ADV   pas      Polarity=Neg
        4  signé    11 advcl     VERB  signer   Tense=Past|VerbForm=Part
        5  la       6  det       DET   le       Definite=Def|Number=Sing
        6  charte   11 nsubj     NOUN  charte   Gender=Fem|Number=Sing
        7  ,        6  punct     PUNCT ,
        8  l'       9  det       DET   le       Definite=Def|Number=Sing
        9  agence   6  nmod      NOUN  agence   Gender=Fem|Number=Sing
        10 a        11 aux:tense AUX   avoir
        11 saisi    11 ROOT      VERB  saisir   Tense=Past|VerbForm=Part
        12 le       13 det       DET   le       Definite=Def|Number=Sing
        13 tribunal 11 obj       NOUN  tribunal Gender=Masc|Number=Sing
        14 .        11 punct     PUNCT .
        """
    )
    assert not any(t.subject.text == "charte" for t in extract(doc))
    assert ("agence", "saisir", "tribunal") in edges(doc)


def test_a_person_named_after_a_phrase_is_the_verbs_object():
    # "Le congrès a élu à la tête du conseil Paul Aubry."
    doc = parse(
        """
        0  Le         1  det       DET   le         Definite=Def|Number=Sing
        1  congrès    3  nsubj     NOUN  congrès    Gender=Masc|Number=Sing
        2  a          3  aux:tense AUX   avoir
        3  élu        3  ROOT      VERB  élire      Tense=Past|VerbForm=Part
        4  à          6  case      ADP   à
        5  la         6  det       DET   le         Definite=Def|Number=Sing
        6  tête       3  obl:arg   NOUN  tête       Gender=Fem|Number=Sing
        7  du         8  case      ADP   de         Definite=Def|Number=Sing
        8  conseil    6  nmod      NOUN  conseil    Gender=Masc|Number=Sing
        9  Paul       8  appos     PROPN Paul       Gender=Masc|Number=Sing  B-PER
        10 Aubry      9  flat:name PROPN Aubry      _                        I-PER
        11 .          3  punct     PUNCT .
        """
    )
    assert ("congrès", "élire", "Paul Aubry") in edges(doc)


def test_an_amount_behind_de_is_the_verbs_theme():
    # "Vexor a recruté plus de vendeurs." (« plus de » hung as an oblique)
    doc = parse(
        """
        0 Vexor     2 nsubj     PROPN Vexor     _                        B-ORG
        1 a         2 aux:tense AUX   avoir
        2 recruté   2 ROOT      VERB  recruter  Tense=Past|VerbForm=Part
        3 plus      5 advmod    ADV   plus
        4 de        5 case      ADP   de
        5 vendeurs  2 obl:arg   NOUN  vendeur   Gender=Masc|Number=Plur
        6 .         2 punct     PUNCT .
        """
    )
    assert ("Vexor", "recruter", "vendeurs") in edges(doc)


def test_a_common_noun_opening_a_chain_of_infinitives_does_the_last():
    # "Le locataire se verra prier de rendre les clés."
    doc = parse(
        """
        0 Le           1 det       DET   le           Definite=Def|Number=Sing
        1 locataire    3 nsubj     NOUN  locataire    Gender=Masc|Number=Sing
        2 se           3 expl:comp PRON  se           Person=3|Reflex=Yes
        3 verra        3 ROOT      VERB  voir         Mood=Ind|Tense=Fut|VerbForm=Fin
        4 prier        3 xcomp     VERB  prier        VerbForm=Inf
        5 de           6 mark      ADP   de
        6 rendre       4 xcomp     VERB  rendre       VerbForm=Inf
        7 les          8 det       DET   le           Definite=Def|Number=Plur
        8 clés         6 obj       NOUN  clé          Gender=Fem|Number=Plur
        9 .            3 punct     PUNCT .
        """
    )
    assert ("locataire", "rendre", "clés") in edges(doc)


def test_an_amount_adverb_object_hands_over_to_its_noun():
    # "Vexor va subir davantage de pannes."
    doc = parse(
        """
        0 Vexor     1 nsubj   PROPN Vexor    _                        B-ORG
        1 va        1 ROOT    VERB  aller    VerbForm=Fin
        2 subir     1 xcomp   VERB  subir    VerbForm=Inf
        3 davantage 2 obj     ADV   davantage
        4 de        5 case    ADP   de
        5 pannes    3 obl:arg NOUN  panne    Gender=Fem|Number=Plur
        6 .         1 punct   PUNCT .
        """
    )
    assert ("Vexor", "subir", "pannes") in edges(doc)


def test_people_set_after_a_thing_are_no_second_thing():
    # "Les deux camps disputent le titre, le candidat de Vexor et l'ancien maire."
    doc = parse(
        """
        0  Les          2  det   DET   le          Definite=Def|Number=Plur
        1  deux         2  nummod NUM  deux        NumType=Card
        2  camps        3  nsubj NOUN  camp        Gender=Masc|Number=Plur
        3  disputent    3  ROOT  VERB  disputer    VerbForm=Fin
        4  le           5  det   DET   le          Definite=Def|Number=Sing
        5  titre        3  obj   NOUN  titre       Gender=Masc|Number=Sing
        6  ,            8  punct PUNCT ,
        7  le           8  det   DET   le          Definite=Def|Number=Sing
        8  candidat     5  conj  NOUN  candidat    Gender=Masc|Number=Sing
        9  de           10 case  ADP   de
        10 Vexor        8  nmod  PROPN Vexor       _                        B-ORG
        11 .            3  punct PUNCT .
        """
    )
    assert edges(doc) == {("deux camps", "disputer", "titre")}


def test_a_passive_with_no_agent_relates_what_undergoes_it_to_its_place():
    # "Les suspects ont été arrêtés dans un entrepôt du port à Brest."
    doc = parse(
        """
        0 Les        1 det        DET   le
        1 suspects   4 nsubj:pass NOUN  suspect    Gender=Masc|Number=Plur
        2 ont        4 aux:tense  AUX   avoir
        3 été        4 aux:pass   AUX   être
        4 arrêtés    4 ROOT       VERB  arrêter    Tense=Past|VerbForm=Part
        5 dans       7 case       ADP   dans
        6 un         7 det        DET   un
        7 entrepôt   4 obl:mod    NOUN  entrepôt   Gender=Masc|Number=Sing
        8 du         9 case       ADP   de
        9 port       7 nmod       NOUN  port       Gender=Masc|Number=Sing
        10 à         11 case      ADP   à
        11 Brest     9 nmod       PROPN Brest      _  B-LOC
        12 .         4 punct      PUNCT .
        """
    )
    assert edges(doc) == {("suspects", "arrêté dans", "Brest")}


def test_a_passive_with_no_agent_gives_no_edge_to_a_manner():
    # "Les voyants ont été allumés à plusieurs reprises."
    doc = parse(
        """
        0 Les        1 det        DET   le
        1 voyants    4 nsubj:pass NOUN  voyant     Gender=Masc|Number=Plur
        2 ont        4 aux:tense  AUX   avoir
        3 été        4 aux:pass   AUX   être
        4 allumés    4 ROOT       VERB  allumer    Tense=Past|VerbForm=Part
        5 à          7 case       ADP   à
        6 plusieurs  7 det        DET   plusieurs
        7 reprises   4 obl:mod    NOUN  reprise    Gender=Fem|Number=Plur
        8 .          4 punct      PUNCT .
        """
    )
    assert edges(doc) == set()


def test_counted_nationals_are_people_not_their_state():
    # "Trois Norvégiens ont été libérés à Oslo."
    doc = parse(
        """
        0 Trois       1 nummod     NUM   trois
        1 Norvégiens  4 nsubj:pass NOUN  norvégien  Gender=Masc|Number=Plur
        2 ont         4 aux:tense  AUX   avoir
        3 été         4 aux:pass   AUX   être
        4 libérés     4 ROOT       VERB  libérer    Tense=Past|VerbForm=Part
        5 à           6 case       ADP   à
        6 Oslo        4 obl:mod    PROPN Oslo       _  B-LOC
        7 .           4 punct      PUNCT .
        """
    )
    found = edges(doc)  # (the count stays with them: how many is the fact)
    assert found == {("Trois Norvégiens", "libéré à", "Oslo")}


def test_a_body_in_brackets_after_a_person_is_what_they_belong_to():
    # "Jeanne Ribot (PCF) a voté contre."
    doc = parse(
        """
        0 Jeanne  5 nsubj       PROPN Jeanne  _  B-PER
        1 Ribot   0 flat:name   PROPN Ribot   _  I-PER
        2 (       3 punct       PUNCT (
        3 PCF     0 appos       PROPN PCF     _  B-ORG
        4 )       3 punct       PUNCT )
        5 voté    5 ROOT        VERB  voter   VerbForm=Part
        6 .       5 punct       PUNCT .
        """
    )
    assert ("Jeanne Ribot", "membre de", "PCF") in edges(doc)


def test_a_body_behind_de_between_commas_after_a_person():
    # "Paul Mas, de la CFDT, a signé."
    doc = parse(
        """
        0 Paul    8 nsubj       PROPN Paul    _  B-PER
        1 Mas     0 flat:name   PROPN Mas     _  I-PER
        2 ,       0 punct       PUNCT ,
        3 de      5 case        ADP   de
        4 la      5 det         DET   le
        5 CFDT    0 nmod        PROPN CFDT    _  B-ORG
        6 ,       0 punct       PUNCT ,
        7 a       8 aux:tense   AUX   avoir
        8 signé   8 ROOT        VERB  signer  VerbForm=Part
        9 .       8 punct       PUNCT .
        """
    )
    assert edges(doc) == {("Paul Mas", "membre de", "CFDT")}


def test_a_role_noun_followed_by_a_body_name():
    # "Anne Leroy, ex-sénatrice MoDem, a démissionné."
    doc = parse(
        """
        0 Anne          7 nsubj      PROPN Anne          _  B-PER
        1 Leroy         0 flat:name  PROPN Leroy         _  I-PER
        2 ,             0 punct      PUNCT ,
        3 ex-sénatrice  0 appos      NOUN  ex-sénatrice  Gender=Fem|Number=Sing
        4 MoDem         3 flat:name  PROPN MoDem         _  B-ORG
        5 ,             7 punct      PUNCT ,
        6 a             7 aux:tense  AUX   avoir
        7 démissionné   7 ROOT       VERB  démissionner  VerbForm=Part
        8 .             7 punct      PUNCT .
        """
    )
    assert ("Anne Leroy", "ex-sénatrice de", "MoDem") in edges(doc)


def test_a_name_hung_on_the_last_complement_of_a_role_is_the_role_holder():
    # "Le directeur de la caisse des dépôts Jean Morel a démissionné."
    doc = parse(
        """
        0 Le           1 det        DET   le
        1 directeur    10 nsubj     NOUN  directeur    Gender=Masc|Number=Sing
        2 de           4 case       ADP   de
        3 la           4 det        DET   le
        4 caisse       1 nmod       NOUN  caisse       Gender=Fem|Number=Sing
        5 des          6 case       ADP   de
        6 dépôts       4 nmod       NOUN  dépôt        Gender=Masc|Number=Plur
        7 Jean         6 appos      PROPN Jean         _  B-PER
        8 Morel        7 flat:name  PROPN Morel        _  I-PER
        9 a            10 aux:tense AUX   avoir
        10 démissionné 10 ROOT      VERB  démissionner VerbForm=Part
        11 .           10 punct     PUNCT .
        """
    )
    assert ("Jean Morel", "directeur de", "caisse des dépôts") in edges(doc)


def test_a_name_after_a_comma_behind_a_role_inside_a_role_is_the_outer_one():
    # "La fille de l'ancien maire de Lyon, Eva Brun, témoigne."
    doc = parse(
        """
        0 La        1 det        DET   le
        1 fille     12 nsubj     NOUN  fille     Gender=Fem|Number=Sing
        2 de        5 case       ADP   de
        3 l'        5 det        DET   le
        4 ancien    5 amod       ADJ   ancien
        5 maire     1 nmod       NOUN  maire     Gender=Masc|Number=Sing
        6 de        7 case       ADP   de
        7 Lyon      5 nmod       PROPN Lyon      _  B-LOC
        8 ,         9 punct      PUNCT ,
        9 Eva       5 appos      PROPN Eva       _  B-PER
        10 Brun     9 flat:name  PROPN Brun      _  I-PER
        11 ,        12 punct     PUNCT ,
        12 témoigne 12 ROOT      VERB  témoigner Mood=Ind|VerbForm=Fin
        13 .        12 punct     PUNCT .
        """
    )
    assert ("Eva Brun", "maire de", "Lyon") not in edges(doc)


def test_a_lower_case_demonym_with_le_is_a_language_not_a_state():
    # "L'école enseigne le portugais."
    doc = parse(
        """
        0 L'         1 det        DET   le
        1 école      2 nsubj      NOUN  école      Gender=Fem|Number=Sing
        2 enseigne   2 ROOT       VERB  enseigner  Mood=Ind|VerbForm=Fin
        3 le         4 det        DET   le
        4 portugais  2 obj        NOUN  portugais  Gender=Masc|Number=Sing
        5 .          2 punct      PUNCT .
        """
    )
    found = extract(doc)
    assert [(t.object.text, t.object.type) for t in found] == [("portugais", "CONCEPT")]


def test_a_name_with_its_number_is_one_body():
    # "Le journaliste de Radio 7 Paul Morel a parlé." (the NER stops before « 7 »)
    doc = parse(
        """
        0 Le          1 det        DET   le
        1 journaliste 8 nsubj      NOUN  journaliste Gender=Masc|Number=Sing
        2 de          3 case       ADP   de
        3 Radio       1 nmod       PROPN Radio       _  B-LOC
        4 7           5 nummod     NUM   7
        5 Paul        1 appos      PROPN Paul        _  B-PER
        6 Morel       5 flat:name  PROPN Morel       _  I-PER
        7 a           8 aux:tense  AUX   avoir
        8 parlé       8 ROOT       VERB  parler      VerbForm=Part
        9 .           8 punct      PUNCT .
        """
    )
    names = name_mentions(doc, 0, "a", lambda i: 0)
    assert (names[3].text, names[3].type) == ("Radio 7", "ORG")
    assert ("Paul Morel", "journaliste de", "Radio 7") in edges(doc)


def test_a_number_counting_what_follows_a_name_is_not_part_of_it():
    # "Il est resté en Italie 3 jours."
    doc = parse(
        """
        0 Il       2 nsubj      PRON  il
        1 est      2 aux:tense  AUX   être
        2 resté    2 ROOT       VERB  rester   VerbForm=Part
        3 en       4 case       ADP   en
        4 Italie   2 obl:mod    PROPN Italie   _  B-LOC
        5 3        6 nummod     NUM   3
        6 jours    2 obl:mod    NOUN  jour     Gender=Masc|Number=Plur
        7 .        2 punct      PUNCT .
        """
    )
    assert name_mentions(doc, 0, "a", lambda i: 0)[4].text == "Italie"


def test_one_of_the_nouns_of_a_body_set_against_a_person():
    # "Paul Mas, l'un des fondateurs de Terra, a parlé."
    doc = parse(
        """
        0 Paul        11 nsubj     PROPN Paul       _  B-PER
        1 Mas         0 flat:name  PROPN Mas        _  I-PER
        2 ,           4 punct      PUNCT ,
        3 l'          4 det        DET   le
        4 un          0 appos      PRON  un
        5 des         6 case       ADP   de
        6 fondateurs  4 nmod       NOUN  fondateur  Gender=Masc|Number=Plur
        7 de          8 case       ADP   de
        8 Terra       6 nmod       PROPN Terra      _  B-ORG
        9 ,           4 punct      PUNCT ,
        10 a          11 aux:tense AUX   avoir
        11 parlé      11 ROOT      VERB  parler     VerbForm=Part
        12 .          11 punct     PUNCT .
        """
    )
    assert ("Paul Mas", "fondateur de", "Terra") in edges(doc)


def test_a_place_described_at_the_end_of_a_sentence_relates_to_its_named_whole():
    # "Le maire a visité Rennes, la capitale de la Bretagne."
    doc = parse(
        """
        0 Le        1 det        DET   le
        1 maire     3 nsubj      NOUN  maire     Gender=Masc|Number=Sing
        2 a         3 aux:tense  AUX   avoir
        3 visité    3 ROOT       VERB  visiter   VerbForm=Part
        4 Rennes    3 obj        PROPN Rennes    _  B-LOC
        5 ,         7 punct      PUNCT ,
        6 la        7 det        DET   le
        7 capitale  3 obl:mod    NOUN  capitale  Gender=Fem|Number=Sing
        8 de        10 case      ADP   de
        9 la        10 det       DET   le
        10 Bretagne 7 nmod       PROPN Bretagne  _  B-LOC
        11 .        3 punct      PUNCT .
        """
    )
    assert ("Rennes", "capitale de", "Bretagne") in edges(doc)


def test_a_kinship_noun_with_a_possessive_relates_to_the_coordinated_person():
    # "Anne Roy et son fils Hugo Roy ont déménagé."
    doc = parse(
        """
        0 Anne      8 nsubj      PROPN Anne      _  B-PER
        1 Roy       0 flat:name  PROPN Roy       _  I-PER
        2 et        4 cc         CCONJ et
        3 son       4 det        DET   son       Poss=Yes
        4 fils      0 conj       NOUN  fils      Gender=Masc|Number=Sing
        5 Hugo      4 appos      PROPN Hugo      _  B-PER
        6 Roy       5 flat:name  PROPN Roy       _  I-PER
        7 ont       8 aux:tense  AUX   avoir
        8 déménagé  8 ROOT       VERB  déménager VerbForm=Part
        9 .         8 punct      PUNCT .
        """
    )
    assert ("Hugo Roy", "fils de", "Anne Roy") in edges(doc)


def test_a_kinship_noun_with_a_possessive_relates_to_the_subject_of_its_clause():
    # "Paul Mas a invité sa sœur Lise Mas."
    doc = parse(
        """
        0 Paul      3 nsubj      PROPN Paul      _  B-PER
        1 Mas       0 flat:name  PROPN Mas       _  I-PER
        2 a         3 aux:tense  AUX   avoir
        3 invité    3 ROOT       VERB  inviter   VerbForm=Part
        4 sa        5 det        DET   son       Poss=Yes
        5 sœur      3 obj        NOUN  sœur      Gender=Fem|Number=Sing
        6 Lise      5 appos      PROPN Lise      _  B-PER
        7 Mas       6 flat:name  PROPN Mas       _  I-PER
        8 .         3 punct      PUNCT .
        """
    )
    found = edges(doc)
    assert ("Lise Mas", "sœur de", "Paul Mas") in found
    assert ("Paul Mas", "inviter", "Lise Mas") in found


def test_the_two_ends_of_a_way_are_not_one_inside_the_other():
    # "Un train reliant Nantes à Lille a déraillé."
    doc = parse(
        """
        0 Un        1 det        DET   un
        1 train     7 nsubj      NOUN  train    Gender=Masc|Number=Sing
        2 reliant   1 acl        VERB  relier   Tense=Pres|VerbForm=Part
        3 Nantes    2 obj        PROPN Nantes   _  B-LOC
        4 à         5 case       ADP   à
        5 Lille     2 obl:arg    PROPN Lille    _  B-LOC
        6 a         7 aux:tense  AUX   avoir
        7 déraillé  7 ROOT       VERB  dérailler VerbForm=Part
        8 .         7 punct      PUNCT .
        """
    )
    assert not any(r.startswith("situé") for _, r, _ in edges(doc))


def test_a_concept_with_an_adjective_keeps_its_named_place():
    # "Les élus ont rencontré la communauté portuaire de Brest."
    doc = parse(
        """
        0 Les        1 det        DET   le
        1 élus       3 nsubj      NOUN  élu        Gender=Masc|Number=Plur
        2 ont        3 aux:tense  AUX   avoir
        3 rencontré  3 ROOT       VERB  rencontrer VerbForm=Part
        4 la         5 det        DET   le
        5 communauté 3 obj        NOUN  communauté Gender=Fem|Number=Sing
        6 portuaire  5 amod       ADJ   portuaire
        7 de         8 case       ADP   de
        8 Brest      5 nmod       PROPN Brest      _  B-LOC
        9 .          3 punct      PUNCT .
        """
    )
    assert ("élus", "rencontrer", "communauté portuaire de Brest") in edges(doc)


def test_a_concept_with_an_adjective_keeps_its_de_complement():
    """« une prévision optimiste de la croissance », « les gardes armés de X »: after the
    adjectives too, what the noun is of makes the end say something on its own."""
    doc = parse(
        """
        0 Le         1 det        DET   le
        1 cabinet    3 nsubj      NOUN  cabinet    Gender=Masc|Number=Sing
        2 a          3 aux:tense  AUX   avoir
        3 publié     3 ROOT       VERB  publier    VerbForm=Part
        4 une        5 det        DET   un
        5 prévision  3 obj        NOUN  prévision  Gender=Fem|Number=Sing
        6 optimiste  5 amod       ADJ   optimiste
        7 de         9 case       ADP   de
        8 la         9 det        DET   le
        9 croissance 5 nmod       NOUN  croissance Gender=Fem|Number=Sing
        10 régionale 9 amod       ADJ   régional
        11 .         3 punct      PUNCT .
        """
    )
    assert ("cabinet", "publier", "prévision optimiste de la croissance régionale") in edges(doc)
    named = parse(
        """
        0 Les        1 det        DET   le
        1 gardes     6 nsubj      NOUN  garde      Gender=Masc|Number=Plur
        2 armés      1 amod       ADJ   armé
        3 de         4 case       ADP   de
        4 Vexa       1 nmod       PROPN Vexa       _  B-ORG
        5 ont        6 aux:tense  AUX   avoir
        6 fermé      6 ROOT       VERB  fermer     VerbForm=Part
        7 le         8 det        DET   le
        8 port       6 obj        NOUN  port       Gender=Masc|Number=Sing
        9 .          6 punct      PUNCT .
        """
    )
    assert ("gardes armés de Vexa", "fermer", "port") in edges(named)


def test_what_befell_a_subject_and_where():
    # "Jean Morel a eu un accident de car à Brest."
    doc = parse(
        """
        0 Jean      3 nsubj      PROPN Jean      _  B-PER
        1 Morel     0 flat:name  PROPN Morel     _  I-PER
        2 a         3 aux:tense  AUX   avoir
        3 eu        3 ROOT       VERB  avoir     VerbForm=Part
        4 un        5 det        DET   un
        5 accident  3 obj        NOUN  accident  Gender=Masc|Number=Sing
        6 de        7 case       ADP   de
        7 car       5 nmod       NOUN  car       Gender=Masc|Number=Sing
        8 à         9 case       ADP   à
        9 Brest     5 nmod       PROPN Brest     _  B-LOC
        10 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Jean Morel", "avoir accident à", "Brest")}


def test_a_quoted_name_and_the_place_after_its_closing_quote():
    # "Le club « Voile bleue » en Bretagne recrute."
    doc = parse(
        """
        0 Le        1 det        DET   le
        1 club      8 nsubj      NOUN  club      Gender=Masc|Number=Sing
        2 «         3 punct      PUNCT «
        3 Voile     1 appos      PROPN Voile     _  B-ORG
        4 bleue     3 flat:name  PROPN bleue     _  I-ORG
        5 »         3 punct      PUNCT »
        6 en        7 case       ADP   en
        7 Bretagne  1 nmod       PROPN Bretagne  _  B-LOC
        8 recrute   8 ROOT       VERB  recruter  Mood=Ind|VerbForm=Fin
        9 .         8 punct      PUNCT .
        """
    )
    assert ("Voile bleue", "situé en", "Bretagne") in edges(doc)


def test_a_negated_aller_or_pouvoir_denies_the_infinitive():
    # "Les accords ne vont pas sauver l'usine."
    doc = parse(
        """
        0 Les      1 det        DET   le
        1 accords  3 nsubj      NOUN  accord    Gender=Masc|Number=Plur
        2 ne       3 advmod     ADV   ne
        3 vont     3 ROOT       VERB  aller     Mood=Ind|VerbForm=Fin
        4 pas      3 advmod     ADV   pas
        5 sauver   3 xcomp      VERB  sauver    VerbForm=Inf
        6 l'       7 det        DET   le
        7 usine    5 obj        NOUN  usine     Gender=Fem|Number=Sing
        8 .        3 punct      PUNCT .
        """
    )
    assert only(doc, "accords", "sauver", "usine").modality == "denied"


def test_a_noun_tagged_verb_with_a_prepositional_argument_is_a_verb():
    # "Une circulaire demande aux maires de fermer les écoles." with « demande » a NOUN
    doc = parse(
        """
        0 Une        1 det        DET   un
        1 circulaire 2 nsubj      NOUN  circulaire  Gender=Fem|Number=Sing
        2 demande    2 ROOT       NOUN  demande     Gender=Fem|Number=Sing
        3 aux        4 case       ADP   à
        4 maires     2 obl:arg    NOUN  maire       Gender=Masc|Number=Plur
        5 de         6 mark       ADP   de
        6 fermer     2 xcomp      VERB  fermer      VerbForm=Inf
        7 les        8 det        DET   le
        8 écoles     6 obj        NOUN  école       Gender=Fem|Number=Plur
        9 .          2 punct      PUNCT .
        """
    )
    assert ("circulaire", "demander de fermer écoles à", "maires") in edges(doc)


def test_the_author_of_a_document_is_the_source():
    # "Selon un communiqué de la préfecture, deux hommes ont été arrêtés par les gendarmes."
    doc = parse(
        """
        0 Selon       2 case        ADP   selon
        1 un          2 det         DET   un
        2 communiqué  11 obl:mod    NOUN  communiqué  Gender=Masc|Number=Sing
        3 de          5 case        ADP   de
        4 la          5 det         DET   le
        5 préfecture  2 nmod        NOUN  préfecture  Gender=Fem|Number=Sing
        6 ,           2 punct       PUNCT ,
        7 deux        8 nummod      NUM   deux
        8 hommes      11 nsubj:pass NOUN  homme       Gender=Masc|Number=Plur
        9 ont         11 aux:tense  AUX   avoir
        10 été        11 aux:pass   AUX   être
        11 arrêtés    11 ROOT       VERB  arrêter     Tense=Past|VerbForm=Part
        12 par        14 case       ADP   par
        13 les        14 det        DET   le
        14 gendarmes  11 obl:agent  NOUN  gendarme    Gender=Masc|Number=Plur
        15 .          11 punct      PUNCT .
        """
    )
    (t,) = extract(doc)
    assert (t.subject.text, t.relation, t.object.text) == ("gendarmes", "arrêter", "deux hommes")
    assert t.source is not None and t.source.text == "préfecture"


def test_a_passive_subject_the_parser_labelled_nsubj_is_still_the_patient():
    # "Paul Roy a été reçu par Luc Mas."
    doc = parse(
        """
        0 Paul   4 nsubj      PROPN Paul     _  B-PER
        1 Roy    0 flat:name  PROPN Roy      _  I-PER
        2 a      4 aux:tense  AUX   avoir
        3 été    4 aux:pass   AUX   être
        4 reçu   4 ROOT       VERB  recevoir Tense=Past|VerbForm=Part
        5 par    6 case       ADP   par
        6 Luc    4 obl:agent  PROPN Luc      _  B-PER
        7 Mas    6 flat:name  PROPN Mas      _  I-PER
        8 .      4 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Luc Mas", "recevoir", "Paul Roy")}


def test_the_que_clause_of_a_cleft_sentence_is_asserted_whatever_it_hangs_on():
    # "C'est à Lyon, la ville qui pourrait décider le vote, que Marc Roy rencontre Ana Gil."
    # parsed with the « que » clause under the relative clause
    doc = parse(
        """
        0 C'          3 expl:subj  PRON  ce
        1 est         3 cop        AUX   être
        2 à           3 case       ADP   à
        3 Lyon        3 ROOT       PROPN Lyon       _  B-LOC
        4 ,           3 punct      PUNCT ,
        5 la          6 det        DET   le
        6 ville       3 appos      NOUN  ville      Gender=Fem|Number=Sing
        7 qui         8 nsubj      PRON  qui
        8 pourrait    6 acl:relcl  VERB  pouvoir    Mood=Cnd|VerbForm=Fin
        9 décider     8 xcomp      VERB  décider    VerbForm=Inf
        10 le         11 det       DET   le
        11 vote       9 obj        NOUN  vote       Gender=Masc|Number=Sing
        12 ,          9 punct      PUNCT ,
        13 que        16 mark      SCONJ que
        14 Marc       16 nsubj     PROPN Marc       _  B-PER
        15 Roy        14 flat:name PROPN Roy        _  I-PER
        16 rencontre  9 ccomp      VERB  rencontrer Mood=Ind|VerbForm=Fin
        17 Ana        16 obj       PROPN Ana        _  B-PER
        18 Gil        17 flat:name PROPN Gil        _  I-PER
        19 .          3 punct      PUNCT .
        """
    )
    assert only(doc, "Marc Roy", "rencontrer", "Ana Gil").modality == "asserted"


def test_a_surname_after_famille_is_the_family_not_a_member():
    # "La famille Morel a porté plainte."
    doc = parse(
        """
        0 La       1 det        DET   le
        1 famille  5 nsubj      NOUN  famille  Gender=Fem|Number=Sing
        2 Morel    1 nmod       PROPN Morel    _  B-PER
        3 a        5 aux:tense  AUX   avoir
        4 porté    5 dep        ADV   porté
        5 plainte  5 ROOT       NOUN  plainte  Gender=Fem|Number=Sing
        6 .        5 punct      PUNCT .
        """
    )
    names = name_mentions(doc, 0, "a", lambda i: 0)
    assert (names[2].text, names[2].key) == ("famille Morel", "family:morel")


def test_a_relative_on_a_noun_apposed_to_a_person_is_about_the_person():
    # "Paul Mas, un élu qui dirige la régie, a démissionné."
    doc = parse(
        """
        0 Paul         9 nsubj      PROPN Paul      _  B-PER
        1 Mas          0 flat:name  PROPN Mas       _  I-PER
        2 ,            0 punct      PUNCT ,
        3 un           4 det        DET   un
        4 élu          0 appos      NOUN  élu       Gender=Masc|Number=Sing
        5 qui          6 nsubj      PRON  qui
        6 dirige       4 acl:relcl  VERB  diriger   Mood=Ind|VerbForm=Fin
        7 la           8 det        DET   le
        8 régie        6 obj        NOUN  régie     Gender=Fem|Number=Sing
        9 démissionné  9 ROOT       VERB  démissionner VerbForm=Part
        10 .           9 punct      PUNCT .
        """
    )
    assert ("Paul Mas", "diriger", "régie") in edges(doc)


def test_a_locution_with_a_prepositional_noun_is_the_relation():
    # "La justice a mis en examen la société Norbat."
    doc = parse(
        """
        0 La       1 det        DET   le
        1 justice  3 nsubj      NOUN  justice  Gender=Fem|Number=Sing
        2 a        3 aux:tense  AUX   avoir
        3 mis      3 ROOT       VERB  mettre   VerbForm=Part
        4 en       5 case       ADP   en
        5 examen   3 obl:arg    NOUN  examen   Gender=Masc|Number=Sing
        6 la       7 det        DET   le
        7 société  3 obj        NOUN  société  Gender=Fem|Number=Sing
        8 Norbat   7 nmod       PROPN Norbat   _  B-ORG
        9 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("justice", "mettre en examen", "Norbat")}


def test_avoir_with_a_bare_noun_is_a_locution():
    # "La mairie a eu recours à la police."
    doc = parse(
        """
        0 La       1 det        DET   le
        1 mairie   3 nsubj      NOUN  mairie   Gender=Fem|Number=Sing
        2 a        3 aux:tense  AUX   avoir
        3 eu       3 ROOT       VERB  avoir    VerbForm=Part
        4 recours  3 obj        NOUN  recours  Gender=Masc|Number=Sing
        5 à        7 case       ADP   à
        6 la       7 det        DET   le
        7 police   4 nmod       NOUN  police   Gender=Fem|Number=Sing
        8 .        3 punct      PUNCT .
        """
    )
    assert edges(doc) == {("mairie", "avoir recours à", "police")}


def test_a_role_after_a_name_parsed_as_a_conjunct_or_a_bare_complement():
    # "Anne Roy, maire de Brest, a parlé." with « maire » a bare « nmod » of the name
    doc = parse(
        """
        0 Anne    8 nsubj      PROPN Anne    _  B-PER
        1 Roy     0 flat:name  PROPN Roy     _  I-PER
        2 ,       0 punct      PUNCT ,
        3 maire   0 nmod       NOUN  maire   Gender=Masc|Number=Sing
        4 de      5 case       ADP   de
        5 Brest   3 nmod       PROPN Brest   _  B-LOC
        6 ,       0 punct      PUNCT ,
        7 a       8 aux:tense  AUX   avoir
        8 parlé   8 ROOT       VERB  parler  VerbForm=Part
        9 .       8 punct      PUNCT .
        """
    )
    assert ("Anne Roy", "maire de", "Brest") in edges(doc)


def test_a_participle_on_a_noun_apposed_to_a_name_is_about_the_name():
    # "Les Kelts, une milice faisant partie de la Ligue, ont défilé." (the noun set between
    # commas after the name, parsed as a second subject)
    doc = parse(
        """
        0 Les      1 det        DET   le
        1 Kelts    11 nsubj     PROPN Kelts     _  B-ORG
        2 ,        11 punct     PUNCT ,
        3 une      4 det        DET   un
        4 milice   11 nsubj     NOUN  milice    Gender=Fem|Number=Sing
        5 faisant  4 acl        VERB  faire     Tense=Pres|VerbForm=Part
        6 partie   5 obj        NOUN  partie    Gender=Fem|Number=Sing
        7 de       9 case       ADP   de
        8 la       9 det        DET   le
        9 Ligue    5 obl:arg    PROPN Ligue     _  B-ORG
        10 ,       11 punct     PUNCT ,
        11 défilé  11 ROOT      VERB  défiler   VerbForm=Part
        12 .       11 punct     PUNCT .
        """
    )
    assert ("Kelts", "faire partie", "Ligue") in edges(doc)


def test_ou_after_a_place_is_where_the_clause_happens():
    # "Paul Mas ira à Lille, où il rencontrera Ana Gil."
    doc = parse(
        """
        0 Paul        2 nsubj      PROPN Paul       _  B-PER
        1 Mas         0 flat:name  PROPN Mas        _  I-PER
        2 ira         2 ROOT       VERB  aller      Mood=Ind|VerbForm=Fin
        3 à           4 case       ADP   à
        4 Lille       2 obl:arg    PROPN Lille      _  B-LOC
        5 ,           2 punct      PUNCT ,
        6 où          8 iobj       PRON  où
        7 il          8 nsubj      PRON  il
        8 rencontrera 2 advcl      VERB  rencontrer Mood=Ind|VerbForm=Fin
        9 Ana         8 obj        PROPN Ana        _  B-PER
        10 Gil        9 flat:name  PROPN Gil        _  I-PER
        11 .          2 punct      PUNCT .
        """
    )
    triples = extract(doc)
    found = {(t.subject.text if t.subject.kind != "pronoun" else "il", t.relation,
              t.object.text) for t in triples}
    assert ("il", "rencontrer à", "Lille") in found


def test_a_noun_after_est_tagged_as_a_finite_verb_is_no_verb():
    # "L'enfant est élève à l'institut Jean Moulin." with « élève » a finite VERB
    doc = parse(
        """
        0 L'       1 det        DET   le
        1 enfant   3 nsubj      NOUN  enfant   Gender=Masc|Number=Sing
        2 est      3 aux:tense  AUX   être
        3 élève    3 ROOT       VERB  élever   Mood=Ind|VerbForm=Fin
        4 à        6 case       ADP   à
        5 l'       6 det        DET   le
        6 institut 3 obl:arg    NOUN  institut Gender=Masc|Number=Sing
        7 Jean     6 nmod       PROPN Jean     _  B-ORG
        8 Moulin   7 flat:name  PROPN Moulin   _  I-ORG
        9 .        3 punct      PUNCT .
        """
    )
    assert not any(r.startswith("élever") for _, r, _ in edges(doc))


def test_a_relative_on_a_noun_apposed_to_a_place_is_about_the_place():
    # "Les délégués iront à Lyon, la ville qui accueille le sommet."
    doc = parse(
        """
        0 Les        1 det        DET   le
        1 délégués   2 nsubj      NOUN  délégué    Gender=Masc|Number=Plur
        2 iront      2 ROOT       VERB  aller      Mood=Ind|VerbForm=Fin
        3 à          4 case       ADP   à
        4 Lyon       2 obl:arg    PROPN Lyon       _  B-LOC
        5 ,          7 punct      PUNCT ,
        6 la         7 det        DET   le
        7 ville      4 appos      NOUN  ville      Gender=Fem|Number=Sing
        8 qui        9 nsubj      PRON  qui
        9 accueille  7 acl:relcl  VERB  accueillir Mood=Ind|VerbForm=Fin
        10 le        11 det       DET   le
        11 sommet    9 obj        NOUN  sommet     Gender=Masc|Number=Sing
        12 .         2 punct      PUNCT .
        """
    )
    assert ("Lyon", "accueillir", "sommet") in edges(doc)


# --------------------------------------------------------------------------- roles of bodies


def test_a_role_at_a_kind_of_body_named_behind_its_complement_is_at_that_name():
    # « l'agence de presse Canal 9 »: the name hangs on « presse »
    doc = parse(
        """
        0  La           1  det        DET   le            _                            O
        1  journaliste  15 nsubj:pass NOUN  journaliste   Gender=Fem|Number=Sing       O
        2  de           4  case       ADP   de            _                            O
        3  l'           4  det        DET   le            _                            O
        4  agence       1  nmod       NOUN  agence        Gender=Fem|Number=Sing       O
        5  de           6  case       ADP   de            _                            O
        6  presse       4  nmod       NOUN  presse        Gender=Fem|Number=Sing       O
        7  Canal        6  nmod       PROPN Canal         _                            B-LOC
        8  9            7  nummod     NUM   9             NumType=Card                 I-LOC
        9  ,            1  punct      PUNCT ,             _                            O
        10 Julie        1  appos      PROPN Julie         Gender=Fem|Number=Sing       B-PER
        11 Marchand     10 flat:name  PROPN Marchand      _                            I-PER
        12 ,            15 punct      PUNCT ,             _                            O
        13 a            15 aux:tense  AUX   avoir         _                            O
        14 été          15 aux:pass   AUX   être          _                            O
        15 blessée      15 ROOT       VERB  blesser       VerbForm=Part|Voice=Pass     O
        16 .            15 punct      PUNCT .             _                            O
        """
    )
    only(doc, "Julie Marchand", "journaliste de", "Canal 9")
    assert not any(o == "agence de presse" for _, _, o in edges(doc)), edges(doc)


POUR_X_SON_ROLE = """
        0  Pour         1  case       ADP   pour          _                            O
        1  Jean         10 obl:mod    PROPN Jean          Gender=Fem|Number=Sing       B-PER
        2  Mercier      1  flat:name  PROPN Mercier       _                            I-PER
        3  ,            1  punct      PUNCT ,             _                            O
        4  son          5  det        DET   son           Number=Sing|Poss=Yes         O
        5  {role:<12} 1  appos      NOUN  {role:<12}  Number=Sing                  O
        6  général      5  amod       ADJ   général       Gender=Masc|Number=Sing      O
        7  ,            10 punct      PUNCT ,             _                            O
        8  la           9  det        DET   le            _                            O
        9  CFDT         10 nsubj      PROPN CFDT          Gender=Fem|Number=Sing       B-ORG
        10 doit         10 ROOT       VERB  devoir        Mood=Ind|VerbForm=Fin        O
        11 agir         10 xcomp      VERB  agir          VerbForm=Inf                 O
        12 .            10 punct      PUNCT .             _                            O
        """


def test_a_role_with_a_possessive_is_held_of_what_the_possessive_stands_for():
    doc = parse(POUR_X_SON_ROLE.format(role="secrétaire"))
    found = only(doc, "Jean Mercier", "secrétaire général de", "son")
    assert found.object.kind == "pronoun" and found.object.key == "pronoun:possessor"


def test_an_opening_pour_x_with_an_apposition_is_the_source_not_an_argument():
    # « Pour X, son secrétaire général, la CFDT doit agir »: nothing « doit pour » X
    doc = parse(POUR_X_SON_ROLE.format(role="secrétaire"))
    assert not any(r.startswith("devoir") for _, r, _ in edges(doc)), edges(doc)


def test_a_kinship_noun_with_a_possessive_is_not_a_bodys_role():
    # « son fils »: a person's son (whoever « son » stands for, resolved with the
    # pronouns among persons), never a body's role
    doc = parse(POUR_X_SON_ROLE.format(role="fils"))
    owners = {t.object.key for t in extract(doc) if t.object.text == "son"}
    assert owners <= {"pronoun:kin"} and "pronoun:possessor" not in owners, owners


SUPPORT_TO = """
        0  Paul         3  nsubj      PROPN Paul         Gender=Masc|Number=Sing      B-PER
        1  Martin       0  flat:name  PROPN Martin       Gender=Masc|Number=Sing      I-PER
        2  a            3  aux:tense  AUX   avoir        VerbForm=Fin                 O
        3  apporté      3  ROOT       VERB  apporter     VerbForm=Part                O
        4  son          5  det        DET   son          Number=Sing|Poss=Yes         O
        5  soutien      3  obj        NOUN  soutien      Gender=Masc|Number=Sing      O
        6  aux          7  case       ADP   à            _                            O
        7  {noun:<12} 5  nmod       NOUN  {lemma:<12} {number:<28} O
        8  .            3  punct      PUNCT .            _                            O
        """


def test_support_given_to_people_named_by_a_plural_noun_goes_to_them():
    doc = parse(SUPPORT_TO.format(noun="blessés", lemma="blessé", number="Number=Plur"))
    only(doc, "Paul Martin", "apporter soutien à", "blessés")


def test_support_given_to_a_singular_thing_is_no_edge_to_it():
    # « apporter son soutien au projet »: a thing, not those the support goes to
    doc = parse(SUPPORT_TO.format(noun="projet", lemma="projet", number="Number=Sing"))
    assert not any(o == "projet" for _, _, o in edges(doc)), edges(doc)


def test_an_object_behind_a_preposition_is_an_oblique_with_it():
    # the parser labels « Marie Durand » of « perdre face à Marie Durand » an object
    doc = parse(
        """
        0  Paul         3  nsubj      PROPN Paul         Gender=Masc|Number=Sing      B-PER
        1  Martin       0  flat:name  PROPN Martin       Gender=Masc|Number=Sing      I-PER
        2  a            3  aux:tense  AUX   avoir        VerbForm=Fin                 O
        3  perdu        3  ROOT       VERB  perdre       VerbForm=Part                O
        4  face         6  case       NOUN  face         Gender=Fem|Number=Sing       O
        5  à            4  fixed      ADP   à            _                            O
        6  Marie        3  obj        PROPN Marie        _                            B-PER
        7  Durand       6  flat:name  PROPN Durand       _                            I-PER
        8  .            3  punct      PUNCT .            _                            O
        """
    )
    assert edges(doc) == {("Paul Martin", "perdre face à", "Marie Durand")}


def test_a_noun_parsed_as_an_open_complement_is_the_object_and_a_demand_is_hypothetical():
    # "Le parti exige que l'armée quitte le pouvoir." (the model's parse: « le pouvoir »
    # an xcomp, as if the infinitive; « quitte » lemmatised as written)
    doc = parse(
        """
        0  Le       1  det    DET   le       Definite=Def|Gender=Masc|Number=Sing
        1  parti    2  nsubj  NOUN  parti    Gender=Masc|Number=Sing
        2  exige    2  ROOT   VERB  exiger   Mood=Ind|Number=Sing|Person=3|VerbForm=Fin
        3  que      6  mark   SCONJ que
        4  l'       5  det    DET   le       Definite=Def|Number=Sing
        5  armée    6  nsubj  NOUN  armée    Gender=Fem|Number=Sing
        6  quitte   2  ccomp  VERB  quitte   Mood=Ind|Number=Sing|Person=3|VerbForm=Fin
        7  le       8  det    DET   le       Definite=Def|Gender=Masc|Number=Sing
        8  pouvoir  6  xcomp  NOUN  pouvoir  Gender=Masc|Number=Sing
        9  .        2  punct  PUNCT .
        """
    )
    assert only(doc, "armée", "quitter", "pouvoir").modality == "hypothetical"
    # a predicative noun stays one: « X a été nommé le porte-parole » acts on nothing
    doc = parse(
        """
        0  Paul         3  nsubj:pass PROPN Paul     Gender=Masc|Number=Sing    B-PER
        1  Aubry        0  flat:name  PROPN Aubry    _                          I-PER
        2  a            3  aux:tense  AUX   avoir    Mood=Ind|VerbForm=Fin
        3  été          4  aux:pass   AUX   être     VerbForm=Part
        4  nommé        4  ROOT       VERB  nommer   Tense=Past|VerbForm=Part|Voice=Pass
        5  le           6  det        DET   le       Definite=Def|Number=Sing
        6  porte-parole 4  xcomp      NOUN  porte-parole Number=Sing
        7  .            4  punct      PUNCT .
        """
    )
    assert not any(r == "nommer" for _, r, _ in edges(doc))


def test_ne_que_restricts_the_object_it_negates_nothing():
    # "La loi ne prévoit qu'une amende en cas de retard." (the model's parse, as on such a
    # sentence: the object a ccomp behind « qu' »)
    doc = parse(
        """
        0  La           1  det      DET   le           Definite=Def|Gender=Fem|Number=Sing
        1  loi          3  nsubj    NOUN  loi          Gender=Fem|Number=Sing
        2  ne           3  advmod   ADV   ne           Polarity=Neg
        3  prévoit      3  ROOT     VERB  prévoir      Mood=Ind|Number=Sing|VerbForm=Fin
        4  qu'          6  mark     SCONJ que
        5  une          6  det      DET   un           Definite=Ind|Gender=Fem|Number=Sing
        6  amende       3  ccomp    NOUN  amende       Gender=Fem|Number=Sing
        7  en           9  case     ADP   en
        8  cas          9  nmod     NOUN  cas          Gender=Masc|Number=Sing
        9  retard       6  nmod     NOUN  retard       Gender=Masc|Number=Sing
        10 .            3  punct    PUNCT .
        """
    )
    assert only(doc, "loi", "prévoir", "amende").modality == "asserted"


def test_avoir_le_controle_de_is_the_control_of_its_target():
    # "Les rebelles auront de nouveau le contrôle de Rivemont."
    doc = parse(
        """
        0  Les       1  det      DET   le        Definite=Def|Number=Plur
        1  rebelles  2  nsubj    NOUN  rebelle   Gender=Masc|Number=Plur
        2  auront    2  ROOT     VERB  avoir     Mood=Ind|Number=Plur|Tense=Fut|VerbForm=Fin
        3  de        6  advmod   ADP   de
        4  nouveau   3  fixed    ADJ   nouveau   Gender=Masc|Number=Sing
        5  le        6  det      DET   le        Definite=Def|Gender=Masc|Number=Sing
        6  contrôle  2  obj      NOUN  contrôle  Gender=Masc|Number=Sing
        7  de        8  case     ADP   de
        8  Rivemont  6  nmod     PROPN Rivemont  _                          B-LOC
        9  .         2  punct    PUNCT .
        """
    )
    only(doc, "rebelles", "avoir contrôle de", "Rivemont")


def test_a_second_kind_noun_hung_on_the_first_ones_name_is_a_conjunct():
    # "La compagnie Vexor et le constructeur Fevalas sont mis en examen pour fraude."
    doc = parse(
        """
        0  La           1  det        DET   le           Definite=Def|Number=Sing
        1  compagnie    8  nsubj:pass NOUN  compagnie    Gender=Fem|Number=Sing
        2  Vexor        1  nmod       PROPN Vexor        _                        B-ORG
        3  et           5  cc         CCONJ et
        4  le           5  det        DET   le           Definite=Def|Number=Sing
        5  constructeur 2  conj       NOUN  constructeur Gender=Masc|Number=Sing
        6  Fevalas      5  flat:name  PROPN Fevalas      _                        B-ORG
        7  sont         8  aux:pass   AUX   être         Mood=Ind|VerbForm=Fin
        8  mis          8  ROOT       VERB  mettre       Tense=Past|VerbForm=Part|Voice=Pass
        9  en           10 case       ADP   en
        10 examen       8  obl:arg    NOUN  examen       Gender=Masc|Number=Sing
        11 pour         12 case       ADP   pour
        12 fraude       8  obl:mod    NOUN  fraude       Gender=Fem|Number=Sing
        13 .            8  punct      PUNCT .
        """
    )
    only(doc, "Vexor", "mis en examen pour", "fraude")
    only(doc, "Fevalas", "mis en examen pour", "fraude")


def test_a_present_participle_joined_to_a_passive_one_is_said_of_their_noun():
    # "L'accident est arrivé sur le vol VX512 assuré par Vexor et reliant Rivemont à
    # Valbrune." (the model's parse of such a sentence: « Rivemont » an open complement,
    # « à Valbrune » on it)
    doc = parse(
        """
        0  L'        1  det        DET   le        Definite=Def|Number=Sing
        1  accident  3  nsubj      NOUN  accident  Gender=Masc|Number=Sing
        2  est       3  aux:tense  AUX   être      Mood=Ind|VerbForm=Fin
        3  arrivé    3  ROOT       VERB  arriver   Tense=Past|VerbForm=Part
        4  sur       6  case       ADP   sur
        5  le        6  det        DET   le        Definite=Def|Number=Sing
        6  vol       3  obl:mod    NOUN  vol       Gender=Masc|Number=Sing
        7  VX512     6  nmod       PROPN VX512     Gender=Masc|Number=Sing    B-MISC
        8  assuré    6  acl        VERB  assurer   Tense=Past|VerbForm=Part
        9  par       10 case       ADP   par
        10 Vexor     8  obl:agent  PROPN Vexor     _                          B-ORG
        11 et        12 cc         CCONJ et
        12 reliant   8  conj       VERB  relier    Tense=Pres|VerbForm=Part
        13 Rivemont  12 xcomp      PROPN Rivemont  _                          B-LOC
        14 à         15 case       ADP   à
        15 Valbrune  13 nmod       PROPN Valbrune  _                          B-LOC
        16 .         3  punct      PUNCT .
        """
    )
    found = edges(doc)
    assert ("Vexor", "assurer", "VX512") in found
    assert ("VX512", "relier", "Rivemont") in found
    assert not any(s == "Vexor" and r == "relier" for s, r, _ in found)
    assert ("Rivemont", "situé à", "Valbrune") not in found  # (the two ends of a way)


def test_the_noun_a_que_opens_is_the_subject_of_the_clause_after_it():
    # "Ils sont arrivés après qu'un camion de la mairie ait heurté un mur." (the model's
    # parse: the subject hung on the main verb, « qu' » its mark)
    doc = parse(
        """
        0  Ils          2  nsubj:pass PRON  il          Gender=Masc|Number=Plur|Person=3
        1  sont         2  aux:pass   AUX   être        Mood=Ind|VerbForm=Fin
        2  arrivés      2  ROOT       VERB  arriver     Tense=Past|VerbForm=Part
        3  après        6  case       ADP   après
        4  qu'          6  mark       SCONJ que
        5  un           6  det        DET   un          Definite=Ind|Number=Sing
        6  camion       2  obl:arg    NOUN  camion      Gender=Masc|Number=Sing
        7  de           9  case       ADP   de
        8  la           9  det        DET   le          Definite=Def|Number=Sing
        9  mairie       6  nmod       NOUN  mairie      Gender=Fem|Number=Sing
        10 ait          11 aux:tense  AUX   avoir       Mood=Sub|VerbForm=Fin
        11 heurté       2  advcl      VERB  heurter     Tense=Past|VerbForm=Part
        12 un           13 det        DET   un          Definite=Ind|Number=Sing
        13 mur          11 obj        NOUN  mur         Gender=Masc|Number=Sing
        14 .            2  punct      PUNCT .
        """
    )
    only(doc, "camion de la mairie", "heurter", "mur")


def test_a_subject_inside_a_split_name_is_the_noun_the_name_completes():
    # "Le métro de Port Valbrune n'avait jamais subi une telle panne." (the model's slip on
    # such a sentence: the name split, its last word the subject)
    doc = parse(
        """
        0  Le        1  det        DET   le        Definite=Def|Number=Sing
        1  métro     8  obl:mod    NOUN  métro     Gender=Masc|Number=Sing
        2  de        3  case       ADP   de
        3  Port      1  nmod       PROPN Port      _                          B-LOC
        4  Valbrune  8  nsubj      PROPN Valbrune  _                          I-LOC
        5  n'        8  advmod     ADV   ne        Polarity=Neg
        6  avait     8  aux:tense  AUX   avoir     Mood=Ind|VerbForm=Fin
        7  jamais    8  advmod     ADV   jamais    Polarity=Neg
        8  subi      8  ROOT       VERB  subir     Tense=Past|VerbForm=Part
        9  une       11 det        DET   un        Definite=Ind|Number=Sing
        10 telle     11 amod       ADJ   tel       Gender=Fem|Number=Sing
        11 panne     8  obj        NOUN  panne     Gender=Fem|Number=Sing
        12 .         8  punct      PUNCT .
        """
    )
    # (« jamais … une telle panne »: it has one now, worse than any before; not denied)
    assert only(doc, "métro de Port Valbrune", "subir", "panne").modality == "asserted"
    assert ("Port Valbrune", "subir", "panne") not in edges(doc)


def test_an_infinitive_joined_to_a_participle_goes_on_the_infinitive_before():
    # "Paul Aubry ira à Rivemont pour saluer les soldats décédés et offrir son aide aux
    # familles." (the model's parse on such a sentence: « offrir » a conjunct of « décédés »)
    doc = parse(
        """
        0  Paul      2  nsubj      PROPN Paul      Gender=Masc|Number=Sing    B-PER
        1  Aubry     0  flat:name  PROPN Aubry     _                          I-PER
        2  ira       2  ROOT       VERB  aller     Mood=Ind|Tense=Fut|VerbForm=Fin
        3  à         4  case       ADP   à
        4  Rivemont  2  obl:arg    PROPN Rivemont  _                          B-LOC
        5  pour      6  mark       ADP   pour
        6  saluer    2  advcl      VERB  saluer    VerbForm=Inf
        7  les       8  det        DET   le        Definite=Def|Number=Plur
        8  soldats   6  obj        NOUN  soldat    Gender=Masc|Number=Plur
        9  décédés   8  amod       VERB  décéder   Tense=Past|VerbForm=Part
        10 et        11 cc         CCONJ et
        11 offrir    9  conj       VERB  offrir    VerbForm=Inf
        12 son       13 det        DET   son       Number=Sing|Poss=Yes
        13 aide      11 obj        NOUN  aide      Gender=Fem|Number=Sing
        14 aux       15 case       ADP   à         Definite=Def|Number=Plur
        15 familles  13 nmod       NOUN  famille   Gender=Fem|Number=Plur
        16 .         2  punct      PUNCT .
        """
    )
    only(doc, "Paul Aubry", "saluer", "soldats décédés")  # (the participle still says
    # which soldiers, though the parser hung the infinitive on it)
    only(doc, "Paul Aubry", "offrir aide à", "familles")


def test_what_a_subject_presents_itself_as():
    # "Paul Aubry se présente comme le candidat du changement." (the model's parse)
    doc = parse(
        """
        0  Paul       3  nsubj      PROPN Paul       Gender=Masc|Number=Sing    B-PER
        1  Aubry      0  flat:name  PROPN Aubry      _                          I-PER
        2  se         3  expl:comp  PRON  se         Person=3|Reflex=Yes
        3  présente   3  ROOT       VERB  présenter  Mood=Ind|VerbForm=Fin
        4  comme      6  case       ADP   comme
        5  le         6  det        DET   le         Definite=Def|Number=Sing
        6  candidat   3  obl:mod    NOUN  candidat   Gender=Masc|Number=Sing
        7  du         8  case       ADP   de         Definite=Def|Number=Sing
        8  changement 6  nmod       NOUN  changement Gender=Masc|Number=Sing
        9  .          3  punct      PUNCT .
        """
    )
    only(doc, "Paul Aubry", "se présenter comme", "candidat du changement")
    # and in quotation marks, with the noun an open complement
    doc = parse(
        """
        0  Paul       3  nsubj      PROPN Paul       Gender=Masc|Number=Sing    B-PER
        1  Aubry      0  flat:name  PROPN Aubry      _                          I-PER
        2  se         3  expl:comp  PRON  se         Person=3|Reflex=Yes
        3  présentait 3  ROOT       VERB  présenter  Mood=Ind|Tense=Imp|VerbForm=Fin
        4  comme      7  case       ADP   comme
        5  «          7  punct      PUNCT «
        6  l'         7  det        DET   le         Definite=Def|Number=Sing
        7  sauveur    3  xcomp      NOUN  sauveur    Gender=Masc|Number=Sing
        8  »          7  punct      PUNCT »
        9  .          3  punct      PUNCT .
        """
    )
    only(doc, "Paul Aubry", "se présenter comme", "sauveur")


def test_a_known_thing_may_be_a_noun_predicates_subject_under_a_modal():
    # "Le verdict pourrait être une aubaine pour Vexor." (the model's parse: the subject
    # on the modal, the copula on the noun)
    doc = parse(
        """
        0  Le        1  det    DET   le       Definite=Def|Gender=Masc|Number=Sing
        1  verdict   2  nsubj  NOUN  verdict  Gender=Masc|Number=Sing
        2  pourrait  2  ROOT   VERB  pouvoir  Mood=Cnd|VerbForm=Fin
        3  être      5  cop    AUX   être     VerbForm=Inf
        4  une       5  det    DET   un       Definite=Ind|Number=Sing
        5  aubaine   2  xcomp  NOUN  aubaine  Gender=Fem|Number=Sing
        6  pour      7  case   ADP   pour
        7  Vexor     5  nmod   PROPN Vexor    _                          B-ORG
        8  .         2  punct  PUNCT .
        """
    )
    only(doc, "verdict", "aubaine pour", "Vexor")
    # a thing said to be where it is is no relation (« la grève de 1995 est la première
    # grève générale en Valbrunie »)
    doc = parse(
        """
        0  La         1  det    DET   le        Definite=Def|Gender=Fem|Number=Sing
        1  grève      7  nsubj  NOUN  grève     Gender=Fem|Number=Sing
        2  de         3  case   ADP   de
        3  1995       1  nmod   NUM   1995      NumType=Card
        4  est        7  cop    AUX   être      Mood=Ind|VerbForm=Fin
        5  la         7  det    DET   le        Definite=Def|Gender=Fem|Number=Sing
        6  première   7  amod   ADJ   premier   Gender=Fem|Number=Sing
        7  grève      7  ROOT   NOUN  grève     Gender=Fem|Number=Sing
        8  générale   7  amod   ADJ   général   Gender=Fem|Number=Sing
        9  en         10 case   ADP   en
        10 Valbrunie  7  nmod   PROPN Valbrunie _                          B-LOC
        11 .          7  punct  PUNCT .
        """
    )
    assert not any(r.startswith("grève") for _, r, _ in edges(doc))


def test_a_subject_set_after_a_reflexive_verb_behind_ou():
    # "Il est attendu à Rivemont (Valbrunie) où s'ouvre ce soir le congrès socialiste."
    # (the model's parse: the subject read as the object, « socialiste » tagged a proper
    # noun; the place before « où » behind brackets)
    doc = parse(
        """
        0  Il          2  nsubj:pass PRON  il          Gender=Masc|Number=Sing|Person=3
        1  est         2  aux:pass   AUX   être        Mood=Ind|VerbForm=Fin
        2  attendu     2  ROOT       VERB  attendre    Tense=Past|VerbForm=Part
        3  à           4  case       ADP   à
        4  Rivemont    2  obl:arg    PROPN Rivemont    _                          B-LOC
        5  (           4  punct      PUNCT (
        6  Valbrunie   4  appos      PROPN Valbrunie   _                          B-LOC
        7  )           4  punct      PUNCT )
        8  où          10 iobj       PRON  où          PronType=Rel
        9  s'          10 expl:comp  PRON  se          Person=3|Reflex=Yes
        10 ouvre       2  advcl      VERB  ouvrir      Mood=Ind|VerbForm=Fin
        11 ce          12 det        DET   ce          Number=Sing
        12 soir        10 obl:mod    NOUN  soir        Gender=Masc|Number=Sing
        13 le          14 det        DET   le          Definite=Def|Number=Sing
        14 congrès     10 obj        NOUN  congrès     Gender=Masc|Number=Sing
        15 socialiste  14 amod       PROPN socialiste  _
        16 .           2  punct      PUNCT .
        """
    )
    only(doc, "congrès socialiste", "s'ouvrir à", "Rivemont")


def test_bien_que_hung_on_an_inserted_source_still_makes_a_fact():
    # "L'ONG a demandé au conseil d'adopter une résolution, bien que, comme le souligne
    # Vexor, « la Valbrunie a rejeté les offres du conseil »." (the model's parse on such a
    # sentence: « bien que » hung on « Vexor », the clause an advcl of « adopter »)
    doc = parse(
        """
        0  L'          1  det        DET   le         Definite=Def|Number=Sing
        1  ONG         3  nsubj      NOUN  ong        Gender=Fem|Number=Sing
        2  a           3  aux:tense  AUX   avoir      Mood=Ind|VerbForm=Fin
        3  demandé     3  ROOT       VERB  demander   Tense=Past|VerbForm=Part
        4  au          5  case       ADP   à          Definite=Def|Number=Sing
        5  conseil     3  obl:arg    NOUN  conseil    Gender=Masc|Number=Sing
        6  d'          7  mark       ADP   de
        7  adopter     3  xcomp      VERB  adopter    VerbForm=Inf
        8  une         9  det        DET   un         Definite=Ind|Number=Sing
        9  résolution  7  obj        NOUN  résolution Gender=Fem|Number=Sing
        10 ,           7  punct      PUNCT ,
        11 bien        17 mark       ADV   bien
        12 que         11 fixed      SCONJ que
        13 ,           17 punct      PUNCT ,
        14 comme       16 mark       SCONJ comme
        15 le          16 obj        PRON  le         Gender=Masc|Number=Sing
        16 souligne    17 dep        VERB  souligner  Mood=Ind|VerbForm=Fin
        17 Vexor       7  obl:mod    PROPN Vexor      _                          B-ORG
        18 ,           7  punct      PUNCT ,
        19 «           22 punct      PUNCT «
        20 la          21 det        DET   le         Definite=Def|Number=Sing
        21 Valbrunie   24 nsubj      PROPN Valbrunie  Gender=Fem|Number=Sing     B-LOC
        22 a           24 aux:tense  AUX   avoir      Mood=Ind|VerbForm=Fin
        23 précédemment 24 advmod    ADV   précédemment _
        24 rejeté      7  advcl      VERB  rejeter    Tense=Past|VerbForm=Part
        25 les         26 det        DET   le         Definite=Def|Number=Plur
        26 offres      24 obj        NOUN  offre      Gender=Fem|Number=Plur
        27 du          28 case       ADP   de         Definite=Def|Number=Sing
        28 conseil     26 nmod       NOUN  conseil    Gender=Masc|Number=Sing
        29 »           24 punct      PUNCT »
        30 .           3  punct      PUNCT .
        """
    )
    blocked = only(doc, "Valbrunie", "rejeter", "offres du conseil")
    assert blocked.modality != "hypothetical"
    assert not any(o == "Vexor" for _, _, o in edges(doc))  # (the source, no object)


def test_a_purpose_set_on_a_request_is_not_the_askers_act():
    # "Le syndicat demande au ministre des fonds pour sauver le port de pêche." (the
    # model's parse on such a sentence): the syndicate does not save the port
    doc = parse(
        """
        0  Le           1  det      DET   le           Definite=Def|Number=Sing
        1  syndicat     2  nsubj    NOUN  syndicat     Gender=Masc|Number=Sing
        2  demande      2  ROOT     VERB  demander     Mood=Ind|VerbForm=Fin
        3  au           4  case     ADP   à            Definite=Def|Number=Sing
        4  ministre     2  obl:arg  NOUN  ministre     Gender=Masc|Number=Sing
        5  des          6  case     ADP   de           Definite=Def|Number=Plur
        6  fonds        4  nmod     NOUN  fonds        Gender=Masc|Number=Plur
        7  pour         8  mark     ADP   pour
        8  sauver       2  advcl    VERB  sauver       VerbForm=Inf
        9  le           10 det      DET   le           Definite=Def|Number=Sing
        10 port         8  obj      NOUN  port         Gender=Masc|Number=Sing
        11 de           12 case     ADP   de
        12 pêche        10 nmod     NOUN  pêche        Gender=Fem|Number=Sing
        13 .            2  punct    PUNCT .
        """
    )
    assert not any(s == "syndicat" and r == "sauver" for s, r, _ in edges(doc))


def test_a_light_nouns_own_a_complement_is_its_target():
    # "Paul Aubry a fait un rappel à l'ordre du conseil." (the parse the model gives such a
    # sentence: « à l'ordre » hung on the verb)
    doc = parse(
        """
        0  Paul      3  nsubj      PROPN Paul      Gender=Masc|Number=Sing    B-PER
        1  Aubry     0  flat:name  PROPN Aubry     _                          I-PER
        2  a         3  aux:tense  AUX   avoir     Mood=Ind|VerbForm=Fin
        3  fait      3  ROOT       VERB  faire     Tense=Past|VerbForm=Part
        4  un        5  det        DET   un        Definite=Ind|Number=Sing
        5  rappel    3  obj        NOUN  rappel    Gender=Masc|Number=Sing
        6  à         8  case       ADP   à
        7  l'        8  det        DET   le        Definite=Def|Number=Sing
        8  ordre     3  obl:arg    NOUN  ordre     Gender=Masc|Number=Sing
        9  du        10 case       ADP   de        Definite=Def|Number=Sing
        10 conseil   8  nmod       NOUN  conseil   Gender=Masc|Number=Sing
        11 .         3  punct      PUNCT .
        """
    )
    assert {(s, r) for s, r, o in edges(doc) if o.startswith("ordre")} == {
        ("Paul Aubry", "faire rappel à")}


def test_faire_savoir_reports_what_follows():
    # "Paul Aubry fait savoir que Jean Roux gère la crise." (the model's parse: « fait »
    # the root, « savoir » its open complement)
    doc = parse(
        """
        0  Paul    2  nsubj      PROPN Paul    Gender=Masc|Number=Sing    B-PER
        1  Aubry   0  flat:name  PROPN Aubry   _                          I-PER
        2  fait    2  ROOT       AUX   faire   Mood=Ind|VerbForm=Fin
        3  savoir  2  xcomp      VERB  savoir  VerbForm=Inf
        4  que     7  mark       SCONJ que
        5  Jean    7  nsubj      PROPN Jean    Gender=Masc|Number=Sing    B-PER
        6  Roux    5  flat:name  PROPN Roux    _                          I-PER
        7  gère    3  ccomp      VERB  gérer   Mood=Ind|VerbForm=Fin
        8  la      9  det        DET   le      Definite=Def|Number=Sing
        9  crise   7  obj        NOUN  crise   Gender=Fem|Number=Sing
        10 .       2  punct      PUNCT .
        """
    )
    t = only(doc, "Jean Roux", "gérer", "crise")
    assert t.modality == "reported" and t.source is not None and t.source.text == "Paul Aubry"


def test_a_bare_par_complement_stays_in_a_concepts_phrase():
    # "Le vote par correspondance demeure un droit des électeurs inscrits." (the parse, as on
    # such a sentence)
    doc = parse(
        """
        0  Le             1  det    DET   le             Definite=Def|Gender=Masc|Number=Sing
        1  vote           4  nsubj  NOUN  vote           Gender=Masc|Number=Sing
        2  par            3  case   ADP   par
        3  correspondance 1  nmod   NOUN  correspondance Gender=Fem|Number=Sing
        4  demeure        4  ROOT   VERB  demeurer       Mood=Ind|VerbForm=Fin
        5  un             6  det    DET   un             Definite=Ind|Number=Sing
        6  droit          4  obj    NOUN  droit          Gender=Masc|Number=Sing
        7  des            8  case   ADP   de             Definite=Def|Number=Plur
        8  électeurs      6  nmod   NOUN  électeur       Gender=Masc|Number=Plur
        9  inscrits       8  amod   ADJ   inscrit        Gender=Masc|Number=Plur
        10 .              4  punct  PUNCT .
        """
    )
    assert {s for s, r, _ in edges(doc) if r == "demeurer"} == {"vote par correspondance"}


CEDED = """
0  Paul      3  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  cédé      3  ROOT       VERB  céder     Tense=Past|VerbForm=Part
4  le        5  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
5  siège     3  obj        NOUN  siège     Gender=Masc|Number=Sing
"""  # « Paul Aubry a cédé le siège », to which the tests add « à Anne Roux » …
CEDE_TO = CEDED + """6  à         7  case       ADP   à         _
7  Anne      3  obl:mod    PROPN Anne      Gender=Fem|Number=Sing   B-PER
8  Roux      7  flat:name  PROPN Roux      _                        I-PER
9  .         3  punct      PUNCT .         _
"""


def test_a_common_noun_object_is_named_in_the_relation_of_the_other_arguments():
    """« Paul Aubry a cédé le siège à Anne Roux »: what was given up belongs to the
    relation with Anne Roux (« céder à » alone loses it); the object's own edge stays."""
    found = edges(parse(CEDE_TO))
    assert ("Paul Aubry", "céder siège à", "Anne Roux") in found
    assert ("Paul Aubry", "céder", "siège") in found
    assert not any(r == "céder à" for _, r, _ in found)
    triple = only(parse(CEDE_TO), "Paul Aubry", "céder siège à", "Anne Roux")
    assert (21, 26) in triple.highlights  # the object's word is highlighted with the verb


def test_two_objects_or_a_named_object_leave_the_oblique_relation_alone():
    """« … a cédé le siège et la présidence à Anne Roux »: no one object to name;
    « … a confié Jean Roux à Anne Roux »: a named object is an edge of its own."""
    two = parse(CEDED + """6  et         8  cc         CCONJ et         _
7  la         8  det        DET   le         Definite=Def|Gender=Fem|Number=Sing|PronType=Art
8  présidence 5  conj       NOUN  présidence Gender=Fem|Number=Sing
9  à          10 case       ADP   à          _
10 Anne       3  obl:mod    PROPN Anne       Gender=Fem|Number=Sing   B-PER
11 Roux       10 flat:name  PROPN Roux       _                        I-PER
12 .          3  punct      PUNCT .          _
""")
    assert ("Paul Aubry", "céder à", "Anne Roux") in edges(two)
    named = parse("""
0  Paul       3  nsubj      PROPN Paul       Gender=Masc|Number=Sing  B-PER
1  Aubry      0  flat:name  PROPN Aubry      _                        I-PER
2  a          3  aux:tense  AUX   avoir      VerbForm=Fin
3  confié     3  ROOT       VERB  confier    Tense=Past|VerbForm=Part
4  Jean       3  obj        PROPN Jean       Gender=Masc|Number=Sing  B-PER
5  Roux       4  flat:name  PROPN Roux       _                        I-PER
6  à          7  case       ADP   à          _
7  Anne       3  obl:arg    PROPN Anne       Gender=Fem|Number=Sing   B-PER
8  Roux       7  flat:name  PROPN Roux       _                        I-PER
9  .          3  punct      PUNCT .          _
""")
    assert ("Paul Aubry", "confier à", "Anne Roux") in edges(named)


def test_where_or_to_whom_something_was_said_is_no_edge_unless_named():
    """« Paul Aubry a annoncé sur internet qu'il partait »: « annoncer sur internet » says
    nothing of what was said; « … a déclaré à Canal 12 qu'il partait »: a named outlet
    stays."""
    medium = parse("""
0  Paul      3  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  annoncé   3  ROOT       VERB  annoncer  Tense=Past|VerbForm=Part
4  sur       5  case       ADP   sur       _
5  internet  3  obl:mod    NOUN  internet  Gender=Masc|Number=Sing
6  qu'       8  mark       SCONJ que       _
7  il        8  nsubj      PRON  il        Gender=Masc|Number=Sing|Person=3
8  partait   3  ccomp      VERB  partir    Tense=Imp|VerbForm=Fin
9  .         3  punct      PUNCT .         _
""")
    assert not any(r.startswith("annoncer") for _, r, _ in edges(medium))
    hearer = parse("""
0  Paul      3  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  déclaré   3  ROOT       VERB  déclarer  Tense=Past|VerbForm=Part
4  à         5  case       ADP   à         _
5  Canal     3  obl:arg    PROPN Canal     _                        B-ORG
6  12        5  nummod     NUM   12        NumType=Card             I-ORG
7  qu'       9  mark       SCONJ que       _
8  il        9  nsubj      PRON  il        Gender=Masc|Number=Sing|Person=3
9  partait   3  ccomp      VERB  partir    Tense=Imp|VerbForm=Fin
10 .         3  punct      PUNCT .         _
""")
    assert ("Paul Aubry", "déclarer à", "Canal 12") in edges(hearer)


def test_a_word_with_an_english_possessive_is_a_company_name():
    """« Sotheby's a vendu le tableau »: the tagger reads « Sotheby's » as a pronoun and the
    NER leaves it out; a capitalised word with « 's » is no French word but a company."""
    doc = parse("""
0  Sotheby's  3  nsubj      PRON  sotheby's  Person=3|Reflex=Yes
1  a          3  aux:tense  AUX   avoir      VerbForm=Fin
2  déjà       3  advmod     ADV   déjà       _
3  vendu      3  ROOT       VERB  vendre     Tense=Past|VerbForm=Part
4  le         5  det        DET   le         Definite=Def|Gender=Masc|Number=Sing|PronType=Art
5  tableau    3  obj        NOUN  tableau    Gender=Masc|Number=Sing
6  .          3  punct      PUNCT .          _
""")
    names = name_mentions(doc, 0, "a", lambda i: 0)
    assert names[0].text == "Sotheby's" and names[0].type == "ORG"
    assert ("Sotheby's", "vendre", "tableau") in edges(doc)
    french = parse("""
0  Celle-ci   1  nsubj      PRON  celui-ci   Gender=Fem|Number=Sing
1  vend       1  ROOT       VERB  vendre     VerbForm=Fin
2  des        3  det        DET   un         Number=Plur
3  tableaux   1  obj        NOUN  tableau    Gender=Masc|Number=Plur
4  .          1  punct      PUNCT .          _
""")
    assert not name_mentions(french, 0, "a", lambda i: 0)


def test_a_demonym_adjective_stays_in_a_concepts_phrase():
    """« le système fiscal suisse »: whose system it is makes the end informative; a
    demonym on a noun of people acting for a state still stands for the state."""
    doc = parse("""
0  Anne      3  nsubj      PROPN Anne      Gender=Fem|Number=Sing   B-PER
1  Roux      0  flat:name  PROPN Roux      _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  critiqué  3  ROOT       VERB  critiquer Tense=Past|VerbForm=Part
4  le        5  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
5  système   3  obj        NOUN  système   Gender=Masc|Number=Sing
6  fiscal    5  amod       ADJ   fiscal    Gender=Masc|Number=Sing
7  suisse    5  amod       ADJ   suisse    Number=Sing
8  .         3  punct      PUNCT .         _
""")
    assert ("Anne Roux", "critiquer", "système fiscal suisse") in edges(doc)
    people = parse("""
0  Anne      3  nsubj      PROPN Anne      Gender=Fem|Number=Sing   B-PER
1  Roux      0  flat:name  PROPN Roux      _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  critiqué  3  ROOT       VERB  critiquer Tense=Past|VerbForm=Part
4  les       5  det        DET   le        Definite=Def|Number=Plur|PronType=Art
5  autorités 3  obj        NOUN  autorité  Gender=Fem|Number=Plur
6  suisses   5  amod       ADJ   suisse    Number=Plur
7  .         3  punct      PUNCT .         _
""")
    assert only(people, "Anne Roux", "critiquer", "autorités suisses").object.key == "state:CH"


def test_a_nouns_infinitive_complement_stays_in_its_phrase():
    """« le refus de négocier »: what the refusal is of makes the end informative; on a
    noun of people the infinitive is the verb's (« demander aux élus de voter »), hung on
    the object by the parser."""
    doc = parse("""
0  Anne      3  nsubj      PROPN Anne      Gender=Fem|Number=Sing   B-PER
1  Roux      0  flat:name  PROPN Roux      _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  dénoncé   3  ROOT       VERB  dénoncer  Tense=Past|VerbForm=Part
4  le        5  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
5  refus     3  obj        NOUN  refus     Gender=Masc|Number=Sing
6  de        7  mark       ADP   de        _
7  signer    5  acl        VERB  signer    VerbForm=Inf
8  le        9  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
9  traité    7  obj        NOUN  traité    Gender=Masc|Number=Sing
10 .         3  punct      PUNCT .         _
""")
    assert ("Anne Roux", "dénoncer", "refus de signer le traité") in edges(doc)
    people = parse("""
0  Anne      3  nsubj      PROPN Anne      Gender=Fem|Number=Sing   B-PER
1  Roux      0  flat:name  PROPN Roux      _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  exhorté   3  ROOT       VERB  exhorter  Tense=Past|VerbForm=Part
4  les       5  det        DET   le        Definite=Def|Number=Plur|PronType=Art
5  employés  3  obj        NOUN  employé   Gender=Masc|Number=Plur
6  de        7  mark       ADP   de        _
7  voter     5  acl        VERB  voter     VerbForm=Inf
8  .         3  punct      PUNCT .         _
""")
    assert ("Anne Roux", "exhorter de voter", "employés") in edges(people)


def test_comme_le_rappelle_x_names_who_says_the_clause_next_to_it():
    """« A a fait B, comme le rappelle X »: X says it, however the parser hung the
    insertion (here on X, as the parser does, with the verb below it)."""
    doc = parse("""
0  Paul      3  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  quitté    3  ROOT       VERB  quitter   Tense=Past|VerbForm=Part
4  Rivemont  3  obj        PROPN Rivemont  _                        B-LOC
5  ,         3  punct      PUNCT ,         _
6  comme     8  mark       SCONJ comme     _
7  le        8  obj        PRON  le        Person=3
8  rappelle  9  dep        VERB  rappeler  Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
9  Vexor     3  obl:mod    PROPN Vexor     _                        B-ORG
10 .         3  punct      PUNCT .         _
""")
    t = only(doc, "Paul Aubry", "quitter", "Rivemont")
    assert t.modality == "reported" and t.source is not None and t.source.text == "Vexor"


def test_an_abstraction_that_proves_is_no_speaker():
    """« L'usage de la force prouve que X a trompé Y »: the argument, not who says it; « le
    conducteur affirme que … » is a speaker."""
    table = """
0  {det}     1  det        DET   le        Definite=Def|Number=Sing|PronType=Art
1  {noun}    2  nsubj      NOUN  {lemma}   Gender=Masc|Number=Sing
2  {verb}    2  ROOT       VERB  {vlemma}  Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  que       6  mark       SCONJ que       _
4  Vexor     6  nsubj      PROPN Vexor     _                        B-ORG
5  a         6  aux:tense  AUX   avoir     VerbForm=Fin
6  trompé    2  ccomp      VERB  tromper   Tense=Past|VerbForm=Part
7  Valbrune  6  obj        PROPN Valbrune  _                        B-LOC
8  .         2  punct      PUNCT .         _
"""
    proof = parse(table.format(det="L'", noun="usage", lemma="usage", verb="prouve",
                               vlemma="prouver"))
    t = only(proof, "Vexor", "tromper", "Valbrune")
    assert t.modality == "reported" and t.source is None
    driver = parse(table.format(det="Le", noun="conducteur", lemma="conducteur",
                                verb="affirme", vlemma="affirmer"))
    t = only(driver, "Vexor", "tromper", "Valbrune")
    assert t.source is not None and t.source.text == "conducteur"


def test_a_causative_faire_stays_in_the_relation():
    """« X veut faire triompher Y »: Y triumphs, X is not what X « triompher »; the parser
    hangs « faire » on the infinitive."""
    doc = parse("""
0  Anne      2  nsubj      PROPN Anne      Gender=Fem|Number=Sing   B-PER
1  Roux      0  flat:name  PROPN Roux      _                        I-PER
2  veut      2  ROOT       VERB  vouloir   Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  faire     4  dep        AUX   faire     VerbForm=Inf
4  triompher 2  xcomp      VERB  triompher VerbForm=Inf
5  Vexor     4  obj        PROPN Vexor     _                        B-ORG
6  .         2  punct      PUNCT .         _
""")
    assert ("Anne Roux", "faire triompher", "Vexor") in edges(doc)
    assert not any(r == "triompher" for _, r, _ in edges(doc))


def test_an_infinitive_after_a_control_verbs_object_is_the_verbs():
    """« convaincre la communauté de réduire … »: the community is to reduce; the parser
    hangs the infinitive on the object noun, which keeps its own phrase."""
    doc = parse("""
0  Vexor       1  nsubj      PROPN Vexor       _                        B-ORG
1  convainc    1  ROOT       VERB  convaincre  Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
2  la          3  det        DET   le          Definite=Def|Gender=Fem|Number=Sing|PronType=Art
3  communauté  1  obj        NOUN  communauté  Gender=Fem|Number=Sing
4  de          5  mark       ADP   de          _
5  réduire     3  acl        VERB  réduire     VerbForm=Inf
6  ses         7  det        DET   son         Number=Plur|Poss=Yes
7  dépenses    5  obj        NOUN  dépense     Gender=Fem|Number=Plur
8  .           1  punct      PUNCT .           _
""")
    assert ("Vexor", "convaincre", "communauté") in edges(doc)


def test_an_object_hung_on_the_recipient_is_the_verbs_object():
    """« Vexor a livré à Valbrune des chars »: the parser hangs « des chars » on the
    recipient as its complement; it is what was delivered. « parler aux familles des
    victimes » keeps its complement (no thing is given)."""
    table = """
0  Vexor     2  nsubj      PROPN Vexor     _                        B-ORG
1  a         2  aux:tense  AUX   avoir     VerbForm=Fin
2  {verb}    2  ROOT       VERB  {lemma}   Tense=Past|VerbForm=Part
3  {prep}    4  case       ADP   {prep}    _
4  {holder}  2  obl:arg    {pos} {hlemma}  _                        {ent}
5  des       6  case       ADP   de        Definite=Def|Number=Plur|PronType=Art
6  {thing}   4  nmod       NOUN  {tlemma}  Gender=Masc|Number=Plur
7  .         2  punct      PUNCT .         _
"""
    delivered = parse(table.format(verb="livré", lemma="livrer", prep="à", holder="Valbrune",
                                   pos="PROPN", hlemma="Valbrune", ent="B-LOC",
                                   thing="chars", tlemma="char"))
    assert ("Vexor", "livrer", "chars") in edges(delivered)
    assert ("Vexor", "fournir chars à", "Valbrune") in edges(delivered)
    promised = parse(table.format(verb="promis", lemma="promettre", prep="aux",
                                  holder="salariés", pos="NOUN", hlemma="salarié", ent="O",
                                  thing="bonus", tlemma="bonus"))
    assert ("Vexor", "promettre", "bonus") in edges(promised)
    spoken = parse(table.format(verb="parlé", lemma="parler", prep="aux", holder="familles",
                                pos="NOUN", hlemma="famille", ent="O", thing="otages",
                                tlemma="otage"))
    assert ("Vexor", "parler à", "familles des otages") in edges(spoken)


def test_a_locution_that_brings_an_argument_names_it_in_the_relation():
    """« X a voté en faveur de Y »: Y is the argument, the locution the relation; « à côté
    du camion » (where) is no such locution."""
    table = """
0  Paul      3  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                        I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  voté      3  ROOT       VERB  voter     Tense=Past|VerbForm=Part
4  {prep}    5  case       ADP   {plemma}  _
5  {noun}    3  obl:mod    NOUN  {lemma}   Gender=Masc|Number=Sing
6  de        7  case       ADP   de        _
7  Vexor     5  nmod       PROPN Vexor     _                        B-ORG
8  .         3  punct      PUNCT .         _
"""
    doc = parse(table.format(prep="en", plemma="en", noun="faveur", lemma="faveur"))
    assert ("Paul Aubry", "voter en faveur de", "Vexor") in edges(doc)
    beside = parse(table.format(prep="à", plemma="à", noun="côté", lemma="côté"))
    assert not any("côté" in r for _, r, _ in edges(beside))


def test_a_concepts_phrase_keeps_a_number_and_a_name_that_say_which():
    """« le cyclone de niveau 4 », « la stratégie Aubry »: which one, or whose."""
    doc = parse("""
0  Le        1  det        DET   le        Definite=Def|Number=Sing|PronType=Art
1  cyclone   6  nsubj      NOUN  cyclone   Gender=Masc|Number=Sing
2  de        3  case       ADP   de        _
3  niveau    1  nmod       NOUN  niveau    Gender=Masc|Number=Sing
4  4         3  nummod     NUM   4         NumType=Card
5  a         6  aux:tense  AUX   avoir     VerbForm=Fin
6  frappé    6  ROOT       VERB  frapper   Tense=Past|VerbForm=Part
7  Rivemont  6  obj        PROPN Rivemont  _                        B-LOC
8  .         6  punct      PUNCT .         _
""")
    assert ("cyclone de niveau 4", "frapper", "Rivemont") in edges(doc)
    named = parse("""
0  Anne      2  nsubj      PROPN Anne      Gender=Fem|Number=Sing   B-PER
1  Roux      0  flat:name  PROPN Roux      _                        I-PER
2  critique  2  ROOT       VERB  critiquer Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  la        4  det        DET   le        Definite=Def|Gender=Fem|Number=Sing|PronType=Art
4  stratégie 2  obj        NOUN  stratégie Gender=Fem|Number=Sing
5  Aubry     4  nmod       PROPN Aubry     _                        B-PER
6  .         2  punct      PUNCT .         _
""")
    assert ("Anne Roux", "critiquer", "stratégie Aubry") in edges(named)


def test_what_a_relative_clause_says_of_its_noun_is_stated_under_a_condition():
    """« Si Vexor, qui a racheté le moulin, vendait l'usine, … »: the purchase is stated;
    only the sale is a condition."""
    doc = parse("""
0  Si        1  mark       SCONJ si        _
1  Vexor     9  obl:mod    PROPN Vexor     _                        B-ORG
2  ,         1  punct      PUNCT ,         _
3  qui       5  nsubj      PRON  qui       PronType=Rel
4  a         5  aux:tense  AUX   avoir     Mood=Ind|Tense=Pres|VerbForm=Fin
5  racheté   1  acl:relcl  VERB  racheter  Tense=Past|VerbForm=Part
6  le        7  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
7  moulin    5  obj        NOUN  moulin    Gender=Masc|Number=Sing
8  ,         9  punct      PUNCT ,         _
9  vendait   9  ROOT       VERB  vendre    Mood=Ind|Tense=Imp|VerbForm=Fin
10 l'        11 det        DET   le        Definite=Def|Number=Sing|PronType=Art
11 usine     9  obj        NOUN  usine     Gender=Fem|Number=Sing
12 .         9  punct      PUNCT .         _
""")
    assert only(doc, "Vexor", "racheter", "moulin").modality == "asserted"


def test_an_end_the_sentence_sets_aside_with_pas_is_no_edge():
    """« Anne Roux a investi dans le rail, pas la route »: not what she invested in."""
    doc = parse("""
0  Anne        3  nsubj      PROPN Anne        Gender=Fem|Number=Sing   B-PER
1  Roux        0  flat:name  PROPN Roux        _                        I-PER
2  a           3  aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
3  investi     3  ROOT       VERB  investir    Tense=Past|VerbForm=Part
4  dans        6  case       ADP   dans        _
5  le          6  det        DET   le          Definite=Def|Gender=Masc|Number=Sing|PronType=Art
6  rail        3  obl:arg    NOUN  rail        Gender=Masc|Number=Sing
7  ,           3  punct      PUNCT ,           _
8  pas         10 advmod     ADV   pas         Polarity=Neg
9  la          10 det        DET   le          Definite=Def|Gender=Fem|Number=Sing|PronType=Art
10 route       3  obj        NOUN  route       Gender=Fem|Number=Sing
11 .           3  punct      PUNCT .           _
""")
    assert not any(o == "route" for _, _, o in edges(doc))


def test_a_finite_causative_faire_stays_in_the_relation():
    """« un plan qui ferait gagner Valbrune »: « faire » finite, the infinitive its open
    complement."""
    doc = parse("""
0  Vexor     1  nsubj      PROPN Vexor     _                        B-ORG
1  ferait    1  ROOT       VERB  faire     Mood=Cnd|Person=3|Tense=Pres|VerbForm=Fin
2  gagner    1  xcomp      VERB  gagner    VerbForm=Inf
3  Valbrune  2  obj        PROPN Valbrune  _                        B-LOC
4  .         1  punct      PUNCT .         _
""")
    assert ("Vexor", "faire gagner", "Valbrune") in edges(doc)


def test_why_a_fact_is_explained_is_no_open_question_wherever_hung():
    """« Une note explique pourquoi X a vendu le moulin, alors qu'il faut … »: the sale is
    a fact; the parser hung it on « faut », not on « explique »."""
    doc = parse("""
0  Une       1  det        DET   un        Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
1  note      2  nsubj      NOUN  note      Gender=Fem|Number=Sing
2  explique  2  ROOT       VERB  expliquer Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  pourquoi  7  advmod     ADV   pourquoi  PronType=Int
4  Paul      7  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
5  Aubry     4  flat:name  PROPN Aubry     _                        I-PER
6  a         7  aux:tense  AUX   avoir     Mood=Ind|Tense=Pres|VerbForm=Fin
7  vendu     14 advcl      VERB  vendre    Tense=Past|VerbForm=Part
8  le        9  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
9  moulin    7  obj        NOUN  moulin    Gender=Masc|Number=Sing
10 ,         7  punct      PUNCT ,         _
11 alors     14 mark       ADV   alors     _
12 qu'       11 fixed      SCONJ que       _
13 il        14 expl:subj  PRON  il        Gender=Masc|Number=Sing|Person=3
14 faut      2  advcl      VERB  falloir   Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
15 attendre  14 xcomp      VERB  attendre  VerbForm=Inf
16 .         2  punct      PUNCT .         _
""")
    assert only(doc, "Paul Aubry", "vendre", "moulin").modality != "hypothetical"


def test_a_complements_own_compound_stays_in_the_phrase():
    """« la hausse des tarifs de stationnement »: not the rise of « tarifs »."""
    doc = parse("""
0  Paul      2  nsubj      PROPN Paul      Gender=Masc|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                        I-PER
2  réclame   2  ROOT       VERB  réclamer  Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  la        4  det        DET   le        Definite=Def|Gender=Fem|Number=Sing|PronType=Art
4  hausse    2  obj        NOUN  hausse    Gender=Fem|Number=Sing
5  des       6  case       ADP   de        Definite=Def|Number=Plur|PronType=Art
6  tarifs    4  nmod       NOUN  tarif     Gender=Masc|Number=Plur
7  de        8  case       ADP   de        _
8  stationnement 6 nmod    NOUN  stationnement Gender=Masc|Number=Sing
9  .         2  punct      PUNCT .         _
""")
    assert ("Paul Aubry", "réclamer", "hausse des tarifs de stationnement") in edges(doc)


def test_a_clause_hung_after_a_speakers_quotation_is_not_what_is_said():
    """« Vexor affirme « agir », après le vote de Valbrune de classer Rivemont »: the parser
    hangs the vote's clause on « affirme » after the quotation; Vexor says only what is
    quoted."""
    doc = parse("""
0  Vexor     1  nsubj      PROPN Vexor     _                        B-ORG
1  affirme   1  ROOT       VERB  affirmer  Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
2  «         3  punct      PUNCT «         _
3  agir      1  xcomp      VERB  agir      VerbForm=Inf
4  »         3  punct      PUNCT »         _
5  ,         3  punct      PUNCT ,         _
6  après     8  case       ADP   après     _
7  le        8  det        DET   le        Definite=Def|Gender=Masc|Number=Sing|PronType=Art
8  vote      3  obl:mod    NOUN  vote      Gender=Masc|Number=Sing
9  de        10 case       ADP   de        _
10 Valbrune  8  nmod       PROPN Valbrune  _                        B-LOC
11 ,         13 punct      PUNCT ,         _
12 de        13 mark       ADP   de        _
13 classer   1  xcomp      VERB  classer   VerbForm=Inf
14 Rivemont  13 obj        PROPN Rivemont  _                        B-LOC
15 .         1  punct      PUNCT .         _
""")
    found = [t for t in extract(doc) if t.object.text == "Rivemont"]
    assert found and all(t.source is None or t.source.text != "Vexor" for t in found)


def test_an_example_set_between_commas_is_no_subject():
    # "Des pêcheurs en froid avec les armateurs, notamment les Vexor, qui tiennent le port,
    # ont manifesté à Valbrune." as the parser reads it: the example « les Vexor », opened
    # by « notamment », made the subject of « ont manifesté », the pêcheurs a circumstance
    rows = """
        0  Des         1  det       DET   un          Number=Plur
        1  pêcheurs    18 obl:mod   NOUN  pêcheur     Gender=Masc|Number=Plur
        2  en          3  case      ADP   en
        3  froid       1  nmod      NOUN  froid       Gender=Masc|Number=Sing
        4  avec        6  case      ADP   avec
        5  les         6  det       DET   le          Number=Plur
        6  armateurs   1  nmod      NOUN  armateur    Gender=Masc|Number=Plur
        7  ,           10 punct     PUNCT ,
        8  notamment   10 advmod    ADV   notamment
        9  les         10 det       DET   le          Number=Plur
        10 Vexor       18 nsubj     PROPN Vexor       _                        B-ORG
        11 ,           10 punct     PUNCT ,
        12 qui         13 nsubj     PRON  qui
        13 tiennent    10 acl:relcl VERB  tenir       Mood=Ind|Number=Plur|VerbForm=Fin
        14 le          15 det       DET   le          Definite=Def|Number=Sing
        15 port        13 obj       NOUN  port        Gender=Masc|Number=Sing
        16 ,           18 punct     PUNCT ,
        17 ont         18 aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        18 manifesté   18 ROOT      VERB  manifester  VerbForm=Part
        19 à           20 case      ADP   à
        20 Valbrune    18 obl:arg   PROPN Valbrune    _                        B-LOC
        21 .           18 punct     PUNCT .
        """
    found = edges(parse(rows))
    assert not any(s == "Vexor" and r.startswith("manifester") for s, r, _ in found), found
    assert ("Vexor", "tenir", "port") in found  # (its own clause still says what it does)
    # without the comma that sets it in, « notamment » does not stop a subject
    plain = parse(rows.replace("7  ,           10 punct     PUNCT ,",
                               "7  et          10 cc        CCONJ et"))
    assert any(s == "Vexor" and r.startswith("manifester") for s, r, _ in edges(plain))


def test_a_days_own_de_complement_is_when_not_what():
    # "Le jour de son élection, Paul Aubry a nommé Jean Roux."
    doc = parse(
        """
        0  Le          1  det       DET   le          Definite=Def|Number=Sing
        1  jour        9  obl:mod   NOUN  jour        Gender=Masc|Number=Sing
        2  de          4  case      ADP   de
        3  son         4  det       DET   son         Poss=Yes
        4  élection    1  nmod      NOUN  élection    Gender=Fem|Number=Sing
        5  ,           9  punct     PUNCT ,
        6  Paul        9  nsubj     PROPN Paul        Gender=Masc|Number=Sing  B-PER
        7  Aubry       6  flat:name PROPN Aubry       _                        I-PER
        8  a           9  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        9  nommé       9  ROOT      VERB  nommer      VerbForm=Part
        10 Jean        9  obj       PROPN Jean        Gender=Masc|Number=Sing  B-PER
        11 Roux        10 flat:name PROPN Roux        _                        I-PER
        12 .           9  punct     PUNCT .
        """
    )
    assert edges(doc) == {("Paul Aubry", "nommer", "Jean Roux")}


def test_the_predicate_of_a_copula_is_no_misattached_object():
    # "Paul Aubry a choisi Jean Roux, qui dirigeait alors le « Canal 12 »." read with the
    # predicate of « était » hung on « choisi »: "Paul Aubry a choisi Jean Roux qui était
    # le « Canal 12 »."
    doc = parse(
        """
        0  Paul        3  nsubj     PROPN Paul        Gender=Masc|Number=Sing  B-PER
        1  Aubry       0  flat:name PROPN Aubry       _                        I-PER
        2  a           3  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        3  choisi      3  ROOT      VERB  choisir     VerbForm=Part
        4  Jean        3  obj       PROPN Jean        Gender=Masc|Number=Sing  B-PER
        5  Roux        4  flat:name PROPN Roux        _                        I-PER
        6  qui         4  fixed     PRON  qui         PronType=Rel
        7  était       10 cop       AUX   être        Mood=Ind|VerbForm=Fin
        8  le          10 det       DET   le          Definite=Def|Number=Sing
        9  «           10 punct     PUNCT «
        10 Canal       3  obl:mod   PROPN Canal       _                        B-ORG
        11 12          10 nummod    NUM   12          _                        I-ORG
        12 »           10 punct     PUNCT »
        13 .           3  punct     PUNCT .
        """
    )
    assert edges(doc) == {("Paul Aubry", "choisir", "Jean Roux")}


def test_a_participles_de_complement_naming_a_person_is_the_nouns():
    # "Les salariés s'interrogent sur le retrait précipité de leur directeur.": the
    # director withdrew in haste; nobody hurried his withdrawal
    rows = """
        0  Les         1  det       DET   le          Number=Plur
        1  salariés    3  nsubj     NOUN  salarié     Gender=Masc|Number=Plur
        2  s'          3  expl:comp PRON  se          Reflex=Yes
        3  interrogent 3  ROOT      VERB  interroger  Mood=Ind|Number=Plur|VerbForm=Fin
        4  sur         6  case      ADP   sur
        5  le          6  det       DET   le          Definite=Def|Number=Sing
        6  retrait     3  obl:arg   NOUN  retrait     Gender=Masc|Number=Sing
        7  précipité   6  acl       VERB  précipiter  Tense=Past|VerbForm=Part
        8  de          10 case      ADP   de
        9  leur        10 det       DET   leur        Poss=Yes
        10 directeur   7  obl:agent NOUN  directeur   Gender=Masc|Number=Sing
        11 .           3  punct     PUNCT .
        """
    assert not any(r == "précipiter" for _, r, _ in edges(parse(rows)))
    # what people are struck with is the participle's agent: « des habitants atteints
    # de la grippe »
    sick = parse(
        """
        0  Les         1  det       DET   le          Number=Plur
        1  pompiers    3  nsubj     NOUN  pompier     Gender=Masc|Number=Plur
        2  ont         3  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        3  évacué      3  ROOT      VERB  évacuer     VerbForm=Part
        4  des         5  det       DET   un          Number=Plur
        5  habitants   3  obj       NOUN  habitant    Gender=Masc|Number=Plur
        6  atteints    5  acl       VERB  atteindre   Tense=Past|VerbForm=Part
        7  de          9  case      ADP   de
        8  la          9  det       DET   le          Definite=Def|Number=Sing
        9  grippe      6  obl:agent NOUN  grippe      Gender=Fem|Number=Sing
        10 .           3  punct     PUNCT .
        """
    )
    assert ("grippe", "atteindre", "habitants") in edges(sick)


def test_the_act_a_noun_of_will_names_is_aimed_at_not_done():
    # "La mairie a confirmé la volonté de Vexor de fermer l'usine."
    doc = parse(
        """
        0  La          1  det       DET   le          Definite=Def|Number=Sing
        1  mairie      3  nsubj     NOUN  mairie      Gender=Fem|Number=Sing
        2  a           3  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        3  confirmé    3  ROOT      VERB  confirmer   VerbForm=Part
        4  la          5  det       DET   le          Definite=Def|Number=Sing
        5  volonté     3  obj       NOUN  volonté     Gender=Fem|Number=Sing
        6  de          7  case      ADP   de
        7  Vexor       5  nmod      PROPN Vexor       _                        B-ORG
        8  de          9  mark      ADP   de
        9  fermer      5  acl       VERB  fermer      VerbForm=Inf
        10 l'          11 det       DET   le          Definite=Def|Number=Sing
        11 usine       9  obj       NOUN  usine       Gender=Fem|Number=Sing
        12 .           3  punct     PUNCT .
        """
    )
    assert only(doc, "Vexor", "fermer", "usine").modality == "hypothetical"


def test_a_relative_clause_on_a_predicate_noun_is_about_its_subject():
    # "Paul Aubry est l'homme qui a racheté le port.": what « l'homme » does, Paul Aubry does
    doc = parse(
        """
        0  Paul        4  nsubj     PROPN Paul        Gender=Masc|Number=Sing  B-PER
        1  Aubry       0  flat:name PROPN Aubry       _                        I-PER
        2  est         4  cop       AUX   être        Mood=Ind|VerbForm=Fin
        3  l'          4  det       DET   le          Definite=Def|Number=Sing
        4  homme       4  ROOT      NOUN  homme       Gender=Masc|Number=Sing
        5  qui         7  nsubj     PRON  qui         PronType=Rel
        6  a           7  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        7  racheté     4  acl:relcl VERB  racheter    VerbForm=Part
        8  le          9  det       DET   le          Definite=Def|Number=Sing
        9  port        7  obj       NOUN  port        Gender=Masc|Number=Sing
        10 .           4  punct     PUNCT .
        """
    )
    assert {(s, r, o) for s, r, o in edges(doc) if r == "racheter"} == {
        ("Paul Aubry", "racheter", "port")}


def test_a_request_to_someone_says_what_is_asked():
    # "Paul Aubry a demandé au maire de ne pas fermer le port.": to whom, and what
    doc = parse(
        """
        0  Paul        3  nsubj     PROPN Paul        Gender=Masc|Number=Sing  B-PER
        1  Aubry       0  flat:name PROPN Aubry       _                        I-PER
        2  a           3  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        3  demandé     3  ROOT      VERB  demander    VerbForm=Part
        4  au          5  case      ADP   à           Definite=Def|Number=Sing
        5  maire       3  obl:arg   NOUN  maire       Gender=Masc|Number=Sing
        6  de          9  mark      ADP   de
        7  ne          9  advmod    ADV   ne          Polarity=Neg
        8  pas         9  advmod    ADV   pas         Polarity=Neg
        9  fermer      3  xcomp     VERB  fermer      VerbForm=Inf
        10 le          11 det       DET   le          Definite=Def|Number=Sing
        11 port        9  obj       NOUN  port        Gender=Masc|Number=Sing
        12 .           3  punct     PUNCT .
        """
    )
    found = edges(doc)
    assert ("Paul Aubry", "demander de ne pas fermer port à", "maire") in found, found
    assert ("Paul Aubry", "demander à", "maire") not in found


def test_an_infinitive_hung_on_the_object_of_a_control_verb_is_the_objects_act():
    # "Le reportage a convaincu la veuve du maire, Anne Roux, de demander l'exhumation."
    # with « demander » hung on « veuve »: the one convinced asks
    doc = parse(
        """
        0  Le          1  det       DET   le          Definite=Def|Number=Sing
        1  reportage   3  nsubj     NOUN  reportage   Gender=Masc|Number=Sing
        2  a           3  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        3  convaincu   3  ROOT      VERB  convaincre  VerbForm=Part
        4  la          5  det       DET   le          Definite=Def|Number=Sing
        5  veuve       3  obj       NOUN  veuve       Gender=Fem|Number=Sing
        6  du          7  case      ADP   de          Definite=Def|Number=Sing
        7  maire       5  nmod      NOUN  maire       Gender=Masc|Number=Sing
        8  ,           9  punct     PUNCT ,
        9  Anne        5  appos     PROPN Anne        Gender=Fem|Number=Sing   B-PER
        10 Roux        9  flat:name PROPN Roux        _                        I-PER
        11 ,           9  punct     PUNCT ,
        12 de          13 mark      ADP   de
        13 demander    5  acl       VERB  demander    VerbForm=Inf
        14 l'          15 det       DET   le          Definite=Def|Number=Sing
        15 exhumation  13 obj       NOUN  exhumation  Gender=Fem|Number=Sing
        16 .           3  punct     PUNCT .
        """
    )
    assert only(doc, "Anne Roux", "demander", "exhumation").modality == "asserted"
    # ordered, the act is not yet done: « Le juge a ordonné à Anne Roux d'ouvrir le
    # coffre. » with « Anne Roux » the object and « ouvrir » hung on it
    ordered = parse(
        """
        0  Le          1  det       DET   le          Definite=Def|Number=Sing
        1  juge        3  nsubj     NOUN  juge        Gender=Masc|Number=Sing
        2  a           3  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        3  ordonné     3  ROOT      VERB  ordonner    VerbForm=Part
        4  à           5  case      ADP   à
        5  Anne        3  obj       PROPN Anne        Gender=Fem|Number=Sing   B-PER
        6  Roux        5  flat:name PROPN Roux        _                        I-PER
        7  d'          8  mark      ADP   de
        8  ouvrir      5  acl       VERB  ouvrir      VerbForm=Inf
        9  le          10 det       DET   le          Definite=Def|Number=Sing
        10 coffre      8  obj       NOUN  coffre      Gender=Masc|Number=Sing
        11 .           3  punct     PUNCT .
        """
    )
    assert only(ordered, "Anne Roux", "ouvrir", "coffre").modality == "hypothetical"


def test_a_list_after_an_oblique_keeps_its_preposition():
    # "Paul Aubry revient sur la crise, la pêche et le tourisme." with the second item
    # parsed as a direct object
    doc = parse(
        """
        0  Paul        2  nsubj     PROPN Paul        Gender=Masc|Number=Sing  B-PER
        1  Aubry       0  flat:name PROPN Aubry       _                        I-PER
        2  revient     2  ROOT      VERB  revenir     Mood=Ind|VerbForm=Fin
        3  sur         5  case      ADP   sur
        4  la          5  det       DET   le          Definite=Def|Number=Sing
        5  crise       2  obl:arg   NOUN  crise       Gender=Fem|Number=Sing
        6  ,           8  punct     PUNCT ,
        7  la          8  det       DET   le          Definite=Def|Number=Sing
        8  pêche       2  obj       NOUN  pêche       Gender=Fem|Number=Sing
        9  et          11 cc        CCONJ et
        10 le          11 det       DET   le          Definite=Def|Number=Sing
        11 tourisme    8  conj      NOUN  tourisme    Gender=Masc|Number=Sing
        12 .           2  punct     PUNCT .
        """
    )
    found = edges(doc)
    assert ("Paul Aubry", "revenir sur", "pêche") in found, found
    assert ("Paul Aubry", "revenir sur", "tourisme") in found, found
    assert not any(r == "revenir" for _, r, _ in found), found


def test_an_asked_act_names_its_object_in_the_label():
    """« Le message demande aux abonnés de saisir leurs codes »: what they are asked to
    enter, not only that they are asked to."""
    doc = parse("""
0  Le            1  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
1  message       2  nsubj      NOUN  message       Gender=Masc|Number=Sing
2  demande       2  ROOT       VERB  demander      Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  aux           4  case       ADP   à             Definite=Def|Number=Plur|PronType=Art
4  abonnés       2  obl:arg    NOUN  abonné        Gender=Masc|Number=Plur
5  de            6  mark       ADP   de            _
6  saisir        4  acl        VERB  saisir        VerbForm=Inf
7  leurs         8  det        DET   leur          Number=Plur|Poss=Yes
8  codes         6  obj        NOUN  code          Gender=Masc|Number=Plur
9  .             2  punct      PUNCT .             _
""")
    assert ("message", "demander de saisir codes à", "abonnés") in edges(doc)


def test_a_compounds_own_complement_ends_the_phrase():
    """« des mesures de protection de la forêt »: what is protected is the point."""
    doc = parse("""
0  Paul          3  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  pris          3  ROOT       VERB  prendre       Gender=Masc|Tense=Past|VerbForm=Part
4  des           5  det        DET   un            Definite=Ind|Number=Plur|PronType=Art
5  mesures       3  obj        NOUN  mesure        Gender=Fem|Number=Plur
6  de            7  case       ADP   de            _
7  protection    5  nmod       NOUN  protection    Gender=Fem|Number=Sing
8  de            10 case       ADP   de            _
9  la            10 det        DET   le            Definite=Def|Gender=Fem|Number=Sing|PronType=Art
10 forêt         7  nmod       NOUN  forêt         Gender=Fem|Number=Sing
11 .             3  punct      PUNCT .             _
""")
    assert ("Paul Aubry", "prendre", "mesures de protection de la forêt") in edges(doc)


def test_a_complements_compound_keeps_its_own_determined_complement():
    """« un appel aux caisses de retraite de la branche agricole »: not « appel aux
    caisses »."""
    doc = parse("""
0  Paul          3  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  envisagé      3  ROOT       VERB  envisager     Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  un            5  det        DET   un            Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
5  appel         3  obj        NOUN  appel         Gender=Masc|Number=Sing
6  aux           7  case       ADP   à             Definite=Def|Number=Plur|PronType=Art
7  caisses       5  nmod       NOUN  caisse        Gender=Fem|Number=Plur
8  de            9  case       ADP   de            _
9  retraite      7  nmod       NOUN  retraite      Gender=Fem|Number=Sing
10 de            12 case       ADP   de            _
11 la            12 det        DET   le            Definite=Def|Gender=Fem|Number=Sing|PronType=Art
12 branche       9  nmod       NOUN  branche        Gender=Fem|Number=Sing
13 agricole      12 amod       ADJ   agricole      Gender=Fem|Number=Sing
14 .             3  punct      PUNCT .             _
""")
    assert ("Paul Aubry", "envisager", "appel aux caisses de retraite de la branche agricole") \
        in edges(doc)


def test_a_noun_of_speech_keeps_what_it_is_about_after_its_adjectives():
    """« des commentaires acerbes sur le budget »: about what, the phrase says."""
    doc = parse("""
0  Anne          3  nsubj      PROPN Anne          Gender=Fem|Number=Sing B-PER
1  Roux          0  flat:name  PROPN Roux          _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  fait          3  ROOT       VERB  faire         Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  des           5  det        DET   un            Definite=Ind|Number=Plur|PronType=Art
5  commentaires  3  obj        NOUN  commentaire   Gender=Masc|Number=Plur
6  acerbes       5  amod       ADJ   acerbe        Gender=Masc|Number=Plur
7  sur           9  case       ADP   sur           _
8  le            9  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
9  budget        5  nmod       NOUN  budget        Gender=Masc|Number=Sing
10 .             3  punct      PUNCT .             _
""")
    assert ("Anne Roux", "faire", "commentaires acerbes sur le budget") in edges(doc)


def test_a_verb_of_control_names_the_act_it_asks_of_its_object():
    """« X a exhorté Y à signer l'accord », « X accuse Y de mentir »: to do what, or of
    what, is in the relation; Y's own act keeps its edge, as a possibility."""
    doc = parse("""
0  Paul          3  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  exhorté       3  ROOT       VERB  exhorter      Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  Anne          3  obj        PROPN Anne          _ B-PER
5  Roux          4  flat:name  PROPN Roux          _ I-PER
6  à             7  mark       ADP   à             _
7  signer        3  xcomp      VERB  signer        VerbForm=Inf
8  l'            9  det        DET   le            Definite=Def|Number=Sing|PronType=Art
9  accord        7  obj        NOUN  accord        Gender=Masc|Number=Sing
10 .             3  punct      PUNCT .             _
""")
    assert only(doc, "Anne Roux", "signer", "accord").modality == "hypothetical"
    assert ("Paul Aubry", "exhorter à signer accord", "Anne Roux") in edges(doc)
    doc = parse("""
0  Vexor         1  nsubj      PROPN Vexor         _ B-ORG
1  accuse        1  ROOT       VERB  accuser       Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
2  Anne          1  obj        PROPN Anne          _ B-PER
3  Roux          2  flat:name  PROPN Roux          _ I-PER
4  de            5  mark       ADP   de            _
5  mentir        1  xcomp      VERB  mentir        VerbForm=Inf
6  .             1  punct      PUNCT .             _
""")
    assert ("Vexor", "accuser de mentir", "Anne Roux") in edges(doc)


def test_an_infinitive_hung_on_a_things_name_is_that_things_own():
    """« rappeler l'obligation de porter le casque »: nobody is asked to wear it by
    « rappeler »; the relation stays the verb's."""
    doc = parse("""
0  Anne          3  nsubj      PROPN Anne          Gender=Fem|Number=Sing B-PER
1  Roux          0  flat:name  PROPN Roux          _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  rappelé       3  ROOT       VERB  rappeler      Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  l'            5  det        DET   le            Definite=Def|Number=Sing|PronType=Art
5  obligation    3  obj        NOUN  obligation    Gender=Fem|Number=Sing
6  de            7  mark       ADP   de            _
7  porter        5  acl        VERB  porter        VerbForm=Inf
8  le            9  det        DET   le            Definite=Def|Number=Sing|PronType=Art
9  casque        7  obj        NOUN  casque        Gender=Masc|Number=Sing
10 .             3  punct      PUNCT .             _
""")
    assert ("Anne Roux", "rappeler", "obligation") in edges(doc)


def test_what_a_request_is_for_goes_with_the_thing_asked_for():
    """« X demande au maire des crédits pour sauver la piscine »: the parser hangs the
    purpose on « demande »; the credits are for saving the pool (the model's parse, with its
    lemma « demande » for the verb)."""
    doc = parse("""
0  Paul          2  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  demande       2  ROOT       VERB  demande       Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  au            4  case       ADP   au            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
4  maire         2  obl:arg    NOUN  maire         Gender=Masc|Number=Sing
5  des           6  case       ADP   de            Definite=Def|Number=Plur|PronType=Art
6  crédits       4  nmod       NOUN  crédit        Gender=Masc|Number=Plur
7  pour          8  mark       ADP   pour          _
8  sauver        2  advcl      VERB  sauver        VerbForm=Inf
9  la            10 det        DET   le            Definite=Def|Gender=Fem|Number=Sing|PronType=Art
10 piscine       8  obj        NOUN  piscine       Gender=Fem|Number=Sing
11 municipale    10 amod       ADJ   municipal     Gender=Fem|Number=Sing
12 .             2  punct      PUNCT .             _
""")
    found = edges(doc)
    assert ("Paul Aubry", "demander", "crédits pour sauver la piscine") in found, found
    assert ("Paul Aubry", "demander crédits à", "maire") in found, found


def test_relever_que_names_who_speaks_the_quotation_after_it():
    """« X a relevé que … . « Vexor a augmenté ses dividendes ». »: « relever que » (point
    out) reports, and the quotation set after it is X's."""
    doc = parse("""
0  Anne          3  nsubj      PROPN Anne          Gender=Fem|Number=Sing B-PER
1  Roux          0  flat:name  PROPN Roux          _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  relevé        3  ROOT       VERB  relever       Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  que           7  mark       SCONJ que           _
5  le            6  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
6  site          7  nsubj      NOUN  site          Gender=Masc|Number=Sing
7  perdait       3  ccomp      VERB  perdre        Mood=Ind|Person=3|Tense=Imp|VerbForm=Fin
8  dix           9  nummod     NUM   dix           NumType=Card
9  postes        7  obj        NOUN  poste         Number=Plur
10 .             3  punct      PUNCT .             _
11 «             14 punct      PUNCT «             _
12 Vexor         14 nsubj      PROPN Vexor         _ B-ORG
13 a             14 aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
14 augmenté      14 ROOT       VERB  augmenter     Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
15 ses           16 det        DET   son           Number=Plur|Poss=Yes
16 dividendes    14 obj        NOUN  dividende     Gender=Masc|Number=Plur
17 »             14 punct      PUNCT »             _
18 .             14 punct      PUNCT .             _
""")
    said = only(doc, "site", "perdre", "dix postes")
    assert (said.modality, said.source.text) == ("reported", "Anne Roux")
    quoted = only(doc, "Vexor", "augmenter", "dividendes")
    assert (quoted.modality, quoted.source.text) == ("reported", "Anne Roux")


def test_a_noun_restating_the_object_after_a_comma_is_no_second_object():
    """« X a formulé le souhait de réformer l'impôt, un sujet oublié du débat »: the
    subject is the wish restated (the parser hangs it on the verb), not a thing expressed."""
    doc = parse("""
0  Paul          3  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  formulé       3  ROOT       VERB  formuler      Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  le            5  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
5  souhait       3  obj        NOUN  souhait       Gender=Masc|Number=Sing
6  de            7  mark       ADP   de            _
7  réformer      5  acl        VERB  réformer      VerbForm=Inf
8  l'            9  det        DET   le            Definite=Def|Number=Sing|PronType=Art
9  impôt         7  obj        NOUN  impôt         Gender=Masc|Number=Sing
10 ,             12 punct      PUNCT ,             _
11 un            12 det        DET   un            Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
12 sujet         3  obl:mod    NOUN  sujet         Gender=Masc|Number=Sing
13 oublié        12 amod       ADJ   oublié        Gender=Masc|Number=Sing
14 de            16 case       ADP   de            _
15 le            16 det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
16 débat         13 obl:arg    NOUN  débat         Gender=Masc|Number=Sing
17 .             3  punct      PUNCT .             _
""")
    found = edges(doc)
    assert not any(o.startswith("sujet") for _, _, o in found), found


def test_the_clitic_after_the_verb_is_its_subject_not_its_object():
    """« « … c'est une jeune femme », essaie-t-il de nuancer »: the parser makes the quoted
    noun a subject too; « -t-il » is the one who tries, the quotation no actor."""
    doc = parse("""
0  «             2  punct      PUNCT «             _
1  Le            2  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
2  texte         9  dep        NOUN  texte         Gender=Masc|Number=Sing
3  exact         2  amod       ADJ   exact         Gender=Masc|Number=Sing
4  ,             9  punct      PUNCT ,             _
5  c'            9  nsubj      PRON  ce            Number=Sing|Person=3
6  est           9  cop        AUX   être          Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
7  une           9  det        DET   un            Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
8  jeune         9  amod       ADJ   jeune         Gender=Fem|Number=Sing
9  femme         12 nsubj      NOUN  femme         Gender=Fem|Number=Sing
10 »             9  punct      PUNCT »             _
11 ,             12 punct      PUNCT ,             _
12 essaie        12 ROOT       VERB  essayer        Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
13 -t            12 nsubj      PRON  -t            Gender=Masc|Number=Sing|Person=3
14 -il           12 dep        PRON  il            Gender=Masc|Number=Sing|Person=3
15 de            16 mark       ADP   de            _
16 nuancer       12 xcomp      VERB  nuancer       VerbForm=Inf
17 .             12 punct      PUNCT .             _
""")
    found = edges(doc)
    assert not any(o == "-t" for _, _, o in found), found


def test_a_name_hung_on_de_son_cote_is_the_clauses_subject():
    """« De son côté, Anne Roux, …, annonce qu'elle présidera la réunion » with the name
    hung on « côté » as its apposition (as the parser does after an initial, « B. X »):
    she is who announces."""
    doc = parse("""
0  De            2  case       ADP   de            _
1  son           2  det        DET   son           Number=Sing|Poss=Yes
2  côté          11 obl:mod    NOUN  côté          Gender=Masc|Number=Sing
3  ,             2  punct      PUNCT ,             _
4  Anne          2  appos      PROPN Anne          Gender=Fem|Number=Sing B-PER
5  Roux          4  flat:name  PROPN Roux          _ I-PER
6  ,             4  punct      PUNCT ,             _
7  pourtant      9  advmod     ADV   pourtant      _
8  très          9  advmod     ADV   très          _
9  fatiguée      4  acl        ADJ   fatigué       Gender=Fem|Number=Sing
10 ,             11 punct      PUNCT ,             _
11 annonce       11 ROOT       VERB  annoncer      Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
12 qu'           14 mark       SCONJ que           _
13 elle          14 nsubj      PRON  lui           Gender=Fem|Number=Sing|Person=3
14 présidera     11 ccomp      VERB  présider      Mood=Ind|Person=3|Tense=Fut|VerbForm=Fin
15 la            16 det        DET   le            Definite=Def|Gender=Fem|Number=Sing|PronType=Art
16 réunion       14 obj        NOUN  réunion       Gender=Fem|Number=Sing
17 .             11 punct      PUNCT .             _
""")
    said = only(doc, "elle", "présider", "réunion")
    assert said.source is not None and said.source.text == "Anne Roux", said


def test_an_end_set_aside_by_et_non_gives_no_edge():
    """« qualifier son rival de « petit joueur », et non de « joueur médiocre » »: the
    second word is the one not meant."""
    doc = parse("""
0  Paul          2  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  voulait       2  ROOT       VERB  vouloir       Mood=Ind|Person=3|Tense=Imp|VerbForm=Fin
3  qualifier     2  xcomp      VERB  qualifier     VerbForm=Inf
4  son           5  det        DET   son           Number=Sing|Poss=Yes
5  rival         3  obj        NOUN  rival         Gender=Masc|Number=Sing
6  de            9  case       ADP   de            _
7  «             9  punct      PUNCT «             _
8  petit         9  amod       ADJ   petit         Gender=Masc|Number=Sing
9  joueur        5  nmod       NOUN  joueur        Gender=Masc|Number=Sing
10 »             9  punct      PUNCT »             _
11 ,             5  punct      PUNCT ,             _
12 et            16 cc         CCONJ et            _
13 non           16 advmod     ADV   non           _
14 de            16 case       ADP   de            _
15 «             16 punct      PUNCT «             _
16 joueur        5  conj       NOUN  joueur        Gender=Masc|Number=Sing
17 médiocre      16 amod       ADJ   médiocre      Gender=Masc|Number=Sing
18 »             16 punct      PUNCT »             _
19 .             2  punct      PUNCT .             _
""")
    found = edges(doc)
    assert not any(o == "joueur médiocre" for _, _, o in found), found


def test_an_asked_act_keeps_its_locution():
    """« Le message pousse les abonnés à se mettre en règle »: « se mettre » alone says
    nothing; the locution's bare noun goes with it."""
    doc = parse("""
0  Le            1  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
1  message       2  nsubj      NOUN  message       Gender=Masc|Number=Sing
2  pousse        2  ROOT       VERB  pousse        Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  les           4  det        DET   le            Definite=Def|Number=Plur|PronType=Art
4  abonnés       2  obj        NOUN  abonné        Gender=Masc|Number=Plur
5  à             7  mark       ADP   à             _
6  se            7  expl:comp  PRON  se            Person=3|Reflex=Yes
7  mettre        4  acl        VERB  mettre        VerbForm=Inf
8  en            9  case       ADP   en            _
9  règle         7  obl:mod    NOUN  règle         Gender=Fem|Number=Sing
10 .             2  punct      PUNCT .             _
""")
    assert ("message", "pousser à se mettre en règle", "abonnés") in edges(doc)


def test_a_verb_of_perception_names_what_its_object_was_seen_doing():
    """« Plusieurs témoins ont vu des détenus mourir sous les coups »: what they saw."""
    doc = parse("""
0  Plusieurs     1  det        DET   plusieurs     Number=Plur
1  témoins       3  nsubj      NOUN  témoin        Gender=Masc|Number=Plur
2  ont           3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  vu            3  ROOT       VERB  voir          Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  des           5  det        DET   un            Definite=Ind|Number=Plur|PronType=Art
5  détenus       3  obj        NOUN  détenu        Gender=Masc|Number=Plur
6  mourir        5  acl        VERB  mourir        VerbForm=Inf
7  sous          9  case       ADP   sous          _
8  les           9  det        DET   le            Definite=Def|Number=Plur|PronType=Art
9  coups         6  obl:mod    NOUN  coup          Gender=Masc|Number=Plur
10 .             3  punct      PUNCT .             _
""")
    assert ("témoins", "voir mourir", "détenus") in edges(doc)


def test_a_nouns_infinitive_complement_is_kept_past_its_reflexive_clitic():
    """« le souhait de s'attaquer au chômage »: not a bare « souhait »."""
    doc = parse("""
0  Paul          3  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  a             3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  formulé       3  ROOT       VERB  formuler      Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  le            5  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
5  souhait       3  obj        NOUN  souhait       Gender=Masc|Number=Sing
6  de            8  mark       ADP   de            _
7  s'            8  expl:comp  PRON  se            Person=3|Reflex=Yes
8  attaquer      5  acl        VERB  attaquer      VerbForm=Inf
9  au            10 case       ADP   au            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
10 chômage       8  obl:arg    NOUN  chômage       Gender=Masc|Number=Sing
11 .             3  punct      PUNCT .             _
""")
    assert ("Paul Aubry", "formuler", "souhait de s'attaquer") in edges(doc)


MILITANTS = """
0  Les           1  det        DET   le            Definite=Def|Number=Plur|PronType=Art
1  {noun:<13} 5  nsubj      NOUN  {lemma:<13} Gender=Masc|Number=Plur
2  de            3  case       ADP   de            _
3  Vexor         1  nmod       PROPN Vexor         _ B-ORG
4  ont           5  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
5  bloqué        5  ROOT       VERB  bloquer       Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
6  le            7  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
7  port          5  obj        NOUN  port          Gender=Masc|Number=Sing
8  .             5  punct      PUNCT .             _
"""


@pytest.mark.parametrize(
    ("noun", "lemma", "subject"),
    [
        ("militants", "militant", "Vexor"),  # the body acts through its members
        ("combattants", "combattant", "Vexor"),
        ("salariés", "salarié", "salariés de Vexor"),  # its staff are not the body
    ],
)
def test_the_members_of_a_named_body_are_that_body(noun, lemma, subject):
    doc = parse(MILITANTS.format(noun=noun, lemma=lemma))
    assert (subject, "bloquer", "port") in edges(doc), edges(doc)


GARAGE = """
0  Le            1  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
1  garage        2  nsubj      NOUN  garage        Gender=Masc|Number=Sing
2  recommande    2  ROOT       VERB  recommander   Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
3  aux           4  case       ADP   à             Definite=Def|Number=Plur|PronType=Art
4  clients       2  obl:mod    NOUN  client        Gender=Masc|Number=Plur
5  le            6  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
6  montage       2  obj        NOUN  montage       Gender=Masc|Number=Sing
7  {cc:<13} 9  cc         CCONJ {cc:<13} _
8  la            9  det        DET   le            Definite=Def|Gender=Fem|Number=Sing|PronType=Art
9  réparation    6  conj       NOUN  réparation    Gender=Fem|Number=Sing
10 de            12 case       ADP   de            _
11 leur          12 det        DET   son           Number=Sing|Poss=Yes
12 vélo          9  nmod       NOUN  vélo          Gender=Masc|Number=Sing
13 .             2  punct      PUNCT .             _
"""


@pytest.mark.parametrize(
    ("cc", "first"),
    [
        ("ou", "montage ou la réparation de leur vélo"),  # two acts on one thing
        ("et", "montage"),  # « et » lists things more often than it shares a complement
    ],
)
def test_two_acts_joined_by_ou_share_the_complement_after_the_second(cc, first):
    found = edges(parse(GARAGE.format(cc=cc)))
    assert ("garage", "recommander", first) in found, found
    assert ("garage", "recommander", "réparation de leur vélo") in found, found


def test_a_verb_of_naming_says_what_the_person_was_called():
    """« Paul Aubry avait appelé Anne Roux « la reine du port » »: a name called, not a
    phone call; the epithet is no thing of its own."""
    doc = parse("""
0  Paul          3  nsubj      PROPN Paul          Gender=Masc|Number=Sing B-PER
1  Aubry         0  flat:name  PROPN Aubry         _ I-PER
2  avait         3  aux:tense  AUX   avoir         Mood=Ind|Person=3|Tense=Imp|VerbForm=Fin
3  appelé        3  ROOT       VERB  appeler       Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
4  Anne          3  obj        PROPN Anne          _ B-PER
5  Roux          4  flat:name  PROPN Roux          _ I-PER
6  «             3  punct      PUNCT «             _
7  la            8  det        DET   le            Definite=Def|Gender=Fem|Number=Sing|PronType=Art
8  reine         3  obj        NOUN  reine         Gender=Fem|Number=Sing
9  du            10 case       ADP   de            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
10 port          8  nmod       NOUN  port          Gender=Masc|Number=Sing
11 »             10 punct      PUNCT »             _
12 .             3  punct      PUNCT .             _
""")
    assert edges(doc) == {("Paul Aubry", "appeler « la reine du port »", "Anne Roux")}


def test_a_compounds_graded_adjective_stays_in_the_phrase():
    """« un service de livraison très rapide »: the adjective, graded, of the compound."""
    doc = parse("""
0  Vexor         1  nsubj      PROPN Vexor         _ B-ORG
1  propose       1  ROOT       VERB  proposer      Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
2  un            3  det        DET   un            Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
3  service       1  obj        NOUN  service       Gender=Masc|Number=Sing
4  de            5  case       ADP   de            _
5  livraison     3  nmod       NOUN  livraison     Gender=Fem|Number=Sing
6  très          7  advmod     ADV   très          _
7  rapide        5  amod       ADJ   rapide        Number=Sing
8  .             1  punct      PUNCT .             _
""")
    assert ("Vexor", "proposer", "service de livraison très rapide") in edges(doc), edges(doc)


def test_a_figure_estimated_is_the_estimators_claim():
    """« Le syndicat Ratex estime à 500 le nombre de postes menacés »: the figure is the
    union's, which speaks it."""
    doc = parse("""
0  Le            1  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
1  syndicat      3  nsubj      NOUN  syndicat      Gender=Masc|Number=Sing
2  Ratex         1  nmod       PROPN Ratex         _ B-ORG
3  estime        3  ROOT       VERB  estime        Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
4  à             7  case       ADP   à             _
5  500           7  nummod     DET   500           _
6  le            7  det        DET   le            Definite=Def|Gender=Masc|Number=Sing|PronType=Art
7  nombre        3  obl:arg    NOUN  nombre        Gender=Masc|Number=Sing
8  de            9  case       ADP   de            _
9  postes        7  nmod       NOUN  poste         Number=Plur
10 menacés       9  acl        VERB  menacer       Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part
11 .             3  punct      PUNCT .             _
""")
    (estimate,) = [t for t in extract(doc) if t.relation.startswith("estimer")]
    assert (estimate.modality, estimate.source.text) == ("reported", estimate.subject.text)
    assert estimate.subject.text == "Ratex", edges(doc)


def test_what_a_promised_act_is_for_is_hypothetical():
    # « Valbrunie a promis de coopérer avec Vexor pour résoudre la crise du port. »: what
    # is promised is not done yet, nor what it is for
    doc = parse(
        """
        0  Valbrunie   2  nsubj      PROPN Valbrunie   _  B-LOC
        1  a           2  aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        2  promis      2  ROOT       VERB  promettre   Gender=Masc|Tense=Past|VerbForm=Part
        3  de          4  mark       ADP   de          _
        4  coopérer    2  xcomp      VERB  coopérer    VerbForm=Inf
        5  avec        6  case       ADP   avec        _
        6  Vexor       4  obl:arg    PROPN Vexor       _  B-ORG
        7  pour        8  mark       ADP   pour        _
        8  résoudre    4  advcl      VERB  résoudre    VerbForm=Inf
        9  la          10 det        DET   le          Definite=Def|Gender=Fem|Number=Sing
        10 crise       8  obj        NOUN  crise       Gender=Fem|Number=Sing
        11 du          12 case       ADP   de          Definite=Def|Gender=Masc|Number=Sing
        12 port        10 nmod       NOUN  port        Gender=Masc|Number=Sing
        13 .           2  punct      PUNCT .           _
        """
    )
    assert only(doc, "Valbrunie", "promettre de coopérer avec", "Vexor").modality \
        == "asserted"  # (the promise is made: its label says what was promised)
    assert only(doc, "Valbrunie", "résoudre", "crise du port").modality == "hypothetical"


def test_a_day_read_as_a_first_object_leaves_the_real_one():
    """« Le syndicat Vexor organisera les 3 et 4 mars un congrès national »: the parser
    made the day a first direct object; the congress is what is organised."""
    doc = parse("""
0  Le           1   det        DET   le           Definite=Def|Gender=Masc|Number=Sing|PronType=Art
1  syndicat     3   nsubj      NOUN  syndicat     Gender=Masc|Number=Sing
2  Vexor        1   nmod       PROPN Vexor        _  B-ORG
3  organisera   3   ROOT       VERB  organiser    Mood=Ind|Tense=Fut|VerbForm=Fin
4  les          5   det        DET   le           Definite=Def|Number=Plur|PronType=Art
5  3            3   obj        NUM   3            NumType=Card
6  et           7   cc         CCONJ et           _
7  4            5   conj       NUM   4            NumType=Card
8  mars         3   punct      NOUN  mars         Gender=Masc|Number=Sing
9  un           10  det        DET   un           Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
10 congrès      3   obj        NOUN  congrès      Gender=Masc|Number=Sing
11 national     10  amod       ADJ   national     Gender=Masc|Number=Sing
12 .            3   punct      PUNCT .            _
""")
    assert ("Vexor", "organiser", "congrès national") in edges(doc)


def test_a_trip_that_sets_the_time_is_the_subjects_own():
    """« Lors d'un déplacement à Valbrune, M. Marc Aubry … a inauguré une école »: the trip is
    the subject's; its place keeps its preposition in the edge (–se rendre à→)."""
    doc = parse("""
0  Lors         16  advmod     ADV   lors         _
1  d'           3   case       ADP   de           _
2  un           3   det        DET   un           Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
3  déplacement  0   obl:arg    NOUN  déplacement  Gender=Masc|Number=Sing
4  à            5   case       ADP   à            _
5  Valbrune     3   nmod       PROPN Valbrune     _  B-LOC
6  ,            0   punct      PUNCT ,            _
7  M.           16  nsubj      NOUN  m.           Gender=Masc|Number=Sing
8  Marc         7   appos      PROPN Marc         Gender=Masc|Number=Sing  B-PER
9  Aubry        8   flat:name  PROPN Aubry        _  I-PER
10 ,            7   punct      PUNCT ,            _
11 un           12  det        DET   un           Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
12 élu          7   appos      NOUN  élu          Gender=Masc|Number=Sing
13 belge        12  amod       ADJ   belge        Number=Sing
14 ,            16  punct      PUNCT ,            _
15 a            16  aux:tense  AUX   avoir        Tense=Pres|VerbForm=Fin
16 inauguré     16  ROOT       VERB  inaugurer    Tense=Past|VerbForm=Part
17 une          18  det        DET   un           Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
18 école        16  obj        NOUN  école        Gender=Fem|Number=Sing
19 .            16  punct      PUNCT .            _
""")
    found = edges(doc)
    assert ("Marc Aubry", "se rendre à", "Valbrune") in found
    assert ("Marc Aubry", "inaugurer", "école") in found


def test_a_stay_during_which_a_victim_was_hurt_is_the_victims():
    """« Madame Léa Vexin a été victime d'une chute lors de son séjour à Rivemont »:
    « lors de » hung on the act, the victim (a vocative) stayed there."""
    doc = parse("""
0  Madame       5   vocative   NOUN  madame       Gender=Fem|Number=Sing  B-PER
1  Léa          0   appos      PROPN Léa          Gender=Fem|Number=Sing  I-PER
2  Vexin        1   flat:name  PROPN Vexin        Gender=Masc|Number=Sing  I-PER
3  a            5   aux:tense  AUX   avoir        Tense=Pres|VerbForm=Fin
4  été          5   cop        AUX   être         Tense=Past|VerbForm=Part
5  victime      5   ROOT       ADJ   victime      Gender=Fem|Number=Sing
6  d'           8   case       ADP   de           _
7  une          8   det        DET   un           Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
8  chute        5   obl:arg    NOUN  chute        Gender=Fem|Number=Sing
9  lors         8   advmod     ADV   lors         _
10 de           12  case       ADP   de           _
11 son          12  det        DET   son          Number=Sing|Poss=Yes
12 séjour       9   obl:arg    NOUN  séjour       Gender=Masc|Number=Sing
13 à            14  case       ADP   à            _
14 Rivemont     12  nmod       PROPN Rivemont     Gender=Masc|Number=Sing  B-LOC
15 .            5   punct      PUNCT .            _
""")
    assert ("Léa Vexin", "séjourner à", "Rivemont") in edges(doc)


def test_a_titled_name_hung_on_a_fronted_trip_is_the_subject():
    """« Lors d'un déplacement à Valbrune, M. Marc Aubry, un élu, a inauguré une école »
    with the parser hanging « M. » on « déplacement » as a conjunct: after the comma, the
    titled name is the one who opened the school and made the trip."""
    doc = parse("""
0  Lors         15  advmod     ADV   lors         _
1  d'           3   case       ADP   de           _
2  un           3   det        DET   un           Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
3  déplacement  0   obl:arg    NOUN  déplacement  Gender=Masc|Number=Sing
4  à            5   case       ADP   à            _
5  Valbrune     3   nmod       PROPN Valbrune     _  B-LOC
6  ,            7   punct      PUNCT ,            _
7  M.           3   conj       NOUN  m.           Gender=Masc|Number=Sing
8  Marc         7   flat:name  PROPN Marc         _  B-PER
9  Aubry        8   flat:name  PROPN Aubry        _  I-PER
10 ,            12  punct      PUNCT ,            _
11 un           12  det        DET   un           Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
12 élu          7   appos      NOUN  élu          Gender=Masc|Number=Sing
13 ,            15  punct      PUNCT ,            _
14 a            15  aux:tense  AUX   avoir        Tense=Pres|VerbForm=Fin
15 inauguré     15  ROOT       VERB  inaugurer    Tense=Past|VerbForm=Part
16 une          17  det        DET   un           Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
17 école        15  obj        NOUN  école        Gender=Fem|Number=Sing
18 .            15  punct      PUNCT .            _
""")
    found = edges(doc)
    assert ("Marc Aubry", "inaugurer", "école") in found
    assert ("Marc Aubry", "se rendre à", "Valbrune") in found


def test_a_cooperation_received_reads_without_a_preposition_to_keep():
    """« La Valbrunie a bénéficié de la coopération de la Rivemontie »: the one who
    cooperates is the « de » complement, its partner the subject (no preposition was
    written for it); the sentence gives that edge, no error."""
    doc = parse("""
0  La           1   det        DET   le           Definite=Def|Gender=Fem|Number=Sing|PronType=Art
1  Valbrunie    3   nsubj      PROPN Valbrunie    _  B-LOC
2  a            3   aux:tense  AUX   avoir        Tense=Pres|VerbForm=Fin
3  bénéficié    3   ROOT       VERB  bénéficier   Tense=Past|VerbForm=Part
4  de           6   case       ADP   de           _
5  la           6   det        DET   le           Definite=Def|Gender=Fem|Number=Sing|PronType=Art
6  coopération  3   obl:arg    NOUN  coopération  Gender=Fem|Number=Sing
7  de           9   case       ADP   de           _
8  la           9   det        DET   le           Definite=Def|Gender=Fem|Number=Sing|PronType=Art
9  Rivemontie   6   nmod       PROPN Rivemontie   Gender=Fem|Number=Sing  B-LOC
10 .            3   punct      PUNCT .            _
""")
    assert ("Rivemontie", "coopérer", "Valbrunie") in edges(doc)


def test_a_past_relative_clause_under_a_wish_is_told_as_done():
    # « Marc Aubry veut rencontrer Léa Vexor, qui a signé le traité »: the meeting is a
    # wish; that she signed the treaty is a fact the writer tells
    doc = parse(
        """
        0  Marc        2   nsubj      PROPN Marc        _  B-PER
        1  Aubry       0   flat:name  PROPN Aubry       _  I-PER
        2  veut        2   ROOT       VERB  vouloir     Mood=Ind|Tense=Pres|VerbForm=Fin
        3  rencontrer  2   xcomp      VERB  rencontrer  VerbForm=Inf
        4  Léa         3   obj        PROPN Léa         _  B-PER
        5  Vexor       4   flat:name  PROPN Vexor       _  I-PER
        6  ,           4   punct      PUNCT ,           _
        7  qui         9   nsubj      PRON  qui         _
        8  a           9   aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        9  signé       4   acl:relcl  VERB  signer      Tense=Past|VerbForm=Part
        10 le          11  det        DET   le          _
        11 traité      9   obj        NOUN  traité      _
        12 .           2   punct      PUNCT .           _
        """
    )
    assert only(doc, "Marc Aubry", "rencontrer", "Léa Vexor").modality == "hypothetical"
    assert only(doc, "Léa Vexor", "signer", "traité").modality == "asserted"


def test_a_conditional_relative_clause_under_a_wish_stays_hypothetical():
    # « Marc Aubry veut un accord qui garantirait la paix », the conditional tagged as an
    # imperfect (as the model does): what the wished-for accord would do is no fact
    doc = parse(
        """
        0  Marc        2   nsubj      PROPN Marc        _  B-PER
        1  Aubry       0   flat:name  PROPN Aubry       _  I-PER
        2  veut        2   ROOT       VERB  vouloir     Mood=Ind|Tense=Pres|VerbForm=Fin
        3  un          4   det        DET   un          _
        4  accord      2   obj        NOUN  accord      _
        5  qui         6   nsubj      PRON  qui         _
        6  garantirait 4   acl:relcl  VERB  garantir    Mood=Ind|Tense=Imp|VerbForm=Fin
        7  la          8   det        DET   le          _
        8  paix        6   obj        NOUN  paix        _
        9  .           2   punct      PUNCT .           _
        """
    )
    assert only(doc, "accord", "garantir", "paix").modality == "hypothetical"


def test_the_accused_named_but_tagged_as_a_verb_still_does_the_act():
    # « Le Vexor accuse Brelande de soutenir les rebelles », the unknown name « Brelande »
    # tagged as a verb: Brelande supports the rebels, not the accuser
    doc = parse(
        """
        0  Le          1   det        DET   le          _
        1  Vexor       2   nsubj      PROPN Vexor       _  B-ORG
        2  accuse      2   ROOT       VERB  accuser     Mood=Ind|Tense=Pres|VerbForm=Fin
        3  Brelande    2   obj        VERB  brelande    Mood=Ind|Tense=Fut|VerbForm=Fin  B-ORG
        4  de          5   mark       ADP   de          _
        5  soutenir    2   xcomp      VERB  soutenir    VerbForm=Inf
        6  les         7   det        DET   le          _
        7  rebelles    5   obj        NOUN  rebelle     _
        8  .           2   punct      PUNCT .           _
        """
    )
    assert only(doc, "Brelande", "soutenir", "rebelles").modality == "alleged"
    assert not any(s == "Vexor" and r == "soutenir" for s, r, _ in edges(doc))


def test_an_act_one_is_unable_to_do_is_denied():
    # « La Brelande est incapable de signer l'accord »: the accord is not signed
    doc = parse(
        """
        0  La          1   det        DET   le          _
        1  Brelande    3   nsubj      PROPN Brelande    _  B-LOC
        2  est         3   cop        AUX   être        Mood=Ind|Tense=Pres|VerbForm=Fin
        3  incapable   3   ROOT       ADJ   incapable   _
        4  de          5   mark       ADP   de          _
        5  signer      3   xcomp      VERB  signer      VerbForm=Inf
        6  l'          7   det        DET   le          _
        7  accord      5   obj        NOUN  accord      _
        8  .           3   punct      PUNCT .           _
        """
    )
    assert only(doc, "Brelande", "signer", "accord").modality == "denied"


def test_a_demonym_on_an_action_noun_is_the_state_that_acts():
    # « L'annexion chilienne de Valbrune inquiète », « le retrait chilien de l'accord »
    doc = parse(
        """
        0  L'          1   det        DET   le          _
        1  annexion    5   nsubj      NOUN  annexion    _
        2  chilienne   1   amod       ADJ   chilien     _
        3  de          4   case       ADP   de          _
        4  Valbrune    1   nmod       PROPN Valbrune    _  B-LOC
        5  inquiète    5   ROOT       VERB  inquiéter   Mood=Ind|Tense=Pres|VerbForm=Fin
        6  .           5   punct      PUNCT .           _
        """
    )
    assert ("chilienne", "annexer", "Valbrune") in edges(doc)
    doc = parse(
        """
        0  Le          1   det        DET   le          _
        1  retrait     6   nsubj      NOUN  retrait     _
        2  chilien     1   amod       ADJ   chilien     _
        3  de          5   case       ADP   de          _
        4  l'          5   det        DET   le          _
        5  accord      1   nmod       NOUN  accord      _
        6  surprend    6   ROOT       VERB  surprendre  Mood=Ind|Tense=Pres|VerbForm=Fin
        7  .           6   punct      PUNCT .           _
        """
    )
    assert ("chilien", "se retirer de", "accord") in edges(doc)


def test_a_name_parsed_as_a_second_subject_after_a_nouns_verb_is_its_object():
    # « La police a arrêté Marc Aubry. » with « Marc » parsed as a subject after the verb
    doc = parse(
        """
        0  La          1   det        DET   le          _
        1  police      3   nsubj      NOUN  police      _
        2  a           3   aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        3  arrêté      3   ROOT       VERB  arrêter     Tense=Past|VerbForm=Part
        4  Marc        3   nsubj      PROPN Marc        _  B-PER
        5  Aubry       4   flat:name  PROPN Aubry       _  I-PER
        6  .           3   punct      PUNCT .           _
        """
    )
    assert edges(doc) == {("police", "arrêter", "Marc Aubry")}


def test_the_name_after_a_speech_verb_closing_a_quotation_still_speaks():
    # « « Le fournisseur sera Vexor », a déclaré Marc Aubry. »: no object for « déclarer »
    doc = parse(
        """
        0  «           4   punct      PUNCT «           _
        1  Le          2   det        DET   le          _
        2  fournisseur 4   nsubj      NOUN  fournisseur _
        3  sera        4   cop        AUX   être        Mood=Ind|Tense=Fut|VerbForm=Fin
        4  Vexor       8   ccomp      PROPN Vexor       _  B-ORG
        5  »           4   punct      PUNCT »           _
        6  ,           8   punct      PUNCT ,           _
        7  a           8   aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        8  déclaré     8   ROOT       VERB  déclarer    Tense=Past|VerbForm=Part
        9  Marc        8   nsubj      PROPN Marc        _  B-PER
        10 Aubry       9   flat:name  PROPN Aubry       _  I-PER
        11 .           8   punct      PUNCT .           _
        """
    )
    assert not any(r.startswith("déclarer") for _, r, _ in edges(doc))


def test_members_of_a_body_who_undergo_the_act_are_not_the_body():
    # « La police a arrêté deux militants de Vexor. »: the activists, not Vexor, are
    # arrested (as a subject, « des militants de Vexor ont bloqué … », Vexor acts)
    doc = parse(
        """
        0  La          1   det        DET   le          _
        1  police      3   nsubj      NOUN  police      _
        2  a           3   aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        3  arrêté      3   ROOT       VERB  arrêter     Tense=Past|VerbForm=Part
        4  deux        5   nummod     NUM   deux        _
        5  militants   3   obj        NOUN  militant    Number=Plur
        6  de          7   case       ADP   de          _
        7  Vexor       5   nmod       PROPN Vexor       _  B-ORG
        8  .           3   punct      PUNCT .           _
        """
    )
    assert edges(doc) == {("police", "arrêter", "deux militants de Vexor")}


# ------------------------------------------------ what a verb makes of an act or a charge


CONDEMNED_ATTACK = """
0  La           1   det        DET   le           Definite=Def|Number=Sing
1  Valbrunie    3   nsubj      PROPN Valbrunie    _  B-LOC
2  a            3   aux:tense  AUX   avoir        VerbForm=Fin
3  condamné     3   ROOT       VERB  condamner    Tense=Past|VerbForm=Part
4  l'           5   det        DET   le           Definite=Def|Number=Sing
5  attaque      3   obj        NOUN  attaque      Gender=Fem|Number=Sing
6  contre       7   case       ADP   contre       _
7  Rivemont     5   nmod       PROPN Rivemont     _  B-LOC
8  .            3   punct      PUNCT .            _
"""


def test_the_subject_of_a_verb_that_judges_an_act_is_not_its_doer():
    # « La Valbrunie a condamné l'attaque contre Rivemont »: somebody else attacked
    doc = parse(CONDEMNED_ATTACK)
    assert not any(r == "attaquer" for _, r, _ in edges(doc))
    # « … envisage une attaque contre Rivemont »: the one who plans it would do it
    doc = parse(CONDEMNED_ATTACK.replace("condamné     3   ROOT       VERB  condamner",
                                         "envisagé     3   ROOT       VERB  envisager"))
    only(doc, "Valbrunie", "attaquer", "Rivemont")


def test_the_charge_and_the_aim_of_a_call_name_the_relation():
    # « Vexa a accusé Rivemont d'ingérence »: the parse hangs the charge on the name
    doc = parse("""
        0  Vexa         2   nsubj      PROPN Vexa         _  B-LOC
        1  a            2   aux:tense  AUX   avoir        VerbForm=Fin
        2  accusé       2   ROOT       VERB  accuser      Tense=Past|VerbForm=Part
        3  Rivemont     2   obj        PROPN Rivemont     _  B-LOC
        4  d'           5   case       ADP   de           _
        5  ingérence    3   nmod       NOUN  ingérence    Gender=Fem|Number=Sing
        6  .            2   punct      PUNCT .            _
    """)
    only(doc, "Vexa", "accuser d'ingérence", "Rivemont")
    # « Vexa a appelé Rivemont à la retenue »
    doc = parse("""
        0  Vexa         2   nsubj      PROPN Vexa         _  B-LOC
        1  a            2   aux:tense  AUX   avoir        VerbForm=Fin
        2  appelé       2   ROOT       VERB  appeler      Tense=Past|VerbForm=Part
        3  Rivemont     2   obj        PROPN Rivemont     _  B-LOC
        4  à            6   case       ADP   à            _
        5  la           6   det        DET   le           Definite=Def|Number=Sing
        6  retenue      2   obl:arg    NOUN  retenue      Gender=Fem|Number=Sing
        7  .            2   punct      PUNCT .            _
    """)
    only(doc, "Vexa", "appeler à la retenue", "Rivemont")
    # « Vexa accuse le ministre de l'Intérieur »: the minister's portfolio is no charge
    doc = parse("""
        0  Vexa         1   nsubj      PROPN Vexa         _  B-LOC
        1  accuse       1   ROOT       VERB  accuser      VerbForm=Fin
        2  le           3   det        DET   le           Definite=Def|Number=Sing
        3  ministre     1   obj        NOUN  ministre     Gender=Masc|Number=Sing
        4  de           6   case       ADP   de           _
        5  l'           6   det        DET   le           Definite=Def|Number=Sing
        6  Intérieur    3   nmod       PROPN Intérieur    _
        7  .            1   punct      PUNCT .            _
    """)
    assert not any("Intérieur" in r or "intérieur" in r for _, r, _ in edges(doc))


def test_a_company_head_is_a_role_written_as_the_text_writes_it():
    # « Marc Aubry, PDG de Vexor, a démissionné »
    doc = parse("""
        0  Marc         8   nsubj      PROPN Marc         Gender=Masc|Number=Sing  B-PER
        1  Aubry        0   flat:name  PROPN Aubry        _  I-PER
        2  ,            0   punct      PUNCT ,            _
        3  PDG          0   appos      NOUN  pdg          Gender=Masc|Number=Sing
        4  de           5   case       ADP   de           _
        5  Vexor        3   nmod       PROPN Vexor        _  B-ORG
        6  ,            0   punct      PUNCT ,            _
        7  a            8   aux:tense  AUX   avoir        VerbForm=Fin
        8  démissionné  8   ROOT       VERB  démissionner Tense=Past|VerbForm=Part
        9  .            8   punct      PUNCT .            _
    """)
    only(doc, "Marc Aubry", "PDG de", "Vexor")


def test_a_capital_behind_a_noun_of_a_states_stance_or_power_is_the_state():
    # « La Russie, principal allié de Damas, a critiqué Paris »
    doc = parse("""
        0  La           1   det        DET   le           Definite=Def|Number=Sing
        1  Russie       9   nsubj      PROPN Russie       Gender=Fem|Number=Sing  B-LOC
        2  ,            1   punct      PUNCT ,            _
        3  principal    4   amod       ADJ   principal    Gender=Masc|Number=Sing
        4  allié        1   appos      NOUN  allié        Gender=Masc|Number=Sing
        5  de           6   case       ADP   de           _
        6  Damas        4   nmod       PROPN Damas        _  B-LOC
        7  ,            9   punct      PUNCT ,            _
        8  a            9   aux:tense  AUX   avoir        VerbForm=Fin
        9  critiqué     9   ROOT       VERB  critiquer    Tense=Past|VerbForm=Part
        10 Paris        9   obj        PROPN Paris        Gender=Masc|Number=Sing  B-LOC
        11 .            9   punct      PUNCT .            _
    """)
    ally = only(doc, "Russie", "allié de", "Damas")
    assert ally.object.key == "state:SY"
    # « Le régime de Damas a rejeté les accusations »: the state rejects them
    doc = parse("""
        0  Le           1   det        DET   le           Definite=Def|Number=Sing
        1  régime       5   nsubj      NOUN  régime       Gender=Masc|Number=Sing
        2  de           3   case       ADP   de           _
        3  Damas        1   nmod       PROPN Damas        _  B-LOC
        4  a            5   aux:tense  AUX   avoir        VerbForm=Fin
        5  rejeté       5   ROOT       VERB  rejeter      Tense=Past|VerbForm=Part
        6  les          7   det        DET   le           Definite=Def|Number=Plur
        7  accusations  5   obj        NOUN  accusation   Gender=Fem|Number=Plur
        8  .            5   punct      PUNCT .            _
    """)
    rejects = only(doc, "régime de Damas", "rejeter", "accusations")
    assert rejects.subject.key == "state:SY"


CONGRATULATIONS = """
0  Les          1   det        DET   le           Definite=Def|Number=Plur
1  félicitations 5  nsubj      NOUN  félicitation Gender=Fem|Number=Plur
2  de           3   case       ADP   de           _
3  Rivemont     1   nmod       PROPN Rivemont     _  B-LOC
4  ont          5   aux:tense  AUX   avoir        VerbForm=Fin
5  touché       5   ROOT       VERB  toucher      Tense=Past|VerbForm=Part
6  Marc         5   obj        PROPN Marc         Gender=Masc|Number=Sing  B-PER
7  Aubry        6   flat:name  PROPN Aubry        _  I-PER
8  .            5   punct      PUNCT .            _
"""


def test_only_people_or_bodies_of_a_place_are_situated_there():
    # « Les félicitations de Rivemont ont touché Marc Aubry »: nothing is in Rivemont
    assert not any(r == "situé à" for _, r, _ in edges(parse(CONGRATULATIONS)))
    # « Les habitants de Rivemont … »: people of the place
    doc = parse(CONGRATULATIONS.replace("félicitations 5  nsubj      NOUN  félicitation",
                                        "habitants    5   nsubj      NOUN  habitant"))
    only(doc, "habitants de Rivemont", "situé à", "Rivemont")


def test_congratulations_received_from_a_capital_are_its_states():
    # « Marc Aubry a reçu les félicitations de Washington »
    doc = parse("""
        0  Marc         3   nsubj      PROPN Marc         Gender=Masc|Number=Sing  B-PER
        1  Aubry        0   flat:name  PROPN Aubry        _  I-PER
        2  a            3   aux:tense  AUX   avoir        VerbForm=Fin
        3  reçu         3   ROOT       VERB  recevoir     Tense=Past|VerbForm=Part
        4  les          5   det        DET   le           Definite=Def|Number=Plur
        5  félicitations 3  obj        NOUN  félicitation Gender=Fem|Number=Plur
        6  de           7   case       ADP   de           _
        7  Washington   5   nmod       PROPN Washington   Gender=Masc|Number=Sing  B-LOC
        8  .            3   punct      PUNCT .            _
    """)
    assert only(doc, "Washington", "féliciter", "Marc Aubry").subject.key == "state:US"


def test_a_quoted_claim_made_with_a_verb_of_saying_stands_before_its_incise():
    # « « La Russie soutient la Syrie », a affirmé Marc Aubry »: support, as he says
    doc = parse("""
        0  «            3   punct      PUNCT «            _
        1  La           2   det        DET   le           Definite=Def|Number=Sing
        2  Russie       3   nsubj      PROPN Russie       Gender=Fem|Number=Sing  B-LOC
        3  soutient     3   ROOT       VERB  soutenir     VerbForm=Fin
        4  la           5   det        DET   le           Definite=Def|Number=Sing
        5  Syrie        3   obj        PROPN Syrie        Gender=Fem|Number=Sing  B-LOC
        6  »            3   punct      PUNCT »            _
        7  ,            9   punct      PUNCT ,            _
        8  a            9   aux:tense  AUX   avoir        VerbForm=Fin
        9  affirmé      3   parataxis  VERB  affirmer     Tense=Past|VerbForm=Part
        10 Marc         9   nsubj      PROPN Marc         Gender=Masc|Number=Sing  B-PER
        11 Aubry        10  flat:name  PROPN Aubry        _  I-PER
        12 .            3   punct      PUNCT .            _
    """)
    support = only(doc, "Russie", "soutenir", "Syrie")
    assert support.modality == "reported" and support.source.text == "Marc Aubry"


def test_a_body_holds_no_role_only_a_person_holds():
    # « …, a déclaré à l'AFP un délégué de l'USV, Alain Brelande » with the role hung on the
    # agency
    doc = parse("""
        0  Le           1   det        DET   le           Definite=Def|Number=Sing
        1  port         5   nsubj      NOUN  port         Gender=Masc|Number=Sing
        2  ferme        1   amod       ADJ   ferme        Number=Sing
        3  ,            5   punct      PUNCT ,            _
        4  a            5   aux:tense  AUX   avoir        VerbForm=Fin
        5  déclaré      5   ROOT       VERB  déclarer     Tense=Past|VerbForm=Part
        6  à            8   case       ADP   à            _
        7  l'           8   det        DET   le           Definite=Def|Number=Sing
        8  AFP          5   obl:arg    PROPN AFP          Gender=Fem|Number=Sing  B-ORG
        9  un           10  det        DET   un           Definite=Ind|Number=Sing
        10 délégué      8   appos      NOUN  délégué      Gender=Masc|Number=Sing
        11 de           13  case       ADP   de           _
        12 la           13  det        DET   le           Definite=Def|Number=Sing
        13 USV          10  nmod       PROPN USV          Gender=Fem|Number=Sing  B-ORG
        14 ,            8   punct      PUNCT ,            _
        15 Alain        8   appos      PROPN Alain        Gender=Masc|Number=Sing  B-PER
        16 Brelande     15  flat:name  PROPN Brelande     Gender=Masc|Number=Sing  I-PER
        17 .            5   punct      PUNCT .            _
    """)
    assert not any(s == "AFP" and r.startswith("délégué") for s, r, _ in edges(doc))


def test_an_accusation_names_a_compound_infinitive_and_a_threat_its_noun():
    # « Vexa accuse Marc Aubry d'avoir détourné des fonds »
    doc = parse("""
        0  Vexa         1   nsubj      PROPN Vexa         _  B-LOC
        1  accuse       1   ROOT       VERB  accuser      VerbForm=Fin
        2  Marc         1   obj        PROPN Marc         Gender=Masc|Number=Sing  B-PER
        3  Aubry        2   flat:name  PROPN Aubry        _  I-PER
        4  d'           6   mark       ADP   de           _
        5  avoir        6   aux:tense  AUX   avoir        VerbForm=Inf
        6  détourné     1   xcomp      VERB  détourner    Tense=Past|VerbForm=Part
        7  des          8   det        DET   un           Definite=Ind|Number=Plur
        8  fonds        6   obj        NOUN  fonds        Gender=Masc|Number=Plur
        9  .            1   punct      PUNCT .            _
    """)
    only(doc, "Vexa", "accuser de détourner fonds", "Marc Aubry")
    # « Vexa a menacé Rivemont de sanctions »
    doc = parse("""
        0  Vexa         2   nsubj      PROPN Vexa         _  B-LOC
        1  a            2   aux:tense  AUX   avoir        VerbForm=Fin
        2  menacé       2   ROOT       VERB  menacer      Tense=Past|VerbForm=Part
        3  Rivemont     2   obj        PROPN Rivemont     _  B-LOC
        4  de           5   case       ADP   de           _
        5  sanctions    3   nmod       NOUN  sanction     Gender=Fem|Number=Plur
        6  .            2   punct      PUNCT .            _
    """)
    only(doc, "Vexa", "menacer de sanctions", "Rivemont")


def test_a_relative_clause_after_a_measures_complement_is_about_the_thing_measured():
    # « Le bilan du cyclone qui a frappé Rivemont dépasse cent morts », the clause hung on
    # « bilan »: the earthquake struck
    doc = parse("""
        0  Le           1   det        DET   le           Definite=Def|Number=Sing
        1  bilan        8   nsubj      NOUN  bilan        Gender=Masc|Number=Sing
        2  du           3   case       ADP   de           Definite=Def|Number=Sing
        3  cyclone      1   nmod       NOUN  cyclone      Gender=Masc|Number=Sing
        4  qui          6   nsubj      PRON  qui          PronType=Rel
        5  a            6   aux:tense  AUX   avoir        VerbForm=Fin
        6  frappé       1   acl:relcl  VERB  frapper      Tense=Past|VerbForm=Part
        7  Rivemont     6   obj        PROPN Rivemont     _  B-LOC
        8  dépasse      8   ROOT       VERB  dépasser     VerbForm=Fin
        9  cent         10  nummod     NUM   cent         NumType=Card
        10 morts        8   obj        NOUN  mort         Gender=Masc|Number=Plur
        11 .            8   punct      PUNCT .            _
    """)
    only(doc, "cyclone", "frapper", "Rivemont")
    assert not any(s.startswith("bilan") and r == "frapper" for s, r, _ in edges(doc))


def test_a_negation_that_says_the_thing_is_without_equal_denies_nothing():
    # « Vexor n'avait jamais connu une pareille crue »: it has one now
    doc = parse("""
        0  Vexor        4   nsubj      PROPN Vexor        _  B-ORG
        1  n'           4   advmod     ADV   ne           Polarity=Neg
        2  avait        4   aux:tense  AUX   avoir        Mood=Ind|Tense=Imp|VerbForm=Fin
        3  jamais       4   advmod     ADV   jamais       Polarity=Neg
        4  connu        4   ROOT       VERB  connaître    Tense=Past|VerbForm=Part
        5  une          7   det        DET   un           Definite=Ind|Number=Sing
        6  pareille     7   amod       ADJ   pareil       Gender=Fem|Number=Sing
        7  crue         4   obj        NOUN  crue         Gender=Fem|Number=Sing
        8  .            4   punct      PUNCT .            _
    """)
    assert only(doc, "Vexor", "connaître", "crue").modality == "asserted"


def test_a_conditional_relative_clause_says_what_its_noun_would_do():
    # « Rivemont construit un fonds qui financerait les écoles », the conditional
    # tagged an imperfect
    doc = parse("""
        0  Rivemont     1   nsubj      PROPN Rivemont     _  B-ORG
        1  construit    1   ROOT       VERB  construire   Mood=Ind|Tense=Pres|VerbForm=Fin
        2  un           3   det        DET   un           Definite=Ind|Number=Sing
        3  fonds        1   obj        NOUN  fonds        Gender=Masc|Number=Sing
        4  qui          5   nsubj      PRON  qui          PronType=Rel
        5  financerait  3   acl:relcl  VERB  financer     Mood=Ind|Tense=Imp|VerbForm=Fin
        6  les          7   det        DET   le           Definite=Def|Number=Plur
        7  écoles       5   obj        NOUN  école        Gender=Fem|Number=Plur
        8  .            1   punct      PUNCT .            _
    """)
    assert only(doc, "fonds", "financer", "écoles").modality == "hypothetical"


def test_what_a_text_explains_the_reason_for_is_a_fact():
    # « Le rapport explique pourquoi Vexor a fermé le port »: Vexor closed it
    doc = parse("""
        0  Le           1   det        DET   le           Definite=Def|Number=Sing
        1  rapport      2   nsubj      NOUN  rapport      Gender=Masc|Number=Sing
        2  explique     2   ROOT       VERB  expliquer    Mood=Ind|Tense=Pres|VerbForm=Fin
        3  pourquoi     6   advmod     ADV   pourquoi     PronType=Int
        4  Vexor        6   nsubj      PROPN Vexor        _  B-ORG
        5  a            6   aux:tense  AUX   avoir        Mood=Ind|Tense=Pres|VerbForm=Fin
        6  fermé        2   ccomp      VERB  fermer       Tense=Past|VerbForm=Part
        7  le           8   det        DET   le           Definite=Def|Number=Sing
        8  port         6   obj        NOUN  port         Gender=Masc|Number=Sing
        9  .            2   punct      PUNCT .            _
    """)
    assert only(doc, "Vexor", "fermer", "port").modality == "asserted"


def test_help_the_clause_was_done_with_is_the_helpers_act_not_a_partner():
    # « Vexa a repris le port avec le soutien de la Russie »: Russia supports Vexa
    doc = parse("""
        0  Vexa         2   nsubj      PROPN Vexa         _  B-LOC
        1  a            2   aux:tense  AUX   avoir        VerbForm=Fin
        2  repris       2   ROOT       VERB  reprendre    Tense=Past|VerbForm=Part
        3  le           4   det        DET   le           Definite=Def|Number=Sing
        4  port         2   obj        NOUN  port         Gender=Masc|Number=Sing
        5  avec         7   case       ADP   avec         _
        6  le           7   det        DET   le           Definite=Def|Number=Sing
        7  soutien      2   obl:mod    NOUN  soutien      Gender=Masc|Number=Sing
        8  de           10  case       ADP   de           _
        9  la           10  det        DET   le           Definite=Def|Number=Sing
        10 Russie       7   nmod       PROPN Russie       Gender=Fem|Number=Sing  B-LOC
        11 .            2   punct      PUNCT .            _
    """)
    only(doc, "Russie", "soutenir", "Vexa")
    assert not any(r.endswith(" avec") for _, r, _ in edges(doc))


REPUBLICAN = """
0  Le           1   det        DET   le           Definite=Def|Number=Sing
1  républicain  2   nsubj      NOUN  républicain  Gender=Masc|Number=Sing
2  défend       2   ROOT       VERB  défendre     VerbForm=Fin
3  le           4   det        DET   le           Definite=Def|Number=Sing
4  budget       2   obj        NOUN  budget       Gender=Masc|Number=Sing
5  .            2   punct      PUNCT .            _
"""


def test_one_party_member_is_not_the_partys_members():
    # « Le républicain défend le budget »: one man named before, not « les républicains »
    assert not edges(parse(REPUBLICAN))
    plural = REPUBLICAN.replace("0  Le  ", "0  Les ").replace(
        "républicain  2   nsubj      NOUN  républicain  Gender=Masc|Number=Sing",
        "républicains 2   nsubj      NOUN  républicain  Gender=Masc|Number=Plur")
    doc = parse(plural.replace("Definite=Def|Number=Sing\n1", "Definite=Def|Number=Plur\n1"))
    only(doc, "républicains", "défendre", "budget")


def test_what_a_speaker_goes_on_to_say_is_no_object_of_the_incise_verb():
    # « Marc Aubry a poursuivi « Vous êtes un tricheur » »: he went on speaking
    doc = parse("""
        0  Marc         3   nsubj      PROPN Marc         Gender=Masc|Number=Sing  B-PER
        1  Aubry        0   flat:name  PROPN Aubry        _  I-PER
        2  a            3   aux:tense  AUX   avoir        VerbForm=Fin
        3  poursuivi    3   ROOT       VERB  poursuivre   Tense=Past|VerbForm=Part
        4  «            3   punct      PUNCT «            _
        5  Vous         8   nsubj      PRON  vous         Number=Plur|Person=2
        6  êtes         8   cop        AUX   être         VerbForm=Fin
        7  un           8   det        DET   un           Definite=Ind|Number=Sing
        8  tricheur     3   obj        NOUN  tricheur     Gender=Masc|Number=Sing
        9  »            8   punct      PUNCT »            _
        10 .            3   punct      PUNCT .            _
    """)
    assert not any(r == "poursuivre" for _, r, _ in edges(doc))


def test_a_conditional_copula_makes_the_victims_act_alleged():
    # « Karl Brenner serait victime d'une attaque des rebelles »: the journalist's
    # conditional on the copula, as on an auxiliary
    doc = parse("""
        0  Karl      3   nsubj      PROPN Karl      Gender=Masc|Number=Sing  B-PER
        1  Brenner   0   flat:name  PROPN Brenner   _  I-PER
        2  serait    3   cop        AUX   être      Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin
        3  victime   3   ROOT       ADJ   victime   Gender=Fem|Number=Sing
        4  d'        6   case       ADP   de        _
        5  une       6   det        DET   un        Definite=Ind|Gender=Fem|Number=Sing
        6  attaque   3   obl:arg    NOUN  attaque   Gender=Fem|Number=Sing
        7  des       8   case       ADP   de        _
        8  rebelles  6   nmod       NOUN  rebelle   Gender=Masc|Number=Plur
        9  .         3   punct      PUNCT .         _
    """)
    assert only(doc, "rebelles", "attaquer", "Karl Brenner").modality == "alleged"


CONDEMNED = """
    0  La         1   det        DET   le         Definite=Def|Gender=Fem|Number=Sing
    1  société    5   nsubj:pass NOUN  société    Gender=Fem|Number=Sing
    2  Vexor      1   flat:name  PROPN Vexor      _  B-ORG
    3  a          5   aux:tense  AUX   avoir      VerbForm=Fin
    4  été        5   aux:pass   AUX   être       VerbForm=Part
    5  condamnée  5   ROOT       VERB  condamner  Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part
    6  à          7   mark       ADP   à          _
    7  payer      5   xcomp      VERB  payer      VerbForm=Inf
    8  une        9   det        DET   un         Definite=Ind|Gender=Fem|Number=Sing
    9  amende     7   obj        NOUN  amende     Gender=Fem|Number=Sing
    10 à          12  case       ADP   à          _
    11 la         12  det        DET   le         Definite=Def|Gender=Fem|Number=Sing
    12 Valbrunie  7   obl:arg    PROPN Valbrunie  _  B-LOC
    13 .          5   punct      PUNCT .          _
"""


def test_what_a_court_sentences_someone_to_do_is_not_done():
    # « La société Vexor a été condamnée à payer une amende à la Valbrunie »: ordered
    doc = parse(CONDEMNED)
    assert only(doc, "Vexor", "payer amende à", "Valbrunie").modality == "hypothetical"
    # the same infinitive under a verb of doing is done
    done = parse(CONDEMNED.replace("condamnée  5   ROOT       VERB  condamner",
                                   "obligée    5   ROOT       VERB  obliger"))
    assert only(done, "Vexor", "payer amende à", "Valbrunie").modality == "asserted"


def test_a_purpose_read_as_an_xcomp_is_done_by_the_subject_not_the_object():
    # « Ils ont volé les clés qu'ils gardaient pour ouvrir le coffre »: they open it, with
    # the keys; not the keys
    doc = parse("""
        0  Ils         2   nsubj      PRON  il          Gender=Masc|Number=Plur|Person=3
        1  ont         2   aux:tense  AUX   avoir       VerbForm=Fin
        2  volé        2   ROOT       VERB  voler       Tense=Past|VerbForm=Part
        3  les         4   det        DET   le          Definite=Def|Number=Plur
        4  clés        2   obj        NOUN  clé         Gender=Fem|Number=Plur
        5  qu'         7   obj        PRON  que         PronType=Rel
        6  ils         7   nsubj      PRON  il          Gender=Masc|Number=Plur|Person=3
        7  gardaient   4   acl:relcl  VERB  garder      Mood=Ind|Tense=Imp|VerbForm=Fin
        8  pour        9   mark       ADP   pour        _
        9  ouvrir      7   xcomp      VERB  ouvrir      VerbForm=Inf
        10 le          11  det        DET   le          Definite=Def|Number=Sing
        11 coffre      9   obj        NOUN  coffre      Gender=Masc|Number=Sing
        12 .           2   punct      PUNCT .           _
    """)
    assert not any(s == "clés" for s, _, _ in edges(doc)), edges(doc)
    assert any(r == "ouvrir" and s == "ils" for s, r, _ in edges(doc)), edges(doc)


def test_a_range_of_figures_stays_in_the_complement_it_counts():
    # « Les syndicats craignent la suppression de 300 à 500 emplois »: how many jobs is
    # what the fear is about; not a bare « suppression »
    doc = parse("""
        0  Les          1   det        DET   le           Definite=Def|Number=Plur
        1  syndicats    2   nsubj      NOUN  syndicat     Gender=Masc|Number=Plur
        2  craignent    2   ROOT       VERB  craindre     Mood=Ind|Tense=Pres|VerbForm=Fin
        3  la           4   det        DET   le           Definite=Def|Gender=Fem|Number=Sing
        4  suppression  2   obj        NOUN  suppression  Gender=Fem|Number=Sing
        5  de           9   case       ADP   de           _
        6  300          9   det        DET   300          _
        7  à            8   case       ADP   à            _
        8  500          9   det        DET   500          _
        9  emplois      4   nmod       NOUN  emploi       Gender=Masc|Number=Plur
        10 .            2   punct      PUNCT .            _
    """)
    only(doc, "syndicats", "craindre", "suppression de 300 à 500 emplois")


def test_the_a_complement_of_a_clitic_patient_is_its_goal_not_the_subjects_partner():
    # « Marc Aubry l'a conduit à la frontière du pays »: the one taken goes there
    carried = parse("""
        0  Marc        4   nsubj      PROPN Marc        Gender=Masc|Number=Sing  B-PER
        1  Aubry       0   flat:name  PROPN Aubry       _  I-PER
        2  l'          4   obj        PRON  le          Number=Sing|Person=3
        3  a           4   aux:tense  AUX   avoir       VerbForm=Fin
        4  conduit     4   ROOT       VERB  conduire    Tense=Past|VerbForm=Part
        5  à           7   case       ADP   à           _
        6  la          7   det        DET   le          Definite=Def|Gender=Fem|Number=Sing
        7  frontière   4   obl:arg    NOUN  frontière   Gender=Fem|Number=Sing
        8  du          9   case       ADP   de          _
        9  pays        7   nmod       NOUN  pays        Gender=Masc|Number=Sing
        10 .           4   punct      PUNCT .           _
    """)
    assert not any(r.startswith("conduire") and "frontière" in o
                   for _, r, o in edges(carried)), edges(carried)
    # (the clitic itself is the one taken, a pronoun the corpus-wide step resolves)
    assert ("Marc Aubry", "conduire", "l'") in edges(carried), edges(carried)
    # a giving verb's « à » is still to whom: « Marc Aubry les a offerts aux écoles »
    gift = parse("""
        0  Marc         4   nsubj      PROPN Marc        Gender=Masc|Number=Sing  B-PER
        1  Aubry        0   flat:name  PROPN Aubry       _  I-PER
        2  les          4   obj        PRON  le          Number=Plur|Person=3
        3  a            4   aux:tense  AUX   avoir       VerbForm=Fin
        4  offerts      4   ROOT       VERB  offrir      Tense=Past|VerbForm=Part
        5  aux          6   case       ADP   à           _
        6  écoles       4   obl:arg    NOUN  école       Gender=Fem|Number=Plur
        7  .            4   punct      PUNCT .           _
    """)
    assert any(r == "offrir à" and o == "écoles" for _, r, o in edges(gift)), edges(gift)


PROPOSAL = """
    0  Cet          1   det     DET   ce          Gender=Masc|Number=Sing|PronType=Dem
    1  décret       2   nsubj   NOUN  décret      Gender=Masc|Number=Sing
    2  interdirait  2   ROOT    VERB  interdire   Mood=Ind|Person=3|Tense=Imp|VerbForm=Fin
    3  les          4   det     DET   le          Definite=Def|Number=Plur
    4  sites        2   obj     NOUN  site        Gender=Masc|Number=Plur
    5  de           6   case    ADP   de          _
    6  Vexor        4   nmod    PROPN Vexor       _  B-ORG
    7  .            2   punct   PUNCT .           _
"""


def test_what_a_proposal_would_do_is_hypothetical_whatever_the_tagger_says():
    # « Ce décret interdirait les sites de Vexor », « interdirait » tagged an imperfect:
    # a conditional by its form, and the effect of a text if applied, not a rumour
    doc = parse(PROPOSAL)
    assert only(doc, "décret", "interdire", "sites de Vexor").modality == "hypothetical"
    # the same conditional of a person is the journalist's: alleged
    person = parse(PROPOSAL.replace("Cet          1   det     DET   ce ",
                                    "Le           1   det     DET   le ")
                   .replace("décret       2   nsubj   NOUN  décret    ",
                            "ministre     2   nsubj   NOUN  ministre  "))
    assert only(person, "ministre", "interdire", "sites de Vexor").modality == "alleged"


def test_a_conditional_under_a_past_speech_verb_is_the_future_of_the_past():
    # « Marc Aubry a annoncé que la Valbrunie signerait l'accord »: his announcement, not
    # a rumour the writer keeps at a distance
    doc = parse("""
        0  Marc       3   nsubj      PROPN Marc       Gender=Masc|Number=Sing  B-PER
        1  Aubry      0   flat:name  PROPN Aubry      _  I-PER
        2  a          3   aux:tense  AUX   avoir      Mood=Ind|Tense=Pres|VerbForm=Fin
        3  annoncé    3   ROOT       VERB  annoncer   Tense=Past|VerbForm=Part
        4  que        7   mark       SCONJ que        _
        5  la         6   det        DET   le         Definite=Def|Gender=Fem|Number=Sing
        6  Valbrunie  7   nsubj      PROPN Valbrunie  _  B-LOC
        7  signerait  3   ccomp      VERB  signer     Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin
        8  l'         9   det        DET   le         Definite=Def|Number=Sing
        9  accord     7   obj        NOUN  accord     Gender=Masc|Number=Sing
        10 .          3   punct      PUNCT .          _
    """)
    t = only(doc, "Valbrunie", "signer", "accord")
    assert t.modality == "reported" and t.source.text == "Marc Aubry", t


def test_a_liking_verb_in_the_conditional_is_a_wish():
    # « Marc Aubry aimerait racheter le port »: hoped for
    doc = parse("""
        0  Marc       2   nsubj      PROPN Marc       Gender=Masc|Number=Sing  B-PER
        1  Aubry      0   flat:name  PROPN Aubry      _  I-PER
        2  aimerait   2   ROOT       VERB  aimer      Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin
        3  racheter   2   xcomp      VERB  racheter   VerbForm=Inf
        4  le         5   det        DET   le         Definite=Def|Gender=Masc|Number=Sing
        5  port       3   obj        NOUN  port       Gender=Masc|Number=Sing
        6  .          2   punct      PUNCT .          _
    """)
    assert only(doc, "Marc Aubry", "racheter", "port").modality == "hypothetical"


def test_an_act_done_without_is_not_done():
    # « Marc Aubry a quitté la Valbrunie sans obtenir de garanties »
    doc = parse("""
        0  Marc       3   nsubj      PROPN Marc       Gender=Masc|Number=Sing  B-PER
        1  Aubry      0   flat:name  PROPN Aubry      _  I-PER
        2  a          3   aux:tense  AUX   avoir      VerbForm=Fin
        3  quitté     3   ROOT       VERB  quitter    Tense=Past|VerbForm=Part
        4  la         5   det        DET   le         Definite=Def|Gender=Fem|Number=Sing
        5  Valbrunie  3   obj        PROPN Valbrunie  _  B-LOC
        6  sans       7   mark       ADP   sans       _
        7  obtenir    3   advcl      VERB  obtenir    VerbForm=Inf
        8  de         9   case       ADP   de         _
        9  garanties  7   obj        NOUN  garantie   Gender=Fem|Number=Plur
        10 .          3   punct      PUNCT .          _
    """)
    assert only(doc, "Marc Aubry", "obtenir", "garanties").modality == "denied"
    assert only(doc, "Marc Aubry", "quitter", "Valbrunie").modality == "asserted"


def test_a_name_after_a_role_inside_a_nouns_modifier_is_the_roles_not_the_nouns():
    # « Ce projet, voulu par la directrice nommée hier Anne Roux, devrait permettre de
    # bâtir des écoles » with « Anne » hung on « projet »: she is the director
    doc = parse("""
        0  Ce          1   det        DET   ce          _
        1  projet      11  nsubj      NOUN  projet      Gender=Masc|Number=Sing
        2  ,           1   punct      PUNCT ,           _
        3  voulu       1   acl        VERB  vouloir     Tense=Past|VerbForm=Part
        4  par         6   case       ADP   par         _
        5  la          6   det        DET   le          _
        6  directrice  3   obl:agent  NOUN  directeur   Gender=Fem|Number=Sing
        7  nommée      6   acl        VERB  nommer      Tense=Past|VerbForm=Part
        8  hier        7   advmod     ADV   hier        _
        9  Anne        1   nmod       NOUN  Anne        _  B-PER
        10 Roux        9   flat:name  PROPN Roux        _  I-PER
        11 devrait     11  ROOT       VERB  devoir      Mood=Cnd|VerbForm=Fin
        12 permettre   11  xcomp      VERB  permettre   VerbForm=Inf
        13 de          14  mark       ADP   de          _
        14 bâtir       12  xcomp      VERB  bâtir       VerbForm=Inf
        15 des         16  det        DET   un          _
        16 écoles      14  obj        NOUN  école       Gender=Fem|Number=Plur
        17 .           11  punct      PUNCT .           _
    """)
    assert any(s == "projet" and r == "bâtir" for s, r, _ in edges(doc)), edges(doc)
    assert not any(s == "Anne Roux" and r == "bâtir" for s, r, _ in edges(doc))


def test_what_a_noun_does_in_a_present_relative_clause_is_no_part_of_a_plan_around_it():
    # « Marc Aubry prévoit de revenir dans une région qui fournit du gaz à la Valbrunie »:
    # the region supplies gas, whatever he plans
    doc = parse("""
        0  Marc       2   nsubj      PROPN Marc       Gender=Masc|Number=Sing  B-PER
        1  Aubry      0   flat:name  PROPN Aubry      _  I-PER
        2  prévoit    2   ROOT       VERB  prévoir    Mood=Ind|Tense=Pres|VerbForm=Fin
        3  de         4   mark       ADP   de         _
        4  revenir    2   xcomp      VERB  revenir    VerbForm=Inf
        5  dans       7   case       ADP   dans       _
        6  une        7   det        DET   un         Definite=Ind|Gender=Fem|Number=Sing
        7  région     4   obl:arg    NOUN  région     Gender=Fem|Number=Sing
        8  qui        9   nsubj      PRON  qui        PronType=Rel
        9  fournit    7   acl:relcl  VERB  fournir    Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin
        10 du         11  det        DET   du         _
        11 gaz        9   obj        NOUN  gaz        Gender=Masc|Number=Sing
        12 à          14  case       ADP   à          _
        13 la         14  det        DET   le         Definite=Def|Gender=Fem|Number=Sing
        14 Valbrunie  9   obl:arg    PROPN Valbrunie  _  B-LOC
        15 .          2   punct      PUNCT .          _
    """)
    assert only(doc, "région", "fournir", "gaz").modality == "asserted"


def test_a_season_is_a_time_not_an_object():
    # « Marc Aubry avait inscrit 18 buts la saison dernière »: when, not what
    doc = parse("""
        0  Marc      3   nsubj      PROPN Marc      Gender=Masc|Number=Sing  B-PER
        1  Aubry     0   flat:name  PROPN Aubry     _  I-PER
        2  avait     3   aux:tense  AUX   avoir     Mood=Ind|Tense=Imp|VerbForm=Fin
        3  inscrit   3   ROOT       VERB  inscrire  Tense=Past|VerbForm=Part
        4  18        5   nummod     NUM   18        NumType=Card
        5  buts      3   obj        NOUN  but       Gender=Masc|Number=Plur
        6  la        7   det        DET   le        Definite=Def|Gender=Fem|Number=Sing
        7  saison    3   obl:mod    NOUN  saison    Gender=Fem|Number=Sing
        8  dernière  7   amod       ADJ   dernier   Gender=Fem|NumType=Ord|Number=Sing
        9  .         3   punct      PUNCT .         _
    """)
    assert edges(doc) == {("Marc Aubry", "inscrire", "18 buts")}, edges(doc)


def test_the_charge_of_a_sentence_is_the_sentenced_persons():
    # « Le tribunal a condamné Marc Aubry à deux ans de prison pour corruption », with
    # « pour corruption » hung on the sentence: Aubry –condamné pour→ corruption
    doc = parse("""
        0  Le          1   det        DET   le          Definite=Def|Gender=Masc|Number=Sing
        1  tribunal    3   nsubj      NOUN  tribunal    Gender=Masc|Number=Sing
        2  a           3   aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        3  condamné    3   ROOT       VERB  condamner   Tense=Past|VerbForm=Part
        4  Marc        3   obj        PROPN Marc        Gender=Masc|Number=Sing  B-PER
        5  Aubry       4   flat:name  PROPN Aubry       _  I-PER
        6  à           8   case       ADP   à           _
        7  deux        8   nummod     NUM   deux        _
        8  ans         3   obl:arg    NOUN  an          Gender=Masc|Number=Plur
        9  de          10  case       ADP   de          _
        10 prison      8   nmod       NOUN  prison      Gender=Fem|Number=Sing
        11 pour        12  case       ADP   pour        _
        12 corruption  8   nmod       NOUN  corruption  Gender=Fem|Number=Sing
        13 .           3   punct      PUNCT .           _
    """)
    only(doc, "tribunal", "condamner", "Marc Aubry")
    only(doc, "Marc Aubry", "condamné pour", "corruption")


def test_the_place_of_what_is_announced_is_not_where_it_was_said():
    # « Vexor a annoncé la suppression d'emplois en Valbrunie »: the jobs go there
    doc = parse("""
        0  Vexor        2   nsubj      PROPN Vexor        _  B-ORG
        1  a            2   aux:tense  AUX   avoir        Mood=Ind|Tense=Pres|VerbForm=Fin
        2  annoncé      2   ROOT       VERB  annoncer     Tense=Past|VerbForm=Part
        3  la           4   det        DET   le           Definite=Def|Gender=Fem|Number=Sing
        4  suppression  2   obj        NOUN  suppression  Gender=Fem|Number=Sing
        5  d'           6   case       ADP   de           _
        6  emplois      4   nmod       NOUN  emploi       Gender=Masc|Number=Plur
        7  en           8   case       ADP   en           _
        8  Valbrunie    4   nmod       PROPN Valbrunie    _  B-LOC
        9  .            2   punct      PUNCT .            _
    """)
    assert not any(o == "Valbrunie" and r.startswith("annoncer") for _, r, o in edges(doc)), \
        edges(doc)
    assert any(r == "annoncer" and o.startswith("suppression") for _, r, o in edges(doc))


def test_a_topic_set_before_c_est_que_is_not_the_subject_after_it():
    # « Le constat, c'est que l'équipe a relevé du poison »: the team found it
    doc = parse("""
        0  Le         1   det        DET   le          Definite=Def|Gender=Masc|Number=Sing
        1  constat    9   nsubj      NOUN  constat     Gender=Masc|Number=Sing
        2  ,          9   punct      PUNCT ,           _
        3  c'         9   advmod     PRON  ce          _
        4  est        3   fixed      VERB  être        _
        5  que        9   mark       SCONJ que         _
        6  l'         7   det        DET   le          Definite=Def|Number=Sing
        7  équipe     9   nsubj      NOUN  équipe      Gender=Fem|Number=Sing
        8  a          9   aux:tense  AUX   avoir       Mood=Ind|Tense=Pres|VerbForm=Fin
        9  relevé     9   ROOT       VERB  relever     Tense=Past|VerbForm=Part
        10 du         11  det        DET   du          _
        11 poison     9   obj        NOUN  poison      Gender=Masc|Number=Sing
        12 .          9   punct      PUNCT .           _
    """)
    assert not any(s == "constat" for s, _, _ in edges(doc)), edges(doc)
    only(doc, "équipe", "relever", "poison")


def test_a_relative_clause_describing_a_name_is_the_writers_inside_a_report():
    # « Marc Aubry pense que Petr Solan, qui dirige la Valbrunie, a signé l'accord »: that
    # Solan leads it is the writer's aside; that he signed is Aubry's view
    doc = parse("""
        0  Marc       2   nsubj      PROPN Marc       Gender=Masc|Number=Sing  B-PER
        1  Aubry      0   flat:name  PROPN Aubry      _  I-PER
        2  pense      2   ROOT       VERB  penser     Mood=Ind|Tense=Pres|VerbForm=Fin
        3  que        13  mark       SCONJ que        _
        4  Petr       13  nsubj      PROPN Petr       Gender=Masc|Number=Sing  B-PER
        5  Solan      4   flat:name  PROPN Solan      _  I-PER
        6  ,          8   punct      PUNCT ,          _
        7  qui        8   nsubj      PRON  qui        PronType=Rel
        8  dirige     4   acl:relcl  VERB  diriger    Mood=Ind|Tense=Pres|VerbForm=Fin
        9  la         10  det        DET   le         Definite=Def|Gender=Fem|Number=Sing
        10 Valbrunie  8   obj        PROPN Valbrunie  _  B-LOC
        11 ,          13  punct      PUNCT ,          _
        12 a          13  aux:tense  AUX   avoir      Mood=Ind|Tense=Pres|VerbForm=Fin
        13 signé      2   ccomp      VERB  signer     Tense=Past|VerbForm=Part
        14 l'         15  det        DET   le         Definite=Def|Number=Sing
        15 accord     13  obj        NOUN  accord     Gender=Masc|Number=Sing
        16 .          2   punct      PUNCT .          _
    """)
    led = only(doc, "Petr Solan", "diriger", "Valbrunie")
    assert led.modality == "asserted" and led.source is None, led
    signed = only(doc, "Petr Solan", "signer", "accord")
    assert signed.modality == "reported" and signed.source.text == "Marc Aubry", signed


def test_si_with_a_done_past_grants_a_fact():
    # « Si Vexor a racheté le port, il doit investir »: granted, not supposed
    doc = parse("""
        0  Si        3   mark       SCONJ si         _
        1  Vexor     3   nsubj      PROPN Vexor      _  B-ORG
        2  a         3   aux:tense  AUX   avoir      Mood=Ind|Tense=Pres|VerbForm=Fin
        3  racheté   8   advcl      VERB  racheter   Tense=Past|VerbForm=Part
        4  le        5   det        DET   le         Definite=Def|Gender=Masc|Number=Sing
        5  port      3   obj        NOUN  port       Gender=Masc|Number=Sing
        6  ,         3   punct      PUNCT ,          _
        7  il        8   nsubj      PRON  il         Gender=Masc|Number=Sing|Person=3
        8  doit      8   ROOT       VERB  devoir     Mood=Ind|Tense=Pres|VerbForm=Fin
        9  investir  8   xcomp      VERB  investir   VerbForm=Inf
        10 .         8   punct      PUNCT .          _
    """)
    assert only(doc, "Vexor", "racheter", "port").modality == "asserted"
    # a condition in the present stays one: « Si Vexor rachète le port, il échouera »
    cond = parse("""
        0  Si        2   mark       SCONJ si         _
        1  Vexor     2   nsubj      PROPN Vexor      _  B-ORG
        2  rachète   7   advcl      VERB  racheter   Mood=Ind|Tense=Pres|VerbForm=Fin
        3  le        4   det        DET   le         Definite=Def|Gender=Masc|Number=Sing
        4  port      2   obj        NOUN  port       Gender=Masc|Number=Sing
        5  ,         2   punct      PUNCT ,          _
        6  il        7   nsubj      PRON  il         Gender=Masc|Number=Sing|Person=3
        7  échouera  7   ROOT       VERB  échouer    Mood=Ind|Tense=Fut|VerbForm=Fin
        8  .         7   punct      PUNCT .          _
    """)
    assert only(cond, "Vexor", "racheter", "port").modality == "hypothetical"


REALIZED = """
    0  Les        1   det        DET   le         Definite=Def|Number=Plur
    1  policiers  3   nsubj      NOUN  policier   Gender=Masc|Number=Plur
    2  ont        3   aux:tense  AUX   avoir      Mood=Ind|Tense=Pres|VerbForm=Fin
    3  pu         3   ROOT       VERB  pouvoir    Tense=Past|VerbForm=Part
    4  arrêter    3   xcomp      VERB  arrêter    VerbForm=Inf
    5  Marc       4   obj        PROPN Marc       Gender=Masc|Number=Sing  B-PER
    6  Aubry      5   flat:name  PROPN Aubry      _  I-PER
    7  .          3   punct      PUNCT .          _
"""


def test_a_modal_in_the_passe_compose_tells_its_act_as_done():
    # « Les policiers ont pu arrêter Marc Aubry »: they did
    assert only(parse(REALIZED), "policiers", "arrêter", "Marc Aubry").modality == "asserted"
    # « Les policiers auraient pu arrêter Marc Aubry »: they did not
    would = parse(REALIZED.replace("ont        3   aux:tense  AUX   avoir      Mood=Ind",
                                   "auraient   3   aux:tense  AUX   avoir      Mood=Cnd"))
    assert only(would, "policiers", "arrêter", "Marc Aubry").modality != "asserted"


def test_vit_is_vivre_where_the_lemmatizer_says_voir():
    # "Vexa vit en exil à Rivemont." with « vit » lemmatised « voir » (its passé simple)
    doc = parse(
        """
        0 Vexa      1 nsubj   PROPN Vexa     _  B-PER
        1 vit       1 ROOT    VERB  voir     Mood=Ind|Tense=Pres|VerbForm=Fin
        2 en        3 case    ADP   en
        3 exil      1 obl:mod NOUN  exil     Gender=Masc|Number=Sing
        4 à         5 case    ADP   à
        5 Rivemont  1 obl:mod PROPN Rivemont _  B-LOC
        6 .         1 punct   PUNCT .
        """
    )
    assert {r for _, r, _ in edges(doc)} == {"vivre à"}


def test_a_noun_whose_own_complement_is_a_keeps_it():
    # "La Russie dénonce une chasse aux opposants." (« chasse » takes its « à »)
    doc = parse(
        """
        0 La        1 det      DET   le        Definite=Def|Number=Sing
        1 Russie    2 nsubj    PROPN Russie    _  B-LOC
        2 dénonce   2 ROOT     VERB  dénoncer  Mood=Ind|Tense=Pres|VerbForm=Fin
        3 une       4 det      DET   un        Definite=Ind|Number=Sing
        4 chasse    2 obj      NOUN  chasse    Gender=Fem|Number=Sing
        5 aux       6 case     ADP   à         Definite=Def|Number=Plur
        6 opposants 4 nmod     NOUN  opposant  Gender=Masc|Number=Plur
        7 .         2 punct    PUNCT .
        """
    )
    assert {o for _, _, o in edges(doc)} == {"chasse aux opposants"}


def test_a_complement_that_opens_a_locution_keeps_it_whole():
    # "Valbrune salue l'action des forces de l'ordre."
    doc = parse(
        """
        0 Valbrune  1 nsubj  PROPN Valbrune _  B-LOC
        1 salue     1 ROOT   VERB  saluer   Mood=Ind|Tense=Pres|VerbForm=Fin
        2 l'        3 det    DET   le       Definite=Def|Number=Sing
        3 action    1 obj    NOUN  action   Gender=Fem|Number=Sing
        4 des       5 case   ADP   de       Definite=Def|Number=Plur
        5 forces    3 nmod   NOUN  force    Gender=Fem|Number=Plur
        6 de        8 case   ADP   de
        7 l'        8 det    DET   le       Definite=Def|Number=Sing
        8 ordre     5 nmod   NOUN  ordre    Gender=Masc|Number=Sing
        9 .         1 punct  PUNCT .
        """
    )
    assert {o for _, _, o in edges(doc)} == {"action des forces de l'ordre"}


def test_two_acts_asked_of_an_object_make_two_calls():
    # "Vexa appelle les élèves à ranger la salle et à fermer les portes."
    doc = parse(
        """
        0 Vexa      1 nsubj  PROPN Vexa     _  B-ORG
        1 appelle   1 ROOT   VERB  appeler  Mood=Ind|Tense=Pres|VerbForm=Fin
        2 les       3 det    DET   le       Definite=Def|Number=Plur
        3 élèves    1 obj    NOUN  élève    Gender=Masc|Number=Plur
        4 à         5 mark   ADP   à
        5 ranger    3 acl    VERB  ranger   VerbForm=Inf
        6 la        7 det    DET   le       Definite=Def|Number=Sing
        7 salle     5 obj    NOUN  salle    Gender=Fem|Number=Sing
        8 et        10 cc    CCONJ et
        9 à         10 mark  ADP   à
        10 fermer   5 conj   VERB  fermer   VerbForm=Inf
        11 les      12 det   DET   le       Definite=Def|Number=Plur
        12 portes   10 obj   NOUN  porte    Gender=Fem|Number=Plur
        13 .        1 punct  PUNCT .
        """
    )
    calls = {r for s, r, o in edges(doc) if s == "Vexa" and o == "élèves"}
    assert calls == {"appeler à ranger salle", "appeler à fermer portes"}


def test_a_participle_of_justice_set_on_a_name_charges_it():
    # "Marc Aubry, poursuivi pour fraude, a démissionné."
    doc = parse(
        """
        0 Marc         8 nsubj      PROPN Marc          _  B-PER
        1 Aubry        0 flat:name  PROPN Aubry         _  I-PER
        2 ,            0 punct      PUNCT ,
        3 poursuivi    0 acl        VERB  poursuivre    Tense=Past|VerbForm=Part
        4 pour         5 case       ADP   pour
        5 fraude       3 obl:arg    NOUN  fraude        Gender=Fem|Number=Sing
        6 ,            0 punct      PUNCT ,
        7 a            8 aux:tense  AUX   avoir
        8 démissionné  8 ROOT       VERB  démissionner  Tense=Past|VerbForm=Part
        9 .            8 punct      PUNCT .
        """
    )
    assert only(doc, "Marc Aubry", "poursuivi pour", "fraude").modality == "asserted"


def test_a_report_of_a_named_author_makes_its_author_the_source():
    # "Selon un rapport de Vexa, la police a torturé des détenus." (« rapport » alone is a
    # light noun, no node: its author speaks)
    doc = parse(
        """
        0 Selon     2  case       ADP   selon
        1 un        2  det        DET   un        Definite=Ind|Number=Sing
        2 rapport   9  obl:mod    NOUN  rapport   Gender=Masc|Number=Sing
        3 de        4  case       ADP   de
        4 Vexa      2  nmod       PROPN Vexa      _  B-ORG
        5 ,         9  punct      PUNCT ,
        6 la        7  det        DET   le        Definite=Def|Number=Sing
        7 police    9  nsubj      NOUN  police    Gender=Fem|Number=Sing
        8 a         9  aux:tense  AUX   avoir
        9 torturé   9  ROOT       VERB  torturer  Tense=Past|VerbForm=Part
        10 des      11 det        DET   un        Definite=Ind|Number=Plur
        11 détenus  9  obj        NOUN  détenu    Gender=Masc|Number=Plur
        12 .        9  punct      PUNCT .
        """
    )
    t = only(doc, "police", "torturer", "détenus")
    assert (t.modality, t.source.text) == ("reported", "Vexa")


def test_au_pouvoir_after_a_named_role_is_no_body_of_the_role():
    # "Le président Marc Aubry, au pouvoir depuis 2011, brigue un mandat."
    doc = parse(
        """
        0 Le        1  det        DET   le        Definite=Def|Number=Sing
        1 président 10 nsubj      NOUN  président Gender=Masc|Number=Sing
        2 Marc      1  appos      PROPN Marc      _  B-PER
        3 Aubry     2  flat:name  PROPN Aubry     _  I-PER
        4 ,         1  punct      PUNCT ,
        5 au        6  case       ADP   au
        6 pouvoir   1  nmod       NOUN  pouvoir   Gender=Masc|Number=Sing
        7 depuis    8  case       ADP   depuis
        8 2011      6  nmod       NUM   2011
        9 ,         1  punct      PUNCT ,
        10 brigue   10 ROOT       VERB  briguer   Mood=Ind|Tense=Pres|VerbForm=Fin
        11 un       12 det        DET   un        Definite=Ind|Number=Sing
        12 mandat   10 obj        NOUN  mandat    Gender=Masc|Number=Sing
        13 .        10 punct      PUNCT .
        """
    )
    assert not any(r.startswith("président") for _, r, _ in edges(doc)), edges(doc)


def test_a_call_to_a_noun_hung_on_a_common_noun_object_is_the_calls():
    # "Vexa a appelé les habitants au calme." (« au calme » hung on « habitants »)
    doc = parse(
        """
        0 Vexa      2 nsubj      PROPN Vexa     _  B-ORG
        1 a         2 aux:tense  AUX   avoir
        2 appelé    2 ROOT       VERB  appeler  Tense=Past|VerbForm=Part
        3 les       4 det        DET   le       Definite=Def|Number=Plur
        4 habitants 2 obj        NOUN  habitant Gender=Masc|Number=Plur
        5 au        6 case       ADP   au
        6 calme     4 nmod       NOUN  calme    Gender=Masc|Number=Sing
        7 .         2 punct      PUNCT .
        """
    )
    assert edges(doc) == {("Vexa", "appeler au calme", "habitants")}


def test_where_a_town_acts_is_no_relation_of_the_town():
    # "Valbrune a organisé la fête en France." (the town is in France: no edge says so)
    doc = parse(
        """
        0 Valbrune  2 nsubj      PROPN Valbrune   _  B-LOC
        1 a         2 aux:tense  AUX   avoir
        2 organisé  2 ROOT       VERB  organiser  Tense=Past|VerbForm=Part
        3 la        4 det        DET   le         Definite=Def|Number=Sing
        4 fête      2 obj        NOUN  fête       Gender=Fem|Number=Sing
        5 en        6 case       ADP   en
        6 France    2 obl:mod    PROPN France     _  B-LOC
        7 .         2 punct      PUNCT .
        """
    )
    assert not any(o == "France" for _, _, o in edges(doc)), edges(doc)


def test_what_one_is_liable_to_has_not_befallen_one():
    # "Les voleurs sont passibles d'amendes infligées par Vexa."
    doc = parse(
        """
        0 Les        1 det        DET   le        Definite=Def|Number=Plur
        1 voleurs    3 nsubj      NOUN  voleur    Gender=Masc|Number=Plur
        2 sont       3 cop        AUX   être      Mood=Ind|Tense=Pres|VerbForm=Fin
        3 passibles  3 ROOT       ADJ   passible  Number=Plur
        4 d'         5 case       ADP   de
        5 amendes    3 obl:arg    NOUN  amende    Gender=Fem|Number=Plur
        6 infligées  5 acl        VERB  infliger  Tense=Past|VerbForm=Part
        7 par        8 case       ADP   par
        8 Vexa       6 obl:agent  PROPN Vexa      _  B-ORG
        9 .          3 punct      PUNCT .
        """
    )
    assert only(doc, "Vexa", "infliger", "amendes").modality == "hypothetical"


def test_a_long_object_is_named_by_its_noun_in_its_places_relation():
    # "Vexor a construit à Valbrune une usine géante de batteries électriques."
    doc = parse(
        """
        0 Vexor      2  nsubj      PROPN Vexor      _  B-ORG
        1 a          2  aux:tense  AUX   avoir
        2 construit  2  ROOT       VERB  construire Tense=Past|VerbForm=Part
        3 à          4  case       ADP   à
        4 Valbrune   2  obl:mod    PROPN Valbrune   _  B-LOC
        5 une        6  det        DET   un         Definite=Ind|Number=Sing
        6 usine      2  obj        NOUN  usine      Gender=Fem|Number=Sing
        7 géante     6  amod       ADJ   géant      Gender=Fem|Number=Sing
        8 de         9  case       ADP   de
        9 batteries  6  nmod       NOUN  batterie   Gender=Fem|Number=Plur
        10 électriques 9 amod      ADJ   électrique Number=Plur
        11 .         2  punct      PUNCT .
        """
    )
    assert {r for s, r, o in edges(doc) if o == "Valbrune"} == {"construire usine à"}, edges(doc)


def test_two_acts_asked_of_a_recipient_make_two_requests():
    # "Vexa a demandé aux élèves de ranger la salle et de fermer les portes."
    doc = parse(
        """
        0 Vexa      2  nsubj      PROPN Vexa     _  B-ORG
        1 a         2  aux:tense  AUX   avoir
        2 demandé   2  ROOT       VERB  demander Tense=Past|VerbForm=Part
        3 aux       4  case       ADP   à        Definite=Def|Number=Plur
        4 élèves    2  obl:arg    NOUN  élève    Gender=Masc|Number=Plur
        5 de        6  mark       ADP   de
        6 ranger    2  xcomp      VERB  ranger   VerbForm=Inf
        7 la        8  det        DET   le       Definite=Def|Number=Sing
        8 salle     6  obj        NOUN  salle    Gender=Fem|Number=Sing
        9 et        11 cc         CCONJ et
        10 de       11 mark       ADP   de
        11 fermer   6  conj       VERB  fermer   VerbForm=Inf
        12 les      13 det        DET   le       Definite=Def|Number=Plur
        13 portes   11 obj        NOUN  porte    Gender=Fem|Number=Plur
        14 .        2  punct      PUNCT .
        """
    )
    asked = {r for s, r, o in edges(doc) if s == "Vexa" and o == "élèves"}
    assert asked == {"demander de ranger salle à", "demander de fermer portes à"}, edges(doc)


def test_a_passive_under_a_modal_has_the_modals_subject_as_its_patient():
    # "Le contrat pourrait être approuvé par Vexa."
    doc = parse(
        """
        0 Le        1 det        DET   le        Definite=Def|Number=Sing
        1 contrat   2 nsubj      NOUN  contrat   Gender=Masc|Number=Sing
        2 pourrait  2 ROOT       VERB  pouvoir   Mood=Cnd|Tense=Pres|VerbForm=Fin
        3 être      4 aux:pass   AUX   être      VerbForm=Inf
        4 approuvé  2 xcomp      VERB  approuver Tense=Past|VerbForm=Part|Voice=Pass
        5 par       6 case       ADP   par
        6 Vexa      4 obl:agent  PROPN Vexa      _  B-ORG
        7 .         2 punct      PUNCT .
        """
    )
    assert only(doc, "Vexa", "approuver", "contrat").modality == "hypothetical"


CALLED_NOT_TO = parse("""
0 La 1 det DET le _ B-LOC
1 Chine 3 nsubj PROPN Chine _ I-LOC
2 a 3 aux:tense AUX avoir _
3 appelé 3 ROOT VERB appeler VerbForm=Part
4 le 5 det DET le _
5 Japon 3 obj PROPN Japon _ B-LOC
6 à 9 mark ADP à _
7 ne 9 advmod ADV ne Polarity=Neg
8 pas 9 advmod ADV pas Polarity=Neg
9 livrer 3 xcomp VERB livrer VerbForm=Inf
10 d' 11 det DET de _
11 armes 9 obj NOUN arme Number=Plur
12 . 3 punct PUNCT . _
""")

THREATENED_NO_MORE = parse("""
0 La 1 det DET le _
1 Russie 3 nsubj PROPN Russie _ B-LOC
2 a 3 aux:tense AUX avoir _
3 menacé 3 ROOT VERB menacer VerbForm=Part
4 de 7 mark ADP de _
5 ne 7 advmod ADV ne Polarity=Neg
6 plus 7 advmod ADV plus _
7 livrer 3 xcomp VERB livrer VerbForm=Inf
8 de 9 case ADP de _
9 gaz 7 obj NOUN gaz _
10 à 12 case ADP à _
11 l' 12 det DET le _
12 Ukraine 9 nmod PROPN Ukraine _ B-LOC
13 . 3 punct PUNCT . _
""")


def test_an_act_called_for_in_the_negative_is_asked_not_denied():
    # « appeler X à ne pas livrer d'armes »: the call says what it asks; X's delivery is
    # neither denied nor a possibility the sentence states
    only(CALLED_NOT_TO, "Chine", "appeler à ne pas livrer armes", "Japon")
    assert not any(t.subject.text == "Japon" for t in extract(CALLED_NOT_TO))


def test_a_threat_keeps_the_negation_of_what_is_threatened():
    # « menacer de ne plus livrer de gaz »: not a threat to deliver
    only(THREATENED_NO_MORE, "Russie", "menacer de ne plus livrer", "gaz")
    assert not any("menacer de livrer" in r for _, r, _ in edges(THREATENED_NO_MORE))


FAILED_TO_ADOPT = parse("""
0 L' 1 det DET le _
1 UE 3 nsubj PROPN UE _ B-ORG
2 a 3 aux:tense AUX avoir _
3 échoué 3 ROOT VERB échouer VerbForm=Part
4 à 5 mark ADP à _
5 adopter 3 xcomp VERB adopter VerbForm=Inf
6 les 7 det DET le _
7 sanctions 5 obj NOUN sanction Number=Plur
8 . 3 punct PUNCT . _
""")


def test_an_act_one_failed_or_refused_to_do_is_denied():
    # « l'UE a échoué à adopter les sanctions »: not adopted
    assert only(FAILED_TO_ADOPT, "UE", "adopter", "sanctions").modality == "denied"


WEEKS_OF_TRUCE = parse("""
0 Paul 3 nsubj PROPN Paul _ B-PER
1 Vexa 0 flat:name PROPN Vexa _ I-PER
2 a 3 aux:tense AUX avoir _
3 décrété 3 ROOT VERB décréter VerbForm=Part
4 deux 5 nummod NUM deux _
5 semaines 3 obj NOUN semaine Number=Plur
6 de 7 case ADP de _
7 trêve 5 nmod NOUN trêve _
8 totale 7 amod ADJ total _
9 . 3 punct PUNCT . _
""")


def test_a_time_object_with_what_it_is_of_is_an_edge_end():
    # « décréter deux semaines de trêve totale »: the weeks are the truce's
    only(WEEKS_OF_TRUCE, "Paul Vexa", "décréter", "deux semaines de trêve totale")


ELECTED_ON_A_DAY = tag_predicates(parse("""
0 La 1 det DET le _
1 sénatrice 6 nsubj:pass NOUN sénatrice _
2 Anne 1 appos PROPN Anne _ B-PER
3 Roux 2 flat:name PROPN Roux _ I-PER
4 a 6 aux:tense AUX avoir _
5 été 6 aux:pass AUX être _
6 élue 6 ROOT VERB élire Tense=Past|VerbForm=Part
7 mardi 6 obl:mod NOUN mardi _
8 présidente 7 nmod NOUN président _
9 du 10 case ADP de _
10 Sénat 8 nmod PROPN Sénat _ B-ORG
11 . 6 punct PUNCT . _
"""))

CALLED_A_LIAR = parse("""
0 Paul 3 nsubj PROPN Paul _ B-PER
1 Vexa 0 flat:name PROPN Vexa _ I-PER
2 a 3 aux:tense AUX avoir _
3 qualifié 3 ROOT VERB qualifier Tense=Past|VerbForm=Part
4 Anne 3 obj PROPN Anne _ B-PER
5 Roux 4 flat:name PROPN Roux _ I-PER
6 de 7 case ADP de _
7 menteuse 3 obl:arg NOUN menteur _
8 . 3 punct PUNCT . _
""")


def test_a_titled_person_elected_on_a_day_holds_the_role():
    # « la sénatrice X a été élue mardi présidente du Sénat », « présidente » hung on the day
    only(ELECTED_ON_A_DAY, "Anne Roux", "présidente de", "Sénat")


def test_what_one_is_called_is_in_the_relation():
    # « X a qualifié Y de menteuse »: said of Y, with what Y is called
    only(CALLED_A_LIAR, "Paul Vexa", "qualifier de menteuse", "Anne Roux")


ARRIVED_BY_MOTORBIKE = parse("""
0 Paul 3 nsubj PROPN Paul _ B-PER
1 Vexa 0 flat:name PROPN Vexa _ I-PER
2 est 3 aux:tense AUX être _
3 arrivé 3 ROOT VERB arriver Tense=Past|VerbForm=Part
4 à 5 case ADP à _
5 moto 3 obl:arg NOUN moto _
6 à 7 case ADP à _
7 Rivemont 3 obl:arg PROPN Rivemont _ B-LOC
8 . 3 punct PUNCT . _
""")


def test_a_means_of_transport_is_how_not_where():
    # « arrivé à moto à Rivemont »: the town is where, the motorbike how
    only(ARRIVED_BY_MOTORBIKE, "Paul Vexa", "arriver à", "Rivemont")
    assert not any(o == "moto" for _, _, o in edges(ARRIVED_BY_MOTORBIKE))


ATTACK_AGAINST_ON_THE_NAME = parse("""
0 L' 1 det DET le _
1 attaque 10 nsubj:pass NOUN attaque _
2 de 4 case ADP de _
3 la 4 det DET le _
4 Russie 1 nmod PROPN Russie _ B-LOC
5 contre 7 case ADP contre _
6 l' 7 det DET le _
7 Ukraine 4 nmod PROPN Ukraine _ B-LOC
8 a 10 aux:tense AUX avoir _
9 été 10 aux:pass AUX être _
10 condamnée 10 ROOT VERB condamner Tense=Past|VerbForm=Part
11 . 10 punct PUNCT . _
""")


def test_an_action_nouns_target_hung_on_its_named_agent_is_still_its_target():
    # « l'attaque de la Russie contre l'Ukraine » with « contre l'Ukraine » under « Russie »
    only(ATTACK_AGAINST_ON_THE_NAME, "Russie", "attaquer", "Ukraine")


CALLED_TO_STOP = parse("""
0 Greenpeace 2 nsubj PROPN Greenpeace _ B-ORG
1 a 2 aux:tense AUX avoir _
2 appelé 2 ROOT VERB appeler VerbForm=Part
3 la 4 det DET le _
4 France 2 obj PROPN France _ B-LOC
5 à 6 mark ADP à _
6 cesser 2 xcomp VERB cesser VerbForm=Inf
7 de 8 mark ADP de _
8 soutenir 6 xcomp VERB soutenir VerbForm=Inf
9 les 10 det DET le _
10 énergies 8 obj NOUN énergie Number=Plur
11 fossiles 10 amod ADJ fossile _
12 . 2 punct PUNCT . _
""")

ACCUSED_OF_HAVING_DONE = parse("""
0 Vexa 2 nsubj PROPN Vexa _ B-LOC
1 a 2 aux:tense AUX avoir _
2 accusé 2 ROOT VERB accuser VerbForm=Part
3 la 4 det DET le _
4 Chine 2 obj PROPN Chine _ B-LOC
5 d' 6 mark ADP de _
6 avoir 8 aux:tense VERB avoir VerbForm=Inf
7 délibérément 8 advmod ADV délibérément _
8 percuté 2 xcomp VERB percuter Tense=Past|VerbForm=Part
9 un 10 det DET un _
10 navire 8 obj NOUN navire _
11 . 2 punct PUNCT . _
""")

SEIZED_A_TOWN_OF = parse("""
0 Les 1 det DET le _
1 rebelles 4 nsubj NOUN rebelle Number=Plur
2 se 4 expl:comp PRON se _
3 sont 4 aux:tense AUX être _
4 emparés 4 ROOT VERB emparer VerbForm=Part
5 d' 7 case ADP de _
6 une 7 det DET un _
7 ville 4 obl:arg NOUN ville _
8 du 9 case ADP de _
9 Darfour 7 nmod PROPN Darfour _ B-LOC
10 . 4 punct PUNCT . _
""")


def test_what_one_is_asked_to_stop_is_no_act_of_it():
    # « appeler X à cesser de soutenir Y »: X's support of Y is what is to stop
    only(CALLED_TO_STOP, "France", "cesser de soutenir", "énergies fossiles")
    assert not any(r == "soutenir" for _, r, _ in edges(CALLED_TO_STOP))


def test_an_act_charged_with_its_mark_on_the_auxiliary_is_the_charge():
    # « accuser X d'avoir délibérément percuté un navire », « d' » hung on « avoir »
    only(ACCUSED_OF_HAVING_DONE, "Vexa", "accuser de percuter navire", "Chine")


def test_a_town_of_a_region_is_not_the_region():
    # « s'emparer d'une ville du Darfour »: not of the region
    assert not any(o == "Darfour" for _, _, o in edges(SEIZED_A_TOWN_OF))


BEATEN_BY_DEMONYM = parse("""
0 Anne 3 nsubj PROPN Anne _ B-PER
1 Roux 0 flat:name PROPN Roux _ I-PER
2 a 3 aux:tense AUX avoir _
3 battu 3 ROOT VERB battre VerbForm=Part
4 l' 5 det DET le _
5 Américaine 3 obj PROPN Américaine _ B-LOC
6 Lucie 5 flat:name PROPN Lucie _ B-PER
7 Vexa 6 flat:name PROPN Vexa _ I-PER
8 . 3 punct PUNCT . _
""")

SENTENCED_IN_ABSENTIA = parse("""
0 Paul 4 nsubj:pass PROPN Paul _ B-PER
1 Vexa 0 flat:name PROPN Vexa _ I-PER
2 a 4 aux:tense AUX avoir _
3 été 4 aux:pass AUX être _
4 condamné 4 ROOT VERB condamner Tense=Past|VerbForm=Part
5 par 6 case ADP par _
6 contumace 4 obl:agent NOUN contumace _
7 . 4 punct PUNCT . _
""")


def test_a_name_hung_on_the_demonym_before_it_is_the_name():
    # « l'Américaine Lucie Vexa » with the name under « Américaine »
    only(BEATEN_BY_DEMONYM, "Anne Roux", "battre", "Lucie Vexa")


def test_par_contumace_is_no_agent():
    assert not any(s == "contumace" for s, _, _ in edges(SENTENCED_IN_ABSENTIA))


CLAIMS_ON_A_REFORM = parse("""
0 Les 1 det DET le _
1 rebelles 3 nsubj NOUN rebelle Number=Plur
2 ont 3 aux:tense AUX avoir _
3 maintenu 3 ROOT VERB maintenir VerbForm=Part
4 leurs 5 det DET leur _
5 revendications 3 obj NOUN revendication Number=Plur
6 sur 8 case ADP sur _
7 la 8 det DET le _
8 réforme 5 nmod NOUN réforme _
9 agraire 8 amod ADJ agraire _
10 . 3 punct PUNCT . _
""")


def test_a_claim_keeps_what_it_is_about():
    # « leurs revendications sur la réforme agraire »: not bare « revendications »
    only(CLAIMS_ON_A_REFORM, "rebelles", "maintenir", "revendications sur la réforme agraire")


REFORM_ADOPTED_BY = tag_predicates(parse("""
0 Ils 1 nsubj PRON il Gender=Masc|Number=Plur
1 dénonçaient 1 ROOT VERB dénoncer VerbForm=Fin
2 la 3 det DET le _
3 réforme 1 obj NOUN réforme Gender=Fem|Number=Sing
4 du 5 case ADP de _
5 port 3 nmod NOUN port Gender=Masc|Number=Sing
6 adoptée 5 acl VERB adopter Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part
7 par 8 case ADP par _
8 Valbrune 6 obl:agent PROPN Valbrune _ B-LOC
9 . 1 punct PUNCT . _
"""))


def test_a_participle_describes_the_noun_it_agrees_with():
    # « la réforme du port adoptée par Valbrune »: the reform is adopted, not the port
    only(REFORM_ADOPTED_BY, "Valbrune", "adopter", "réforme du port")
