"""Opening the vault for one command: the device key, else the passphrase (environment or prompt).

Every command that needs the vault goes through here, so the secret is read one way and the
session is always closed (the key forgotten) when the command ends. Tests point `open_vaults` at
their own key store.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from pa_desktop.cli import trust_messages
from pa_desktop.cli.common import EXIT_LOCKED, EXIT_REFUSED, PASSPHRASE_ENV, CliStop
from pa_desktop.cli.messages import say
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import VaultNotFoundError
from pa_desktop.services.session import VaultSession


def read_passphrase(confirm: bool = False) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CliStop(EXIT_LOCKED, say("no_passphrase"))
    first = getpass.getpass(say("passphrase_prompt"))
    if confirm and getpass.getpass(say("passphrase_again")) != first:
        raise CliStop(EXIT_REFUSED, say("passphrases_differ"))
    return first


def open_vaults() -> Vaults:
    return Vaults.for_desktop()


def unlock(folder: Path) -> VaultSession:
    vaults = open_vaults()
    if not vaults.exists(folder):
        raise VaultNotFoundError()
    session: VaultSession | None = None
    if not os.environ.get(PASSPHRASE_ENV):
        session = vaults.unlock_from_device(folder)
    if session is None:
        session = vaults.unlock(folder, read_passphrase())
    warn_about_audit(session)
    return session


def warn_about_audit(session: VaultSession) -> None:
    """At unlock: a log cut short or an older database beside a newer key file is said at once."""
    warnings = session.opened.audit_warnings
    if warnings:
        print(trust_messages.say("audit_warning"), file=sys.stderr)
        for warning in warnings:
            print(f"  {warning}", file=sys.stderr)


class Unlocked:
    """Unlock for one command and always close (the key is forgotten on exit)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._folder: Path = args.vault
        self._session: VaultSession | None = None

    def __enter__(self) -> VaultSession:
        self._session = unlock(self._folder)
        return self._session

    def __exit__(self, *_exc: object) -> None:
        if self._session is not None:
            self._session.close()
