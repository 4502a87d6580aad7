"""Plain-float numerical kernels.

Nothing in this package knows about units, catalogs or the command line: inputs are floats
or numpy arrays in fixed units (degrees, metres) stated in each docstring. The public
modules convert once at the boundary and call in here. An import-linter contract in
``pyproject.toml`` keeps it that way.
"""
