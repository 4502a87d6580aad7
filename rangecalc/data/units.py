"""Units: the one pint registry, and the helpers that guard every public boundary.

rangecalc takes quantities *with* units at every public boundary and never a bare number
whose unit is implied. A boundary accepts either a :class:`pint.Quantity` (from this
registry or any other) or a string written the way people write quantities:

``"1,200 nmi"``, ``"12 t"``, ``"900 km/h"``, ``"480 kt"``, ``"5 h 30 min"``, ``"35 degC"``.

Thousands separators (``,`` or ``_``) are accepted; a comma that is not a thousands
separator (``"1,5 km"``) is rejected rather than guessed at. Several terms of the same
dimension are added (``"5 h 30 min"`` is 5.5 h).

Aviation habit writes ``nm`` (or ``NM``) for the nautical mile, but pint reads ``nm`` as the
nanometre, a factor of 1.85e12 away. rangecalc therefore refuses ``nm`` wherever it accepts a
unit and says to write ``nmi``.

The boundary helpers (:func:`as_quantity`, :func:`magnitude`) convert once, check the
dimension and finiteness, and raise :class:`~rangecalc.data.errors.UnitError` naming the
parameter; the numerical core then works on plain floats and arrays.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt
import pint

from rangecalc.data.errors import UnitError

__all__ = [
    "Quantity",
    "QuantityLike",
    "as_quantity",
    "describe_dimension",
    "magnitude",
    "parse_quantity",
    "parse_unit",
    "temperature_kelvin",
    "ureg",
]

#: The one unit registry shared by all of rangecalc. Quantities from other registries are
#: accepted at the boundaries and re-created here.
ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
ureg.formatter.default_format = "~P"
pint.set_application_registry(ureg)  # type: ignore[no-untyped-call]

#: Annotation type for quantities (use ``pint.Quantity`` for isinstance checks).
Quantity: TypeAlias = pint.Quantity[Any]
#: What a public boundary accepts for a physical quantity.
QuantityLike: TypeAlias = pint.Quantity[Any] | str

FloatOrArray: TypeAlias = float | npt.NDArray[np.float64]

#: Longest quantity text read; anything longer is refused before it is parsed (no quantity
#: people write needs more, and parsing unbounded text costs unbounded time).
MAX_TEXT = 200

_AMBIGUOUS_NM = {"nm", "NM", "Nm"}
# pint's "ton" is the US short ton (907 kg); Russian and most aviation sources mean the tonne.
_AMBIGUOUS_TON = re.compile(r"(?:k|kilo|M|mega)?tons?|kton")

_NUMBER = (
    r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:_\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?"
    r"|[+-]?\.\d+(?:[eE][+-]?\d+)?"
)
_ATOM = r"[A-Za-zµμ°%Ω][A-Za-zµμ°%Ω_]*(?:(?:\^|\*\*)[+-]?\d+(?:\.\d+)?)?"
# A unit may start with "1/" for rates such as "0.5 1/h".
_UNIT = rf"(?:1?\s*/\s*)?\(?\s*{_ATOM}\s*\)?(?:\s*[/*·]?\s*\(?\s*{_ATOM}\s*\)?)*"
_TERM = re.compile(rf"\s*(?P<num>{_NUMBER})\s*(?P<unit>{_UNIT})?\s*")
_BAD_COMMA = re.compile(r"\d,(?!\d{3}(?![\d]))")

_DIMENSION_WORDS: dict[str, tuple[str, str]] = {
    "[length]": ("a length", "1,200 km"),
    "[mass]": ("a mass", "12 t"),
    "[time]": ("a duration", "5 h 30 min"),
    "[length] / [time]": ("a speed", "900 km/h"),
    "[temperature]": ("a temperature", "35 degC"),
    "[mass] / [time]": ("a fuel flow", "4,000 kg/h"),
    "[mass] / [length]": ("a fuel burn per distance", "8 kg/km"),
    "[length] / [time] ** 2": ("an acceleration", "9.81 m/s^2"),
    "[mass] / [length] ** 3": ("a density", "1.225 kg/m^3"),
    "angle": ("an angle", "35.2 degree"),
    "dimensionless": ("a pure number", "0.85"),
}


def describe_dimension(unit_or_quantity: pint.Unit | Quantity | str) -> tuple[str, str]:
    """Return a phrase for the dimension of *unit_or_quantity* and an example value.

    >>> describe_dimension("km")
    ('a length', '1,200 km')
    """
    unit: Any
    if isinstance(unit_or_quantity, str):
        unit = ureg.Unit(unit_or_quantity)
    elif isinstance(unit_or_quantity, pint.Quantity):
        unit = unit_or_quantity.units
    else:
        unit = unit_or_quantity
    dim = unit.dimensionality
    key = str(dim) if dim else ("angle" if _is_angle(unit) else "dimensionless")
    if key in _DIMENSION_WORDS:
        return _DIMENSION_WORDS[key]
    return (f"a quantity of dimension {key}", f"1 {unit:~P}")


def _reject_nm(unit_text: str, name: str | None) -> None:
    tokens = re.split(r"[\s/*()·^]+", unit_text)
    if any(_AMBIGUOUS_TON.fullmatch(t) for t in tokens):
        raise UnitError(
            f"{_label(name)}'ton' is ambiguous: pint reads it as the US short ton (907 kg) "
            "while most sources mean the metric tonne; write 't' for tonnes (or 'short_ton' "
            "/ 'long_ton')"
        )
    if any(t in _AMBIGUOUS_NM for t in tokens):
        raise UnitError(
            f"{_label(name)}'nm' is ambiguous: pint reads it as nanometre while pilots mean "
            "nautical mile; write 'nmi' for nautical miles (or 'nanometer' if you really "
            "mean that)"
        )


def _is_angle(unit: Any) -> bool:
    """True for angle units; pint treats radians as dimensionless, so check the root unit."""
    return bool(ureg.get_root_units(unit)[1] == ureg.radian)


def _label(name: str | None) -> str:
    return f"{name}: " if name else ""


@lru_cache(maxsize=512)
def parse_unit(text: str, name: str | None = None) -> pint.Unit:
    """Parse a unit name such as ``"km"``, ``"nmi"`` or ``"kg/h"``.

    Raises
    ------
    UnitError
        For ``nm`` (ambiguous, see module docstring) and for names pint does not know.
    """
    cleaned = text.strip()
    if not cleaned:
        raise UnitError(f"{_label(name)}empty unit")
    if len(cleaned) > MAX_TEXT:
        raise UnitError(f"{_label(name)}a unit of {len(cleaned):,} characters (at most {MAX_TEXT})")
    _reject_nm(cleaned, name)
    try:
        return ureg.Unit(cleaned)
    except pint.UndefinedUnitError as exc:
        raise UnitError(f"{_label(name)}unknown unit {cleaned!r} ({exc})") from None
    except Exception:  # pint's parser raises a zoo of errors on malformed text
        raise UnitError(f"{_label(name)}cannot read {cleaned!r} as a unit") from None


def parse_quantity(text: str, *, name: str | None = None) -> Quantity:
    """Parse a quantity written the way people write it.

    Parameters
    ----------
    text
        For example ``"1,200 nmi"``, ``"12 t"``, ``"900 km/h"``, ``"480 kt"`` or
        ``"5 h 30 min"``. Terms of the same dimension are summed.
    name
        The parameter or field the text belongs to, used in error messages.

    Returns
    -------
    pint.Quantity
        In the unit of the first term.

    Raises
    ------
    UnitError
        When the text has no unit, an unknown or ambiguous unit (``nm``), a decimal comma,
        terms of different dimensions, or a non-finite number.
    """
    if not isinstance(text, str):
        raise UnitError(f"{_label(name)}expected text such as '1,200 km', got {text!r}")
    if len(text) > MAX_TEXT:
        raise UnitError(
            f"{_label(name)}a quantity of {len(text):,} characters is not something rangecalc "
            f"reads (at most {MAX_TEXT}); write a number and a unit, e.g. '12 t'"
        )
    cleaned = text.strip().replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    if not cleaned:
        raise UnitError(f"{_label(name)}empty quantity; write a number and a unit, e.g. '12 t'")
    if cleaned.lower().lstrip("+-") in {"nan", "inf", "infinity"} or re.match(
        r"^[+-]?(nan|inf)", cleaned, re.IGNORECASE
    ):
        raise UnitError(f"{_label(name)}{text!r} is not a finite quantity")
    if _BAD_COMMA.search(cleaned):
        raise UnitError(
            f"{_label(name)}cannot read {text!r}: a comma may only separate thousands "
            "('1,200 km'); write decimals with a point ('1.5 km')"
        )
    pos = 0
    terms: list[Quantity] = []
    while pos < len(cleaned):
        m = _TERM.match(cleaned, pos)
        if m is None or m.end() == pos:
            raise UnitError(
                f"{_label(name)}cannot read {text!r} as a quantity; write a number and a unit, "
                "e.g. '1,200 nmi', '12 t', '900 km/h' or '5 h 30 min'"
            )
        number_text = m.group("num")
        if terms and number_text.startswith(("-", "+")):
            raise UnitError(
                f"{_label(name)}{text!r}: only the first term may carry a sign "
                "('5 h 30 min', not '5 h -30 min')"
            )
        number = float(number_text.replace(",", "").replace("_", ""))
        unit_text = m.group("unit")
        if unit_text is None:
            if re.search(r"\d\s+\d", cleaned):
                raise UnitError(
                    f"{_label(name)}cannot read {text!r}: a space cannot separate thousands; "
                    "write '24,000 kg' or '24000 kg'"
                )
            raise UnitError(
                f"{_label(name)}{text!r} has a number without a unit; rangecalc never guesses "
                "units: write e.g. '1,200 km' or '12 t'"
            )
        unit_text = unit_text.strip()
        if unit_text.startswith("/"):  # "0.5 /h" means 0.5 per hour
            unit_text = "1" + unit_text
        unit = parse_unit(unit_text, name)
        terms.append(ureg.Quantity(number, unit))
        pos = m.end()
    total = terms[0]
    for term in terms[1:]:
        if term.dimensionality != total.dimensionality:
            raise UnitError(
                f"{_label(name)}{text!r} mixes {describe_dimension(total)[0]} and "
                f"{describe_dimension(term)[0]}"
            )
        try:
            total = total + term
        except pint.errors.OffsetUnitCalculusError:
            raise UnitError(
                f"{_label(name)}{text!r}: temperatures cannot be written as a sum"
            ) from None
    if not math.isfinite(float(total.magnitude)):
        raise UnitError(f"{_label(name)}{text!r} is not a finite quantity")
    return total


def _from_foreign(q: Any, name: str) -> Quantity:
    """Re-create a quantity from another pint registry in ours."""
    try:
        unit = ureg.Unit(q.units._units)
        _ = unit.dimensionality  # raises for a unit our registry does not define
        return ureg.Quantity(q.magnitude, unit)
    except Exception:
        raise UnitError(
            f"{name}: the unit {q.units!s} of a quantity from another pint registry is not "
            "known to rangecalc's registry"
        ) from None


def as_quantity(
    value: object,
    unit: str,
    *,
    name: str,
    finite: bool = True,
) -> Quantity:
    """Check that *value* is a quantity of the same dimension as *unit* and return it.

    Parameters
    ----------
    value
        A :class:`pint.Quantity` (scalar or array), a string such as ``"12 t"``, or a
        sequence of such strings or quantities. A bare number is refused.
    unit
        A unit of the expected dimension, e.g. ``"km"`` for a length.
    name
        The parameter name, used in error messages.
    finite
        Refuse NaN and infinite magnitudes (default).

    Raises
    ------
    UnitError
        On a bare number, a wrong dimension, an unparsable string, or a non-finite value.
    """
    expected = parse_unit(unit)
    q: Quantity
    if isinstance(value, str):
        q = parse_quantity(value, name=name)
    elif isinstance(value, pint.Quantity):
        q = value if value._REGISTRY is ureg else _from_foreign(value, name)
    elif (
        isinstance(value, Sequence)
        and value
        and all(isinstance(v, str | pint.Quantity) for v in value)
    ):
        parts = [as_quantity(v, unit, name=name, finite=finite).to(expected) for v in value]
        if any(np.ndim(p.magnitude) for p in parts):
            raise UnitError(f"{name}: a list of quantities must hold scalars only")
        return ureg.Quantity(np.array([p.magnitude for p in parts], dtype=float), expected)
    else:
        what, example = describe_dimension(expected)
        raise UnitError(
            f"{name}: got {value!r} without a unit; rangecalc never guesses units: pass "
            f"{what} such as '{example}' or a pint quantity"
        )
    if q.dimensionality != expected.dimensionality or _is_angle(q.units) != _is_angle(expected):
        what, example = describe_dimension(expected)
        got, _ = describe_dimension(q)
        raise UnitError(f"{name}: expected {what} such as '{example}', got {q} ({got})")
    if finite and not np.all(np.isfinite(np.asarray(q.magnitude, dtype=float))):
        raise UnitError(f"{name}: {q} is not finite (NaN or infinite)")
    return q


def temperature_kelvin(value: object, *, name: str = "temperature") -> float:
    """An air temperature such as ``"35 degC"`` in kelvin.

    A temperature *difference* (``"35 delta_degC"``) is refused: it is not a temperature,
    and read as one it would be 35 K.
    """
    q = as_quantity(value, "K", name=name)
    if np.ndim(q.magnitude):
        raise UnitError(f"{name}: expected one temperature such as '35 degC', got {value!r}")
    if any(str(u).startswith("delta_") for u in q.units._units):
        raise UnitError(
            f"{name}: {q} is a temperature difference, not a temperature; write e.g. "
            "'35 degC' or '308 K'"
        )
    return float(magnitude(q, "K", name=name))


def magnitude(value: object, unit: str, *, name: str, finite: bool = True) -> Any:
    """Convert *value* to *unit* and return the plain magnitude (float or float array).

    This is the one conversion at a public boundary; see :func:`as_quantity` for what is
    accepted and refused.
    """
    q = as_quantity(value, unit, name=name, finite=finite)
    try:
        m = q.to(parse_unit(unit)).magnitude
    except pint.errors.PintError as exc:  # e.g. a temperature difference as a temperature
        raise UnitError(f"{name}: cannot express {q} in {unit}: {exc}") from None
    if finite and not np.all(np.isfinite(np.asarray(m, dtype=float))):
        raise UnitError(f"{name}: {q} is too large to express in {unit}")
    if np.ndim(m) == 0:
        return float(m)
    return np.asarray(m, dtype=float)
