#!/usr/bin/env bash
# Fails when a layer reaches past its boundary (shared/ARCHITECTURE.md):
#  - domain sources include Widgets, Gui, Sql, Network, libxml2/libxslt, PoDoFo, libdmtx, curl, OpenSSL, sqlite;
#  - SQL statements appear outside src/storage;
#  - network classes or libcurl appear outside src/interop, src/simulators and the app's TLS settings;
#  - the GUI (src/app) includes storage headers or QtSql: views go through workflow use cases;
#  - libp11 / PKCS#11 headers appear outside src/interop/cps.
set -u
src=${1:?usage: check_layers.sh <source dir>}/src
fail=0
report() { echo "LAYER VIOLATION: $1"; fail=1; }

bad=$(grep -rnE '#\s*include\s*[<"](Qt(Widgets|Gui|Sql|Network)|QtWidgets|QtSql|QSql|QWidget|QNetwork|QSsl|QTcp|libxml|libxslt|libexslt|podofo|dmtx|curl|openssl|sqlite3)' "$src/domain" 2>/dev/null)
[ -n "$bad" ] && report "domain includes a forbidden header:
$bad"

sql=$(grep -rnEi --include='*.cpp' --include='*.h' \
      '"[^"]*\b(SELECT\s+[^"]*\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|ALTER\s+TABLE|DROP\s+TABLE)\b' \
      "$src" | grep -v "^$src/storage/")
[ -n "$sql" ] && report "SQL outside src/storage:
$sql"

sqlinc=$(grep -rnE '#\s*include\s*[<"](QtSql|QSql|sqlite3)' "$src" | grep -v "^$src/storage/")
[ -n "$sqlinc" ] && report "QtSql/sqlite included outside src/storage:
$sqlinc"

net=$(grep -rnE '#\s*include\s*[<"](curl/|QNetworkAccessManager|QTcpServer|QTcpSocket|QSslSocket|QHttpServer)' \
      "$src" | grep -vE "^$src/(interop|simulators)/")
[ -n "$net" ] && report "network code outside src/interop and src/simulators:
$net"

# The card's PKCS#11 binding (libp11, the PKCS#11 headers) stays in src/interop/cps: everything else
# gets the card through CpsCard (and a borrowed key for XML signatures).
p11=$(grep -rnE '#\s*include\s*[<"](libp11\.h|p11-kit/|pkcs11)' "$src" | grep -v "^$src/interop/cps/")
[ -n "$p11" ] && report "PKCS#11 code outside src/interop/cps:
$p11"

# app: views never touch storage. The only storage headers allowed are those of the composition
# root, which opens the database and hands it to the workflow use cases (AppServices.cpp), and
# the database configuration file location (DbConfig) the settings dialog writes (Application.cpp).
# storage/ErrorCodes.h holds only code constants (a concurrent edit is storage.conflict): allowed.
appstore=$(grep -rnE '#\s*include\s*[<"](storage/|QtSql|QSql)' "$src/app" 2>/dev/null \
           | grep -vE ':#include "storage/ErrorCodes\.h"$' \
           | grep -vE "^$src/app/shell/AppServices\.cpp:[0-9]+:#include \"storage/(Database|DbConfig)\.h\"\$" \
           | grep -vE "^$src/app/shell/Application\.cpp:[0-9]+:#include \"storage/DbConfig\.h\"\$")
[ -n "$appstore" ] && report "src/app includes storage or QtSql (use a workflow use case):
$appstore"

if [ $fail -eq 0 ]; then echo "layers ok"; fi
exit $fail
