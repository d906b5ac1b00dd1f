#pragma once

#include "simulators/dmp/DmpRegistry.h"
#include "simulators/dmp/DmpSignatureVerifier.h"
#include "simulators/dmp/DmpSimulatorConfig.h"
#include "simulators/dmp/DmpValueSets.h"
#include "simulators/dmp/EbXml.h"
#include "simulators/dmp/XdsErrors.h"

#include <QHash>

namespace sgl::simulators::dmp {

/** What an ITI-41 submission becomes once accepted (or why it is refused). */
struct Iti41Outcome {
    QList<RegistryError> errors;         ///< empty = accepted
    QString submissionSetUniqueId;
    QList<DmpStoredEntry> entries;       ///< new entries, documents and signature
    QStringList replacedUuids;           ///< RPLC targets, to deprecate
    QStringList notes;                   ///< tolerances applied (call log)
};

/**
 * The TD2.1 (ITI-41) metadata rules of the simulator, all applied so that the client gets every
 * problem at once. Rules (dmp-wire-facts §2.4, national-services §1.5):
 * one SubmissionSet (submissionTime, author with family/given names, contentTypeCode, patientId INS
 * with an accepted OID, sourceId and uniqueId OIDs); each DocumentEntry with UTC times, author names,
 * classCode/typeCode/formatCode/confidentialityCode/healthcareFacilityTypeCode/practiceSettingCode
 * in their value sets, the same patientId, a uniqueId not yet stored (XDSDuplicateUniqueIdInRegistry
 * when the stored content is identical, XDSNonIdenticalHash otherwise), hash/size equal to the
 * document when given, a Document part (XDSMissingDocument / XDSMissingDocumentMetadata); exactly
 * one signature entry, masked (MASQUE_PS + INVISIBLE_PATIENT), with its `signs` association and its
 * XAdES verified through the DmpSignatureVerifier (signature, trust, Manifest digests of the
 * documents) once the metadata is otherwise valid; HasMember for each entry; RPLC only towards an
 * Approved entry of the same patient.
 *
 * Tolerances for the official TD2.1 request: SOAP 1.1 (parser), CX.7 date in patientId, a Document
 * id differing only by case from its ExtrinsicObject id (noted in the call log).
 */
class Iti41Validator
{
public:
    Iti41Validator(const DmpSimulatorConfig &config, const DmpValueSets &valueSets, const DmpRegistry &registry,
                   DmpSignatureVerifier &verifier);

    /** documents: Document/@id -> bytes; vihfIns: INS of the VIHF resource-id (empty = not checked). */
    [[nodiscard]] Iti41Outcome validate(const EbObjectList &objects, const QHash<QString, QByteArray> &documents,
                                        const QString &vihfIns) const;

private:
    const DmpSimulatorConfig &m_config;
    const DmpValueSets &m_valueSets;
    const DmpRegistry &m_registry;
    DmpSignatureVerifier &m_verifier;
};

} // namespace sgl::simulators::dmp
