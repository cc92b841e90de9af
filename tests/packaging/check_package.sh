#!/usr/bin/env bash
# Installs into a scratch prefix and builds the .deb, then checks that both hold the programs, the
# desktop entry and the icon, and that the package names its runtime dependencies.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/duban bin/duban-cli share/applications/duban.desktop share/icons/hicolor/scalable/apps/duban.svg; do
  [ -e "$work/prefix/$f" ] || { echo "missing after install: $f"; exit 1; }
done
grep -q '^Exec=duban ' "$work/prefix/share/applications/duban.desktop" || { echo "desktop entry has no Exec=duban"; exit 1; }
grep -q '^Name\[zh_CN\]=督办$' "$work/prefix/share/applications/duban.desktop" || { echo "desktop entry has no Chinese name"; exit 1; }
"$work/prefix/bin/duban-cli" help >/dev/null || { echo "installed duban-cli does not run"; exit 1; }

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/duban_*.deb)
listing=$(dpkg-deb -c "$deb")
case "$listing" in *./usr/bin/duban-cli*) ;; *) echo "package lacks duban-cli"; exit 1 ;; esac
deps=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite fonts-wqy-microhei libpoppler-qt6; do
  case "$deps" in *"$d"*) ;; *) echo "package Depends lacks $d: $deps"; exit 1 ;; esac
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for d in libreoffice-writer-nogui libreoffice-calc-nogui; do
  case "$recommends" in *"$d"*) ;; *) echo "package Recommends lacks $d: $recommends"; exit 1 ;; esac
done
echo "package ok: $(basename "$deb")"
