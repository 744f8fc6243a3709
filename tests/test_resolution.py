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


def test_the_start_of_a_longer_name_written_two_ways_is_that_name():
    # the article writes the full name twice, with and without an article: still one body
    full = mention("Salon mondial du livre ancien", "name:salon mondial du livre ancien",
                   "ORG", "name", 0)
    variant = mention("Salon mondial de livre ancien", "name:salon mondial de livre ancien",
                      "ORG", "name", 60)
    short = mention("Salon", "name:salon", "ORG", "name", 120)
    _, entity_of = resolve([full, variant, short])
    assert entity_of[id(short)] == entity_of[id(full)] == entity_of[id(variant)]


def test_a_multi_word_name_cut_before_its_de_complement_is_the_longer_name():
    full = mention("Jeux nautiques de Brest", "name:jeux nautiques de brest", "MISC", "name", 0)
    short = mention("Jeux nautiques", "name:jeux nautiques", "MISC", "name", 60)
    _, entity_of = resolve([full, short])
    assert entity_of[id(short)] == entity_of[id(full)]


def test_a_shorter_name_before_two_different_complements_stays_apart():
    one = mention("Jeux nautiques de Brest", "name:jeux nautiques de brest", "MISC", "name", 0)
    two = mention("Jeux nautiques de Vannes", "name:jeux nautiques de vannes", "MISC", "name",
                  40)
    short = mention("Jeux nautiques", "name:jeux nautiques", "MISC", "name", 80)
    _, entity_of = resolve([one, two, short])
    assert entity_of[id(short)] not in {entity_of[id(one)], entity_of[id(two)]}


def test_a_surname_two_people_of_the_article_share_goes_to_the_corpus_one():
    # in this article both Marc and Lise Aubry are named once; the corpus names Marc often
    here = [mention("Lise Aubry", "name:lise aubry", "PER", "name", 0),
            mention("M. Aubry", "name:m aubry", "PER", "name", 30),
            mention("Aubry", "name:aubry", "PER", "name", 60)]
    elsewhere = [RawMention(f"b{i}", 0, 0, 10, "Marc Aubry", "name:marc aubry", "PER", "name")
                 for i in range(3)]
    _, entity_of = resolve(here + elsewhere)
    assert entity_of[id(here[2])] == entity_of[id(elsewhere[0])]


def test_a_surname_shared_in_the_article_with_no_corpus_holder_stays_apart():
    here = [mention("Lise Aubry", "name:lise aubry", "PER", "name", 0),
            mention("Marc Aubry", "name:marc aubry", "PER", "name", 30),
            mention("Aubry", "name:aubry", "PER", "name", 60)]
    _, entity_of = resolve(here)
    assert entity_of[id(here[2])] not in {entity_of[id(here[0])], entity_of[id(here[1])]}


def test_a_council_named_with_its_parent_is_the_council_when_named_alone_too():
    # « le Conseil des droits de l'homme de l'ONU » where the council is named on its own
    alone = mention("Conseil des droits de l'homme", "org:CDH", "ORG", "name", 0)
    with_parent = mention("Conseil des droits de l'homme de l'ONU", "org:ONU", "ORG", "name",
                          60)
    parent = mention("ONU", "org:ONU", "ORG", "name", 120)
    _, entity_of = resolve([alone, with_parent, parent])
    assert entity_of[id(with_parent)] == entity_of[id(alone)] != entity_of[id(parent)]


def test_a_capital_from_the_tables_is_no_alias_of_its_state_when_the_text_names_the_city():
    state = mention("Norvège", "state:NO", "LOC", "state", 0)
    alone = [mention("Norvège", "state:NO", "LOC", "state", 0)]
    city = mention("Oslo", "name:oslo", "LOC", "name", 40)
    entities, entity_of = resolve([state, city])
    # a search for « Oslo » finds the city, not the state as well
    assert "Oslo" not in entities[entity_of[id(state)]].aliases
    assert entities[entity_of[id(city)]].label == "Oslo"
    # with no city in the text, the state keeps its capital among its names
    entities, entity_of = resolve(alone)
    assert "Oslo" in entities[entity_of[id(alone[0])]].aliases


def test_a_capital_named_with_its_article_is_the_city_the_text_names_without_it():
    # « à la Havane »: the city is « Havane » in the text, « La Havane » in the tables
    state = mention("Cuba", "state:CU", "LOC", "state", 0)
    city = mention("Havane", "name:havane", "LOC", "name", 40)
    entities, entity_of = resolve([state, city])
    assert "La Havane" not in entities[entity_of[id(state)]].aliases


