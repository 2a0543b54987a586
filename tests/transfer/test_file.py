"""The `.padossier` file refuses clearly: a wrong passphrase, a changed or cut byte, a newer
version, something else altogether. A refusal changes nothing in the receiving vault."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pa_desktop.domain.transfer_schema import Receiver
from pa_desktop.services import audit, transfer
from pa_desktop.services.session import VaultSession
from pa_desktop.services.transfer_file import (
    MAGIC,
    TransferFileError,
    TransferKdf,
    WrongTransferPassphraseError,
    open_sealed,
    seal,
)
from tests.transfer.conftest import FAST_KDF, TRANSFER_PASSPHRASE, YEAR

REFUSALS = (TransferFileError, WrongTransferPassphraseError)


@pytest.fixture
def sealed(sender: VaultSession, pupil: int, tmp_path: Path) -> bytes:
    sent = transfer.export_dossier(
        sender, pupil, Receiver.CLB, [YEAR], TRANSFER_PASSPHRASE, tmp_path, FAST_KDF
    )
    return sent.path.read_bytes()


def _nothing_changed(session: VaultSession) -> None:
    assert session.counts() == {"pupils": 0, "absences": 0}
    assert audit.entries(session, "transfer_in") == []


def test_a_wrong_passphrase_is_refused_by_type_and_changes_nothing(
    sealed: bytes, clb_worker: VaultSession
) -> None:
    with pytest.raises(WrongTransferPassphraseError):
        transfer.open_transfer(sealed, "paarse olifant op woensdag")
    _nothing_changed(clb_worker)


@pytest.mark.parametrize("where", ["magic", "header", "ciphertext", "tag"])
def test_a_flipped_byte_is_refused(sealed: bytes, clb_worker: VaultSession, where: str) -> None:
    header_end = len(MAGIC) + 5 + struct.unpack_from(">I", sealed, len(MAGIC) + 1)[0]
    index = {"magic": 2, "header": header_end - 3, "ciphertext": header_end + 40, "tag": -1}[where]
    changed = bytearray(sealed)
    changed[index] ^= 0x01
    with pytest.raises(REFUSALS) as refused:
        transfer.open_transfer(bytes(changed), TRANSFER_PASSPHRASE)
    if where in ("ciphertext", "tag"):
        assert isinstance(refused.value, TransferFileError) and refused.value.reason == "damaged"
    if where == "magic":
        assert refused.value.reason == "not_a_transfer_file"  # type: ignore[union-attr]
    _nothing_changed(clb_worker)


def test_a_file_cut_short_is_refused(sealed: bytes) -> None:
    for length in (0, 5, len(MAGIC) + 3, 60, len(sealed) // 2, len(sealed) - 1):
        with pytest.raises(TransferFileError):
            transfer.open_transfer(sealed[:length], TRANSFER_PASSPHRASE)


def test_a_newer_container_or_schema_is_refused_as_too_new(sealed: bytes) -> None:
    newer = bytearray(sealed)
    newer[len(MAGIC)] = 2
    with pytest.raises(TransferFileError) as container:
        transfer.open_transfer(bytes(newer), TRANSFER_PASSPHRASE)
    assert container.value.reason == "too_new"
    document = open_sealed(sealed, TRANSFER_PASSPHRASE)
    document["version"] = "2.0"
    with pytest.raises(TransferFileError) as schema:
        transfer.open_transfer(seal(document, TRANSFER_PASSPHRASE, FAST_KDF), TRANSFER_PASSPHRASE)
    assert schema.value.reason == "too_new"


def test_a_newer_minor_version_with_extra_fields_is_read(sealed: bytes) -> None:
    document = open_sealed(sealed, TRANSFER_PASSPHRASE)
    document["version"] = "1.7"
    document["later_field"] = {"anything": [1, 2]}
    document["pupil"]["nickname"] = "later"
    opened = transfer.open_transfer(
        seal(document, TRANSFER_PASSPHRASE, FAST_KDF), TRANSFER_PASSPHRASE
    )
    assert opened.dossier.version == (1, 7) and opened.dossier.pupil.last_name == "Yılmaz"


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("pupil"),
        lambda d: d.update(schema="something/else"),
        lambda d: d["absences"][0].update(half="XM"),
        lambda d: d["absences"][0].update(day="2026-02-30"),
        lambda d: d["measures"][0].update(channel="pigeon"),
        lambda d: d["b_counts"].update({"2026-2027": -1}),
        lambda d: d["pupil"].update(last_name=""),
        lambda d: d.update(receiver="police"),
    ],
)
def test_a_well_encrypted_but_malformed_document_is_refused(sealed: bytes, change) -> None:
    document = open_sealed(sealed, TRANSFER_PASSPHRASE)
    change(document)
    with pytest.raises(TransferFileError) as refused:
        transfer.open_transfer(seal(document, TRANSFER_PASSPHRASE, FAST_KDF), TRANSFER_PASSPHRASE)
    assert refused.value.reason == "bad_content"


def test_other_files_and_forged_kdf_parameters_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TransferFileError) as other:
        transfer.open_transfer(b"%PDF-1.7\n" + b"x" * 200, TRANSFER_PASSPHRASE)
    assert other.value.reason == "not_a_transfer_file"
    forged = seal({"x": 1}, TRANSFER_PASSPHRASE, FAST_KDF).replace(
        b'"memory_kib":8192', b'"memory_kib":9999999'
    )
    with pytest.raises(TransferFileError) as kdf:
        open_sealed(forged, TRANSFER_PASSPHRASE)
    assert kdf.value.reason == "damaged"
    with pytest.raises(TransferFileError) as missing:
        transfer.open_transfer(tmp_path / "missing.padossier", TRANSFER_PASSPHRASE)
    assert missing.value.reason == "unreadable"


def test_the_plain_header_holds_only_crypto_parameters(sealed: bytes) -> None:
    length = struct.unpack_from(">I", sealed, len(MAGIC) + 1)[0]
    header = json.loads(sealed[len(MAGIC) + 5 : len(MAGIC) + 5 + length])
    assert set(header) == {
        "cipher", "kdf", "memory_kib", "iterations", "lanes", "salt", "nonce", "check",
    }  # fmt: skip
    assert TransferKdf().memory_kib == 64 * 1024  # the real files use the vault's strength


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_mutation_of_a_file_gets_a_clear_refusal(sealed: bytes, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["flip", "cut", "insert", "replace_run"]))
    changed = bytearray(sealed)
    index = data.draw(st.integers(0, len(sealed) - 1))
    if kind == "flip":
        changed[index] ^= data.draw(st.integers(1, 255))
    elif kind == "cut":
        del changed[index:]
    elif kind == "insert":
        changed[index:index] = data.draw(st.binary(min_size=1, max_size=8))
    else:
        run = data.draw(st.binary(min_size=1, max_size=16))
        if bytes(changed[index : index + len(run)]) == run[: len(changed) - index]:
            return
        changed[index : index + len(run)] = run
    if bytes(changed) == sealed:
        return
    with pytest.raises(REFUSALS):
        transfer.open_transfer(bytes(changed), TRANSFER_PASSPHRASE)
