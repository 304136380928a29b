"""How records are described: field kinds, sensitivity, and the validation every write goes through.

Each record type is declared once (domain/records.py) as a RecordSpec of FieldSpecs. The
database tables, the validation of forms, `care case set`, imports and exports, HTCDS mapping,
print profiles and anonymisation all read these declarations, so a field is added in one place.

Stored values are plain: str, int, bool, None, or a sorted list of str (multi-valued fields);
dates are ISO 8601 strings, money is an integer in minor units (cents) next to a currency field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from care_desktop.domain.codes import CodeList
from care_desktop.domain.countries import country
from care_desktop.domain.errors import (
    FIELD_CONTEXT,
    Msg,
    UnknownCountryError,
    UserFacingError,
)

Value = str | int | bool | list[str] | dict[str, str] | None


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # free text
    INT = "int"
    MONEY = "money"  # integer minor units, >= 0
    DATE = "date"
    BOOL = "bool"
    CODE = "code"
    CODES = "codes"  # several codes of one list, stored sorted
    COUNTRY = "country"  # ISO 3166 alpha-3
    COUNTRIES = "countries"
    TEXTS = "texts"  # a short list of one-line texts (aliases, trainers)
    REF = "ref"  # the id of another record
    MAP = "map"  # code → code (raw survey answers)


class Sensitivity(StrEnum):
    """What a field reveals; print profiles, exports and anonymisation decide by it."""

    NORMAL = "normal"
    IDENTITY = "identity"  # names, contacts, document numbers
    WHEREABOUTS = "whereabouts"  # addresses and places where the person can be found
    FREE_TEXT = "free_text"  # anything a person typed: may hold any of the above
    TRAFFICKING = "trafficking"  # exploitation details
    BUDGET = "budget"


ERASED_BY_ANONYMISATION = frozenset(
    {Sensitivity.IDENTITY, Sensitivity.WHEREABOUTS, Sensitivity.FREE_TEXT}
)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    label: str  # English, translated in the "fields" context
    required: bool = False
    codes: CodeList | None = None
    ref: str | None = None  # record type name of a REF
    max_length: int = 200
    minimum: int | None = None
    maximum: int | None = None
    sensitivity: Sensitivity = Sensitivity.NORMAL
    derived: bool = False  # computed by the services, never typed in
    htcds: str | None = None  # HTCDS 2.0 field name, for the htcds export
    not_in_future: bool = False

    @property
    def msg(self) -> Msg:
        return Msg(FIELD_CONTEXT, self.label)


@dataclass(frozen=True)
class RecordSpec:
    name: str  # "case", "consent"...
    table: str  # "cases", "consents"...
    label: str
    fields: tuple[FieldSpec, ...]
    case_scoped: bool = True  # has a case_id and belongs to one case
    one_per_case: bool = False
    parent: str | None = None  # a REF field naming the record this one belongs to
    field_map: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_map", {f.name: f for f in self.fields})

    @property
    def export_key(self) -> str:
        return self.table

    def field(self, name: str) -> FieldSpec:
        found = self.field_map.get(name)
        if found is None:
            raise UnknownFieldError(record=self.name, field=name[:40])
        return found


# --- validation errors: each names the field and the rule ----------------------------------


class FieldError(UserFacingError):
    """A value refused for one field; `field` is a Msg so that it is translated."""


class UnknownFieldError(UserFacingError):
    template = "{record} has no field {field}. Check the name against docs/data-model.md."


class RequiredFieldError(FieldError):
    template = "{field}: a value is required."


class TooLongError(FieldError):
    template = "{field}: at most {maximum} characters."


class NotANumberError(FieldError):
    template = "{field}: a whole number is expected."


class OutOfRangeError(FieldError):
    template = "{field}: the value must be between {minimum} and {maximum}."


class NotAnAmountError(FieldError):
    template = "{field}: an amount such as 1250 or 1250.50 is expected, not negative."


class NotADateError(FieldError):
    template = "{field}: a date is expected as YYYY-MM-DD, for example 2026-03-31."


class DateInFutureError(FieldError):
    template = "{field}: the date cannot be in the future."


class NotABooleanError(FieldError):
    template = "{field}: yes or no is expected (true/false, yes/no, oui/non, 1/0)."


class UnknownCodeError(FieldError):
    template = "{field}: {value} is not one of the allowed values ({allowed})."


class BadCountryError(FieldError):
    template = "{field}: {value} is not an ISO 3166 alpha-3 country code (such as NGA or FRA)."


class NotAnIdError(FieldError):
    template = "{field}: a record id (UUID) is expected."


class DerivedFieldError(FieldError):
    template = "{field} is calculated by CARE Desktop and cannot be set by hand."


_TRUE = {"true", "yes", "y", "1", "oui", "o", "sí", "si", "sim", "x"}
_FALSE = {"false", "no", "n", "0", "non", "não", "nao", ""}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AMOUNT = re.compile(r"(\d{1,15})(?:[.,](\d{1,3}))?")
MAX_LONG_TEXT = 20_000
MAX_LIST_ITEMS = 50


def _as_list(spec: FieldSpec, raw: object) -> list[str]:
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("["):
            try:
                loaded = json.loads(text)
            except ValueError:
                loaded = None
            if isinstance(loaded, list):
                raw = loaded
        if isinstance(raw, str):
            raw = [part for part in re.split(r"[;|,]", text) if part.strip()]
    if not isinstance(raw, list | tuple | set | frozenset):
        raise UnknownCodeError(field=spec.msg, value="?", allowed=_allowed(spec))
    items = [str(item).strip() for item in raw if str(item).strip()]
    if len(items) > MAX_LIST_ITEMS:
        raise OutOfRangeError(field=spec.msg, minimum=0, maximum=MAX_LIST_ITEMS)
    return items


def _allowed(spec: FieldSpec) -> str:
    if spec.codes is None:
        return ""
    values = spec.codes.values()
    shown = ", ".join(values[:12])
    return shown + (", …" if len(values) > 12 else "")


def _code(spec: FieldSpec, value: str) -> str:
    assert spec.codes is not None  # noqa: S101 - a declaration error, caught by the schema test
    if value in spec.codes:
        return value
    # be forgiving about case, never about spelling
    for code in spec.codes:
        if code.value.lower() == value.lower():
            return code.value
    raise UnknownCodeError(field=spec.msg, value=value[:40], allowed=_allowed(spec))


def _country(spec: FieldSpec, value: str) -> str:
    try:
        return country(value).alpha3
    except UnknownCountryError:
        raise BadCountryError(field=spec.msg, value=value[:12]) from None


def _date(spec: FieldSpec, raw: object, today: date | None) -> str:
    if isinstance(raw, date):
        parsed = raw
    else:
        try:
            parsed = date.fromisoformat(str(raw).strip()[:10])
        except ValueError:
            raise NotADateError(field=spec.msg) from None
        if len(str(raw).strip()) != 10:
            raise NotADateError(field=spec.msg)
    if parsed.year < 1900:
        raise NotADateError(field=spec.msg)
    if spec.not_in_future and today is not None and parsed > today:
        raise DateInFutureError(field=spec.msg)
    return parsed.isoformat()


def _int(spec: FieldSpec, raw: object) -> int:
    if isinstance(raw, bool):
        raise NotANumberError(field=spec.msg)
    if isinstance(raw, int):
        value = raw
    else:
        text = str(raw).strip()
        if not re.fullmatch(r"-?\d{1,12}", text):
            raise NotANumberError(field=spec.msg)
        value = int(text)
    low = spec.minimum if spec.minimum is not None else -(10**12)
    high = spec.maximum if spec.maximum is not None else 10**12
    if not low <= value <= high:
        raise OutOfRangeError(field=spec.msg, minimum=low, maximum=high)
    return value


def parse_amount(spec: FieldSpec, raw: object, digits: int = 2) -> int:
    """An amount typed by a person ("1250", "1250.5", "1 250,50") in minor units."""
    if isinstance(raw, bool):
        raise NotAnAmountError(field=spec.msg)
    if isinstance(raw, int):
        if raw < 0:
            raise NotAnAmountError(field=spec.msg)
        return raw
    text = str(raw).strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    match = _AMOUNT.fullmatch(text)
    if match is None or (match.group(2) and len(match.group(2)) > max(digits, 0)):
        raise NotAnAmountError(field=spec.msg)
    whole, fraction = match.group(1), (match.group(2) or "")
    amount: int = int(whole) * 10**digits + int(fraction.ljust(digits, "0") or "0")
    return amount


def normalise(  # noqa: PLR0911, PLR0912 - one branch per kind reads best as one table
    spec: FieldSpec, raw: object, *, today: date | None = None
) -> Value:
    """The stored form of `raw` for this field, or a FieldError naming the field and the rule.

    Accepts typed values (from services and forms) and text (from the command line and CSV).
    An empty text or None clears the field (refused if it is required).
    """
    if raw is None or (isinstance(raw, str) and not raw.strip() and spec.kind is not Kind.BOOL):
        if spec.required:
            raise RequiredFieldError(field=spec.msg)
        return [] if spec.kind in _LIST_KINDS else None
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.LONG_TEXT):
        text = str(raw).strip() if kind is Kind.TEXT else str(raw).strip("\n")
        limit = spec.max_length if kind is Kind.TEXT else MAX_LONG_TEXT
        if len(text) > limit:
            raise TooLongError(field=spec.msg, maximum=limit)
        if kind is Kind.TEXT and ("\n" in text or "\r" in text):
            text = " ".join(text.split())
        return text
    if kind is Kind.INT:
        return _int(spec, raw)
    if kind is Kind.MONEY:
        return parse_amount(spec, raw)
    if kind is Kind.DATE:
        return _date(spec, raw, today)
    if kind is Kind.BOOL:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise NotABooleanError(field=spec.msg)
    if kind is Kind.CODE:
        return _code(spec, str(raw).strip())
    if kind is Kind.CODES:
        values = sorted({_code(spec, item) for item in _as_list(spec, raw)})
        if spec.required and not values:
            raise RequiredFieldError(field=spec.msg)
        return values
    if kind is Kind.COUNTRY:
        return _country(spec, str(raw))
    if kind is Kind.COUNTRIES:
        return sorted({_country(spec, item) for item in _as_list(spec, raw)})
    if kind is Kind.TEXTS:
        items = _as_list(spec, raw)
        for item in items:
            if len(item) > spec.max_length:
                raise TooLongError(field=spec.msg, maximum=spec.max_length)
        return items
    if kind is Kind.REF:
        text = str(raw).strip().lower()
        if not _UUID.fullmatch(text):
            raise NotAnIdError(field=spec.msg)
        return text
    if kind is Kind.MAP:
        mapping = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(mapping, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
        ):
            raise UnknownCodeError(field=spec.msg, value="?", allowed="")
        return {str(k): str(v) for k, v in sorted(mapping.items())}
    raise AssertionError(f"unhandled kind {kind}")


_LIST_KINDS = frozenset({Kind.CODES, Kind.COUNTRIES, Kind.TEXTS})


def is_list(spec: FieldSpec) -> bool:
    return spec.kind in _LIST_KINDS


def validate_record(
    spec: RecordSpec,
    values: Mapping[str, Any],
    *,
    today: date | None = None,
    allow_derived: bool = False,
    complete: bool = True,
) -> dict[str, Value]:
    """Validate `values` for a record; with `complete`, required fields must all be present."""
    result: dict[str, Value] = {}
    for name, raw in values.items():
        field_spec = spec.field(name)
        if field_spec.derived and not allow_derived:
            raise DerivedFieldError(field=field_spec.msg)
        result[name] = normalise(field_spec, raw, today=today)
    if complete:
        check_required(spec, result)
    return result


def check_required(spec: RecordSpec, values: Mapping[str, Any]) -> None:
    for field_spec in spec.fields:
        if field_spec.required and values.get(field_spec.name) in (None, [], ""):
            raise RequiredFieldError(field=field_spec.msg)
