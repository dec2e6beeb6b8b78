#!/bin/sh
# Add PST Desk to the desktop's application menu for the current user, pointing at this folder.
# Run it from the unpacked bundle:  ./install-desktop-entry.sh   (undo: --remove)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/pst-desk.desktop"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  find "$data/icons/hicolor" -name 'pst-desk.*' -path '*/apps/*' -delete 2>/dev/null || true
  echo "removed $entry"
  exit 0
fi
mkdir -p "$data/applications"
cp -R "$here/share/icons" "$data/"
# Exec gets the absolute path of this bundle (quoted: the folder may contain spaces).
sed "s|^Exec=pst-desk|Exec=\"$here/pst-desk\"|" "$here/pst-desk.desktop" >"$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "installed $entry"
