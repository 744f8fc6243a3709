"""Wire copies: one dispatch republished is one report, however many sites carry it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.copies import copy_groups, exact_duplicates
from graph.ingest import read_article
from webapp.cli import main

# An invented dispatch, and three sites that ran it with small edits of their own.
DISPATCH = """\
{title}

SARLIS, 4 avril (AFP) - La coopérative agricole de Brévanne a racheté {day} le moulin de \
Sarlis, fermé depuis l'automne dernier, a annoncé son président, Étienne Morvan.
Étienne Morvan a promis de rouvrir le moulin avant les moissons avec une vingtaine de \
salariés venus de la vallée.
La coopérative de Brévanne produit chaque année trente mille tonnes de blé{tail}
"""
COPIES = {
    "site-a.txt": dict(title="La coopérative de Brévanne rachète le moulin de Sarlis",
                       day="mardi", tail=" dans la vallée."),
    "site-b.txt": dict(title="Sarlis : le moulin racheté par la coopérative",
                       day="ce mardi", tail=" dans la vallée de la Sorne."),
    "site-c.html": None,  # the same dispatch, saved as a web page
}
PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Le moulin de Sarlis a trouvé preneur \
| La Gazette</title><meta property="og:site_name" content="La Gazette"></head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav><article>
<h1>Le moulin de Sarlis a trouvé preneur</h1>
<p>SARLIS, 4 avril (AFP) - La coopérative agricole de Brévanne a racheté mardi le moulin de \
Sarlis, fermé depuis l'automne dernier, a annoncé son président, Étienne Morvan.</p>
<p>Étienne Morvan a promis de rouvrir le moulin avant les moissons avec une vingtaine de \
salariés venus de la vallée.</p>
<p>La coopérative de Brévanne produit chaque année trente mille tonnes de blé.</p>
</article><aside><h2>À lire aussi</h2><a href="/x">Le marché de Vellaz déménage</a></aside>
</body></html>
"""
# The same fact, reported independently in other words.
OTHER = """\
Brévanne : la coopérative s'offre un moulin

Le président de la coopérative de Brévanne, Étienne Morvan, a signé mardi l'achat du \
vieux moulin de Sarlis pour y moudre le blé de ses adhérents dès l'été.
Les adhérents de la coopérative ont approuvé l'achat en assemblée générale la semaine \
dernière, selon le directeur du site.
Étienne Morvan a promis de rouvrir le moulin de Sarlis pour la récolte de l'été prochain.
"""


def write_copies(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, fields in COPIES.items():
        text = DISPATCH.format(**fields) if fields else PAGE
        (folder / name).write_text(text, encoding="utf-8")


def test_three_edited_copies_are_one_group_and_another_report_is_not(tmp_path):
    write_copies(tmp_path)
    (tmp_path / "autre.txt").write_text(OTHER, encoding="utf-8")
    articles = [read_article(p) for p in sorted(tmp_path.iterdir())]
    groups = copy_groups(articles)
    assert groups == {"autre": "autre", "site-a": "site-a", "site-b": "site-a",
                      "site-c": "site-a"}
    assert exact_duplicates(articles) == {}


def test_unrelated_articles_are_never_grouped():
    root = Path(__file__).parent / "fixtures"
    articles = [read_article(p) for p in sorted(root.glob("*.txt"))]
    assert len(articles) > 5
    groups = copy_groups(articles)
    assert all(a == g for a, g in groups.items())


def test_exact_duplicates_are_the_same_text_and_the_same_prose_elsewhere_is_a_copy(tmp_path):
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER + "\nLaisser un commentaire\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(OTHER.replace("mardi", "lundi"), encoding="utf-8")
    articles = [read_article(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")]
    # only b shares a's offsets; c (other furniture) and d (a word changed) are copies
    assert exact_duplicates(articles) == {"b": "a"}
    assert copy_groups([x for x in articles if x.id != "b"]) == {"a": "a", "c": "a", "d": "a"}


#: invented reports: each with two near-copies (a word changed, a sentence added), which
#: also make chains of copies between the groups' members.
REPORTS = [OTHER, DISPATCH.format(title="Le moulin", day="mardi", tail="."),
           "Le club de rugby de Vellaz a gagné dimanche son dernier match de la saison "
           "devant deux mille spectateurs, a indiqué son entraîneur, Paul Aubry.",
           "", "Trois mots seulement."]
VARIANTS = [text for report in REPORTS
            for text in (report, report.replace("a ", "avait ", 1),
                         report + " Un dernier paragraphe ajouté par le site.")]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.integers(0, len(VARIANTS) - 1), min_size=1, max_size=12),
                min_size=1, max_size=4))
def test_an_index_kept_between_builds_gives_the_groups_of_a_fresh_one(tmp_path_factory,
                                                                       builds):
    """A long-running server keeps its near-duplicate index (`keep_in_memory`) while its
    corpus changes: each build, whatever its articles and their order, gets the groups a
    build of the same articles gets from nothing."""
    from graph.copies import keep_in_memory
    from graph.model import Article

    cache = tmp_path_factory.mktemp("cache")
    keep_in_memory(cache)
    for build in builds:
        articles = [Article(f"a{i}-{n}", "", "", VARIANTS[n], "") for i, n in enumerate(build)]
        assert copy_groups(articles, cache_dir=cache) == copy_groups(articles)


@pytest.mark.model
def test_one_dispatch_saved_three_times_is_one_source(tmp_path, capsys):
    folder = tmp_path / "in"
    write_copies(folder)
    out = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    arts = {a["id"]: a for a in data["graph"]["articles"]}
    assert {a["group"] for a in arts.values()} == {"site-a"}
    assert all(a["copies"] == 3 for a in arts.values())
    assert data["edges"]
    carried = [e for e in data["edges"] if len(e["articles"]) == 3]
    assert carried, [(e["source"], e["relation"], e["target"]) for e in data["edges"]]
    for e in data["edges"]:
        assert e["sources"] == 1
        assert e["copies"] == len(e["articles"])


@pytest.mark.model
def test_an_independent_report_corroborates(tmp_path, capsys):
    folder = tmp_path / "in"
    write_copies(folder)
    (folder / "autre.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    (reopen,) = [e for e in data["edges"] if (e["source"], e["relation"], e["target"]) ==
                 ("etienne-morvan", "promettre de rouvrir", "moulin-de-sarlis")]
    assert sorted(reopen["articles"]) == ["autre", "site-a", "site-b", "site-c"]
    assert (reopen["sources"], reopen["copies"]) == (2, 4)


@pytest.mark.model
def test_an_exact_duplicate_is_built_once(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    text = DISPATCH.format(**COPIES["site-a.txt"])
    (folder / "un.txt").write_text(text, encoding="utf-8")
    (folder / "deux.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert f"temoin: {folder / 'un.txt'}: same text as {folder / 'deux.txt'}; built once" in err
    data = json.loads(out.read_text(encoding="utf-8"))
    arts = {a["id"]: a for a in data["graph"]["articles"]}
    assert arts["un"]["copy_of"] == "deux" and arts["deux"]["copy_of"] is None
    assert arts["un"]["sentences"] == arts["deux"]["sentences"] != []
    quoted = {ev["article"] for e in data["edges"] for ev in e["evidence"]}
    assert quoted == {"deux"}
    assert all(e["sources"] == 1 and e["copies"] == 2 for e in data["edges"])
