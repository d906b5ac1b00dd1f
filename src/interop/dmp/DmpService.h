#pragma once

#include "domain/Error.h"
#include "interop/xds/XdsMetadata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::interop::dmp {

/**
 * The patient as the DMP identifies him: the 15-character INS and the OID of its authority
 * (1.2.250.1.213.1.4.8 NIR, .9 NIA in production; .10 NIR, .11 NIA on test platforms), carried
 * unchanged into the VIHF resource, the TD0.2 request and compared with the document's metadata.
 */
struct PatientIns {
    QString value; ///< 15 characters
    QString oid;   ///< assigning authority of this INS
    PatientIns() = default;
    PatientIns(QString insValue, QString insOid) : value(std::move(insValue)), oid(std::move(insOid)) {}
    /**
     * A test NIR (OID 1.2.250.1.213.1.4.10), the case of the official examples: for tests and
     * tools only. Product code passes the OID of the patient's INS (DmpSender reads it from the
     * document it sends).
     */
    PatientIns(const QString &nirTest) // NOLINT(google-explicit-constructor): tests' shorthand
        : value(nirTest), oid(QStringLiteral("1.2.250.1.213.1.4.10"))
    {
    }
    PatientIns(const char *nirTest) : PatientIns(QString::fromLatin1(nirTest)) {} // NOLINT
    /** "<INS>^^^&<OID>&ISO^NH" (XDS patientId, VIHF Resource_ID). */
    [[nodiscard]] QString cx() const { return value + QStringLiteral("^^^&") + oid + QStringLiteral("&ISO^NH"); }
};

/** TD0.2 answer (PRPA_IN201308UV02). */
struct DmpExistence {
    bool found = false;                      ///< queryResponseCode OK (a DMP exists), NF otherwise
    QString authorization;                   ///< AUTORISATION: VALIDE, INTERDIT, EXPIRE, NON_EXISTE (empty when absent)
    std::optional<bool> treatingDoctor;      ///< STATUT_MT
    std::optional<bool> internetAccountOpen; ///< COMPTE_INTERNET_OUVERT
    QString patientStatus;                   ///< patient/statusCode (active...)
};

/** One CR-BIO to publish. */
struct DmpDocument {
    PatientIns ins;                 ///< INS of the patient (qualified identity) with its OID
    QByteArray cda;                 ///< the CDA bytes as stored (N3 or N1)
    QStringList confidentialityCodes = {QStringLiteral("N")}; ///< SharingChoices::dmpConfidentialityCodes()
    QString replacesUniqueId;       ///< uniqueId of the version it replaces (RPLC), empty for a first version
};

/** What the DMP accepted. */
struct DmpPublication {
    QString uniqueId;               ///< the document's uniqueId
    QString submissionSetUniqueId;
    QString replacedEntryUuid;      ///< entryUUID of the replaced version (RPLC), empty when none
};

enum class DmpAvailability { Archived, Deleted };

/**
 * The DMP operations the SGL uses (profile "Alimentation": TD0.2, TD2.1, TD3.1b, TD3.3a–d).
 * Implemented by DmpClient over HTTPS; tests of the dispatch layer use an in-memory fake.
 * Blocking; errors carry stable codes (DmpFailure::isTransient tells a retry from a refusal).
 */
class DmpService {
public:
    virtual ~DmpService() = default;
    /** TD0.2 test d'existence of the patient's DMP. */
    [[nodiscard]] virtual domain::Result<DmpExistence> testExistence(const PatientIns &ins) = 0;
    /** TD3.1b: the registry entries with this uniqueId (empty list when the DMP has none). */
    [[nodiscard]] virtual domain::Result<QList<xds::DocumentEntry>> findByUniqueId(const PatientIns &ins,
                                                                                   const QString &uniqueId) = 0;
    /** TD2.1 (ITI-41): publishes the document with its XAdES signature, RPLC when it replaces a version. */
    [[nodiscard]] virtual domain::Result<DmpPublication> provideAndRegister(const DmpDocument &document) = 0;
    /**
     * TD3.3a/b (ITI-57): sets the DMP masking codes of a published document (MASQUE_PS,
     * INVISIBLE_PATIENT, INVISIBLE_REPRESENTANTS_LEGAUX; "N" is always kept). Empty = unmask all.
     */
    [[nodiscard]] virtual domain::Status updateConfidentiality(const PatientIns &ins, const QString &uniqueId,
                                                               const QStringList &maskCodes) = 0;
    /** TD3.3c/d (ITI-57): deletes or archives a published document. */
    [[nodiscard]] virtual domain::Status updateAvailability(const PatientIns &ins, const QString &uniqueId,
                                                            DmpAvailability availability) = 0;
};

} // namespace sgl::interop::dmp
