"""Build PA Desktop for this platform, smoke-test the result, and say how big and how long.

    pip install -c requirements.lock -e . -r packaging/requirements-build.txt
    python packaging/build.py [--skip-build] [--appdir] [--unlocked]

0. checks that the installed versions are those of requirements.lock (packaging/lock.py),
1. compiles the translations (update_translations.py --release),
2. builds the one-folder bundle from packaging/pa_desktop.spec into dist/pa-desktop/,
3. runs the bundle's `pa-desktop --smoke-test` offscreen (from outside the checkout, so nothing
   is borrowed from the source tree) and a `pa-desktop-cli` round trip on a temporary vault,
4. prints the bundle's size with what takes the space, and the build time,
5. packs it for this platform:
   - Linux: dist/pa-desktop-VERSION-linux-ARCH.tar.gz (the bundle, pa-desktop.desktop, the icons
     and install.sh), and an AppImage when appimagetool is on the PATH (--appdir makes the
     AppDir alone, without the tool);
   - Windows: the Inno Setup installer when ISCC.exe is found (packaging/windows/README.md);
   - macOS: dist/PA Desktop.app, and the .dmg through packaging/macos/make_dmg.sh.

Exit status 0 when the bundle built and its smoke test passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "pa-desktop"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMOKE_TIMEOUT = 300


def version() -> str:
    """The one version: pa_desktop/__init__.py (pyproject.toml reads it from there too)."""
    text = (ROOT / "pa_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("no __version__ in pa_desktop/__init__.py")
    return found.group(1)


def executable(name: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    if sys.platform == "darwin" and name == "pa-desktop":
        inside_app = DIST / "PA Desktop.app" / "Contents" / "MacOS" / name
        if inside_app.exists():
            return inside_app
    return BUNDLE / f"{name}{suffix}"


def step(text: str) -> None:
    print(f"--- {text}", flush=True)


def build(unlocked: bool = False) -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is missing: pip install -r packaging/requirements-build.txt"
        ) from None
    step("versions as in requirements.lock")
    if (
        not unlocked
        and subprocess.run([sys.executable, str(PACKAGING / "lock.py"), "--check"]).returncode
    ):
        raise SystemExit(
            "this environment differs from requirements.lock: "
            "pip install -c requirements.lock -e . -r packaging/requirements-build.txt "
            "(or build with --unlocked for a try-out, never for a release)"
        )
    step("translations")
    subprocess.run(
        [sys.executable, str(PACKAGING / "update_translations.py"), "--release"], check=True
    )
    step("PyInstaller (one folder)")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(PACKAGING / "pa_desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.monotonic() - started


def _clean_environment(home: Path) -> dict[str, str]:
    """The environment of a user who never saw the source tree: no PYTHONPATH, no venv."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "PA_DESKTOP_", "QT_"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    if sys.platform != "win32":
        env["HOME"] = str(home)  # settings, caches and the default vault folder stay in here
        env["XDG_DATA_HOME"] = str(home / "data")
        env["XDG_CONFIG_HOME"] = str(home / "config")
    return env


