"""One served explorer page in Debian's headless Chromium, for the browser tests that run
the app on a graph of their own (``test_browser.py`` has its session-wide server)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def need_browser() -> None:
    """Skip without Debian's chromium; fail instead when CI asks for the browser."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("TEMOIN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and TEMOIN_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing")


def watched_page(browser: Any, problems: list[str], width: int = 1300,
                 height: int = 800) -> Any:
    """A new French page of *browser* whose page errors, console errors and dialogs (each
    dismissed) are added to *problems*."""
    pg = browser.new_page(viewport={"width": width, "height": height}, locale="fr-FR")
    pg.set_default_timeout(15_000)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
          if m.type == "error" else None)
    return pg


@contextmanager
def served_page(config: dict[str, Any], width: int = 1300,
                height: int = 800) -> Iterator[tuple[Any, str, list[str]]]:
    """(page, base URL, problems) of the app made from *config*, served by waitress on a free
    loopback port; *problems* collects page errors, console errors and dialogs."""
    need_browser()
    from playwright.sync_api import sync_playwright
    from waitress import create_server

    from webapp.app import create_app

    server = create_server(create_app(config), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    problems: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=CHROMIUM_ARGS)
            try:
                pg = watched_page(browser, problems, width, height)
                yield pg, f"http://127.0.0.1:{server.effective_port}", problems
            finally:
                browser.close()
    finally:
        server.close()
