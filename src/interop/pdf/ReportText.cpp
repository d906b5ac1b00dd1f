#include "interop/pdf/ReportText.h"

#include "interop/pdf/Tr.h"

#include <QRegularExpression>
#include <QStringList>

namespace sgl::interop::pdf::reporttext {

namespace {
} // namespace

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return Tr::tr("%1 à %2").arg(value.toString(QStringLiteral("dd/MM/yyyy")),
                             value.toString(QStringLiteral("HH:mm")));
}

QString birthDate(const domain::IdentityTraits &traits)
{
    static const QRegularExpression raw(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto m = raw.match(traits.birthDateRaw); m.hasMatch())
        return QStringLiteral("%1/%2/%3").arg(m.captured(3), m.captured(2), m.captured(1));
    return date(traits.birthDate);
}

QString unit(const QString &ucum)
{
    if (ucum.isEmpty() || ucum == QLatin1String("1") || ucum == QLatin1String("{ratio}"))
        return {};
    if (ucum == QLatin1String("10*9/L"))
        return QStringLiteral("G/L");
    if (ucum == QLatin1String("10*12/L"))
        return QStringLiteral("T/L");
    if (ucum == QLatin1String("10*6/L"))
        return QStringLiteral("/mL");
    QString out = ucum;
    out.replace(QStringLiteral("[IU]"), QStringLiteral("UI"));
    out.replace(QStringLiteral("[iU]"), QStringLiteral("UI"));
    out.replace(QStringLiteral("/uL"), QStringLiteral("/µL"));
    if (out.startsWith(QLatin1Char('u')))
        out.replace(0, 1, QChar(0x00B5));
    out.replace(QStringLiteral("/u"), QStringLiteral("/µ"));
    // Drop UCUM annotations such as {cells}: they are not printed units.
    while (true) {
        const auto open = out.indexOf(QLatin1Char('{'));
        const auto close = out.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0)
            break;
        out.remove(open, close - open + 1);
    }
    return out;
}

QString decimal(const QString &number)
{
    QString out = number;
    out.replace(QLatin1Char('.'), QLatin1Char(','));
    return out;
}

QString value(const domain::ResultValue &v)
{
    using Kind = domain::ResultValue::Kind;
    switch (v.kind) {
    case Kind::Empty: return {};
    case Kind::Numeric: {
        QString prefix;
        switch (v.comparator) {
        case domain::Comparator::None: break;
        case domain::Comparator::Less: prefix = QStringLiteral("< "); break;
        case domain::Comparator::LessOrEqual: prefix = QStringLiteral("≤ "); break;
        case domain::Comparator::Greater: prefix = QStringLiteral("> "); break;
        case domain::Comparator::GreaterOrEqual: prefix = QStringLiteral("≥ "); break;
        }
        return prefix + decimal(v.number);
    }
    case Kind::Coded: return v.coded.displayName.isEmpty() ? v.coded.code : v.coded.displayName;
    case Kind::Text: return v.text;
    }
    return {};
}

QString ranges(const QList<domain::ReferenceInterval> &intervals)
{
    QStringList parts;
    for (const auto &r : intervals) {
        if (!r.text.isEmpty())
            parts << r.text;
        else if (!r.low.isEmpty() && !r.high.isEmpty())
            parts << QStringLiteral("%1 – %2").arg(decimal(r.low), decimal(r.high));
        else if (!r.low.isEmpty())
            parts << QStringLiteral("≥ %1").arg(decimal(r.low));
        else if (!r.high.isEmpty())
            parts << QStringLiteral("≤ %1").arg(decimal(r.high));
    }
    return parts.join(QStringLiteral("; "));
}

QString flag(const std::optional<domain::AbnormalFlag> &f)
{
    if (!f)
        return {};
    using F = domain::AbnormalFlag;
    switch (*f) {
    case F::Normal: return {};
    case F::Low: return QStringLiteral("B");
    case F::High: return QStringLiteral("H");
    case F::CriticalLow: return QStringLiteral("BB");
    case F::CriticalHigh: return QStringLiteral("HH");
    case F::Abnormal: return QStringLiteral("A");
    case F::CriticalAbnormal: return QStringLiteral("AA");
    case F::BelowAbsoluteLow: return QStringLiteral("<");
    case F::AboveAbsoluteHigh: return QStringLiteral(">");
    }
    return {};
}

bool isAbnormal(const std::optional<domain::AbnormalFlag> &f)
{
    return f && *f != domain::AbnormalFlag::Normal;
}

QString insGrouped(const domain::Ins &ins)
{
    const QString s = ins.full();
    if (s.size() != 15)
        return s;
    return QStringList{s.mid(0, 1), s.mid(1, 2), s.mid(3, 2), s.mid(5, 2), s.mid(7, 3),
                       s.mid(10, 3), s.mid(13, 2)}
        .join(QLatin1Char(' '));
}

QString insNature(const QString &oid)
{
    if (oid == QLatin1String("1.2.250.1.213.1.4.8"))
        return QStringLiteral("NIR");
    if (oid == QLatin1String("1.2.250.1.213.1.4.9"))
        return QStringLiteral("NIA");
    if (oid == QLatin1String("1.2.250.1.213.1.4.10"))
        return Tr::tr("NIR de test");
    if (oid == QLatin1String("1.2.250.1.213.1.4.11"))
        return Tr::tr("NIR de démonstration");
    return oid;
}

QString professional(const domain::HealthProfessional &p)
{
    QStringList parts;
    if (!p.prefix.isEmpty())
        parts << p.prefix;
    if (!p.givenName.isEmpty())
        parts << p.givenName;
    if (!p.familyName.isEmpty())
        parts << p.familyName.toUpper();
    return parts.join(QLatin1Char(' '));
}

QString organisation(const domain::Organisation &o)
{
    QStringList parts;
    if (!o.name.isEmpty())
        parts << o.name;
    if (!o.streetLine.isEmpty())
        parts << o.streetLine;
    const QString city = QStringList{o.postalCode, o.city}.join(QLatin1Char(' ')).trimmed();
    if (!city.isEmpty())
        parts << city;
    return parts.join(QStringLiteral(", "));
}

} // namespace sgl::interop::pdf::reporttext
