"""The peer cases (../shared/peers/dev, from other recognizers' test suites), scored per language.

Thresholds are what the layer reached, rounded down; they only ever go up.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

THRESHOLDS = {"ar": 1.0, "en": 1.0, "fr": 1.0, "ru": 1.0}
ROOT = Path(__file__).resolve().parents[2]


def test_peer_pass_rate_per_language(shared_dir):
    peers = shared_dir / "peers" / "dev"
    tool = shared_dir / "tools" / "score_peers.py"
    if not peers.is_dir() or not tool.exists():
        pytest.skip("peer cases or scorer absent")
    proc = subprocess.run(
        [sys.executable, str(tool), str(peers), "--json"],
        capture_output=True, text=True, timeout=600, cwd=str(ROOT),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    for lang, threshold in THRESHOLDS.items():
        rate = summary[f"lang:{lang}"]["rate"]
        assert rate >= threshold, f"{lang}: pass rate {rate:.3f} < {threshold}"
