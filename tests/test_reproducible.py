"""Two builds of the same content give byte-identical sites, whatever the hash seed."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SAMPLE
from .test_archive import ECONOMICS, RETAKEN


def build(root: Path, seed: str) -> dict[str, str]:
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    content = root / "content"
    content.mkdir()
    shutil.copy(SAMPLE, content / SAMPLE.name)
    (content / "kunduz-retaken.md").write_text(RETAKEN, encoding="utf-8")
    (content / "economics.md").write_text(ECONOMICS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
        text=True, check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent),
             "PYTHONHASHSEED": seed, "HOME": str(root)})
    assert done.returncode == 0, done.stderr
    site = root / "site"
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build(tmp_path / "a", "1")
    second = build(tmp_path / "b", "4242")
    assert first.keys() == second.keys()
    differing = sorted(path for path in first if first[path] != second[path])
    assert differing == []