def test_a_body_named_once_with_its_nationality_is_the_body_named_without():
    national = mention("Mouvement azur danois", "name:mouvement azur danois", "ORG", "name", 0)
    bare = mention("Mouvement azur", "name:mouvement azur", "ORG", "name", 60)
    entities, entity_of = resolve([national, bare])
    assert entity_of[id(national)] == entity_of[id(bare)]
    # the base named with two nationalities: two bodies, neither is the bare name for sure
    other = mention("Mouvement azur suédois", "name:mouvement azur suedois", "ORG", "name", 90)
    entities, entity_of = resolve([national, bare, other])
    assert entity_of[id(national)] != entity_of[id(other)]
    assert entity_of[id(bare)] not in {entity_of[id(national)], entity_of[id(other)]}


def concept(text: str, key: str, start: int, definite: bool = True, article: str = "a",
            number: str = "s") -> RawMention:
    return RawMention(article, 0, start, start + len(text), text, key, "CONCEPT", "concept",
                      number=number, definite=definite)


def test_a_bare_definite_noun_is_the_one_fuller_phrase_of_its_article_before_it():
    # « La réforme des retraites a été adoptée. La réforme a provoqué des grèves. »
    full = concept("réforme des retraites", "concept:réforme de retraite", 3)
    bare = concept("réforme", "concept:réforme", 40)
    # in another article, « la réforme » names none of its own: it stays itself
    elsewhere = concept("réforme", "concept:réforme", 10, article="b")
    entities, entity_of = resolve([full, bare, elsewhere])
    assert entity_of[id(bare)] == entity_of[id(full)] != entity_of[id(elsewhere)]
    assert entities[entity_of[id(full)]].label == "réforme des retraites"  # not the bare noun
    assert entities[entity_of[id(elsewhere)]].label == "réforme"


def test_a_bare_noun_stays_itself_when_it_could_be_several_or_is_indefinite():
    # « la réforme des retraites … la réforme fiscale … la réforme »: which one?
    one = concept("réforme des retraites", "concept:réforme de retraite", 0)
    two = concept("réforme fiscale", "concept:réforme fiscal", 30)
    bare = concept("réforme", "concept:réforme", 60)
    _, entity_of = resolve([one, two, bare])
    assert entity_of[id(bare)] not in {entity_of[id(one)], entity_of[id(two)]}
    # « des grèves de cheminots … des grèves »: new ones; « la grève » before the phrase,
    # or in another number, is no reference to it either
    strikes = concept("grèves de cheminots", "concept:grève de cheminot", 0, number="p")
    some = concept("grèves", "concept:grève", 30, definite=False, number="p")
    before = concept("grève", "concept:grève", 0, article="c")
    after = concept("grève de la faim", "concept:grève de faim", 20, article="c")
    singular = concept("grève", "concept:grève", 50)
    _, entity_of = resolve([strikes, some, before, after, singular])
    assert entity_of[id(some)] != entity_of[id(strikes)]
    assert entity_of[id(before)] != entity_of[id(after)]
    assert entity_of[id(singular)] != entity_of[id(strikes)]


def test_a_name_coined_from_the_full_names_syllables_is_that_body_in_its_article():
    # « Fevalas » for « Fédération valbrunoise des assureurs », both named in one article
    full = RawMention("a", 0, 0, 36, "Fédération valbrunoise des assureurs",
                      "name:federation valbrunoise des assureurs", "ORG", "name")
    short = RawMention("a", 1, 60, 67, "Fevalas", "name:fevalas", "ORG", "name")
    entities, entity_of = resolve([full, short])
    assert entity_of[id(full)] == entity_of[id(short)]
    assert entities[entity_of[id(full)]].aliases == ("Fevalas",)
    # in its article only (as a name in brackets after the body's): elsewhere it is what
    # that article makes of it
    elsewhere = RawMention("b", 0, 0, 7, "Fevalas", "name:fevalas", "ORG", "name")
    _, entity_of = resolve([full, short, elsewhere])
    assert entity_of[id(short)] == entity_of[id(full)] != entity_of[id(elsewhere)]
    # not built from the full name's starts: apart
    other = RawMention("a", 1, 60, 65, "Fedex", "name:fedex", "ORG", "name")
    experts = RawMention("a", 0, 0, 26, "Fédération des experts", "name:federation des experts",
                         "ORG", "name")
    _, entity_of = resolve([experts, other])
    assert entity_of[id(experts)] != entity_of[id(other)]


