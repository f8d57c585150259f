"""The editor's loop: under `mkdocs serve`, a new file in content/ becomes a page on reload."""

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


def test_new_article_appears_under_serve(tmp_path):
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
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = log.read_text()
    # The second build reused the running pipeline and the cache: one article analysed.
    assert "analysed 1 of 2 articles" in text, text
