"""``temoin serve`` around the app: ports, a busy port, waitress's threads and its log."""

from __future__ import annotations

import logging
import shutil
import socket
from pathlib import Path

import pytest

import webapp.server as server_mod
from webapp.cli import main

FIXTURE_GRAPH = Path(__file__).parent / "fixtures" / "graph.json"


@pytest.mark.parametrize("port", ["70000", "-1", "+5", "1_0", "٥٠٠٠", "5000.0", "", "http", " 5"])
def test_a_bad_port_is_an_argparse_error(port, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--graph", "none.json", "--port", port])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--port" in err and f"invalid port {port!r}: a number from 0 to 65535" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("port", ["0", "1", "5000", "65535"])
def test_good_ports_parse(port):
    from webapp.cli import make_parser

    args = make_parser().parse_args(["serve", "--port", port])
    assert args.port == int(port)


def test_a_busy_port_is_named_with_a_suggestion(tmp_path, capsys):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", "--graph", str(graph), "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"port {port} on 127.0.0.1 is already in use; choose another with --port" \
        in lines[0]
    assert "--port" in lines[0] and "internal error" not in lines[0]


def test_a_busy_port_is_found_before_a_rebuild(tmp_path, monkeypatch, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Titre\n\nUn texte assez long pour être une phrase.\n", encoding="utf-8")
    monkeypatch.setattr(server_mod, "rebuild", lambda *a, **k: pytest.fail("rebuilt"))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", str(art), "--graph", str(tmp_path / "g.json"), "--port", str(port)])
    assert code == 1
    assert "is already in use" in capsys.readouterr().err


def test_an_unknown_host_is_named(tmp_path, capsys):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    code = main(["serve", "--graph", str(graph), "--host", "no-such-host.invalid", "--port",
                 "5000"])
    err = capsys.readouterr().err
    assert code == 1 and "no-such-host.invalid" in err and "internal error" not in err


def test_waitress_gets_threads_from_the_cores(tmp_path, monkeypatch, capsys):
    import os

    import waitress

    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    seen = {}

    class Server:
        effective_port = 5555

        def run(self) -> None:
            pass

        def close(self) -> None:
            pass

    def create_server(app, **kw):
        seen.update(kw)
        return Server()

    monkeypatch.setattr(waitress, "create_server", create_server)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert server_mod.serve([], graph_path=str(graph), port=0) == 0
    assert seen["threads"] == 12
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert server_mod.server_threads() == 32
    capsys.readouterr()


def test_queue_warnings_are_throttled():
    now = [0.0]
    throttle = server_mod.QueueWarningThrottle(interval=10, clock=lambda: now[0])
    logger = logging.getLogger("temoin-test-queue")
    logger.propagate = False
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep()
    logger.addHandler(handler)
    logger.addFilter(throttle)
    try:
        for depth in range(1, 1001):  # a thousand queued requests in 5 s
            now[0] = depth * 0.005
            logger.warning("Task queue depth is %d", depth)
        now[0] = 12.0
        logger.warning("Task queue depth is %d", 3)
    finally:
        logger.removeHandler(handler)
        logger.removeFilter(throttle)
    assert [r.getMessage() for r in records] == [
        "Task queue depth is 1",
        "Task queue depth is 3 (deepest 1000; 999 such warnings held back)",
    ]


def test_serve_throttles_the_waitress_queue_logger():
    throttle = server_mod.throttle_queue_warnings()
    assert throttle in logging.getLogger("waitress.queue").filters
    assert server_mod.throttle_queue_warnings() is throttle  # installed once


@pytest.mark.parametrize("raw", [
    b"GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n",
])
def test_waitress_error_pages_carry_the_security_headers(raw):
    import threading

    from waitress import create_server

    from webapp.app import CSP, create_app

    server = create_server(create_app({"GRAPH_PATH": str(FIXTURE_GRAPH)}), host="127.0.0.1",
                           port=0, threads=2)
    server_mod.secure_error_pages(server)
    threading.Thread(target=server.run, daemon=True).start()
    try:
        with socket.create_connection(("127.0.0.1", server.effective_port), timeout=10) as sock:
            sock.sendall(raw)
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
    finally:
        server.close()
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    assert head.split(" ", 2)[1] == "400", head
    assert f"Content-Security-Policy: {CSP}" in head
    assert "X-Content-Type-Options: nosniff" in head and "X-Frame-Options: DENY" in head
