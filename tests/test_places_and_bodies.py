"""Rules on names of bodies, places and amounts, on hand-built spaCy docs: no model, one
test per construction (see `tests.test_relations` for the table format).

The sentences and names are invented; the parses are the ones the French model gives,
mended where it slips (each mend is said in a comment), so that each test checks the rule
and not the parser.
"""

from __future__ import annotations

import json

import pytest

from graph.entities import (
    RawMention,
    known_names,
    name_mentions,
    repeated_name_mentions,
    resolve,
)
from graph.extractions import from_record, to_record
from graph.model import Article, Sentence
from tests.test_relations import edges, extract, only, parse


def names(doc) -> dict[str, RawMention]:
    """The name mentions of *doc*, by their text."""
    return {m.text: m for m in name_mentions(doc, 0, "a", lambda i: 0).values()}


def mention(
    text: str, key: str, etype: str, start: int, article: str = "a", kind_noun: str = ""
) -> RawMention:
    return RawMention(
        article, 0, start, start + len(text), text, key, etype, "name", kind_noun=kind_noun
    )


# --------------------------------------------------------------------------- quoted titles


def test_a_quoted_title_after_a_kind_noun_is_one_name_not_a_clause():
    # "Paul Aubry, membre de l'association « Gardons nos haies », a planté des arbres."
    doc = parse(
        """
        0  Paul         14 nsubj     PROPN Paul         Gender=Masc|Number=Sing  B-PER
        1  Aubry        0  flat:name PROPN Aubry        _                        I-PER
        2  ,            0  punct     PUNCT ,
        3  membre       0  appos     NOUN  membre       Gender=Masc|Number=Sing
        4  de           6  case      ADP   de
        5  l'           6  det       DET   le           Definite=Def|Number=Sing
        6  association  3  nmod      NOUN  association  Gender=Fem|Number=Sing
        7  «            6  punct     PUNCT «
        8  Gardons      8  ROOT      VERB  garder       Mood=Ind|VerbForm=Fin
        9  nos          10 det       DET   notre        Number=Plur|Poss=Yes
        10 haies        8  obj       NOUN  haie         Gender=Fem|Number=Plur
        11 »            8  punct     PUNCT »
        12 ,            14 punct     PUNCT ,
        13 a            14 aux:tense AUX   avoir
        14 planté       14 ROOT      VERB  planter      VerbForm=Part
        15 des          16 det       DET   un
        16 arbres       14 obj       NOUN  arbre        Gender=Masc|Number=Plur
        17 .            14 punct     PUNCT .
        """
    )
    title = names(doc)["Gardons nos haies"]
    assert title.key == "name:gardons nos haies" and title.kind_noun == "association"
    only(doc, "Paul Aubry", "membre de", "Gardons nos haies")
    # the verb of the title is no clause: nobody « garder » anything
    assert not any(t.verb == "garder" or "haies" == t.object.text for t in extract(doc))


def test_a_quoted_title_whose_head_is_a_verb_is_still_situated_by_the_place_after_it():
    # "L'association « Gardons nos haies » à Rennes a planté des arbres."
    doc = parse(
        """
        0  L'           1  det       DET   le           Definite=Def|Number=Sing
        1  association  10 nsubj     NOUN  association  Gender=Fem|Number=Sing
        2  «            1  punct     PUNCT «
        3  Gardons      1  acl       VERB  garder       Mood=Ind|VerbForm=Fin
        4  nos          5  det       DET   notre        Number=Plur|Poss=Yes
        5  haies        3  obj       NOUN  haie         Gender=Fem|Number=Plur
        6  »            3  punct     PUNCT »
        7  à            8  case      ADP   à
        8  Rennes       1  nmod      PROPN Rennes       Gender=Masc|Number=Sing  B-LOC
        9  a            10 aux:tense AUX   avoir
        10 planté       10 ROOT      VERB  planter      VerbForm=Part
        11 des          12 det       DET   un
        12 arbres       10 obj       NOUN  arbre        Gender=Masc|Number=Plur
        13 .            10 punct     PUNCT .
        """
    )
    only(doc, "Gardons nos haies", "situé à", "Rennes")
    only(doc, "Gardons nos haies", "planter", "arbres")
    assert not any(t.verb == "garder" for t in extract(doc))


# --------------------------------------------------------------------------- forms of address


def test_a_form_of_address_heading_a_clause_stands_for_the_name_after_it():
    # "Monsieur Paul Aubry, âgé de 40 ans, a été percuté par un camion."
    doc = parse(
        """
        0  Monsieur  11 nsubj:pass NOUN  Monsieur  Gender=Masc|Number=Sing
        1  Paul      0  flat:name  PROPN Paul      Gender=Masc|Number=Sing  B-PER
        2  Aubry     1  flat:name  PROPN Aubry     _                        I-PER
        3  ,         0  punct      PUNCT ,
        4  âgé       0  amod       ADJ   âgé       Gender=Masc|Number=Sing
        5  de        7  case       ADP   de
        6  40        7  nummod     NUM   40        NumType=Card
        7  ans       4  obl:arg    NOUN  an        Gender=Masc|Number=Plur
        8  ,         11 punct      PUNCT ,
        9  a         11 aux:tense  AUX   avoir
        10 été       11 aux:pass   AUX   être
        11 percuté   11 ROOT       VERB  percuter  VerbForm=Part|Voice=Pass
        12 par       14 case       ADP   par
        13 un        14 det        DET   un
        14 camion    11 obl:agent  NOUN  camion    Gender=Masc|Number=Sing
        15 .         11 punct      PUNCT .
        """
    )
    t = only(doc, "camion", "percuter", "Paul Aubry")
    assert t.object.key == "name:paul aubry"
    assert not any("Monsieur" in end.text for t in extract(doc) for end in (t.subject, t.object))


def test_a_form_of_address_with_no_name_after_it_is_never_a_node():
    # "Monsieur le maire a reçu Paul Aubry."
    doc = parse(
        """
        0 Monsieur  4 nsubj     NOUN  Monsieur  Gender=Masc|Number=Sing
        1 le        2 det       DET   le        Definite=Def|Gender=Masc|Number=Sing
        2 maire     0 nmod      NOUN  maire     Gender=Masc|Number=Sing
        3 a         4 aux:tense AUX   avoir
        4 reçu      4 ROOT      VERB  recevoir  VerbForm=Part
        5 Paul      4 obj       PROPN Paul      Gender=Masc|Number=Sing  B-PER
        6 Aubry     5 flat:name PROPN Aubry     _                        I-PER
        7 .         4 punct     PUNCT .
        """
    )
    assert not any("Monsieur" in end.text for t in extract(doc) for end in (t.subject, t.object))


def test_a_capitalised_word_after_a_form_of_address_is_the_names_even_tagged_adp():
    # "Monsieur Dalen Roussel a été blessé par un chien." The tagger's slip the rule is
    # for, mended in: « Dalen » read as a preposition (inside the person's entity).
    doc = parse(
        """
        0  Monsieur  5 nsubj:pass NOUN  Monsieur  Gender=Masc|Number=Sing
        1  Dalen     2 case       ADP   Dalen     _                        B-PER
        2  Roussel   0 flat:name  PROPN Roussel   _                        I-PER
        3  a         5 aux:tense  AUX   avoir
        4  été       5 aux:pass   AUX   être
        5  blessé    5 ROOT       VERB  blesser   VerbForm=Part|Voice=Pass
        6  par       8 case       ADP   par
        7  un        8 det        DET   un
        8  chien     5 obl:agent  NOUN  chien     Gender=Masc|Number=Sing
        9  .         5 punct      PUNCT .
        """
    )
    assert names(doc)["Dalen Roussel"].key == "name:dalen roussel"
    only(doc, "chien", "blesser", "Dalen Roussel")


# --------------------------------------------------------------------------- places


def test_located_in_from_a_noun_phrase_is_the_writers_even_in_a_reported_sentence():
    # "Paul Aubry affirme que l'usine Lactis à Rennes a fermé ses ateliers." Mended: the
    # NER's « Lactis » as an organisation (it said LOC), « à Rennes » hung on « Lactis ».
    doc = parse(
        """
        0  Paul      2  nsubj     PROPN Paul      Gender=Masc|Number=Sing  B-PER
        1  Aubry     0  flat:name PROPN Aubry     _                        I-PER
        2  affirme   2  ROOT      VERB  affirmer  Mood=Ind|VerbForm=Fin
        3  que       10 mark      SCONJ que
        4  l'        5  det       DET   le        Definite=Def|Number=Sing
        5  usine     10 nsubj     NOUN  usine     Gender=Fem|Number=Sing
        6  Lactis    5  nmod      PROPN Lactis    _                        B-ORG
        7  à         8  case      ADP   à
        8  Rennes    6  nmod      PROPN Rennes    Gender=Masc|Number=Sing  B-LOC
        9  a         10 aux:tense AUX   avoir
        10 fermé     2  ccomp     VERB  fermer    VerbForm=Part
        11 ses       12 det       DET   son       Number=Plur|Poss=Yes
        12 ateliers  10 obj       NOUN  atelier   Gender=Masc|Number=Plur
        13 .         2  punct     PUNCT .
        """
    )
    claim = only(doc, "Lactis", "fermer", "ateliers")
    assert claim.modality == "reported" and claim.source.text == "Paul Aubry"
    where = only(doc, "Lactis", "situé à", "Rennes")
    assert where.modality == "asserted" and where.source is None


def test_a_place_oblique_hands_over_to_the_named_place_its_noun_is_in():
    # "Les grévistes se sont rassemblés dans les faubourgs de Valbrune."
    doc = parse(
        """
        0  Les           1 det       DET   le          Definite=Def|Number=Plur
        1  grévistes  4 nsubj     NOUN  gréviste Gender=Masc|Number=Plur
        2  se            4 expl:comp PRON  se          Person=3|Reflex=Yes
        3  sont          4 aux:tense AUX   être
        4  rassemblés    4 ROOT      VERB  rassembler  VerbForm=Part
        5  dans          7 case      ADP   dans
        6  les           7 det       DET   le          Definite=Def|Number=Plur
        7  faubourgs          4 obl:mod   NOUN  faubourg         Gender=Fem|Number=Plur
        8  de            9 case      ADP   de
        9  Valbrune          7 nmod      PROPN Valbrune        Gender=Masc|Number=Sing  B-LOC
        10 .             4 punct     PUNCT .
        """
    )
    t = only(doc, "grévistes", "se rassembler dans", "Valbrune")
    assert t.object.key == "name:valbrune"
    assert not any(o == "faubourgs" or o.startswith("faubourgs ") for _, _, o in edges(doc))


