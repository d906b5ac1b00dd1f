#include "domain/catalogue/DeltaRule.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QLocale>

#include <cmath>

namespace sgl::domain {

namespace {

QString at(const QString &location, const char *field)
{
    const QString f = QString::fromLatin1(field);
    return location.isEmpty() ? f : QStringLiteral("%1, %2").arg(location, f);
}

} // namespace

QList<Error> DeltaRule::problems(const QString &location) const
{
    QList<Error> out;
    if (!absolute && !relativePercent)
        out << Error{QString(errc::CatalogueDeltaRule),
                     Tr::tr("Contrôle delta sans seuil : donnez un seuil absolu, un seuil relatif (%) ou les deux."),
                     at(location, "delta_absolute")};
    if (absolute && (!std::isfinite(*absolute) || *absolute <= 0))
        out << Error{QString(errc::CatalogueDeltaRule),
                     Tr::tr("Le seuil absolu du contrôle delta doit être un nombre positif."),
                     at(location, "delta_absolute")};
    if (relativePercent && (!std::isfinite(*relativePercent) || *relativePercent <= 0))
        out << Error{QString(errc::CatalogueDeltaRule),
                     Tr::tr("Le seuil relatif du contrôle delta doit être un pourcentage positif."),
                     at(location, "delta_relative")};
    if (windowDays <= 0)
        out << Error{QString(errc::CatalogueDeltaRule),
                     Tr::tr("La fenêtre du contrôle delta doit compter au moins un jour."),
                     at(location, "delta_window_days")};
    return out;
}

QString DeltaRule::displayFr(const QString &unit) const
{
    const QLocale fr(QLocale::French);
    QStringList parts;
    if (absolute)
        parts << (unit.isEmpty() ? fr.toString(*absolute, 'g', 10)
                                 : QStringLiteral("%1 %2").arg(fr.toString(*absolute, 'g', 10), unit));
    if (relativePercent)
        parts << QStringLiteral("%1 %").arg(fr.toString(*relativePercent, 'g', 10));
    return Tr::tr("Δ ≥ %1 en %n jour(s)", nullptr, windowDays).arg(parts.join(Tr::tr(" ou ")));
}

} // namespace sgl::domain
