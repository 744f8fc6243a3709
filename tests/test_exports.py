"""``temoin export``: GraphML and GEXF read back by networkx, CSV and Cypher loaded into a real
embedded graph database (kuzu), atomic writes and clear errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import networkx as nx
import pytest

from graph.exports import (
    FORMATS,
    export_files,
    read_graph_data,
    relation_type,
    write_export,
)
from graph.model import TemoinError
from webapp.app import create_app
from webapp.cli import main

kuzu = pytest.importorskip("kuzu")

# An invented article whose quotes hold what breaks naive writers: apostrophes, a backslash,
# double quotes, commas, semicolons, French quotes and a line break inside a quote.
TEXT = (
    "Le port d'Alvéria s'agrandit\n\n"
    "La société Navimar a financé le quai « nord », selon l'adjoint \"Léo\" Brandt.\n"
    "Navimar a racheté; le chantier C:\\quais\\nord de la ville,\navec la région.\n"
)


def _quote(text: str, sentence: int, modality: str = "asserted") -> dict:
    start = TEXT.index(text)
    return {"article": "alveria", "sentence": sentence, "start": start,
            "end": start + len(text), "text": text, "modality": modality,
            "attributed_to": None, "verb": "financer", "highlights": []}


Q1 = "La société Navimar a financé le quai « nord », selon l'adjoint \"Léo\" Brandt."
Q2 = "Navimar a racheté; le chantier C:\\quais\\nord de la ville,\navec la région."


@pytest.fixture
def tricky() -> dict:
    return {
        "directed": True, "multigraph": True,
        "graph": {"articles": [{"id": "alveria", "title": "Le port d'Alvéria s'agrandit",
                                "path": "alveria.txt", "text": TEXT,
                                "sentences": [[0, 28], [30, 108], [109, 183]],
                                "group": "alveria", "copies": 3}]},
        "nodes": [
            {"id": "navimar", "label": "Navimar", "type": "ORG",
             "aliases": ["société Navimar", "l'armateur"], "mentions": 2,
             "articles": ["alveria"], "evidence": []},
            {"id": "quai", "label": "quai « nord »", "type": "CONCEPT", "aliases": [],
             "mentions": 1, "articles": ["alveria"], "evidence": []},
            {"id": "chantier", "label": "chantier", "type": "CONCEPT", "aliases": [],
             "mentions": 1, "articles": ["alveria"], "evidence": []},
        ],
        "edges": [
            {"source": "navimar", "target": "quai", "key": "financer", "relation": "financer",
             "sources": 1, "copies": 3, "articles": ["alveria"], "status": "reported",
             "contradicted": False, "evidence": [_quote(Q1, 1, "reported")]},
            {"source": "navimar", "target": "quai", "key": "dirigeant de",
             "relation": "dirigeant de", "sources": 1, "articles": ["alveria"],
             "status": "asserted", "contradicted": False, "evidence": [_quote(Q1, 1)]},
            {"source": "navimar", "target": "chantier", "key": "racheter", "relation": "racheter",
             "sources": 1, "articles": ["alveria"], "status": "asserted",
             "contradicted": False, "evidence": [_quote(Q2, 2)]},
        ],
    }


def test_the_fixture_quotes_are_the_article_text(tricky):
    for edge in tricky["edges"]:
        for ev in edge["evidence"]:
            assert TEXT[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_the_same_counts(tmp_path, fixture_data, fmt, reader):
    out = tmp_path / f"graph.{fmt}"
    write_export(fixture_data, fmt, out)
    g = reader(out)
    assert g.number_of_nodes() == len(fixture_data["nodes"])
    assert g.number_of_edges() == len(fixture_data["edges"])
    node = fixture_data["nodes"][0]
    assert g.nodes[node["id"]]["label"] == node["label"]
    assert g.nodes[node["id"]]["type"] == node["type"]
    assert g.nodes[node["id"]]["aliases"] == "; ".join(node["aliases"])
    edge = fixture_data["edges"][0]
    (attrs,) = [d for u, v, d in g.edges(data=True)
                if (u, d["relation"], v) == (edge["source"], edge["relation"], edge["target"])]
    assert attrs["sources"] == edge["sources"]
    modalities = {ev["modality"] for ev in edge["evidence"]}
    assert attrs["status"] == edge.get("status", "asserted" if "asserted" in modalities else
                                       "reported" if "reported" in modalities else
                                       sorted(modalities)[0])
    assert attrs["evidence_count"] == len(edge["evidence"])


def test_graphml_keeps_parallel_edges_of_different_relations(tmp_path, tricky):
    out = tmp_path / "g.graphml"
    write_export(tricky, "graphml", out)
    g = nx.read_graphml(out)
    assert sorted(d["relation"] for _, _, d in g.edges("navimar", data=True)) == [
        "dirigeant de", "financer", "racheter"]


def _kuzu(tmp_path: Path):
    db = kuzu.Database(str(tmp_path / "kuzu.db"))
    return db, kuzu.Connection(db)


def _rows(conn, query: str, **params) -> list[list]:
    result = conn.execute(query, params)
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    return rows


def test_csv_loads_into_kuzu_with_byte_exact_quotes(tmp_path, tricky):
    out = tmp_path / "csv"
    write_export(tricky, "csv", out)
    header = (out / "relations.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(":START_ID(Entity),:END_ID(Entity),:TYPE,id,relation")
    db, conn = _kuzu(tmp_path)
    # the columns in the order of the files' neo4j-admin headers
    conn.execute("CREATE NODE TABLE Entity(id STRING, label STRING, type STRING, "
                 "aliases STRING, parts STRING, mentions INT64, articles STRING, "
                 "article_count INT64, evidence_count INT64, labels STRING, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Article(id STRING, title STRING, path STRING, date STRING, "
                 "source STRING, sentences INT64, grp STRING, copies INT64, text STRING, "
                 "labels STRING, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Evidence(id STRING, edge STRING, article STRING, "
                 "sentence INT64, start INT64, `end` INT64, text STRING, modality STRING, "
                 "attributed_to STRING, verb STRING, labels STRING, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE RELATION(FROM Entity TO Entity, type STRING, id STRING, "
                 "relation STRING, sources INT64, status STRING, contradicted BOOLEAN, "
                 "articles STRING, evidence_count INT64, copies INT64)")
    conn.execute("CREATE REL TABLE QUOTED_IN(FROM Evidence TO Article, type STRING)")
    for table, name in [("Entity", "entities"), ("Article", "articles"),
                        ("Evidence", "evidence"), ("RELATION", "relations"),
                        ("QUOTED_IN", "quoted_in")]:
        conn.execute(f"COPY {table} FROM '{out / (name + '.csv')}' (HEADER=true, PARALLEL=false)")
    assert _rows(conn, "MATCH (n:Entity) RETURN count(n)") == [[3]]
    assert _rows(conn, "MATCH ()-[r:RELATION]->() RETURN count(r)") == [[3]]
    rows = _rows(conn, "MATCH (a:Entity)-[r:RELATION]->(b:Entity), (q:Evidence) "
                       "WHERE r.relation = 'racheter' AND q.edge = r.id "
                       "RETURN r.type, q.text, q.start, q.`end`, a.label")
    assert rows == [["RACHETER", Q2, TEXT.index(Q2), TEXT.index(Q2) + len(Q2), "Navimar"]]
    rows = _rows(conn, "MATCH (q:Evidence)-[:QUOTED_IN]->(a:Article) WHERE q.modality = "
                       "'reported' RETURN q.text, a.title")
    assert rows == [[Q1, "Le port d'Alvéria s'agrandit"]]
    assert _rows(conn, "MATCH ()-[r:RELATION]->() WHERE r.relation = 'financer' "
                       "RETURN r.sources, r.copies") == [[1, 3]]
    assert _rows(conn, "MATCH (a:Article) RETURN a.grp, a.copies, a.text") == [
        ["alveria", 3, TEXT]]
    # every quote is its article's text between its offsets, inside the database
    rows = _rows(conn, "MATCH (q:Evidence)-[:QUOTED_IN]->(a:Article) "
                       "RETURN q.text = substring(a.text, q.start + 1, q.`end` - q.start)")
    assert rows == [[True]] * 3


def test_cypher_script_runs_in_kuzu_with_byte_exact_quotes(tmp_path, tricky):
    out = tmp_path / "graph.cypher"
    write_export(tricky, "cypher", out)
    script = out.read_text(encoding="utf-8")
    assert "MERGE (n:Entity {id: 'navimar'})" in script
    db, conn = _kuzu(tmp_path)
    # Neo4j makes labels and types as it meets them; kuzu needs them declared first.
    conn.execute("CREATE NODE TABLE Entity(id STRING, label STRING, type STRING, "
                 "aliases STRING[], parts STRING[], mentions INT64, articles STRING[], "
                 "article_count INT64, evidence_count INT64, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Article(id STRING, title STRING, path STRING, date STRING, "
                 "source STRING, sentences INT64, `group` STRING, copies INT64, text STRING, "
                 "PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Evidence(id STRING, edge STRING, article STRING, "
                 "sentence INT64, start INT64, `end` INT64, text STRING, modality STRING, "
                 "attributed_to STRING, verb STRING, PRIMARY KEY(id))")
    for rel in {relation_type(e["relation"]) for e in tricky["edges"]}:
        conn.execute(f"CREATE REL TABLE {rel}(FROM Entity TO Entity, id STRING, "
                     "relation STRING, sources INT64, copies INT64, status STRING, "
                     "contradicted BOOLEAN, articles STRING[], modalities STRING[], "
                     "evidence_count INT64)")
    conn.execute("CREATE REL TABLE QUOTED_IN(FROM Evidence TO Article)")
    statements = "\n".join(line for line in script.splitlines(keepends=False)
                           if not line.startswith(("//", "CREATE CONSTRAINT")))
    for _ in range(2):  # MERGE: running the script twice changes nothing
        conn.execute(statements)
    assert _rows(conn, "MATCH (n:Entity) RETURN count(n)") == [[3]]
    assert _rows(conn, "MATCH (q:Evidence) RETURN count(q)") == [[3]]
    assert _rows(conn, "MATCH (n:Entity {id: 'navimar'}) RETURN n.aliases") == [
        [["société Navimar", "l'armateur"]]]
    rows = _rows(conn, "MATCH (a:Entity)-[r:DIRIGEANT_DE]->(b:Entity), (q:Evidence) "
                       "WHERE q.edge = r.id RETURN q.text, b.label, r.relation")
    assert rows == [[Q1, "quai « nord »", "dirigeant de"]]
    rows = _rows(conn, "MATCH (q:Evidence)-[:QUOTED_IN]->(a:Article) "
                       "WHERE q.edge = 'navimar/racheter/chantier' RETURN q.text, q.start")
    assert rows == [[Q2, TEXT.index(Q2)]]
    assert _rows(conn, "MATCH ()-[r:FINANCER]->() RETURN r.sources, r.copies") == [[1, 3]]
    assert _rows(conn, "MATCH ()-[r:RACHETER]->() RETURN r.sources, r.copies") == [[1, 1]]
    assert _rows(conn, "MATCH (a:Article) RETURN a.text") == [[TEXT]]


def test_cli_export_writes_each_format(tmp_path, capsys):
    graph = Path(__file__).parent / "fixtures" / "graph.json"
    for fmt in FORMATS:
        out = tmp_path / f"out-{fmt}"
        assert main(["export", str(graph), "--format", fmt, "--out", str(out)]) == 0
        assert out.exists()
    assert sorted(p.name for p in (tmp_path / "out-csv").iterdir()) == [
        "IMPORT.txt", "articles.csv", "entities.csv", "evidence.csv", "quoted_in.csv",
        "relations.csv"]
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    err = capsys.readouterr().err
    assert "csv: 6 file(s)" in err


@pytest.mark.parametrize("content,reason", [
    (None, "cannot read"),
    (b"{not json", "is not graph JSON: Expecting property name"),
    (b"\xff\xfe", "is not graph JSON: not UTF-8"),
    (b'{"hello": 1}', "is not a Témoin graph: no 'nodes' list"),
    (b'{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "z"}]}',
     "edge 0 points to 'z'"),
])
def test_cli_export_bad_graph_is_one_clear_line(tmp_path, capsys, content, reason):
    graph = tmp_path / "graph.json"
    if content is not None:
        graph.write_bytes(content)
    out = tmp_path / "graph.graphml"
    assert main(["export", str(graph), "--format", "graphml", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("temoin: ") and reason in err and str(graph) in err
    assert "internal error" not in err
    assert not out.exists()


def test_cli_export_unknown_format_is_refused(tmp_path, capsys):
    graph = Path(__file__).parent / "fixtures" / "graph.json"
    with pytest.raises(SystemExit) as exc:
        main(["export", str(graph), "--format", "pdf", "--out", str(tmp_path / "x")])
    assert exc.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_out_loses_nothing(tmp_path, fixture_data, capsys):
    out = tmp_path / "graph.gexf"
    out.write_text("old", encoding="utf-8")
    # /proc takes no new files, even from root
    with pytest.raises(TemoinError, match="cannot write /proc/graph.cypher"):
        write_export(fixture_data, "cypher", "/proc/graph.cypher")
    with pytest.raises(TemoinError, match="cannot write /proc/graph-csv"):
        write_export(fixture_data, "csv", "/proc/graph-csv")
    with pytest.raises(TemoinError, match="is not a folder"):
        write_export(fixture_data, "gexf", out / "graph.gexf")
    with pytest.raises(TemoinError, match="no such folder"):
        write_export(fixture_data, "gexf", tmp_path / "nowhere" / "graph.gexf")
    with pytest.raises(TemoinError, match="it is a folder"):
        write_export(fixture_data, "gexf", tmp_path)
    graph = Path(__file__).parent / "fixtures" / "graph.json"
    code = main(["export", str(graph), "-f", "gexf", "-o", str(tmp_path / "no" / "g.gexf")])
    assert code == 1
    assert "no such folder" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old"


def test_csv_into_an_existing_folder_replaces_each_file(tmp_path, tricky):
    out = tmp_path / "csv"
    write_export(tricky, "csv", out)
    smaller = copy.deepcopy(tricky)
    del smaller["edges"][2]
    write_export(smaller, "csv", out)
    assert len((out / "relations.csv").read_text(encoding="utf-8").splitlines()) == 3


def test_read_graph_data_accepts_what_build_writes(fixture_data, tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(fixture_data), encoding="utf-8")
    assert read_graph_data(path) == fixture_data


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_explorer_serves_each_export(fixture_data, fmt):
    app = create_app({"TESTING": True, "GRAPH_DATA": copy.deepcopy(fixture_data)})
    client = app.test_client()
    page = client.get("/").get_data(as_text=True)
    assert f'href="/export/{fmt}"' in page
    response = client.get(f"/export/{fmt}")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    files = export_files(fixture_data, fmt)
    if fmt == "csv":
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(response.data)) as z:
            assert {n: z.read(n) for n in z.namelist()} == files
    else:
        (content,) = files.values()
        body = response.data
        if fmt == "gexf":  # the date of the day is written in the file
            content, body = (_no_date(content), _no_date(body))
        assert body == content


def _no_date(content: bytes) -> bytes:
    import re

    return re.sub(rb'lastmodifieddate="[^"]*"', b"", content)


def test_an_unknown_export_is_404(client):
    assert client.get("/export/pdf").status_code == 404


def test_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"temoin {version('temoin')}\n"


# ----------------------------------------------------------------------------- any text
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# any text a quote may hold: quotes, backslashes, semicolons, commas, line breaks, tabs,
# accents, other scripts (no NUL, no lone surrogates: neither is text)
QUOTE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
    max_size=60)


@pytest.fixture(scope="module")
def kuzu_db(tmp_path_factory):
    db = kuzu.Database(str(tmp_path_factory.mktemp("kuzu") / "db"))
    conn = kuzu.Connection(db)
    conn.execute("CREATE NODE TABLE Entity(id STRING, label STRING, type STRING, "
                 "aliases STRING[], parts STRING[], mentions INT64, articles STRING[], "
                 "article_count INT64, evidence_count INT64, PRIMARY KEY(id))")
    conn.execute("CREATE NODE TABLE Evidence(id STRING, edge STRING, article STRING, "
                 "sentence INT64, start INT64, `end` INT64, text STRING, modality STRING, "
                 "attributed_to STRING, verb STRING, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE DIRE(FROM Entity TO Entity, id STRING, relation STRING, "
                 "sources INT64, copies INT64, status STRING, contradicted BOOLEAN, "
                 "articles STRING[], modalities STRING[], evidence_count INT64)")
    yield db, conn


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=QUOTE_TEXT, label=QUOTE_TEXT)
def test_any_text_comes_back_from_the_cypher_script_byte_exact(kuzu_db, quote, label):
    _, conn = kuzu_db
    conn.execute("MATCH (n) DETACH DELETE n")
    text = "Titre\n\n" + quote + "\n"
    ev = {"article": "a", "sentence": 1, "start": 7, "end": 7 + len(quote), "text": quote,
          "modality": "reported", "attributed_to": None, "verb": "dire"}
    data = {"graph": {"articles": []},
            "nodes": [{"id": "x", "label": label, "aliases": [label, quote]}, {"id": "y"}],
            "edges": [{"source": "x", "target": "y", "relation": "dire", "evidence": [ev]}]}
    assert text[ev["start"]:ev["end"]] == quote
    script = export_files(data, "cypher")["graph.cypher"].decode("utf-8")
    conn.execute("\n".join(line for line in script.split("\n")
                           if not line.startswith(("//", "CREATE CONSTRAINT"))))
    assert _rows(conn, "MATCH (q:Evidence) RETURN q.text") == [[quote]]
    assert _rows(conn, "MATCH (n:Entity {id: 'x'}) RETURN n.label, n.aliases") == [
        [label, [label, quote]]]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=QUOTE_TEXT)
def test_any_text_comes_back_from_the_csv_files_byte_exact(tmp_path_factory, quote):
    out = tmp_path_factory.mktemp("csv") / "csv"
    ev = {"article": "a", "sentence": 0, "start": 0, "end": len(quote), "text": quote}
    data = {"nodes": [{"id": "x"}, {"id": "y"}],
            "edges": [{"source": "x", "target": "y", "relation": "dire", "evidence": [ev]}]}
    write_export(data, "csv", out)
    db = kuzu.Database(str(out.parent / "db"))
    conn = kuzu.Connection(db)
    conn.execute("CREATE NODE TABLE Evidence(id STRING, edge STRING, article STRING, "
                 "sentence INT64, start INT64, `end` INT64, text STRING, modality STRING, "
                 "attributed_to STRING, verb STRING, labels STRING, PRIMARY KEY(id))")
    conn.execute(f"COPY Evidence FROM '{out / 'evidence.csv'}' (HEADER=true, PARALLEL=false)")
    assert _rows(conn, "MATCH (q:Evidence) RETURN q.text, q.`end`") == [[quote, len(quote)]]


LABEL_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=30, deadline=None)
@given(label=LABEL_TEXT, alias=LABEL_TEXT)
def test_any_label_comes_back_from_graphml_and_gexf(label, alias):
    data = {"nodes": [{"id": "x", "label": label, "aliases": [alias]}, {"id": "y"}],
            "edges": [{"source": "x", "target": "y", "relation": "dire", "evidence": []}]}
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        import io

        (content,) = export_files(data, fmt).values()
        g = reader(io.BytesIO(content))
        assert g.nodes["x"]["label"] == label
        assert g.nodes["x"]["aliases"] == alias


def test_control_characters_do_not_break_the_xml():
    data = {"nodes": [{"id": "x", "label": "Le\x0bQuotidien\x01"}], "edges": []}
    import io

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        (content,) = export_files(data, fmt).values()
        assert reader(io.BytesIO(content)).nodes["x"]["label"] == "Le\ufffdQuotidien\ufffd"
