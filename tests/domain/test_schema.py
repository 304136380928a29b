"""Validation: every refusal names the field and the rule; stored forms are canonical."""

from __future__ import annotations

from datetime import date

import pytest

from care_desktop.domain import records as r
from care_desktop.domain.codes import ALL_LISTS
from care_desktop.domain.schema import (
    BadCountryError,
    DateInFutureError,
    DerivedFieldError,
    FieldError,
    Kind,
    NotABooleanError,
    NotADateError,
    NotAnAmountError,
    NotAnIdError,
    NotANumberError,
    OutOfRangeError,
    RequiredFieldError,
    TooLongError,
    UnknownCodeError,
    UnknownFieldError,
    normalise,
    parse_amount,
    validate_record,
)
from care_desktop.i18n import translate

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("record", "field", "raw", "error", "words"),
    [
        (r.CASE, "gender", "Female", UnknownCodeError, ["Gender", "Female", "Feminine"]),
        (r.CASE, "country_of_return", "", RequiredFieldError, ["Country of return", "required"]),
        (r.CASE, "date_of_birth", "31/12/2001", NotADateError, ["Date of birth", "YYYY-MM-DD"]),
        (r.CASE, "date_of_birth", "2027-01-01", DateInFutureError, ["Date of birth", "future"]),
        (r.CASE, "estimated_age", "about 20", NotANumberError, ["Estimated age", "whole number"]),
        (r.CASE, "estimated_age", "130", OutOfRangeError, ["Estimated age", "0", "120"]),
        (r.CASE, "nationality", "Nigeria", BadCountryError, ["Nationality", "ISO 3166"]),
        (r.CASE, "dob_estimated", "perhaps", NotABooleanError, ["Date of birth estimated"]),
        (r.CASE, "officer_id", "Ahmed", NotAnIdError, ["Officer", "UUID"]),
        (r.CASE, "place_of_return", "x" * 201, TooLongError, ["Place of return", "200"]),
        (r.MEASURE, "planned_amount", "-5", NotAnAmountError, ["Planned amount", "amount"]),
        (r.MEASURE, "planned_amount", "12.345", NotAnAmountError, ["Planned amount"]),
        (r.RISK_ITEM, "likelihood", "6", OutOfRangeError, ["Likelihood", "1", "5"]),
        (r.TRAFFICKING_PROFILE, "control_methods", "DebtBondage;Magic", UnknownCodeError,
         ["Methods of control", "Magic"]),
    ],
)  # fmt: skip
def test_refusals_name_the_field_and_the_rule(
    record: r.RecordSpec, field: str, raw: str, error: type[FieldError], words: list[str]
) -> None:
    with pytest.raises(error) as raised:
        normalise(record.field(field), raw, today=TODAY)
    message = raised.value.message(translate)
    for word in words:
        assert word in message


def test_unknown_fields_and_derived_fields_are_refused() -> None:
    with pytest.raises(UnknownFieldError, match="no field"):
        validate_record(r.CASE, {"shoe_size": "42"}, complete=False)
    with pytest.raises(DerivedFieldError, match="calculated"):
        validate_record(r.CASE, {"risk_level": "low"}, complete=False)


def test_stored_forms_are_canonical() -> None:
    assert normalise(r.CASE.field("gender"), "feminine") == "Feminine"
    assert normalise(r.CASE.field("nationality"), "nga") == "NGA"
    assert normalise(r.CASE.field("languages"), "yor; eng") == ["eng", "yor"]
    assert normalise(r.CASE.field("languages"), '["yor","eng","yor"]') == ["eng", "yor"]
    assert normalise(r.CASE.field("dob_estimated"), "oui") is True
    assert normalise(r.CASE.field("date_of_birth"), date(2001, 2, 3)) == "2001-02-03"
    assert normalise(r.CASE.field("place_of_return"), "  Benin\nCity ") == "Benin City"
    amount = r.MEASURE.field("planned_amount")
    assert parse_amount(amount, "1 250,50") == 125050
    assert parse_amount(amount, "800") == 80000
    assert parse_amount(amount, "800", digits=0) == 800


def test_every_declaration_is_consistent() -> None:
    for spec in r.ALL_RECORDS:
        for field in spec.fields:
            if field.kind in (Kind.CODE, Kind.CODES):
                assert field.codes is not None, f"{spec.name}.{field.name}"
                assert field.codes.name in ALL_LISTS
            if field.kind is Kind.REF:
                assert field.ref in r.RECORDS, f"{spec.name}.{field.name}"
        if spec.case_scoped:
            assert "case_id" in spec.field_map
        if spec.parent is not None:
            assert spec.field_map[spec.parent].kind is Kind.REF
