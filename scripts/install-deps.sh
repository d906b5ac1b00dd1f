#!/usr/bin/env bash
# Installs the Debian 12 packages that build, test and run the SGL. Idempotent: installs only
# what is missing. Usage: scripts/install-deps.sh [build|test|demo|fuzz|docs]
set -euo pipefail
what=${1:-test}
pkgs=(cmake ninja-build g++ pkg-config mold
      qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
      qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev
      qt6-networkauth-dev qt6-serialport-dev libxkbcommon-dev libgl-dev
      libpodofo-dev libdmtx-dev libcurl4-openssl-dev libxml2-dev libxslt1-dev libssl-dev
      libsqlite3-dev openssl
      libharfbuzz-dev libfreetype-dev fonts-dejavu-core
      libzint-dev libcups2-dev
      libxmlsec1-dev libzip-dev
      libp11-dev libp11-kit-dev  # the CPS card through PKCS#11 (src/interop/cps)
      qt6-translations-l10n)  # qtbase_fr.qm: Qt's own buttons (Enregistrer, Annuler) in French
if [ "$what" = test ] || [ "$what" = fuzz ]; then
    pkgs+=(libgtest-dev libgmock-dev libbenchmark-dev postgresql
           default-jre-headless libsaxonhe-java python3 python3-lxml libxml2-utils
           dmtx-utils poppler-utils libzxing-dev python3-hl7 cups-daemon
           xmlsec1 unzip postfix dovecot-imapd softhsm2)  # softhsm2: the test CPS card
fi
if [ "$what" = docs ]; then
    # user-guide screenshots: a virtual screen, keyboard/mouse driving and the capture
    pkgs+=(xvfb xdotool imagemagick x11-utils)
fi
if [ "$what" = fuzz ]; then
    # libFuzzer with clang 16 (see scripts/fuzz.sh for why not 14)
    pkgs+=(clang-16 libfuzzer-16-dev libclang-rt-16-dev)
fi
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installation des paquets manquants : ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
# The tests start their own Postfix on loopback: the system instance needs no configuration.
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
