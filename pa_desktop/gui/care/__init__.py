"""Care for the data: backups, restore, retention, audit log, passphrase."""
