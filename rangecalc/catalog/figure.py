"""A sourced figure: a quantity with its low/high spread and where it comes from."""

from __future__ import annotations

from dataclasses import dataclass

from rangecalc.data.units import Quantity, parse_unit

__all__ = ["Figure"]


@dataclass(frozen=True)
class Figure:
    """A published number with its uncertainty and provenance.

    Attributes
    ----------
    value
        The representative (nominal) value.
    low, high
        The spread across sources; equal to *value* when the sources agree or only one
        exists. Always ``low <= value <= high``.
    source
        Publication, page or URL the figure comes from (``None`` only for user data that
        did not state one).
    note
        Anything a reader needs to interpret the figure (what the source really said).
    assumed
        True when no source gave a spread and ``low``/``high`` are the default spread of
        the figure's kind (:mod:`rangecalc.catalog.spread`).
    """

    value: Quantity
    low: Quantity
    high: Quantity
    source: str | None = None
    note: str | None = None
    assumed: bool = False

    @classmethod
    def exact(cls, value: Quantity, source: str | None = None) -> Figure:
        """A figure without spread."""
        return cls(value=value, low=value, high=value, source=source)

    def interval(self, unit: str) -> tuple[float, float, float]:
        """Return ``(low, nominal, high)`` as floats in *unit*."""
        u = parse_unit(unit)
        return (
            float(self.low.to(u).magnitude),
            float(self.value.to(u).magnitude),
            float(self.high.to(u).magnitude),
        )

    def m(self, unit: str) -> float:
        """The nominal value as a float in *unit*."""
        return float(self.value.to(parse_unit(unit)).magnitude)

    @property
    def has_spread(self) -> bool:
        """True when the sources disagree (low < high)."""
        return bool(self.low < self.high)

    def format(self, unit: str | None = None, digits: int = 0) -> str:
        """Render as ``'126,000 kg (124,000-130,000)'`` in *unit* (default: as given)."""
        u = parse_unit(unit) if unit else self.value.units
        lo, nom, hi = (float(q.to(u).magnitude) for q in (self.low, self.value, self.high))
        text = f"{nom:,.{digits}f} {u:~P}"
        if lo < hi:
            text += f" ({lo:,.{digits}f}–{hi:,.{digits}f}"
            text += f", assumed spread ±{self.assumed_spread:.0%})" if self.assumed else ")"
        return text

    @property
    def assumed_spread(self) -> float:
        """Relative half-width of the spread, ``(high - low) / 2 / value``."""
        u = self.value.units
        v = float(self.value.magnitude)
        if v == 0:
            return 0.0
        return float((self.high.to(u).magnitude - self.low.to(u).magnitude) / 2.0 / v)

    def __str__(self) -> str:
        return self.format(digits=_digits(float(self.value.magnitude)))


def _digits(x: float) -> int:
    return 0 if abs(x) >= 100 or x == int(x) else 2
