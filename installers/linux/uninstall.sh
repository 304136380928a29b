#!/bin/sh
# Remove what install.sh installed, and nothing else. The user's records (the encrypted
# database, its key file, backups, sync folders, settings and logs) are NOT in any of these
# places and this script never goes near them: removing them is a separate, deliberate step
# of decommissioning a laptop (docs/INSTALL.md), done only after everything has synced.
#
#   installers/linux/uninstall.sh
set -eu

PREFIX="$HOME/.local/opt/care-desktop"
MARKER="$PREFIX/.care-desktop-install"
BIN_DIR="$HOME/.local/bin"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$SHARE/applications"
ICONS="$SHARE/icons/hicolor/scalable/apps"

# Only our own links: a `care` from somewhere else is not ours to remove.
for name in care care-desktop; do
    link="$BIN_DIR/$name"
    if [ -L "$link" ]; then
        case "$(readlink "$link")" in
        "$PREFIX"/*) rm -f -- "$link" ;;
        *) echo "uninstall.sh: left $link (it does not point into $PREFIX)" >&2 ;;
        esac
    fi
done

rm -f -- "$APPS/care-desktop.desktop"
rm -f -- "$ICONS/care-desktop.svg"

# The folder goes only if install.sh made it (its marker file is there).
if [ -f "$MARKER" ]; then
    rm -rf -- "$PREFIX"
elif [ -e "$PREFIX" ]; then
    echo "uninstall.sh: left $PREFIX (not made by install.sh)" >&2
fi


echo "The care-desktop program was removed. The records on this laptop were not touched;"
echo "docs/INSTALL.md (decommissioning) says where they are and when they may be deleted."
