#!/usr/bin/env python3
"""Error codes ("<module>.<reason>", domain::Error::code) are declared once per library, in
src/<library>/ErrorCodes.h (namespace sgl::<library>::errc, inline constexpr QLatin1StringView),
and call sites use those constants. A string literal where an error is built or compared would
let two spellings of one code drift apart unnoticed, and hide the code from its library's list.

This check names every such literal in src/ (outside the ErrorCodes.h headers), and every
ErrorCodes.h constant whose string does not start with a lowercase module name and a dot.
Usage: check_error_codes.py <source dir>
"""
import os
import re
import sys

LIT = (r'(?:u"[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*"_s|QStringLiteral\("[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*"\)'
       r'|QString::fromLatin1\("[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*"\)|QLatin1String(?:View)?\("[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*"\))')
CONTEXTS = [
    r'\bfail\(\s*',                       # domain::fail(code, message, location)
    r'\bError\s*[{(]\s*',                 # domain::Error{code, ...}
    r'\bfailed\(\s*\w+\s*,\s*\{\s*',      # cli: failed(ctx, {code, ...})
    r'(?:\breturn|=|append\()\s*\{\s*(?=' + LIT + r'\s*,\s*(?:Tr::tr|tr\(|u"[A-ZÀ-Ý]|QStringLiteral\("[A-ZÀ-Ý]))',
    r'\bcode\s*[!=]=\s*',                 # error.code == "..."
    r'\.code\s*=\s*',                     # error.code = "..."
]
# A local helper taking the code first (err("x.y", Tr::tr(...), where)), with a plain literal.
HELPER = re.compile(r'\b\w+\(\s*"[a-z][a-z0-9]*\.[a-z][a-z0-9_.]*"\s*,\s*(?:Tr::tr|tr\(|u"|QStringLiteral)')
PATTERN = re.compile('(?:' + '|'.join(CONTEXTS) + ')' + LIT)
DECL = re.compile(r'inline constexpr QLatin1StringView (\w+)\{"([^"]*)"\}')


def declared_codes(root):
    codes = set()
    for dirpath, _, files in os.walk(os.path.join(root, 'src')):
        if 'ErrorCodes.h' in files:
            text = open(os.path.join(dirpath, 'ErrorCodes.h'), encoding='utf-8').read()
            codes.update(m.group(2) for m in DECL.finditer(text))
    return codes


# Any literal spelling a declared code, whatever surrounds it (a default argument, a table, a
# helper taking `const char *`): the shapes above cannot foresee every call site.
ANY_LIT = re.compile(r'"([a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*)"')


def main(root):
    problems = []
    codes = declared_codes(root)
    for dirpath, dirnames, files in os.walk(os.path.join(root, 'src')):
        dirnames.sort()  # stable report order
        for name in sorted(files):
            if not name.endswith(('.cpp', '.h')):
                continue
            path = os.path.join(dirpath, name)
            text = open(path, encoding='utf-8').read()
            rel = os.path.relpath(path, root)
            if name == 'ErrorCodes.h':
                for m in DECL.finditer(text):
                    if not re.fullmatch(r'[a-z][a-z0-9]*\.[a-z][a-z0-9_.]*', m.group(2)):
                        problems.append('%s: code « %s » (%s) hors de la forme <module>.<raison>' % (rel, m.group(2), m.group(1)))
                continue
            seen = set()
            for m in list(PATTERN.finditer(text)) + list(HELPER.finditer(text)):
                line = text.count('\n', 0, m.start()) + 1
                seen.add(line)
                problems.append('%s:%d: code d\'erreur écrit en littéral : %s' % (rel, line, m.group(0).strip()))
            for m in ANY_LIT.finditer(text):
                line = text.count('\n', 0, m.start()) + 1
                start = text.rfind('\n', 0, m.start()) + 1
                before = text[start:m.start()]
                if '//' in before or before.lstrip().startswith(('*', '/*')):
                    continue  # documentation naming the codes a function returns
                if m.group(1) in codes and line not in seen:
                    problems.append('%s:%d: code d\'erreur écrit en littéral : "%s"' % (rel, line, m.group(1)))
    if problems:
        print('Codes d\'erreur hors de src/<bibliothèque>/ErrorCodes.h :', file=sys.stderr)
        for p in problems:
            print('  ' + p, file=sys.stderr)
        return 1
    print('error codes ok')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else '.'))
