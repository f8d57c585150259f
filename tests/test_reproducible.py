"""Two builds of the same content give byte-identical sites, whatever the hash seed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .test_archive import build_project


def build(root: Path, seed: str) -> dict[str, str]:
    build_project(root, env={"PYTHONHASHSEED": seed, "HOME": str(root)})
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
