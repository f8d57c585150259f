"""The `explainer extract` command."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SAMPLE


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True,
                          text=True, check=False)


def test_extract_json_and_date_override():
    done = run("extract", str(SAMPLE), "--date", "2015-09-29")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["schema"] == "explainer/1"
    assert (data["article"]["date"], data["article"]["date_source"]) == ("2015-09-29",
                                                                         "command-line")
    # "on Monday" is now the day before publication.
    monday = next(t for t in data["times"] if t["text"] == "Monday")
    assert monday["value"] == "2015-09-28"


def test_extract_markdown(tmp_path):
    done = run("extract", str(SAMPLE), "--format", "markdown", "--cache-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "## Who's who" in done.stdout and "## The article" in done.stdout
    assert list(tmp_path.rglob("*.json")), "the result was cached"


def test_unreadable_input_exits_non_zero_with_one_line(tmp_path):
    bad = tmp_path / "broken.md"
    bad.write_text("---\ntitle: [\n---\ntext\n")
    done = run("extract", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"error: {bad}: front matter is not valid YAML")
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and "nope.txt: cannot be read" in missing.stderr
