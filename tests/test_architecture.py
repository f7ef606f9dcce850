"""The rooms and the one-way arrows between them (docs/architecture.md), read from the import statements.

cli on top; crawler -> ingest -> extract, warehouse; web reads warehouse; extract imports no other room
and reads no environment; no module imports a command of cli/commands/ (only cli/main.py finds them) or
a private name (`_name`) of another room.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# room -> the rooms it may import (besides itself)
ARROWS = {
    "errors": set(),
    "extract": set(),
    "queries": set(),
    "sites": set(),
    "warehouse": {"errors", "extract"},
    "ingest": {"errors", "extract", "warehouse", "crawler.declarations"},
    "crawler": {"errors", "extract", "ingest", "warehouse"},
    "web": {"errors", "warehouse"},
    "cli": {"errors", "extract", "ingest", "crawler", "warehouse", "web", "sites", "queries"},
    "bench": {"errors", "extract", "ingest", "crawler", "warehouse", "sites", "cli"},
}
# The outlet declarations (crawler/outlets/*.toml) also carry each outlet's cleanup rules, which the ingest
# step applies: the one module of crawler/ that ingest/ reads.


def _room_of(path: Path, root: Path) -> str:
    return path.relative_to(root).parts[0]


def _target(module: str) -> tuple[str, str] | None:
    """'pilkada.crawler.declarations' -> ('crawler', 'pilkada.crawler.declarations'); None outside pilkada."""
    parts = module.split(".")
    if parts[0] != "pilkada" or len(parts) < 2:
        return None
    return parts[1], module


def _allowed(room: str, module: str, target_room: str) -> bool:
    if target_room == room:
        return True
    allowed = ARROWS.get(room, set())
    return target_room in allowed or any(module == f"pilkada.{a}" or module.startswith(f"pilkada.{a}.")
                                         for a in allowed if "." in a)


def violations(root: Path, rooms=tuple(ARROWS)) -> list[str]:
    found = []
    for room in rooms:
        for path in sorted((root / room).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            where = str(path.relative_to(root))
            other_room_modules: set[str] = set()  # local names bound to a module of another room
            for node in ast.walk(tree):
                imports: list[tuple[str, list[str]]] = []
                if isinstance(node, ast.Import):
                    imports = [(alias.name, []) for alias in node.names]
                    for alias in node.names:
                        target = _target(alias.name)
                        if target and target[0] != room and alias.asname:
                            other_room_modules.add(alias.asname)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    imports = [(node.module, [alias.name for alias in node.names])]
                    target = _target(node.module)
                    if target and target[0] != room:
                        other_room_modules.update(alias.asname or alias.name for alias in node.names)
                for module, names in imports:
                    target = _target(module)
                    if target is None:
                        if room == "extract" and module == "os" and "environ" in names:
                            found.append(f"{where}: extract reads the environment (from os import environ)")
                        continue
                    target_room, full = target
                    if not _allowed(room, full, target_room):
                        found.append(f"{where}: {room} imports {full} (no arrow {room} -> {target_room})")
                    commands = [f"{full}.{n}" for n in names if full == "pilkada.cli.commands"]
                    if full.startswith("pilkada.cli.commands.") or commands:
                        if where != "cli/main.py":
                            found.append(f"{where}: imports the command {full if not commands else commands[0]}")
                    if target_room != room:
                        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
                        private += [p for p in full.split(".")[2:] if p.startswith("_") and not p.startswith("__")]
                        if private:
                            found.append(f"{where}: imports {private[0]} from {full}, private to {target_room}/")
                if room == "extract" and isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv") \
                        and isinstance(node.value, ast.Name) and node.value.id == "os":
                    found.append(f"{where}:{node.lineno}: extract reads the environment (os.{node.attr})")
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                        and node.value.id in other_room_modules and node.attr.startswith("_") \
                        and not node.attr.startswith("__"):
                    found.append(f"{where}:{node.lineno}: uses {node.value.id}.{node.attr}, private to another room")
    return found


def test_the_rooms_import_one_way_and_no_command_or_private_name_of_another_room():
    assert violations(ROOT) == []


def test_the_check_finds_each_kind_of_wrong_import(tmp_path):
    rooms = {
        "extract/rules.py": "import os\nfrom pilkada.warehouse import connect\nLEVEL = os.environ.get('X')\n",
        "warehouse/reader.py": "from pilkada.crawler.spool import read_batch\n",
        "cli/commands/demo.py": "from pilkada.cli.commands import crawl\n",
        "cli/commands/chart.py": "from pilkada.cli.commands.query import open_reader\n",
        "bench/run.py": "from pilkada.ingest.loader import _hash\nfrom pilkada.crawler import crawl\ncrawl._run_scrapy()\n",
        "web/app.py": "import pilkada.ingest.loader as loader\n",
    }
    for name, text in rooms.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = violations(tmp_path)
    expected = [
        "extract/rules.py: extract imports pilkada.warehouse (no arrow extract -> warehouse)",
        "extract/rules.py:3: extract reads the environment (os.environ)",
        "warehouse/reader.py: warehouse imports pilkada.crawler.spool (no arrow warehouse -> crawler)",
        "cli/commands/demo.py: imports the command pilkada.cli.commands.crawl",
        "cli/commands/chart.py: imports the command pilkada.cli.commands.query",
        "bench/run.py: imports _hash from pilkada.ingest.loader, private to ingest/",
        "bench/run.py:3: uses crawl._run_scrapy, private to another room",
        "web/app.py: web imports pilkada.ingest.loader (no arrow web -> ingest)",
    ]
    assert sorted(found) == sorted(expected)


def test_ingest_reads_only_the_outlet_declarations_of_the_crawler(tmp_path):
    (tmp_path / "ingest").mkdir()
    (tmp_path / "ingest" / "loader.py").write_text(
        "from pilkada.crawler.declarations import load_outlets\nfrom pilkada.crawler.lock import CrawlLock\n",
        encoding="utf-8")
    assert violations(tmp_path) == [
        "ingest/loader.py: ingest imports pilkada.crawler.lock (no arrow ingest -> crawler)"]


def test_the_warehouse_counts_kota_and_kabupaten_as_the_extractor_does():
    """One kota/kabupaten rule: the warehouse's (Kemendagri numbers kota from 71) agrees with the extractor's
    gazetteer for every regency, so a mention's kind and the regions table say what extraction said."""
    from pilkada.extract.regions import gazetteer
    from pilkada.warehouse.values import regency_kind

    regencies = [r for r in gazetteer().regions.values() if r.level == 2]
    assert len(regencies) > 500
    assert {r.kind for r in regencies} == {"kota", "kabupaten"}
    assert [r.code for r in regencies if regency_kind(r.code) != r.kind] == []
