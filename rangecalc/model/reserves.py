"""Fuel reserve rules: how much fuel a mission must still hold when it lands.

Each rule is named and cited; a mission picks one by name (:data:`DEFAULT_RESERVE` when
it does not), and every answer states the rule it used.

* ``"raymer"`` (the default): 6 % of the mission fuel for reserve and trapped fuel, the
  allowance of conceptual sizing (D. P. Raymer, *Aircraft Design: A Conceptual
  Approach*, 6th ed., AIAA, 2018, ch. 3 eq. 3.11 and ch. 19 pp. 711 and 715). Read here
  as 6/106 of the fuel at take-off, the form in which the published ferry ranges are
  calibrated.
* ``"navy"``: US Navy rule for a flight with no alternate, OPNAVINST 3710.7 para 4.6.4:
  10 % of the planned fuel, and never less than 20 minutes of flight at maximum
  endurance (computed at 10,000 ft), as quoted in the Navy training manual
  https://navyflightmanuals.tpub.com/P-1244/Determining-Fuel-Requirements-For-Route-Of-Flight-252.htm
  (NAVEDTRA P-1244) and http://navyflightmanuals.tpub.com/P-802/Figuring-Fuel-Minimums-94.htm.
  The endurance is flown at the model's loiter burn rate at the landing weight.
* ``"20 min + 5 %"``: 20 minutes of loiter plus 5 % of the fuel at take-off, the form
  often attributed to MIL-STD-3013A (2008). The body of that standard could not be read
  (only its cover and foreword at https://pt.scribd.com/document/235364190/Mil-Std-3013a),
  so the rule is offered as a named convention, not cited to the standard.
* ``"none"``: land with empty tanks (an upper bound, not a plan).

A time-based reserve makes the answer depend on the cruise speed as well as on the range
factor; the model's loiter burn rate is that of :mod:`rangecalc.model.mission`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rangecalc._core import mission as _m
from rangecalc.data.errors import InputError, closest

__all__ = ["DEFAULT_RESERVE", "RESERVES", "ReserveRule", "reserve_rule"]


@dataclass(frozen=True)
class ReserveRule:
    """A named reserve: a fraction of the fuel at take-off and minutes of loiter.

    Attributes
    ----------
    name
        The rule's name, as answers print it.
    of_fuel
        Fraction of the fuel at take-off kept at landing.
    minutes
        Minutes of loiter the fuel kept at landing must also allow.
    at_least
        True when the reserve is the larger of the two (``max``) rather than their sum.
    source
        Where the rule comes from.
    """

    name: str
    of_fuel: float
    minutes: float
    at_least: bool
    source: str

    def __post_init__(self) -> None:
        if not 0.0 <= self.of_fuel < 1.0:
            raise InputError(f"reserve: of_fuel must be a fraction in [0, 1), got {self.of_fuel}")
        if not 0.0 <= self.minutes <= 600.0:
            raise InputError(f"reserve: minutes must be from 0 to 600, got {self.minutes}")

    def kernel(self) -> _m.Reserve:
        """The rule as the plain-float kernel takes it."""
        return _m.Reserve(of_fuel=self.of_fuel, minutes=self.minutes, at_least=self.at_least)

    def describe(self) -> str:
        """One line for answers, e.g. ``raymer (6 % of mission fuel; Raymer 2018 ...)``."""
        return f"{self.name}: {self.source}"

    @classmethod
    def fraction(cls, fraction: float) -> ReserveRule:
        """A reserve of *fraction* of the mission fuel (Raymer's form with another figure)."""
        if not 0.0 <= fraction < 1.0:
            raise InputError(f"reserve: must be a fraction in [0, 1), got {fraction}")
        return cls(
            name=f"{fraction:.0%} of mission fuel",
            of_fuel=fraction / (1.0 + fraction),
            minutes=0.0,
            at_least=False,
            source="given by the user",
        )


RESERVES: dict[str, ReserveRule] = {
    "raymer": ReserveRule(
        "raymer",
        _m.RESERVE / (1.0 + _m.RESERVE),
        0.0,
        False,
        "6 % of mission fuel for reserve and trapped fuel (Raymer, Aircraft Design, 6th ed. "
        "2018, eq. 3.11 and pp. 711, 715)",
    ),
    "navy": ReserveRule(
        "navy",
        0.10 / 1.10,
        20.0,
        True,
        "10 % of planned fuel, at least 20 min at maximum endurance (OPNAVINST 3710.7 "
        "para 4.6.4, via NAVEDTRA P-1244, navyflightmanuals.tpub.com)",
    ),
    "20 min + 5 %": ReserveRule(
        "20 min + 5 %",
        0.05,
        20.0,
        False,
        "20 min loiter plus 5 % of the fuel at take-off (a convention attributed to "
        "MIL-STD-3013A, whose text could not be checked)",
    ),
    "none": ReserveRule("none", 0.0, 0.0, False, "no reserve: lands with empty tanks"),
}
DEFAULT_RESERVE = "raymer"


def reserve_rule(rule: object) -> ReserveRule:
    """The :class:`ReserveRule` named by *rule* (a name, a fraction or its text, or a rule)."""
    if isinstance(rule, ReserveRule):
        return rule
    if isinstance(rule, bool):
        raise InputError(f"reserve: expected a rule name or a fraction, got {rule!r}")
    if isinstance(rule, int | float):
        return ReserveRule.fraction(float(rule))
    if isinstance(rule, str):
        key = rule.strip()
        if key in RESERVES:
            return RESERVES[key]
        try:  # a fraction written as text ("0.1", from a command line)
            value = float(key)
        except ValueError:
            value = None
        if value is not None:
            return ReserveRule.fraction(value)
        hint = closest(key, RESERVES, n=1)
        raise InputError(
            f"reserve: unknown rule {rule!r}"
            + (f" (did you mean {hint[0]!r}?)" if hint else "")
            + f"; provide one of {', '.join(repr(k) for k in RESERVES)} or a fraction"
        )
    raise InputError(f"reserve: expected a rule name or a fraction, got {rule!r}")
