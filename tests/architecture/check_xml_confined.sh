#!/usr/bin/env bash
# Fails when the C XML libraries leak out of src/interop/xml, the project's one XML layer
# (docs/architecture.md, « interop/xml ») through which every XML read, written, transformed or
# signed goes:
#  - a file outside src/interop/xml (src, tests, benchmarks) includes <libxml/...>,
#    <libxslt/...>, <libexslt/...> or <xmlsec/...>;
#  - a header of src/interop/xml includes one of them (its types must stay opaque: pimpl or
#    forward-declared handles, the library headers only in .cpp files);
#  - a CMakeLists.txt other than src/interop/xml's links libxml2, libxslt or xmlsec1 (the
#    top-level one only finds them).
# Usage: check_xml_confined.sh <source dir>
set -u
root=${1:?usage: check_xml_confined.sh <source dir>}
fail=0
report() { echo "XML LAYER VIOLATION: $1"; fail=1; }
pattern='#\s*include\s*[<"](libxml|libxslt|libexslt|xmlsec)[0-9]*/'

dirs=()
for d in src tests; do [ -d "$root/$d" ] && dirs+=("$root/$d"); done
[ ${#dirs[@]} -eq 0 ] && { echo "no src/ or tests/ under $root"; exit 2; }

outside=$(grep -rnE --include='*.h' --include='*.hpp' --include='*.cpp' --include='*.c' "$pattern" "${dirs[@]}" \
          | grep -v "^$root/src/interop/xml/" | grep -v "^$root/tests/architecture/fixtures/")
[ -n "$outside" ] && report "libxml2/libxslt/xmlsec included outside src/interop/xml (use the interop/xml wrappers):
$outside"

headers=$(grep -rnE --include='*.h' --include='*.hpp' "$pattern" "$root/src/interop/xml" 2>/dev/null)
[ -n "$headers" ] && report "a header of src/interop/xml exposes libxml2/libxslt/xmlsec (keep them in .cpp files):
$headers"

links=$(grep -rnE --include='CMakeLists.txt' '(PkgConfig::)?(LIBXML2|LIBXSLT|XMLSEC[0-9]*)\b' "${dirs[@]}" \
        | grep -v "^$root/src/interop/xml/CMakeLists.txt:" | grep -v "^$root/tests/architecture/fixtures/" \
        | grep -v "^$root/tests/architecture/CMakeLists.txt:")
[ -n "$links" ] && report "libxml2/libxslt/xmlsec linked outside src/interop/xml:
$links"

if [ $fail -eq 0 ]; then echo "xml layer ok"; fi
exit $fail
