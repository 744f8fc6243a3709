"""Odd entries of an input folder: each is named with its reason, the others build.

Symbolic link loops, named pipes, links leading out of the folder, files holding only a
byte order mark or white space, paragraphs too long for the parser in one piece.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from graph.ingest import (
    MAX_ARTICLE_CHARS,
    MAX_LINE_CHARS,
    MAX_PARAGRAPH,
    read_article,
    split_paragraph,
    split_sentences,
)
from graph.model import TemoinError
from graph.pipeline import collect_paths, read_articles

GOOD = {
    "pont.txt": """\
Un nouveau pont relie les deux rives de Bellecombe

Le maire de Bellecombe, Agnès Perrin, a inauguré samedi le pont de la Sorgue.
La société Viaduc Sud a construit le pont de la Sorgue en dix-huit mois.
Agnès Perrin a remercié la société Viaduc Sud pour la qualité du chantier.
""",
    "festival.txt": """\
Le festival de Montclar attire un public record

Le festival de jazz de Montclar a accueilli quarante mille spectateurs cette année.
Le trompettiste Paul Ferrand a ouvert le festival de Montclar vendredi soir.
Paul Ferrand a salué l'accueil du public de Montclar après son concert.
""",
}

SENTENCES = [
    "Le conseil régional de la Vallée-Haute a voté un plan pour les transports du quotidien.",
    "La présidente Claire Aubry a présenté ce plan aux maires des communes rurales.",
    "Les associations d'usagers ont salué un effort attendu depuis des années.",
    "Le syndicat des cheminots a réclamé des embauches pour faire rouler les trains.",
]


def long_paragraph(size: int) -> str:
    """One line of invented prose of at least *size* characters."""
    out, n, i = [], 0, 0
    while n < size:
        s = SENTENCES[i % len(SENTENCES)]
        out.append(s)
        n += len(s) + 1
        i += 1
    return " ".join(out)


def good_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def errors_by_name(errors: list[tuple[str, str]]) -> dict[str, str]:
    return {Path(path).name: reason for path, reason in errors}


# ----------------------------------------------------------------------------- the folder


def test_each_odd_entry_of_a_folder_is_named_and_the_others_kept(tmp_path: Path):
    folder = good_folder(tmp_path / "articles")
    outside = tmp_path / "secret.txt"
    outside.write_text("Un texte hors du dossier\n\nIl ne doit pas être lu.\n", encoding="utf-8")
    (folder / "boucle.txt").symlink_to("boucle.txt")
    os.mkfifo(folder / "tube.txt")
    (folder / "dehors.txt").symlink_to(outside)
    (folder / "casse.txt").symlink_to(tmp_path / "absent.txt")
    (folder / "dossier.txt").mkdir()
    (folder / "copie.txt").symlink_to("pont.txt")  # inside the folder: read (once)
    paths, errors = collect_paths([str(folder)])
    assert sorted(p.name for p in paths) == ["festival.txt", "pont.txt"]
    why = errors_by_name(errors)
    assert why["boucle.txt"] == "symbolic link loop"
    assert why["tube.txt"] == "not a regular file but a named pipe (FIFO)"
    assert why["dehors.txt"].startswith(f"symbolic link to {outside.resolve()}, outside")
    assert "--follow-links" in why["dehors.txt"]
    assert why["casse.txt"].startswith("broken symbolic link")
    assert why["dossier.txt"] == "a folder, not an article file"
    assert set(why) == {"boucle.txt", "tube.txt", "dehors.txt", "casse.txt", "dossier.txt"}


def test_follow_links_reads_a_link_leading_out_of_the_folder(tmp_path: Path):
    folder = good_folder(tmp_path / "articles")
    outside = tmp_path / "ailleurs" / "dehors.txt"
    outside.parent.mkdir()
    outside.write_text(GOOD["pont.txt"].replace("Sorgue", "Durance"), encoding="utf-8")
    (folder / "lien.txt").symlink_to(outside)
    (folder / "boucle.txt").symlink_to("boucle.txt")
    paths, errors = collect_paths([str(folder)], follow_links=True)
    assert sorted(p.name for p in paths) == ["festival.txt", "lien.txt", "pont.txt"]
    assert errors_by_name(errors) == {"boucle.txt": "symbolic link loop"}


def test_a_link_named_on_the_command_line_is_read(tmp_path: Path):
    target = good_folder(tmp_path / "a") / "pont.txt"
    link = tmp_path / "lien.txt"
    link.symlink_to(target)
    assert collect_paths([str(link)]) == ([link], [])


@pytest.mark.parametrize("make", ["loop", "fifo"])
def test_an_odd_file_named_on_the_command_line_is_refused(tmp_path: Path, make: str):
    path = tmp_path / "x.txt"
    if make == "loop":
        path.symlink_to("x.txt")
    else:
        os.mkfifo(path)
    paths, errors = collect_paths([str(path)])
    assert paths == []
    assert errors == [(str(path), "symbolic link loop" if make == "loop"
                       else "not a regular file but a named pipe (FIFO)")]


def test_a_fifo_is_never_opened(tmp_path: Path):
    fifo = tmp_path / "tube.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_article(fifo)
            outcome.append(None)
        except TemoinError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so the test process can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("read_article waited on a named pipe")
    assert isinstance(outcome[0], TemoinError)
    assert str(fifo) in str(outcome[0]) and "named pipe" in str(outcome[0])


def test_read_articles_keeps_going_after_a_bad_file(tmp_path: Path):
    folder = good_folder(tmp_path / "a")
    os.mkfifo(folder / "tube.txt")
    (folder / "vide.txt").write_bytes(b"\xef\xbb\xbf")
    errors: list[tuple[str, str]] = []
    paths = sorted(folder.iterdir())  # every entry, as a caller that did not filter
    articles = read_articles(paths, errors)
    assert sorted(a.id for a in articles) == ["festival", "pont"]
    assert sorted(Path(p).name for p, _ in errors) == ["tube.txt", "vide.txt"]


# ----------------------------------------------------------------------------- contents


@pytest.mark.parametrize(
    "content, word",
    [
        (b"\xef\xbb\xbf", "empty"),
        (b"\xef\xbb\xbf\n\n  \r\n", "empty"),
        (b"\xef\xbb\xbf\xef\xbb\xbf", "byte order mark"),
        ("\u00a0\u3000\u2003\n\t".encode(), "empty"),
        ("\u200b\u200b\n".encode(), "no word"),
        (b"... --- !!!\n", "no word"),
    ],
)
def test_files_without_text_are_refused_with_their_reason(tmp_path: Path, content, word):
    path = tmp_path / "vide.txt"
    path.write_bytes(content)
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(err.value).startswith(f"{path}: ")
    assert word in str(err.value)


def paragraphs(size: int) -> str:
    """An article of invented prose in paragraphs of some 4,000 characters, *size* in all."""
    one = long_paragraph(4000)
    return "Un titre\n\n" + "\n\n".join([one] * (size // (len(one) + 2) + 1))


def test_a_too_long_article_is_refused_with_its_size(tmp_path: Path):
    path = tmp_path / "enorme.txt"
    path.write_text(paragraphs(MAX_ARTICLE_CHARS + 10), encoding="utf-8")
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(path) in str(err.value) and "too long" in str(err.value)
    assert f"{MAX_ARTICLE_CHARS:,}" in str(err.value)


def test_an_article_of_two_million_characters_in_paragraphs_is_read(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text(paragraphs(2_000_000), encoding="utf-8")
    a = read_article(path)
    assert len(a.text) > 2_000_000 and all(e - s <= MAX_PARAGRAPH for s, e in a.body)


def test_a_line_too_long_to_be_a_paragraph_is_refused(tmp_path: Path):
    path = tmp_path / "vidage.txt"
    path.write_text("Un titre\n\n" + long_paragraph(MAX_LINE_CHARS + 10), encoding="utf-8")
    with pytest.raises(TemoinError) as err:
        read_article(path)
    assert str(err.value).startswith(f"{path}: too long a paragraph: ")
    assert f"{MAX_LINE_CHARS:,}" in str(err.value) and "line break" in str(err.value)


def test_a_long_paragraph_is_cut_at_sentence_bounds(tmp_path: Path):
    text = "Les transports de la Vallée-Haute\n\n" + long_paragraph(4 * MAX_PARAGRAPH) + "\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    a = read_article(path)
    assert a.title == "Les transports de la Vallée-Haute"
    pieces = [text[s:e] for s, e in a.body[1:]]
    assert len(pieces) >= 4
    assert all(len(p) <= MAX_PARAGRAPH for p in pieces)
    assert all(p.endswith(".") and p[0].isupper() for p in pieces)  # whole sentences
    # nothing lost: the pieces hold every sentence of the paragraph, in order
    line_start = text.index("\n\n") + 2
    line = text[line_start:].rstrip("\n")
    assert [line[s:e] for s, e in split_sentences(line)] == [
        text[a0 + s:a0 + e] for a0, b0 in a.body[1:] for s, e in split_sentences(text[a0:b0])
    ]


def test_split_paragraph_cuts_an_endless_sentence_at_white_space():
    text = "  " + " ".join(["mot"] * 5000) + "  "
    pieces = split_paragraph(text, 2, len(text) - 2, limit=1000)
    assert all(0 < e - s <= 1000 for s, e in pieces)
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in pieces)
    assert " ".join(text[s:e] for s, e in pieces) == text.strip()
    solid = "x" * 2500
    assert split_paragraph(solid, 0, 2500, limit=1000) == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_a_one_line_article_gets_a_short_title(tmp_path: Path):
    path = tmp_path / "ligne.txt"
    path.write_text(long_paragraph(3000), encoding="utf-8")
    a = read_article(path)
    assert len(a.title) <= 301 and a.title.endswith("…")
    assert a.text.startswith(a.title[:-1])


# ----------------------------------------------------------------------------- a build


@pytest.mark.model
def test_a_build_names_every_odd_entry_and_builds_the_rest(tmp_path: Path, capsys):
    from webapp.cli import main

    folder = good_folder(tmp_path / "articles")
    outside = tmp_path / "hostname"
    outside.write_text("machine-de-test\n", encoding="utf-8")
    (folder / "boucle.txt").symlink_to("boucle.txt")
    os.mkfifo(folder / "tube.txt")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (folder / "dehors.txt").symlink_to(outside)
    big = folder / "enorme.txt"
    big.write_text(long_paragraph(1_500_000), encoding="utf-8")  # one paragraph of 1.5 MB
    assert big.stat().st_size > 1_500_000
    out = tmp_path / "graph.json"
    code = main(["build", str(folder), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err
    lines = {Path(line.split(": ", 2)[1].removeprefix("cannot read ")).name: line
             for line in err.splitlines() if line.startswith("temoin: cannot read ")}
    assert "symbolic link loop" in lines["boucle.txt"]
    assert "named pipe" in lines["tube.txt"]
    assert "empty" in lines["bom.txt"]
    assert "outside" in lines["dehors.txt"] and "--follow-links" in lines["dehors.txt"]
    assert "too long" in lines["enorme.txt"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in data["graph"]["articles"]) == ["festival", "pont"]
    assert not any("machine-de-test" in a["text"] for a in data["graph"]["articles"])
    assert err.splitlines()[-1].startswith("2 articles,")
    assert "(5 input(s) failed)" in err.splitlines()[-1]


@pytest.mark.model
def test_a_long_paragraph_builds_with_byte_exact_quotes(tmp_path: Path, capsys):
    from webapp.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    text = "Les transports de la Vallée-Haute\n\n" + long_paragraph(3 * MAX_PARAGRAPH) + "\n"
    (folder / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    article = data["graph"]["articles"][0]
    assert article["text"] == text
    assert len(article["sentences"]) == 1 + len(split_sentences(text.split("\n\n")[1]))
    quotes = [ev for item in data["nodes"] + data["edges"] for ev in item["evidence"]]
    assert quotes
    assert all(ev["text"] == text[ev["start"]:ev["end"]] for ev in quotes)
    assert any(n["label"] == "Claire Aubry" for n in data["nodes"])


@pytest.mark.model
def test_build_follows_links_out_of_the_folder_only_when_told(tmp_path: Path, capsys):
    from webapp.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    elsewhere = good_folder(tmp_path / "ailleurs")
    (folder / "pont.txt").symlink_to(elsewhere / "pont.txt")
    out = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 1
    assert "use --follow-links" in capsys.readouterr().err and not out.exists()
    assert main(["build", str(folder), "--out", str(out), "-q", "--follow-links"]) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["graph"]["articles"]] == ["pont"]
