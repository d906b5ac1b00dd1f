#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sgl::interop::xds {

/** A coded value of the XDS metadata (Classification nodeRepresentation + codingScheme slot + Name). */
struct XdsCode {
    QString code;
    QString codingScheme;
    QString displayName;

    [[nodiscard]] bool isEmpty() const { return code.isEmpty(); }
    friend bool operator==(const XdsCode &, const XdsCode &) = default;
};

/** One author (classification urn:uuid:93606bcf… / a7058bb9…): HL7 v2 XCN / XON / CE strings. */
struct XdsAuthor {
    QString person;            ///< authorPerson XCN "id^FAMILY^Given^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS"
    QStringList institutions;  ///< authorInstitution XON "NAME^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^<id>"
    QStringList specialties;   ///< authorSpecialty "code^display^codeSystem"
    QStringList roles;         ///< authorRole (rare)
};

/**
 * XDSDocumentEntry as the DMP knows it (IHE ITI TF-3 §4.2.3.2, DMP profile). Times are UTC
 * "yyyyMMddHHmmss" (no offset). Used to write ITI-41/ITI-57 and filled back from ITI-18.
 */
struct DocumentEntry {
    QString id = QStringLiteral("Document01"); ///< symbolic id in a submission, or the entryUUID (urn:uuid:…) read back
    QString logicalId;            ///< lid (urn:uuid:…) of a registered entry; ITI-57 updates keep it
    QString versionName;          ///< VersionInfo/@versionName of a registered entry ("1", "2"...)
    QString status;               ///< registry status read back (urn:oasis:names:tc:ebxml-regrep:StatusType:Approved…)
    QString uniqueId;             ///< XDSDocumentEntry.uniqueId (CDA id root or root^extension)
    QString patientId;            ///< "<INS>^^^&1.2.250.1.213.1.4.10&ISO^NH"
    QString mimeType = QStringLiteral("text/xml");
    QString title;                ///< Name
    QString comments;             ///< Description (optional)
    QString creationTime;
    QString serviceStartTime;
    QString serviceStopTime;
    QString languageCode = QStringLiteral("fr-FR");
    QString legalAuthenticator;   ///< XCN
    QString sourcePatientId;      ///< CX (IPP ^PI, or the INS ^NH)
    QStringList sourcePatientInfo; ///< "PID-5|…", "PID-7|…", "PID-8|…"
    QString hash;                 ///< SHA-1, lowercase hex (read back; ITI-57 copies)
    QString size;                 ///< bytes (read back; ITI-57 copies)
    QString repositoryUniqueId;   ///< read back; 1.2.250.1.213.4.1.1.1.2 on the DMP
    QList<XdsAuthor> authors;
    XdsCode classCode;
    XdsCode typeCode;
    XdsCode formatCode;
    XdsCode healthcareFacilityTypeCode;
    XdsCode practiceSettingCode;
    QList<XdsCode> confidentialityCodes;
    QList<XdsCode> eventCodes;
    /** Other slots read back and written again unchanged by ITI-57 (name -> values). */
    QList<QPair<QString, QStringList>> extraSlots;
};

/** XDSSubmissionSet (RegistryPackage classified a54d6aa5…). */
struct SubmissionSet {
    QString id = QStringLiteral("SubmissionSet01");
    QString uniqueId;
    QString sourceId;             ///< OID of the sending system (the lab's root)
    QString patientId;
    QString submissionTime;       ///< UTC yyyyMMddHHmmss
    QString title;
    QString comments;
    QList<XdsAuthor> authors;
    XdsCode contentTypeCode;
};

/** An ebRIM Association with its slots (HasMember, signs, RPLC, UpdateAvailabilityStatus). */
struct XdsAssociation {
    QString id;
    QString type;
    QString source;
    QString target;
    QList<QPair<QString, QStringList>> slotValues;
};

} // namespace sgl::interop::xds
