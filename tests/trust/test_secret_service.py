""" "Remember on this device" against a real Secret Service: gnome-keyring-daemon on a private
D-Bus session bus (CI installs it: .ci/run), not only the in-memory or failing stores."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pa_desktop.services import care
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile
from pa_desktop.store.keychain import SERVICE_NAME, SystemKeychain
from tests.conftest import LIGHT_KDF

REQUIRED = os.environ.get("PA_DESKTOP_REQUIRE_SECRET_SERVICE") == "1"
PASSPHRASE = "secret service passphrase"


LOGIN = "/org/freedesktop/secrets/collection/login"
# a private session bus without service activation: no second gnome-keyring-daemon is started
# behind the test's back (one without the unlocked login keyring) when a client asks too early
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _wait_for_the_login_keyring(deadline: float) -> None:
    """gnome-keyring makes the (unlocked) login keyring from the password on its stdin; until it
    is there, a client would ask to create a collection, which needs a prompt nobody answers."""
    import secretstorage

    while True:
        try:
            connection = secretstorage.dbus_init()
            try:
                paths = [c.collection_path for c in secretstorage.get_all_collections(connection)]
                if LOGIN in paths:
                    collection = secretstorage.Collection(connection, LOGIN)
                    if not collection.is_locked():
                        return
            finally:
                connection.close()
        except Exception:
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            raise TimeoutError("gnome-keyring did not make its login keyring")
        time.sleep(0.2)


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private session bus with an unlocked gnome-keyring on it, for this test only."""
    missing = [p for p in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(p) is None]
    if missing:
        if REQUIRED:
            pytest.fail(f"CI must provide a Secret Service: {missing} not installed")
        pytest.skip(f"no Secret Service here ({', '.join(missing)} missing); CI runs this")
    import keyring
    from keyring.backends import SecretService

    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=tmp_path), encoding="utf-8")
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home),
    }
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert daemon.stdin is not None
    daemon.stdin.write("\n")  # an empty login password: the keyring is made unlocked
    daemon.stdin.close()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    previous = keyring.get_keyring()
    try:
        _wait_for_the_login_keyring(time.monotonic() + 60)
        backend = SecretService.Keyring()
        backend.preferred_collection = LOGIN  # never ask to create one (that needs a prompt)
        keyring.set_keyring(backend)
        keyring.set_password("pa-desktop-probe", "probe", "1")
        keyring.delete_password("pa-desktop-probe", "probe")
        yield
    finally:
        keyring.set_keyring(previous)
        daemon.terminate()
        bus.terminate()
        daemon.wait(10)
        bus.wait(10)


def test_remember_on_this_device_with_the_real_secret_service(
    secret_service: None, tmp_path: Path
) -> None:
    import keyring

    vaults = Vaults(SystemKeychain(), LIGHT_KDF)
    assert vaults.keychain.available()  # type: ignore[attr-defined]
    folder = tmp_path / "vault"
    session, _code = vaults.create(folder, PASSPHRASE, Profile(user_name="An"), True)
    assert session.remembered
    vault_id = session.vault_id
    stored = keyring.get_password(SERVICE_NAME, vault_id)
    assert stored is not None and len(stored) == 64  # the key, hex; the passphrase is not kept
    session.close()
    opened = vaults.unlock_from_device(folder)  # no passphrase asked
    assert opened is not None
    try:
        code = care.rotate_key(opened, vaults, PASSPHRASE, "a rotated passphrase")
        assert code and keyring.get_password(SERVICE_NAME, vault_id) != stored
        assert care.is_remembered(opened, vaults)
        care.set_remembered(opened, vaults, False)
    finally:
        opened.close()
    assert keyring.get_password(SERVICE_NAME, vault_id) is None
    assert vaults.unlock_from_device(folder) is None  # forgotten: the passphrase is needed
    keyring.set_password(SERVICE_NAME, vault_id, "00" * 32)  # a stale, wrong key
    assert vaults.unlock_from_device(folder) is None  # never a new key, never a crash
