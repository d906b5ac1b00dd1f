#include "domain/identity/IdentityEvidence.h"

#include <array>
#include <utility>

namespace sgl::domain {

namespace {
constexpr std::array<std::pair<EvidenceType, const char *>, 7> kCodes{{
    {EvidenceType::IdentityCard, "CNI"},
    {EvidenceType::Passport, "PASSEPORT"},
    {EvidenceType::ResidencePermit, "TITRE_SEJOUR"},
    {EvidenceType::BirthCertificateBook, "LIVRET_FAMILLE"},
    {EvidenceType::DrivingLicence, "PERMIS"},
    {EvidenceType::VitaleCard, "VITALE"},
    {EvidenceType::Other, "AUTRE"},
}};
} // namespace

QString evidenceTypeCode(EvidenceType type)
{
    for (const auto &[t, code] : kCodes)
        if (t == type)
            return QString::fromLatin1(code);
    return QStringLiteral("AUTRE");
}

bool evidenceTypeFromCode(const QString &code, EvidenceType *out)
{
    for (const auto &[t, c] : kCodes) {
        if (code == QLatin1String(c)) {
            *out = t;
            return true;
        }
    }
    return false;
}

bool isHighTrust(EvidenceType type)
{
    return type == EvidenceType::IdentityCard || type == EvidenceType::Passport
        || type == EvidenceType::ResidencePermit;
}

} // namespace sgl::domain
