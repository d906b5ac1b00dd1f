#include "domain/lab/DossierStatus.h"

#include "domain/Tr.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {
constexpr std::array<std::pair<DossierStatus, const char *>, 6> kCodes{{
    {DossierStatus::Registered, "registered"},
    {DossierStatus::InProgress, "in_progress"},
    {DossierStatus::TechnicallyValidated, "technically_validated"},
    {DossierStatus::Validated, "validated"},
    {DossierStatus::Reported, "reported"},
    {DossierStatus::Cancelled, "cancelled"},
}};
} // namespace

QString dossierStatusCode(DossierStatus status)
{
    for (const auto &[s, c] : kCodes)
        if (s == status)
            return QString::fromLatin1(c);
    return QStringLiteral("registered");
}

std::optional<DossierStatus> dossierStatusFromCode(const QString &code)
{
    for (const auto &[s, c] : kCodes)
        if (code == QLatin1String(c))
            return s;
    return std::nullopt;
}

QString dossierStatusLabel(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Registered:
        return Tr::tr("Enregistré");
    case DossierStatus::InProgress:
        return Tr::tr("En cours");
    case DossierStatus::TechnicallyValidated:
        return Tr::tr("Validé techniquement");
    case DossierStatus::Validated:
        return Tr::tr("Validé");
    case DossierStatus::Reported:
        return Tr::tr("Compte rendu émis");
    case DossierStatus::Cancelled:
        return Tr::tr("Annulé");
    }
    return {};
}

bool dossierTransitionAllowed(DossierStatus from, DossierStatus to)
{
    using D = DossierStatus;
    switch (from) {
    case D::Registered:
        return to == D::InProgress || to == D::Cancelled;
    case D::InProgress:
        return to == D::TechnicallyValidated || to == D::Validated || to == D::Cancelled;
    case D::TechnicallyValidated:
        return to == D::InProgress || to == D::Validated || to == D::Cancelled;
    case D::Validated:
        return to == D::Reported || to == D::InProgress || to == D::Cancelled;
    case D::Reported:
        return to == D::InProgress;
    case D::Cancelled:
        return false;
    }
    return false;
}

} // namespace sgl::domain
