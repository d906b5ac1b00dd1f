#include "domain/identity/PhoneticKey.h"

#include "domain/identity/NameNormaliser.h"

namespace sgl::domain {

namespace {

bool isVowel(char16_t c)
{
    return c == u'A' || c == u'E' || c == u'I' || c == u'O' || c == u'U' || c == u'Y';
}

class Scanner
{
public:
    explicit Scanner(const QString &s) : m_s(s) {}

    [[nodiscard]] char16_t at(qsizetype i) const { return i < m_s.size() ? m_s[i].unicode() : u'\0'; }
    [[nodiscard]] bool startsWith(qsizetype i, const char16_t *text) const
    {
        for (qsizetype k = 0; text[k] != u'\0'; ++k)
            if (at(i + k) != text[k])
                return false;
        return true;
    }
    // A nasal vowel needs N/M followed by a consonant (not N/M again) or the end.
    [[nodiscard]] bool nasalAt(qsizetype nm) const
    {
        const char16_t n = at(nm);
        if (n != u'N' && n != u'M')
            return false;
        const char16_t next = at(nm + 1);
        return next == u'\0' || (!isVowel(next) && next != u'N' && next != u'M' && next != u'H');
    }
    [[nodiscard]] qsizetype size() const { return m_s.size(); }
    // True when only silent final consonants (S, T, D, X, Z) remain from position i.
    [[nodiscard]] bool silentFrom(qsizetype i) const
    {
        for (; i < m_s.size(); ++i) {
            const char16_t c = m_s[i].unicode();
            if (c != u'S' && c != u'T' && c != u'D' && c != u'X' && c != u'Z')
                return false;
        }
        return true;
    }

private:
    const QString &m_s;
};

} // namespace

QString PhoneticKey::of(const QString &name)
{
    const QString s = NameNormaliser::compact(name);
    if (s.isEmpty())
        return {};
    const Scanner sc(s);
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < sc.size()) {
        const char16_t c = sc.at(i);
        const char16_t n1 = sc.at(i + 1);
        if ((sc.startsWith(i, u"AIN") || sc.startsWith(i, u"EIN")) && sc.nasalAt(i + 2)) {
            out += u'3';
            i += 3;
        } else if ((c == u'A' || c == u'E') && sc.nasalAt(i + 1)) {
            out += u'1';
            i += 2;
        } else if (c == u'O' && sc.nasalAt(i + 1)) {
            out += u'2';
            i += 2;
        } else if ((c == u'I' || c == u'Y' || c == u'U') && sc.nasalAt(i + 1)) {
            out += u'3';
            i += 2;
        } else if (sc.startsWith(i, u"EAU")) {
            out += u'O';
            i += 3;
        } else if (sc.startsWith(i, u"AU")) {
            out += u'O';
            i += 2;
        } else if (sc.startsWith(i, u"OU")) {
            out += u'U';
            i += 2;
        } else if (sc.startsWith(i, u"AI") || sc.startsWith(i, u"EI") || sc.startsWith(i, u"OE")) {
            out += u'E';
            i += 2;
        } else if (sc.startsWith(i, u"SCH")) {
            out += u'X';
            i += 3;
        } else if (sc.startsWith(i, u"CH") || sc.startsWith(i, u"SH")) {
            out += u'X';
            i += 2;
        } else if (sc.startsWith(i, u"PH")) {
            out += u'F';
            i += 2;
        } else if (sc.startsWith(i, u"QU") || sc.startsWith(i, u"CK")) {
            out += u'K';
            i += 2;
        } else if (sc.startsWith(i, u"BV")) {
            out += u'V';
            i += 2;
        } else if (sc.startsWith(i, u"GN")) {
            out += u'N';
            i += 2;
        } else if (c == u'G' && n1 == u'U' && (sc.at(i + 2) == u'E' || sc.at(i + 2) == u'I' || sc.at(i + 2) == u'Y')) {
            out += u'G';
            i += 2;
        } else if (c == u'G') {
            out += (n1 == u'E' || n1 == u'I' || n1 == u'Y') ? u'J' : u'G';
            ++i;
        } else if (c == u'C') {
            out += (n1 == u'E' || n1 == u'I' || n1 == u'Y') ? u'S' : u'K';
            ++i;
        } else if ((c == u'E') && (n1 == u'R' || n1 == u'Z' || n1 == u'T') && sc.silentFrom(i + 2)) {
            out += u'E';
            i += 2;
        } else {
            switch (c) {
            case u'H': break;
            case u'Q': out += u'K'; break;
            case u'W': out += u'V'; break;
            case u'Y': out += u'I'; break;
            case u'Z': out += u'S'; break;
            case u'X': out += sc.silentFrom(i + 1) ? QStringLiteral("X") : QStringLiteral("KS"); break;
            default: out += c; break;
            }
            ++i;
        }
    }
    // Silent endings: "FABRES" -> "FABRE" -> "FABR"; keep at least two codes.
    for (bool changed = true; changed && out.size() > 2;) {
        const char16_t last = out.back().unicode();
        changed = last == u'E' || last == u'T' || last == u'D' || last == u'S' || last == u'X';
        if (changed)
            out.chop(1);
    }
    QString collapsed;
    collapsed.reserve(out.size());
    for (const QChar c : out)
        if (collapsed.isEmpty() || collapsed.back() != c)
            collapsed += c;
    return collapsed;
}

} // namespace sgl::domain