def test_a_name_introduced_by_its_kind_noun_keeps_that_type_against_place_readings():
    # « le groupe Vexor a annoncé … » once, then three uses the NER read as a place
    # (« à Vexor », « l'action Vexor »): the kind noun says what the name is
    introduced = mention("Vexor", "name:vexor", "ORG", "name", 0)
    introduced.kind_noun = "groupe"
    misread = [mention("Vexor", "name:vexor", "LOC", "name", 100 * k) for k in (1, 2, 3)]
    entities, entity_of = resolve([introduced, *misread])
    assert entities[entity_of[id(introduced)]].type == "ORG"
    # « l'association des artisans de Vexor »: the noun is the town's body's, not the
    # town's kind
    home = mention("Vexor", "name:vexor", "ORG", "name", 0)
    home.kind_noun, home.home_of_kind = "association", True
    towns = [mention("Vexor", "name:vexor", "LOC", "name", 100 * k) for k in (1, 2)]
    entities, entity_of = resolve([home, *towns])
    assert entities[entity_of[id(home)]].type == "LOC"


def test_a_town_named_as_the_home_of_a_club_stays_a_town():
    import spacy
    from spacy.tokens import Doc

    from graph.entities import kind_noun_before

    def phrase(noun: str) -> Doc:  # « le club de Rivemont a gagné »
        return Doc(spacy.blank("fr").vocab, words=["le", noun, "de", "Rivemont", "a", "gagné"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "AUX", "VERB"],
                   lemmas=["le", noun, "de", "Rivemont", "avoir", "gagner"])

    assert kind_noun_before(phrase("club"), 3) == ""  # the town's club: Rivemont is no club
    assert kind_noun_before(phrase("club"), 3, any_of=True) == "club"
    assert kind_noun_before(phrase("ville"), 3) == "ville"  # « la ville de Rivemont »


def _named_doc(words, pos, lemmas, ents):
    import spacy
    from spacy.tokens import Doc

    n = len(words)
    return Doc(spacy.blank("fr").vocab, words=words, pos=pos, lemmas=lemmas, ents=ents,
               heads=[i for i in range(n)], deps=["dep"] * n, morphs=["Number=Sing"] * n)


