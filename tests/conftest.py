"""Fixtures in the style of the Flask tutorial: ``app``, ``client``, ``runner``, plus the graph."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from webapp.app import create_app

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_GRAPH = FIXTURES / "graph.json"


@pytest.fixture(scope="session")
def fixture_data() -> dict[str, Any]:
    """The hand-written graph of ``tests/fixtures/graph.json`` (do not mutate)."""
    return json.loads(FIXTURE_GRAPH.read_text(encoding="utf-8"))


@pytest.fixture
def graph_data(fixture_data: dict[str, Any]) -> dict[str, Any]:
    """A private copy of the fixture graph, free to modify."""
    return copy.deepcopy(fixture_data)


@pytest.fixture
def app(graph_data: dict[str, Any]) -> Flask:
    """The explorer app on the fixture graph."""
    return create_app({"TESTING": True, "GRAPH_DATA": graph_data})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client of :func:`app`."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    """A CLI runner of :func:`app`."""
    return app.test_cli_runner()
