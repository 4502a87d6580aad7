"""The closed-form mission kernel against an independent step-by-step simulation.

The oracle flies the mission in 1 km steps with explicit fuel bookkeeping (Euler steps of
dW/ds = -W/K, on-station time in 1-minute steps), finds K by bisection on a simulated
ferry flight and the radius by bisection on the landing weight. It shares no formula with
``rangecalc._core.mission`` beyond the model's stated constants.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
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
    refuel_out: tuple[float, ...] = (),
    refuel_back: tuple[float, ...] = (),
    offload: Callable[[float], float] | None = None,
    safe: bool = False,
) -> float:
    """Landing weight minus the lightest allowed landing weight, for radius *r*.

    Top-ups at *refuel_out* (distances from base) and *refuel_back* (distances still to
    fly home) fill the tanks, limited by ``offload(tanker distance)``; the tanker flies
    from the base along the track. ``-inf`` if the fuel falls below the reserve on the
    way, or (with *safe*) a top-up is not within reach of home without it.
    """
    fuel = min(cap, mtow - oew - payload)
    w0 = oew + payload + fuel
    reserve = fuel * RESERVE / (1 + RESERVE)
    w_min = w0 - (payload if release else 0.0) - fuel / (1 + RESERVE)
    kc = k * cruise_factor
    w = w0 * TAKEOFF * CLIMB
    hi_out = max(r - low_km, 0.0)

    def top_up(w: float, dry: float, d: float) -> float:
        if w < dry + reserve - 1e-6:
            return -math.inf
        if safe and cruise(w, d, kc) * LANDING < dry + reserve:
            return -math.inf
        give = math.inf if offload is None else max(offload(d), 0.0)
        return min(w + give, max(w, min(dry + cap, mtow)))

    flown = 0.0
    for s in sorted(x for x in refuel_out if x <= hi_out):
        w = top_up(cruise(w, s - flown, kc), oew + payload, s)
        flown = s
    w = cruise(w, hi_out - flown, kc)
    w = cruise(w, min(r, low_km), kc * low_factor)
    if w < oew + payload + reserve - 1e-6:
        return -math.inf
    for _ in range(round(station_h * 60)):
        w -= w * LOITER * speed / kc / 60.0
    w *= 1 - allowance
    if release:
        w -= payload
    home = r if back is None else back
    kept = oew + (0.0 if release else payload)
    w = cruise(w, min(home, low_km), kc * low_factor)
    left = max(home - low_km, 0.0)
    for q in sorted((x for x in refuel_back if x <= left), reverse=True):
        w = top_up(cruise(w, left - q, kc), kept, q)
        left = q
    w = cruise(w, left, kc)
    if not w > -math.inf:
        return -math.inf
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


def kernel(af: dict[str, float], payload: float, allowance: float, **spec: object) -> float:
    return float(
        core.radius(
            k=core.range_factor(4_000.0, af["oew"], af["mtow"], af["cap"], RESERVE),
            oew=af["oew"],
            mtow=af["mtow"],
            capacity=af["cap"],
            payload=payload,
            speed_kmh=900.0,
            spec=core.MissionSpec(allowance=allowance, **spec),  # type: ignore[arg-type]
        )
    )


#: A small tanker whose offload falls with its distance from base (8 t there, none 4,000 km
#: out), so that it, not the receiver's tanks, limits every top-up of a fighter.
OFFLOAD = {"offload_km": (0.0, 4_000.0), "offload_kg": (8_000.0, 0.0)}


def small_tanker(d: float) -> float:
    return max(0.0, 8_000.0 - 2.0 * d)


@pytest.mark.parametrize(
    ("af", "payload", "out", "back"),
    [(SU34, 2_000.0, (800.0,), (600.0,)), (BOMBER, 12_000.0, (1_500.0, 3_000.0), (1_000.0,))],
)
def test_top_ups_at_given_points_match_simulation(
    af: dict[str, float], payload: float, out: tuple[float, ...], back: tuple[float, ...]
) -> None:
    k = oracle_k(4_000.0, af["oew"], af["mtow"], af["cap"])
    expected = oracle_radius(
        k=k, payload=payload, allowance=0.05, refuel_out=out, refuel_back=back, **af
    )
    got = kernel(af, payload, 0.05, out=len(out), back=len(back), out_at=out, back_at=back)
    assert expected > oracle_radius(k=k, payload=payload, allowance=0.05, **af) * 1.3
    assert got == pytest.approx(expected, rel=2e-3)


def _best_by_search(
    af: dict[str, float],
    payload: float,
    r: float,
    *,
    k: float,
    n_out: int,
    n_back: int,
    **kw: object,
) -> float:
    """Largest landing margin over a grid of top-up positions (brute force)."""
    best = -math.inf
    outs = np.linspace(0.0, r, 41)
    backs = np.linspace(0.0, r, 41)
    for s in outs if n_out else [None]:
        for q in backs if n_back else [None]:
            m = fly(
                r,
                k=k,
                payload=payload,
                allowance=0.05,
                refuel_out=() if s is None else (float(s),),
                refuel_back=() if q is None else (float(q),),
                **af,
                **kw,  # type: ignore[arg-type]
            )
            best = max(best, m)
    return best


@pytest.mark.parametrize(
    ("label", "n_out", "n_back", "limited", "safe"),
    [
        ("1+0 unlimited", 1, 0, False, False),
        ("1+1 unlimited", 1, 1, False, False),
        ("0+1 limited", 0, 1, True, False),
        ("1+1 limited", 1, 1, True, False),
        ("1+0 safe", 1, 0, False, True),
    ],
)
def test_top_up_placement_is_optimal(
    label: str, n_out: int, n_back: int, limited: bool, safe: bool
) -> None:
    """No placement of the top-ups (a 41 x 41 grid, flown step by step) reaches 1 %
    farther than the kernel's radius, and one reaches 1 % short of it."""
    af, payload = SU34, 2_000.0
    k = oracle_k(4_000.0, af["oew"], af["mtow"], af["cap"])
    spec: dict[str, object] = {"out": n_out, "back": n_back, "safe": safe}
    kw: dict[str, object] = {"safe": safe}
    if limited:
        spec.update(OFFLOAD)
        kw["offload"] = small_tanker
    r = kernel(af, payload, 0.05, **spec)
    r0 = kernel(af, payload, 0.05)
    assert r > r0 * 1.1, label  # the top-ups matter
    search = {"k": k, "n_out": n_out, "n_back": n_back, **kw}
    assert _best_by_search(af, payload, r * 1.01, **search) < 0, label
    assert _best_by_search(af, payload, r * 0.99, **search) >= 0, label


def test_the_bomber_case_is_bingo_limited() -> None:
    k = oracle_k(4_000.0, 54_000.0, 126_000.0, 50_000.0)
    r0 = oracle_radius(k=k, payload=24_000.0, allowance=0.0, **BOMBER)
    assert bingo(k=k, payload=24_000.0, **BOMBER) < r0
