#include "domain/lab/NonConformity.h"

#include "domain/Tr.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {

using R = NonConformity::Reason;
constexpr std::array<std::pair<R, const char *>, 10> kReasons{{
    {R::Haemolysed, "haemolysed"},
    {R::Clotted, "clotted"},
    {R::InsufficientVolume, "insufficient_volume"},
    {R::WrongContainer, "wrong_container"},
    {R::Unlabelled, "unlabelled"},
    {R::Mislabelled, "mislabelled"},
    {R::TransportDelay, "transport_delay"},
    {R::TemperatureExceeded, "temperature_exceeded"},
    {R::IdentityMismatch, "identity_mismatch"},
    {R::Other, "other"},
}};

} // namespace

QString nonConformityReasonCode(NonConformity::Reason reason)
{
    for (const auto &[r, code] : kReasons)
        if (r == reason)
            return QString::fromLatin1(code);
    return QStringLiteral("other");
}

std::optional<NonConformity::Reason> nonConformityReasonFromCode(const QString &code)
{
    for (const auto &[r, c] : kReasons)
        if (code == QLatin1String(c))
            return r;
    return std::nullopt;
}

QList<NonConformity::Reason> allNonConformityReasons()
{
    QList<NonConformity::Reason> out;
    for (const auto &[r, c] : kReasons)
        out << r;
    return out;
}

QString nonConformityReasonLabel(NonConformity::Reason reason)
{
    switch (reason) {
    case R::Haemolysed: return Tr::tr("Échantillon hémolysé");
    case R::Clotted: return Tr::tr("Échantillon coagulé");
    case R::InsufficientVolume: return Tr::tr("Volume insuffisant");
    case R::WrongContainer: return Tr::tr("Tube inadapté");
    case R::Unlabelled: return Tr::tr("Tube non étiqueté");
    case R::Mislabelled: return Tr::tr("Étiquetage erroné");
    case R::TransportDelay: return Tr::tr("Délai d'acheminement dépassé");
    case R::TemperatureExceeded: return Tr::tr("Température de transport non respectée");
    case R::IdentityMismatch: return Tr::tr("Discordance d'identité");
    case R::Other: break;
    }
    return Tr::tr("Autre non-conformité");
}

QString nonConformityConsequenceCode(NonConformity::Consequence consequence)
{
    return consequence == NonConformity::Consequence::NewSampleRequested ? QStringLiteral("new_sample")
                                                                          : QStringLiteral("reservation");
}

std::optional<NonConformity::Consequence> nonConformityConsequenceFromCode(const QString &code)
{
    if (code == u"new_sample")
        return NonConformity::Consequence::NewSampleRequested;
    if (code == u"reservation")
        return NonConformity::Consequence::PerformedWithReservation;
    return std::nullopt;
}

QString NonConformity::reservationText() const
{
    const QString what = nonConformityReasonLabel(reason);
    return comment.isEmpty() ? Tr::tr("Réserve : %1.").arg(what) : Tr::tr("Réserve : %1 (%2).").arg(what, comment);
}

} // namespace sgl::domain
