"""The mission model: what is flown, and how far it reaches, with its uncertainty.

* :mod:`~rangecalc.model.plan`: the :class:`Mission` flown, its :class:`Refueling` plan
  and external :class:`TankLoad`;
* :mod:`~rangecalc.model.mission`: combat radius by the fuel-fraction method (Raymer),
  calibrated per airframe, over the whole uncertainty box at once;
* :mod:`~rangecalc.model.tankers`, :mod:`~rangecalc.model.reserves`,
  :mod:`~rangecalc.model.takeoff`, :mod:`~rangecalc.model.atmosphere`,
  :mod:`~rangecalc.model.sortie`: offload curves, reserve rules, runway limits, the ISA,
  sortie times;
* :mod:`~rangecalc.model.sampling` and :mod:`~rangecalc.model.hinges`: the probability
  of a verdict and what it hinges on (leaves: they know figures, not missions).

This layer knows catalogs and units, nothing of airspace, routes or claims.
"""

from rangecalc.model.atmosphere import air_density, density_ratio, isa_temperature
from rangecalc.model.hinges import Hinge
from rangecalc.model.mission import (
    Calibration,
    CheckPoint,
    RadiusResult,
    calibration,
    combat_radius,
    max_payload,
    payload_radius_curve,
    radius_samples,
    reaches,
)
from rangecalc.model.plan import Mission, Refueling, TankLoad
from rangecalc.model.reserves import RESERVES, ReserveRule
from rangecalc.model.sampling import Estimate, Sampling
from rangecalc.model.sortie import SortieTime, sortie_time
from rangecalc.model.takeoff import TakeoffLimit, takeoff_limit
from rangecalc.model.tankers import OffloadCurve, offload_curve

__all__ = [
    "RESERVES",
    "Calibration",
    "CheckPoint",
    "Estimate",
    "Hinge",
    "Mission",
    "OffloadCurve",
    "RadiusResult",
    "Refueling",
    "ReserveRule",
    "Sampling",
    "SortieTime",
    "TakeoffLimit",
    "TankLoad",
    "air_density",
    "calibration",
    "combat_radius",
    "density_ratio",
    "isa_temperature",
    "max_payload",
    "offload_curve",
    "payload_radius_curve",
    "radius_samples",
    "reaches",
    "sortie_time",
    "takeoff_limit",
]
