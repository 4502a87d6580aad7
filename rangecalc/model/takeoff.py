"""Take-off limits: the heaviest take-off a runway allows on a given day.

Model
-----
First order, after Anderson [1]_ (section 6.7): the ground run grows with the square of
the weight and falls with air density and thrust, ``s ~ W^2 / (rho S CLmax T)``. Thrust of
a jet at take-off is taken proportional to air density, so at fixed wing and lift
coefficient::

    s = s_ref * (W / W_ref)^2 * (rho0 / rho)^2

where ``s_ref`` is the published take-off run at the maximum take-off mass ``W_ref`` in the
ISA at sea level, and ``rho`` comes from the field's elevation and the air temperature
(:mod:`rangecalc.model.atmosphere`). The heaviest take-off on a runway of length ``L`` is then
``W_ref * sqrt(L / s_ref) * rho / rho0``, never more than the maximum take-off mass.
The rule of thumb that 10 % more weight needs about 20 % more runway follows from it.

It ignores wind, runway slope and surface, the margins of operational take-off distance
rules, and the engines' actual thrust lapse; treat it as a first estimate.

References
----------
.. [1] J. D. Anderson, *Aircraft Performance and Design*, McGraw-Hill, 1999, section 6.7.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from rangecalc._core.tolerance import above
from rangecalc.catalog import Airframe, Catalog, Figure, Place, default_catalog
from rangecalc.catalog.bounds import bound
from rangecalc.data.errors import InputError
from rangecalc.data.interval import Interval
from rangecalc.data.places import resolve_place
from rangecalc.data.units import Quantity, as_quantity, magnitude, temperature_kelvin, ureg
from rangecalc.model.atmosphere import density_ratio

__all__ = ["MissingTakeoffDataError", "TakeoffConditions", "TakeoffLimit", "takeoff_limit"]


class MissingTakeoffDataError(InputError):
    """A figure the take-off model needs is not known: a take-off run, runway or elevation.

    Unlike a malformed value this is not the user's mistake, and a survey over many bases
    (:func:`rangecalc.compare_bases`) reports it as "no data" for that base.
    """


@dataclass(frozen=True)
class TakeoffLimit:
    """The take-off mass a runway allows, and what that costs.

    Attributes
    ----------
    max_takeoff_mass
        Heaviest take-off on this runway today (never above the airframe's maximum).
    cost
        Maximum take-off mass minus that: mass to leave behind, as fuel or payload.
    density_ratio
        Air density relative to ISA sea level (low, nominal, high).
    run_at_mtow
        Ground run the airframe would need at its maximum take-off mass here.
    runway
        Runway length used.
    """

    airframe: str
    base: str
    temperature: Quantity
    density_ratio: tuple[float, float, float]
    runway: Figure
    run_at_mtow: Interval
    max_takeoff_mass: Interval
    cost: Interval
    inputs: dict[str, Figure]

    @property
    def limited(self) -> bool:
        """True if even the most favourable inputs leave less than the maximum mass."""
        return bool(self.cost.low.to("kg").magnitude > 0)


def _figure(value: object | Figure | None, unit: str, name: str) -> Figure | None:
    """A runway or take-off run given by the user, checked: positive, no longer than any."""
    if value is None:
        return None
    fig = (
        value
        if isinstance(value, Figure)
        else Figure.exact(as_quantity(value, unit, name=name), source="given by the user")
    )
    lo, _, hi = fig.interval(unit)
    if not lo > 0:
        raise InputError(f"{name}: must be a positive length, got {fig.low}")
    longest = bound("places", "runway_length")
    assert longest is not None
    if above(hi, longest.limit):
        raise InputError(
            f"{name}: {fig.high} is physically impossible: at most {longest.limit:,.0f} m "
            f"({longest.why})"
        )
    return fig


@dataclass(frozen=True)
class TakeoffConditions:
    """The day's take-off inputs given by the user, validated once.

    Attributes
    ----------
    temperature
        Air temperature at the field; ``None`` for the ISA temperature there.
    runway
        Runway length, overriding the catalog's; ``None`` to use the catalog's.
    takeoff_run
        Reference ground run at maximum take-off mass, ISA sea level; ``None`` for the
        catalog's.
    """

    temperature: Quantity | None = None
    runway: Figure | None = None
    takeoff_run: Figure | None = None

    @classmethod
    def of(
        cls,
        *,
        temperature: object | None = None,
        runway: object | None = None,
        takeoff_run: object | None = None,
    ) -> TakeoffConditions:
        """Check each input: a temperature met at airfields, positive lengths."""
        temp = None
        if temperature is not None:
            temp = ureg.Quantity(temperature_kelvin(temperature), "K")
            density_ratio("0 m", temp)  # refuses temperatures outside those met at airfields
        return cls(
            temperature=temp,
            runway=_figure(runway, "m", "runway"),
            takeoff_run=_figure(takeoff_run, "m", "takeoff_run"),
        )


def takeoff_limit(
    airframe: Airframe | str,
    base: Place | str,
    *,
    temperature: object | None = None,
    runway: object | None = None,
    takeoff_run: object | None = None,
    catalog: Catalog | None = None,
) -> TakeoffLimit:
    """Heaviest take-off of *airframe* from *base* at *temperature*.

    Parameters
    ----------
    airframe
        Airframe or its name; its ``takeoff_run`` (at maximum take-off mass, ISA sea
        level) is the reference unless *takeoff_run* is given.
    base
        A place with ``elevation`` and ``runway_length`` (catalog), or any place
        reference plus *runway*.
    temperature
        Air temperature, e.g. ``"35 degC"``; default the ISA temperature at the field.
    runway, takeoff_run
        Override or supply the runway length and the reference take-off run.

    Raises
    ------
    InputError
        When the reference take-off run, the field elevation or the runway length is
        unknown (the message says which to supply).
    """
    cat = catalog or default_catalog()
    af = airframe if isinstance(airframe, Airframe) else cat.airframe(airframe)
    place = resolve_place(base, cat)
    given = TakeoffConditions.of(temperature=temperature, runway=runway, takeoff_run=takeoff_run)
    run_ref = given.takeoff_run or af.takeoff_run
    if run_ref is None:
        raise MissingTakeoffDataError(
            f"takeoff_run: the catalog has no sourced take-off run for the {af.name}; give "
            "one (the ground run at maximum take-off mass, ISA sea level), e.g. "
            "takeoff_run='2,000 m' or --takeoff-run 2000m"
        )
    rwy = given.runway or place.runway_length
    if rwy is None:
        raise MissingTakeoffDataError(
            f"runway: no runway length is known for {place.name}; give one, e.g. "
            "runway='3,000 m' or --runway 3000m"
        )
    if place.elevation is None:
        raise MissingTakeoffDataError(
            f"elevation: no field elevation is known for {place.name}; add it to a catalog"
        )
    temp = given.temperature
    elev = place.elevation.interval("m")
    sigmas = [density_ratio(ureg.Quantity(h, "m"), temp) for h in elev]
    sigma = (min(sigmas), sigmas[1], max(sigmas))

    inputs = {
        "takeoff_run": run_ref,
        "runway_length": rwy,
        "max_takeoff_mass": af.max_takeoff_mass,
        "elevation": place.elevation,
    }
    # W_max is increasing in runway, MTOW and density and decreasing in the reference run:
    # its extremes are at the corners.
    s_lo, s_nom, s_hi = run_ref.interval("m")
    l_lo, l_nom, l_hi = rwy.interval("m")
    w_lo, w_nom, w_hi = af.max_takeoff_mass.interval("kg")

    def w_max(s: float, length: float, w_ref: float, sig: float) -> float:
        return float(min(w_ref, w_ref * np.sqrt(length / s) * sig))

    def run(s: float, sig: float) -> float:
        return s / sig**2

    corners = [
        w_max(s, length, w, sig)
        for s, length, w, sig in itertools.product(
            (s_lo, s_hi), (l_lo, l_hi), (w_lo, w_hi), (sigma[0], sigma[2])
        )
    ]
    nominal = w_max(s_nom, l_nom, w_nom, sigma[1])
    costs = [
        w - w_max(s, length, w, sig)
        for s, length, w, sig in itertools.product(
            (s_lo, s_hi), (l_lo, l_hi), (w_lo, w_hi), (sigma[0], sigma[2])
        )
    ]
    runs = [run(s, sig) for s, sig in itertools.product((s_lo, s_hi), (sigma[0], sigma[2]))]
    t_used = (
        ureg.Quantity(float(magnitude(temp, "K", name="temperature")), "K")
        if temp is not None
        else ureg.Quantity(288.15 - 0.0065 * elev[1], "K")
    )
    return TakeoffLimit(
        airframe=af.name,
        base=place.name,
        temperature=t_used.to("degC"),
        density_ratio=sigma,
        runway=rwy,
        run_at_mtow=Interval.from_magnitudes(min(runs), run(s_nom, sigma[1]), max(runs), unit="m"),
        max_takeoff_mass=Interval.from_magnitudes(min(corners), nominal, max(corners), "kg"),
        cost=Interval.from_magnitudes(min(costs), w_nom - nominal, max(costs), "kg"),
        inputs=inputs,
    )
