"""Typed errors of the services. Each carries ids and values, never user text or secrets;
the GUI and the command line word them in the user's language."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error a front end is expected to show the user."""


class VaultNotFoundError(ServiceError):
    """No vault at the given place."""


class VaultAlreadyExistsError(ServiceError):
    """A vault is already there; creating one would lose its key."""


class WrongPassphraseError(ServiceError):
    """The passphrase (or recovery code) does not open this vault. Nothing was changed."""

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(what)
        self.what = what


class VaultDamagedError(ServiceError):
    """The key file or the database is damaged or unreadable."""


class VaultTooNewError(ServiceError):
    """The vault was written by a newer version of PA Desktop."""


class InvalidInputError(ServiceError):
    """Refused input; `problems` are ids such as "last_name_empty" or "unknown_code"."""

    def __init__(self, problems: list[str], **details: object) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems
        self.details = details


class NotFoundError(ServiceError):
    """A pupil (or other record) that does not exist."""

    def __init__(self, kind: str, ident: object) -> None:
        super().__init__(f"{kind} {ident}")
        self.kind = kind
        self.ident = ident


class ImportFileError(ServiceError):
    """A file that cannot be read as an import. `reason` is an id: unreadable, too_large, empty,
    bad_csv, bad_json, bad_shape, bad_xlsx, mapping_incomplete (with `problems`)."""

    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


class ImportRefusedError(ServiceError):
    """Rows were refused and skipping them was not asked for: nothing was written."""

    def __init__(self, refused: int) -> None:
        super().__init__(f"{refused} rows refused")
        self.refused = refused


class ImportCancelledError(ServiceError):
    """The import was cancelled: its transaction was rolled back, the vault is as it was."""


# care for the data: lock, storage faults, backups ---------------------------------------------
class VaultLockedError(ServiceError):
    """The vault is locked (connections closed, key forgotten): unlock it first."""


class StorageError(ServiceError):
    """Reading or writing the disk failed for a reason outside the program. `kind`: full,
    read_only, gone, damaged, busy, io; `where`: vault, backup or restore. The change that failed
    was rolled back: what was saved before is still there."""

    def __init__(self, kind: str, where: str = "vault") -> None:
        super().__init__(f"{kind} ({where})")
        self.kind = kind
        self.where = where


class StorageFullError(StorageError):
    """The disk (or the vault's size limit) is full."""

    def __init__(self, where: str = "vault") -> None:
        super().__init__("full", where)


class ReadOnlyStorageError(StorageError):
    """The medium cannot be written (read-only stick or share, no permission)."""

    def __init__(self, where: str = "vault") -> None:
        super().__init__("read_only", where)


class StorageGoneError(StorageError):
    """The folder is gone (a USB stick pulled, a share disconnected)."""

    def __init__(self, where: str = "vault") -> None:
        super().__init__("gone", where)


class BackupFileError(ServiceError):
    """Not a usable backup. `reason`: not_a_backup, damaged, too_new, check_failed (with
    `problems`), other_vault."""

    def __init__(self, reason: str, problems: list[str] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.problems = problems or []


class RestoreTargetError(ServiceError):
    """A restore goes into a new or empty folder only; `reason`: not_empty, inside_vault."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class VaultBusyError(ServiceError):
    """Another program holds the vault's write lock (PA Desktop, or a command that is still
    running). `program`, `pid`, `user` and `since` say who, as far as the lock file tells."""

    def __init__(self, program: str = "", pid: int = 0, user: str = "", since: str = "") -> None:
        super().__init__(f"{program or '?'} ({pid})")
        self.program = program
        self.pid = pid
        self.user = user
        self.since = since


class OutputInVaultError(ServiceError):
    """An export's output path lies inside the vault's folder or is one of its files: refused,
    so no export can ever overwrite the database or the key file."""

    def __init__(self, path: str = "") -> None:
        super().__init__(path)
        self.path = path


class OutputFolderMissingError(ServiceError):
    """The folder an export should go into does not exist: nothing was built or written."""

    def __init__(self, path: str = "") -> None:
        super().__init__(path)
        self.path = path
