#include "simulators/mss/MssImapSyntax.h"

#include <algorithm>

namespace sgl::simulators::mss {

namespace {

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"'
           && c != '\\' && c != ']';
}

bool isNumber(const QByteArray &s)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return s.toLongLong() > 0;
}

} // namespace

std::optional<QList<QByteArray>> MssImapSyntax::split(const QByteArray &arguments)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const char c = arguments[i];
        if (quoted) {
            if (c == '\\' && i + 1 < arguments.size()) {
                current += arguments[++i];
            } else if (c == '"') {
                quoted = false;
                if (depth > 0)
                    current += c;
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
            if (depth > 0)
                current += c;
            continue;
        }
        if (c == '{' && depth == 0)
            return std::nullopt;
        if (c == '(' || c == '[')
            ++depth;
        else if (c == ')' || c == ']') {
            if (--depth < 0)
                return std::nullopt;
        }
        if (c == ' ' && depth == 0) {
            if (any)
                out << current;
            current.clear();
            any = false;
            continue;
        }
        current += c;
        any = true;
    }
    if (quoted || depth != 0)
        return std::nullopt;
    if (any)
        out << current;
    return out;
}

bool MssImapSyntax::isTag(const QByteArray &tag)
{
    if (tag.isEmpty() || tag.size() > 64)
        return false;
    for (const char c : tag) {
        if (!isAtomChar(c) || c == '+')
            return false;
    }
    return true;
}

bool MssImapSyntax::isSequenceSet(const QByteArray &set)
{
    if (set.isEmpty())
        return false;
    for (const QByteArray &range : set.split(',')) {
        const QList<QByteArray> ends = range.split(':');
        if (ends.size() > 2)
            return false;
        for (const QByteArray &e : ends) {
            if (e != "*" && !isNumber(e))
                return false;
        }
    }
    return true;
}

bool MssImapSyntax::inSequenceSet(const QByteArray &set, qint64 value, qint64 largest)
{
    for (const QByteArray &range : set.split(',')) {
        const QList<QByteArray> ends = range.split(':');
        const qint64 a = ends[0] == "*" ? largest : ends[0].toLongLong();
        const qint64 b = ends.size() == 1 ? a : (ends[1] == "*" ? largest : ends[1].toLongLong());
        if (value >= qMin(a, b) && value <= qMax(a, b))
            return true;
    }
    return false;
}

QByteArray MssImapSyntax::unparenthesised(const QByteArray &token)
{
    if (token.startsWith('(') && token.endsWith(')'))
        return token.mid(1, token.size() - 2).trimmed();
    return token;
}

std::optional<QStringList> MssImapSyntax::flags(const QByteArray &token)
{
    static const QList<QByteArray> system{"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};
    QStringList out;
    const QByteArray inner = unparenthesised(token);
    if (inner.isEmpty())
        return out;
    for (const QByteArray &f : inner.split(' ')) {
        if (f.isEmpty())
            continue;
        if (f.startsWith('\\')) {
            const auto it = std::find_if(system.begin(), system.end(),
                                         [&](const QByteArray &s) { return s.compare(f, Qt::CaseInsensitive) == 0; });
            if (it == system.end())
                return std::nullopt;
            out << QString::fromLatin1(*it);
            continue;
        }
        if (f.size() > 64 || !std::all_of(f.begin(), f.end(), isAtomChar) || f.contains('['))
            return std::nullopt;
        out << QString::fromLatin1(f);
    }
    out.removeDuplicates();
    return out;
}

} // namespace sgl::simulators::mss
