"""The editor's loop under `mkdocs serve`: an article added, changed or deleted in content/ shows
on the next reload, and only that article is analysed again."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .conftest import ROOT, SAMPLE


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until(check, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.5)


def test_articles_added_changed_and_deleted_under_serve(tmp_path):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    (tmp_path / "content").mkdir()
    shutil.copy(SAMPLE, tmp_path / "content" / SAMPLE.name)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)})
    try:
        home = wait_for(f"http://127.0.0.1:{port}/")
        assert "reuters-kunduz-2015-09-28" in home
        (tmp_path / "content" / "dam.txt").write_text(
            "Dam opens\n\nCAIRO (Reuters) - Egypt opened a dam on the Nile on Sunday, "
            "officials said.\n", encoding="utf-8")
        page = wait_for(f"http://127.0.0.1:{port}/articles/dam/")
        assert "Dam opens" in page
        home = wait_for(f"http://127.0.0.1:{port}/")
        assert "articles/dam/" in home
        # The rebuild reused the running pipeline and the cache: one article analysed.
        assert log.read_text().count("analysed 1 of 2 articles") == 1, log.read_text()

        dam = tmp_path / "content" / "dam.txt"
        dam.write_text(dam.read_text(encoding="utf-8") + "\nThe dam cost $4 billion, "
                       "the ministry said.\n", encoding="utf-8")
        wait_until(lambda: "4 billion" in wait_for(f"http://127.0.0.1:{port}/articles/dam/"))
        assert log.read_text().count("analysed 1 of 2 articles") == 2, log.read_text()

        builds = log.read_text().count("Reloading browsers")
        dam.unlink()
        wait_until(lambda: status(f"http://127.0.0.1:{port}/articles/dam/") == 404)
        wait_until(lambda: log.read_text().count("Reloading browsers") > builds)
        assert "articles/dam/" not in wait_for(f"http://127.0.0.1:{port}/")
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Deleting analysed nothing: the sample came from the cache all along.
    assert log.read_text().count("explainer: analysed") == 3, log.read_text()
