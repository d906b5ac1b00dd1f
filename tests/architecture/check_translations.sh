#!/usr/bin/env bash
# Messages raised below the GUI (src/domain, src/storage, src/workflow, src/interop, src/simulators)
# reach the user, so they must be in the English translation. Each library has one translation
# helper, Tr (src/<library>/Tr.h: struct Tr { Q_DECLARE_TR_FUNCTIONS(sgl::<library>) };), called as
# Tr::tr("..."): lupdate files the message under the library's context. This check refuses what
# would bypass it: a file-local tr() wrapper, the QT_TRANSLATE_NOOP-in-tr() idiom it needed,
# QCoreApplication::translate with its own context, and a bare tr("...") outside a Q_OBJECT class
# (it would stay French in the English GUI).
# Usage: check_translations.sh <source dir>
set -euo pipefail
root=${1:?usage: check_translations.sh <source dir>}
cd "$root"
layers=(src/domain src/storage src/workflow src/interop src/simulators)
fail=0
report() { echo "$1" >&2; echo "$2" >&2; fail=1; }

wrappers=$(grep -rnE '^\s*(static\s+)?QString\s+tr\s*\(\s*const char' "${layers[@]}" --include='*.cpp' --include='*.h' || true)
[ -n "$wrappers" ] && report "Fonction tr() locale : utilisez Tr::tr (src/<bibliothèque>/Tr.h) :" "$wrappers"

noop=$(grep -rnE 'tr\(\(QT_TRANSLATE_NOOP' "${layers[@]}" --include='*.cpp' --include='*.h' || true)
[ -n "$noop" ] && report "tr((QT_TRANSLATE_NOOP(...))) : écrivez Tr::tr(\"...\") :" "$noop"

translate=$(grep -rnE 'QCoreApplication::translate\(' "${layers[@]}" --include='*.cpp' --include='*.h' || true)
[ -n "$translate" ] && report "QCoreApplication::translate avec un contexte à part : utilisez Tr::tr :" "$translate"

# Q_OBJECT classes are left out: lupdate sees their tr() under the class context.
bare=$(grep -rnE '(^|[^A-Za-z_:.>])tr\("' "${layers[@]}" --include='*.cpp' --include='*.h' \
      | while IFS=: read -r file rest; do
            base=${file%.*}
            grep -qs 'Q_OBJECT' "$base.h" "$base.cpp" || printf '%s:%s\n' "$file" "$rest"
        done || true)
[ -n "$bare" ] && report "Littéral passé à tr() hors classe Q_OBJECT (absent de la traduction anglaise) :" "$bare"

# Deferred messages (tables translated later) are marked with the library's own context.
ctx=$(grep -rnE 'QT_TRANSLATE_NOOP\("' "${layers[@]}" --include='*.cpp' --include='*.h' \
      | grep -vE 'QT_TRANSLATE_NOOP\("sgl::(domain|storage|workflow|interop::[a-z0-9]+|simulators::[a-z0-9]+)"' || true)
[ -n "$ctx" ] && report "QT_TRANSLATE_NOOP avec un autre contexte que celui de la bibliothèque :" "$ctx"

[ $fail -eq 0 ] && echo "translations ok"
exit $fail