def test_a_place_beside_a_named_place_gives_no_edge_to_it():
    # "Les grévistes se sont rassemblés au nord de Valbrune."
    doc = parse(
        """
        0  Les           1 det       DET   le          Definite=Def|Number=Plur
        1  grévistes  4 nsubj     NOUN  gréviste Gender=Masc|Number=Plur
        2  se            4 expl:comp PRON  se          Person=3|Reflex=Yes
        3  sont          4 aux:tense AUX   être
        4  rassemblés    4 ROOT      VERB  rassembler  VerbForm=Part
        5  au            6 case      ADP   au          Definite=Def|Number=Sing
        6  nord          4 obl:arg   NOUN  nord        Gender=Masc|Number=Sing
        7  de            8 case      ADP   de
        8  Valbrune          6 nmod      PROPN Valbrune        Gender=Masc|Number=Sing  B-LOC
        9  .             4 punct     PUNCT .
        """
    )
    assert not any(o == "Valbrune" for _, _, o in edges(doc))


def test_a_passive_with_an_agent_keeps_where_it_befell_its_subject():
    # "Paul Aubry a été arrêté à Valbrune par la police."
    doc = parse(
        """
        0  Paul    4 nsubj:pass PROPN Paul     Gender=Masc|Number=Sing  B-PER
        1  Aubry   0 flat:name  PROPN Aubry    _                        I-PER
        2  a       4 aux:tense  AUX   avoir
        3  été     4 aux:pass   AUX   être
        4  arrêté  4 ROOT       VERB  arrêter  VerbForm=Part|Voice=Pass
        5  à       6 case       ADP   à
        6  Valbrune    4 obl:mod    PROPN Valbrune     Gender=Masc|Number=Sing  B-LOC
        7  par     9 case       ADP   par
        8  la      9 det        DET   le       Definite=Def|Gender=Fem|Number=Sing
        9  police  4 obl:agent  NOUN  police   Gender=Fem|Number=Sing
        10 .       4 punct      PUNCT .
        """
    )
    only(doc, "police", "arrêter", "Paul Aubry")
    where = only(doc, "Paul Aubry", "arrêté à", "Valbrune")
    assert where.object.key == "name:valbrune"


# --------------------------------------------------------------------------- circumstances


def test_a_prepositional_locution_of_cause_gives_no_edge():
    # "Paul Aubry a démissionné à cause de la crise." Mended: « de la crise » hung on
    # « cause » (the model hangs it on the verb, see the report).
    doc = parse(
        """
        0 Paul         3 nsubj     PROPN Paul         Gender=Masc|Number=Sing  B-PER
        1 Aubry        0 flat:name PROPN Aubry        _                        I-PER
        2 a            3 aux:tense AUX   avoir
        3 démissionné  3 ROOT      VERB  démissionner VerbForm=Part
        4 à            5 case      ADP   à
        5 cause        3 obl:arg   NOUN  cause        Gender=Fem|Number=Sing
        6 de           8 case      ADP   de
        7 la           8 det       DET   le           Definite=Def|Gender=Fem|Number=Sing
        8 crise        5 nmod      NOUN  crise        Gender=Fem|Number=Sing
        9 .            3 punct     PUNCT .
        """
    )
    assert edges(doc) == set()


# The model hangs the locution's complement on the verb (« à cause | de la crise », « en
# référence | à la loi »): the rule does not see it there, and an edge is drawn.
@pytest.mark.xfail(strict=True, reason="complement hung on the verb (see the report)")
def test_a_locutions_complement_hung_on_the_verb_gives_no_edge():
    # "Paul Aubry a démissionné à cause de la crise." and "Paul Aubry a répondu en
    # référence à la loi.", as the model parses them.
    cause = parse(
        """
        0 Paul         3 nsubj     PROPN Paul         Gender=Masc|Number=Sing  B-PER
        1 Aubry        0 flat:name PROPN Aubry        _                        I-PER
        2 a            3 aux:tense AUX   avoir
        3 démissionné  3 ROOT      VERB  démissionner VerbForm=Part
        4 à            5 case      ADP   à
        5 cause        3 obl:arg   NOUN  cause        Gender=Fem|Number=Sing
        6 de           8 case      ADP   de
        7 la           8 det       DET   le           Definite=Def|Gender=Fem|Number=Sing
        8 crise        3 obl:arg   NOUN  crise        Gender=Fem|Number=Sing
        9 .            3 punct     PUNCT .
        """
    )
    reference = parse(
        """
        0 Paul       3 nsubj     PROPN Paul      Gender=Masc|Number=Sing  B-PER
        1 Aubry      0 flat:name PROPN Aubry     _                        I-PER
        2 a          3 aux:tense AUX   avoir
        3 répondu    3 ROOT      VERB  répondre  VerbForm=Part
        4 en         5 case      ADP   en
        5 référence  3 obl:arg   NOUN  référence Gender=Fem|Number=Sing
        6 à          8 case      ADP   à
        7 la         8 det       DET   le        Definite=Def|Gender=Fem|Number=Sing
        8 loi        3 obl:arg   NOUN  loi       Gender=Fem|Number=Sing
        9 .          3 punct     PUNCT .
        """
    )
    assert edges(cause) == set()
    assert edges(reference) == set()


# --------------------------------------------------------------------------- bodies: names


def test_a_kind_nouns_name_is_the_body_not_a_person_of_that_surname():
    # "Paul Aubry a créé la fondation Aubry."
    person = mention("Paul Aubry", "name:paul aubry", "PER", 0)
    body = mention("Aubry", "name:aubry", "ORG", 30, kind_noun="fondation")
    entities, entity_of = resolve([person, body])
    assert entity_of[id(body)] != entity_of[id(person)]
    assert entities[entity_of[id(body)]].type == "ORG"


def test_the_first_word_of_a_body_named_with_a_capitalised_complement_is_that_body():
    # "L'Ordre des Gardiens de Phare a publié un rapport. L'Ordre a aussi protesté."
    full = mention(
        "Ordre des Gardiens de Phare", "part:phare|ordre des gardiens de phare", "ORG", 0
    )
    short = mention("Ordre", "name:ordre", "ORG", 60)
    _, entity_of = resolve([full, short])
    assert entity_of[id(short)] == entity_of[id(full)]


def test_a_capitalised_bare_noun_is_the_articles_one_body_it_opens():
    # "L'Agence des Forêts de Valbrune a perdu un garde. Le chef de l'Agence
    # a démissionné." « l'Agence », a concept to the tagger, is that body
    full = mention(
        "Agence des Forêts de Valbrune",
        "name:agence des forets de valbrune",
        "ORG",
        0,
    )
    short = RawMention(
        "a", 1, 90, 96, "Agence", "concept:agence", "CONCEPT", "concept", number="s", definite=True
    )
    _, entity_of = resolve([full, short])
    assert entity_of[id(short)] == entity_of[id(full)]
    # two bodies open with that word: which one is not known, it stays itself
    other = mention("Agence de l'Eau", "name:agence de l'eau", "ORG", 50)
    _, entity_of = resolve([full, other, short])
    assert entity_of[id(short)] not in {entity_of[id(full)], entity_of[id(other)]}


def test_a_definite_noun_is_the_name_it_introduced_earlier_in_its_article():
    # "La chaîne Canal 12 a été attaquée. La chaîne a porté plainte."
    channel = mention("Canal 12", "name:canal 12", "ORG", 25, kind_noun="chaîne")
    later = RawMention("a", 1, 60, 66, "chaîne", "concept:chaîne", "CONCEPT", "concept",
                       number="s", definite=True)
    elsewhere = RawMention("b", 0, 3, 9, "chaîne", "concept:chaîne", "CONCEPT", "concept",
                           number="s", definite=True)
    _, entity_of = resolve([channel, later, elsewhere])
    assert entity_of[id(later)] == entity_of[id(channel)]
    assert entity_of[id(elsewhere)] != entity_of[id(channel)]  # (another article's)
    # « une chaîne » is any channel; « les chaînes » are several
    some = RawMention("a", 1, 80, 86, "chaîne", "concept:chaîne", "CONCEPT", "concept",
                      number="s", definite=False)
    several = RawMention("a", 1, 90, 97, "chaînes", "concept:chaîne", "CONCEPT", "concept",
                         number="p", definite=True)
    _, entity_of = resolve([channel, some, several])
    assert entity_of[id(channel)] not in {entity_of[id(some)], entity_of[id(several)]}


def test_the_kind_noun_of_a_name_behind_its_own_de_complement():
    # "L'agence de presse Vexa a été attaquée." (the parse the model gives « la chaîne de
    # télévision X … » and such phrases: the name on the noun's own complement)
    doc = parse(
        """
        0  L'          1  det        DET   le          Definite=Def|Number=Sing
        1  agence      7  nsubj:pass NOUN  agence      Gender=Fem|Number=Sing
        2  de          3  case       ADP   de
        3  presse      1  nmod       NOUN  presse      Gender=Fem|Number=Sing
        4  Vexa        3  appos      PROPN Vexa        _                        B-ORG
        5  a           7  aux:tense  AUX   avoir       Mood=Ind|VerbForm=Fin
        6  été         7  aux:pass   AUX   être        VerbForm=Part
        7  attaquée    7  ROOT       VERB  attaquer    Tense=Past|VerbForm=Part|Voice=Pass
        8  .           7  punct      PUNCT .
        """
    )
    assert names(doc)["Vexa"].kind_noun == "agence"


def test_a_hyphenated_place_tagged_a_verb_is_a_name_and_a_conjunct():
    # "Le régiment, basé à Rivemont et Saint-Paul-du-Lac, a perdu deux hommes." with the
    # hyphenated name tagged a verb (as the model does with « Saint-Jean-du-… »)
    doc = parse(
        """
        0  Le                 1  det        DET   le               Definite=Def|Number=Sing
        1  régiment           10 nsubj      NOUN  régiment         Gender=Masc|Number=Sing
        2  ,                  1  punct      PUNCT ,
        3  basé               1  acl        VERB  baser            Tense=Past|VerbForm=Part
        4  à                  5  case       ADP   à
        5  Rivemont           3  obl:arg    PROPN Rivemont         _                        B-LOC
        6  et                 7  cc         CCONJ et
        7  Saint-Paul-du-Lac  5  conj       VERB  saint-paul-du-lac Mood=Ind|VerbForm=Fin   B-LOC
        8  ,                  5  punct      PUNCT ,
        9  a                  10 aux:tense  AUX   avoir            Mood=Ind|VerbForm=Fin
        10 perdu              10 ROOT       VERB  perdre           Tense=Past|VerbForm=Part
        11 deux               12 nummod     NUM   deux             NumType=Card
        12 hommes             10 obj        NOUN  homme            Gender=Masc|Number=Plur
        13 .                  10 punct      PUNCT .
        """
    )
    assert names(doc)["Saint-Paul-du-Lac"].type == "LOC"
    only(doc, "régiment", "basé à", "Rivemont")
    only(doc, "régiment", "basé à", "Saint-Paul-du-Lac")


