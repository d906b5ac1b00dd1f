#include "simulators/dmp/XdsValues.h"

#include "simulators/dmp/Tr.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace sgl::simulators::dmp::xdsvalues {

std::optional<QString> checkInsPatientId(const QString &value, const QStringList &acceptedOids, QString *ins)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}[0-9]{2})\\^\\^\\^&([0-9.]+)&ISO\\^NH(?:\\^\\^([0-9]{8}(?:[0-9]{2}){0,3}))?$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return Tr::tr("identifiant patient « %1 » : INS attendu sous la forme <INS 15 caractères>^^^&<OID>&ISO^NH.").arg(value);
    if (!acceptedOids.contains(m.captured(2)))
        return Tr::tr("identifiant patient « %1 » : OID d'INS %2 refusé (attendu : %3).")
            .arg(value, m.captured(2), acceptedOids.join(QStringLiteral(", ")));
    if (!m.captured(3).isEmpty() && !QDate::fromString(m.captured(3).left(8), QStringLiteral("yyyyMMdd")).isValid())
        return Tr::tr("identifiant patient « %1 » : date CX.7 invalide.").arg(value);
    if (ins != nullptr)
        *ins = m.captured(1);
    return std::nullopt;
}

std::optional<QString> checkUtcTime(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}(?:[0-9]{2}){0,5}$"));
    if (!re.match(value).hasMatch())
        return Tr::tr("date « %1 » : format AAAAMMJJhhmmss en UTC sans décalage attendu.").arg(value);
    static const QString full = QStringLiteral("yyyyMMddHHmmss");
    const QString padded = value + QStringLiteral("0101000000").right(14 - value.size());
    if (!QDateTime::fromString(padded.left(14), full).isValid())
        return Tr::tr("date « %1 » invalide.").arg(value);
    return std::nullopt;
}

std::optional<QString> checkPersonName(const QString &xcn)
{
    const QStringList c = xcn.split(QLatin1Char('^'));
    if (c.value(1).trimmed().isEmpty() || c.value(2).trimmed().isEmpty())
        return Tr::tr("personne « %1 » : nom (composant 2) et prénom (composant 3) obligatoires.").arg(xcn);
    return std::nullopt;
}

std::optional<QString> checkOid(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+$"));
    if (value.size() > 64 || !re.match(value).hasMatch())
        return Tr::tr("« %1 » n'est pas un OID valide.").arg(value);
    return std::nullopt;
}

} // namespace sgl::simulators::dmp::xdsvalues
