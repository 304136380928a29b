#!/bin/bash
# Build, sign and notarise CARE Desktop for macOS: dist/CARE Desktop.app and
# dist/care-desktop-VERSION-macos.dmg. Runs on a Mac only (codesign, hdiutil, xcrun come with
# Xcode's command line tools); not run in this project's CI. docs/INSTALL.md walks through it.
#
#   installers/macos/build.sh            # build, sign, make the dmg, notarise, staple
#   installers/macos/build.sh --unsigned # build and make the dmg only, for trying it here
#
# Secrets never live in this file; they come from the environment:
#   CODESIGN_IDENTITY   "Developer ID Application: International Organization for Migration (TEAMID)"
#                       (the certificate and its private key in the login keychain)
#   and, for notarisation, either
#   NOTARY_PROFILE      a profile saved once with
#                       `xcrun notarytool store-credentials NAME --apple-id … --team-id …`
#                       (the app-specific password then stays in the keychain), or
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (an app-specific password of that Apple ID)
#   PYTHON              the Python with `pip install -e .[dist]` done (default: .venv/bin/python)
#
# Why sign at all: Gatekeeper refuses an unsigned, un-notarised app that came from a download or
# a USB stick. And "unlock with my login" (the keyring package) keeps its secret in the macOS
# Keychain, whose item is readable without a prompt only by the application that created it, as
# identified by its code signature. An unsigned or ad-hoc-signed build has a different identity
# every time, so after each upgrade the Keychain would ask again or refuse; a build signed with
# the same Developer ID and bundle identifier (org.iom.care-desktop) keeps access across versions.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
HERE="$ROOT/installers/macos"
PYTHON=${PYTHON:-"$ROOT/.venv/bin/python"}
APP="dist/CARE Desktop.app"
ENTITLEMENTS="$HERE/entitlements.plist"

SIGNED=1
case "${1:-}" in
--unsigned) SIGNED=0 ;;
"") ;;
*)
    echo "usage: $0 [--unsigned]" >&2
    exit 2
    ;;
esac

fail() {
    echo "build.sh: $*" >&2
    exit 1
}

[ "$(uname -s)" = Darwin ] || fail "this builds the macOS app and runs on a Mac only"
[ -x "$PYTHON" ] || fail "no Python at $PYTHON (python3.11 -m venv .venv && .venv/bin/pip install -e '.[dist]')"
if [ "$SIGNED" = 1 ]; then
    [ -n "${CODESIGN_IDENTITY:-}" ] || fail "set CODESIGN_IDENTITY (or use --unsigned)"
    if [ -z "${NOTARY_PROFILE:-}" ]; then
        if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
            fail "set NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD"
        fi
    fi
fi

VERSION=$("$PYTHON" -c 'import care_desktop; print(care_desktop.__version__)')
DMG="dist/care-desktop-$VERSION-macos.dmg"
echo "CARE Desktop $VERSION"

# 0. The build facts the About dialog shows (as `make dist` writes them; git ignores the file).
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
"$PYTHON" -c 'import datetime, json, platform, sys; print(json.dumps({"commit": sys.argv[1],
  "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
  "platform": f"{sys.platform}-{platform.machine()}"}))' "$COMMIT" >resources/build.json

# 1. The app (installers/care.spec: dist/CARE Desktop.app, identifier org.iom.care-desktop).
rm -rf "$APP" "$DMG"
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    installers/care.spec
[ -x "$APP/Contents/MacOS/care-desktop" ] || fail "$APP has no Contents/MacOS/care-desktop"
[ -x "$APP/Contents/MacOS/care" ] || fail "$APP has no Contents/MacOS/care"

# 2. The frozen programs start before anything is signed or sent to Apple.
"$APP/Contents/MacOS/care" --version | grep -q " $VERSION\$" || fail "care --version is not $VERSION"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/care-desktop" --smoke-test ||
    fail "care-desktop --smoke-test failed"

notarise() {
    # --wait: block until Apple's verdict; a rejection exits non-zero (see `notarytool log`).
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait
    else
        xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
    fi
}

sign() {
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$CODESIGN_IDENTITY" "$@"
}

if [ "$SIGNED" = 1 ]; then
    # 3. Sign from the inside out: every Mach-O library and program first (Python extension
    # modules, Qt libraries and plugins), then the frameworks, then the app itself. Hardened
    # runtime (--options runtime) and a secure timestamp are what notarisation requires.
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
    done < <(find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0)
    while IFS= read -r -d '' framework; do
        sign "$framework"
    done < <(find "$APP/Contents" -depth -type d -name "*.framework" -print0)
    sign "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"

    # 4. Notarise the app and staple its ticket, so that Gatekeeper accepts it offline (field
    # laptops often are) after it is copied out of the dmg.
    ZIP="dist/care-desktop-$VERSION-macos-app.zip"
    ditto -c -k --keepParent "$APP" "$ZIP"
    notarise "$ZIP"
    rm -f "$ZIP"
    xcrun stapler staple "$APP"
fi

# 5. The dmg: the app and a link to /Applications to drag it onto.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/CARE Desktop.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "CARE Desktop $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -ov "$DMG"

if [ "$SIGNED" = 1 ]; then
    # 6. The dmg itself: signed, notarised, stapled; then checked as Gatekeeper would.
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    notarise "$DMG"
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type execute --verbose "$APP"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
else
    echo "build.sh: UNSIGNED build: Gatekeeper will refuse it elsewhere, and the keychain" >&2
    echo "          ('unlock with my login') will ask again after every rebuild." >&2
fi
echo "Built $DMG"
