#!/bin/sh
# Make dist/wamigrate-VERSION.dmg from dist/wamigrate.app (built by PyInstaller through
# packaging/build.py). Signs and notarises when the identity and credentials are in the
# environment; see packaging/README.md. Not run by CI (Linux).
set -eu
VERSION="$1"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/wamigrate.app"
DMG="$ROOT/dist/wamigrate-$VERSION.dmg"

if [ -n "${WAMIGRATE_CODESIGN_IDENTITY:-}" ]; then
  # Inside out, hardened runtime: nested Qt libraries first, then the bundle.
  find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" \) -exec \
    codesign --force --timestamp --options runtime --sign "$WAMIGRATE_CODESIGN_IDENTITY" {} \;
  codesign --force --timestamp --options runtime --entitlements "${WAMIGRATE_ENTITLEMENTS:-$ROOT/packaging/macos/entitlements.plist}" \
    --sign "$WAMIGRATE_CODESIGN_IDENTITY" "$APP"
fi

STAGE="$(mktemp -d)"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "wamigrate $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "${WAMIGRATE_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$WAMIGRATE_CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${WAMIGRATE_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$WAMIGRATE_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "$DMG"
