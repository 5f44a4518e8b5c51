"""Score the extractor against gold facts: precision, recall and F1 per kind and per language.

``evaluate_corpus(path)`` runs ``extract_facts`` over ``<path>/<lang>/<name>.txt`` (with the
``.meta.json`` sidecar for language and publication date) and matches the predictions with
``<name>.gold.jsonl`` by the rules of spec/facts.md, the same rules as the shared
score_facts.py (greedy one-to-one matching, required gold first, optional gold neutral,
out-of-scope facts ignored on both sides, exports A->B equal to imports of B from A,
quantities compared in one unit, values within 0.5 %). ``render_report`` prints the table,
and with ``errors=True`` each miss and each false fact with its sentence.

This module reads files: it is the evaluation harness, called by ``silkstat eval``, not part
of the pure extraction path.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.model import CENTRAL_ASIA, KINDS, UNORDERED_KINDS

REL_TOL = 0.005
#: Quantities are compared in one unit: unit -> (base unit, factor).
UNIT_BASE: dict[str, tuple[str, float]] = {
    "t": ("t", 1.0), "kt": ("t", 1e3), "Mt": ("t", 1e6), "tU": ("t", 1.0), "ktU": ("t", 1e3),
    "bcm": ("m3", 1e9), "mcm": ("m3", 1e6), "m3": ("m3", 1.0),
    "bbl/d": ("bbl/d", 1.0), "kbbl/d": ("bbl/d", 1e3), "Mbbl/d": ("bbl/d", 1e6),
    "kW": ("W", 1e3), "MW": ("W", 1e6), "GW": ("W", 1e9),
    "kWh": ("Wh", 1e3), "MWh": ("Wh", 1e6), "GWh": ("Wh", 1e9), "TWh": ("Wh", 1e12),
}


@dataclass
class ArticleResult:
    path: Path
    lang: str
    tp: int
    false_positives: list[dict[str, Any]]
    misses: list[dict[str, Any]]


@dataclass
class Report:
    n_articles: int
    summary: dict[str, dict[str, float]]
    articles: list[ArticleResult] = field(default_factory=list)


def in_scope(fact: dict[str, Any]) -> bool:
    return fact.get("subject") in CENTRAL_ASIA or fact.get("counterpart") in CENTRAL_ASIA


def _countries(fact: dict[str, Any]) -> tuple:
    pair = (fact.get("subject"), fact.get("counterpart"))
    if fact.get("kind") in UNORDERED_KINDS:
        return tuple(sorted(pair, key=lambda c: c or ""))
    return pair


def _flow(fact: dict[str, Any]) -> tuple:
    """Exports A->B and imports of B from A are one flow."""
    kind = fact.get("kind")
    if kind == "exports":
        return "flow", (fact.get("subject"), fact.get("counterpart"))
    if kind == "imports":
        return "flow", (fact.get("counterpart"), fact.get("subject"))
    return kind, _countries(fact)


def _in_base(value: Any, unit: str | None) -> tuple[float | None, str | None]:
    base, factor = UNIT_BASE.get(unit or "", (unit or None, 1.0))
    try:
        return float(value) * factor, base
    except (TypeError, ValueError):
        return None, base


def _close(a: Any, b: Any) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if b == 0:
        return a == 0
    return abs(a - b) <= REL_TOL * abs(b)


def matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a predicted fact states the gold fact (spec/facts.md, "How a prediction is scored")."""
    if _flow(pred) != _flow(gold):
        return False
    pv, pu = _in_base(pred.get("value"), pred.get("unit"))
    gv, gu = _in_base(gold.get("value"), gold.get("unit"))
    if pu != gu:
        return False
    if (pred.get("basis") or "actual") != (gold.get("basis") or "actual"):
        return False
    if (pred.get("commodity") or None) != (gold.get("commodity") or None):
        return False
    if gold.get("period") and pred.get("period") != gold.get("period"):
        return False
    return _close(pv, gv)


