#!/bin/sh
# Remove Shule for this user. Projects are never removed (they live wherever you saved them),
# nor are downloaded models and settings (~/.local/share/shule/models, ~/.config/shule):
# remove those by hand if you want them gone.
#
#   uninstall.sh [--prefix DIR]    the same DIR as given to install.sh
set -eu
share="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then share="$2/share"; bin="$2/bin"; fi
: # @INSTALLED@ (install.sh writes here where it installed, so this copy needs no --prefix)

rm -rf "$share/shule/app" "$share/shule/app.new" "$share/shule/app.old"
if [ -L "$bin/shule" ]; then rm -f "$bin/shule"; fi
rm -f "$share/applications/shule.desktop" "$share/mime/packages/shule.xml" \
      "$share/icons/hicolor/256x256/apps/shule.png" "$share/icons/hicolor/scalable/apps/shule.svg" \
      "$share/shule/uninstall.sh"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
rmdir "$share/shule" 2>/dev/null || true
echo "Shule is removed. Your projects were not touched."
if [ -d "$share/shule" ]; then echo "Downloaded models and other data are still in $share/shule."; fi
