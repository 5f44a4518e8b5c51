"""Physical units: one pint registry with SilkStat's definitions, and each commodity's canonical unit.

Why a registry of our own: pint's defaults contain traps for this domain (``kt`` is a knot,
uranium tonnes are just tonnes) and lack the trade units news use (bcm of gas, barrels per
day). The registry is built once, lazily, because building it costs about a tenth of a second.

Facts carry short unit strings (``t``, ``kt``, ``bcm``, ``bbl/d``...); ``UNIT_ALIASES`` maps
them to registry names, so ``kt`` never reaches pint's knot. Tonnes of uranium form their own
dimension: a tonne of uranium metal is not a tonne of ore, so converting ``tU`` to ``t`` raises.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pint

#: Lines fed to ``UnitRegistry.define``: the project's units, as data.
DEFINITIONS: tuple[str, ...] = (
    # kilotonnes under a name of our own: pint's ``kt`` is a knot (a speed)
    "ktonne = 1000 * metric_ton",
    # uranium metal is its own dimension, so it never mixes with tonnes of ore or concentrate
    "tonne_uranium = [uranium_mass] = tU",
    "kilotonne_uranium = 1000 * tonne_uranium = ktU",
    # U3O8 pounds, as uranium producers report them: 0.848 of the oxide's mass is uranium
    "pound_U3O8 = 0.848 * 0.45359237e-3 * tonne_uranium = lbU3O8",
    # natural gas volumes (standard cubic metres; the project does not distinguish conditions)
    "bcm = 1e9 * meter ** 3",
    "mcm = 1e6 * meter ** 3",
    "tcm = 1e12 * meter ** 3",
    # barrels per day, the oil-flow unit of the trade press
    "bpd = barrel / day",
)

#: Fact unit strings (spec/facts.md) -> expressions the registry reads.
UNIT_ALIASES: dict[str, str] = {
    "t": "metric_ton",
    "kt": "ktonne",
    "Mt": "megametric_ton",
    "tU": "tonne_uranium",
    "ktU": "kilotonne_uranium",
    "lbU3O8": "pound_U3O8",
    "bcm": "bcm",
    "mcm": "mcm",
    "tcm": "tcm",
    "m3": "meter ** 3",
    "bbl": "barrel",
    "bbl/d": "bpd",
    "bpd": "bpd",
    "Mtoe": "Mtoe",
    "ktoe": "ktoe",
    "toe": "toe",
    "TWh": "TWh",
    "GWh": "GWh",
    "MWh": "MWh",
    "kWh": "kWh",
    "MW": "MW",
    "GW": "GW",
    "kW": "kW",
}

#: The unit strings shown for canonical units, mapped to the registry expression behind them.
DISPLAY_UNITS: dict[str, str] = {
    "t": "metric_ton",
    "Mt": "megametric_ton",
    "tU": "tonne_uranium",
    "bcm": "bcm",
    "bbl/d": "bpd",
    "bbl": "barrel",
    "Mtoe": "Mtoe",
    "TWh": "TWh",
    "GW": "GW",
}

#: For each commodity, the canonical unit of each dimension it is reported in. The first
#: unit whose dimension matches the fact's unit wins; a fact in any other dimension is an error.
CANONICAL: dict[str | None, tuple[str, ...]] = {
    "uranium": ("tU",),
    "gas": ("bcm", "Mt", "Mtoe"),
    "oil": ("Mt", "bbl/d", "bbl", "Mtoe"),
    "oil_products": ("Mt", "bbl/d", "bbl"),
    "coal": ("Mt", "Mtoe"),
    "electricity": ("TWh", "GW"),
    None: ("t", "bcm", "bbl/d", "TWh", "GW"),
}
#: Commodities not listed above are goods counted by mass, in tonnes.
DEFAULT_CANONICAL: tuple[str, ...] = ("t",)


class UnitError(ValueError):
    """A quantity that cannot be brought to its commodity's canonical unit (said in the message)."""


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The one registry of the project, with ``DEFINITIONS`` added (built on first use)."""
    ureg = pint.UnitRegistry(on_redefinition="raise")
    for line in DEFINITIONS:
        ureg.define(line)
    return ureg


def quantity(value: float, unit: str, commodity: str | None = None) -> pint.Quantity:
    """A pint quantity from a fact's value and unit string.

    Uranium reported in plain tonnes (the spec's ``t`` with commodity ``uranium``) is read as
    tonnes of uranium: the commodity says what the tonnes weigh.
    """
    if commodity == "uranium" and unit in ("t", "kt"):
        unit = {"t": "tU", "kt": "ktU"}[unit]
    expr = UNIT_ALIASES.get(unit)
    if expr is None:
        raise UnitError(f"unknown unit {unit!r}")
    return registry().Quantity(value, expr)


def _display_dimensionality(display: str):
    return registry().Quantity(1, DISPLAY_UNITS[display]).dimensionality


def canonical(value: float, unit: str, commodity: str | None = None) -> tuple[float, str]:
    """The value in the commodity's canonical unit, as ``(value, unit string)``.

    Raises ``UnitError`` with the reason when the unit is unknown or in a dimension the
    commodity has no canonical unit for (e.g. tonnes of ore for uranium in tU terms).
    """
    q = quantity(value, unit, commodity)
    targets = CANONICAL.get(commodity, DEFAULT_CANONICAL)
    for display in targets:
        if q.dimensionality == _display_dimensionality(display):
            out = q.to(DISPLAY_UNITS[display]).magnitude
            return _tidy(float(out)), display
    wanted = " or ".join(targets)
    raise UnitError(f"{unit} does not convert to {wanted} for {commodity or 'unspecified goods'}")


def convert(value: float, unit: str, target: str, commodity: str | None = None) -> float:
    """``value`` in ``unit`` expressed in ``target`` (both fact unit strings); raises on mixed dimensions."""
    q = quantity(value, unit, commodity)
    try:
        return _tidy(float(q.to(UNIT_ALIASES.get(target, target)).magnitude))
    except pint.DimensionalityError as exc:
        raise UnitError(f"{unit} does not convert to {target}") from exc


def _tidy(x: float) -> float:
    """Drop float noise from unit factors (1 tcm is 1000.0000000000001 bcm otherwise)."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")
