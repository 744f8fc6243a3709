"""Corrections from the command line: ``temoin serve --read-only`` and the corrections it
reports, ``temoin export`` of the corrected graph (the invented fixture graph, no model)."""

from __future__ import annotations

import json
import shutil

from conftest import FIXTURE_GRAPH

from webapp.cli import main, make_parser


def served_app(tmp_path, monkeypatch, *args):
    """The app ``temoin serve`` would serve (waitress replaced), and its stderr."""
    import waitress

    seen = {}

    class Server:
        effective_port = 5555

        def run(self) -> None:
            pass

        def close(self) -> None:
            pass

    def create_server(app, **kw):
        seen["app"] = app
        return Server()

    monkeypatch.setattr(waitress, "create_server", create_server)
    monkeypatch.chdir(tmp_path)  # no articles/ folder here: the graph is served as it is
    assert main(["serve", "--graph", str(tmp_path / "graph.json"), "--port", "0", *args]) == 0
    return seen["app"]


def test_serve_read_only_and_the_corrections_it_reports(tmp_path, monkeypatch, capsys):
    shutil.copy(FIXTURE_GRAPH, tmp_path / "graph.json")
    (tmp_path / "corrections.jsonl").write_text(
        '{"op": "rename", "node": {"name": "Canada"}, "label": "Dominion"}\n'
        '{"op": "hide_node", "node": {"name": "Atlantide"}}\n'
        "pas du JSON\n", encoding="utf-8")
    assert make_parser().parse_args(["serve"]).read_only is False
    app = served_app(tmp_path, monkeypatch, "--read-only")
    err = capsys.readouterr().err
    fixes = tmp_path / "corrections.jsonl"
    assert f"{fixes}, line 3: not JSON: Expecting value (column 1)" in err
    assert f"{fixes}, line 2: stale (hide_node): no node « Atlantide »" in err
    assert f"corrections: 1 applied, 1 stale, 1 bad line(s) in {fixes}" in err
    assert app.config["CORRECTIONS_WRITABLE"] is False
    client = app.test_client()
    assert client.get("/api/nodes/canada").get_json()["label"] == "Dominion"
    r = client.post("/api/corrections", json={"op": "hide_node", "node": "omc"},
                    headers={"Origin": "http://localhost"})
    assert r.status_code == 403
    assert served_app(tmp_path, monkeypatch).config["CORRECTIONS_WRITABLE"] is True


def test_export_writes_the_corrected_graph(tmp_path, capsys):
    shutil.copy(FIXTURE_GRAPH, tmp_path / "graph.json")
    (tmp_path / "corrections.jsonl").write_text(
        json.dumps({"op": "hide_node", "node": {"name": "OMC"}}) + "\n", encoding="utf-8")
    out = tmp_path / "graph.cypher"
    assert main(["export", str(tmp_path / "graph.json"), "--format", "cypher",
                 "--out", str(out)]) == 0
    assert "corrections: 1 applied, 0 stale" in capsys.readouterr().err
    cypher = out.read_text(encoding="utf-8")
    assert "Organisation mondiale du commerce" not in cypher and "Canada" in cypher
    # the corrected graph JSON, to take elsewhere
    assert main(["export", str(tmp_path / "graph.json"), "--format", "json",
                 "--out", str(tmp_path / "corrected.json")]) == 0
    corrected = json.loads((tmp_path / "corrected.json").read_text(encoding="utf-8"))
    assert "omc" not in {n["id"] for n in corrected["nodes"]}
    assert "omc" in {n["id"] for n in json.loads(FIXTURE_GRAPH.read_text("utf-8"))["nodes"]}
