"""Cold extraction over several processes gives what one process gives; progress is reported."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator import parallel
from generator.cache import Cache
from generator.collection import collect
from generator.progress import Progress

from .conftest import SAMPLE

SHORT = ["Jane Doe, the mayor of Springfield, said on Tuesday the bridge would reopen.",
         '"We are ready," said John Roe, a spokesman for Acme Corp, in Paris last year.',
         "Floods hit Lagos in 2012, officials said."]


def folder(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    for n, text in enumerate(SHORT):
        (content / f"a{n}.txt").write_text(text + "\n", encoding="utf-8")
    (content / "broken.md").write_text("---\ntitle: [\n---\nx\n")
    return content


@pytest.mark.parametrize("fork", [True, False], ids=["fork", "spawn"])
def test_workers_give_the_same_explainers(tmp_path, pipeline, monkeypatch, fork):
    content = folder(tmp_path)
    alone = collect(content, pipeline, Cache(None), processes=1)
    # Forked workers share the loaded pipeline; spawned ones (under `mkdocs serve`) load theirs.
    monkeypatch.setattr(parallel, "_can_fork", lambda: fork)
    monkeypatch.setattr(parallel, "MIN_PER_PROCESS", 1)
    monkeypatch.setattr(parallel, "CHUNK", 1)
    seen: list[tuple[int, int]] = []
    spread = collect(content, pipeline, Cache(None), processes=2,
                     progress=lambda done, total: seen.append((done, total)))
    assert [x.to_dict() for x in spread.explainers] == [x.to_dict() for x in alone.explainers]
    assert spread.problems == alone.problems and len(spread.problems) == 1
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_progress_lines():
    lines: list[str] = []
    report = Progress(lines.append, every=3600)
    for done in range(1, 11):
        report(done, 10)
    # Throttled to the last line when nothing else is due.
    assert len(lines) == 1 and lines[0].startswith("10 of 10 articles analysed (100%")
    live: list[str] = []
    Progress(live.append, live=True)(5, 5)
    assert live[0].startswith("\r5 of 5") and live[0].endswith(")\n")


def test_extract_a_folder(tmp_path):
    content = folder(tmp_path)
    (content / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    done = subprocess.run([sys.executable, "-m", "generator", "extract", str(content),
                           "--processes", "1"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    corpus = json.loads(done.stdout)
    assert corpus["schema"] == "explainer-corpus/1"
    slugs = [a["article"]["slug"] for a in corpus["articles"]]
    assert len(slugs) == 4 and slugs[-1] == "reuters-kunduz-2015-09-28"  # oldest last
    assert "skipped broken.md: front matter is not valid YAML" in done.stderr
    assert "4 of 4 articles analysed (100%" in done.stderr