def test_a_name_behind_a_form_of_address_or_a_title_is_a_person_whatever_the_ner_said():
    from graph.entities import name_mentions

    # « le mouvement de M. Vexa » with « Vexa » read as a body: the form of address says
    # a person, and the movement is not Vexa's kind
    words = ["le", "mouvement", "de", "M.", "Vexa", "a", "dit"]
    doc = _named_doc(words, ["DET", "NOUN", "ADP", "NOUN", "PROPN", "AUX", "VERB"],
                     ["le", "mouvement", "de", "m.", "Vexa", "avoir", "dire"],
                     ["O", "O", "O", "O", "B-ORG", "O", "O"])
    vexa = name_mentions(doc, 0, "a", lambda i: 0)[4]
    assert (vexa.type, vexa.kind_noun) == ("PER", "")
    # « le ministre iranien des Affaires étrangères Ali Vexa » with the name read as a body
    words = ["le", "ministre", "iranien", "des", "Affaires", "étrangères", "Ali", "Vexa", "a",
             "dit"]
    doc = _named_doc(words, ["DET", "NOUN", "ADJ", "ADP", "NOUN", "ADJ", "PROPN", "PROPN",
                             "AUX", "VERB"],
                     ["le", "ministre", "iranien", "de", "affaire", "étranger", "Ali", "Vexa",
                      "avoir", "dire"],
                     ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"])
    assert name_mentions(doc, 0, "a", lambda i: 0)[6].type == "PER"
    # « la présidente de la société cosmétique Vexor »: the company's name stays a body's
    words = ["la", "présidente", "de", "la", "société", "cosmétique", "Vexor", "a", "dit"]
    doc = _named_doc(words, ["DET", "NOUN", "ADP", "DET", "NOUN", "ADJ", "PROPN", "AUX",
                             "VERB"],
                     ["le", "président", "de", "le", "société", "cosmétique", "Vexor", "avoir",
                      "dire"],
                     ["O", "O", "O", "O", "O", "O", "B-ORG", "O", "O"])
    assert name_mentions(doc, 0, "a", lambda i: 0)[6].type == "ORG"


def test_a_name_behind_de_takes_no_kind_from_the_noun_two_complements_up():
    import spacy
    from spacy.tokens import Doc

    from graph.entities import kind_noun_before

    # « les deux pays, valets de Vexa » read « pays de valets de Vexa »: Vexa is no country
    doc = Doc(spacy.blank("fr").vocab, words=["les", "pays", "de", "valets", "de", "Vexa"],
              pos=["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
              lemmas=["le", "pays", "de", "valet", "de", "Vexa"])
    assert kind_noun_before(doc, 5, any_of=True) == ""
    # « la chaîne de télévision Vexa » still names a channel
    doc = Doc(spacy.blank("fr").vocab, words=["la", "chaîne", "de", "télévision", "Vexa"],
              pos=["DET", "NOUN", "ADP", "NOUN", "PROPN"],
              lemmas=["le", "chaîne", "de", "télévision", "Vexa"])
    assert kind_noun_before(doc, 4) == "chaîne"


def test_a_name_spelled_by_the_acronym_after_it_is_whole_and_a_span_over_pour_is_two():
    from graph.entities import name_mentions

    # « du Groupe de soutien aux pêcheurs (GSP) » with the NER stopping at « Groupe de »
    words = ["du", "Groupe", "de", "soutien", "aux", "pêcheurs", "(", "GSP", ")", "a", "dit"]
    doc = _named_doc(words, ["ADP", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN",
                             "PUNCT", "AUX", "VERB"],
                     ["de", "groupe", "de", "soutien", "à", "pêcheur", "(", "GSP", ")",
                      "avoir", "dire"],
                     ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O"])
    assert name_mentions(doc, 0, "a", lambda i: 0)[1].text == "Groupe de soutien aux pêcheurs"
    # « Vexa quitte le Rivemont FC pour l'AS Valbrune » read as one name from « Rivemont »
    words = ["Vexa", "quitte", "le", "Rivemont", "FC", "pour", "l'", "AS", "Valbrune"]
    doc = _named_doc(words, ["PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN",
                             "PROPN"],
                     ["Vexa", "quitter", "le", "Rivemont", "FC", "pour", "le", "AS", "Valbrune"],
                     ["B-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
    names = name_mentions(doc, 0, "a", lambda i: 0)
    assert (names[3].text, names[7].text) == ("Rivemont FC", "AS Valbrune")


def test_a_quoted_name_with_its_acronym_after_the_quotation_marks_is_one_body():
    from graph.entities import name_mentions

    # « l'"Association des Amis de Vexa" (AAV) »: the acronym is the association's
    words = ["l'", '"', "Association", "des", "Amis", "de", "Vexa", '"', "(", "AAV", ")"]
    doc = _named_doc(words, ["DET", "PUNCT", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT",
                             "PUNCT", "PROPN", "PUNCT"],
                     ["le", '"', "association", "de", "ami", "de", "Vexa", '"', "(", "AAV",
                      ")"],
                     ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "O", "B-LOC",
                      "O"])
    names = name_mentions(doc, 0, "a", lambda i: 0)
    assert names[2].text == "Association des Amis de Vexa"
    assert names[9].alias_of is names[2]


def test_two_states_joined_by_a_hyphen_are_two_states_and_a_hyphenated_state_one():
    import spacy
    from spacy.tokens import Doc

    from graph.entities import name_mentions

    def mentions(words, spaces):
        n = len(words)
        doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces,
                  pos=["DET", "NOUN", "PROPN", "PROPN", "PROPN", "VERB"][:n],
                  heads=list(range(n)), deps=["dep"] * n,
                  ents=["O", "O", "B-LOC", "I-LOC", "I-LOC", "O"][:n])
        return {m.text for m in name_mentions(doc, 0, "a", lambda i: 0).values()}

    # « les relations Chine-Japon se tendent »: China and Japan, no « Chine-Japon »
    assert mentions(["les", "relations", "Chine", "-", "Japon", "tendent"],
                    [True, True, False, False, True, False]) == {"Chine", "Japon"}
    # « la Guinée-Bissau »: one state, though « Guinée » is one too
    assert mentions(["la", "capitale", "Guinée", "-", "Bissau", "tendent"],
                    [True, True, False, False, True, False]) == {"Guinée-Bissau"}
