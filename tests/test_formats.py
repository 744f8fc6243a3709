"""Your own articles: saved web pages, Markdown and text files; dates and sources; other
encodings; unknown kinds; text that is not French."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from graph.ingest import read_article
from graph.model import TemoinError
from graph.pipeline import collect_paths
from webapp.cli import main

FORMATS = Path(__file__).parent / "fixtures" / "formats"
PAGE, MARKDOWN, DISPATCH = FORMATS / "page.html", FORMATS / "barrage.md", FORMATS / "depeche.txt"

# words of the page's furniture: menu, side bar of other headlines, comments, hidden
# comment, script, footer
FURNITURE = ["Accueil", "Rechercher", "Karel Voss", "Montanie", "Les plus lus", "Gaston",
             "commentaires", "Inscrivez-vous", "Mentions légales", "track", "dataLayer",
             "relire avec", "Brévanne"]
MARKUP = re.compile(r"<|>|\]\(|\*\*|^#|https?://|&gt;|```", re.MULTILINE)


def test_a_saved_page_gives_its_main_text_title_date_and_site():
    a = read_article(PAGE)
    assert a.path == str(PAGE)
    assert a.title == "Alvéria inaugure son pont sur la Sorne"
    assert a.date == "2024-03-05"
    assert a.source == "Le Courrier du Val"
    assert a.author == "Léa Fontanel"
    assert a.text.startswith("Alvéria inaugure son pont sur la Sorne\n")
    assert "Hugo Perrin, a remercié la société Navimar" in a.text
    assert "Irène Castel" in a.text
    for word in FURNITURE:
        assert word not in a.text, word
    assert not MARKUP.search(a.text)


def test_markdown_gives_plain_text_and_its_front_matter():
    a = read_article(MARKDOWN)
    assert a.title == "Le barrage de Vellaz rouvre après deux ans de travaux"
    assert a.date == "2023-11-14"
    assert a.source == "Le Journal des Crêtes"
    assert not MARKUP.search(a.text), MARKUP.search(a.text)
    assert "La société Hydrelia a rouvert lundi le barrage de Vellaz" in a.text
    # a soft line break inside a paragraph is a space: the sentence stays one line
    assert "a présenté le nouveau déversoir aux élus de la vallée." in a.text
    assert "Hydrelia.connect" not in a.text  # code blocks are not prose
    assert "GWh" not in a.text and "Montanie" not in a.text  # nor tables and HTML blocks
    assert "title:" not in a.text and "2023-11-14" not in a.text


def test_a_dispatch_gives_its_date_and_agency_and_its_dateline_is_not_prose():
    a = read_article(DISPATCH)
    assert a.text == DISPATCH.read_text(encoding="utf-8")
    assert (a.date, a.source) == ("--06-12", "AFP")
    (dl,) = [b for b in a.boilerplate if b.kind == "dateline"]
    assert a.text[dl.start:dl.end] == "BRÉVANNE, 12 juin (AFP) - "
    assert all(not (s < dl.end and dl.start < e) for s, e in a.body)
    assert a.text[a.body[1][0]:].startswith("La coopérative agricole de Brévanne")


def test_a_dateline_with_its_place_in_small_letters_is_not_prose(tmp_path):
    path = tmp_path / "depeche.txt"
    path.write_text("Un titre\n\nValbrune, 3 mai 2031 (AFP) - La coopérative a fermé.\n\n"
                    "Paul Vexa (PS) - le maire - a protesté.\n", encoding="utf-8")
    a = read_article(path)
    assert (a.date, a.source) == ("2031-05-03", "AFP")
    (dl,) = [b for b in a.boilerplate if b.kind == "dateline"]
    assert a.text[dl.start:dl.end] == "Valbrune, 3 mai 2031 (AFP) - "
    # a name and its party opening a later line are prose, not a dateline
    assert any(a.text[s:e].startswith("Paul Vexa (PS)") for s, e in a.body)


def test_a_date_line_in_a_text_file_front_matter(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Date: 3 juillet 2012\nSource: Le Petit Vellazien\n\nUn titre de "
                    "page\n\nLe conseil municipal a voté le budget de la commune mardi.\n",
                    encoding="utf-8")
    a = read_article(path)
    assert (a.date, a.source, a.title) == ("2012-07-03", "Le Petit Vellazien", "Un titre de page")


def test_offsets_are_into_the_extracted_text():
    for path in (PAGE, MARKDOWN, DISPATCH):
        a = read_article(path)
        for s, e in a.body:
            assert 0 <= s < e <= len(a.text)
            assert a.text[s:e] == a.text[s:e].strip()


def test_an_english_article_is_skipped_with_a_message(tmp_path, capsys):
    english = tmp_path / "english.txt"
    english.write_text(
        "Bridge opens in Alveria\n\nThe town of Alveria opened its new bridge on Tuesday, and "
        "the mayor thanked the company that built it for the work that was done on the river "
        "in less than two years, as the residents of the town had been waiting for it.\n",
        encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DISPATCH, folder)
    out = tmp_path / "graph.json"
    code = main(["build", str(folder), str(english), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert f"temoin: {english}: the text is English, not French; skipped" in err
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["graph"]["articles"]] == ["depeche"]


def test_an_unknown_kind_named_on_the_command_line_is_refused(tmp_path, capsys):
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    paths, errors = collect_paths([str(pdf), str(DISPATCH)])
    assert paths == [DISPATCH]
    assert errors == [(str(pdf), "not an article file (.pdf); Témoin reads .txt, .md, .html "
                                 "or .htm files")]
    with pytest.raises(TemoinError, match=r"rapport\.pdf: not an article file \(\.pdf\)"):
        read_article(pdf)


def test_a_folder_takes_all_three_kinds_and_nothing_else(tmp_path):
    for path in (PAGE, MARKDOWN, DISPATCH):
        shutil.copy(path, tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    paths, errors = collect_paths([str(tmp_path)])
    assert sorted(p.name for p in paths) == ["barrage.md", "depeche.txt", "page.html"]
    assert errors == []


@pytest.mark.model
def test_a_folder_of_a_page_a_markdown_article_and_a_text_builds_clean(tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    for path in (PAGE, MARKDOWN, DISPATCH):
        shutil.copy(path, folder)
    out = tmp_path / "graph.json"
    code = main(["build", str(folder), "--out", str(out), "-q"])
    assert code == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in data["graph"]["articles"]}
    assert {k: (a["title"], a["date"], a["source"]) for k, a in articles.items()} == {
        "page": ("Alvéria inaugure son pont sur la Sorne", "2024-03-05", "Le Courrier du Val"),
        "barrage": ("Le barrage de Vellaz rouvre après deux ans de travaux", "2023-11-14",
                    "Le Journal des Crêtes"),
        "depeche": ("La coopérative de Brévanne rachète le moulin de Sarlis", "--06-12", "AFP"),
    }
    assert articles["page"]["path"] == str(folder / "page.html")
    names = [n["label"] for n in data["nodes"]] + [a for n in data["nodes"] for a in n["aliases"]]
    for name in names:
        assert not MARKUP.search(name), name
        assert not any(w in name for w in ("Karel", "Montanie", "Accueil", "AFP", "BRÉVANNE",
                                           "Gaston", "Courrier")), name
    labels = {n["label"] for n in data["nodes"]}
    assert {"Hugo Perrin", "Irène Castel", "Marc Odier", "Étienne Morvan"} <= labels
    # every quote is byte-exact against the article text the graph holds
    quotes = [ev for e in data["edges"] for ev in e["evidence"]]
    quotes += [ev for n in data["nodes"] for ev in n["evidence"]]
    assert quotes
    for ev in quotes:
        assert articles[ev["article"]]["text"][ev["start"]:ev["end"]] == ev["text"]


def test_a_page_in_its_declared_encoding_is_read_with_a_note(tmp_path):
    html = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">',
                                                    '<meta charset="windows-1252">')
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1252"))
    a = read_article(path)
    assert a.note == "not UTF-8: read as windows-1252, as the file declares"
    assert a.title == "Alvéria inaugure son pont sur la Sorne"
    assert a.text == read_article(PAGE).text


def test_a_page_without_article_text_is_named_with_its_reason(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<!DOCTYPE html><html><head><title></title></head><body>"
                    '<img src="a.png"><script>var a = 1;</script></body></html>',
                    encoding="utf-8")
    with pytest.raises(TemoinError, match=r"menu\.html: no article text found in the html file"):
        read_article(path)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

MARKUP_BITS = st.sampled_from([
    "<p>", "</p>", "<h1>", "<script>", "<!--", "-->", "# ", "**", "[", "](", ")", "---\n",
    "Date: 12 juin 2024\n", "\n\n", "PARIS, 12 juin (AFP) - ", "é", "’", "\r\n", "\t", "\x00",
    "Le maire de la ville a inauguré le pont. ", "The mayor opened the bridge. ", "<b>", "&amp;",
])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".txt", ".md", ".html"]),
       content=st.one_of(st.binary(max_size=300),
                         st.lists(MARKUP_BITS, max_size=30).map(lambda p: "".join(p).encode())))
def test_any_file_is_read_or_refused_with_a_reason(tmp_path_factory, suffix, content):
    path = tmp_path_factory.mktemp("any") / f"article{suffix}"
    path.write_bytes(content)
    try:
        a = read_article(path)
    except TemoinError as exc:  # a reason naming the file, never another exception
        assert str(path) in str(exc)
        return
    assert a.text.strip() and a.path == str(path)
    for s, e in a.body:
        assert 0 <= s < e <= len(a.text)
    for b in a.boilerplate:
        assert 0 <= b.start <= b.end <= len(a.text)


def test_the_command_names_a_file_of_unknown_kind(tmp_path, capsys):
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    out = tmp_path / "graph.json"
    assert main(["build", str(pdf), "--out", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"temoin: cannot read {pdf}: not an article file (.pdf); Témoin reads .txt, .md, " \
           ".html or .htm files" in err
    assert not out.exists()


def test_graph_texts_writes_what_the_offsets_refer_to(tmp_path, fixture_data):
    import subprocess
    import sys

    data = json.loads(json.dumps(fixture_data))
    data["graph"]["articles"][0]["text"] += "\r\nune fin en CRLF\r\n"
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(data), encoding="utf-8")
    script = Path(__file__).parent.parent / "scripts" / "graph_texts.py"
    done = subprocess.run([sys.executable, str(script), str(graph), str(tmp_path / "texts")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in (tmp_path / "texts").iterdir()}
    assert texts == {a["id"]: a["text"] for a in data["graph"]["articles"]}
    for edge in data["edges"]:
        for ev in edge["evidence"]:
            assert texts[ev["article"]][ev["start"]:ev["end"]] == ev["text"]
