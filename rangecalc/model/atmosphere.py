"""The International Standard Atmosphere at an airfield, with units.

Air density at a field is the ISA pressure for its elevation divided by the gas constant
times the actual air temperature: a hot afternoon at a high airfield lowers it twice.

References
----------
.. [1] ICAO, Manual of the ICAO Standard Atmosphere, Doc 7488/3, 1993.
.. [2] NOAA/NASA/USAF, U.S. Standard Atmosphere, 1976.
"""

from __future__ import annotations

from rangecalc._core import atmosphere as _a
from rangecalc._core.tolerance import above, below
from rangecalc.data.errors import InputError
from rangecalc.data.units import Quantity, magnitude, temperature_kelvin, ureg

__all__ = ["air_density", "density_ratio", "isa_temperature"]

_TROPOPAUSE_M = 11_000.0


def _elevation(elevation: object) -> float:
    h = float(magnitude(elevation, "m", name="elevation"))
    if below(h, -500.0) or above(h, _TROPOPAUSE_M):
        raise InputError(
            f"elevation: the ISA model here covers -500 m to 11,000 m, got {elevation}"
        )
    return h


def isa_temperature(elevation: object) -> Quantity:
    """ISA temperature at *elevation* (e.g. ``"1,711 m"``)."""
    return ureg.Quantity(float(_a.isa_temperature(_elevation(elevation))), "K")


def air_density(elevation: object, temperature: object | None = None) -> Quantity:
    """Air density at a field of *elevation* with air at *temperature* (default: ISA)."""
    h = _elevation(elevation)
    t = float(_a.isa_temperature(h)) if temperature is None else temperature_kelvin(temperature)
    if below(t, 180.0) or above(t, 340.0):
        raise InputError(
            f"temperature: {temperature} is outside the range met at airfields "
            "(-93 degC to 67 degC, 180 K to 340 K)"
        )
    return ureg.Quantity(float(_a.density(h, t)), "kg/m^3")


def density_ratio(elevation: object, temperature: object | None = None) -> float:
    """Air density relative to the ISA sea-level value (sigma)."""
    return float(air_density(elevation, temperature).to("kg/m^3").magnitude / _a.RHO0)