def test_a_place_after_la_ville_de_is_its_name_even_tagged_a_common_noun():
    # "Il vit dans la ville de Kerlouan." Mended: « Kerlouan » tagged a common noun.
    doc = parse(
        """
        0 Il        1 nsubj   PRON  il       Gender=Masc|Number=Sing|Person=3
        1 vit       1 ROOT    VERB  vivre    Mood=Ind|VerbForm=Fin
        2 dans      4 case    ADP   dans
        3 la        4 det     DET   le       Definite=Def|Gender=Fem|Number=Sing
        4 ville     1 obl:arg NOUN  ville    Gender=Fem|Number=Sing
        5 de        6 case    ADP   de
        6 Kerlouan  4 nmod    NOUN  kerlouan Gender=Masc|Number=Sing  B-LOC
        7 .         1 punct   PUNCT .
        """
    )
    place = names(doc)["Kerlouan"]
    assert place.key == "name:kerlouan" and place.type == "LOC"


# --------------------------------------------------------------------------- bodies: places


def test_a_body_whose_name_a_place_closes_is_situated_there():
    # "L'Association des potiers de Valbrune a publié un rapport."
    doc = parse(
        """
        0  L'           1 det       DET   le          Definite=Def|Number=Sing
        1  Association  7 nsubj     NOUN  association Gender=Fem|Number=Sing   B-ORG
        2  des          3 case      ADP   de          Definite=Def|Number=Plur I-ORG
        3  potiers    1 nmod      NOUN  potier    Number=Plur              I-ORG
        4  de           5 case      ADP   de          _                        I-ORG
        5  Valbrune         3 nmod      PROPN Valbrune        Gender=Masc|Number=Sing  I-ORG
        6  a            7 aux:tense AUX   avoir
        7  publié       7 ROOT      VERB  publier     VerbForm=Part
        8  un           9 det       DET   un
        9  rapport      7 obj       NOUN  rapport     Gender=Masc|Number=Sing
        10 .            7 punct     PUNCT .
        """
    )
    t = only(doc, "Association des potiers de Valbrune", "situé à", "Valbrune")
    assert t.object.key == "name:valbrune" and t.object.type == "LOC"
    assert t.modality == "asserted"


def test_an_event_whose_name_a_place_closes_is_situated_there():
    # "Les Jeux de Valbrune ont attiré des visiteurs."
    doc = parse(
        """
        0 Les        1 det       DET   le       Definite=Def|Number=Plur
        1 Jeux       5 nsubj     NOUN  jeu      Gender=Masc|Number=Plur  B-MISC
        2 de         3 case      ADP   de       _                        I-MISC
        3 Valbrune       1 nmod      PROPN Valbrune     Gender=Masc|Number=Sing  I-MISC
        4 ont        5 aux:tense AUX   avoir
        5 attiré     5 ROOT      VERB  attirer  VerbForm=Part
        6 des        7 det       DET   un
        7 visiteurs  5 obj       NOUN  visiteur Gender=Masc|Number=Plur
        8 .          5 punct     PUNCT .
        """
    )
    only(doc, "Jeux de Valbrune", "situé à", "Valbrune")
    only(doc, "Jeux de Valbrune", "attirer", "visiteurs")


def test_a_local_body_concept_that_names_its_place_is_situated_there():
    # "La police municipale de Valbrune a arrêté deux hommes."
    doc = parse(
        """
        0 La          1 det       DET   le        Definite=Def|Gender=Fem|Number=Sing
        1 police      6 nsubj     NOUN  police    Gender=Fem|Number=Sing
        2 municipale  1 amod      ADJ   municipal Gender=Fem|Number=Sing
        3 de          4 case      ADP   de
        4 Valbrune        1 nmod      PROPN Valbrune      Gender=Masc|Number=Sing  B-LOC
        5 a           6 aux:tense AUX   avoir
        6 arrêté      6 ROOT      VERB  arrêter   VerbForm=Part
        7 deux        8 nummod    NUM   deux      NumType=Card
        8 hommes      6 obj       NOUN  homme     Gender=Masc|Number=Plur
        9 .           6 punct     PUNCT .
        """
    )
    only(doc, "police municipale de Valbrune", "arrêter", "deux hommes")
    t = only(doc, "police municipale de Valbrune", "situé à", "Valbrune")
    assert t.subject.key == "concept:police municipal de valbrune"
    assert t.modality == "asserted"


def test_a_place_is_never_the_parent_body_of_a_body_named_after_it():
    # "L'Association des potiers de Valbrune a publié un rapport sur Valbrune."
    body = mention(
        "Association des potiers de Valbrune",
        "part:valbrune|association des potiers de valbrune",
        "ORG",
        0,
    )
    place = mention("Valbrune", "name:valbrune", "LOC", 60)
    entities, entity_of = resolve([body, place])
    assert entity_of[id(body)] != entity_of[id(place)]
    assert entities[entity_of[id(body)]].type == "ORG"


# --------------------------------------------------------------------------- families


def test_a_persons_name_after_les_is_the_family():
    # "Les Aubry étaient ruinés."
    doc = parse(
        """
        0 Les      1 det        DET   le      Definite=Def|Number=Plur
        1 Aubry    3 nsubj:pass PROPN Aubry   _                 B-PER
        2 étaient  3 aux:pass   AUX   être    Mood=Ind|Tense=Imp|VerbForm=Fin
        3 ruinés   3 ROOT       VERB  ruiner  VerbForm=Part|Voice=Pass
        4 .        3 punct      PUNCT .
        """
    )
    family = names(doc)["Aubry"]
    assert family.key == "family:aubry" and family.type == "PER"


# --------------------------------------------------------------------------- ministries


def test_ministries_named_by_their_portfolio_are_bodies():
    # Mended: no entity on any of them (the NER's miss the rule is for).
    # "Le ministère de l'Agriculture a convoqué les préfets."
    interior = parse(
        """
        0 Le         1 det       DET   le        Definite=Def|Gender=Masc|Number=Sing
        1 ministère  6 nsubj     NOUN  ministère Gender=Masc|Number=Sing
        2 de         4 case      ADP   de
        3 l'         4 det       DET   le        Definite=Def|Number=Sing
        4 Agriculture  1 nmod      NOUN  agriculture Gender=Masc|Number=Sing
        5 a          6 aux:tense AUX   avoir
        6 convoqué   6 ROOT      VERB  convoquer VerbForm=Part
        7 les        8 det       DET   le        Definite=Def|Number=Plur
        8 préfets    6 obj       NOUN  préfet    Gender=Masc|Number=Plur
        9 .          6 punct     PUNCT .
        """
    )
    # "Le ministère chilien des Affaires étrangères a protesté."
    foreign = parse(
        """
        0 Le          1 det       DET   le        Definite=Def|Gender=Masc|Number=Sing
        1 ministère   7 nsubj     NOUN  ministère Gender=Masc|Number=Sing
        2 chilien     1 amod      ADJ   chilien   Gender=Masc|Number=Sing
        3 des         4 case      ADP   de        Definite=Def|Number=Plur
        4 Affaires    1 nmod      NOUN  affaire   Gender=Fem|Number=Plur
        5 étrangères  4 amod      ADJ   étranger  Gender=Fem|Number=Plur
        6 a           7 aux:tense AUX   avoir
        7 protesté    7 ROOT      VERB  protester VerbForm=Part
        8 .           7 punct     PUNCT .
        """
    )
    # "Le ministère de l'Économie et des Finances a réagi."
    economy = parse(
        """
        0  Le         1 det       DET   le        Definite=Def|Gender=Masc|Number=Sing
        1  ministère  9 nsubj     NOUN  ministère Gender=Masc|Number=Sing
        2  de         4 case      ADP   de
        3  l'         4 det       DET   le        Definite=Def|Number=Sing
        4  Économie   1 nmod      NOUN  économie  Number=Sing
        5  et         7 cc        CCONJ et
        6  des        7 case      ADP   de        Definite=Def|Number=Plur
        7  Finances   4 conj      NOUN  finance   Gender=Fem|Number=Plur
        8  a          9 aux:tense AUX   avoir
        9  réagi      9 ROOT      VERB  réagir    VerbForm=Part
        10 .          9 punct     PUNCT .
        """
    )
    for doc, name in [
        (interior, "ministère de l'Agriculture"),
        (foreign, "ministère chilien des Affaires étrangères"),
        (economy, "ministère de l'Économie et des Finances"),
    ]:
        assert names(doc)[name].type == "ORG", name
    only(interior, "ministère de l'Agriculture", "convoquer", "préfets")


# --------------------------------------------------------------------------- bracketed names

# "La Fédération des pêcheurs bretons (Fepebre) a protesté."
BRACKETED = """
    0  La          1 det       DET   le         Definite=Def|Gender=Fem|Number=Sing
    1  Fédération  9 nsubj     NOUN  fédération Gender=Fem|Number=Sing   B-ORG
    2  des         3 case      ADP   de         Definite=Def|Number=Plur I-ORG
    3  pêcheurs    1 nmod      NOUN  pêcheur    Gender=Masc|Number=Plur  I-ORG
    4  bretons     3 amod      ADJ   breton     Gender=Masc|Number=Plur  I-ORG
    5  (           3 punct     PUNCT (
    6  Fepebre     3 appos     PROPN Fepebre    _                        B-ORG
    7  )           1 punct     PUNCT )
    8  a           9 aux:tense AUX   avoir
    9  protesté    9 ROOT      VERB  protester  VerbForm=Part
    10 .           9 punct     PUNCT .
"""


def test_a_name_in_brackets_after_a_bodys_name_is_that_body_in_its_article():
    found = names(parse(BRACKETED))
    body, bracketed = found["Fédération des pêcheurs bretons"], found["Fepebre"]
    assert bracketed.alias_of is body
    # « La Fepebre demande une aide. » later in the article, and in another article
    later = mention("Fepebre", "name:fepebre", "ORG", 60)
    elsewhere = mention("Fepebre", "name:fepebre", "ORG", 0, article="b")
    _, entity_of = resolve([body, bracketed, later, elsewhere])
    assert entity_of[id(bracketed)] == entity_of[id(later)] == entity_of[id(body)]
    assert entity_of[id(elsewhere)] != entity_of[id(body)]