def score_article(preds: list[dict[str, Any]], golds: list[dict[str, Any]]):
    """Greedy one-to-one matching: (true positives, false facts, misses)."""
    preds = [p for p in preds if p.get("kind") in KINDS and in_scope(p)]
    golds = [g for g in golds if in_scope(g)]
    used = [False] * len(golds)
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
    tp, fps = 0, []
    for p in preds:
        hit = next((i for i in order if not used[i] and matches(p, golds[i])), None)
        if hit is None:
            fps.append(p)
            continue
        used[hit] = True
        if not golds[hit].get("optional"):
            tp += 1
    fns = [g for i, g in enumerate(golds) if not used[i] and not g.get("optional")]
    return tp, fps, fns


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _read_meta(txt: Path) -> dict[str, Any]:
    meta = txt.with_name(txt.stem + ".meta.json")
    if not meta.exists():
        return {}
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _read_gold(txt: Path) -> list[dict[str, Any]]:
    gpath = txt.with_name(txt.stem + ".gold.jsonl")
    if not gpath.exists():
        return []
    lines = gpath.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate_corpus(path: Path | str) -> Report:
    """Extract and score every ``<lang>/<name>.txt`` under ``path``."""
    from etl.extract import extract_facts
    from etl.sources.files import _published

    root = Path(path)
    articles = sorted(root.glob("*/*.txt"))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    results: list[ArticleResult] = []
    for art in articles:
        lang = art.parent.name
        meta = _read_meta(art)
        text = art.read_text(encoding="utf-8")
        facts = extract_facts(text, lang=meta.get("lang") or lang, published=_published(meta.get("published")))
        preds = [f.to_dict() for f in facts]
        golds = _read_gold(art)
        tp, fps, fns = score_article(preds, golds)
        results.append(ArticleResult(art, lang, tp, fps, fns))
        for key in ("all", f"lang:{lang}"):
            totals[key][0] += tp
            totals[key][1] += len(fps)
            totals[key][2] += len(fns)
        for f in fps:
            totals[f"kind:{f.get('kind')}"][1] += 1
        for g in fns:
            totals[f"kind:{g.get('kind')}"][2] += 1
        matched: dict[str, int] = defaultdict(int)
        for g in golds:
            if not g.get("optional") and in_scope(g):
                matched[g["kind"]] += 1
        for g in fns:
            matched[g["kind"]] -= 1
        for kind, n in matched.items():
            totals[f"kind:{kind}"][0] += n
    summary: dict[str, dict[str, float]] = {}
    for key in sorted(totals, key=lambda k: (k != "all", k)):
        tp, fp, fn = totals[key]
        p, r, f = prf(tp, fp, fn)
        summary[key] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
                        "f1": round(f, 4)}
    return Report(n_articles=len(articles), summary=summary, articles=results)


_BRIEF = ("kind", "subject", "counterpart", "commodity", "period", "basis", "value", "unit")


def render_report(report: Report, errors: bool = False) -> str:
    """The scores as a table; with ``errors``, each miss and false fact with its sentence."""
    lines: list[str] = []
    if errors:
        for art in report.articles:
            name = f"{art.lang}/{art.path.name}"
            for g in art.misses:
                brief = {k: g.get(k) for k in _BRIEF}
                lines.append(f"MISS  {name}: {json.dumps(brief, ensure_ascii=False)}")
                if g.get("evidence"):
                    lines.append(f"      | {g['evidence']}")
            for p in art.false_positives:
                brief = {k: p.get(k) for k in _BRIEF}
                lines.append(f"FALSE {name}: {json.dumps(brief, ensure_ascii=False)}")
                if p.get("evidence"):
                    lines.append(f"      | {p['evidence']}")
        if lines:
            lines.append("")
    lines.append(f"{'scope':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}")
    for key, s in report.summary.items():
        lines.append(f"{key:<22}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['precision']:>8.3f}"
                     f"{s['recall']:>8.3f}{s['f1']:>8.3f}")
    if "all" in report.summary:
        a = report.summary["all"]
        lines.append(f"F1 {a['f1']:.3f} (P {a['precision']:.3f}, R {a['recall']:.3f}) over "
                     f"{report.n_articles} articles")
    return "\n".join(lines)
