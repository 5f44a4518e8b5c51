"""Every unit definition of the project's pint registry, as examples."""

from __future__ import annotations

import pytest

from etl.normalize.units import UnitError, canonical, convert, registry


def test_kt_is_kilotonnes_not_knots():
    assert convert(21, "kt", "t") == 21_000
    assert canonical(21, "kt") == (21_000.0, "t")


def test_pint_keeps_its_knot_so_only_our_alias_makes_kt_a_mass():
    # the registry still reads a bare "kt" as a speed: the alias table is what protects us
    assert str(registry().Quantity(1, "kt").dimensionality) == "[length] / [time]"


def test_tonnes_of_uranium_do_not_convert_to_tonnes_of_ore():
    with pytest.raises(UnitError):
        convert(1, "tU", "t")
    with pytest.raises(UnitError):
        convert(1, "t", "tU")


def test_uranium_in_plain_tonnes_becomes_tU():
    assert canonical(21_000, "t", "uranium") == (21_000.0, "tU")
    assert canonical(21, "kt", "uranium") == (21_000.0, "tU")
    assert canonical(21_000, "tU", "uranium") == (21_000.0, "tU")
    assert canonical(22.75, "ktU", "uranium") == (22_750.0, "tU")


def test_pounds_of_u3o8_in_tonnes_of_uranium():
    value, unit = canonical(1_000_000, "lbU3O8", "uranium")
    assert unit == "tU"
    assert value == pytest.approx(384.6, abs=0.1)


def test_gas_volumes():
    assert convert(10, "bcm", "m3") == 10_000_000_000
    assert convert(500, "mcm", "bcm") == 0.5
    assert convert(1, "tcm", "bcm") == 1000  # no float noise left
    assert canonical(5_000, "mcm", "gas") == (5.0, "bcm")


def test_oil_canonical_unit_follows_the_dimension():
    assert canonical(80, "Mt", "oil") == (80.0, "Mt")
    assert canonical(1_600_000, "bbl/d", "oil") == (1_600_000.0, "bbl/d")
    assert canonical(1_600_000, "bpd", "oil") == (1_600_000.0, "bbl/d")
    assert canonical(500, "kt", "oil") == (0.5, "Mt")


def test_energy_units():
    assert convert(1, "Mtoe", "TWh") == pytest.approx(11.63)
    assert canonical(500, "GWh", "electricity") == (0.5, "TWh")
    assert canonical(2_000, "MW", "electricity") == (2.0, "GW")
    assert canonical(3, "GW", "electricity") == (3.0, "GW")
    assert canonical(4, "Mtoe", "coal") == (4.0, "Mtoe")


def test_goods_by_mass_are_in_tonnes():
    assert canonical(1.2, "Mt", "wheat") == (1_200_000.0, "t")
    assert canonical(3, "kt", "cotton") == (3_000.0, "t")


def test_a_unit_outside_the_commodity_s_dimensions_is_an_error_with_reason():
    with pytest.raises(UnitError, match="uranium"):
        canonical(10, "bcm", "uranium")
    with pytest.raises(UnitError, match="unknown unit"):
        canonical(1, "furlongs", None)


def test_the_registry_is_built_once():
    assert registry() is registry()