def smoke_test() -> bool:
    step("smoke test of the bundle")
    with tempfile.TemporaryDirectory(prefix="pa-desktop-bundle-smoke-") as folder:
        home = Path(folder)
        env = _clean_environment(home)
        app = subprocess.run(
            [str(executable("pa-desktop")), "--smoke-test"],
            cwd=home,
            env=env,
            timeout=SMOKE_TIMEOUT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        print(app.stdout, end="")
        print(app.stderr, end="", file=sys.stderr)
        if app.returncode != 0:
            print(f"the bundle's smoke test exited {app.returncode}", file=sys.stderr)
            return False
        return _cli_round_trip(home, env)


def _cli_round_trip(home: Path, env: dict[str, str]) -> bool:
    """The frozen command line creates a vault (real Argon2id), adds a pupil, reads it back."""
    cli = str(executable("pa-desktop-cli"))
    vault = home / "cli-vault"
    env = {**env, "PA_DESKTOP_PASSPHRASE": "bundle smoke passphrase"}
    commands = [
        ["init", "--school", "Smoke", "--user", "Smoke"],
        ["pupil", "add", "--last-name", "Wiśniewski", "--first-name", "Łukasz", "--class", "3B"],
        ["pupils", "--json"],
        ["check"],
    ]
    output = ""
    for command in commands:
        result = subprocess.run(
            [cli, "--vault", str(vault), *command],
            cwd=home,
            env=env,
            timeout=SMOKE_TIMEOUT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        if result.returncode != 0:
            print(f"pa-desktop-cli {command[0]} exited {result.returncode}: {result.stderr}")
            return False
        output = result.stdout
        if command[0] == "pupils" and "Wiśniewski" not in output:
            print("pa-desktop-cli pupils did not list the pupil it added")
            return False
    print("smoke: pa-desktop-cli init, pupil add, pupils, check: all fine")
    return True


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(bundle: Path) -> float:
    """Print the bundle's size (MB) and the ten biggest parts; returns the size in MB."""
    total = folder_size(bundle)
    parts: dict[str, int] = {}
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(internal if path.is_relative_to(internal) else bundle)
        key = _part_name(relative)
        parts[key] = parts.get(key, 0) + path.stat().st_size
    megabytes = total / 1e6
    print(f"bundle size: {megabytes:.1f} MB unpacked ({bundle})")
    for name, size in sorted(parts.items(), key=lambda item: -item[1])[:10]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    return megabytes


def _part_name(relative: Path) -> str:
    parts = relative.parts
    if parts[0] == "PySide6" and len(parts) > 2 and parts[1] == "Qt":
        return f"PySide6/Qt/{parts[2]}" + (f"/{parts[3]}" if parts[2] == "plugins" else "")
    if len(parts) == 1:
        name = parts[0]
        if name.startswith("libicu"):
            return "ICU (Qt's Unicode data)"
        if name.startswith("libpython"):
            return "Python runtime"
        if name == "base_library.zip" or name.startswith("PYZ"):
            return "Python standard library"
        return name
    return parts[0]


def linux_tarball(bundle: Path, release: str) -> Path:
    """The bundle with pa-desktop.desktop, the icons and install.sh, in one tar.gz."""
    step("Linux tarball")
    arch = platform.machine() or "x86_64"
    name = f"pa-desktop-{release}-linux-{arch}"
    target = DIST / f"{name}.tar.gz"
    desktop = desktop_entry(release, exec_line="pa-desktop", icon="pa-desktop")
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"{name}/pa-desktop")
        _add_text(archive, f"{name}/pa-desktop.desktop", desktop, 0o644)
        install = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
        _add_text(archive, f"{name}/install.sh", install, 0o755)
        archive.add(ICONS / "pa-desktop.svg", arcname=f"{name}/icons/pa-desktop.svg")
        for size in HICOLOR_SIZES:
            archive.add(
                ICONS / f"pa-desktop-{size}.png", arcname=f"{name}/icons/pa-desktop-{size}.png"
            )
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")
    return target


def desktop_entry(release: str, exec_line: str, icon: str) -> str:
    template = (PACKAGING / "linux" / "pa-desktop.desktop.in").read_text(encoding="utf-8")
    return (
        template.replace("@VERSION@", release).replace("@EXEC@", exec_line).replace("@ICON@", icon)
    )


def _add_text(archive: tarfile.TarFile, name: str, text: str, mode: int) -> None:
    import io

    data = text.encode("utf-8")
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = int(time.time())
    archive.addfile(info, io.BytesIO(data))


def appimage(bundle: Path, release: str, appdir_only: bool) -> Path | None:
    """An AppImage where appimagetool exists (it is not in Debian: see packaging/linux/README.md)."""
    tool = shutil.which("appimagetool") or shutil.which("appimagetool-x86_64.AppImage")
    if tool is None and not appdir_only:
        print("appimagetool not found: AppImage skipped (packaging/linux/README.md says how)")
        return None
    step("AppImage")
    appdir = DIST / "PA_Desktop.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir / "usr" / "lib" / "pa-desktop", symlinks=True)
    (appdir / "usr" / "bin").mkdir(parents=True)
    (appdir / "usr" / "bin" / "pa-desktop").symlink_to("../lib/pa-desktop/pa-desktop")
    (appdir / "AppRun").symlink_to("usr/lib/pa-desktop/pa-desktop")
    desktop = desktop_entry(release, exec_line="pa-desktop", icon="pa-desktop")
    desktop += f"X-AppImage-Version={release}\n"
    (appdir / "pa-desktop.desktop").write_text(desktop, encoding="utf-8")
    applications = appdir / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "pa-desktop.desktop").write_text(desktop, encoding="utf-8")
    shutil.copy2(ICONS / "pa-desktop-256.png", appdir / "pa-desktop.png")
    (appdir / ".DirIcon").symlink_to("pa-desktop.png")
    for size in HICOLOR_SIZES:
        folder = appdir / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"pa-desktop-{size}.png", folder / "pa-desktop.png")
    if tool is None:
        print(f"{appdir.relative_to(ROOT)} made (no appimagetool: no AppImage)")
        return appdir
    arch = platform.machine() or "x86_64"
    target = DIST / f"PA_Desktop-{release}-{arch}.AppImage"
    env = {**os.environ, "ARCH": arch}
    subprocess.run([tool, "--no-appstream", str(appdir), str(target)], check=True, env=env)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")
    return target


