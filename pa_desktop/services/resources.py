"""Loading the data files under resources/: the code table and the default thresholds."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from pa_desktop.domain.codes import CodeTable
from pa_desktop.domain.figures import Thresholds


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def load_json(name: str) -> Any:
    with (resources_dir() / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def default_code_table() -> CodeTable:
    return CodeTable.from_mapping(load_json("codes.json"))


@cache
def default_thresholds() -> Thresholds:
    return Thresholds.from_mapping(load_json("thresholds.json"))
