"""An uncertain quantity: low, nominal and high values with units."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from rangecalc.data.units import Quantity, as_quantity, parse_unit, ureg

__all__ = ["Interval"]


@dataclass(frozen=True)
class Interval:
    """Low, nominal and high values of one quantity (scalars or equal-shape arrays).

    ``low <= nominal <= high`` holds element-wise wherever the values are defined.
    """

    low: Quantity
    nominal: Quantity
    high: Quantity

    @classmethod
    def from_magnitudes(
        cls, low: ArrayLike, nominal: ArrayLike, high: ArrayLike, unit: str
    ) -> Interval:
        """Build from plain magnitudes in *unit*."""
        u = parse_unit(unit)

        def q(m: Any) -> Quantity:
            arr = np.asarray(m, dtype=float)
            return ureg.Quantity(float(arr) if arr.ndim == 0 else arr, u)

        return cls(q(low), q(nominal), q(high))

    def to(self, unit: str) -> Interval:
        """The same interval in *unit*."""
        u = parse_unit(unit)
        return Interval(self.low.to(u), self.nominal.to(u), self.high.to(u))

    def magnitudes(self, unit: str) -> tuple[Any, Any, Any]:
        """``(low, nominal, high)`` as floats or arrays in *unit*."""
        u = parse_unit(unit)
        lo, nom, hi = (_plain(q.to(u).magnitude) for q in (self.low, self.nominal, self.high))
        return lo, nom, hi

    def contains(self, value: object, *, name: str = "value") -> Any:
        """True where *value* lies within [low, high]."""
        unit = f"{self.nominal.units}"
        v = as_quantity(value, unit, name=name).to(self.nominal.units).magnitude
        lo, _, hi = self.magnitudes(unit)
        return np.logical_and(lo <= v, v <= hi) if np.ndim(v) or np.ndim(lo) else lo <= v <= hi

    def format(self, unit: str, digits: int = 0) -> str:
        """``'2,053 km (1,995-2,130)'`` for scalar intervals."""
        lo, nom, hi = self.magnitudes(unit)
        return f"{nom:,.{digits}f} {unit} ({lo:,.{digits}f}–{hi:,.{digits}f})"


def _plain(m: Any) -> Any:
    arr = np.asarray(m, dtype=float)
    return float(arr) if arr.ndim == 0 else arr
