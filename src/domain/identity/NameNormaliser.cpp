#include "domain/identity/NameNormaliser.h"

namespace sgl::domain {

QString NameNormaliser::forInsi(const QString &name)
{
    // NFKD splits accented letters into base + combining mark; the marks are then dropped.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        QString piece;
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue;
        if (u == u'Œ' || u == u'œ')
            piece = QStringLiteral("OE");
        else if (u == u'Æ' || u == u'æ')
            piece = QStringLiteral("AE");
        else if (u == u'ß')
            piece = QStringLiteral("SS");
        else if (u == u'Ø' || u == u'ø')
            piece = QStringLiteral("O");
        else if (u == u'\'' || u == u'\u2019' || u == u'\u02BC' || u == u'`')
            piece = QStringLiteral("'");
        else if (u == u'-' || u == u'\u2010' || u == u'\u2011')
            piece = QStringLiteral("-");
        else if (c.isSpace())
            piece = QStringLiteral(" ");
        else if (c.isLetter() && u < 0x80)
            piece = c.toUpper();
        else
            continue;
        if (piece == QLatin1String(" ")) {
            if (lastSpace)
                continue;
            lastSpace = true;
        } else {
            lastSpace = false;
        }
        out += piece;
    }
    return out.trimmed();
}

QString NameNormaliser::forComparison(const QString &name)
{
    QString s = forInsi(name);
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    s.replace(QLatin1Char('\''), QLatin1Char(' '));
    return s.simplified();
}

QString NameNormaliser::compact(const QString &name)
{
    QString s = forComparison(name);
    s.remove(QLatin1Char(' '));
    return s;
}

} // namespace sgl::domain
