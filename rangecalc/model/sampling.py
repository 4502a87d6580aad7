"""Sampling the catalog spreads: what each kind of figure is taken to be distributed as.

Model
-----
A catalog figure gives a nominal value and a low and high end (:class:`~rangecalc.catalog.
Figure`). Those ends are the extreme published values (or, for a figure with one source,
the default spread of its kind, :mod:`rangecalc.catalog.spread`); the nominal value is the
one the catalog judged most representative. Nothing more is known about the shape between
them, so each figure is drawn from the **triangular distribution** on (low, nominal, high):
bounded by the sources, most likely at the nominal value, falling off linearly to the ends.
It is the usual distribution for a quantity known only by its minimum, most likely value
and maximum (Vose [1]_, section 9.1.7 "Triangular"; the NASA cost estimating handbook [2]_
uses it the same way for expert low/likely/high estimates). Its extremes are those of the
interval, so a claim that holds at the interval's low end holds in every sample
(probability 1) and one that fails above the high end holds in none (0).

* A figure without spread (``low == high``) is not sampled: it takes its value.
* A **choice between readings** (the sources do not say which of two configurations a
  figure was published for) is drawn as each reading with probability 1/2: the principle
  of indifference, since no source favours either.
* Figures **of one source are sampled together**: every figure whose source text is the
  same shares one uniform draw ``u`` (each takes its own triangular quantile of it). A
  publication that gives a heavier variant's empty mass gives its heavier take-off mass
  and larger tanks too; drawn independently, those errors would cancel out and the
  spread of the answer would be understated. Figures of different sources are independent.

Each group of figures is drawn from its own stream, seeded by the sampling seed and the
group's source text (:class:`numpy.random.SeedSequence`), so the draws of a figure do not
depend on what else is sampled: two claims evaluated with the same seed see the same
draws of the figures they share (common random numbers). That is what makes the
estimated probability monotone where the verdict is: more payload never raises it, more
refuelling or another base never lowers it, sample by sample.

The estimate is the fraction of samples in which the claim holds; its standard error is
``sqrt(p (1 - p) / n)``. With none (or all) of ``n`` samples holding, the 95 % bound on the
true probability is ``3 / n`` (the "rule of three", Hanley and Lippman-Hand [3]_).

References
----------
.. [1] D. Vose, *Risk Analysis: A Quantitative Guide*, 3rd ed., Wiley, 2008, ch. 9.
.. [2] NASA, *Cost Estimating Handbook*, version 4.0, 2015, appendix G (risk and
   uncertainty: triangular distributions for low / most likely / high estimates).
.. [3] J. A. Hanley and A. Lippman-Hand, "If nothing goes wrong, is everything all
   right?", *JAMA* 249(13), 1983, pp. 1743-1745.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import numpy as np

from rangecalc.catalog import Figure
from rangecalc.data.errors import InputError

__all__ = [
    "DEFAULT_SAMPLES",
    "MAX_SAMPLES",
    "Estimate",
    "Sampling",
    "draw",
    "triangular_quantile",
]

#: Samples per claim unless told otherwise: a standard error of at most 0.005.
DEFAULT_SAMPLES = 10_000
#: Most samples one claim may ask for (memory: a few arrays of this many floats per figure).
MAX_SAMPLES = 1_000_000


@dataclass(frozen=True)
class Sampling:
    """How many samples to draw, and the seed that makes them reproducible.

    ``samples=0`` turns sampling off (no probability is estimated).
    """

    samples: int = DEFAULT_SAMPLES
    seed: int = 0

    def __post_init__(self) -> None:
        n = self.samples
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_SAMPLES:
            raise InputError(
                f"samples: expected a whole number from 0 to {MAX_SAMPLES:,}, got {n!r}"
            )
        s = self.seed
        if isinstance(s, bool) or not isinstance(s, int) or not 0 <= s < 2**63:
            raise InputError(f"seed: expected a whole number from 0 to 2**63 - 1, got {s!r}")


@dataclass(frozen=True)
class Estimate:
    """A probability estimated from samples.

    Attributes
    ----------
    probability
        Fraction of the samples in which the claim holds.
    error
        Its standard error, ``sqrt(p (1 - p) / n)`` (0 when every sample agrees: see
        :attr:`bound`).
    samples, seed
        How it was drawn.
    """

    probability: float
    error: float
    samples: int
    seed: int

    @classmethod
    def of(cls, holds: np.ndarray, sampling: Sampling) -> Estimate:
        """The estimate from one boolean per sample."""
        n = int(np.size(holds))
        if n == 0:
            raise InputError("samples: an estimate needs at least one sample")
        p = float(np.count_nonzero(holds)) / n
        return cls(p, math.sqrt(p * (1.0 - p) / n), n, sampling.seed)

    @property
    def bound(self) -> float:
        """95 % bound on how far the true probability may lie beyond an all-agreeing 0 or 1.

        ``3 / n`` when every sample agreed (the rule of three), else ``1.96`` standard errors.
        """
        if self.probability in (0.0, 1.0):
            return 3.0 / self.samples
        return 1.96 * self.error

    def percent(self) -> str:
        """The probability as a percentage, e.g. ``'97%'``.

        ``'<1%'`` or ``'>99%'`` rather than a rounded 0 or 100 when some but not all
        samples hold.
        """
        p = self.probability
        if p in (0.0, 1.0):
            return f"{p:.0%}"
        if p < 0.01:
            return "<1%"
        if p > 0.99:
            return ">99%"
        return f"{p:.0%}"

    def describe(self) -> str:
        """E.g. ``'0.62 ± 0.005 (10,000 samples, seed 0)'``."""
        if self.probability in (0.0, 1.0):
            spread = f"every sample agrees; 95 % bound {self.bound:.1g}"
        else:
            spread = f"± {self.error:.2g}"
        return f"{self.probability:.3g} ({spread}; {self.samples:,} samples, seed {self.seed})"


def triangular_quantile(u: np.ndarray, low: float, mode: float, high: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution on [low, high] with its peak at *mode*.

    ``F(x) = (x - a)^2 / ((b - a)(c - a))`` for ``a <= x <= c`` and
    ``1 - (b - x)^2 / ((b - a)(b - c))`` above (Vose, section 9.1.7).
    """
    a, c, b = float(low), float(mode), float(high)
    u = np.asarray(u, dtype=float)
    if not a < b:
        return np.full(u.shape, c)
    fc = (c - a) / (b - a)
    left = a + np.sqrt(u * (b - a) * (c - a))
    right = b - np.sqrt((1.0 - u) * (b - a) * (b - c))
    return np.asarray(np.clip(np.where(u < fc, left, right), a, b), dtype=float)


