"""How the contacts panel copes with a big address book: load, filter, scroll, import.

    python bench/contacts_view.py [--contacts 100000] [--rounds 5] [--no-import]

Stores `--contacts` contacts (Italian mobiles, a few groups, 1% opted out) in a temporary
database, opens ContactsPanel offscreen (unless a display is given) and prints, in ms:
  - load:   ContactsPanel(conn) built and shown (read every row + groups + opt-outs),
  - filter: best of `--rounds` for a name search, a number search, a group, and clearing,
  - scroll: scrollToBottom then scrollToTop + processEvents (mean of `--rounds` pairs), and
    paging through 50 screens,
  - import: the import dialog on a CSV of the same size: the preview read (GUI thread, busy
    cursor), then the mapping on its worker thread while a 5 ms QTimer probe measures how
    late the GUI event loop runs (max and p99 stall), then the store write (GUI thread).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PROBE_MS = 5
GROUPS = ("Clienti", "Fornitori", "Staff", "Newsletter", "VIP")
MOBILE = ("320", "328", "333", "338", "340", "347", "349", "366", "380", "389", "393")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-import", action="store_true", help="skip the import dialog part")
    return parser.parse_args()


def people(count: int, seed: int = 7) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, national number, groups), numbers unique."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    while len(out) < count:
        number = f"{rng.choice(MOBILE)}{rng.randint(1_000_000, 9_999_999)}"
        if number in seen:
            continue
        seen.add(number)
        groups = tuple(rng.sample(GROUPS, rng.randint(0, 2)))
        out.append((f"Contatto {len(out)} Rossì", number, groups))
    return out


def fill_store(conn, rows) -> None:
    from smsgate_desktop.contacts import Contact
    from smsgate_desktop.store import contacts as store

    contacts = [
        Contact(name, f"+39{number}", f"+39 {number[:3]} {number[3:]}", groups)
        for name, number, groups in rows
    ]
    store.import_contacts(conn, contacts)
    conn.execute("BEGIN")
    for _, number, _ in rows[::100]:
        store.add_opt_out(conn, f"+39{number}")
    conn.execute("COMMIT")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def best(rounds: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    args = parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = tempfile.mkdtemp(prefix="smsgate-bench-")
    os.environ["SMSGATE_DATA_DIR"] = folder  # never the user's data

    from PySide6.QtWidgets import QApplication

    from smsgate_desktop.gui.contacts_model import load_entries
    from smsgate_desktop.gui.contacts_panel import ContactsPanel
    from smsgate_desktop.store.db import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = people(args.contacts)
    conn = open_store(Path(folder) / "bench.sqlite3")
    start = time.perf_counter()
    fill_store(conn, rows)
    print(f"contacts: {args.contacts:,} (stored in {time.perf_counter() - start:.2f} s)")

    start = time.perf_counter()
    entries = load_entries(conn)
    print(f"load_entries (store read + sort): {ms(time.perf_counter() - start)}")
    del entries

    start = time.perf_counter()
    panel = ContactsPanel(conn, "IT")
    panel.resize(1200, 800)
    panel.show()
    app.processEvents()
    print(f"load (build + show + first paint): {ms(time.perf_counter() - start)}")
    while panel.loading:  # a big book is read off the GUI thread, after the first paint
        app.processEvents()
    print(f"load (until every contact is on show): {ms(time.perf_counter() - start)}")

    def search(text: str, group: str = "") -> Callable[[], None]:
        def run() -> None:
            panel.search_edit.setText(text)
            if group:
                panel.set_group_filter(group)
            panel.apply_filter()
            app.processEvents()

        return run

    filters = [
        ("filter name 'contatto 12'", search("contatto 12")),
        ("filter number '333 12'", search("333 12")),
        ("filter group 'Staff'", search("", "Staff")),
        ("filter group + name", search("contatto 9", "Staff")),
        ("clear filter (all rows)", search("", "")),
    ]
    for label, action in filters:
        if label.startswith("clear"):
            panel.group_combo.setCurrentIndex(0)
        elapsed = best(args.rounds, action)
        print(f"{label:32s}{ms(elapsed)}  ({panel.model.rowCount():,} rows shown)")

    table = panel.table

    def to_bottom() -> None:
        table.scrollToBottom()
        app.processEvents()

    def to_top() -> None:
        table.scrollToTop()
        app.processEvents()

    downs, ups = [], []
    for _ in range(args.rounds):  # alternate, or every call after the first has nothing to do
        downs.append(best(1, to_bottom))
        ups.append(best(1, to_top))
    print(f"{'scrollToBottom + processEvents':32s}{ms(statistics.mean(downs))} mean")
    print(f"{'scrollToTop + processEvents':32s}{ms(statistics.mean(ups))} mean")
    bar = table.verticalScrollBar()
    steps = []
    for _ in range(50):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        steps.append(time.perf_counter() - start)
    print(
        f"{'page down x50 (per page)':32s}{ms(statistics.mean(steps))} mean, "
        f"{ms(max(steps)).strip()} max"
    )

    start = time.perf_counter()
    table.selectAll()  # Qt then visits every selected cell (rowCount/columnCount calls)
    numbers = panel.selected_numbers()
    app.processEvents()
    print(f"{'select all + selected_numbers':32s}{ms(time.perf_counter() - start)}")
    table.clearSelection()
    assert len(numbers) == args.contacts

    if not args.no_import:
        bench_import(app, panel, rows, Path(folder))
    panel.close()
    conn.close()
    return 0


def bench_import(app, panel, rows, folder: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    path = folder / "rubrica.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Nome", "Cellulare", "Gruppo", "Note"])
        for index, (name, number, groups) in enumerate(rows):
            writer.writerow([name + " bis", f"{number[:3]} {number[3:]}", ", ".join(groups), index])

    dialog = panel.open_import()
    start = time.perf_counter()
    assert dialog.load_file(path), dialog.last_error
    print(f"import: preview read (GUI thread){ms(time.perf_counter() - start)}")

    from smsgate_desktop.gui import import_dialog

    writes: list[float] = []
    store_import = import_dialog.store.import_contacts

    def timed_import(conn, contacts):  # to time the GUI-thread part alone
        begun = time.perf_counter()
        try:
            return store_import(conn, contacts)
        finally:
            writes.append(time.perf_counter() - begun)

    import_dialog.store.import_contacts = timed_import
    late: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer(interval=PROBE_MS)

    def tick() -> None:
        late.append(max(0.0, clock.restart() - PROBE_MS))

    probe.timeout.connect(tick)
    loop = QEventLoop()
    dialog.import_finished.connect(loop.quit)
    start = time.perf_counter()
    clock.start()
    probe.start()
    dialog.start_import()
    loop.exec()
    elapsed = time.perf_counter() - start
    probe.stop()
    import_dialog.store.import_contacts = store_import
    print(f"import: map + store (thread), total{ms(elapsed)}")
    if late:
        print(
            f"import: GUI stall while mapping    max {max(late):.0f} ms, "
            f"p99 {sorted(late)[int(len(late) * 0.99)]:.0f} ms ({len(late)} probe ticks)"
        )
    print(f"import: of which store write      {ms(sum(writes))}")
    print(f"import: {dialog.summary.text()}")
    start = time.perf_counter()
    panel.reload()  # what the panel does on `imported`, in the GUI thread (busy cursor)
    print(f"import: panel reload afterwards   {ms(time.perf_counter() - start)}")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
