#!/bin/sh
# Install Shule for this user, from the folder this script is in (an unpacked Shule package).
# No administrator rights and no network: everything it needs is in this folder.
#
#   ./install.sh                  install (or upgrade) into ~/.local/share/shule, with
#                                 ~/.local/bin/shule and a menu entry
#   ./install.sh --prefix DIR     install under DIR/share and DIR/bin instead
#
# Your projects are never touched: they live wherever you saved them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then share="$2/share"; bin="$2/bin"; fi
app="$share/shule/app"

if [ ! -x "$here/shule/shule" ]; then
  echo "install.sh: $here/shule/shule is missing; unpack the whole Shule package first." >&2
  exit 1
fi
mkdir -p "$share/shule" "$bin" "$share/applications" "$share/mime/packages" \
         "$share/icons/hicolor/256x256/apps" "$share/icons/hicolor/scalable/apps"

# The new version goes in beside the old one and replaces it in one rename: an interrupted
# install leaves the old version working.
rm -rf "$app.new"
cp -R "$here/shule" "$app.new"
rm -rf "$app.old"
if [ -d "$app" ]; then mv "$app" "$app.old"; fi
mv "$app.new" "$app"
rm -rf "$app.old"

ln -sf "$app/shule" "$bin/shule"
sed "s|@EXEC@|$app/shule|" "$here/share/shule.desktop.in" > "$share/applications/shule.desktop"
cp "$here/share/shule.png" "$share/icons/hicolor/256x256/apps/shule.png"
cp "$here/share/shule.svg" "$share/icons/hicolor/scalable/apps/shule.svg"
cp "$here/share/shule-mime.xml" "$share/mime/packages/shule.xml"
sed "s|^: # @INSTALLED@.*|share='$share'; bin='$bin'|" "$here/uninstall.sh" > "$share/shule/uninstall.sh"
chmod +x "$share/shule/uninstall.sh"

# Tell the desktop about the menu entry, the icon and *.shule files, where it has the tools.
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" >/dev/null 2>&1 || true
if [ "${1:-}" != "--prefix" ] && command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default shule.desktop application/x-shule-project >/dev/null 2>&1 || true
fi

echo "Shule is installed in $app."
echo "Open it from your applications menu, or run: $bin/shule"
case ":$PATH:" in *":$bin:"*) ;; *) echo "($bin is not on your PATH: use the full path, or the menu.)";; esac
echo "To remove it: $share/shule/uninstall.sh (your projects and downloaded models are kept)."