def test_the_extraction_cache_keeps_a_bracketed_names_body():
    found = names(parse(BRACKETED))
    mentions = [found["Fédération des pêcheurs bretons"], found["Fepebre"]]
    sents = [Sentence("a", 0, 0, 58)]
    record = to_record((sents, mentions, [], []))
    assert record is not None
    article = Article("a", "a.txt", "", "", "")
    _, back, _, _ = from_record(json.loads(json.dumps(record)), article)
    assert [m.text for m in back] == ["Fédération des pêcheurs bretons", "Fepebre"]
    assert back[1].alias_of is back[0]
    _, entity_of = resolve(back)
    assert entity_of[id(back[0])] == entity_of[id(back[1])]


# --------------------------------------------------------------------------- kind words


def test_a_kind_word_tagged_a_proper_noun_still_introduces_the_name():
    # "L'ONG Terre Ocre a dénoncé la pollution." Mended: « ONG » tagged a proper noun
    # and « Terre » a common noun (the tagger's slips the rule is for); the NER's LOC kept.
    doc = parse(
        """
        0 L'         1 det       DET   le        Definite=Def|Number=Sing
        1 ONG        5 nsubj     PROPN ONG       Gender=Fem|Number=Sing
        2 Terre      1 appos     NOUN  terre     Gender=Fem|Number=Sing  B-LOC
        3 Ocre     2 flat:name PROPN Ocre    _                       I-LOC
        4 a          5 aux:tense AUX   avoir
        5 dénoncé    5 ROOT      VERB  dénoncer  VerbForm=Part
        6 la         7 det       DET   le        Definite=Def|Gender=Fem|Number=Sing
        7 pollution  5 obj       NOUN  pollution Gender=Fem|Number=Sing
        8 .          5 punct     PUNCT .
        """
    )
    assert names(doc)["Terre Ocre"].kind_noun == "ong"


# --------------------------------------------------------------------------- concept ends


def test_a_bare_head_noun_takes_its_determined_a_complement():
    # "Le Japon a condamné le recours à la force."
    doc = parse(
        """
        0 Le        1 det       DET   le        Definite=Def|Gender=Masc|Number=Sing  B-LOC
        1 Japon     3 nsubj     PROPN Japon     Gender=Masc|Number=Sing               I-LOC
        2 a         3 aux:tense AUX   avoir
        3 condamné  3 ROOT      VERB  condamner VerbForm=Part
        4 le        5 det       DET   le        Definite=Def|Gender=Masc|Number=Sing
        5 recours   3 obj       NOUN  recours   Gender=Masc|Number=Sing
        6 à         8 case      ADP   à
        7 la        8 det       DET   le        Definite=Def|Gender=Fem|Number=Sing
        8 force     5 nmod      NOUN  force     Gender=Fem|Number=Sing
        9 .         3 punct     PUNCT .
        """
    )
    t = only(doc, "Japon", "condamner", "recours à la force")
    assert t.object.key == "concept:recours à force"


def test_a_common_noun_end_keeps_its_number():
    # "L'usine a supprimé 520 postes."
    doc = parse(
        """
        0 L'        1 det       DET   le        Definite=Def|Number=Sing
        1 usine     3 nsubj     NOUN  usine     Gender=Fem|Number=Sing
        2 a         3 aux:tense AUX   avoir
        3 supprimé  3 ROOT      VERB  supprimer VerbForm=Part
        4 520       5 nummod    NUM   520       NumType=Card
        5 postes    3 obj       NOUN  poste     Number=Plur
        6 .         3 punct     PUNCT .
        """
    )
    t = only(doc, "usine", "supprimer", "520 postes")
    assert t.object.key == "concept:520 poste"


# "Le groupe a investi 2,4 milliards d'euros."
AMOUNT = """
    0 Le         1 det       DET   le       Definite=Def|Gender=Masc|Number=Sing
    1 groupe     3 nsubj     NOUN  groupe   Gender=Masc|Number=Sing
    2 a          3 aux:tense AUX   avoir
    3 investi    3 ROOT      VERB  investir VerbForm=Part
    4 2,4        5 nummod    NUM   2,4      NumType=Card
    5 milliards  3 obj       NOUN  milliard Gender=Masc|NumType=Card|Number=Plur
    6 d'         7 case      ADP   de
    7 euros      5 nmod      NOUN  euro     Gender=Masc|Number=Plur
    8 .          3 punct     PUNCT .
"""

# "La police a dispersé des milliers de grévistes."
CROWD = """
    0 La            1 det       DET   le          Definite=Def|Gender=Fem|Number=Sing
    1 police        3 nsubj     NOUN  police      Gender=Fem|Number=Sing
    2 a             3 aux:tense AUX   avoir
    3 dispersé      3 ROOT      VERB  disperser   VerbForm=Part
    4 des           5 det       DET   un          Definite=Ind|Number=Plur
    5 milliers      3 obj       NOUN  millier     Gender=Masc|Number=Plur
    6 de            7 case      ADP   de
    7 grévistes  5 nmod      NOUN  gréviste Gender=Masc|Number=Plur
    8 .             3 punct     PUNCT .
"""


def test_an_amount_keeps_its_figure():
    amount = only(parse(AMOUNT), "groupe", "investir", "2,4 milliards d'euros").object
    assert amount.kind == "concept" and amount.key.startswith("concept:2,4 milliard d")
    crowd = only(parse(CROWD), "police", "disperser", "milliers de grévistes").object
    assert crowd.kind == "concept" and crowd.key.startswith("concept:millier de gréviste")


def test_an_amounts_key_names_what_it_counts_once():
    amount = only(parse(AMOUNT), "groupe", "investir", "2,4 milliards d'euros").object
    assert amount.key == "concept:2,4 milliard d' euro"
    crowd = only(parse(CROWD), "police", "disperser", "milliers de grévistes").object
    assert crowd.key == "concept:millier de gréviste"


def test_a_change_keeps_how_much_and_of_what():
    # "Vexor annonce une hausse de 4 % de son bénéfice annuel."
    doc = parse(
        """
        0  Vexor     1  nsubj     PROPN Vexor     _                        B-ORG
        1  annonce   1  ROOT      VERB  annoncer  VerbForm=Fin
        2  une       3  det       DET   un        Definite=Ind|Number=Sing
        3  hausse    1  obj       NOUN  hausse    Gender=Fem|Number=Sing
        4  de        6  case      ADP   de
        5  4         6  nummod    NUM   4         NumType=Card
        6  %         3  nmod      NOUN  pourcent  Gender=Masc
        7  de        9  case      ADP   de
        8  son       9  det       DET   son       Number=Sing|Poss=Yes
        9  bénéfice  3  nmod      NOUN  bénéfice  Gender=Masc|Number=Sing
        10 annuel    9  amod      ADJ   annuel    Gender=Masc|Number=Sing
        11 .         1  punct     PUNCT .
        """
    )
    t = only(doc, "Vexor", "annoncer", "hausse de 4 % de son bénéfice annuel")
    assert t.object.key == "concept:hausse de 4 % de bénéfice annuel"


def test_a_number_the_parser_made_a_determiner_is_still_counted():
    # "Anne Roux a obtenu 212 jeunes adhérents."
    doc = parse(
        """
        0  Anne       3  nsubj     PROPN Anne     Gender=Fem|Number=Sing  B-PER
        1  Roux       0  flat:name PROPN Roux     _                       I-PER
        2  a          3  aux:tense AUX   avoir
        3  obtenu     3  ROOT      VERB  obtenir  VerbForm=Part
        4  212        6  det       NUM   212      NumType=Card
        5  jeunes     6  amod      ADJ   jeune    Gender=Masc|Number=Plur
        6  adhérents  3  obj       NOUN  adhérent Gender=Masc|Number=Plur
        7  .          3  punct     PUNCT .
        """
    )
    only(doc, "Anne Roux", "obtenir", "212 jeunes adhérents")


def test_a_compound_noun_keeps_what_it_applies_to():
    # "Vexor recommande la mise à niveau de son réseau fibre."
    doc = parse(
        """
        0  Vexor      1  nsubj     PROPN Vexor       _                        B-ORG
        1  recommande 1  ROOT      VERB  recommander VerbForm=Fin
        2  la         3  det       DET   le          Definite=Def|Number=Sing
        3  mise       1  obj       NOUN  mise        Gender=Fem|Number=Sing
        4  à          5  case      ADP   à
        5  niveau     3  nmod      NOUN  niveau      Gender=Masc|Number=Sing
        6  de         8  case      ADP   de
        7  son        8  det       DET   son         Number=Sing|Poss=Yes
        8  réseau     3  nmod      NOUN  réseau      Gender=Masc|Number=Sing
        9  fibre      3  nmod      NOUN  fibre       Gender=Fem|Number=Sing
        10 .          1  punct     PUNCT .
        """
    )
    only(doc, "Vexor", "recommander", "mise à niveau de son réseau fibre")


@pytest.mark.parametrize(
    ("table", "obj", "key"),
    [
        (  # "Vexor a commis une erreur très coûteuse."
            """
            0 Vexor  2 nsubj     PROPN Vexor     _                      B-ORG
            1 a      2 aux:tense AUX   avoir
            2 commis 2 ROOT      VERB  commettre Tense=Past|VerbForm=Part
            3 une    4 det       DET   un        Definite=Ind|Number=Sing
            4 erreur 2 obj       NOUN  erreur    Gender=Fem|Number=Sing
            5 très   6 advmod    ADV   très
            6 coûteuse 4 amod    ADJ   coûteux   Number=Sing
            7 .      2 punct     PUNCT .
            """,
            "erreur très coûteuse",
            "concept:erreur très coûteux",
        ),
        (  # "Vexor a fait des critiques répétées."
            """
            0 Vexor         2 nsubj     PROPN Vexor        _                   B-ORG
            1 a             2 aux:tense AUX   avoir
            2 fait          2 ROOT      VERB  faire        Tense=Past|VerbForm=Part
            3 des           4 det       DET   un           Definite=Ind|Number=Plur
            4 critiques     2 obj       NOUN  critique     Gender=Fem|Number=Plur
            5 répétées      4 acl       VERB  répéter      Tense=Past|VerbForm=Part
            6 .             2 punct     PUNCT .
            """,
            "critiques répétées",
            "concept:critique répétées",
        ),
        (  # "Vexor prévoit une faible croissance."
            """
            0 Vexor      1 nsubj PROPN Vexor      _                        B-ORG
            1 prévoit    1 ROOT  VERB  prévoir    VerbForm=Fin
            2 une        4 det   DET   un         Definite=Ind|Number=Sing
            3 faible     4 amod  ADJ   faible     Number=Sing
            4 croissance 1 obj   NOUN  croissance Gender=Fem|Number=Sing
            5 .          1 punct PUNCT .
            """,
            "faible croissance",
            "concept:faible croissance",
        ),
        (  # "Vexor pourrait fermer 1 000 guichets."
            """
            0 Vexor     1 nsubj PROPN Vexor     _            B-ORG
            1 pourrait  1 ROOT  VERB  pouvoir   Mood=Cnd|VerbForm=Fin
            2 fermer    1 xcomp VERB  fermer    VerbForm=Inf
            3 1         5 det   DET   1
            4 000       5 det   DET   000
            5 guichets  2 obj   NOUN  guichet   Number=Plur
            6 .         1 punct PUNCT .
            """,
            "1 000 guichets",
            "concept:1 000 guichet",
        ),
    ],
)
def test_a_concept_end_keeps_the_words_that_qualify_it(table, obj, key):
    (t,) = [t for t in extract(parse(table)) if t.object.text == obj]
    assert t.object.key == key


