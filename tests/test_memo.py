"""What the rules read once (`graph.memo`): a kept doc's tokens say what spaCy's say, a
per-token memo answers for one doc at a time, and the rules find the same through a kept
doc as through the spaCy doc itself (invented articles, the real model)."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph.extractions
import graph.relations.extractor
from graph.extractions import extract_article, to_record
from graph.ingest import read_article
from graph.memo import KeptDoc, forget_tokens, per_token
from graph.nlp import load_model, parse_articles

pytestmark = pytest.mark.model

FIXTURES = Path(__file__).parent / "fixtures"
PARAGRAPH = ("La ministre Claire Vautrin a rencontré mardi à Valbrune le président du "
             "syndicat, Paul Ribot, qui a démenti « toute rupture » ; elle n'aurait pas "
             "été invitée.")
ATTRIBUTES = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "ent_iob_",
              "whitespace_", "is_punct", "is_lower", "is_title", "is_alpha", "is_quote",
              "like_num", "i", "idx")


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_a_kept_token_says_what_the_spacy_token_says(nlp):
    doc = nlp(PARAGRAPH)
    kept = KeptDoc(doc)
    assert len(kept) == len(doc) and kept.text == doc.text
    for tok, mine in zip(doc, kept, strict=True):
        for name in ATTRIBUTES:
            assert getattr(mine, name) == getattr(tok, name), (tok.i, name)
        assert mine == tok and hash(mine) == hash(tok)
        assert mine.head.i == tok.head.i
        assert [c.i for c in mine.children] == [c.i for c in tok.children]
        assert (mine.left_edge.i, mine.right_edge.i) == (tok.left_edge.i, tok.right_edge.i)
        for field in ("VerbForm", "Mood", "Gender", "Number", "Voice", "Tense"):
            assert mine.morph.get(field) == tok.morph.get(field)
        assert str(mine.morph) == str(tok.morph)
        # the same token each time, and its head and children are the kept doc's tokens
        assert kept[tok.i] is mine and mine.head is kept[tok.head.i]
        assert all(c is kept[c.i] for c in mine.children)
    assert list(reversed(kept)) == list(reversed(doc))
    assert kept[2:6].text == doc[2:6].text and kept[-1] is kept[len(doc) - 1]
    with pytest.raises(IndexError):
        kept[len(doc)]


def test_a_slice_of_a_kept_doc_gives_its_kept_tokens(nlp):
    doc = nlp(PARAGRAPH)
    kept = KeptDoc(doc)
    part = kept[2:9]
    assert (part.text, part.start, part.end, part.root.i) == (
        doc[2:9].text, 2, 9, doc[2:9].root.i)
    # a rule looking along a sentence reads the tokens it already read, not new ones
    assert all(a is b for a, b in zip(part, kept.tokens[2:9], strict=True)) and len(part) == 7
    assert [t.i for t in reversed(part)] == list(range(8, 1, -1))
    assert part[0] is kept[2] and part[-1] is kept[8] and part[1:3][0] is kept[3]
    assert kept[len(doc) + 5:].text == "" and list(kept[4:2]) == []
    with pytest.raises(IndexError):
        part[7]


def test_a_kept_morphology_gives_a_new_list_each_time(nlp):
    verb = next(t for t in KeptDoc(nlp(PARAGRAPH)) if t.pos_ == "VERB")
    forms = verb.morph.get("VerbForm")
    forms.append("changed by a caller")
    assert "changed by a caller" not in verb.morph.get("VerbForm")
    assert verb.morph.get("NoSuchField") == [] and verb.morph.get("NoSuchField", "-") == "-"


def test_a_kept_token_outliving_its_doc_reads_spacy_again(nlp):
    kept = KeptDoc(nlp(PARAGRAPH))
    verb = next(t for t in kept if t.pos_ == "VERB")
    head, kids = verb.head.i, [c.i for c in verb.children]
    del kept
    assert verb.head.i == head and [c.i for c in verb.children] == kids


def test_a_per_token_memo_answers_for_one_doc_at_a_time(nlp):
    calls = []

    @per_token
    def word(tok) -> str:
        calls.append(tok.i)
        return tok.text

    first, second = nlp("Le port de Valbrune ferme demain."), nlp("Une grève paralyse la ville.")
    assert [word(t) for t in first] == [t.text for t in first]
    assert [word(t) for t in KeptDoc(first)] == [t.text for t in first]  # (the same doc)
    assert len(calls) == len(first)  # each token once
    assert [word(t) for t in second] == [t.text for t in second]  # not the first doc's
    assert len(calls) == len(first) + len(second)
    forget_tokens()
    assert word(second[0]) == second[0].text and len(calls) == len(first) + len(second) + 1


class _SpacyDoc:
    """Stands for `KeptDoc` where the rules should read the spaCy doc itself."""

    def __new__(cls, doc):
        return doc


@pytest.mark.parametrize("name", ["depeches.txt", "visite.txt", "conflit.txt"])
def test_the_rules_find_the_same_through_a_kept_doc(nlp, monkeypatch, name):
    article = read_article(FIXTURES / name)
    (lines,) = parse_articles([article], keep=False)
    kept = to_record(extract_article(article, lines))
    monkeypatch.setattr(graph.extractions, "KeptDoc", _SpacyDoc)
    monkeypatch.setattr(graph.relations.extractor, "KeptDoc", _SpacyDoc)
    plain = to_record(extract_article(article, lines))
    assert kept["triples"] and kept["problems"] == []
    assert kept == plain


def test_the_folds_kept_stay_bounded_and_right(monkeypatch):
    """The folds of short texts are kept to be reused, a bounded number of them (in every
    parsing process of a large corpus, where new names keep coming): past the bound the
    kept ones are let go and kept again as met, and every fold is still right."""
    import graph.text
    from graph.text import fold

    monkeypatch.setattr(graph.text, "_FOLDED", {})
    monkeypatch.setattr(graph.text, "_FOLD_MEMO_SIZE", 50)
    words = [f"Ville-{i}-lès-Évry" for i in range(500)]
    assert [fold(w) for w in words] == [f"ville {i} les evry" for i in range(500)]
    assert 0 < len(graph.text._FOLDED) <= 50
    assert fold(words[-1]) == "ville 499 les evry" and words[-1] in graph.text._FOLDED
    assert fold("x" * 300) == "x" * 300 and "x" * 300 not in graph.text._FOLDED
