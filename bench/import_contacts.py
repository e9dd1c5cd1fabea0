"""Contact import speed and memory against bare phonenumbers.parse, same numbers, same run.

    python bench/import_contacts.py [--rows 100000] [--rounds 3]

Writes a CSV of `--rows` contacts (Italian mobiles and landlines in the forms people type
them, a group column, a note column; 1% bad numbers, 1% duplicates) in a temporary folder,
then alternates rounds of
  - import: read_file (decode, sniff, parse) + guess_mapping + apply_mapping (split_number),
  - parse:  a bare `phonenumbers.parse(cell, "IT")` loop over the same number cells,
  - split:  a bare `split_number(cell, "IT")` loop (what the import's normalising costs),
and prints the best time of each, import/parse (target <= 2x) and peak RSS (target <= 300 MB).
split_number's caches are emptied before each timed import and split loop (cold figures).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import phonenumbers

from smsgate_desktop.contacts import apply_mapping, guess_mapping, read_file
from smsgate_desktop.protocol.numbers import NumberError, clear_caches, split_number

MOBILE = ("320", "328", "333", "338", "340", "347", "349", "366", "380", "389", "393")
LANDLINE = ("02", "06", "011", "051", "055", "0471", "081")
FORMS = ("{p} {n}", "{p}{n}", "+39 {p} {n}", "0039{p}{n}", "+39{p}-{n}", "({p}) {n}")


def write_csv(path: Path, rows: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    numbers: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Nome", "Cellulare", "Gruppo", "Note"])
        for index in range(rows):
            if numbers and rng.random() < 0.01:
                number = rng.choice(numbers)  # a duplicate
            elif rng.random() < 0.01:
                number = f"{rng.randint(1, 99)}abc"  # a bad one
            elif rng.random() < 0.8:
                prefix = rng.choice(MOBILE)
                number = rng.choice(FORMS).format(p=prefix, n=rng.randint(1000000, 9999999))
            else:
                prefix = rng.choice(LANDLINE)
                digits = 8 - len(prefix) + 2
                body = rng.randint(10 ** (digits - 1), 10**digits - 1)
                number = rng.choice(FORMS).format(p=prefix, n=body)
            numbers.append(number)
            group = rng.choice(("Clienti", "Fornitori", "Staff, Clienti", ""))
            writer.writerow([f"Contatto {index} Rossì", number, group, f"nota {index}"])
    return numbers


def time_import(path: Path) -> tuple[float, int, int, int]:
    clear_caches()  # cold: nothing remembered from the previous round
    start = time.perf_counter()
    preview = read_file(path)
    mapping = guess_mapping(preview)
    assert mapping is not None
    result = apply_mapping(preview, mapping, "IT")
    elapsed = time.perf_counter() - start
    return elapsed, len(result.contacts), len(result.errors), len(result.merged_duplicates)


def time_parse(numbers: list[str]) -> float:
    start = time.perf_counter()
    for number in numbers:
        try:  # noqa: SIM105 (contextlib.suppress would add its own cost to the bare loop)
            phonenumbers.parse(number, "IT")
        except phonenumbers.NumberParseException:
            pass
    return time.perf_counter() - start


def time_split(numbers: list[str]) -> float:
    clear_caches()
    start = time.perf_counter()
    for number in numbers:
        try:  # noqa: SIM105
            split_number(number, "IT")
        except NumberError:
            pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.csv"
        numbers = write_csv(path, args.rows)
        size = path.stat().st_size
        imports, parses, splits = [], [], []
        counts = (0, 0, 0)
        for _ in range(args.rounds):
            elapsed, *counted = time_import(path)
            imports.append(elapsed)
            counts = tuple(counted)
            parses.append(time_parse(numbers))
            splits.append(time_split(numbers))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    best_import, best_parse, best_split = min(imports), min(parses), min(splits)
    print(f"rows: {args.rows} ({size / 2**20:.1f} MiB CSV), best of {args.rounds} rounds")
    print(f"contacts {counts[0]}, errors {counts[1]}, duplicates merged {counts[2]}")
    print(f"import (read + map + split_number): {best_import:.2f} s")
    print(f"bare phonenumbers.parse loop:       {best_parse:.2f} s")
    print(f"bare split_number loop:             {best_split:.2f} s")
    print(f"import / parse: {best_import / best_parse:.2f}x (target <= 2x)")
    print(f"import / split_number: {best_import / best_split:.2f}x")
    print(f"peak RSS: {peak_mb:.0f} MB (target <= 300 MB)")


if __name__ == "__main__":
    main()
