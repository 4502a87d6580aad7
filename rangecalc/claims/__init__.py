"""Claims: the legs a question requires, scenario files, and verdicts that explain themselves.

* :mod:`~rangecalc.claims.legs`: the permitted legs of a question, the one rule for the
  distance required;
* :mod:`~rangecalc.claims.claim`: claims and scenario files, the :class:`ClaimChain` of
  named steps and the :class:`Assessment` it writes;
* :mod:`~rangecalc.claims.basing`: the basing comparison;
* :mod:`~rangecalc.claims.standoff`: a weapon's range and the stand-off reach.

This layer flies the model over the routes; it knows nothing of pictures or clusters.
The names of the former module ``rangecalc.claims`` (now
:mod:`~rangecalc.claims.claim`) are here too.
"""

import warnings

from rangecalc.claims.basing import compare_bases
from rangecalc.claims.claim import (
    ERROR,
    KINDS,
    MAX_PLAN_SEARCH,
    STEPS,
    VERDICT_STEPS,
    VERDICTS,
    Assessment,
    Claim,
    ClaimChain,
    Evaluation,
    Scenario,
    ScenarioError,
    check,
    chosen_steps,
    evaluate,
    evaluate_all,
    heaviest_payload,
    load_scenario,
    permitted_distances,
    verdict_of,
)
from rangecalc.claims.legs import Legs, Required, country_points
from rangecalc.claims.standoff import StandoffReach, standoff_reach, weapon_range


def __getattr__(name: str) -> object:
    """``Verdict``, the name :class:`Assessment` had in 0.1 (one release, with a warning)."""
    if name == "Verdict":
        warnings.warn(
            "rangecalc.claims.Verdict is deprecated: it is rangecalc.claims.Assessment",
            DeprecationWarning,
            stacklevel=2,
        )
        return Assessment
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ERROR",
    "KINDS",
    "MAX_PLAN_SEARCH",
    "STEPS",
    "VERDICTS",
    "VERDICT_STEPS",
    "Assessment",
    "Claim",
    "ClaimChain",
    "Evaluation",
    "Legs",
    "Required",
    "Scenario",
    "ScenarioError",
    "StandoffReach",
    "check",
    "chosen_steps",
    "compare_bases",
    "country_points",
    "evaluate",
    "evaluate_all",
    "heaviest_payload",
    "load_scenario",
    "permitted_distances",
    "standoff_reach",
    "verdict_of",
    "weapon_range",
]
