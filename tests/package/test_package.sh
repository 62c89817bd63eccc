#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it: built with cpack, unpacked with dpkg-deb, its
# binary run (system Qt only), its desktop entry, metainfo, icons and manual
# page checked with the tools a distribution uses.
#
# usage: test_package.sh BUILD_DIR VERSION APP_ID FIXTURE.srdi.json
set -eu

build=$1
version=$2
app_id=$3
fixture=$4

work="$build/tests/package-test"
rm -rf "$work"
mkdir -p "$work"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() {
    echo "ok: $*"
}

# 1. Build the package (into our own folder: nothing else in the build tree moves).
if ! cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
set -- "$work"/out/srdi-assess_*.deb
[ "$#" -eq 1 ] && [ -f "$1" ] || { echo "FAIL: expected one srdi-assess_*.deb, got: $*" >&2; exit 1; }
deb=$1
ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. The control fields.
info=$(dpkg-deb -I "$deb")
echo "$info" | grep -Eq '^ Package: srdi-assess$' || fail "Package is not srdi-assess"
echo "$info" | grep -Eq "^ Version: $version\$" || fail "Version is not $version"
echo "$info" | grep -Eq '^ Maintainer: .+' || fail "no Maintainer"
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libpq5 libqt6svg6 libopencc1.1 libopencc-data \
    'fonts-wqy-microhei | fonts-noto-cjk'; do
    case ", $depends," in
    *", $dep"[\ ,]*) ;;
    *) fail "Depends lacks $dep: $depends" ;;
    esac
done
ok "Depends: $depends"

# 3. Unpack and look at the files.
root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/srdi-assess"
desktop="$root/usr/share/applications/srdi-assess.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
man="$root/usr/share/man/man1/srdi-assess.1.gz"
for f in "$bin" "$desktop" "$metainfo" "$man" "$root/usr/share/doc/srdi-assess/copyright" \
    "$root/usr/share/icons/hicolor/scalable/apps/srdi-assess.svg"; do
    [ -f "$f" ] || fail "missing ${f#"$root"}"
done
for size in 16 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/srdi-assess.png"
    if [ ! -f "$png" ]; then
        fail "missing ${png#"$root"}"
    elif ! file "$png" | grep -q "PNG image data, $size x $size,"; then
        fail "${png#"$root"} is not a $size x $size PNG: $(file -b "$png")"
    fi
done
if readelf -d "$bin" | grep -Eq 'R(UN)?PATH'; then
    fail "the packaged binary carries an RPATH: $(readelf -d "$bin" | grep -E 'R(UN)?PATH')"
fi
unexpected=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin|share/(applications|metainfo|icons|man|doc))/' || true)
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"

# 4. Run the packaged binary against the system's Qt (nothing from the build tree).
out=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH "$bin" --version 2>&1) || fail "--version exited $?"
[ "$out" = "srdi-assess $version" ] || fail "--version printed '$out', expected 'srdi-assess $version'"
ok "--version: $out"
# Every option that --help names is in the manual page (written \-\-name there).
help=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH "$bin" --help 2>&1) || fail "--help exited non-zero"
for opt in $(echo "$help" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    zcat "$man" | grep -qF -- "$(echo "$opt" | sed 's/-/\\-/g')" || fail "the manual page does not mention $opt"
done
if env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH "$bin" --evaluate "$fixture" >"$work/evaluate.json" 2>"$work/evaluate.err"; then
    grep -q '"highest_tier"' "$work/evaluate.json" && grep -q '"tiers"' "$work/evaluate.json" \
        || fail "--evaluate printed no assessment: $(head -c 300 "$work/evaluate.json")"
    ok "--evaluate $(basename "$fixture"): $(grep '"highest_tier"' "$work/evaluate.json" | tr -d ' ,')"
else
    fail "--evaluate exited non-zero: $(cat "$work/evaluate.err")"
fi
if env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH QT_QPA_PLATFORM=offscreen \
    "$bin" --quit-after-startup --db "$work/startup.sqlite" >"$work/gui.log" 2>&1; then
    ok "the window starts and quits (offscreen)"
else
    fail "--quit-after-startup exited non-zero: $(cat "$work/gui.log")"
fi

# 5. What a distribution's tools say.
if desktop-file-validate "$desktop" >"$work/desktop.log" 2>&1 && [ ! -s "$work/desktop.log" ]; then
    ok "desktop-file-validate: no complaint"
else
    fail "desktop-file-validate: $(cat "$work/desktop.log")"
fi
if appstreamcli validate --no-net --explain "$metainfo" >"$work/appstream.log" 2>&1; then
    ok "appstreamcli validate --no-net: $(tail -n 1 "$work/appstream.log")"
else
    fail "appstreamcli validate --no-net: $(cat "$work/appstream.log")"
fi
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's <id> is not $app_id"
grep -q '<launchable type="desktop-id">srdi-assess.desktop</launchable>' "$metainfo" \
    || fail "the metainfo does not launch srdi-assess.desktop"
newest=$(grep -m 1 -o '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the metainfo's newest release is '$newest', the project is $version: add a <release>"
gzip -t "$man" || fail "the manual page is not a valid gzip file"
if ! zcat "$man" | groff -k -man -Tutf8 -ww -z >"$work/man.log" 2>&1 || [ -s "$work/man.log" ]; then
    fail "groff warns about the manual page: $(cat "$work/man.log")"
fi
zcat "$man" | grep -q "^\.TH .*\"srdi\\\\-assess $version\"" || fail "the manual page does not name version $version"

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s); the package and its contents are in $work" >&2
    exit 1
fi
rm -rf "$work"
echo "package test passed"