def test_an_adjective_used_as_a_determiner_is_left_out():
    # "Vexor apporte la même analyse."
    doc = parse(
        """
        0 Vexor      1 nsubj PROPN Vexor      _                        B-ORG
        1 apporte    1 ROOT  VERB  apporter   VerbForm=Fin
        2 la         4 det   DET   le         Definite=Def|Number=Sing
        3 même       4 amod  ADJ   même       Number=Sing
        4 analyse    1 obj   NOUN  analyse    Gender=Fem|Number=Sing
        5 .          1 punct PUNCT .
        """
    )
    assert only(doc, "Vexor", "apporter", "analyse").object.key == "concept:analyse"


# "La correspondante de Vexor 24 en Italie, Zélie Marchand, affirme que la gendarmerie a
# interpellé Paul Aubry." with the channel's number and the name hung on other words
CORRESPONDENT = """
    0  La             1  det       DET   le            Definite=Def|Gender=Fem|Number=Sing
    1  correspondante 11 nsubj     NOUN  correspondant Gender=Fem|Number=Sing
    2  de             3  case      ADP   de
    3  Vexor          1  nmod      PROPN Vexor         _                          B-ORG
    4  24             1  nmod      NUM   24            NumType=Card
    5  en             6  case      ADP   en
    6  Italie         1  nmod      PROPN Italie        Gender=Fem|Number=Sing     B-LOC
    7  ,              6  punct     PUNCT ,
    8  Zélie          6  appos     PROPN Zélie         _                          B-PER
    9  Marchand       8  flat:name PROPN Marchand      _                          I-PER
    10 ,              1  punct     PUNCT ,
    11 affirme        11 ROOT      VERB  affirmer      VerbForm=Fin
    12 que            16 mark      SCONJ que
    13 la             14 det       DET   le            Definite=Def|Gender=Fem|Number=Sing
    14 gendarmerie    16 nsubj     NOUN  gendarmerie   Gender=Fem|Number=Sing
    15 a              16 aux:tense AUX   avoir
    16 interpellé     11 ccomp     VERB  interpeller   Tense=Past|VerbForm=Part
    17 Paul           16 obj       PROPN Paul          Gender=Masc|Number=Sing    B-PER
    18 Aubry          17 flat:name PROPN Aubry         _                          I-PER
    19 .              11 punct     PUNCT .
"""


def test_a_channel_named_with_its_number_is_one_name():
    assert "Vexor 24" in names(parse(CORRESPONDENT))
    only(parse(CORRESPONDENT), "Zélie Marchand", "correspondante de", "Vexor 24")


def test_the_speaker_is_the_person_a_subject_noun_describes():
    t = only(parse(CORRESPONDENT), "gendarmerie", "interpeller", "Paul Aubry")
    assert t.modality == "reported" and t.source.text == "Zélie Marchand"


def test_a_light_noun_with_its_article_is_a_thing_in_an_argument():
    # "Vexor a piraté des comptes." (« tenir compte de » is no thing; « des comptes » is)
    doc = parse(
        """
        0 Vexor   2 nsubj     PROPN Vexor   _                        B-ORG
        1 a       2 aux:tense AUX   avoir
        2 piraté  2 ROOT      VERB  pirater Tense=Past|VerbForm=Part
        3 des     4 det       DET   un      Definite=Ind|Number=Plur
        4 comptes 2 obj       NOUN  compte  Gender=Masc|Number=Plur
        5 .       2 punct     PUNCT .
        """
    )
    only(doc, "Vexor", "pirater", "comptes")


def test_a_body_keeps_the_cause_it_is_named_by_after_its_adjectives():
    # "Zélie Marchand, présidente d'une ONG rurale pour la paix, a parlé." with the cause
    # hung on the role
    doc = parse(
        """
        0  Zélie      13 nsubj     PROPN Zélie     Gender=Fem|Number=Sing   B-PER
        1  Marchand   0  flat:name PROPN Marchand  _                        I-PER
        2  ,          3  punct     PUNCT ,
        3  présidente 0  conj      NOUN  président Gender=Fem|Number=Sing
        4  d'         6  case      ADP   de
        5  une        6  det       DET   un        Definite=Ind|Number=Sing
        6  ONG        3  nmod      NOUN  ong       Gender=Fem|Number=Sing
        7  rurale     6  amod      ADJ   rural     Gender=Fem|Number=Sing
        8  pour       10 case      ADP   pour
        9  la         10 det       DET   le        Definite=Def|Number=Sing
        10 paix       3  nmod      NOUN  paix      Gender=Fem|Number=Sing
        11 ,          13 punct     PUNCT ,
        12 a          13 aux:tense AUX   avoir
        13 parlé      13 ROOT      VERB  parler    Tense=Past|VerbForm=Part
        14 .          13 punct     PUNCT .
        """
    )
    only(doc, "Zélie Marchand", "présidente de", "ONG rurale pour la paix")


def test_an_operation_is_named_with_its_noun():
    # "L'opération Rivemont lutte contre les pirates." with « Rivemont » tagged a noun
    doc = parse(
        """
        0 L'        1 det     DET   le        Definite=Def|Number=Sing
        1 opération 3 nsubj   NOUN  opération Gender=Fem|Number=Sing
        2 Rivemont  1 nmod    NOUN  rivemont  Gender=Fem|Number=Sing   B-MISC
        3 lutte     3 ROOT    VERB  lutter    VerbForm=Fin
        4 contre    6 case    ADP   contre
        5 les       6 det     DET   le        Definite=Def|Number=Plur
        6 pirates   3 obl:arg NOUN  pirate    Gender=Masc|Number=Plur
        7 .         3 punct   PUNCT .
        """
    )
    assert "opération Rivemont" in names(doc)
    only(doc, "opération Rivemont", "lutter contre", "pirates")


def test_a_place_then_a_wider_place_between_commas_is_in_it():
    # "À Valbrune, dans le Rivemont, une émeute a éclaté."
    doc = parse(
        """
        0  À        1  case      ADP   à
        1  Valbrune 10 obl:mod   PROPN Valbrune _                        B-LOC
        2  ,        1  punct     PUNCT ,
        3  dans     5  case      ADP   dans
        4  le       5  det       DET   le       Definite=Def|Number=Sing
        5  Rivemont 10 obl:mod   PROPN Rivemont _                        B-LOC
        6  ,        5  punct     PUNCT ,
        7  un       8  det       DET   un       Definite=Ind|Number=Sing
        8  émeute   10 nsubj     NOUN  émeute   Gender=Fem|Number=Sing
        9  a        10 aux:tense AUX   avoir
        10 éclaté   10 ROOT      VERB  éclater  Tense=Past|VerbForm=Part
        11 .        10 punct     PUNCT .
        """
    )
    only(doc, "Valbrune", "situé dans", "Rivemont")


def test_putting_on_a_list_keeps_the_list():
    # "Vexor conteste son inscription sur la liste rouge."
    doc = parse(
        """
        0 Vexor       1 nsubj PROPN Vexor       _                        B-ORG
        1 conteste    1 ROOT  VERB  contester   VerbForm=Fin
        2 son         3 det   DET   son         Number=Sing|Poss=Yes
        3 inscription 1 obj   NOUN  inscription Gender=Fem|Number=Sing
        4 sur         6 case  ADP   sur
        5 la          6 det   DET   le          Definite=Def|Number=Sing
        6 liste       3 nmod  NOUN  liste       Gender=Fem|Number=Sing
        7 rouge       6 amod  ADJ   rouge       Gender=Fem|Number=Sing
        8 .           1 punct PUNCT .
        """
    )
    only(doc, "Vexor", "contester", "inscription sur la liste rouge")


def test_an_edition_year_and_its_complement_stay_with_the_noun():
    # "Le conseil a voté le budget 2026 de la culture."
    doc = parse(
        """
        0 Le      1 det       DET   le      Definite=Def|Number=Sing
        1 conseil 3 nsubj     NOUN  conseil Gender=Masc|Number=Sing
        2 a       3 aux:tense AUX   avoir
        3 voté    3 ROOT      VERB  voter   Tense=Past|VerbForm=Part
        4 le      5 det       DET   le      Definite=Def|Number=Sing
        5 budget  3 obj       NOUN  budget  Gender=Masc|Number=Sing
        6 2026    5 amod      NUM   2026    NumType=Card
        7 de      9 case      ADP   de
        8 la      9 det       DET   le      Definite=Def|Number=Sing
        9 culture 5 nmod      NOUN  culture Gender=Fem|Number=Sing
        10 .      3 punct     PUNCT .
        """
    )
    only(doc, "conseil", "voter", "budget 2026 de la culture")


def test_a_thing_keeps_what_it_was_born_of():
    # "Vexor gère la panne née de la tempête."
    doc = parse(
        """
        0 Vexor   1 nsubj   PROPN Vexor   _                        B-ORG
        1 gère    1 ROOT    VERB  gérer   VerbForm=Fin
        2 la      3 det     DET   le      Definite=Def|Number=Sing
        3 panne   1 obj     NOUN  panne   Gender=Fem|Number=Sing
        4 née     3 acl     VERB  naître  Tense=Past|VerbForm=Part
        5 de      7 case    ADP   de
        6 la      7 det     DET   le      Definite=Def|Number=Sing
        7 tempête 4 obl:arg NOUN  tempête Gender=Fem|Number=Sing
        8 .      1 punct   PUNCT .
        """
    )
    only(doc, "Vexor", "gérer", "panne née de la tempête")


# --------------------------------------------------------------------------- roles


