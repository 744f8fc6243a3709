"""Live additions in real headless Chromium (Debian's): ``temoin serve`` runs on a folder of
invented fixture articles; an article dropped into the folder makes the open page offer
« 1 nouvel article — recharger », and after the reload the explorer finds its new entity;
an article sent from « Ajouter des articles » does the same."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, need_browser, watched_page
from test_live import NEW_ARTICLE, OTHER_ARTICLE, SERVED

pytestmark = [pytest.mark.browser, pytest.mark.model]

FIXTURES = Path(__file__).parent / "fixtures"


def start_serve(folder: Path, graph: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """``temoin serve folder --graph graph --port 0`` in its own process; its URL."""
    err = log.open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "webapp.cli", "serve", str(folder), "--graph", str(graph),
         "--port", "0"], stdout=subprocess.PIPE, stderr=err, text=True,
        cwd=Path(__file__).resolve().parent.parent, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    err.close()
    lines: queue.Queue[str] = queue.Queue()
    def read() -> None:
        try:
            for line in proc.stdout:
                lines.put(line)
        except ValueError:  # closed by stop()
            pass

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if line.startswith("Témoin: http://"):
            return proc, line.split()[1].rstrip("/")
    stop(proc)
    raise AssertionError(f"temoin serve did not start: {log.read_text(encoding='utf-8')}")


def stop(proc: subprocess.Popen) -> None:
    """End the server this test started, and close its pipe (read to its end)."""
    proc.terminate()
    proc.wait(timeout=30)
    proc.stdout.close()


def test_a_dropped_article_offers_a_reload_then_its_entity_is_found(tmp_path):
    need_browser()
    from playwright.sync_api import expect, sync_playwright

    from webapp.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in SERVED:
        shutil.copy(FIXTURES / name, folder / name)
    graph = tmp_path / "graph.json"
    assert main(["build", str(folder), "--out", str(graph), "--quiet", "--jobs", "1"]) == 0
    log = tmp_path / "serve.log"
    proc, url = start_serve(folder, graph, log)
    problems: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=CHROMIUM_ARGS)
            try:
                page = watched_page(browser, problems)
                page.goto(url + "/")
                page.wait_for_selector("#mynetwork canvas")
                banner = page.locator("#live-banner")
                expect(banner).to_be_hidden()
                page.wait_for_timeout(2500)  # a poll or two: nothing new, nothing shown
                expect(banner).to_be_hidden()
                dropped = time.monotonic()
                (folder / "port.txt").write_text(NEW_ARTICLE, encoding="utf-8")
                expect(banner).to_have_text("1 nouvel article — recharger", timeout=120_000)
                print(f"banner {time.monotonic() - dropped:.1f} s after the drop")
                page.locator("#live-banner .live-reload").click()
                page.wait_for_selector("#mynetwork canvas")
                page.wait_for_timeout(2500)
                expect(banner).to_be_hidden()
                page.locator("#search").press_sequentially("courtade", delay=40)
                option = page.locator("#search-results li", has_text="Hélène Courtade")
                expect(option.first).to_be_visible()
                page.goto(url + "/articles")
                expect(page.locator(".article-list")).to_contain_text(
                    NEW_ARTICLE.splitlines()[0])
                # an upload from the page: the form, its token, then the same banner
                sent = tmp_path / "musée.txt"  # not in the served folder
                sent.write_text(OTHER_ARTICLE, encoding="utf-8")
                page.get_by_role("link", name="Ajouter des articles").first.click()
                page.set_input_files("#add-files", str(sent))
                page.locator("#add-form button[type=submit]").click()
                expect(page.locator("#saved")).to_contain_text("musee.txt")
                expect(banner).to_have_text("1 nouvel article — recharger", timeout=120_000)
                assert (folder / "musee.txt").read_text(encoding="utf-8") == OTHER_ARTICLE
            finally:
                browser.close()
    finally:
        stop(proc)
    log_text = log.read_text(encoding="utf-8")
    print(log_text)
    assert "4 articles (1 new, 1 extracted, 3 from the cache)" in log_text
    assert "5 articles (1 new, 1 extracted, 4 from the cache)" in log_text
    assert problems == []
