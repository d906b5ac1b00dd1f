#!/usr/bin/env python3
"""Carries translations over when messages change context (a class renamed or split, a
translation helper replaced) in a Qt Linguist .ts file that lupdate just updated.

lupdate keeps a message whose context disappeared as "vanished" (with its translation) and adds
the same source text under its new context as "unfinished". This fills each unfinished message
from a finished or vanished one with the same source text (and the same disambiguation comment),
then drops the vanished and obsolete messages. Run lupdate again afterwards to normalise the file.

Usage: scripts/i18n-carry-translations.py resources/translations/sgl_en.ts
Prints how many messages were filled and lists those that still need a translator.
"""

import sys
import xml.etree.ElementTree as ET


def key(message):
    comment = message.findtext('comment') or ''
    return (message.findtext('source') or '', comment)


def is_done(translation):
    if translation is None:
        return False
    kind = translation.get('type')
    if kind == 'unfinished':
        return False
    forms = translation.findall('numerusform')
    if forms:
        return all((f.text or '').strip() for f in forms)
    return bool((translation.text or '').strip())


def main(path):
    tree = ET.parse(path)
    root = tree.getroot()
    known = {}
    for context in root.findall('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is None:
                continue
            kind = translation.get('type')
            finished = kind in (None, 'vanished', 'obsolete') and (
                bool((translation.text or '').strip()) or any((f.text or '').strip() for f in translation.findall('numerusform')))
            if finished:
                known.setdefault(key(message), translation)
    filled, missing = 0, []
    for context in root.findall('context'):
        for message in list(context.findall('message')):
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else None
            if kind in ('vanished', 'obsolete'):
                context.remove(message)
                continue
            if translation is not None and kind == 'unfinished':
                source = known.get(key(message))
                if source is not None:
                    translation.text = source.text
                    for f in list(translation):
                        translation.remove(f)
                    for f in source.findall('numerusform'):
                        copy = ET.SubElement(translation, 'numerusform')
                        copy.text = f.text
                    del translation.attrib['type']
                    filled += 1
                else:
                    missing.append((context.findtext('name'), message.findtext('source')))
        if not context.findall('message'):
            root.remove(context)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print('%d message(s) repris d\'un autre contexte' % filled)
    for ctx, src in missing:
        print('À traduire : [%s] %s' % (ctx, src))
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(1)
    sys.exit(main(sys.argv[1]))
