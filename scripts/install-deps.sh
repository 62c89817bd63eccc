#!/bin/sh
# Installs the Debian 12 packages the build, the app and the tests need, and
# only those that are missing. Safe to run again: it does nothing when all are
# present. Uses sudo when not run as root.
set -eu

PACKAGES="
cmake ninja-build g++ pkg-config
qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools
qt6-translations-l10n qt6-svg-dev qt6-charts-dev libgl-dev
libopencc-dev libopencc-data libxlsxwriter-dev libicu-dev libfontconfig-dev python3-openpyxl
fonts-noto-cjk fonts-wqy-microhei
xvfb xauth x11-apps imagemagick poppler-utils
desktop-file-utils appstream dpkg-dev file librsvg2-bin groff-base
clang libclang-rt-14-dev llvm-14
postgresql libpq-dev
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: every package is already installed"
    exit 0
fi

echo "install-deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: need root (or sudo) to install:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
