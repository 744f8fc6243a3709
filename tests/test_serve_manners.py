"""``temoin serve`` manners: a busy port, a corrupt or foreign graph, an invalid port."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from webapp.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "graph.json"


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_an_invalid_port_is_refused(port, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", port])
    assert exc.value.code == 2
    assert f"invalid port '{port}': a number from 0 to 65535" in capsys.readouterr().err


@pytest.mark.parametrize("content,reason", [
    (b'{"nodes": [', "is not graph JSON: Expecting value at line 1"),
    (b'{"type": "FeatureCollection", "features": []}', "is not a Témoin graph: no 'nodes' list"),
    (b"\x89PNG\r\n", "is not graph JSON: not UTF-8"),
])
def test_a_corrupt_or_foreign_graph_says_what_is_wrong(tmp_path, monkeypatch, capsys, content,
                                                      reason):
    monkeypatch.chdir(tmp_path)
    graph = tmp_path / "graph.json"
    graph.write_bytes(content)
    assert main(["serve", "--graph", str(graph)]) == 1
    err = capsys.readouterr().err
    assert f"temoin: {graph} {reason}" in err
    assert "internal error" not in err and "Traceback" not in err


def test_a_busy_port_says_so_and_suggests_another(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE, graph)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--graph", str(graph), "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"temoin: port {port} on 127.0.0.1 is already in use; choose another with --port" \
        in err
    assert "Traceback" not in err
