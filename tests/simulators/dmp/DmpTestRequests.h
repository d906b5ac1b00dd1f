#pragma once

#include "simulators/common/SimHttp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/** What a synthetic TD2.1 submission contains; every field can be broken by a test. */
struct SubmissionSpec {
    QString ins = QStringLiteral("279035121518989");
    QString insOid = QStringLiteral("1.2.250.1.213.1.4.10");
    QString patientIdSuffix;                 ///< e.g. "^^20100907" (CX.7)
    QString documentPatientIns;              ///< empty = same as ins
    QString submissionTime = QStringLiteral("20261206101500");
    QString creationTime = QStringLiteral("20261206093000");
    QString serviceStartTime = QStringLiteral("20261205080000");
    QString authorPerson = QStringLiteral("801234567897^BIOLOGISTE^ALICE^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
    QString authorSpecialty = QStringLiteral("G15_10/SM26^Médecin - Qualifié en Médecine Générale (SM)^1.2.250.1.213.1.1.4.5");
    QString submissionSetUniqueId;           ///< generated when empty
    QString documentUniqueId;                ///< generated when empty
    QString signatureUniqueId;               ///< generated when empty
    QByteArray document;                     ///< a small CR-BIO-like CDA when empty
    bool withHashAndSize = true;
    QString hashOverride;
    QString sizeOverride;
    QString classCode = QStringLiteral("10");
    QString typeCode = QStringLiteral("11502-2");
    QString formatCode = QStringLiteral("urn:ihe:lab:xd-lab:2008");
    QString facilityType = QStringLiteral("SA25");
    QString practiceSetting = QStringLiteral("AMBULATOIRE");
    QString contentTypeScheme = QStringLiteral("1.2.250.1.213.2.2");
    QStringList confidentiality{QStringLiteral("N")};
    QStringList signatureConfidentiality{QStringLiteral("N"), QStringLiteral("MASQUE_PS"), QStringLiteral("INVISIBLE_PATIENT")};
    bool withSignature = true;
    bool withSignsAssociation = true;
    bool withDocumentHasMember = true;
    bool withDocumentPart = true;
    QString extraDocumentPartId;             ///< a Document part without metadata
    QString rplcTarget;                      ///< entryUUID to replace
    bool withSecurity = true;
    bool soap11 = false;
    QByteArray securityHeader;               ///< a real <wsse:Security> (signed VIHF); empty = unsigned placeholder
    QByteArray signatureXml;                 ///< a real XAdES document; empty = placeholder
    bool xop = false;                        ///< Documents as xop:Include (cid:Document01@sgl...) instead of base64
    QString action = QStringLiteral("urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b");

    /** Fills the generated uniqueIds (distinct per call) and the default document. */
    SubmissionSpec &finalize();
};

QByteArray iti41Envelope(SubmissionSpec spec);
/** The same submission as an MTOM package (lead's MtomMessage): HTTP body, *contentType set. */
QByteArray iti41Mtom(SubmissionSpec spec, QByteArray *contentType);
QByteArray td02Envelope(const QString &ins, const QString &oid = QStringLiteral("1.2.250.1.213.1.4.10"),
                        const QByteArray &securityXml = {});
QByteArray findDocumentsEnvelope(const QString &ins, const QStringList &statuses);
QByteArray getDocumentsEnvelope(const QString &uniqueId);
/** TD3.3a: ITI-57 metadata update of logical entry lid with the given confidentiality codes. */
QByteArray maskEnvelope(const QString &ins, const QString &lid, int previousVersion, const QStringList &confidentiality,
                        const QString &uniqueId);
/** TD3.3c/d: UpdateAvailabilityStatus. */
QByteArray availabilityEnvelope(const QString &ins, const QString &target, const QString &originalStatus,
                                const QString &newStatus);

/** A SOAP 1.2 envelope with WS-A headers and a placeholder wsse:Security around body. */
QByteArray soapEnvelope(const QString &action, const QByteArray &body);

/** Path of a DMP service ("/patients"...) under the simulator's base. */
QString servicePath(const char *service);
sgl::simulators::common::SimHttpRequest soapPost(const char *service, const QByteArray &envelope);

/** What a RegistryResponse / AdhocQueryResponse / fault says, parsed by the test. */
struct ParsedAnswer {
    int httpStatus = 0;
    QString status;           ///< Success / Failure (suffix of the ebRS status), empty when not a registry answer
    QStringList errorCodes;
    QStringList contexts;
    QString faultSubcode;     ///< soap:Subcode/soap:Value when a fault
    QString faultReason;
    QString action;           ///< wsa:Action of the answer
    QString relatesTo;
    QStringList entryUuids;   ///< ExtrinsicObject/@id of a query answer
    QStringList statuses;     ///< their @status
    QStringList versions;     ///< their VersionInfo/@versionName
    QString queryResponseCode; ///< TD0.2
    QString authorisation;     ///< TD0.2 AUTORISATION value
};
ParsedAnswer parseAnswer(const sgl::simulators::common::SimHttpResponse &response);

/** Human-readable dump for assertion messages. */
std::string describe(const ParsedAnswer &answer);
