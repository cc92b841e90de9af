#!/usr/bin/env bash
# Installs every Debian package Duban needs to build, test and run. Safe to run twice.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6opengl6-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libpoppler-qt6-dev libzip-dev libxlsxwriter-dev libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth fonts-noto-cjk fonts-wqy-microhei poppler-utils sqlite3 unzip
  python3 python3-docx qpdf dpkg-dev file ccache
  libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim poppler-data
  libreoffice-writer-nogui libreoffice-calc-nogui
  clang-14 libfuzzer-14-dev libclang-rt-14-dev clang-format-14
  libqt6sql6-psql libpq-dev postgresql-15 postgresql-contrib qtkeychain-qt6-dev python3-icalendar
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
