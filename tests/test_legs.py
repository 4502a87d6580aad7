"""The permitted legs: one rule for the distance required, whoever asks the question."""

from __future__ import annotations

import numpy as np
import pytest

import rangecalc as rc
from rangecalc.claims.claim import evaluate
from rangecalc.claims.legs import Legs, country_points

DENIED = ["TR", "GE", "AZ", "AM"]
POLICY = rc.AirspacePolicy.of(denied=DENIED)


def _claim(base: str, target: str) -> rc.Claim:
    return rc.Claim(
        id="x",
        statement="",
        kind="aircraft",
        aircraft="Tu-22M3",
        bases=(base,),
        target=target if target.startswith("country:") else (target,),
        airspace=POLICY,
    )


@pytest.mark.parametrize("target", ["Aleppo", "country:SY"])
def test_claims_sweeps_and_the_basing_comparison_require_the_same_distance(target: str) -> None:
    """The same question (one base, one target, one policy) asked four ways: a claim, a
    sweep row, a row of the basing comparison and the legs themselves give one distance."""
    cat = rc.default_catalog()
    bases = ["Mozdok", "Hamadan"]
    swept = rc.sweep("Tu-22M3", bases, [target], policy=POLICY)
    compared = rc.compare_bases("Tu-22M3", bases, target, denied=DENIED)
    ends = (
        country_points(target.split(":")[1])
        if target.startswith("country:")
        else [rc.resolve_place(target)]
    )
    for base in bases:
        claim = evaluate(_claim(base, target), cat, steps=("verdict",)).required_km
        sweep = float(swept.loc[swept.base == base, "distance_km"].iloc[0])
        basing = float(compared.loc[compared.base == base, "route_km"].iloc[0])
        legs = Legs([rc.resolve_place(base)], ends, POLICY).required()
        assert claim is not None
        assert claim == sweep == basing == legs.km
        # and the distance required is the length of the route reported, checked
        assert legs.route.distance is not None
        assert legs.km == pytest.approx(legs.route.distance.to("km").magnitude, abs=1e-9)


def test_bases_for_requires_what_a_claim_from_each_field_requires() -> None:
    found = rc.bases_for("Tu-22M3", "Aleppo", countries=["CY"], policy=POLICY)
    assert len(found) >= 3
    cat = rc.default_catalog()
    for row in found.itertuples():
        claim = evaluate(_claim(str(row.icao), "Aleppo"), cat, steps=("verdict",))
        assert claim.required_km == row.distance_km


def test_routes_are_the_routes_route_finds() -> None:
    """Legs.route and the batched checked lengths agree with rc.route target by target."""
    a = rc.resolve_place("Mozdok")
    targets = [rc.resolve_place(t) for t in ("Aleppo", "Deir ez-Zor", "Latakia air base")]
    legs = Legs([a], targets, POLICY)
    checked = legs.checked_km(0)
    for j, t in enumerate(targets):
        alone = rc.route(a, t, denied=DENIED)
        assert alone.distance is not None
        km = float(alone.distance.to("km").magnitude)
        assert legs.route(0, j).waypoints == alone.waypoints
        assert checked[j] == pytest.approx(km, abs=1e-9)
    # the searched table never claims less than a tenth of a percent below the route
    assert np.all(legs.km[0] >= checked * (1 - 1e-3))


def test_no_route_is_inf_and_says_why() -> None:
    """Armenia is landlocked between Georgia, Azerbaijan, Turkey and Iran: with those
    closed, no way into it from Mozdok (Yerevan's Zvartnots, UDYZ)."""
    closed = rc.AirspacePolicy.of(denied=["GE", "AZ", "TR", "IR"])
    legs = Legs([rc.resolve_place("Mozdok")], [rc.resolve_place("UDYZ")], closed)
    need = legs.required()
    assert need.km == np.inf and need.route.distance is None
    assert need.route.reason is not None and "enclosed" in need.route.reason


def test_route_and_compare_bases_take_a_policy() -> None:
    by_policy = rc.route("Mozdok", "Aleppo", policy=POLICY)
    by_codes = rc.route("Mozdok", "Aleppo", denied=DENIED)
    assert by_policy.waypoints == by_codes.waypoints
    with pytest.raises(rc.InputError, match="not both"):
        rc.route("Mozdok", "Aleppo", policy=POLICY, denied=["TR"])
    with pytest.raises(rc.InputError, match="AirspacePolicy"):
        rc.route("Mozdok", "Aleppo", policy=["TR"])  # type: ignore[arg-type]
    a = rc.compare_bases("Tu-22M3", ["Mozdok"], "Aleppo", policy=POLICY)
    b = rc.compare_bases("Tu-22M3", ["Mozdok"], "Aleppo", denied=DENIED)
    assert a.route_km.tolist() == b.route_km.tolist()


def test_no_router_is_cached_for_a_callers_boundaries() -> None:
    """The router cache holds the built-in boundaries' routers only: a caller's own
    Boundaries gets a router of its own, which no later call shares or keeps alive."""
    import dataclasses
    import gc
    import weakref

    from rangecalc.airspace.boundaries import builtin_boundaries
    from rangecalc.airspace.routing import Router

    mine = dataclasses.replace(builtin_boundaries())
    first = Router.for_policy(POLICY, boundaries=mine)
    assert first is not Router.for_policy(POLICY, boundaries=mine)
    assert Router.for_policy(POLICY) is Router.for_policy(POLICY)  # built in: cached
    kept = weakref.ref(mine)
    del mine, first
    gc.collect()
    assert kept() is None


def test_the_policy_holds_the_territorial_sea(tmp_path: object) -> None:
    """A scenario's sea belt lands in the claim's policy, and every leg uses it: a wider
    belt never shortens a route. 0.1's territorial_sea= beside a policy still works,
    with a warning."""
    wide = rc.AirspacePolicy.of(denied=DENIED, territorial_sea="24 nmi")
    assert wide.territorial_sea_m == pytest.approx(24 * 1852.0)
    assert POLICY.territorial_sea_m == pytest.approx(12 * 1852.0)
    a, t = rc.resolve_place("Mozdok"), rc.resolve_place("Aleppo")
    narrow_km = Legs([a], [t], POLICY).required().km
    wide_km = Legs([a], [t], wide).required().km
    assert wide_km >= narrow_km
    with pytest.warns(DeprecationWarning, match="the policy holds it"):
        old = Legs([a], [t], POLICY, territorial_sea="24 nmi")
    assert old.policy == wide
    with pytest.raises(rc.InputError, match="not both"):
        rc.route(a, t, policy=POLICY, territorial_sea="24 nmi")
    with pytest.raises(rc.InputError, match="territorial_sea"):
        rc.AirspacePolicy.of(territorial_sea="300 km")
