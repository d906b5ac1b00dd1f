#pragma once

#include "domain/Error.h"
#include "interop/xds/XdsMetadata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sgl::interop::xds {

/** What the CDA header does not say and the DMP feed needs. */
struct CrBioMappingOptions {
    /** DMP confidentiality codes of the version ("N", then MASQUE_PS / INVISIBLE_PATIENT / INVISIBLE_REPRESENTANTS_LEGAUX). */
    QStringList confidentialityCodes = {QStringLiteral("N")};
    /**
     * PDT-INF-617: the DMP rejects an authorPerson whose family or given name is empty
     * (non-nominative cards). Fallback = certificate O (family) and CN (given).
     */
    QString fallbackFamily;
    QString fallbackGiven;
};

/**
 * CDA R2 header of a CR-BIO (N3 or N1) → XDSDocumentEntry (shared/specs/dmp-wire-facts.md §4,
 * national-services.md §1.5): uniqueId = id root[^extension]; typeCode = ClinicalDocument/code;
 * classCode 10 "Compte rendu"; formatCode urn:ihe:lab:xd-lab:2008 when the CR-BIO or XD-LAB
 * template is declared, urn:ihe:iti:xds-sd:pdf:2008 for a nonXMLBody PDF;
 * healthcareFacilityTypeCode from healthCareFacility/code; practiceSettingCode from the first
 * standardIndustryClassCode; eventCodeList from every documentationOf/serviceEvent/code;
 * creation and service times converted to UTC without offset; patientId from the INS id
 * (<INS>^^^&<OID>&ISO^NH); sourcePatientId the IPP (^PI) or the INS; sourcePatientInfo PID-5
 * (birth name ^L, used name ^D), PID-7, PID-8; author and legalAuthenticator XCN with non-empty
 * names; hash (SHA-1) and size of the bytes; confidentiality codes from the options.
 *
 * Errors: "xds.invalid_document" (not a CDA, no id, no INS of a known OID, no author id...),
 * with a French message naming what is missing.
 */
class CrBioMetadataMapper {
public:
    [[nodiscard]] static domain::Result<DocumentEntry> map(const QByteArray &cda, const CrBioMappingOptions &options);

    /** CDA TS ("yyyyMMddHHmmss±zzzz", or shorter) → XDS DTM in UTC; a date alone is kept as it is. */
    [[nodiscard]] static QString toUtcDtm(const QString &cdaTime);
    /** XdsCode of a DMP confidentiality code ("N", "MASQUE_PS"...), with its French label. */
    [[nodiscard]] static XdsCode confidentialityCode(const QString &code);
};

} // namespace sgl::interop::xds
