#include "interop/cda/CdaFormat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sgl::interop::cda {

QString CdaFormat::timestamp(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return when.toString(QStringLiteral("yyyyMMddHHmmss"))
        + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10,
                                                                                    QLatin1Char('0'));
}

QString CdaFormat::birthTime(const domain::IdentityTraits &traits)
{
    // INSi may return partial dates ("1979-00-00"): keep only the known precision.
    static const QRegularExpression raw(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = raw.match(traits.birthDateRaw);
    if (m.hasMatch()) {
        QString out = m.captured(1);
        if (m.captured(2) != QLatin1String("00")) {
            out += m.captured(2);
            if (m.captured(3) != QLatin1String("00"))
                out += m.captured(3);
        }
        return out;
    }
    if (traits.birthDate.isValid())
        return traits.birthDate.toString(QStringLiteral("yyyyMMdd"));
    return {};
}

QString CdaFormat::telUrl(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || c == QLatin1Char('+'))
            digits += c;
    }
    return QStringLiteral("tel:") + digits;
}

QString CdaFormat::professionCode(const QString &specialtyCode)
{
    const QString code = specialtyCode.trimmed();
    if (code.isEmpty() || code.startsWith(QLatin1String("G15_")))
        return code;
    return QStringLiteral("G15_10/") + code;
}

QString CdaFormat::titleSuffix(const QString &prefix)
{
    const QString p = prefix.trimmed().toUpper().remove(QLatin1Char('.'));
    static const QStringList titles{QStringLiteral("DR"), QStringLiteral("PR"), QStringLiteral("MC"),
                                    QStringLiteral("MG"), QStringLiteral("PC"), QStringLiteral("PG")};
    return titles.contains(p) ? p : QString();
}

QString CdaFormat::civility(const QString &value)
{
    const QString v = value.trimmed().toUpper().remove(QLatin1Char('.'));
    if (v == QLatin1String("M") || v == QLatin1String("MME"))
        return v;
    return {};
}

bool CdaFormat::isIdentifierRoot(const QString &root)
{
    static const QRegularExpression oidRe(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    static const QRegularExpression uuidRe(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return oidRe.match(root).hasMatch() || uuidRe.match(root).hasMatch();
}

QString CdaFormat::decimal(const QString &number)
{
    QString n = number.trimmed();
    n.replace(QLatin1Char(','), QLatin1Char('.'));
    n.remove(QLatin1Char(' '));
    return n;
}

QDateTime CdaFormat::parseTimestamp(const QString &ts)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.\\d+)?([+-]\\d{4})?$"));
    const auto m = re.match(ts.trimmed());
    if (!m.hasMatch())
        return {};
    auto part = [&](int i, int fallback) { return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt(); };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    if (!date.isValid() || !time.isValid())
        return {};
    if (m.captured(7).isEmpty())
        return QDateTime(date, time, QTimeZone::utc());
    const QString z = m.captured(7);
    const int sign = z.startsWith(QLatin1Char('-')) ? -1 : 1;
    const int offset = sign * (z.mid(1, 2).toInt() * 3600 + z.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace sgl::interop::cda
