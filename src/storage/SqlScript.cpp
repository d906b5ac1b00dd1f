#include "storage/SqlScript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sgl::storage {

namespace {
bool isTrigger(const QString &statement)
{
    static const QRegularExpression re(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression re(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}
} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList out;
    QString current;
    const qsizetype n = script.size();
    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            out << s;
        current.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (c == u'-' && next == u'-') { // line comment
            while (i < n && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && next == u'*') { // block comment
            i += 2;
            while (i + 1 < n && !(script[i] == u'*' && script[i + 1] == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted literal or identifier ('' escapes itself)
            current += c;
            ++i;
            while (i < n) {
                current += script[i];
                if (script[i] == c) {
                    if (i + 1 < n && script[i + 1] == c) {
                        current += script[++i];
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c == u'$') { // dollar quote: $$ or $tag$
            qsizetype j = i + 1;
            while (j < n && (script[j].isLetterOrNumber() || script[j] == u'_'))
                ++j;
            if (j < n && script[j] == u'$') {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype close = script.indexOf(tag, j + 1);
                const qsizetype end = close < 0 ? n : close + tag.size();
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        if (c == u';') {
            if (isTrigger(current) && !endsWithEnd(current)) {
                current += c;
                continue;
            }
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return out;
}

} // namespace sgl::storage
