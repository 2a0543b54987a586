"""Transfer payloads validated (issue 21): impossible values, duplicates, unknown ids, deep
nesting and texts that cannot be stored are refused; the receiver's rules are applied again on
import, and a school never sees counts other than B (finding 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pa_desktop.domain.transfer_schema import Receiver
from pa_desktop.services import audit, checklist, transfer
from pa_desktop.services.session import VaultSession
from pa_desktop.services.transfer_file import TransferFileError, open_sealed, seal
from tests.transfer.conftest import FAST_KDF, TRANSFER_PASSPHRASE, YEAR


@pytest.fixture
def document(sender: VaultSession, pupil: int, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    sent = transfer.export_dossier(
        sender, pupil, Receiver.CLB, [YEAR], TRANSFER_PASSPHRASE, tmp_path, FAST_KDF
    )
    return open_sealed(sent.path.read_bytes(), TRANSFER_PASSPHRASE)


def _forge(payload: bytes) -> bytes:
    """A well-encrypted file around any payload bytes (as a hostile sender would make it)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from pa_desktop.services import transfer_file

    sealed = seal({"x": 1}, TRANSFER_PASSPHRASE, FAST_KDF)
    parsed = transfer_file._parse(sealed)
    salt = transfer_file._unb64(parsed.header["salt"])
    nonce = transfer_file._unb64(parsed.header["nonce"])
    key, _check = FAST_KDF.derive(TRANSFER_PASSPHRASE, salt)
    return parsed.prefix + AESGCM(key).encrypt(nonce, payload, parsed.prefix)


def _open(document: dict) -> transfer.OpenedTransfer:  # type: ignore[type-arg]
    # ensure_ascii: a lone surrogate travels as a \udcxx escape, the way JSON allows it
    return transfer.open_transfer(_forge(json.dumps(document).encode()), TRANSFER_PASSPHRASE)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["absences"][0].update(day="0001-09-14"),
        lambda d: d["absences"][0].update(day="9999-09-14"),
        lambda d: d["measures"][0].update(day="0001-01-01"),
        lambda d: d["trajectory"][0].update(day="9999-12-31"),
        lambda d: d["pupil"].update(birth_date="2099-01-01"),
        lambda d: d["pupil"].update(enrolled_from="2026-09-01", enrolled_until="2026-06-30"),
        lambda d: d.update(school_years=["1999-2000"]),
        lambda d: d["absences"].append(dict(d["absences"][0])),
        lambda d: d["flags"].append(dict(d["flags"][0])),
        lambda d: d["flags"][0].update(flag="no_such_flag"),
        lambda d: d["pupil"].update(first_name="Ay\udcc5e"),
        lambda d: d["measures"][0].update(note="x" * 50_000),
    ],
)
def test_impossible_values_are_refused_and_nothing_is_merged(
    document: dict,
    clb_worker: VaultSession,
    change,  # type: ignore[no-untyped-def, type-arg]
) -> None:
    change(document)
    with pytest.raises(TransferFileError) as refused:
        _open(document)
    assert refused.value.reason == "bad_content"
    assert clb_worker.counts() == {"pupils": 0, "absences": 0}
    assert audit.entries(clb_worker, "transfer_in") == []


def test_deep_nesting_is_refused_not_a_crash(document: dict) -> None:  # type: ignore[type-arg]
    text = json.dumps(document)
    deep = "[" * 100_000 + "1" + "]" * 100_000
    forged = _forge((text[:-1] + ', "later_field": ' + deep + "}").encode("utf-8"))
    with pytest.raises(TransferFileError) as refused:
        transfer.open_transfer(forged, TRANSFER_PASSPHRASE)
    assert refused.value.reason == "bad_content"


def test_a_school_gets_only_b_counts_even_from_a_hand_answered_totals_item(
    sender: VaultSession, pupil: int, tmp_path: Path
) -> None:
    checklist.answer_item(sender, pupil, YEAR, "overview.totals", {"B": 8, "Z": 2, "P": 1, "R": 0})
    shown = transfer.build_dossier(sender, pupil, Receiver.SCHOOL, [YEAR])
    totals = [c.value for c in shown.checklist if c.item_id == "overview.totals"]
    assert totals == [{"B": 8}]


def test_a_file_for_a_school_that_still_carries_b_dates_is_trimmed_on_import(
    document: dict,  # type: ignore[type-arg]
) -> None:
    assert document["absences"]  # made for a CLB: B dates inside
    document["receiver"] = "school"  # a tampered (or older) sender
    opened = _open(document)
    assert opened.dossier.absences == ()
    assert all(m.draft.note == "" for m in opened.dossier.measures)


def test_argon2_parameters_above_what_pa_desktop_writes_are_refused_before_deriving() -> None:
    from pa_desktop.services.transfer_file import TransferKdf

    TransferKdf().check_bounds()  # what the app writes
    for heavier in (
        TransferKdf(memory_kib=256 * 1024),
        TransferKdf(iterations=16),
        TransferKdf(lanes=16),
    ):
        with pytest.raises(TransferFileError):
            heavier.check_bounds()
