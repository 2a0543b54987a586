#!/bin/sh
# Install PA Desktop for this user (no root needed): the program under ~/.local/opt/pa-desktop,
# a menu entry and the icons. Run it from the unpacked tarball:  ./install.sh
# Remove again with:  ./install.sh --uninstall   (the vault in ~/.local/share/PA Desktop stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/pa-desktop
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$data/applications/pa-desktop.desktop" "$HOME/.local/bin/pa-desktop" \
    "$HOME/.local/bin/pa-desktop-cli"
  find "$data/icons/hicolor" -name pa-desktop.png -delete 2>/dev/null || true
  rm -f "$data/icons/hicolor/scalable/apps/pa-desktop.svg"
  echo "PA Desktop removed. Your vault ($data/PA Desktop) was left as it is."
  exit 0
fi
rm -rf "$target"
mkdir -p "$target" "$data/applications" "$HOME/.local/bin"
cp -a "$here/pa-desktop/." "$target/"
for png in "$here"/icons/pa-desktop-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/pa-desktop.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/icons/pa-desktop.svg" "$data/icons/hicolor/scalable/apps/pa-desktop.svg"
sed "s|^Exec=.*|Exec=\"$target/pa-desktop\"|" "$here/pa-desktop.desktop" \
  > "$data/applications/pa-desktop.desktop"
ln -sf "$target/pa-desktop" "$HOME/.local/bin/pa-desktop"
ln -sf "$target/pa-desktop-cli" "$HOME/.local/bin/pa-desktop-cli"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "PA Desktop installed in $target; it is in the applications menu."
