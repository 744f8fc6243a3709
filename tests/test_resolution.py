"""Corpus-wide resolution of mentions into entities (`graph.entities.resolve`), on
hand-made mentions: no model needed."""

from __future__ import annotations

from graph.entities import RawMention, resolve


def mention(text: str, key: str, etype: str, kind: str, start: int) -> RawMention:
    return RawMention("a", 0, start, start + len(text), text, key, etype, kind)


def test_a_name_the_tagger_read_once_as_a_common_noun_is_still_that_name():
    named = mention("Terravia", "name:terravia", "ORG", "name", 0)
    misread = mention("Terravia", "concept:terravia", "CONCEPT", "concept", 40)
    entities, entity_of = resolve([named, misread])
    assert entity_of[id(named)] == entity_of[id(misread)]
    assert entities[entity_of[id(named)]].type == "ORG"


def test_a_capitalised_concept_with_no_such_name_stays_a_concept():
    alone = mention("Horizon", "concept:horizon", "CONCEPT", "concept", 0)
    entities, entity_of = resolve([alone])
    assert entities[entity_of[id(alone)]].type == "CONCEPT"


def test_written_variants_of_a_long_name_are_one_entity():
    one = mention("Union des Ports d'Armorique du Sud",
                  "name:union des ports d armorique du sud", "ORG", "name", 0)
    other = mention("Union des Ports de l'Armorique du Sud",
                    "name:union des ports de l armorique du sud", "ORG", "name", 60)
    _, entity_of = resolve([one, other])
    assert entity_of[id(one)] == entity_of[id(other)]


def test_a_persons_initials_are_not_an_acronym_for_them():
    person = mention("Paul Sorel", "name:paul sorel", "PER", "name", 0)
    party = mention("PS", "name:ps", "ORG", "name", 30)
    _, entity_of = resolve([person, party])
    assert entity_of[id(person)] != entity_of[id(party)]


def test_the_first_word_of_a_body_named_in_full_is_that_body():
    full = mention("Régie des Eaux", "name:regie des eaux", "ORG", "name", 0)
    short = mention("Régie", "name:regie", "ORG", "name", 50)
    _, entity_of = resolve([full, short])
    assert entity_of[id(full)] == entity_of[id(short)]


def test_a_company_is_not_the_product_named_after_it():
    product = mention("Avion A320", "name:avion a320", "MISC", "name", 0)
    company = mention("Avion", "name:avion", "ORG", "name", 50)
    _, entity_of = resolve([product, company])
    assert entity_of[id(product)] != entity_of[id(company)]


def test_a_name_with_its_last_word_cut_to_an_initial_is_the_full_name():
    full = mention("Carla Benoît", "name:carla benoit", "PER", "name", 0)
    short = mention("Carla B.", "name:carla b", "PER", "name", 40)
    _, entity_of = resolve([full, short])
    assert entity_of[id(full)] == entity_of[id(short)]
