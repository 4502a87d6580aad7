"""Ground truth: historical long-range missions, sourced in tests/data/missions/history.toml.

Flown missions must hold and the same missions without what history says they needed
must fail. Each claim names its sources; the research notes behind them are in
tests/data/missions/sources.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rangecalc as rc
from rangecalc.claims.claim import Assessment

HISTORY = Path(__file__).parent / "data" / "missions" / "history.toml"

#: Missions on which the model does not yet give history's verdict, and why. Each is a
#: strict expected failure: the day the model gets it right, the test says so.
KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, Assessment]:
    _, results = rc.check_scenario(HISTORY)
    return {v.claim.id: v for v in results}


def test_the_table_is_large_enough_and_sourced() -> None:
    scenario = rc.load_scenario(HISTORY)
    assert len(scenario.claims) >= 12
    for claim in scenario.claims:
        assert claim.source, claim.id
        assert claim.expect in ("holds", "fails"), claim.id
    assert sum(c.expect == "fails" for c in scenario.claims) >= 3  # impossibilities too


@pytest.mark.parametrize(
    "claim_id",
    [
        pytest.param(c.id, marks=pytest.mark.xfail(reason=KNOWN_MISSES[c.id], strict=True))
        if c.id in KNOWN_MISSES
        else c.id
        for c in rc.load_scenario(HISTORY).claims
    ],
)
def test_the_model_gives_history_its_verdict(
    claim_id: str, verdicts: dict[str, Assessment]
) -> None:
    v = verdicts[claim_id]
    assert v.error is None, v.error
    assert v.verdict == v.claim.expect, v.explanation


def test_refuelled_missions_report_a_plan_that_reaches(verdicts: dict[str, Assessment]) -> None:
    """Each flown refuelled mission reports the fewest top-ups with which it reaches: no
    more than history used, and more than none (each needed its tankers)."""
    for v in verdicts.values():
        plan = v.claim.plan
        if v.claim.expect != "holds" or plan.total == 0:
            continue
        assert v.min_plan is not None, v.claim.id
        assert 0 < v.min_plan.total <= plan.total, (v.claim.id, v.min_plan.split)
