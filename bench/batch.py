"""Measure batch speed and memory in one run on this machine; print each ratio.

    python bench/batch.py [--participants 40] [--loop-sample N]

1. --jobs 1 vs --jobs 2 (target >= 1.7x)
2. the batch vs a shell loop of `worksheets build --client NAME` (target >= 10x)
3. one more participant vs that participant's packet from scratch (target <= 15%)
4. an unchanged re-run vs the first run (target >= 20x)
5. peak memory of one worker over 300 renders (target <= 250 MB, flat)

Timings are wall-clock medians where repeated; the machine is noisy, so
differences under ~15% are noise. Nothing here is a test: no assertion fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "worksheets"]
NAMES = [
    "Ana Souza",
    "José Martínez",
    "محمد علي",
    "王小明",
    "Sam 😀 Lee",
    "Zoë O'Brien",
    "Nguyễn Văn An",
    "Priya Patel",
]


def roster(path: Path, count: int) -> Path:
    rows = [f"{NAMES[i % len(NAMES)]} {i + 1}" for i in range(count)]
    path.write_text("name\n" + "\n".join(f'"{r}"' for r in rows) + "\n", encoding="utf-8")
    return path


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def batch_time(tmp: Path, roster_file: Path, jobs: int, out: str) -> float:
    args = [*CLI, "batch", str(roster_file), "--out", str(tmp / out), "--jobs", str(jobs), "--quiet"]
    return timed([*args, "--date", "2026-11-28"])


def loop_time(tmp: Path, count: int, sample: int) -> tuple[float, int]:
    from worksheets.packets import DEFAULT_PACKET

    names = [f"{NAMES[i % len(NAMES)]} {i + 1}" for i in range(count)][:sample]
    start = time.perf_counter()
    for name in names:
        args = [*CLI, "build", *DEFAULT_PACKET.documents, "--client", name, "--out", str(tmp / "loop")]
        subprocess.run([*args, "--date", "2026-11-28"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    per_person = (time.perf_counter() - start) / len(names)
    return per_person * count, len(names)


def marginal_vs_scratch(tmp: Path, repeats: int = 8) -> tuple[float, float]:
    """Time one participant in a warm worker, and the same packet with nothing shared."""
    from worksheets.batch import BatchOptions
    from worksheets.batch.pool import Inline
    from worksheets.batch.run import _shared_bodies, prepare
    from worksheets.batch.tasks import build_participant, render_parts
    from worksheets.session import Session

    options = BatchOptions(
        roster=roster(tmp / "one.csv", 1), out=tmp / "marginal", date=dt.date(2026, 11, 28)
    )
    job, outcomes = prepare(Session(), options)
    (tmp / "marginal").mkdir(exist_ok=True)
    group = outcomes[0].group
    body, parts, total = _shared_bodies(Inline(), job, outcomes[:1])[group]  # also warms up
    person = outcomes[0].participant
    marginal = []
    for i in range(repeats):
        start = time.perf_counter()
        build_participant(
            job, "en", "letter", body, parts, total, person, str(tmp / "marginal" / f"p{i}.pdf")
        )
        marginal.append(time.perf_counter() - start)
    scratch = []
    for i in range(max(3, repeats // 3)):
        start = time.perf_counter()
        # Nothing shared: lay out and write every document of this participant's packet, then the
        # cover and the personalisation, exactly as one participant would cost without the batch's reuse.
        fresh = render_parts(job, "en", "letter", parts, total)
        build_participant(
            job, "en", "letter", fresh, parts, total, person, str(tmp / "marginal" / f"s{i}.pdf")
        )
        scratch.append(time.perf_counter() - start)
    return statistics.median(marginal), statistics.median(scratch)


MEMORY_PROBE = r"""
import datetime as dt, resource, sys
from pathlib import Path
from worksheets.batch import BatchOptions
from worksheets.batch.pool import Inline
from worksheets.batch.run import _shared_bodies, prepare
from worksheets.batch.tasks import build_participant, render_document
from worksheets.session import Session
tmp = Path(sys.argv[1])
options = BatchOptions(roster=Path(sys.argv[2]), out=tmp, date=dt.date(2026, 11, 28))
job, outcomes = prepare(Session(), options)
tmp.mkdir(exist_ok=True)
group = outcomes[0].group
body, parts, total = _shared_bodies(Inline(), job, outcomes[:1])[group]
docs = list(group[2])
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20
marks = {}
for i in range(1, 301):
    if i % 3:  # two document renders for every participant packet
        render_document(job, "en", "letter", docs[i % len(docs)], 2, total)
    else:
        person = outcomes[i % len(outcomes)].participant
        build_participant(job, "en", "letter", body, parts, total, person, str(tmp / "p.pdf"))
    if i in (10, 50, 100, 200, 300):
        marks[i] = rss()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(peak, " ".join(f"{k}:{v:.0f}" for k, v in marks.items()))
"""


def memory(tmp: Path) -> tuple[float, str]:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(tmp / "mem"), str(roster(tmp / "mem.csv", 10))],
        check=True, cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    peak, marks = out.stdout.strip().split(" ", 1)
    return float(peak), marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--loop-sample", type=int, default=None, help="time only N loop runs and scale up")
    args = parser.parse_args()
    n = args.participants
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="worksheets-bench-"))
    try:
        (tmp / "mem").mkdir()
        roster_file = roster(tmp / "roster.csv", n)
        print(
            f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
            f"{n} participants, default packet"
        )
        t1 = batch_time(tmp, roster_file, 1, "jobs1")
        t2 = batch_time(tmp, roster_file, 2, "jobs2")
        print(f"1. --jobs 1: {t1:.1f} s   --jobs 2: {t2:.1f} s   speed-up {t1 / t2:.2f}x   (target >= 1.7x)")
        rerun = batch_time(tmp, roster_file, 2, "jobs2")
        print(
            f"4. unchanged re-run: {rerun:.2f} s vs first run {t2:.1f} s   "
            f"{t2 / rerun:.0f}x   (target >= 20x)"
        )
        loop, sampled = loop_time(tmp, n, args.loop_sample or n)
        note = "" if sampled == n else f" (timed {sampled}, scaled to {n})"
        print(f"2. shell loop of 'worksheets build --client': {loop:.0f} s{note} vs batch {t2:.1f} s   "
              f"{loop / t2:.0f}x   (target >= 10x)")  # fmt: skip
        marginal, scratch = marginal_vs_scratch(tmp)
        print(f"3. one more participant: {marginal * 1000:.0f} ms vs their packet from scratch "
              f"{scratch * 1000:.0f} ms   {marginal / scratch:.0%}   (target <= 15%)")  # fmt: skip
        peak, marks = memory(tmp)
        print(f"5. one worker, 300 renders: peak {peak:.0f} MB; resident MB after n renders {marks}   "
              "(target <= 250 MB, flat)")  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
