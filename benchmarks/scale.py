"""Scale: sites of 100 to 3,000 real articles, each step against its floor measured in the same run.

    python3 dev.py bench scale                         # 100, 1,000 and 3,000 articles
    python3 dev.py bench scale --sizes 100 --no-search # a quick look
    python3 dev.py bench scale --json scale.json       # also keep the figures
    python3 dev.py bench scale --sizes 3000 --skip spacy extract change
                                                       # the builds alone, in half the time

Articles are PolNeAR's news texts (`polnear/*/text`, 924 of them) with their titles, dates
and publishers as front matter; past 924 the texts repeat under distinct slugs, which changes
their cache keys, so every one of them is analysed. Each size gets a fresh project in a
scratch folder (the repository's mkdocs.yml and overrides) and, in one run:

- spaCy floor: `nlp.pipe` alone over the same article bodies, `n_process` = cores, the same
  loaded pipeline as the explainer uses.
- cold extraction: `collect()` (read, analyse, extract) over every core, no cache.
- cold build: `mkdocs build` with an empty cache; warm build: the same again.
- plain floor: `mkdocs build` of the Markdown the plugin generated (dumped by a hook during the
  warm build) written to disk as ordinary pages, same theme, nav, extensions and plugins
  except the explainer.
- one change under `mkdocs serve`: a sentence appended to one article, timed from the write to
  "Reloading browsers"; its floor is the same for one plain page under a plain `mkdocs serve`.
- peak memory: proportional set size of the whole process tree (workers included), sampled
  every 50 ms.
- first search result: headless Chromium types a query right after the home page has loaded;
  timed from the first keystroke to the first result, with Material's search (its lunr index is
  built in the browser) and with the Pagefind backend (`search: pagefind`; a warm build of its
  own, timed too).

Every figure is wall-clock seconds of a subprocess, interpreter start and model load included.
Warm builds, plain builds and changes run `--repeat` times, interleaved, and the fastest run
counts: on a shared machine noise only ever adds time. The gazetteer's index is built once
before everything (as on an editor's machine after the first build) and is not timed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from benchmarks.common import ROOT, eval_dir
from generator.ids import slugify
from generator.parallel import available_cores
from generator.render import page_path

CHROMIUM = Path("/usr/bin/chromium")
QUERY = "Kasich"  # a name in a few dozen PolNeAR articles: a real, selective search

# Dumps every page the explainer plugin generated, as Markdown, for the plain floor.
DUMP_HOOK = '''
import os
from pathlib import Path


def on_files(files, config):
    out = Path(os.environ["EXPLAINER_DUMP"])
    for file in files:
        if file.generated_by and file.is_documentation_page():
            target = out / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(file.content_string, encoding="utf-8")
    return files
'''


@dataclass
class Run:
    seconds: float
    peak_mb: float


@dataclass
class Row:
    articles: int
    spacy: Run | None  # None: skipped
    extract: Run | None
    cold: Run
    warm: Run
    plain: Run
    change: float | None
    plain_change: float | None
    pages: int
    index_mb: float
    pagefind: Run
    search: float | None
    pagefind_search: float | None


def _tree_memory(root: int) -> int:
    """Proportional set size of `root` and every descendant, in bytes: resident memory with
    the pages processes share (a forked worker's model) counted once, not once per process."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
                for line in rollup:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            pass
    return total


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Wall time and peak memory of the process tree of `command`; fails loudly."""
    with tempfile.TemporaryFile("w+") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=log,
                                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_memory(process.pid))
            time.sleep(0.05)
        seconds = time.monotonic() - started
        print(f"  {seconds:.1f} s, {peak / 2**20:,.0f} MB", file=sys.stderr)
        log.seek(0)
        text = log.read()
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{text[-3000:]}")
    return Run(seconds, peak / 2**20)


def texts() -> list[tuple[str, dict[str, str]]]:
    """PolNeAR's article texts with their metadata, in a stable order."""
    folder = eval_dir() / "polnear"
    with open(folder / "metadata.tsv", encoding="utf-8", newline="") as handle:
        meta = {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    found = []
    for path in sorted(folder.glob("*/text/*.txt")):
        row = meta.get(path.stem, {})
        found.append((path.read_text(encoding="utf-8"), {
            "title": row.get("title") or path.stem, "date": row.get("publication_date", ""),
            "source": row.get("publisher", ""), "stem": path.stem}))
    return found


def write_articles(content: Path, corpus: list[tuple[str, dict[str, str]]], count: int) -> None:
    content.mkdir(parents=True)
    for n in range(count):
        text, meta = corpus[n % len(corpus)]
        copy = n // len(corpus)
        front = {"title": meta["title"] + (f" ({copy + 1})" if copy else ""),
                 "source": meta["source"], "slug": f"{meta['stem']}-{copy + 1}"}
        if re.fullmatch(r"\d{4}-\d\d-\d\d", meta["date"]):
            front["date"] = meta["date"]
        (content / f"{front['slug']}.md").write_text(
            "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + text,
            encoding="utf-8")


def make_project(folder: Path, corpus: list[tuple[str, dict[str, str]]], count: int) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    write_articles(folder / "content", corpus, count)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    # The same site with a hook that writes out the generated pages, for the plain floor.
    (folder / "dump.yml").write_text(yaml.safe_dump({**config, "hooks": ["dump_hook.py"]},
                                                    sort_keys=False), encoding="utf-8")
    (folder / "dump_hook.py").write_text(DUMP_HOOK, encoding="utf-8")


def make_plain_project(folder: Path) -> None:
    """The generated pages as a plain MkDocs project: the floor for a build and a rebuild."""
    from generator.plugin import NAV

    config = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"], config["site_dir"] = "plain", "plain-site"
    config["plugins"] = [p for p in config["plugins"]
                         if not (isinstance(p, dict) and "explainer" in p)]
    config["nav"] = NAV
    (folder / "plain.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


SPACY_FLOOR = '''
import sys
from pathlib import Path
from generator import nlp
from generator.reader import read_article
paths = sorted(Path(sys.argv[1]).glob("*.md"))
bodies = [read_article(p).article.body for p in paths]
processes = int(sys.argv[2])
language = nlp.load(nlp.AUTO)
batch = max(1, min(64, len(bodies) // (4 * processes)))
for _ in language.pipe(bodies, n_process=processes, batch_size=batch):
    pass
'''

GAZETTEER = '''
import sys
from pathlib import Path
from generator.gazetteer import Gazetteer
Gazetteer.load(cache_dir=Path(sys.argv[1]))
'''

EXTRACT = '''
import sys
from pathlib import Path
from generator.cache import Cache
from generator.collection import collect
from generator.pipeline import Pipeline
done = collect(Path(sys.argv[1]), Pipeline(index_dir=Path(sys.argv[3])), Cache(None),
               processes=int(sys.argv[2]))
assert not done.problems, done.problems[:3]
'''


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_change(project: Path, config: str, page: Path) -> float:
    """Seconds from appending a sentence to `page` to `mkdocs serve` reloading browsers."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", config, "-a", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    lines: list[tuple[float, str]] = []
    seen = threading.Condition()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            with seen:
                lines.append((time.monotonic(), line))
                seen.notify_all()

    def wait_for(text: str, after: float) -> float:
        with seen:
            ok = seen.wait_for(lambda: any(text in line and at >= after for at, line in lines)
                               or process.poll() is not None, timeout=3600)
            found = [at for at, line in lines if text in line and at >= after]
        if not ok or not found:
            sys.exit(f"mkdocs serve never logged {text!r}:\n"
                     + "".join(line for _, line in lines[-40:]))
        return found[0]

    threading.Thread(target=read, daemon=True).start()
    original = page.read_bytes()
    try:
        wait_for("Serving on", 0.0)
        time.sleep(1.0)  # let the watcher settle
        written = time.monotonic()
        # A sentence never written before: a change the cache cannot have seen.
        page.write_bytes(original + f"\n\nThe vote came {time.time_ns()} days later.\n".encode())
        return wait_for("Reloading browsers", written) - written
    finally:
        process.terminate()
        process.wait(timeout=60)
        page.write_bytes(original)


def first_search(site: Path) -> float | None:
    """Seconds from typing the query on the loaded home page to the first search result."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "-d", str(site), "-b", "127.0.0.1", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
                "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/", wait_until="load")
            page.click(".md-search__input")
            started = time.monotonic()
            page.keyboard.type(QUERY)
            page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
            seconds = time.monotonic() - started
            browser.close()
        return seconds
    finally:
        server.terminate()


def fastest(runs: list[Run]) -> Run:
    """The fastest time (and the largest memory) of several runs: this machine's noise, other
    virtual machines on its cores, only ever adds time."""
    return Run(min(r.seconds for r in runs), max(r.peak_mb for r in runs))


def measure(folder: Path, corpus: list[tuple[str, dict[str, str]]], count: int,
            processes: int, search: bool, index: Path, repeat: int,
            skip: frozenset[str] = frozenset()) -> Row:
    make_project(folder, corpus, count)
    # The gazetteer's index is built once per machine, not per build: every cold run starts
    # from it, as an editor's second build would.
    (folder / ".cache" / "explainer").mkdir(parents=True)
    for file in index.glob("gazetteer-*"):
        shutil.copy(file, folder / ".cache" / "explainer" / file.name)
    content = folder / "content"
    python = sys.executable
    spacy = extract = None
    if "spacy" not in skip:
        print(f"{count} articles: spaCy floor…", file=sys.stderr)
        spacy = run([python, "-c", SPACY_FLOOR, str(content), str(processes)], ROOT)
    if "extract" not in skip:
        print(f"{count} articles: cold extraction…", file=sys.stderr)
        extract = run([python, "-c", EXTRACT, str(content), str(processes), str(index)], ROOT)
    print(f"{count} articles: cold build…", file=sys.stderr)
    build = [python, "-m", "mkdocs", "build", "-q"]
    cold = run(build, folder)
    run([*build, "-f", "dump.yml", "-d", "site-dump"], folder,
        {"EXPLAINER_DUMP": str(folder / "plain")})
    make_plain_project(folder)
    plain_build = [python, "-m", "mkdocs", "build", "-q", "-f", "plain.yml"]
    warm_runs, plain_runs = [], []
    for _ in range(repeat):  # interleaved, so that a slow spell of the machine hits both
        print(f"{count} articles: warm build, plain build…", file=sys.stderr)
        warm_runs.append(run(build, folder))
        plain_runs.append(run(plain_build, folder))
    warm, plain = fastest(warm_runs), fastest(plain_runs)
    change = plain_change = None
    if "change" not in skip:
        print(f"{count} articles: one change under serve…", file=sys.stderr)
        article = sorted(content.glob("*.md"))[count // 2]
        plain_page = folder / "plain" / page_path(slugify(article.stem))
        changes, plain_changes = [], []
        for _ in range(repeat):
            changes.append(serve_change(folder, "mkdocs.yml", article))
            plain_changes.append(serve_change(folder, "plain.yml", plain_page))
        change, plain_change = min(changes), min(plain_changes)
    site = folder / "site"
    pages = sum(1 for _ in site.rglob("index.html"))
    index_mb = (site / "search" / "search_index.json").stat().st_size / 2**20
    print(f"{count} articles: warm build with Pagefind…", file=sys.stderr)
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    (folder / "pagefind.yml").write_text(
        config.replace("- explainer:\n", "- explainer:\n    search: pagefind\n"), encoding="utf-8")
    pagefind = run([*build, "-f", "pagefind.yml", "-d", "site-pagefind"], folder)
    print(f"{count} articles: first search…", file=sys.stderr)
    found = first_search(site) if search else None
    found_pagefind = first_search(folder / "site-pagefind") if search else None
    return Row(count, spacy, extract, cold, warm, plain, change, plain_change, pages, index_mb,
               pagefind, found, found_pagefind)


def table(rows: list[Row], processes: int) -> str:
    def ratio(a: float | None, b: float | None) -> str:
        return f"{a / b:.2f}×" if a is not None and b is not None else "–"

    def number(value: float | None) -> str:
        return f"{value:.1f}" if value is not None else "–"

    lines = [f"Cores: {processes}. Seconds of wall-clock time; memory is the peak proportional "
             "set size of the whole process tree.", "",
             "| articles | pages | spaCy `nlp.pipe` | cold extraction | ratio | cold build | "
             "warm build | plain build | ratio | change (serve) | plain change | ratio | "
             "peak memory | lunr index | first search, lunr | warm build, Pagefind | "
             "first search, Pagefind |",
             "|" + "---:|" * 17]
    for r in rows:
        def seconds(value: float | None) -> str:
            return f"{value:.2f} s" if value is not None else "–"

        lines.append(
            f"| {r.articles:,} | {r.pages:,} | {number(r.spacy and r.spacy.seconds)} | "
            f"{number(r.extract and r.extract.seconds)} | "
            f"{ratio(r.extract and r.extract.seconds, r.spacy and r.spacy.seconds)} | "
            f"{r.cold.seconds:.1f} | {r.warm.seconds:.1f} | {r.plain.seconds:.1f} | "
            f"{ratio(r.warm.seconds, r.plain.seconds)} | {number(r.change)} | "
            f"{number(r.plain_change)} | {ratio(r.change, r.plain_change)} | "
            f"{max(r.cold.peak_mb, r.extract.peak_mb if r.extract else 0):,.0f} MB | "
            f"{r.index_mb:.1f} MB | "
            f"{seconds(r.search)} | {r.pagefind.seconds:.1f} ({r.pagefind.peak_mb:,.0f} MB) | "
            f"{seconds(r.pagefind_search)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    parser.add_argument("--processes", type=int, default=0, help="default: every core")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--no-search", dest="search", action="store_false",
                        help="skip the browser's first-search timing")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each warm build and change, the fastest counts")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--skip", nargs="+", default=[], choices=["spacy", "extract", "change"],
                        help="steps left out (shown as –): the floors and the serve change "
                             "take half of a large size's time")
    args = parser.parse_args()
    processes = args.processes or available_cores()
    corpus = texts()
    scratch = args.work or Path(tempfile.mkdtemp(prefix="explainer-scale-"))
    rows = []
    index = scratch / "gazetteer"
    try:
        print("gazetteer index…", file=sys.stderr)
        run([sys.executable, "-c", GAZETTEER, str(index)], ROOT)
        for count in args.sizes:
            rows.append(measure(scratch / str(count), corpus, count, processes, args.search,
                                index, args.repeat, frozenset(args.skip)))
            print(table(rows, processes), file=sys.stderr)
    finally:
        if not args.work:
            shutil.rmtree(scratch, ignore_errors=True)
    print(table(rows, processes))
    if args.json:
        args.json.write_text(json.dumps(
            [asdict(r) for r in rows], indent=2))


if __name__ == "__main__":
    main()
