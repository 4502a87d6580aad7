"""What a verdict hinges on: the figures ranked by how far each moves the answer.

Model
-----
One-at-a-time sensitivity (the "tornado" of decision analysis, Clemen and Reilly [1]_,
ch. 5; Saltelli et al. [2]_, section 1.2.2 on its limits): every uncertain figure is set
to its low and then to its high end, the others held at their nominal values, and the
reach is flown again. The **swing** of a figure is the difference between the two reaches;
the figures are ranked by its size. The same rows give the swing of the two flip points:
the heaviest payload with which the claim still holds, and the fewest top-ups.

A swing is not a variance share: it ignores how the figures act together, and a figure
whose spread barely matters at the nominal point may matter at a corner. It is what a
reader can check by hand ("with the ferry range of source A the reach is 2,300 km, with
source B's 2,700 km"), which is why it ranks the explanation.

References
----------
.. [1] R. T. Clemen and T. Reilly, *Making Hard Decisions*, 3rd ed., South-Western,
   2013, ch. 5 (sensitivity analysis, tornado diagrams).
.. [2] A. Saltelli et al., *Global Sensitivity Analysis: The Primer*, Wiley, 2008.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rangecalc.catalog import Figure

__all__ = ["MOVES_KM", "Hinge", "figure_label", "rank"]

#: Smallest swing of the reach that counts as moving it: what rounds to 1 km when shown.
MOVES_KM = 0.5

#: Reader's names of the mission model's inputs (the rest are catalog field names).
_LABELS = {
    "empty_mass": "empty mass",
    "max_takeoff_mass": "maximum take-off mass",
    "internal_fuel": "internal fuel",
    "ferry_range": "ferry range",
    "cruise_speed": "cruise speed",
    "low_level_factor": "low-level specific range factor",
    "tanks.fuel": "external tank fuel (factor on every tank's figure)",
    "tanks.drag": "external tank drag (factor on every tank's figure)",
    "tanks.mass": "external tank empty mass (factor on every tank's figure)",
    "ferry_tanks": "tanks the ferry range was flown with (0: first reading, 1: second)",
    "tanker.offload": "tanker offload (factor on its offload curve)",
}
#: Display unit and digits per model unit.
_SHOWN = {"kg": ("t", 1), "km": ("km", 0), "km/h": ("km/h", 0), "dimensionless": ("", 2)}


def figure_label(owner: str, name: str) -> str:
    """A figure's name for a reader: ``'Tu-22M3 ferry range'``."""
    if name.startswith("combat_radius["):
        what = "published combat radius (calibration point)"
        if name.endswith(".payload"):
            what = "payload of the published combat radius (calibration point)"
        return f"{owner} {what}"
    return f"{owner} {_LABELS.get(name, name.replace('_', ' '))}"


@dataclass(frozen=True)
class Hinge:
    """One figure, and how far it moves a verdict between its low and its high end.

    Attributes
    ----------
    key
        Where the figure sits, e.g. ``"Tu-22M3.ferry_range"`` (as in the sources).
    label
        Its name for a reader.
    figure, unit
        The figure and the unit of the model's values.
    reach_km
        Reach with the figure at its low end, and at its high end (the rest nominal).
    required_km
        What the claim requires (``None``: no permitted route).
    max_payload_t
        Heaviest payload [t] with which the claim holds, at the figure's low and high end
        (``None`` for a weapon claim; an element ``None`` where not even empty).
    min_refuelings
        Fewest top-ups with which it holds, at the low and the high end (``None`` where
        the aircraft takes none or no plan searched suffices).
    """

    key: str
    label: str
    figure: Figure
    unit: str
    reach_km: tuple[float, float]
    required_km: float | None
    max_payload_t: tuple[float | None, float | None] | None = None
    min_refuelings: tuple[int | None, int | None] | None = None

    @property
    def swing_km(self) -> float:
        """Reach at the figure's high end minus at its low end (negative: more lowers it)."""
        return self.reach_km[1] - self.reach_km[0]

    @property
    def moves(self) -> bool:
        """True when the figure moves the reach by at least :data:`MOVES_KM`."""
        return abs(self.swing_km) >= MOVES_KM

    @property
    def payload_swing_t(self) -> float:
        """Change of the payload flip point between the figure's ends (0 if unknown)."""
        if self.max_payload_t is None:
            return 0.0
        lo, hi = (0.0 if x is None else x for x in self.max_payload_t)
        return hi - lo

    @property
    def refueling_swing(self) -> int:
        """Change of the fewest top-ups between the figure's ends (0 if unknown)."""
        if self.min_refuelings is None:
            return 0
        lo, hi = self.min_refuelings
        if lo is None or hi is None:
            return 0
        return hi - lo

    @property
    def flips(self) -> bool:
        """True when the claim holds at one end of the figure and not at the other."""
        if self.required_km is None:
            return False
        need = self.required_km
        return (self.reach_km[0] >= need) != (self.reach_km[1] >= need)

    def values(self) -> tuple[str, str]:
        """The figure's low and high end for a reader, e.g. ``('6,000 km', '7,000 km')``."""
        shown, digits = _SHOWN.get(self.unit, (self.unit, 2))
        lo = self.figure.low.to(shown).magnitude if shown else self.figure.low.magnitude
        hi = self.figure.high.to(shown).magnitude if shown else self.figure.high.magnitude
        tail = f" {shown}" if shown else ""
        return f"{float(lo):,.{digits}f}{tail}", f"{float(hi):,.{digits}f}{tail}"

    def describe(self) -> str:
        """One sentence: the figure's ends, their source and the reach at each."""
        lo, hi = self.values()
        src = self.figure.source or "no source given"
        spread = " (assumed spread)" if self.figure.assumed else ""
        return (
            f"the {self.label}: {lo} against {hi}{spread} (sources: {src}), which moves the "
            f"reach from {self.reach_km[0]:,.0f} to {self.reach_km[1]:,.0f} km"
        )

    def as_json(self) -> dict[str, Any]:
        """Plain data for the JSON output."""
        lo, hi = self.values()
        shown, digits = _SHOWN.get(self.unit, (self.unit, 2))
        return {
            "figure": self.key,
            "label": self.label,
            "low": lo,
            "nominal": self.figure.format(shown or None, digits).split(" (")[0],
            "high": hi,
            "source": self.figure.source,
            "assumed_spread": self.figure.assumed,
            "reach_km": {"at_low": self.reach_km[0], "at_high": self.reach_km[1]},
            "swing_km": self.swing_km,
            "flips_verdict": self.flips,
            "max_payload_t": (
                None
                if self.max_payload_t is None
                else {"at_low": self.max_payload_t[0], "at_high": self.max_payload_t[1]}
            ),
            "min_refuelings": (
                None
                if self.min_refuelings is None
                else {"at_low": self.min_refuelings[0], "at_high": self.min_refuelings[1]}
            ),
        }


def rank(hinges: list[Hinge], by: str = "reach") -> list[Hinge]:
    """Hinges ordered by the size of their swing: of the reach, ``"payload"`` or ``"refueling"``.

    Ties keep the order given (the catalog's order of the figures).
    """
    key = {
        "reach": lambda h: abs(h.swing_km),
        "payload": lambda h: abs(h.payload_swing_t),
        "refueling": lambda h: abs(h.refueling_swing),
    }
    if by not in key:
        raise ValueError(f"rank by 'reach', 'payload' or 'refueling', not {by!r}")
    return sorted(hinges, key=key[by], reverse=True)
