"""Extraction throughput on one core: characters and articles per second over a corpus.

    python bench/extract_throughput.py [CORPUS_DIR] [--repeat N] [--quantulum PYTHON]

Runs SilkStat's full fact extraction (``etl.extract.extract_facts``: sentences, number
mentions, countries, periods, rules) over every ``<lang>/<name>.txt`` of CORPUS_DIR (default
``../shared/corpus/dev``) and prints characters and articles per second. Then, on the same
English texts, it times quantulum3 (which only finds quantities, English only) in a
subprocess run by the interpreter given with ``--quantulum`` or the ``QUANTULUM_PYTHON``
environment variable (a separate bench venv: ``python3 -m venv /tmp/benchvenv &&
/tmp/benchvenv/bin/pip install quantulum3``), and prints both figures side by side. quantulum3
is never imported into SilkStat's own environment. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_QUANTULUM_SNIPPET = r"""
import json, sys, time
from quantulum3 import parser
texts = json.load(sys.stdin)
parser.parse("warm up 5 kg")
best = None
for _ in range(int(sys.argv[1])):
    t0 = time.perf_counter()
    found = sum(len(parser.parse(t)) for t in texts)
    dt = time.perf_counter() - t0
    best = dt if best is None or dt < best else best
print(json.dumps({"seconds": best, "quantities": found}))
"""


def _articles(corpus: Path) -> list[tuple[str, str, str | None]]:
    out = []
    for txt in sorted(corpus.glob("*/*.txt")):
        meta_path = txt.with_name(txt.stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append((txt.parent.name, txt.read_text(encoding="utf-8"), meta.get("published")))
    return out


def _time_silkstat(articles: list[tuple[str, str, str | None]], repeat: int) -> tuple[float, int]:
    from etl.extract import extract_facts

    extract_facts(articles[0][1], lang=articles[0][0])  # warm up: lexicons, CLDR, matchers
    best, facts = None, 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        facts = sum(len(extract_facts(text, lang=lang, published=pub)) for lang, text, pub in articles)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    return best or 0.0, facts


def _time_quantulum(python: str, texts: list[str], repeat: int) -> dict | None:
    try:
        proc = subprocess.run([python, "-c", _QUANTULUM_SNIPPET, str(repeat)], input=json.dumps(texts),
                              capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"quantulum3: could not run {python}: {exc}")
        return None
    if proc.returncode != 0:
        print(f"quantulum3: {python} failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr else proc.returncode}")
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "one process (affinity not settable)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--repeat", type=int, default=5, help="runs; the best is reported")
    ap.add_argument("--quantulum", default=os.environ.get("QUANTULUM_PYTHON", "/tmp/benchvenv/bin/python"),
                    help="interpreter of a venv with quantulum3 (env QUANTULUM_PYTHON)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}")
        return 1
    articles = _articles(args.corpus)
    if not articles:
        print(f"no <lang>/<name>.txt under {args.corpus}")
        return 1
    print(f"{_pin_one_core()}; corpus {args.corpus} ({len(articles)} articles)")

    chars = sum(len(text) for _, text, _ in articles)
    secs, facts = _time_silkstat(articles, args.repeat)
    print(f"silkstat full facts, all languages: {chars} chars, {len(articles)} articles, {facts} facts "
          f"in {secs:.3f} s -> {chars / secs:,.0f} chars/s, {len(articles) / secs:.1f} articles/s")

    english = [a for a in articles if a[0] == "en"]
    en_chars = sum(len(text) for _, text, _ in english)
    have_q = Path(args.quantulum).exists()
    # interleave the two tools' runs, so that a busy machine slows both alike; keep each one's best
    en_secs, en_facts, q = None, 0, None
    for _ in range(args.repeat):
        secs, en_facts = _time_silkstat(english, 1)
        en_secs = secs if en_secs is None or secs < en_secs else en_secs
        if have_q:
            run = _time_quantulum(args.quantulum, [text for _, text, _ in english], 1)
            if run is not None and (q is None or run["seconds"] < q["seconds"]):
                q = run
    ours = en_chars / en_secs if en_secs else float("nan")
    print(f"silkstat full facts, English only:  {en_chars} chars, {len(english)} articles, {en_facts} facts "
          f"in {en_secs:.3f} s -> {ours:,.0f} chars/s")

    if not have_q:
        print(f"quantulum3: no interpreter at {args.quantulum} (set --quantulum or QUANTULUM_PYTHON); "
              "comparison skipped")
        return 0
    if q is None:
        return 0
    theirs = en_chars / q["seconds"] if q["seconds"] else float("nan")
    print(f"quantulum3 quantities, English only: {en_chars} chars, {q['quantities']} quantities "
          f"in {q['seconds']:.3f} s -> {theirs:,.0f} chars/s")
    print(f"ratio silkstat / quantulum3 (chars/s, English): {ours / theirs:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
