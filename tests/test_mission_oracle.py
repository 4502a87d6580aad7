"""The closed-form mission kernel against an independent step-by-step simulation.

The oracle flies the mission in 1 km steps with explicit fuel bookkeeping (Euler steps of
dW/ds = -W/K, on-station time in 1-minute steps), finds K by bisection on a simulated
ferry flight and the radius by bisection on the landing weight. It shares no formula with
``rangecalc._core.mission`` beyond the model's stated constants.
"""

from __future__ import annotations

import pytest

from rangecalc._core import mission as core

TAKEOFF, CLIMB, LANDING, RESERVE = 0.970, 0.985, 0.995, 0.06
LOITER = 0.866 * 0.875
STEP = 1.0  # km


def cruise(w: float, km: float, k: float) -> float:
    n = max(1, round(km / STEP))
    ds = km / n
    for _ in range(n):
        w -= w * ds / k
    return w


def oracle_k(ferry: float, oew: float, mtow: float, cap: float) -> float:
    fuel = min(cap, mtow - oew)
    w0 = oew + fuel
    w_end = w0 - fuel / (1 + RESERVE)
    lo, hi = 100.0, 1e6
    for _ in range(60):
        k = (lo + hi) / 2
        w = cruise(w0 * TAKEOFF * CLIMB, ferry, k) * LANDING
        lo, hi = (lo, k) if w >= w_end else (k, hi)  # too little fuel left: K too small
    return (lo + hi) / 2


def fly(
    r: float,
    *,
    k: float,
    oew: float,
    mtow: float,
    cap: float,
    payload: float,
    allowance: float,
    low_km: float = 0.0,
    low_factor: float = 1.0,
    cruise_factor: float = 1.0,
    station_h: float = 0.0,
    speed: float = 900.0,
    release: bool = True,
    back: float | None = None,
    refuel_at: float | None = None,
) -> float:
    """Landing weight minus the lightest allowed landing weight, for radius *r*."""
    fuel = min(cap, mtow - oew - payload)
    w0 = oew + payload + fuel
    w_min = w0 - (payload if release else 0.0) - fuel / (1 + RESERVE)
    kc = k * cruise_factor
    w = w0 * TAKEOFF * CLIMB
    hi_out = max(r - low_km, 0.0)
    if refuel_at is not None and refuel_at <= hi_out:
        w = cruise(w, refuel_at, kc)
        w = min(oew + payload + cap, mtow)  # top up to full tanks
        w = cruise(w, hi_out - refuel_at, kc)
    else:
        w = cruise(w, hi_out, kc)
    w = cruise(w, min(r, low_km), kc * low_factor)
    for _ in range(round(station_h * 60)):
        w -= w * LOITER * speed / kc / 60.0
    w *= 1 - allowance
    if release:
        w -= payload
    home = r if back is None else back
    w = cruise(w, min(home, low_km), kc * low_factor)
    w = cruise(w, max(home - low_km, 0.0), kc)
    return w * LANDING - w_min


def oracle_radius(**kw: float) -> float:
    lo, hi = 0.0, 20_000.0
    if fly(0.0, **kw) < 0:
        return 0.0
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fly(mid, **kw) >= 0 else (lo, mid)
    return lo


def bingo(*, k: float, oew: float, mtow: float, cap: float, payload: float) -> float:
    """Farthest point from which the aircraft, payload aboard, can still get home."""
    fuel = min(cap, mtow - oew - payload)
    w0 = oew + payload + fuel
    w_abort = oew + payload + fuel * RESERVE / (1 + RESERVE)
    lo, hi = 0.0, 20_000.0
    for _ in range(40):
        s = (lo + hi) / 2
        w = cruise(cruise(w0 * TAKEOFF * CLIMB, s, k), s, k) * LANDING
        lo, hi = (s, hi) if w >= w_abort else (lo, s)
    return lo


# Su-34-like figures (catalog nominal values), and a bomber with MTOW-limited fuel.
SU34 = {"oew": 22_500.0, "mtow": 45_100.0, "cap": 12_100.0}
BOMBER = {"oew": 54_000.0, "mtow": 126_000.0, "cap": 50_000.0}

