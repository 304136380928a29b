#!/bin/sh
# Install CARE Desktop for the current user from the tarball that `make dist` builds
# (dist/care-desktop-VERSION-linux-x86_64.tar.gz). No root needed; run it again with a newer
# tarball to upgrade: the program files are replaced, the user's data is never touched.
#
#   installers/linux/install.sh [TARBALL]
#
# Installs exactly these (uninstall.sh removes exactly these):
#   ~/.local/opt/care-desktop/                          the application bundle
#   ~/.local/bin/care, ~/.local/bin/care-desktop        symbolic links into the bundle
#   ~/.local/share/applications/care-desktop.desktop    the menu entry
#   ~/.local/share/icons/hicolor/scalable/apps/care-desktop.svg
# (~/.local/share is $XDG_DATA_HOME when that is set.)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OPT="$HOME/.local/opt"
PREFIX="$OPT/care-desktop"
MARKER="$PREFIX/.care-desktop-install"
BIN_DIR="$HOME/.local/bin"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$SHARE/applications"
ICONS="$SHARE/icons/hicolor/scalable/apps"

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

if [ $# -gt 1 ]; then
    echo "usage: $0 [care-desktop-VERSION-linux-x86_64.tar.gz]" >&2
    exit 2
fi
if [ $# -eq 1 ]; then
    TARBALL=$1
else
    # from a checkout: the newest tarball of `make dist`
    # shellcheck disable=SC2012 # the names are ours (make dist): no odd characters
    TARBALL=$(ls -t "$HERE"/../../dist/care-desktop-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1 || true)
    [ -n "$TARBALL" ] || fail "no tarball given and none in dist/ (run 'make dist' first)"
fi
[ -f "$TARBALL" ] || fail "$TARBALL: no such file"

# The desktop file's Exec key quotes the path; these characters would need escaping there.
case "$PREFIX" in
*[\"\`\$\\%]*) fail "the home folder's path ($HOME) has a character a menu entry cannot hold" ;;
esac

# A `care` or `care-desktop` in ~/.local/bin that is not ours (a developer's pip install, say)
# is left alone: the install stops rather than replace it.
for name in care care-desktop; do
    link="$BIN_DIR/$name"
    if [ -e "$link" ] || [ -L "$link" ]; then
        case "$(readlink "$link" || true)" in
        "$PREFIX"/*) ;;
        *) fail "$link exists and is not from this installer; move it away and run again" ;;
        esac
    fi
done

mkdir -p "$OPT" "$BIN_DIR" "$APPS" "$ICONS"
STAGING=$(mktemp -d "$OPT/.care-desktop-new.XXXXXX")
OLD=""
cleanup() {
    rm -rf -- "$STAGING"
    if [ -n "$OLD" ] && [ -d "$OLD" ]; then
        if [ -e "$PREFIX" ]; then rm -rf -- "$OLD"; else mv -- "$OLD" "$PREFIX"; fi
    fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

tar -xzf "$TARBALL" -C "$STAGING" || fail "$TARBALL is not a readable tarball"
# The bundle is the folder that holds both programs, at the top of the tarball or one level down.
GUI=$(find "$STAGING" -maxdepth 2 -type f -name care-desktop | head -n 1)
[ -n "$GUI" ] || fail "$TARBALL holds no care-desktop program"
BUNDLE=$(dirname "$GUI")
if [ ! -x "$BUNDLE/care-desktop" ] || [ ! -x "$BUNDLE/care" ]; then
    fail "$TARBALL: care-desktop and care must both be executable programs in one folder"
fi
basename "$TARBALL" >"$BUNDLE/.care-desktop-install"

# Swap the whole bundle: files that an older version had and this one dropped do not linger.
if [ -e "$PREFIX" ]; then
    [ -f "$MARKER" ] || fail "$PREFIX exists and was not made by this installer; move it away first"
    OLD=$(mktemp -d "$OPT/.care-desktop-old.XXXXXX")
    rmdir -- "$OLD"
    mv -- "$PREFIX" "$OLD"
fi
mv -- "$BUNDLE" "$PREFIX"

ln -sfn "$PREFIX/care" "$BIN_DIR/care"
ln -sfn "$PREFIX/care-desktop" "$BIN_DIR/care-desktop"

# The menu entry runs the bundle by its full path: ~/.local/bin is not on every session's PATH.
DESKTOP="$HERE/care-desktop.desktop"
[ -f "$DESKTOP" ] || DESKTOP=$(find "$PREFIX" -name care-desktop.desktop -type f | head -n 1)
[ -n "$DESKTOP" ] || fail "care-desktop.desktop is neither beside install.sh nor in the bundle"
sed -e "s|^Exec=.*|Exec=\"$PREFIX/care-desktop\"|" \
    -e "s|^TryExec=.*|TryExec=$PREFIX/care-desktop|" \
    "$DESKTOP" >"$APPS/care-desktop.desktop"

# The icon ships inside the bundle (the application needs it); a checkout has it in resources/.
ICON=$(find "$PREFIX" -path '*care_desktop/resources/icons/care.svg' -type f | head -n 1)
[ -n "$ICON" ] || ICON="$HERE/../../resources/icons/care.svg"
[ -f "$ICON" ] || fail "no icon (care_desktop/resources/icons/care.svg) in the bundle"
cp -- "$ICON" "$ICONS/care-desktop.svg"


echo "CARE Desktop installed in $PREFIX (from $(basename "$TARBALL"))."
case ":$PATH:" in
*":$BIN_DIR:"*) ;;
*) echo "Note: $BIN_DIR is not on PATH; add it to run 'care' by name, or use $PREFIX/care." ;;
esac