def test_a_person_named_right_after_a_roles_whole_phrase_holds_it():
    # "L'ancien chef de l'Agence des forêts Paul Aubry a démissionné."
    doc = parse(
        """
        0  L'           2  det       DET   le           Definite=Def|Number=Sing
        1  ancien       2  amod      ADJ   ancien       Gender=Masc|Number=Sing
        2  chef         11 nsubj     NOUN  chef         Number=Sing
        3  de           5  case      ADP   de
        4  l'           5  det       DET   le           Definite=Def|Number=Sing
        5  Agence       2  nmod      NOUN  agence       Number=Sing              B-ORG
        6  des          7  case      ADP   de           Definite=Def|Number=Plur I-ORG
        7  forêts       5  nmod      NOUN  forêt        Gender=Masc|Number=Plur  I-ORG
        8  Paul         11 nsubj     PROPN Paul         Gender=Masc|Number=Sing  B-PER
        9  Aubry        8  flat:name PROPN Aubry        _                        I-PER
        10 a            11 aux:tense AUX   avoir
        11 démissionné  11 ROOT      VERB  démissionner VerbForm=Part
        12 .            11 punct     PUNCT .
        """
    )
    t = only(doc, "Paul Aubry", "chef de", "Agence des forêts")
    assert t.object.key == "name:agence des forets"


def test_an_acronym_kind_word_is_a_body_a_role_is_held_in():
    # "Lise Moreau, présidente d'une ONG rurale, a porté plainte."
    doc = parse(
        """
        0  Lise        10 nsubj     PROPN Lise      Gender=Fem|Number=Sing  B-PER
        1  Moreau      0  flat:name PROPN Moreau    _                       I-PER
        2  ,           0  punct     PUNCT ,
        3  présidente  0  nmod      NOUN  président Gender=Fem|Number=Sing
        4  d'          6  case      ADP   de
        5  une         6  det       DET   un        Definite=Ind|Gender=Fem|Number=Sing
        6  ONG         3  nmod      NOUN  ong       Gender=Fem|Number=Plur
        7  rurale    6  amod      ADJ   rural   Gender=Fem|Number=Sing
        8  ,           10 punct     PUNCT ,
        9  a           10 aux:tense AUX   avoir
        10 porté       10 ROOT      VERB  porter    VerbForm=Part
        11 plainte     10 obj       NOUN  plainte   Gender=Fem|Number=Sing
        12 .           10 punct     PUNCT .
        """
    )
    t = only(doc, "Lise Moreau", "présidente de", "ONG rurale")
    assert t.object.kind == "concept" and t.object.key == "concept:ong rural"


# --------------------------------------------------------------------------- holders


def test_the_holder_of_a_will_does_the_verb_hung_on_the_noun():
    # "La volonté de Vexor de réduire ses coûts a été critiquée."
    doc = parse(
        """
        0  La         1  det        DET   le        Definite=Def|Gender=Fem|Number=Sing
        1  volonté    10 nsubj:pass NOUN  volonté   Gender=Fem|Number=Sing
        2  de         3  case       ADP   de
        3  Vexor      1  nmod       PROPN Vexor     _                        B-MISC
        4  de         5  mark       ADP   de
        5  réduire    1  acl        VERB  réduire   VerbForm=Inf
        6  ses        7  det        DET   son       Number=Plur|Poss=Yes
        7  coûts      5  obj        NOUN  coût      Gender=Masc|Number=Plur
        8  a          10 aux:tense  AUX   avoir
        9  été        10 aux:pass   AUX   être
        10 critiquée  10 ROOT       VERB  critiquer VerbForm=Part|Voice=Pass
        11 .          10 punct      PUNCT .
        """
    )
    t = only(doc, "Vexor", "réduire", "coûts")
    assert t.subject.key == "name:vexor"


def test_a_bare_heads_complement_keeps_its_adjective_and_may_be_entre():
    # "Paul Aubry a salué la création d'une nouvelle école."
    creation = parse(
        """
        0  Paul      3 nsubj     PROPN Paul     Gender=Masc|Number=Sing  B-PER
        1  Aubry     0 flat:name PROPN Aubry    _                        I-PER
        2  a         3 aux:tense AUX   avoir
        3  salué     3 ROOT      VERB  saluer   Tense=Past|VerbForm=Part
        4  la        5 det       DET   le       Definite=Def|Gender=Fem|Number=Sing
        5  création  3 obj       NOUN  création Gender=Fem|Number=Sing
        6  d'        9 case      ADP   de
        7  une       9 det       DET   un       Definite=Ind|Gender=Fem|Number=Sing
        8  nouvelle  9 amod      ADJ   nouveau  Gender=Fem|Number=Sing
        9  école     5 nmod      NOUN  école    Gender=Fem|Number=Sing
        10 .         3 punct     PUNCT .
        """
    )
    only(creation, "Paul Aubry", "saluer", "création d'une nouvelle école")
    # "La mairie a étudié le lien entre les crues." Mended: « crues » hung on the verb
    link = parse(
        """
        0 La         1 det       DET   le        Definite=Def|Gender=Fem|Number=Sing
        1 mairie     3 nsubj     NOUN  mairie    Gender=Fem|Number=Sing
        2 a          3 aux:tense AUX   avoir
        3 étudié     3 ROOT      VERB  étudier   Tense=Past|VerbForm=Part
        4 le         5 det       DET   le        Definite=Def|Gender=Masc|Number=Sing
        5 lien       3 obj       NOUN  lien      Gender=Masc|Number=Sing
        6 entre      8 case      ADP   entre
        7 les        8 det       DET   le        Definite=Def|Number=Plur
        8 crues      5 nmod      NOUN  crue      Gender=Fem|Number=Plur
        9 .          3 punct     PUNCT .
        """
    )
    t = only(link, "mairie", "étudier", "lien entre les crues")
    assert t.object.key == "concept:lien entre crue"


def test_avoir_without_ete_is_active_whatever_the_agent_label():
    # "Les élus ont fait état de leur colère par Paul Aubry.": « par X » is the channel;
    # the clause is active, X is not its subject
    doc = parse(
        """
        0  Les     1 det       DET   le      Definite=Def|Number=Plur
        1  élus    3 nsubj     NOUN  élu     Gender=Masc|Number=Plur
        2  ont     3 aux:tense AUX   avoir
        3  fait    3 ROOT      VERB  faire   Tense=Past|VerbForm=Part
        4  état    3 obj       NOUN  état    Gender=Masc|Number=Sing
        5  de      7 case      ADP   de
        6  leur    7 det       DET   son     Number=Sing|Poss=Yes
        7  colère  3 obl:arg   NOUN  colère  Gender=Fem|Number=Sing
        8  par     9 case      ADP   par
        9  Paul    3 obl:agent PROPN Paul    Gender=Masc|Number=Sing  B-PER
        10 Aubry   9 flat:name PROPN Aubry   _                        I-PER
        11 .       3 punct     PUNCT .
        """
    )
    assert not any(t.subject.text == "Paul Aubry" for t in extract(doc)), extract(doc)


def test_coordinated_adjectives_stay_with_their_noun():
    # "Le retard a été causé par des problèmes techniques et financiers."
    doc = parse(
        """
        0  Le          1 det        DET   le        Definite=Def|Gender=Masc|Number=Sing
        1  retard      4 nsubj:pass NOUN  retard    Gender=Masc|Number=Sing
        2  a           4 aux:tense  AUX   avoir
        3  été         4 aux:pass   AUX   être
        4  causé       4 ROOT       VERB  causer    Tense=Past|VerbForm=Part|Voice=Pass
        5  par         7 case       ADP   par
        6  des         7 det        DET   un        Definite=Ind|Number=Plur
        7  problèmes   4 obl:agent  NOUN  problème  Gender=Masc|Number=Plur
        8  techniques  7 amod       ADJ   technique Number=Plur
        9  et          10 cc        CCONJ et
        10 financiers  8 conj       ADJ   financier Gender=Masc|Number=Plur
        11 .           4 punct      PUNCT .
        """
    )
    t = only(doc, "problèmes techniques et financiers", "causer", "retard")
    assert t.subject.key == "concept:problème technique et financier"


def test_a_locutions_noun_is_part_of_the_relation_not_an_end():
    # "Anne Roux, mise au pas par le PCF, fut remerciée." Mended: « pas » tagged an adverb
    doc = parse(
        """
        0  Anne       11 nsubj:pass PROPN Anne      Gender=Fem|Number=Sing   B-PER
        1  Roux       0  flat:name  PROPN Roux      _                        I-PER
        2  ,          0  punct      PUNCT ,
        3  mise       0  acl        VERB  mettre    Gender=Fem|Tense=Past|VerbForm=Part
        4  au         5  case       ADP   à         Definite=Def|Gender=Masc|Number=Sing
        5  pas        3  obl:arg    NOUN  pas       Gender=Masc|Number=Sing
        6  par        8  case       ADP   par
        7  le         8  det        DET   le        Definite=Def|Gender=Masc|Number=Sing
        8  PCF        3  obl:agent  PROPN PCF       Gender=Masc|Number=Sing  B-ORG
        9  ,          0  punct      PUNCT ,
        10 fut        11 aux:pass   AUX   être
        11 remerciée  11 ROOT       VERB  remercier Gender=Fem|Tense=Past|VerbForm=Part
        12 .          11 punct      PUNCT .
        """
    )
    found = edges(doc)
    assert ("PCF", "mettre à pas", "Anne Roux") in found, found
    assert not any(o == "pas" for _, _, o in found), found

def test_the_subject_pronoun_of_a_reported_clause_is_the_speaker():
    # "Vexor affirmait mardi qu'il allait fermer une usine." (« Vexor » mended to ORG)
    from graph.coreference import resolve_pronouns
    from graph.relations import SentenceExtractor

    doc = parse(
        """
        0 Vexor      1 nsubj   PROPN Vexor    _                        B-ORG
        1 affirmait  1 ROOT    VERB  affirmer Mood=Ind|Tense=Imp|VerbForm=Fin
        2 mardi      1 obl:mod NOUN  mardi    Gender=Masc|Number=Sing
        3 qu'        5 mark    PRON  que      PronType=Rel
        4 il         5 nsubj   PRON  il       Gender=Masc|Number=Sing|Person=3
        5 allait     1 ccomp   VERB  aller    Mood=Ind|Tense=Imp|VerbForm=Fin
        6 fermer     5 xcomp   VERB  fermer   VerbForm=Inf
        7 une        8 det     DET   un       Definite=Ind|Gender=Fem|Number=Sing
        8 usine      6 obj     NOUN  usine    Gender=Fem|Number=Sing
        9 .          1 punct   PUNCT .
        """
    )
    x = SentenceExtractor(doc, 0, "a", name_mentions(doc, 0, "a", lambda i: 0), lambda i: 0)
    (t,) = [t for t in x.run() if t.relation == "fermer"]
    assert t.subject.kind == "pronoun" and t.subject.antecedent is not None
    mentions = x.mentions()
    entities, entity_of = resolve(mentions)
    resolve_pronouns(mentions, entities, entity_of)
    assert entities[entity_of[id(t.subject)]].label == "Vexor"
    assert t.modality == "reported"


