"""The installed version of rangecalc (or a source checkout's)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rangecalc")
except PackageNotFoundError:  # running from a source checkout without installing
    __version__ = "0.1.0+source"