def _stream(seed: int, key: str, n: int) -> np.ndarray:
    """Uniform draws of one group, seeded by the sampling seed and the group's key."""
    ss = np.random.SeedSequence(entropy=seed, spawn_key=(zlib.crc32(key.encode("utf-8")),))
    return np.random.default_rng(ss).random(n)


def draw(
    figures: Mapping[str, Figure],
    units: Mapping[str, str],
    sampling: Sampling,
    *,
    choices: Collection[str] = (),
    shape: tuple[int, ...] | None = None,
) -> dict[str, np.ndarray]:
    """Draw every figure *sampling.samples* times, in *units*; see the module docstring.

    *choices* names the figures that are a choice between two readings, 0 and 1 (each
    drawn with probability 1/2). Returns one array per figure, of *shape* (default
    ``(samples,)``); figures without spread are constant arrays.
    """
    n = sampling.samples
    out_shape = (n,) if shape is None else shape
    streams: dict[str, np.ndarray] = {}
    out: dict[str, np.ndarray] = {}
    for name, fig in figures.items():
        lo, nom, hi = fig.interval(units[name])
        if not lo < hi:
            out[name] = np.full(out_shape, nom)
            continue
        key = (fig.source or f"unsourced figure {name}").strip()
        if name in choices:
            key = f"choice {name}: {key}"  # a choice is never coupled to a measured figure
        if key not in streams:
            streams[key] = _stream(sampling.seed, key, n)
        u = streams[key]
        x = np.where(u < 0.5, lo, hi) if name in choices else triangular_quantile(u, lo, nom, hi)
        out[name] = np.asarray(x, dtype=float).reshape(out_shape)
    return out
