"""The unit of registration: one half school day (voormiddag or namiddag)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class HalfDay(StrEnum):
    """VM (morning) sorts before NM (afternoon), as on a timetable."""

    VM = "VM"
    NM = "NM"

    @property
    def order(self) -> int:
        return 0 if self is HalfDay.VM else 1

    @classmethod
    def parse(cls, text: str) -> HalfDay:
        """Accept the spellings school software uses (VM/NM, AM/PM, FM)."""
        key = text.strip().upper()
        if key in ("VM", "AM", "FM", "V", "MORNING", "MATIN"):
            return cls.VM
        if key in ("NM", "PM", "N", "AFTERNOON", "APRES-MIDI", "APRÈS-MIDI"):
            return cls.NM
        raise ValueError(f"unknown half day: {text!r}")


@dataclass(frozen=True, order=True)
class HalfDaySlot:
    """One half day on one date; ordered in time."""

    day: date
    half_order: int

    @classmethod
    def of(cls, day: date, half: HalfDay) -> HalfDaySlot:
        return cls(day, half.order)

    @property
    def half(self) -> HalfDay:
        return HalfDay.VM if self.half_order == 0 else HalfDay.NM
