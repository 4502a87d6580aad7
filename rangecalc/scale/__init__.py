"""At scale: sweeps, reverse reach, country coverage, certified screening, clusters.

* :mod:`~rangecalc.scale.sweeps`: aircraft x bases x targets x loads, each row the
  verdict its own claim would get;
* :mod:`~rangecalc.scale.reverse`: the airfields that reach a target, ranked;
* :mod:`~rangecalc.scale.coverage`: the share of a country a set of bases reaches;
* :mod:`~rangecalc.scale.screen`: geodesic reach verdicts for millions of pairs,
  certified on a sphere;
* :mod:`~rangecalc.scale.parallel`: the tasks, in this process or on a Dask cluster
  (extra ``scale``).
"""

from rangecalc.scale.coverage import Coverage, coverage
from rangecalc.scale.reverse import bases_for
from rangecalc.scale.screen import Screening, screen_reach
from rangecalc.scale.sweeps import SweepTarget, sweep

__all__ = ["Coverage", "Screening", "SweepTarget", "bases_for", "coverage", "screen_reach", "sweep"]
