"""Who a device belongs to: a field mission or the Paris office."""

from __future__ import annotations

from enum import StrEnum

from care_desktop.domain.errors import UnknownRoleError


class Role(StrEnum):
    FIELD = "field"
    COORDINATOR = "coordinator"


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise UnknownRoleError(role=value.strip()[:20] or "''") from None
