#!/usr/bin/env bash
# Pack dist/PA Desktop.app (made by `python packaging/build.py` on macOS) into a compressed disk
# image with a link to /Applications: dist/PA-Desktop-VERSION-macos-ARCH.dmg. macOS only (hdiutil).
#   bash packaging/macos/make_dmg.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' pa_desktop/__init__.py)}
app="dist/PA Desktop.app"
if [ ! -d "$app" ]; then
  echo "no $app: build it first with python packaging/build.py" >&2
  exit 1
fi
command -v hdiutil >/dev/null || { echo "hdiutil not found: a .dmg is made on macOS" >&2; exit 1; }
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/PA Desktop.app"   # keeps the symlinks and the ad-hoc signatures
ln -s /Applications "$staging/Applications"
dmg="dist/PA-Desktop-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname "PA Desktop $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 "$dmg" >/dev/null
hdiutil verify "$dmg" >/dev/null
echo "$dmg: $(du -h "$dmg" | cut -f1)"
