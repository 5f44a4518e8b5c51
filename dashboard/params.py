"""Selections as URL query parameters, read defensively.

Why: a view must be bookmarkable and shareable, and a shared URL is user input. Unknown
countries, kinds or values are dropped with a notice saying so, never an exception.
Parameters hold codes (``country=KZ``, ``kind=trade_volume``); lists are comma-separated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_UNSAFE = re.compile(r"[^\w .,:+-]", re.UNICODE)


def shown(raw: str) -> str:
    """A URL value as it may appear in a notice: no markup characters, at most 40 of them.

    Notices are rendered as Markdown; a value such as ``[x](javascript:...)`` must not become
    a link, so everything but letters, digits and a little punctuation is dropped.
    """
    clean = _UNSAFE.sub("", raw)
    return clean[:40] + ("…" if len(clean) > 40 else "")


@dataclass
class ParamReader:
    """Reads ``st.query_params`` (or any mapping) and collects notices about what it ignored."""

    params: Mapping[str, str | list[str]]
    notices: list[str] = field(default_factory=list)

    def _raw(self, name: str) -> str | None:
        value = self.params.get(name)
        if isinstance(value, list):
            value = value[-1] if value else None
        if value is None:
            return None
        return str(value).strip()

    def choice(self, name: str, allowed: Iterable[str], default: str | None, what: str = "value") -> str | None:
        """One value from ``allowed``; an unknown one is ignored (with a notice) for ``default``."""
        allowed = list(allowed)
        raw = self._raw(name)
        if raw is None or raw == "":
            return default
        for option in allowed:
            if raw.lower() == str(option).lower():
                return option
        self.notices.append(f"Ignored unknown {what} '{shown(raw)}' in the address (parameter '{name}').")
        return default

    def many(self, name: str, allowed: Iterable[str], what: str = "value") -> list[str] | None:
        """A comma-separated subset of ``allowed``; None when the parameter is absent."""
        allowed = list(allowed)
        raw = self._raw(name)
        if raw is None:
            return None
        lookup = {str(a).lower(): a for a in allowed}
        out, unknown = [], []
        for part in raw.split(","):
            part = part.strip()
            if not part:
                continue
            if part.lower() in lookup:
                if lookup[part.lower()] not in out:
                    out.append(lookup[part.lower()])
            else:
                unknown.append(part)
        if unknown:
            self.notices.append(
                f"Ignored unknown {what}{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(repr(shown(u)) for u in unknown)} in the address (parameter '{name}')."
            )
        return out

    def integer(self, name: str, lo: int, hi: int, default: int | None) -> int | None:
        """An integer within [lo, hi]; anything else is ignored with a notice."""
        raw = self._raw(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            value = None
        if value is None or not lo <= value <= hi:
            self.notices.append(f"Ignored {name}='{shown(raw)}': expected a number from {lo} to {hi}.")
            return default
        return value


def encode_list(values: Iterable[str]) -> str:
    """The inverse of :meth:`ParamReader.many`."""
    return ",".join(str(v) for v in values)
