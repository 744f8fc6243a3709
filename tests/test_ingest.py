"""Reading article files: title, body and boilerplate spans, sentence offsets, errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from graph.ingest import read_article, split_sentences
from graph.model import Article, TemoinError

ELECTION = """\
Catégorie : Politique locale

Municipales : la liste de Claire Vidal l'emporte à Montbrison

La liste menée par Claire Vidal a remporté dimanche le second tour des élections \
municipales à Montbrison, avec 54 % des suffrages exprimés. Le maire sortant, Henri \
Lacombe, a reconnu sa défaite dès la proclamation des résultats.
La participation aux élections municipales a atteint 61 %, un chiffre en hausse par \
rapport au premier tour du scrutin.
Claire Vidal a promis de présenter le premier budget de sa liste avant la fin de \
l'année, après un audit des finances municipales.
Par Julien Marchand
Laisser un commentaire

Articles récents
Un nouveau marché couvert ouvre ses portes au public
12 minutes ago
Le club de rugby local décroche enfin sa montée en division supérieure
il y a 3 heures
Les travaux de la gare reprendront en septembre prochain
il y a 5 heures
"""

TRANSFER = """\
Mercato : Diego Suarez signe à Rivemont pour quatre saisons

Le milieu de terrain uruguayen Diego Suarez s’est engagé jeudi avec le FC Rivemont pour \
quatre saisons, a annoncé le club dans un communiqué.
Le montant du transfert, réglé au club de Porto Azul, atteindrait douze millions \
d’euros selon la presse sportive locale.
Les supporters du FC Rivemont ont salué l'arrivée du joueur sur les réseaux sociaux dès \
l'annonce du transfert.
Quel plaisir d'accueillir Diego au club ! Bienvenue chez toi https://t.co/AbC123xyz
— FC Rivemont (@fcrivemont) 18 juin 2024
L'entraîneur du FC Rivemont compte aligner Diego Suarez dès le premier match de la \
saison contre Val-Fleuri.
John Smith is a sports reporter who has covered European football for the last ten \
years and lives in Lyon with his family.
"""

ELECTION_PROSE = [
    "La liste menée par Claire Vidal a remporté dimanche",
    "La participation aux élections municipales",
    "Claire Vidal a promis de présenter",
]
ELECTION_FURNITURE = [
    "Catégorie : Politique locale",
    "Par Julien Marchand",
    "Laisser un commentaire",
    "Articles récents",
    "Un nouveau marché couvert ouvre ses portes au public",
    "12 minutes ago",
    "Le club de rugby local décroche enfin sa montée en division supérieure",
    "il y a 3 heures",
    "Les travaux de la gare reprendront en septembre prochain",
    "il y a 5 heures",
]
TRANSFER_PROSE = [
    "Le milieu de terrain uruguayen Diego Suarez",
    "Le montant du transfert",
    "Les supporters du FC Rivemont",
    "L'entraîneur du FC Rivemont",
]
TRANSFER_FURNITURE = [
    "Quel plaisir d'accueillir Diego au club !",
    "https://t.co/AbC123xyz",
    "— FC Rivemont (@fcrivemont) 18 juin 2024",
    "John Smith is a sports reporter",
]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def body_text(a: Article) -> list[str]:
    return [a.text[s:e] for s, e in a.body]


def boilerplate_text(a: Article) -> list[str]:
    return [a.text[b.start : b.end] for b in a.boilerplate]


def covered(a: Article, start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def located(a: Article, fragment: str) -> tuple[int, int]:
    start = a.text.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def election(tmp_path: Path) -> Article:
    return read_article(write(tmp_path, "municipales-montbrison.txt", ELECTION))


@pytest.fixture
def transfer(tmp_path: Path) -> Article:
    return read_article(write(tmp_path, "mercato-suarez.txt", TRANSFER))


# --------------------------------------------------------------------------- the record


def test_article_record_keeps_the_whole_text(election: Article, tmp_path: Path):
    path = tmp_path / "municipales-montbrison.txt"
    assert election.id == "municipales-montbrison"
    assert election.path == str(path)
    assert election.text == ELECTION  # nothing stripped
    assert election.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_title_is_the_first_non_empty_line(transfer: Article):
    assert transfer.title == "Mercato : Diego Suarez signe à Rivemont pour quatre saisons"


def test_title_skips_a_leading_category_label(election: Article):
    assert election.title == "Municipales : la liste de Claire Vidal l'emporte à Montbrison"


def test_title_after_blank_lines_and_indentation(tmp_path: Path):
    text = "\n\n   Le stade de Rivemont sera rénové d'ici 2026  \n\n" + TRANSFER.split("\n", 2)[2]
    a = read_article(write(tmp_path, "stade.txt", text))
    assert a.title == "Le stade de Rivemont sera rénové d'ici 2026"


# --------------------------------------------------------------------------- offsets


@pytest.mark.parametrize("fixture", ["election", "transfer"])
def test_body_and_boilerplate_are_offsets_into_the_original_text(fixture, request):
    a: Article = request.getfixturevalue(fixture)
    for s, e in a.body:
        assert 0 <= s < e <= len(a.text)
        line = a.text[s:e]
        assert line == line.strip() and "\n" not in line
    for b in a.boilerplate:
        assert 0 <= b.start < b.end <= len(a.text)
        assert b.kind
    # spans are ordered and body lines never overlap boilerplate lines
    assert list(a.body) == sorted(a.body)
    starts = [b.start for b in a.boilerplate]
    assert starts == sorted(starts)
    for s, e in a.body:
        for b in a.boilerplate:
            if b.kind != "url":
                assert e <= b.start or b.end <= s


def test_sentence_offsets_index_the_original_text(transfer: Article):
    seen = []
    for s, e in transfer.body:
        for ss, se in split_sentences(transfer.text[s:e]):
            sentence = transfer.text[s + ss : s + se]
            assert sentence == sentence.strip() and sentence
            seen.append(sentence)
    assert "a annoncé le club dans un communiqué." in seen[1]
    assert any(x.startswith("Le montant du transfert") for x in seen)


def test_body_lines_keep_offsets_with_crlf_line_ends(tmp_path: Path):
    text = ELECTION.replace("\n", "\r\n")
    a = read_article(write(tmp_path, "crlf.txt", text))
    assert a.title == "Municipales : la liste de Claire Vidal l'emporte à Montbrison"
    lines = body_text(a)
    assert all("\r" not in line for line in lines)
    assert [x for x in lines if x.startswith("La participation")] == [
        "La participation aux élections municipales a atteint 61 %, un chiffre en hausse par "
        "rapport au premier tour du scrutin."
    ]


def test_split_sentences_gives_exact_offsets():
    text = (
        "  M. Dupont a été élu maire. Le conseil s’est réuni à 20 h 30 !  "
        "Les 2 000 électeurs ont voté… Le résultat est tombé à minuit.  "
    )
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "M. Dupont a été élu maire.",
        "Le conseil s’est réuni à 20 h 30 !",
        "Les 2 000 électeurs ont voté…",
        "Le résultat est tombé à minuit.",
    ]


def test_split_sentences_keeps_a_closing_quote_with_its_sentence():
    text = "« Nous avons gagné. » Le maire a remercié ses électeurs."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "« Nous avons gagné. »",
        "Le maire a remercié ses électeurs.",
    ]


# --------------------------------------------------------------------------- boilerplate


def test_article_prose_is_body(election: Article, transfer: Article):
    for a, prose in ((election, ELECTION_PROSE), (transfer, TRANSFER_PROSE)):
        for fragment in prose:
            start, end = located(a, fragment)
            assert covered(a, start, end, a.body), fragment
            assert not covered(a, start, end, [(b.start, b.end) for b in a.boilerplate])


def test_page_furniture_is_boilerplate_not_body(election: Article, transfer: Article):
    for a, furniture in ((election, ELECTION_FURNITURE), (transfer, TRANSFER_FURNITURE)):
        spans = [(b.start, b.end) for b in a.boilerplate]
        for fragment in furniture:
            start, end = located(a, fragment)
            assert covered(a, start, end, spans), fragment
            assert not any(s < end and start < e for s, e in a.body), fragment


def test_recent_posts_side_bar_runs_to_the_end_of_the_page(election: Article):
    sidebar = [b for b in election.boilerplate if b.kind == "sidebar"]
    assert election.text[sidebar[0].start : sidebar[0].end] == "Articles récents"
    assert election.text[sidebar[-1].start : sidebar[-1].end] == "il y a 5 heures"


def test_embedded_tweet_is_marked_as_a_tweet(transfer: Article):
    tweets = [transfer.text[b.start : b.end] for b in transfer.boilerplate if b.kind == "tweet"]
    assert tweets[-1] == "— FC Rivemont (@fcrivemont) 18 juin 2024"
    assert any("https://t.co/AbC123xyz" in t for t in tweets)


def test_bare_url_inside_a_prose_line_is_boilerplate(tmp_path: Path):
    text = TRANSFER.replace(
        "dans un communiqué.", "dans un communiqué publié sur https://fc-rivemont.example/news."
    )
    a = read_article(write(tmp_path, "url.txt", text))
    start, end = located(a, "https://fc-rivemont.example/news.")
    assert any(b.kind == "url" and b.start <= start and end - 1 <= b.end for b in a.boilerplate)
    line = located(a, "Le milieu de terrain uruguayen")[0]
    assert covered(a, line, line + 10, a.body)  # the rest of the line stays prose


def test_nothing_is_lost_only_marked(election: Article):
    # every non-blank line is either body or boilerplate
    lines = [line.strip() for line in election.text.splitlines() if line.strip()]
    marked = body_text(election) + boilerplate_text(election)
    for line in lines:
        assert line in marked


def test_a_one_paragraph_article_keeps_its_paragraph(tmp_path: Path):
    text = (
        "Rivemont : le conseil municipal vote la rénovation du stade\n\n"
        "Le conseil municipal de Rivemont a voté mardi soir un budget de trois millions "
        "d'euros pour rénover les tribunes du stade Jean-Moulin avant l'été prochain.\n"
    )
    a = read_article(write(tmp_path, "stade.txt", text))
    assert any(line.startswith("Le conseil municipal") for line in body_text(a))


def test_a_byte_order_mark_is_not_part_of_the_title(tmp_path: Path):
    a = read_article(write(tmp_path, "bom.txt", "\ufeff" + TRANSFER))
    assert a.title == "Mercato : Diego Suarez signe à Rivemont pour quatre saisons"


# --------------------------------------------------------------------------- errors


def test_missing_file_is_named_with_its_reason(tmp_path: Path):
    path = tmp_path / "absent.txt"
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert "no such file" in str(err.value).lower()


def test_a_latin1_file_is_decoded_with_a_note(tmp_path: Path):
    text = ("Élections à Montbrison : résultats.\n\n"
            "Le député sortant a été réélu dès le premier tour.\n")
    path = write(tmp_path, "latin1.txt", text.encode("latin-1"))
    article = read_article(path)
    assert article.text == text
    assert article.title == "Élections à Montbrison : résultats."
    assert article.note.startswith("not UTF-8: read as ")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "mac_roman"])
def test_other_encodings_of_french_are_decoded(tmp_path: Path, encoding: str):
    text = "Le préfet a visité l’usine de Nîmes ; « c’était prévu », a-t-il dit.\n"
    path = write(tmp_path, "article.txt", text.encode(encoding))
    article = read_article(path)
    assert article.text.lstrip("\ufeff") == text
    assert "not UTF-8" in article.note


def test_an_encoding_not_recognised_says_how_to_convert(tmp_path: Path):
    path = write(tmp_path, "inconnu.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20)
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert "not UTF-8" in str(err.value) and "iconv" in str(err.value)


@pytest.mark.parametrize("content", ["", "\n\n   \n\t\n"])
def test_empty_file_is_named_with_its_reason(tmp_path: Path, content: str):
    path = write(tmp_path, "vide.txt", content)
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert "empty" in str(err.value)


def test_binary_file_is_named_with_its_reason(tmp_path: Path):
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert "binary" in str(err.value) or "not UTF-8" in str(err.value)


def test_binary_file_that_decodes_as_utf8_is_refused(tmp_path: Path):
    path = write(tmp_path, "zeros.txt", b"Titre\n\x00\x00\x00\x00")
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert "binary" in str(err.value)


def test_a_folder_is_not_an_article(tmp_path: Path):
    folder = tmp_path / "dossier.txt"
    folder.mkdir()
    with pytest.raises(TemoinError) as err:
        read_article(folder)
    assert str(folder) in str(err.value)