# --------------------------------------------------------------------------- institutions


def test_an_institution_named_by_its_capitalised_head_runs_to_its_complement():
    # "Selon Paul Aubry, président du Conseil des sages, le budget passera."
    # The NER stops at « Conseil »: the capital marks the institution's whole name.
    doc = parse(
        """
        0  Selon      1  case      ADP   selon
        1  Paul       12 obl:mod   PROPN Paul       Gender=Masc|Number=Sing  B-PER
        2  Aubry      1  flat:name PROPN Aubry      _                        I-PER
        3  ,          1  punct     PUNCT ,
        4  président  1  appos     NOUN  président  Gender=Masc|Number=Sing
        5  du         6  case      ADP   de         Number=Sing
        6  Conseil    4  nmod      NOUN  conseil    Gender=Masc|Number=Sing  B-ORG
        7  des        8  case      ADP   de         Number=Plur
        8  sages      6  nmod      NOUN  sage       Gender=Masc|Number=Plur
        9  ,          12 punct     PUNCT ,
        10 le         11 det       DET   le         Definite=Def|Number=Sing
        11 budget     12 nsubj     NOUN  budget     Gender=Masc|Number=Sing
        12 passera    12 ROOT      VERB  passer     Mood=Ind|VerbForm=Fin
        13 .          12 punct     PUNCT .
        """
    )
    council = names(doc)["Conseil des sages"]
    assert council.type == "ORG" and council.kind_noun == "conseil"
    only(doc, "Paul Aubry", "président de", "Conseil des sages")


def test_a_longer_name_the_ner_found_is_not_cut_to_an_institution():
    # "Le rapport du Bureau d'études Vexor est paru."
    doc = parse(
        """
        0  Le         1  det       DET   le         Definite=Def|Number=Sing
        1  rapport    7  nsubj     NOUN  rapport    Gender=Masc|Number=Sing
        2  du         3  case      ADP   de         Number=Sing
        3  Bureau     1  nmod      NOUN  bureau     Gender=Masc|Number=Sing  B-ORG
        4  d'         5  case      ADP   de
        5  études     3  nmod      NOUN  étude      Gender=Fem|Number=Plur   I-ORG
        6  Vexor      5  flat:name PROPN Vexor      _                        I-ORG
        7  paru       7  ROOT      VERB  paraître   VerbForm=Part
        8  .          7  punct     PUNCT .
        """
    )
    # (the institution rule would take « Bureau d'études » alone and cut the name)
    assert "Bureau d'études" not in names(doc)


def test_a_place_the_article_names_is_that_place_where_the_ner_missed_it():
    # "Une crue menace la communauté de Valbrune.", « Valbrune » tagged a common noun;
    # the article names Valbrune as a place elsewhere
    doc = parse(
        """
        0  Une         1  det       DET   un          Definite=Ind|Number=Sing
        1  crue        2  nsubj     NOUN  crue        Gender=Fem|Number=Sing
        2  menace      2  ROOT      VERB  menacer     Mood=Ind|VerbForm=Fin
        3  la          4  det       DET   le          Definite=Def|Number=Sing
        4  communauté  2  obj       NOUN  communauté  Gender=Fem|Number=Sing
        5  de          6  case      ADP   de
        6  Valbrune    4  nmod      NOUN  valbrune    Gender=Fem|Number=Sing
        7  .           2  punct     PUNCT .
        """
    )
    elsewhere = mention("Valbrune", "name:valbrune", "LOC", 120)
    found = repeated_name_mentions(doc, 0, "a", lambda i: 0, known_names([elsewhere]), {})
    assert [(m.text, m.key, m.type) for m in found.values()] == [
        ("Valbrune", "name:valbrune", "LOC")]
    # a word the article never names stays a word
    assert repeated_name_mentions(doc, 0, "a", lambda i: 0, {}, {}) == {}


def test_an_amount_on_the_adjective_stays_in_the_phrase():
    # "La dette s'élève à une somme voisine de 12 000 euros." (the parse the model gives
    # sentences of this shape: the figure may hang on the adjective, its digits read as
    # determiners)
    doc = parse(
        """
        0  La       1  det        DET   le       Definite=Def|Gender=Fem|Number=Sing
        1  dette    3  nsubj      NOUN  dette    Gender=Fem|Number=Sing
        2  s'       3  expl:comp  PRON  se       Person=3|Reflex=Yes
        3  élève    3  ROOT       VERB  élever   Mood=Ind|VerbForm=Fin
        4  à        6  case       ADP   à
        5  une      6  det        DET   un       Definite=Ind|Number=Sing
        6  somme    3  obl:arg    NOUN  somme    Gender=Fem|Number=Sing
        7  voisine  6  amod       ADJ   voisin   Gender=Fem|Number=Sing
        8  de       11 case       ADP   de
        9  12       11 det        DET   12
        10 000      11 det        DET   000
        11 euros    7  obl:arg    NOUN  euro     Gender=Masc|Number=Plur
        12 .        3  punct      PUNCT .
        """
    )
    only(doc, "dette", "s'élever à", "somme voisine de 12 000 euros")


def test_entre_takes_both_of_its_pair_into_the_phrase():
    # "Le maire n'a pas confirmé l'écart entre les salaires et les futurs loyers." (a phrase
    # cut after « entre les salaires » says something else)
    doc = parse(
        """
        0  Le           1  det       DET   le          Definite=Def|Gender=Masc|Number=Sing
        1  maire        5  nsubj     NOUN  maire       Gender=Masc|Number=Sing
        2  n'           5  advmod    ADV   ne          Polarity=Neg
        3  a            5  aux:tense AUX   avoir       Mood=Ind|VerbForm=Fin
        4  pas          5  advmod    ADV   pas         Polarity=Neg
        5  confirmé     5  ROOT      VERB  confirmer   Tense=Past|VerbForm=Part
        6  l'           7  det       DET   le          Definite=Def|Number=Sing
        7  écart        5  obj       NOUN  écart       Gender=Masc|Number=Sing
        8  entre        10 case      ADP   entre
        9  les          10 det       DET   le          Definite=Def|Number=Plur
        10 salaires     7  nmod      NOUN  salaire     Gender=Masc|Number=Plur
        11 et           14 cc        CCONJ et
        12 les          14 det       DET   le          Definite=Def|Number=Plur
        13 futurs       14 amod      ADJ   futur       Gender=Masc|Number=Plur
        14 loyers       10 conj      NOUN  loyer       Gender=Masc|Number=Plur
        15 .            5  punct     PUNCT .
        """
    )
    gap = only(doc, "maire", "confirmer", "écart entre les salaires et les futurs loyers")
    assert gap.modality == "denied"
    assert gap.object.key == "concept:écart entre salaire et loyer"


def test_a_quoted_nickname_before_a_name_is_no_one_of_its_own():
    # "Paul Aubry raille « Bulldozer » Roux." (the model's parse and entities)
    doc = parse(
        """
        0  Paul    0  ROOT       PROPN Paul    Gender=Masc|Number=Sing    B-PER
        1  Aubry   0  flat:name  PROPN Aubry   _                          I-PER
        2  raille  0  amod       VERB  railler Mood=Ind|VerbForm=Fin
        3  «       0  punct      PUNCT «
        4  Bulldozer 0 appos     NOUN  bulldozer Gender=Masc|Number=Sing  B-PER
        5  »       4  punct      PUNCT »
        6  Roux    4  nmod       PROPN Roux    _                          B-PER
        7  .       0  punct      PUNCT .
        """
    )
    assert set(names(doc)) == {"Paul Aubry", "Roux"}


def test_a_town_and_its_country_after_a_comma():
    # "Le drame a eu lieu dans les rues de Vexa, en Valbrunie."
    doc = parse(
        """
        0  Le        1  det       DET   le        Definite=Def|Number=Sing
        1  drame     3  nsubj     NOUN  drame     Gender=Masc|Number=Sing
        2  a         3  aux:tense AUX   avoir     Mood=Ind|VerbForm=Fin
        3  eu        3  ROOT      VERB  avoir     VerbForm=Part
        4  lieu      3  obj       NOUN  lieu      Gender=Masc|Number=Sing
        5  dans      7  case      ADP   dans      _
        6  les       7  det       DET   le        Definite=Def|Number=Plur
        7  rues      3  obl:mod   NOUN  rue       Gender=Fem|Number=Plur
        8  de        9  case      ADP   de        _
        9  Vexa      7  nmod      PROPN Vexa      Gender=Masc|Number=Sing  B-LOC
        10 ,         7  punct     PUNCT ,         _
        11 en       12  case      ADP   en        _
        12 Valbrunie 7  nmod      PROPN Valbrunie _                        B-LOC
        13 .         3  punct     PUNCT .         _
        """
    )
    assert only(doc, "Vexa", "situé en", "Valbrunie").modality == "asserted"


def test_towns_and_countries_of_a_list_are_not_inside_one_another():
    # "Il a vécu à Vexa, en Valbrunie et en Italie."
    doc = parse(
        """
        0  Il        2  nsubj     PRON  il        Gender=Masc|Number=Sing|Person=3
        1  a         2  aux:tense AUX   avoir     Mood=Ind|VerbForm=Fin
        2  vécu      2  ROOT      VERB  vivre     VerbForm=Part
        3  à         4  case      ADP   à         _
        4  Vexa      2  obl:arg   PROPN Vexa      Gender=Masc|Number=Sing  B-LOC
        5  ,         2  punct     PUNCT ,         _
        6  en        7  case      ADP   en        _
        7  Valbrunie 2  obl:mod   PROPN Valbrunie _                        B-LOC
        8  et       10  cc        CCONJ et        _
        9  en       10  case      ADP   en        _
        10 Italie    7  conj      PROPN Italie    Gender=Fem|Number=Sing   B-LOC
        11 .         2  punct     PUNCT .         _
        """
    )
    assert not any(rel.startswith("situé") for _, rel, _ in edges(doc))


