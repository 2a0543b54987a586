"""The process the key-rotation kill test kills: it rotates the vault's key and is killed at a
named step of the rotation (or by a timer, anywhere in between)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

OLD, NEW = "trust under attack", "a new passphrase after the leak"


def main(folder: str, kill_at: str, delay: float) -> None:
    from pa_desktop.store import rotation
    from pa_desktop.store.keyfile import KdfParameters
    from pa_desktop.store.vault import open_with_passphrase

    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    def step(name: str) -> None:
        if name == kill_at:
            die()

    opened = open_with_passphrase(Path(folder), OLD)
    if delay > 0:
        threading.Thread(target=lambda: (time.sleep(delay), die()), daemon=True).start()
    light = KdfParameters(memory_kib=8 * 1024, iterations=1, lanes=1)
    _key, code = rotation.rotate_key(opened, NEW, light, step)
    print(code, flush=True)
    time.sleep(60)  # the timer may still come: a finished rotation must stand as well


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
