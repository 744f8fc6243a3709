"""The read-article and MinHash caches: a rebuild takes what each unchanged file reads to,
and its wire-copy signature, from the cache folder — the same articles, the same groups,
the same graph bytes — and a damaged entry is read again and rewritten."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import graph.copies
import graph.ingest
from graph.copies import SignatureCache, copy_groups
from graph.ingest import read_article
from graph.model import TemoinError
from graph.read_cache import ArticleCache

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

BREVE = ("Crue de la Vionne : trois communes évacuées\n\n"
         "LOURVAL, 4 mars (AFP) - Le préfet de la Vionne a ordonné mardi l'évacuation de trois "
         "communes riveraines, où la rivière a dépassé de deux mètres son niveau habituel.\n\n"
         "« Nous ne prendrons aucun risque », a déclaré la maire de Lourval, Hélène Varin, "
         "devant les sinistrés réunis à la salle des fêtes.\n\n"
         "Partager sur les réseaux\n\n"
         "Laisser un commentaire\n")


def _files(folder: Path) -> list[Path]:
    """The fixture articles of every kind, and an invented one in cp1252, in *folder*."""
    folder.mkdir()
    for p in [*sorted(FIXTURES.glob("*.txt")), *sorted((FIXTURES / "formats").iterdir())]:
        shutil.copy(p, folder / p.name)
    (folder / "breve.txt").write_bytes(BREVE.encode("cp1252"))
    return sorted(folder.iterdir())


def test_a_cached_read_article_is_the_article_read_from_the_file(tmp_path, monkeypatch):
    paths = _files(tmp_path / "in")
    fresh = [read_article(p) for p in paths]
    assert any(a.note for a in fresh) and any(a.boilerplate for a in fresh)
    first = ArticleCache(tmp_path / "cache")
    assert [first.read_article(p) for p in paths] == fresh and first.hits == 0
    assert len(list((tmp_path / "cache").rglob("*.article"))) == len(paths)

    # read back, the file is neither segmented nor decoded again: same Article records
    def refuse(*args, **kwargs):
        raise AssertionError("read again")

    monkeypatch.setattr(graph.ingest, "segment", refuse)
    monkeypatch.setattr(graph.ingest, "decode", refuse)
    second = ArticleCache(tmp_path / "cache")
    assert [second.read_article(p) for p in paths] == fresh
    assert second.hits == len(paths) and second.bad == 0


def test_a_file_under_another_name_or_changed_reads_as_itself(tmp_path):
    paths = _files(tmp_path / "in")
    cache = ArticleCache(tmp_path / "cache")
    cache.read_article(paths[0])
    renamed = paths[0].with_name("autre_nom" + paths[0].suffix)
    paths[0].rename(renamed)
    again = cache.read_article(renamed)
    assert cache.hits == 1 and again == read_article(renamed)
    assert again.id == "autre_nom" and again.path == str(renamed)
    renamed.write_text(BREVE.replace("trois", "quatre"), encoding="utf-8")
    changed = cache.read_article(renamed)
    assert cache.hits == 1 and changed == read_article(renamed) and "quatre" in changed.text


def test_damaged_article_entries_are_read_again_and_rewritten(tmp_path):
    paths = _files(tmp_path / "in")[:6]
    fresh = [read_article(p) for p in paths]
    first = ArticleCache(tmp_path / "cache")
    for p in paths:
        first.read_article(p)
    entries = {e.read_bytes(): e for e in (tmp_path / "cache").rglob("*.article")}
    entries = [entries[k] for k in sorted(entries)]
    entries[0].write_text("{pas du JSON", encoding="utf-8")
    entries[1].write_bytes(entries[1].read_bytes()[:40])  # cut short
    entries[2].write_bytes(entries[3].read_bytes())  # another file's entry
    entries[4].write_bytes(entries[4].read_bytes().replace(
        b'"body": [[', b'"body": [[9999999, 9999999], [', 1))  # a span beyond the text
    entries[5].write_text('{"raw": 1}', encoding="utf-8")  # JSON, not an article
    second = ArticleCache(tmp_path / "cache")
    assert [second.read_article(p) for p in paths] == fresh
    assert second.bad == 5 and second.hits == 1  # entries[3] is still its own file's
    third = ArticleCache(tmp_path / "cache")
    assert [third.read_article(p) for p in paths] == fresh
    assert third.bad == 0 and third.hits == 6
    assert not [p for p in (tmp_path / "cache").rglob("*.tmp")]


def test_files_that_cannot_be_read_are_refused_with_the_same_message(tmp_path):
    cache = ArticleCache(tmp_path / "cache")
    for name, content in [("vide.txt", b"   \n"), ("binaire.txt", b"\x00\x01"),
                          ("notes.csv", b"a,b")]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(TemoinError) as direct:
            read_article(path)
        with pytest.raises(TemoinError) as cached:
            cache.read_article(path)
        assert str(cached.value) == str(direct.value)
    assert not list((tmp_path / "cache").rglob("*.article"))


def test_cached_signatures_give_the_same_groups_and_damaged_ones_are_redone(
        tmp_path, monkeypatch):
    paths = _files(tmp_path / "in")
    (tmp_path / "in" / "copie.txt").write_text(BREVE.replace("mardi", "lundi"),
                                                encoding="utf-8")  # a wire copy
    articles = [read_article(p) for p in [*paths, tmp_path / "in" / "copie.txt"]]
    expected = copy_groups(articles)
    assert expected["copie"] == "breve"
    cache = tmp_path / "cache"
    assert copy_groups(articles, cache_dir=cache) == expected
    entries = sorted(cache.rglob("*.minhash"))
    assert len(entries) == len(articles)
    # read back: no shingle is made again
    real_shingles = graph.copies.shingles
    monkeypatch.setattr(graph.copies, "shingles", lambda *a, **k: pytest.fail("recomputed"))
    assert copy_groups(articles, cache_dir=cache) == expected
    monkeypatch.setattr(graph.copies, "shingles", real_shingles)
    good = {e: e.read_bytes() for e in entries}
    entries[0].write_bytes(good[entries[0]][:100])  # cut short
    flipped = bytearray(good[entries[1]])
    flipped[-1] ^= 0xFF  # one value changed
    entries[1].write_bytes(bytes(flipped))
    entries[2].write_bytes(b"")
    reader = SignatureCache(cache)
    key = entries[1].stem
    assert reader.get(key, graph.copies.NUM_PERM) is None and reader.bad == 1
    assert copy_groups(articles, cache_dir=cache) == expected
    assert {e: e.read_bytes() for e in entries} == good  # rewritten as they were


@pytest.mark.model
def test_a_build_from_the_cache_does_not_load_spacy(tmp_path):
    """A rebuild that finds every article in the cache neither parses nor imports spaCy
    (in the build's process nor in any it forks to read and parse), and writes the same
    graph as the first build and as a build without cache."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(FIXTURES.glob("*.txt"))[:4]:
        shutil.copy(p, folder / p.name)
    cache = tmp_path / "cache"
    marker = tmp_path / "imported"
    script = (
        "import sys\n"
        "def noted(event, args):  # (forked processes inherit the hook)\n"
        "    if event == 'import' and args[0] == 'spacy':\n"
        "        open(sys.argv[3], 'a').close()\n"
        "sys.addaudithook(noted)\n"
        "from webapp.cli import main\n"
        "code = main(['build', sys.argv[1], '--out', sys.argv[2], '-q', *sys.argv[4:]])\n"
        "print(code)\n")

    def build(out: str, *options: str) -> list[str]:
        marker.unlink(missing_ok=True)
        done = subprocess.run([sys.executable, "-c", script, str(folder),
                               str(tmp_path / out), str(marker), *options], cwd=ROOT,
                              capture_output=True, text=True, check=True)
        return [*done.stdout.split(), str(marker.exists())]

    assert build("cold.json", "--cache", str(cache)) == ["0", "True"]
    assert build("hit.json", "--cache", str(cache)) == ["0", "False"]
    assert build("fresh.json", "--no-cache") == ["0", "True"]
    cold = (tmp_path / "cold.json").read_bytes()
    assert (tmp_path / "hit.json").read_bytes() == cold == (tmp_path / "fresh.json").read_bytes()
    # damaged read-article and signature entries: read again, the same graph
    for entry in [*cache.rglob("*.article"), *cache.rglob("*.minhash")]:
        entry.write_bytes(entry.read_bytes()[:30])
    assert build("again.json", "--cache", str(cache)) == ["0", "False"]
    assert (tmp_path / "again.json").read_bytes() == cold
