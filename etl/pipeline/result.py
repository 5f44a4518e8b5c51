"""The outcome of a run, as the CLI prints it and the ``runs`` table stores it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Counters stored in the ``runs`` table, in the order ``silkstat runs`` shows them.
COUNTERS = (
    "articles_seen", "articles_new", "articles_changed", "articles_unchanged", "articles_failed",
    "facts_added", "facts_removed",
)


@dataclass
class RunResult:
    """Counts, failures with reasons, and the status derived from them."""

    command: str
    run_id: int | None = None
    status: str = "running"  # running | ok | partial | failed
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTERS, 0))
    failures: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    duplicates: int = 0  # the same text found under another URL: stored once
    reextracted: int = 0  # unchanged articles extracted again by --reprocess
    sources_ok: int = 0  # remote sources that answered (200 or 304)
    stale: int = 0  # good articles extracted by an older extractor version

    def add(self, name: str, n: int = 1) -> None:
        self.counts[name] += n

    def fail(self, location: str, reason: str, source: str | None = None) -> None:
        entry = {"location": location, "reason": reason}
        if source:
            entry["source"] = source
        self.failures.append(entry)

    def settle(self) -> str:
        """The final status: failed when the run broke off or nothing at all succeeded."""
        c = self.counts
        good = c["articles_new"] + c["articles_changed"] + c["articles_unchanged"] + self.sources_ok
        if self.error:
            self.status = "failed"
        elif not self.failures:
            self.status = "ok"
        else:
            self.status = "partial" if good else "failed"
        return self.status

    def summary_line(self) -> str:
        c = self.counts
        line = (
            f"{self.command} {self.status}: {c['articles_seen']} articles seen, {c['articles_new']} new, "
            f"{c['articles_changed']} changed, {c['articles_unchanged']} unchanged, "
            f"{c['articles_failed']} failed; facts +{c['facts_added']} -{c['facts_removed']}"
        )
        extras = []
        if self.duplicates:
            extras.append(f"{self.duplicates} duplicates stored once")
        if self.reextracted:
            extras.append(f"{self.reextracted} re-extracted")
        if len(self.failures) > c["articles_failed"]:
            extras.append(f"{len(self.failures) - c['articles_failed']} source failures")
        if extras:
            line += " (" + ", ".join(extras) + ")"
        if self.run_id is not None:
            line += f" [run {self.run_id}]"
        if self.error:
            line += f"; error: {self.error}"
        if self.failures:
            line += "; see `silkstat runs` for the reasons"
        if self.stale:
            line += (f"; {self.stale} articles were extracted by an older extractor version: "
                     "run `silkstat refresh --reprocess` to re-extract them")
        return line
