#!/usr/bin/env python3
"""Set up the project's virtual environment from the pinned locks, then run a task in it.

    python3 dev.py serve      # install, then `mkdocs serve` the site from content/
    python3 dev.py build      # install, then `mkdocs build` into site/
    python3 dev.py test       # install with test tools, then ruff and pytest
    python3 dev.py bench NAME # install, then run benchmarks/NAME.py (see docs/quality.md)
    python3 dev.py run CMD…   # install, then run any command inside the environment
    python3 dev.py lock       # re-resolve requirements*.in into the hashed locks

Only the standard library is used here, so it runs on a fresh Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("EXPLAINER_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
LOCKS = {"run": ["requirements.lock"], "test": ["requirements.lock", "requirements-test.lock"]}


def _stamp(profile: str) -> str:
    digest = hashlib.sha256(profile.encode())
    for name in LOCKS[profile] + ["pyproject.toml"]:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_env(profile: str) -> None:
    """Create the venv and install the locked dependencies unless already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs on whatever python3 is
        sys.exit(f"Python 3.11 or newer is required (this is {sys.version.split()[0]}).")
    python = BIN / "python"
    if not python.exists():
        print(f"Creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp_file = VENV / f".explainer-{profile}"
    stamp = _stamp(profile)
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        return
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    requirements = [arg for lock in LOCKS[profile] for arg in ("-r", str(ROOT / lock))]
    print(f"Installing pinned dependencies ({', '.join(LOCKS[profile])})", flush=True)
    subprocess.run([*pip, "--require-hashes", *requirements], check=True)
    # The project itself is the only unhashed install: it is this checkout.
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    for other in LOCKS:
        (VENV / f".explainer-{other}").unlink(missing_ok=True)
    stamp_file.write_text(stamp)


def run(*command: str) -> int:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env["VIRTUAL_ENV"] = str(VENV)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner, every run
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def lock() -> int:
    ensure_env("test")
    subprocess.run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "pip-tools"],
                   check=True)
    flags = ["--generate-hashes", "--allow-unsafe", "--strip-extras", "--quiet",
             "--no-emit-index-url", "--no-emit-find-links", "--no-emit-trusted-host"]
    for name in ("requirements", "requirements-test"):
        code = run(str(BIN / "pip-compile"), *flags, "-o", f"{name}.lock", f"{name}.in")
        if code:
            return code
    return 0


def main(argv: list[str]) -> int:
    task, *rest = argv or ["help"]
    if task == "serve":
        ensure_env("run")
        return run("mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", *rest)
    if task == "build":
        ensure_env("run")
        return run("mkdocs", "build", *rest)
    if task == "test":
        ensure_env("test")
        return run("ruff", "check", ".") or run("python", "-m", "pytest", *rest)
    if task == "bench" and rest:
        ensure_env("test")
        return run("python", "-m", f"benchmarks.{rest[0]}", *rest[1:])
    if task == "run" and rest:
        ensure_env("test")
        return run(*rest)
    if task == "lock":
        return lock()
    print(__doc__)
    return 0 if task == "help" else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
