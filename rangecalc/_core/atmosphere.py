"""International Standard Atmosphere, troposphere (0-11 km), plain floats in SI units.

References
----------
.. [1] ICAO, Manual of the ICAO Standard Atmosphere, Doc 7488/3, 1993.
.. [2] NOAA/NASA/USAF, U.S. Standard Atmosphere, 1976.
"""

from __future__ import annotations

from typing import Any

import numpy as np

T0 = 288.15  # K, sea-level temperature
P0 = 101_325.0  # Pa, sea-level pressure
RHO0 = 1.225  # kg/m^3, sea-level density
LAPSE = 0.0065  # K/m, temperature lapse rate in the troposphere
G0 = 9.80665  # m/s^2
R_AIR = 287.05287  # J/(kg K), specific gas constant of dry air
EXPONENT = G0 / (R_AIR * LAPSE)  # 5.25588


def isa_temperature(elevation_m: Any) -> Any:
    """ISA temperature [K] at a geopotential height [m]."""
    return T0 - LAPSE * np.asarray(elevation_m, dtype=float)


def isa_pressure(elevation_m: Any) -> Any:
    """ISA pressure [Pa] at a geopotential height [m] (troposphere)."""
    return P0 * (1.0 - LAPSE * np.asarray(elevation_m, dtype=float) / T0) ** EXPONENT


def density(elevation_m: Any, temperature_k: Any) -> Any:
    """Air density [kg/m^3] at a field: ISA pressure for its elevation, actual temperature."""
    return isa_pressure(elevation_m) / (R_AIR * np.asarray(temperature_k, dtype=float))
