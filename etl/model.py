"""The fact contract of spec/facts.md as Python data.

Everything that moves facts around (extraction, store, exports, dashboard) reads its field
names and vocabularies from here, so the contract lives in one place.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS: tuple[str, ...] = (
    "trade_volume",
    "exports",
    "imports",
    "investment",
    "investor_rank",
    "supply_share",
    "trade_share",
    "export_share",
    "import_share",
    "partner_rank",
    "deal_value",
    "production",
)
UNORDERED_KINDS = frozenset({"trade_volume", "deal_value"})
MONEY_KINDS = frozenset({"trade_volume", "exports", "imports", "investment", "deal_value"})
SHARE_KINDS = frozenset({"supply_share", "trade_share", "export_share", "import_share"})
RANK_KINDS = frozenset({"investor_rank", "partner_rank"})

COMMODITIES: tuple[str, ...] = (
    "uranium", "oil", "gas", "coal", "electricity", "oil_products", "wheat", "grain", "flour",
    "cotton", "gold", "copper", "aluminium", "zinc", "steel", "fertilizers", "vehicles",
)
BASES: tuple[str, ...] = ("actual", "target", "forecast")
QUALIFIERS: tuple[str, ...] = ("over", "under", "up_to", "at_least")
CENTRAL_ASIA = frozenset({"KZ", "UZ", "KG", "TJ", "TM"})

#: The fields of a fact, in the order the spec lists them (plus ``source``, added on output).
FACT_FIELDS: tuple[str, ...] = (
    "kind", "subject", "counterpart", "commodity", "period", "basis", "value", "value_high",
    "unit", "approx", "qualifier", "equivalents", "detail", "span", "evidence",
)

#: What each kind means, for help texts, the dashboard's About page and exports.
KIND_DESCRIPTIONS: dict[str, str] = {
    "trade_volume": "Bilateral trade turnover between two countries (the pair is unordered).",
    "exports": "Exports from the subject country to the counterpart (money or a quantity).",
    "imports": "Imports of the subject country from the counterpart (money or a quantity).",
    "investment": "Investment by the subject (investor) in the counterpart (host): stock, flow or pledge.",
    "investor_rank": "The subject's rank among foreign investors in the counterpart (1 = largest).",
    "supply_share": "The share of the counterpart's needs of a commodity supplied by the subject.",
    "trade_share": "The subject partner's share in the counterpart's total foreign trade.",
    "export_share": "The subject destination's share in the counterpart's total exports.",
    "import_share": "The subject origin's share in the counterpart's total imports.",
    "partner_rank": "The subject's rank among the counterpart's trade partners (1 = largest).",
    "deal_value": "The value of deals, contracts or loans agreed between two countries.",
    "production": "Production of a commodity by the subject country.",
}


@dataclass
class Fact:
    """One numeric fact: what it measures, between whom, when, and where the text says it."""

    kind: str
    subject: str
    counterpart: str | None
    value: float
    unit: str
    commodity: str | None = None
    period: str | None = None
    basis: str = "actual"
    value_high: float | None = None
    approx: bool = False
    qualifier: str | None = None
    equivalents: list[dict[str, Any]] = field(default_factory=list)
    detail: str | None = None
    span: tuple[int, int] | None = None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The fact as the JSON object of the contract (field order as in the spec)."""
        raw = asdict(self)
        out = {name: raw[name] for name in FACT_FIELDS}
        if out["span"] is not None:
            out["span"] = list(out["span"])
        return out

    def in_scope(self) -> bool:
        """SilkStat is about Central Asia: one side of the fact must be KZ, UZ, KG, TJ or TM."""
        return self.subject in CENTRAL_ASIA or self.counterpart in CENTRAL_ASIA
