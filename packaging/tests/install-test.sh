#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Outloud authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb from this build folder, unpacks it into a scratch root (no root rights,
# nothing touches the system) and runs the packaged binary there. Qt is installed
# system-wide, so the binary finds its libraries without LD_LIBRARY_PATH.
#   install-test.sh CPACK BUILD_DIR SCRATCH_DIR VERSION APP_ID
set -euo pipefail

cpack=$1 build=$2 scratch=$3 version=$4 app_id=$5
rm -rf "$scratch"
mkdir -p "$scratch/out"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $scratch/out, found: ${debs[*]}"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

[ "$(dpkg-deb -f "$deb" Package)" = outloud ] || fail "package name is not outloud"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "version is not $version-1"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Hand-named run-time plugins plus what shlibdeps found (Qt's libraries, libc).
# libqt6charts6 comes from the Network tab's chart module, which the program loads itself.
for pkg in libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core fonts-symbola libqt6widgets6 libqt6sql6 \
           libqt6charts6 libc6; do
    grep -Eq "(^|, )$pkg( |,|$)" <<<"$depends" || fail "Depends lacks $pkg"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/outloud \
         "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/mime/packages/$app_id.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "usr/share/icons/hicolor/16x16/apps/$app_id.png" \
         "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/man/man1/outloud.1.gz \
         usr/share/doc/outloud/copyright; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
# The Network tab's Qt Charts: a module in the library folder, loaded when the tab comes up.
modules=$(cd "$root" && find usr/lib -path '*/outloud/liboutloud_network_charts.so')
[ "$(wc -w <<<"$modules")" -eq 1 ] || fail "expected one liboutloud_network_charts.so under /usr/lib, found: $modules"
echo "chart module: /$modules"
# Files installed under /usr/local or the build folder would mean a wrong install prefix.
unexpected=$(cd "$root" && find . -type f ! -path './usr/bin/*' ! -path './usr/share/*' ! -path "./$modules")
[ -z "$unexpected" ] || fail "files outside /usr/bin, /usr/share and the chart module: $unexpected"

# The installed tree as a software centre sees it: metainfo, desktop entry and icon agree.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$root" >"$scratch/validate-tree.log" 2>&1 \
        || { cat "$scratch/validate-tree.log" >&2; fail "appstreamcli validate-tree"; }
fi

output=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/outloud" --version)
echo "outloud --version: $output"
[ "$output" = "outloud $version" ] || fail "expected 'outloud $version'"
# The program starts without Qt Charts, and finds the packaged module beside it (not the
# build folder's, which it would try next).
! env -u LD_LIBRARY_PATH ldd "$root/usr/bin/outloud" | grep -i charts || fail "outloud links Qt Charts"
! env -u LD_LIBRARY_PATH ldd "$root/$modules" | grep 'not found' || fail "the chart module lacks a library"
found=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/outloud" --check-charts 2>&1) \
    || fail "the packaged outloud cannot load its chart module: $found"
echo "outloud --check-charts: $found"
[ "$found" = "$root/$modules" ] || fail "expected the packaged module $root/$modules"
echo "OK"
