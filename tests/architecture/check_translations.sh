#!/usr/bin/env bash
# Messages raised below the GUI (src/domain, src/workflow, src/interop) reach the user, so they
# must be in the English translation. Those layers translate through file-local tr() helpers
# (QCoreApplication::translate with a fixed context), which lupdate cannot see: every literal
# passed to them is wrapped as tr((QT_TRANSLATE_NOOP("Context", "..."))) so lupdate files it
# under the runtime context. A bare tr("...") there would silently stay French in the English
# GUI; this check names each one.
# Usage: check_translations.sh <source dir>
set -euo pipefail
root=${1:?usage: check_translations.sh <source dir>}
cd "$root"
# Q_OBJECT classes are left out: lupdate sees their tr() under the class context.
bad=$(grep -rnE '(^|[^A-Za-z_:.>])tr\("' src/domain src/workflow src/interop --include='*.cpp' --include='*.h' \
      | while IFS=: read -r file rest; do
            base=${file%.*}
            grep -qs 'Q_OBJECT' "$base.h" "$base.cpp" || printf '%s:%s\n' "$file" "$rest"
        done || true)
if [ -n "$bad" ]; then
    echo "Littéral passé à tr() sans QT_TRANSLATE_NOOP (absent de la traduction anglaise) :" >&2
    echo "$bad" >&2
    exit 1
fi
echo "translations ok"
