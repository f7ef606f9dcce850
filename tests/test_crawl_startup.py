"""The order of a crawl's start: `pilkada crawl` starts its loader, and the loader its fork server (which builds
the extraction pipeline, about a second), before either imports DuckDB or Scrapy, so the second core works
from the first tenth of a second (docs/performance.md, "The crawl's start and tail")."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("duckdb", "scrapy", "spacy", "trafilatura")


def _imported_when(code: str) -> list[str]:
    """What of HEAVY `code` had imported when it printed its marker line."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    lines = [line for line in run.stdout.splitlines() if line.startswith("imported: ")]
    assert lines, run.stderr[-2000:]
    return json.loads(lines[0][len("imported: "):])


def test_the_crawl_starts_its_loader_before_importing_duckdb_or_scrapy(tmp_path):
    code = f"""
import json, os, sys
import pilkada.crawler.crawl as crawl

def start(self):
    print("imported: " + json.dumps([m for m in {HEAVY!r} if m in sys.modules]), flush=True)
    os._exit(0)

crawl.BackgroundLoader.start = start
from pilkada.cli.main import main
main(["crawl", "--sites", "http://127.0.0.1:9", "--outlet", "dayaknews", "--db", {str(tmp_path / "w.duckdb")!r}])
"""
    assert _imported_when(code) == []


def test_the_loader_starts_its_fork_server_before_importing_duckdb(tmp_path):
    code = f"""
import json, os, sys
import pilkada.ingest.reextract as reextract

def worker_pool(*args, **kwargs):
    print("imported: " + json.dumps([m for m in {HEAVY!r} if m in sys.modules]), flush=True)
    os._exit(0)

reextract.worker_pool = worker_pool
from pilkada.ingest.loader import ingest_spool
ingest_spool({str(tmp_path / "w.duckdb")!r}, {str(tmp_path / "spool")!r}, workers=2, finished=lambda: False)
"""
    assert _imported_when(code) == []


def test_the_fork_server_builds_the_pipeline_without_spacys_command_line_and_extracts_the_same():
    """With the spaCy NER chosen, the fork server leaves spaCy's command line out (0.13 s of its imports); what a
    worker extracts is unchanged."""
    code = """
import json, sys
from pilkada.ingest import reextract
if sys.argv[1] == "without":
    reextract._leave_out_spacy_command_line()
from pilkada.extract.pipeline import extract_records
text = ("Bupati Jombang Warsubi menghadiri rapat KPU Kabupaten Kediri pada 3 Desember 2024 sesuai UU Nomor 10 "
        "Tahun 2016. \\u201cKami siap,\\u201d kata Ketua KPU Kediri Ahmad Fauzi.")
records = list(extract_records([(text, None)], ner_backend="spacy"))
print(json.dumps({"typer": "typer" in sys.modules, "records": records}, sort_keys=True, default=str))
"""
    runs = {}
    for mode in ("with", "without"):
        run = subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr[-2000:]
        runs[mode] = json.loads(run.stdout.splitlines()[-1])
    assert runs["with"]["typer"] and not runs["without"]["typer"]
    assert runs["without"]["records"] == runs["with"]["records"]
    assert runs["with"]["records"][0]["officials"] or runs["with"]["records"][0]["places"]


def test_a_crawls_worker_starts_with_everything_its_batches_need_imported(tmp_path):
    """What a crawl's worker imports on its first batch it would import alone, in every worker: the fork server
    imports it once (the rules' pipeline, trafilatura, DuckDB for the pages' compression). Rules only, nothing
    imports spaCy: the sentences come from extract/sentences.py."""
    (tmp_path / "probe_modules.py").write_text("import sys\n\ndef modules():\n    return sorted(sys.modules)\n")
    code = """
import json
from probe_modules import modules
from pilkada.ingest.reextract import worker_pool

pool = worker_pool(1)
print(json.dumps(pool.submit(modules).result()))
pool.shutdown()
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    in_worker = set(json.loads(run.stdout.splitlines()[-1]))
    assert {"duckdb", "trafilatura", "pilkada.extract.pipeline", "pilkada.extract.sentences",
            "pilkada.warehouse.values"} <= in_worker
    assert "spacy" not in in_worker
