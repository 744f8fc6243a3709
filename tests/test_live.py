"""Live additions (issue #10 point 4): articles dropped into a served folder or uploaded from
the page join the graph without a restart. Uploads through Flask's test client (same origin,
CSRF token, size limits, file kinds, safe names); the watcher on a temporary copy of three
invented fixture articles, with real rebuilds that read the others from the cache; a failed
rebuild keeps the graph served."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_webapp import parse

from graph.store_sqlite import content_rows, node_positions
from webapp.app import create_app
from webapp.live import Live, folder_snapshot

FIXTURES = Path(__file__).parent / "fixtures"
HERE = "http://localhost"
#: three of the invented fixture articles: the corpus served.
SERVED = ("crue.txt", "election.txt", "energie.txt")

#: an invented dispatch dropped into the served folder.
NEW_ARTICLE = """La société Vernalis rachète le chantier naval de Port-Aubrac

PORT-AUBRAC, 3 février - La société Vernalis a racheté le chantier naval de Port-Aubrac,
a annoncé lundi sa directrice, Hélène Courtade. Le maire de Port-Aubrac, Gaspard Ollivier,
a salué l'accord.
"""

#: another one, for a burst of files.
OTHER_ARTICLE = """Le musée de Valcombe rouvre ses portes

VALCOMBE, 9 avril - Le musée de Valcombe a rouvert ses portes samedi après deux ans de
travaux, a indiqué sa conservatrice, Irène Dufresnoy.
"""


class Clock:
    """A clock the test moves by hand (the watcher's quiet period without sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A folder ``articles/`` of three fixture articles built by ``temoin build`` into
    ``graph.json`` (and ``graph.sqlite``, ``.temoin-cache/``) beside it."""
    from webapp.cli import main

    root = tmp_path_factory.mktemp("served")
    (root / "articles").mkdir()
    for name in SERVED:
        shutil.copy(FIXTURES / name, root / "articles" / name)
    assert main(["build", str(root / "articles"), "--out", str(root / "graph.json"), "--quiet",
                 "--jobs", "1"]) == 0
    return root


@pytest.fixture
def served(built: Path, tmp_path: Path) -> Path:
    """A private copy of :func:`built` (articles, graph, store and caches)."""
    root = tmp_path / "served"
    shutil.copytree(built, root)
    return root


def live_app(root: Path, **config):
    """The explorer on ``root/graph.json`` watching ``root/articles`` (no thread: the tests
    call `Live.step`)."""
    return create_app({"TESTING": True, "GRAPH_PATH": str(root / "graph.json"),
                       "LIVE_INPUTS": [str(root / "articles")], **config})


def token_of(client) -> str:
    page = client.get("/upload").get_data(as_text=True)
    return next(a["value"] for tag, a in parse(page).tags
                if tag == "input" and a.get("name") == "csrf_token")


def upload(client, files: dict[str, bytes], token: str | None, origin: str | None = HERE,
           path: str = "/api/articles"):
    import io

    headers = {}
    if origin:
        headers["Origin"] = origin
    data = {"files": [(io.BytesIO(content), name) for name, content in files.items()]}
    if token:
        data["csrf_token"] = token
    return client.post(path, data=data, headers=headers, content_type="multipart/form-data")


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ----------------------------------------------------------------------------- snapshots
def test_snapshot_sees_new_changed_and_removed_articles(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "un.txt").write_text("Le port ouvre.", encoding="utf-8")
    first = folder_snapshot([folder])
    assert list(first) == [str(folder / "un.txt")]
    (folder / ".deux.txt.tmp").write_text("en cours", encoding="utf-8")  # an upload's temp
    (folder / "notes.odt").write_bytes(b"PK")  # not an article kind
    assert folder_snapshot([folder]) == first
    (folder / "deux.md").write_text("# Titre", encoding="utf-8")
    assert set(folder_snapshot([folder])) == {str(folder / "un.txt"), str(folder / "deux.md")}
    (folder / "un.txt").write_text("Le port ouvre ses quais.", encoding="utf-8")
    assert folder_snapshot([folder])[str(folder / "un.txt")][0] == len(
        b"Le port ouvre ses quais.")
    (folder / "deux.md").unlink()
    shutil.rmtree(folder)
    assert folder_snapshot([folder]) == {str(folder): (-1, -1)}


# ----------------------------------------------------------------------------- uploads
def test_uploads_are_offered_only_when_articles_are_served(served, graph_data):
    # no article folder: neither the form nor the route, no link; the status says so
    plain = create_app({"TESTING": True, "GRAPH_DATA": graph_data})
    client = plain.test_client()
    assert client.get("/upload").status_code == 404
    r = upload(client, {"a.txt": b"x"}, token="t")
    assert r.status_code == 404 and "lecture seule" in r.get_json()["reason"]
    assert "Ajouter des articles" not in client.get("/articles").get_data(as_text=True)
    status = client.get("/api/status").get_json()
    assert status["live"] is False and status["articles"] == len(graph_data["graph"]["articles"])
    # read-only: the same, although a folder is served
    ro = live_app(served, READ_ONLY=True)
    assert "temoin_live" not in ro.extensions
    assert ro.test_client().get("/upload").status_code == 404
    assert "live-banner" not in ro.test_client().get("/").get_data(as_text=True)
    # a live server: the link, the form and the banner's element
    client = live_app(served).test_client()
    assert "Ajouter des articles" in client.get("/articles").get_data(as_text=True)
    page = client.get("/").get_data(as_text=True)
    assert 'id="live-banner"' in page and "/static/live.js" in page
    with client.get("/static/live.js") as script:
        assert script.status_code == 200 and b"textContent" in script.data


def test_upload_needs_same_origin_and_the_csrf_token(served):
    client = live_app(served).test_client()
    before = names(served / "articles")
    article = {"port.txt": NEW_ARTICLE.encode()}
    token = token_of(client)
    cases = {
        "no token": dict(token=None),
        "wrong token": dict(token="x" * 43),
        "other origin": dict(token=token, origin="http://evil.example"),
        "no origin": dict(token=token, origin=None),
    }
    for case, kw in cases.items():
        r = upload(client, article, **kw)
        assert r.status_code == 403, case
        assert r.get_json()["ok"] is False and "Refusé" in r.get_json()["reason"], case
    assert "CSRF" in upload(client, article, token=None).get_json()["reason"]
    # a token of another session does not do either
    stranger = client.application.test_client()
    assert upload(stranger, article, token=token).status_code == 403
    assert names(served / "articles") == before
    assert not client.application.extensions["temoin_live"].pending


def test_too_large_an_upload_is_refused_with_the_limit(served):
    app = live_app(served, MAX_CONTENT_LENGTH=4096, UPLOAD_MAX_FILE_BYTES=1024)
    client = app.test_client()
    token = token_of(client)
    before = names(served / "articles")
    r = upload(client, {"long.txt": b"a" * 5000}, token=token)
    assert r.status_code == 413
    assert "4 Ko au plus par envoi" in r.get_json()["reason"]
    r = upload(client, {"moyen.txt": NEW_ARTICLE.encode() * 5, "court.txt": OTHER_ARTICLE.encode()},
               token=token)
    assert r.status_code == 413
    reason = r.get_json()["reason"]
    assert "« moyen.txt » : fichier trop gros ; 1 Ko au plus par fichier" in reason
    assert reason.startswith("Aucun fichier n'a été ajouté")
    # the HTML form gets the same as a page
    r = upload(client, {"long.txt": b"a" * 5000}, token=token, path="/upload")
    assert r.status_code == 413 and "4 Ko au plus par envoi" in r.get_data(as_text=True)
    assert "Traceback" not in r.get_data(as_text=True)
    assert names(served / "articles") == before


def test_a_file_of_another_kind_or_unreadable_is_refused_and_nothing_written(served):
    client = live_app(served).test_client()
    token = token_of(client)
    before = names(served / "articles")
    r = upload(client, {"photo.png": b"\x89PNG\r\n", "port.txt": NEW_ARTICLE.encode()},
               token=token)
    assert r.status_code == 415
    reason = r.get_json()["reason"]
    assert "« photo.png » : type de fichier refusé (.png)" in reason and ".txt, .md" in reason
    english = (b"The mayor of the town opened the new bridge with the councillors of the "
               b"region, and he thanked the residents for their patience during the works "
               b"that lasted two years on the river.\n")
    r = upload(client, {"vide.txt": b"  \n", "english.txt": english}, token=token)
    assert r.status_code == 400
    reason = r.get_json()["reason"]
    assert "« vide.txt » : illisible comme article (empty file)" in reason
    assert "« english.txt »" in reason and "not French" in reason
    r = client.post("/api/articles", data={"csrf_token": token}, headers={"Origin": HERE},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "Aucun fichier reçu" in r.get_json()["reason"]
    assert names(served / "articles") == before
    assert not any(p.name.startswith(".temoin-upload") for p in (served / "articles").iterdir())


def test_a_good_upload_is_written_under_a_safe_new_name_and_triggers_a_rebuild(served):
    app = live_app(served)
    client = app.test_client()
    live = app.extensions["temoin_live"]
    token = token_of(client)
    crue = (served / "articles" / "crue.txt").read_bytes()
    r = upload(client, {"../../port.txt": NEW_ARTICLE.encode(),  # a path: its name only
                        "crue.txt": OTHER_ARTICLE.encode()},  # a name in use: another name
               token=token)
    assert r.status_code == 202, r.get_json()
    saved = r.get_json()["saved"]
    assert [(s["sent"], s["name"], s["already"]) for s in saved] == [
        ("../../port.txt", "port.txt", False), ("crue.txt", "crue-2.txt", False)]
    assert saved[0]["title"] == NEW_ARTICLE.splitlines()[0]
    folder = served / "articles"
    assert (folder / "port.txt").read_bytes() == NEW_ARTICLE.encode()
    assert (folder / "crue-2.txt").read_bytes() == OTHER_ARTICLE.encode()
    assert (folder / "crue.txt").read_bytes() == crue  # never overwritten
    assert not (served / "port.txt").exists()
    assert live.pending and r.get_json()["rebuilding"] is True  # rebuild requested
    assert client.get("/api/status").get_json()["pending"] is True
    # the same bytes under the same name again: nothing written, nothing to rebuild
    live._urgent = False
    r = upload(client, {"port.txt": NEW_ARTICLE.encode()}, token=token, path="/upload")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "déjà présent, à l'identique" in page and 'data-name="port.txt"' in page
    assert names(folder) == sorted([*SERVED, "port.txt", "crue-2.txt"])
    # a name made of nothing safe, and another id's stem with another extension
    r = upload(client, {"énergie.md": "# Énergie\n\n".encode() + OTHER_ARTICLE.encode(),
                        "<>.txt": OTHER_ARTICLE.encode()}, token=token)
    assert [s["name"] for s in r.get_json()["saved"]] == ["energie-2.md", "article.txt"]


def test_status_says_what_is_served(served):
    app = live_app(served)
    status = app.test_client().get("/api/status?since=nope").get_json()
    assert status["live"] is True and status["articles"] == 3
    assert status["rebuilding"] is False and status["pending"] is False
    assert status["last_error"] is None and status["new_since"] is None
    assert status["watching"] == [str(served / "articles")]
    r = app.test_client().get("/api/status")
    assert r.headers["Cache-Control"] == "no-store"
    assert app.test_client().get("/api/status?since=" + "x" * 100).status_code == 400


# ----------------------------------------------------------------------------- rebuilds
@pytest.mark.model
def test_a_new_file_makes_one_rebuild_that_reads_the_others_from_the_cache(served):
    served_root = served
    clock = Clock()
    app = live_app(served)
    live = app.extensions["temoin_live"]
    live.clock, live.changed_at = clock, clock.now
    client = app.test_client()
    first = client.get("/api/status").get_json()["version"]
    assert client.get("/api/search?q=Courtade").get_json()["results"] == []
    folder = served / "articles"
    assert not live.step() and live.rebuilds == 0  # nothing changed
    # a burst: two files a second apart; nothing is built until the folder is quiet 2 s
    (folder / "port.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert not live.step()
    clock.now += 1
    (folder / "musee.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    assert not live.step()
    clock.now += 1.5
    assert not live.step() and live.pending
    clock.now += 1
    assert live.step()  # one rebuild, for both
    assert live.rebuilds == 1 and not live.pending
    clock.now += 10
    assert not live.step() and live.rebuilds == 1
    last = live.last
    assert last.error is None and last.problems == []
    assert (last.articles, last.added, last.removed) == (5, 2, 0)
    assert (last.from_cache, last.extracted) == (3, 2)  # only the new ones parsed
    assert list(last.phases) == ["build", "write", "store", "swap", "collect"]
    assert list(last.phases_cpu) == list(last.phases)
    assert last.read == 5  # the first rebuild of this app reads every file
    status = client.get(f"/api/status?since={first}").get_json()
    assert status["version"] != first and status["new_since"] == 2 and status["articles"] == 5
    assert status["generation"] == 2
    assert status["last_rebuild"]["from_cache"] == 3
    hits = client.get("/api/search?q=Courtade").get_json()["results"]
    assert any(h["label"] == "Hélène Courtade" for h in hits), hits
    on_disk = json.loads((served / "graph.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in on_disk["graph"]["articles"]} == {
        "crue", "election", "energie", "port", "musee"}
    # the quote store was rewritten too: quote search finds the new sentence
    found = client.get("/api/quotes?q=Vernalis").get_json()
    assert found["total"] >= 1 and all("Vernalis" in q["text"] for q in found["quotes"])
    for q in found["quotes"]:
        text = next(a["text"] for a in on_disk["graph"]["articles"] if a["id"] == "port")
        assert text[q["start"]:q["end"]] == q["text"]
    # an upload is built at the next look, without waiting for quiet
    token = token_of(client)
    r = upload(client, {"rivemont.txt": (FIXTURES / "rivemont.txt").read_bytes()}, token=token)
    assert r.status_code == 202
    assert live.step() and live.last.added == 1 and live.last.from_cache == 5
    assert live.last.read == 1  # the others were read by the rebuild before
    # an article edited: read, parsed and extracted again, its new text served
    crue = folder / "crue.txt"
    edited = crue.read_text(encoding="utf-8") + (
        "Le ministre bolivien de l'Intérieur, Tomas Arriaga, a visité la ville de Rivalta.\n")
    crue.write_text(edited, encoding="utf-8")
    clock.now += 1
    assert not live.step()
    clock.now += 3
    assert live.step() and (live.last.read, live.last.extracted) == (1, 1)
    assert live.last.added == 0 and live.last.articles == 6
    served = client.get("/api/articles/crue").get_json()
    assert "Tomas Arriaga" in served["text"]
    # a file removed leaves the graph at the next rebuild
    (folder / "musee.txt").unlink()
    clock.now += 1
    live.step()
    clock.now += 3
    assert live.step() and live.last.removed == 1 and live.last.articles == 5
    assert live.last.read == 0
    assert client.get("/api/status").get_json()["articles"] == 5
    # after these rebuilds (the later ones taking the extractions kept in memory), the files
    # served are those `temoin build` makes of the folder, nothing cached
    from webapp.cli import main

    reference = served_root / "reference"
    reference.mkdir()
    assert main(["build", str(folder), "--out", str(reference / "graph.json"), "--quiet",
                 "--jobs", "1", "--no-cache"]) == 0
    assert (reference / "graph.json").read_bytes() == (served_root / "graph.json").read_bytes()
    # the same rows; the nodes may be drawn elsewhere (a live addition keeps the drawing)
    assert store_rows(reference / "graph.sqlite", positions=False) == store_rows(
        served_root / "graph.sqlite", positions=False)


store_rows = content_rows  # the rows of a store but its graph file's modification time


@pytest.mark.model
def test_a_live_addition_keeps_the_drawing_the_reader_knows(served, monkeypatch):
    """After « 1 nouvel article — recharger », the graph is drawn as before: every node
    already there where it was, the new ones beside their neighbours; a rebuild that makes
    most of the graph new (here: any new node) lays it out afresh, as ``temoin build``."""
    import webapp.live
    from webapp.cli import main

    before = node_positions(served / "graph.sqlite")
    app = live_app(served, LIVE_QUIET=0)
    live = app.extensions["temoin_live"]
    monkeypatch.setattr(webapp.live, "REDRAW_SHARE", 1.0)
    (served / "articles" / "port.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert live.step() and live.last.error is None and live.last.added == 1
    after = node_positions(served / "graph.sqlite")
    assert set(after) > set(before)
    assert {n: after[n] for n in before if n in after} == {
        n: p for n, p in before.items() if n in after}
    reference = served / "reference"
    reference.mkdir()
    assert main(["build", str(served / "articles"), "--out", str(reference / "graph.json"),
                 "--quiet", "--jobs", "1", "--no-cache"]) == 0
    assert store_rows(reference / "graph.sqlite", positions=False) == store_rows(
        served / "graph.sqlite", positions=False)
    # too much new: laid out afresh, the very store a build writes
    monkeypatch.setattr(webapp.live, "REDRAW_SHARE", 0.0)
    (served / "articles" / "musee.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    assert live.step() and live.last.error is None and live.last.added == 1
    assert main(["build", str(served / "articles"), "--out", str(reference / "graph.json"),
                 "--quiet", "--jobs", "1", "--no-cache"]) == 0
    assert store_rows(reference / "graph.sqlite") == store_rows(served / "graph.sqlite")


@pytest.mark.model
def test_additions_one_at_a_time_are_laid_out_afresh_once_they_add_up(served, monkeypatch):
    """Each addition alone may add few nodes; once those added since the graph was last laid
    out afresh pass `REDRAW_SHARE`, the next rebuild lays it out afresh (the store a build
    writes), so that a server fed one article at a time never serves a drawing mostly placed
    by hand."""
    import webapp.live
    from webapp.cli import main

    start = set(node_positions(served / "graph.sqlite"))
    app = live_app(served, LIVE_QUIET=0)
    live = app.extensions["temoin_live"]
    folder = served / "articles"
    monkeypatch.setattr(webapp.live, "REDRAW_SHARE", 1.0)
    (folder / "port.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert live.step() and live.last.error is None
    after_one = set(node_positions(served / "graph.sqlite"))
    (folder / "musee.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    reference = served / "reference" / "graph.sqlite"  # what a build of the folder writes
    reference.parent.mkdir()
    assert main(["build", str(folder), "--out", str(reference.with_suffix(".json")),
                 "--quiet", "--jobs", "1", "--no-cache"]) == 0
    final = set(node_positions(reference))
    alone, together = len(final - after_one), len(final - start)
    assert 0 < alone < together
    # the second addition alone is under the share, both together over it
    monkeypatch.setattr(webapp.live, "REDRAW_SHARE", (alone + together) / 2 / len(final))
    assert live.step() and live.last.error is None and live.last.added == 1
    assert store_rows(reference) == store_rows(served / "graph.sqlite")


#: run in a process of its own on a copy of the package: what ``temoin serve`` does on start
#: (reads the served articles with the pipeline, which loads the rules), then a rule file is
#: edited on disk, an article removed, and one rebuild made.
SERVER_AFTER_AN_EDIT = """
import json, sys
from pathlib import Path
import graph.pipeline, graph.relations
from webapp.app import create_app
root, package = Path(sys.argv[1]), Path(sys.argv[2])
assert Path(graph.relations.__file__).is_relative_to(package), graph.relations.__file__
app = create_app({"TESTING": True, "GRAPH_PATH": str(root / "graph.json"),
                  "LIVE_INPUTS": [str(root / "articles")]})
rules = package / "graph" / "relations" / "__init__.py"
rules.write_text(rules.read_text(encoding="utf-8") + "\\n# edited meanwhile\\n",
                 encoding="utf-8")
(root / "articles" / "crue.txt").unlink()
last = app.extensions["temoin_live"].rebuild()
print(json.dumps([last.error, last.articles, last.extracted, last.from_cache,
                  "spacy" in sys.modules]))
"""


def test_a_server_rebuild_takes_the_entries_of_the_code_it_runs(served, tmp_path):
    """The first rebuild of a server reads the cache entries that ``temoin build`` wrote
    with the code the server runs, even if the package's files were edited after the
    server started (as during a benchmark, while rules are being changed): the extraction
    cache is named by the code loaded, not by the files at the first look-up. It used to
    extract every article again there, and to file the old rules' results under the new
    rules' name."""
    import subprocess
    import sys

    package = tmp_path / "package"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("graph", "webapp"):
        shutil.copytree(Path(__file__).parent.parent / name, package / name, ignore=ignore)
    done = subprocess.run([sys.executable, "-c", SERVER_AFTER_AN_EDIT, str(served),
                           str(package)], cwd=package, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    error, articles, extracted, from_cache, spacy = json.loads(done.stdout.splitlines()[-1])
    assert error is None and articles == 2
    assert (extracted, from_cache) == (0, 2)  # both from the entries of `temoin build`
    assert not spacy  # nothing to parse: spaCy not even imported


@pytest.mark.model
def test_a_bad_file_is_named_and_the_rest_join(served):
    app = live_app(served, LIVE_QUIET=0)
    live = app.extensions["temoin_live"]
    client = app.test_client()
    folder = served / "articles"
    (folder / "vide.txt").write_text("   \n", encoding="utf-8")
    (folder / "port.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert live.step()
    assert live.last.error is None and live.last.added == 1
    status = client.get("/api/status").get_json()
    assert status["problems"] == [{"path": str(folder / "vide.txt"), "reason": "empty file"}]
    assert status["articles"] == 4


@pytest.mark.model
def test_a_failed_rebuild_keeps_the_graph_served(served):
    app = live_app(served, LIVE_QUIET=0)
    live = app.extensions["temoin_live"]
    client = app.test_client()
    version = client.get("/api/status").get_json()["version"]
    graph_bytes = (served / "graph.json").read_bytes()
    nodes = client.get("/api/meta").get_json()["nodes"]
    # every article removed: nothing to build from; the graph served stays, the page says why
    for name in SERVED:
        (served / "articles" / name).unlink()
    (served / "articles" / "vide.txt").write_text("", encoding="utf-8")
    assert live.step()
    status = client.get("/api/status").get_json()
    assert status["version"] == version and status["articles"] == 3
    assert "no article could be read" in status["last_error"]
    assert status["problems"][0]["path"].endswith("vide.txt")
    assert client.get("/api/meta").get_json()["nodes"] == nodes
    assert (served / "graph.json").read_bytes() == graph_bytes
    # the graph file cannot be written (a folder in its place): the same
    shutil.copy(FIXTURES / "crue.txt", served / "articles" / "crue.txt")
    (served / "graph.json").unlink()
    (served / "graph.json").mkdir()
    assert live.step()
    status = client.get("/api/status").get_json()
    assert status["version"] == version and "cannot write" in status["last_error"]
    assert client.get("/api/meta").get_json()["nodes"] == nodes
    assert client.get("/").status_code == 200


def test_live_starts_and_stops_its_thread(served):
    app = live_app(served, LIVE_WATCH=True, LIVE_POLL=0.05)
    live: Live = app.extensions["temoin_live"]
    assert live._thread is not None and live._thread.is_alive()
    live.stop(timeout=5)
    assert not live._thread.is_alive()
