"""The ``temoin build`` command: output, summary, unreadable inputs, atomic writes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import graph.export
from webapp.cli import main

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(
    r"^(\d+) articles, (\d+) sentences, (\d+) entities, (\d+) relations in \d+(?:\.\d+)? s\b"
)

ARTICLES = {
    "port.txt": """\
Le port de Rivemont accueille un nouveau terminal

Le maire de Rivemont, Hélène Garnier, a inauguré lundi le nouveau terminal du port.
La société Transmar a financé le terminal du port de Rivemont avec la région.
Hélène Garnier a remercié la société Transmar pour son investissement dans le port.
""",
    "marathon.txt": """\
Le marathon de Val-Fleuri bat son record de participation

Plus de huit mille coureurs ont pris le départ du marathon de Val-Fleuri dimanche matin.
La Kényane Ruth Wanjiru a remporté le marathon de Val-Fleuri en deux heures vingt.
Ruth Wanjiru a dédié sa victoire au club d'athlétisme de Val-Fleuri.
""",
    "ecole.txt": """\
Une nouvelle école ouvre à Saint-Aubin

La commune de Saint-Aubin a ouvert mardi une nouvelle école primaire de douze classes.
Le préfet Marc Delorme a visité la nouvelle école de Saint-Aubin avec les élus.
Marc Delorme a salué le travail de la commune de Saint-Aubin pour ses écoles.
""",
}


def write_articles(folder: Path, names=None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        if names is None or name in names:
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def summary_line(err: str) -> re.Match:
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "nothing on stderr"
    m = SUMMARY.match(lines[-1])
    assert m, lines[-1]
    return m


def left_behind(folder: Path) -> list[str]:
    """The names in *folder* but the cache, which must hold only finished entries (parses,
    extractions, read articles and MinHash signatures)."""
    cache = folder / ".temoin-cache"
    if cache.exists():
        entries = [p for p in cache.rglob("*") if p.is_file()]
        assert all(p.suffix in {".spacy", ".json", ".article", ".minhash"}
                   and not p.name.startswith(".")
                   for p in entries)
    return sorted(p.name for p in folder.iterdir() if p != cache)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write_articles(folder)
    return folder


def test_build_writes_json_and_a_one_line_summary(tmp_path, articles, capsys):
    out = tmp_path / "graph.json"
    code = main(["build", str(articles), "--out", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out == ""
    err_lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(err_lines) == 1, captured.err
    data = json.loads(out.read_text(encoding="utf-8"))
    n_articles, n_sentences, n_entities, n_relations = map(int, summary_line(captured.err).groups())
    assert n_articles == len(data["graph"]["articles"]) == 3
    assert n_sentences == sum(len(a["sentences"]) for a in data["graph"]["articles"]) > 0
    assert n_entities == len(data["nodes"]) > 0
    assert n_relations == len(data["edges"])
    assert str(out) in err_lines[0]
    # nothing left behind but the output and its SQLite store (docs/store.md)
    assert left_behind(tmp_path) == ["articles", "graph.json", "graph.sqlite"]
    assert str(tmp_path / "graph.sqlite") in err_lines[0]


def test_build_accepts_files_and_folders(tmp_path, capsys):
    paths = write_articles(tmp_path / "a", names={"port.txt"})
    folder = tmp_path / "b"
    write_articles(folder, names={"marathon.txt", "ecole.txt"})
    out = tmp_path / "graph.json"
    assert main(["build", str(paths[0]), str(folder), "-o", str(out), "-q"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in data["graph"]["articles"]) == ["ecole", "marathon", "port"]
    capsys.readouterr()


def test_progress_bar_when_more_than_a_few_articles(tmp_path, capfd):
    """The bar is drawn on stderr (by the process that parses: `capfd` sees what a forked
    one writes there too)."""
    folder = tmp_path / "many"
    write_articles(folder)
    (folder / "gare.txt").write_text(
        "La gare de Rivemont rouvre\n\nLa gare de Rivemont a rouvert jeudi après un an de "
        "travaux, a annoncé la région.\n", encoding="utf-8")
    out = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    err = capfd.readouterr().err
    assert "4/4" in err
    summary_line(err)


BAR = re.compile(r"\[[#.]{30}\] (\d+) %  (\d+)/(\d+) articles")


def test_the_progress_bar_moves_inside_one_long_article(tmp_path, capfd, monkeypatch):
    import graph.nlp
    import graph.pipeline

    monkeypatch.setattr(graph.nlp, "_CACHE", {})  # parsed here, as in a new process
    monkeypatch.setattr(graph.pipeline, "LONG_BUILD", 1_000)  # this article is long enough
    body = "\n\n".join(  # twelve paragraphs, each its own
        f"{ARTICLES['port.txt'].splitlines()[2]} Le conseil municipal a voté le budget "
        f"numéro {n} de la commune." for n in range(12))
    path = tmp_path / "long.txt"
    path.write_text("Le long compte rendu du conseil de Rivemont\n\n" + body + "\n",
                    encoding="utf-8")
    assert main(["build", str(path), "--out", str(tmp_path / "graph.json")]) == 0
    err = capfd.readouterr().err
    states = [(int(pct), int(done), int(total)) for pct, done, total in BAR.findall(err)]
    assert states[-1] == (100, 1, 1)
    inside = [pct for pct, done, _ in states if done == 0]
    # before the one article is done, the bar moved while parsing it and while reading it
    assert any(0 < pct < 50 for pct in inside) and any(50 < pct < 100 for pct in inside)
    assert inside == sorted(inside) and len(set(inside)) >= 8 and max(inside) < 100
    assert err.count("\n", 0, err.index("1/1 articles")) == 0  # one line, redrawn
    summary_line(err)


def test_no_progress_bar_for_one_short_article(tmp_path, capsys):
    paths = write_articles(tmp_path / "a", names={"port.txt"})
    assert main(["build", str(paths[0]), "--out", str(tmp_path / "graph.json")]) == 0
    err = capsys.readouterr().err
    assert not BAR.search(err)
    summary_line(err)


def test_unreadable_inputs_are_named_and_the_others_build(tmp_path, articles, capsys):
    missing = tmp_path / "absent.txt"
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Élections à Rivemont\n\nLe maire a été réélu.\n".encode("latin-1"))
    out = tmp_path / "graph.json"
    code = main(["build", str(articles), str(missing), str(latin1), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    lines = err.splitlines()
    missing_lines = [line for line in lines if str(missing) in line]
    latin1_lines = [line for line in lines if str(latin1) in line]
    assert missing_lines and re.search(r"no such file", missing_lines[0], re.IGNORECASE)
    # another encoding is read, and the summary says so
    assert latin1_lines and "not UTF-8: read as" in latin1_lines[0]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in data["graph"]["articles"]) == [
        "ecole", "latin1", "marathon", "port"]
    assert int(summary_line(err).group(1)) == 4
    assert "1 note(s) above" in lines[-1]


def test_empty_and_binary_files_are_named(tmp_path, articles, capsys):
    empty = tmp_path / "vide.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"GIF89a\x00\x00\x01\x00")
    out = tmp_path / "graph.json"
    code = main(["build", str(articles), str(empty), str(binary), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code != 0
    assert any(str(empty) in line and "empty" in line for line in err.splitlines()), err
    assert any(str(binary) in line and "binary" in line for line in err.splitlines()), err
    assert out.exists()


def test_when_every_input_fails_nothing_is_written(tmp_path, capsys):
    out = tmp_path / "graph.json"
    previous = '{"previous": true}\n'
    out.write_text(previous, encoding="utf-8")
    unknown = tmp_path / "unknown.txt"  # no encoding reads it as French text
    unknown.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20)
    code = main(["build", str(tmp_path / "absent.txt"), str(unknown), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    assert str(unknown) in err and str(tmp_path / "absent.txt") in err
    assert out.read_text(encoding="utf-8") == previous
    assert left_behind(tmp_path) == ["graph.json", "unknown.txt"]


def test_output_into_a_missing_folder_is_a_clear_error(tmp_path, articles, capsys):
    out = tmp_path / "no" / "such" / "folder" / "graph.json"
    code = main(["build", str(articles), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert str(out) in err
    assert re.search(r"no such file or directory", err, re.IGNORECASE), err
    assert not (tmp_path / "no").exists()


def test_a_failed_write_leaves_the_previous_file(tmp_path, articles, capsys, monkeypatch):
    out = tmp_path / "graph.json"
    previous = '{"previous": true}\n'
    out.write_text(previous, encoding="utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    # the new text is written to a temporary file, then the disk "fills up"
    monkeypatch.setattr(graph.export.os, "fsync", disk_full)
    code = main(["build", str(articles), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert "No space left on device" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == previous
    assert left_behind(tmp_path) == ["articles", "graph.json"]


def test_a_failed_rename_leaves_the_previous_file(tmp_path, articles, capsys, monkeypatch):
    out = tmp_path / "graph.json"
    previous = '{"previous": true}\n'
    out.write_text(previous, encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(graph.export.os, "replace", refuse)
    code = main(["build", str(articles), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == previous
    assert left_behind(tmp_path) == ["articles", "graph.json"]


def test_a_failure_before_writing_leaves_the_previous_file(tmp_path, articles, monkeypatch):
    out = tmp_path / "graph.json"
    previous = '{"previous": true}\n'
    out.write_text(previous, encoding="utf-8")

    def broken(*args, **kwargs):
        raise ValueError("cannot serialise")

    monkeypatch.setattr(graph.export, "write_records", broken)
    try:
        code = main(["build", str(articles), "--out", str(out), "-q"])
    except ValueError:
        code = None
    assert code != 0
    assert out.read_text(encoding="utf-8") == previous
    assert left_behind(tmp_path) == ["articles", "graph.json"]


def test_console_script_reports_a_missing_input(tmp_path):
    """The installed ``temoin`` command (no article read, so no model load)."""
    script = Path(sys.executable).with_name("temoin")
    if not script.exists():
        pytest.skip("the temoin console script is not installed in this environment")
    out = tmp_path / "graph.json"
    proc = subprocess.run(
        [str(script), "build", str(tmp_path / "absent.txt"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert proc.returncode != 0
    assert str(tmp_path / "absent.txt") in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
