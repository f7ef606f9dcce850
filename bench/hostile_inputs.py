"""Hostile inputs for `pilkada extract`: 1 MB texts built to make a rule superlinear, each timed end to end.

    .venv/bin/python bench/hostile_inputs.py [--size BYTES] [--timeout SECONDS] [--keep DIR]

Runs `pilkada extract FILE` (a real process, as a user or the loader meets such a page) on each input
and prints its wall-clock seconds and exit code. Inputs longer than the extractor's limit are cut by
it (it says so on stderr), so every input here is also timed at that limit in-process. The target is
seconds, not minutes: before the tokenizer fix 4,000 nested brackets took 16 s and 50,000 did not
finish in 120 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def hostile_inputs(size: int) -> dict[str, str]:
    half = size // 2
    return {
        "nested-parentheses": "(" * (half - 3) + "Bupati" + ")" * (half - 3),
        "nested-mixed-brackets": _repeat("([{", half) + "Kepala Desa Sumber Rohmat" + _repeat("}])", half),
        "one-huge-sentence": _repeat("Bupati Jombang Teguh Narutomo mengatakan warga dan ASN harus netral, ", size),
        "quotation-marks-100k": _repeat('"', 100_000) + " kata Bupati " + _repeat("x ", size - 100_020),
        "curly-quotes-unclosed": _repeat("“Kami minta semua netral ", size),
        "dashes-without-space": _repeat("-", size),
        "capitalised-words": "Menurut " + _repeat("Abdul Rahman Hakim Siregar ", size),
        "title-chains": _repeat("Ketua KPU Wakil Bupati Kepala Dinas Pendidikan Camat Kepala Desa ", size),
        "title-comma-chains": _repeat("Kepala Desa Sumber, Ketua Bawaslu, Camat Ploso, ", size),
        "dates-and-numbers": _repeat("(24/09) 12/2024 Nomor 10 Tahun 2016 ", size),
        "attributed-quotes": _repeat("Ketua KPU Jombang, Ahmad Fauzi, hadir. “Kami siap mengawal pilkada damai,” "
                                     "ujarnya. “Semua petugas sudah siap,” kata Ketua KPU. ", size),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input (default 1,000,000)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an input counts as hung")
    parser.add_argument("--keep", help="write the inputs into this directory instead of a temporary one")
    args = parser.parse_args(argv)

    from pilkada.extract.pipeline import MAX_CHARS, extract_text

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pilkada-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    extract_text("Bupati Jombang Teguh Narutomo hadir.")  # the pipeline built once before in-process timing
    print(f"{'input':<24} {'chars':>9}  {'pilkada extract':>15}  {'exit':>4}  {'in-process':>10}")
    slowest = 0.0
    for name, text in hostile_inputs(args.size).items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        try:
            result = subprocess.run([sys.executable, "-m", "pilkada.cli", "extract", str(path),
                                     "--published", "2024-09-24"], capture_output=True, timeout=args.timeout,
                                    cwd=ROOT)
            seconds, code = time.perf_counter() - started, str(result.returncode)
        except subprocess.TimeoutExpired:
            seconds, code = args.timeout, "hung"
        started = time.perf_counter()
        extract_text(text[:MAX_CHARS])
        in_process = time.perf_counter() - started
        slowest = max(slowest, seconds)
        print(f"{name:<24} {len(text):>9,}  {seconds:>13.2f} s  {code:>4}  {in_process:>8.2f} s", flush=True)
    print(f"slowest: {slowest:.2f} s (pilkada extract reads the first {MAX_CHARS:,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
