#include "domain/directory/DirectoryKey.h"

namespace sgl::domain {

QString DirectoryKey::of(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            out += QChar(c.unicode() - u'a' + u'A');
        else if ((c.unicode() >= u'A' && c.unicode() <= u'Z') || (c.unicode() >= u'0' && c.unicode() <= u'9'))
            out += c;
        else if (c == u'ß')
            out += QLatin1StringView("SS");
        else if (c == u'æ' || c == u'Æ')
            out += QLatin1StringView("AE");
        else if (c == u'œ' || c == u'Œ')
            out += QLatin1StringView("OE");
        // combining marks, spaces, hyphens, apostrophes: dropped
    }
    return out;
}

QString DirectoryKey::upperBound(const QString &prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const char16_t last = bound.back().unicode();
        if (last != u'Z' && last != u'9' && last < 0xFFFF) {
            bound.back() = QChar(char16_t(last + 1));
            return bound;
        }
        bound.chop(1);
    }
    return {};
}

} // namespace sgl::domain
