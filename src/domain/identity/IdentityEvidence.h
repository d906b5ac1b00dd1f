#pragma once

#include <QDateTime>
#include <QString>

namespace sgl::domain {

/** Kind of identity document presented at the desk (RNIV: only some are high trust). */
enum class EvidenceType {
    IdentityCard,        ///< carte nationale d'identité (high trust)
    Passport,            ///< passeport (high trust)
    ResidencePermit,     ///< titre de séjour (high trust)
    BirthCertificateBook,///< livret de famille / extrait d'acte de naissance (minors; not high trust)
    DrivingLicence,      ///< permis de conduire (not high trust)
    VitaleCard,          ///< carte Vitale (not an identity document)
    Other
};

/** Stable storage code ("CNI", "PASSEPORT", ...). */
[[nodiscard]] QString evidenceTypeCode(EvidenceType type);
[[nodiscard]] bool evidenceTypeFromCode(const QString &code, EvidenceType *out);
/** RNIV: passport, national identity card and residence permit are high-trust evidence. */
[[nodiscard]] bool isHighTrust(EvidenceType type);

/** One identity document seen by a user, recorded with who checked it and when. */
struct IdentityEvidence {
    qint64 id = 0;
    EvidenceType type = EvidenceType::Other;
    QString reference;   ///< optional document number, never printed on reports
    QString checkedBy;   ///< login of the user who saw the document
    QDateTime checkedAt; ///< UTC
    friend bool operator==(const IdentityEvidence &, const IdentityEvidence &) = default;
};

} // namespace sgl::domain
