"""SQLAlchemy models of the local store. Case records join them in later revisions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from care_desktop.db.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Device(Base):
    """This device: one row, written at set-up. Local, never synced."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    database_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(16))
    office: Mapped[str] = mapped_column(String(200))
    countries: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ISO alpha-3
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_version: Mapped[str] = mapped_column(String(32))


class User(Base):
    """A person who uses CARE Desktop; a synced record (domain/records.py USER) since rev 0003."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    is_active: Mapped[bool] = mapped_column(default=True)
    office_id: Mapped[str | None] = mapped_column(ForeignKey("offices.id"))
    deleted: Mapped[bool] = mapped_column(default=False, server_default="0")


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE and DELETE): who did what to which record, when."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_record", "record_type", "record_id"),
        Index("ix_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(String(200))


class DeviceKey(Base):
    """This device's own key pairs (Ed25519 signing, X25519 age identity). Never leave it."""

    __tablename__ = "device_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "signing" | "encryption"
    algorithm: Mapped[str] = mapped_column(String(16))  # "ed25519" | "x25519"
    key_id: Mapped[bytes | None] = mapped_column(LargeBinary)  # minisign's 8-byte key number
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    secret_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# The record tables are declared from domain/records.py; importing them here puts every table in
# Base.metadata whenever the models are (users.office_id refers to one of them).
from care_desktop.db import record_tables as _record_tables  # noqa: E402, F401
from care_desktop.db import sync_tables as _sync_tables  # noqa: E402, F401
