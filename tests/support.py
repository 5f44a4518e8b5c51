"""Constants and helpers that tests import (conftest.py holds only fixtures)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SEED_TXT = ROOT / "data" / "articles" / "ar" / "seed-macron-kazakhstan.txt"


def skip_or_fail(reason: str) -> None:
    """Skip with a reason on a developer machine; under CI a missing service is a failure."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this test must run)")
    pytest.skip(reason)
