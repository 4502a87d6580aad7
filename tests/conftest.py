"""Hypothesis profiles.

``ci`` (chosen when the environment has ``CI`` set, as CI runs do) is derandomized and keeps
no example database: every run draws the same examples, so CI never passes or fails by
chance. ``dev`` (the default elsewhere) is randomized and remembers failures in the local
database, so developers keep finding new counterexamples; pin each one with ``@example``.
Choose another with ``HYPOTHESIS_PROFILE=ci|dev``, and vary the draw with
``--hypothesis-seed N``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None, derandomize=False)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