CASES = [
    ("hi-hi-hi", SU34, 4_000.0, {}, {}),
    (
        "hi-lo-hi",
        SU34,
        4_000.0,
        {"low_km": 92.6, "low_factor": 0.43},
        {"legs": (core.Leg(92.6, 0.43),)},
    ),
    ("lo-lo-lo", SU34, 4_000.0, {"cruise_factor": 0.43}, {"cruise_factor": 0.43}),
    (
        "lo-lo-lo on station",
        SU34,
        2_000.0,
        {"cruise_factor": 0.43, "station_h": 0.5},
        {"cruise_factor": 0.43, "on_station_h": 0.5},
    ),
    ("on station 1 h", SU34, 2_000.0, {"station_h": 1.0}, {"on_station_h": 1.0}),
    ("payload kept", SU34, 2_000.0, {"release": False}, {"release": False}),
    ("recovery 600 km", SU34, 4_000.0, {"back": 600.0}, {"back_km": 600.0}),
    ("bomber 24 t", BOMBER, 24_000.0, {}, {}),
    (
        "bomber hi-lo-hi recovery",
        BOMBER,
        12_000.0,
        {"low_km": 92.6, "low_factor": 0.43, "back": 1_500.0},
        {"legs": (core.Leg(92.6, 0.43),), "back_km": 1_500.0},
    ),
]


@pytest.mark.parametrize(
    ("label", "af", "payload", "oracle_kw", "spec_kw"), CASES, ids=[c[0] for c in CASES]
)
def test_kernel_matches_simulation(
    label: str, af: dict[str, float], payload: float, oracle_kw: dict, spec_kw: dict
) -> None:
    ferry, allowance = 4_000.0, 0.1
    k = oracle_k(ferry, af["oew"], af["mtow"], af["cap"])
    expected = oracle_radius(k=k, payload=payload, allowance=allowance, **af, **oracle_kw)
    got = float(
        core.radius(
            k=core.range_factor(ferry, af["oew"], af["mtow"], af["cap"], RESERVE),
            oew=af["oew"],
            mtow=af["mtow"],
            capacity=af["cap"],
            payload=payload,
            speed_kmh=900.0,
            spec=core.MissionSpec(allowance=allowance, **spec_kw),
        )
    )
    assert expected > 100  # a meaningful mission
    assert got == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    ("af", "payload", "allowance"),
    [
        (SU34, 2_000.0, 0.1),  # the target comes before the bingo point
        (SU34, 6_000.0, 0.1),
        (BOMBER, 24_000.0, 0.0),  # dropping 24 t at the target: the bingo point comes first
    ],
)
def test_one_top_up_matches_simulation(
    af: dict[str, float], payload: float, allowance: float
) -> None:
    """Top-up at the bingo point, or short of the target if that comes first."""
    ferry = 4_000.0
    k = oracle_k(ferry, af["oew"], af["mtow"], af["cap"])
    r0 = oracle_radius(k=k, payload=payload, allowance=allowance, **af)
    b = bingo(k=k, payload=payload, **af)
    s = min(b, r0)
    expected = oracle_radius(k=k, payload=payload, allowance=allowance, refuel_at=s, **af)
    got = float(
        core.radius(
            k=core.range_factor(ferry, af["oew"], af["mtow"], af["cap"], RESERVE),
            oew=af["oew"],
            mtow=af["mtow"],
            capacity=af["cap"],
            payload=payload,
            speed_kmh=900.0,
            spec=core.MissionSpec(allowance=allowance, refuelings=1),
        )
    )
    assert expected > r0 * 1.2
    assert got == pytest.approx(expected, rel=2e-3)


def test_the_bomber_case_is_bingo_limited() -> None:
    k = oracle_k(4_000.0, 54_000.0, 126_000.0, 50_000.0)
    r0 = oracle_radius(k=k, payload=24_000.0, allowance=0.0, **BOMBER)
    assert bingo(k=k, payload=24_000.0, **BOMBER) < r0