def test_a_district_named_after_its_noun_and_its_town():
    # "Un incendie dans le quartier de Rivemont à Vexa a détruit dix maisons."
    doc = parse(
        """
        0  Un        1  det       DET   un        Definite=Ind|Number=Sing
        1  incendie  10 nsubj     NOUN  incendie  Gender=Masc|Number=Sing
        2  dans      4  case      ADP   dans      _
        3  le        4  det       DET   le        Definite=Def|Number=Sing
        4  quartier  1  nmod      NOUN  quartier  Gender=Masc|Number=Sing
        5  de        6  case      ADP   de        _
        6  Rivemont  4  nmod      PROPN Rivemont  _                        B-LOC
        7  à         8  case      ADP   à         _
        8  Vexa      4  nmod      PROPN Vexa      Gender=Masc|Number=Sing  B-LOC
        9  a        10  aux:tense AUX   avoir     Mood=Ind|VerbForm=Fin
        10 détruit  10  ROOT      VERB  détruire  VerbForm=Part
        11 dix      12  nummod    NUM   dix       NumType=Card
        12 maisons  10  obj       NOUN  maison    Gender=Fem|Number=Plur
        13 .        10  punct     PUNCT .         _
        """
    )
    only(doc, "Rivemont", "situé à", "Vexa")


def test_a_place_described_by_a_kind_noun_set_against_it():
    # "Le drame s'est produit à Vexa, une ville située en Valbrunie.": the parser hung
    # « ville » on the verb; the participle still describes Vexa
    doc = parse(
        """
        0  Le        1  det       DET   le        Definite=Def|Number=Sing
        1  drame     4  nsubj     NOUN  drame     Gender=Masc|Number=Sing
        2  s'        4  expl:comp PRON  se        Person=3|Reflex=Yes
        3  est       4  aux:tense AUX   être      Mood=Ind|VerbForm=Fin
        4  produit   4  ROOT      VERB  produire  VerbForm=Part
        5  à         6  case      ADP   à         _
        6  Vexa      4  obl:mod   PROPN Vexa      Gender=Masc|Number=Sing  B-LOC
        7  ,         4  punct     PUNCT ,         _
        8  une       9  det       DET   un        Definite=Ind|Number=Sing
        9  ville     4  obl:mod   NOUN  ville     Gender=Fem|Number=Sing
        10 située    9  acl       VERB  situer    Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part
        11 en        12 case      ADP   en        _
        12 Valbrunie 10 obl:arg   PROPN Valbrunie _                        B-LOC
        13 .         4  punct     PUNCT .         _
        """
    )
    only(doc, "Vexa", "situé en", "Valbrunie")
    assert not any(subject == "ville" for subject, _, _ in edges(doc))


def test_dont_makes_the_noun_of_a_relative_clause_the_antecedents():
    # "L'entreprise Vexor, dont le siège se trouve à Rivemont, a licencié cent salariés."
    doc = parse(
        """
        0  L'         1  det       DET   le         Definite=Def|Number=Sing
        1  entreprise 13 nsubj     NOUN  entreprise Gender=Fem|Number=Sing
        2  Vexor      1  nmod      PROPN Vexor      _                        B-MISC
        3  ,          1  punct     PUNCT ,          _
        4  dont       8  dep       PRON  dont       PronType=Rel
        5  le         6  det       DET   le         Definite=Def|Number=Sing
        6  siège      8  nsubj     NOUN  siège      Gender=Masc|Number=Sing
        7  se         8  expl:comp PRON  se         Person=3|Reflex=Yes
        8  trouve     1  acl:relcl VERB  trouver    Mood=Ind|VerbForm=Fin
        9  à          10 case      ADP   à          _
        10 Rivemont   8  obl:arg   PROPN Rivemont   Gender=Masc|Number=Sing  B-LOC
        11 ,          13 punct     PUNCT ,          _
        12 a          13 aux:tense AUX   avoir      Mood=Ind|VerbForm=Fin
        13 licencié   13 ROOT      VERB  licencier  VerbForm=Part
        14 cent       15 nummod    NUM   cent       NumType=Card
        15 salariés   13 obj       NOUN  salarié    Gender=Masc|Number=Plur
        16 .          13 punct     PUNCT .          _
        """
    )
    seat = only(doc, "siège", "se trouver à", "Rivemont").subject
    assert seat.owner is not None and seat.owner.text == "Vexor"


def test_a_place_hung_on_the_date_of_a_participle_set_against_a_name():
    # "La journaliste Mme Anne Aubry, née le 3 mai 1975 en Valbrunie, a quitté la
    # rédaction.": the place hung on the day's number, the participle read as a clause
    doc = parse(
        """
        0  La           1  det       DET   le           Definite=Def|Number=Sing
        1  journaliste  6  nsubj     NOUN  journaliste  Number=Sing
        2  Mme          1  appos     NOUN  mme          Gender=Fem|Number=Sing  B-PER
        3  Anne         2  flat:name PROPN Anne         Gender=Fem|Number=Sing  I-PER
        4  Aubry        2  flat:name PROPN Aubry        _                       I-PER
        5  ,            1  punct     PUNCT ,            _
        6  née          15 advcl     VERB  naître       Gender=Fem|Tense=Past|VerbForm=Part
        7  le           8  det       DET   le           Definite=Def|Number=Sing
        8  3            6  obl:mod   NUM   3            NumType=Card
        9  mai          8  nmod      NOUN  mai          Gender=Masc|Number=Sing
        10 1975         9  nmod      NUM   1975         NumType=Card
        11 en           12 case      ADP   en           _
        12 Valbrunie    8  nmod      PROPN Valbrunie    _                       B-LOC
        13 ,            15 punct     PUNCT ,            _
        14 a            15 aux:tense AUX   avoir        Mood=Ind|VerbForm=Fin
        15 quitté       15 ROOT      VERB  quitter      VerbForm=Part
        16 la           17 det       DET   le           Definite=Def|Number=Sing
        17 rédaction    15 obj       NOUN  rédaction    Gender=Fem|Number=Sing
        18 .            15 punct     PUNCT .            _
        """
    )
    born = [rel for subject, rel, obj in edges(doc)
            if (subject, obj) == ("Anne Aubry", "Valbrunie")]
    assert len(born) == 1 and born[0].endswith(" en")


def test_a_participle_read_as_a_clause_after_a_name_says_where():
    # "Paul Aubry, arrivé mercredi à Vexa, a parlé."
    doc = parse(
        """
        0  Paul    3  nsubj     PROPN Paul    Gender=Masc|Number=Sing  B-PER
        1  Aubry   0  flat:name PROPN Aubry   _                        I-PER
        2  ,       0  punct     PUNCT ,       _
        3  arrivé  9  advcl     VERB  arriver Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4  mercredi 3 obj       NOUN  mercredi Gender=Masc|Number=Sing
        5  à       6  case      ADP   à       _
        6  Vexa    3  obl:arg   PROPN Vexa    Gender=Masc|Number=Sing  B-LOC
        7  ,       9  punct     PUNCT ,       _
        8  a       9  aux:tense AUX   avoir   Mood=Ind|VerbForm=Fin
        9  parlé   9  ROOT      VERB  parler  VerbForm=Part
        10 .       9  punct     PUNCT .       _
        """
    )
    # (the verb's own rule relates the place now, « mercredi » read as its object or not)
    only(doc, "Paul Aubry", "arriver à", "Vexa")


def test_a_named_place_of_a_verb_with_an_object_is_where_it_was_done():
    """« X a inauguré une école à Rivemont »: a named place is where the act happened, even
    with a direct object; « à » before a body stays no argument of such a verb (« défendre
    sa position à l'Assemblée »: where, not to whom — nor a place)."""
    doc = parse("""
0  Jean      3  nsubj      PROPN Jean      Gender=Fem|Number=Sing  B-PER
1  Aubry     0  flat:name  PROPN Aubry     _                       I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  inauguré  3  ROOT       VERB  inaugurer Tense=Past|VerbForm=Part
4  une       5  det        DET   un        Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
5  école     3  obj        NOUN  école     Gender=Fem|Number=Sing
6  à         7  case       ADP   à         _
7  Rivemont  3  obl:mod    PROPN Rivemont  Gender=Masc|Number=Sing  B-LOC
8  .         3  punct      PUNCT .         _
""")
    assert ("Jean Aubry", "inaugurer école à", "Rivemont") in edges(doc)
    body = parse("""
0  Anne      3  nsubj      PROPN Anne      Gender=Fem|Number=Sing  B-PER
1  Vexa      0  flat:name  PROPN Vexa      _                       I-PER
2  a         3  aux:tense  AUX   avoir     VerbForm=Fin
3  défendu   3  ROOT       VERB  défendre  Tense=Past|VerbForm=Part
4  sa        5  det        DET   son       Gender=Fem|Number=Sing|Poss=Yes
5  position  3  obj        NOUN  position  Gender=Fem|Number=Sing
6  à         8  case       ADP   à         _
7  l'        8  det        DET   le        Definite=Def|Number=Sing|PronType=Art
8  Assemblée 3  obl:mod    PROPN Assemblée Number=Sing  B-ORG
9  .         3  punct      PUNCT .         _
""")
    assert not any(rel.endswith(" à") for _, rel, _ in edges(body))


def test_a_square_named_after_someone_is_a_place_and_a_day_ends_no_name():
    """« la place Jean Aubry »: the NER reads a person, the street noun makes it a square;
    « arrivé à Rivemont jeudi » read as one place by the NER: the day is no part of the
    name."""
    square = parse("""
0  Ils       2  nsubj      PRON  il        _
1  ont       2  aux:tense  AUX   avoir     VerbForm=Fin
2  défilé    2  ROOT       VERB  défiler   Tense=Past|VerbForm=Part
3  sur       5  case       ADP   sur       _
4  la        5  det        DET   le        Definite=Def|PronType=Art
5  place     2  obl:mod    NOUN  place     Gender=Fem|Number=Sing
6  Jean      5  nmod       PROPN Jean      _                        B-PER
7  Aubry     6  flat:name  PROPN Aubry     _                        I-PER
8  .         2  punct      PUNCT .         _
""")
    found = {(m.text, m.type) for m in name_mentions(square, 0, "a", lambda i: 0).values()}
    assert found == {("place Jean Aubry", "LOC")}
    day = parse("""
0  Il        2  nsubj      PRON  il        _
1  est       2  aux:tense  AUX   être      VerbForm=Fin
2  arrivé    2  ROOT       VERB  arriver   Tense=Past|VerbForm=Part
3  à         4  case       ADP   à         _
4  Rivemont  2  obl:mod    PROPN Rivemont  _                        B-LOC
5  jeudi     4  nmod       NOUN  jeudi     Gender=Masc|Number=Sing  I-LOC
6  .         2  punct      PUNCT .         _
""")
    found = {(m.text, m.type) for m in name_mentions(day, 0, "a", lambda i: 0).values()}
    assert found == {("Rivemont", "LOC")}
