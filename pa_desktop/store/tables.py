"""SQLModel tables. The DDL itself comes from migrations.py; a test keeps both in step."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class SettingRow(SQLModel, table=True):
    __tablename__ = "settings"

    key: str = Field(primary_key=True)
    value: str


class PupilRow(SQLModel, table=True):
    __tablename__ = "pupils"

    id: int | None = Field(default=None, primary_key=True)
    last_name: str
    first_name: str
    class_name: str
    birth_date: date | None = None
    school_number: str | None = None
    enrolled_from: date | None = None
    enrolled_until: date | None = None
    created_at: datetime


class AbsenceRow(SQLModel, table=True):
    __tablename__ = "absences"

    id: int | None = Field(default=None, primary_key=True)
    pupil_id: int = Field(foreign_key="pupils.id")
    day: date
    half: str
    code: str
    luxeverzuim: bool = False
    doubtful_certificate: bool = False
    medical_certificate: bool = False
    source: str = "manual"
    recorded_at: datetime