def windows_installer(release: str) -> None:
    compiler = shutil.which("ISCC") or shutil.which("iscc")
    places = [os.environ.get("PROGRAMFILES(X86)", ""), os.environ.get("PROGRAMFILES", "")]
    places.append(str(Path(os.environ.get("LOCALAPPDATA", "")) / "Programs"))  # per-user install
    for place in places:
        candidate = Path(place) / "Inno Setup 6" / "ISCC.exe"
        if compiler is None and place and candidate.exists():
            compiler = str(candidate)
    if compiler is None:
        print("ISCC.exe (Inno Setup 6) not found: installer skipped (packaging/windows/README.md)")
        return
    step("Inno Setup installer")
    script = PACKAGING / "windows" / "pa-desktop.iss"
    subprocess.run([compiler, f"/DAppVersion={release}", str(script)], check=True)


def macos_dmg(release: str) -> None:
    step("disk image")
    script = PACKAGING / "macos" / "make_dmg.sh"
    subprocess.run(["bash", str(script), release], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="test and pack dist/ as it is")
    parser.add_argument(
        "--appdir", action="store_true", help="make the AppDir without appimagetool"
    )
    parser.add_argument(
        "--no-package", action="store_true", help="no tarball, AppImage or installer"
    )
    parser.add_argument(
        "--unlocked", action="store_true", help="build although versions differ from the lock"
    )
    arguments = parser.parse_args(argv)
    release = version()
    print(
        f"PA Desktop {release} on {platform.system()} {platform.machine()}, Python {platform.python_version()}"
    )
    seconds = None if arguments.skip_build else build(arguments.unlocked)
    if not executable("pa-desktop").exists():
        print(f"no bundle in {BUNDLE}", file=sys.stderr)
        return 1
    passed = smoke_test()
    size = report_size(BUNDLE)
    if seconds is not None:
        print(f"build time: {seconds:.0f} s (PyInstaller, translations excluded)")
    if not passed:
        print("smoke test of the bundle FAILED", file=sys.stderr)
        return 1
    if not arguments.no_package:
        if sys.platform.startswith("linux"):
            linux_tarball(BUNDLE, release)
            appimage(BUNDLE, release, arguments.appdir)
        elif sys.platform == "win32":
            windows_installer(release)
        elif sys.platform == "darwin":
            macos_dmg(release)
    print(f"bundle OK: {size:.1f} MB" + (f", built in {seconds:.0f} s" if seconds else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
