"""Where SilkStat keeps its data, and which database it uses.

``SILKSTAT_HOME`` moves the data directory (default ``~/.local/share/silkstat``, or
``$XDG_DATA_HOME/silkstat``); ``SILKSTAT_DB_URL`` picks the database (default: an SQLite
file in the data directory). Read at call time, never cached, so tests can set them.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_ARTICLES = PROJECT_ROOT / "data" / "articles"
BUNDLED_DATA = PROJECT_ROOT / "data"


def silkstat_home() -> Path:
    """The data directory, created on first use."""
    env = os.environ.get("SILKSTAT_HOME")
    if env:
        home = Path(env).expanduser()
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        home = Path(base) / "silkstat"
    home.mkdir(parents=True, exist_ok=True)
    return home


def db_url() -> str:
    """The SQLAlchemy URL of the store: ``SILKSTAT_DB_URL`` or the embedded SQLite file."""
    url = os.environ.get("SILKSTAT_DB_URL")
    if url:
        return url
    return f"sqlite:///{silkstat_home() / 'silkstat.db'}"


def default_sources_file() -> Path:
    """The sources file that ``silkstat refresh`` reads when none is given."""
    return silkstat_home() / "sources.toml"
