#pragma once

#include "domain/identity/Patient.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/** A health professional as reports name them (author, legal authenticator, prescriber...). */
struct HealthProfessional {
    QString rpps;        ///< 11-digit RPPS number (id root 1.2.250.1.71.4.2.1 as "8" + RPPS)
    QString prefix;      ///< "Dr"
    QString givenName;
    QString familyName;
    QString specialtyCode;   ///< JDV_J01 code, e.g. "G15_10/SM03" (médecin, biologie médicale)
    QString specialtyDisplay;
    QString address;     ///< single line, for narrative and PDF
    QString phone;
    QString mssanteAddress;
    QString civility;    ///< "M" / "MME" (JDV_J245), printed before the name; optional
};

/** An organisation (the lab, a subcontracting lab, a hospital). */
struct Organisation {
    QString finess;      ///< 9-character FINESS (géographique), id root 1.2.250.1.71.4.2.2
    QString siret;
    QString name;
    QString streetLine;
    QString postalCode;
    QString city;
    QString phone;
    QString cofracAccreditation; ///< e.g. "8-1234" (COFRAC accreditation number), optional
    /** Practice setting (JDV_J04): "AMBULATOIRE" (private lab) or "ETABLISSEMENT" (hospital). */
    QString practiceSettingCode = QStringLiteral("AMBULATOIRE");
    QString mssanteAddress;
    /** Director / responsible biologist of a subcontracting lab (entry performer), optional. */
    QString directorName;
};

/** One reference interval printed and coded with a result. */
struct ReferenceInterval {
    QString low;     ///< decimal with '.', empty when open
    QString high;
    QString unit;    ///< UCUM
    QString text;    ///< free text form when not numeric ("négatif")
};

/** A previous result (antériorité) shown next to the current one. */
struct PreviousResult {
    ResultValue value;
    QDateTime observedAt;
};

/** One observation of the report (one analysis result). */
struct ReportObservation {
    QString loincCode;        ///< required for CR-BIO N3 (build refuses without it)
    QString loincDisplay;
    QString localCode;
    QString label;            ///< lab's label, printed
    ResultValue value;
    std::optional<ResultValue> secondUnitValue; ///< same result in its second unit
    std::optional<AbnormalFlag> flag;
    QList<ReferenceInterval> referenceIntervals;
    QString method;
    QString comment;
    QDateTime observedAt;
    bool completed = true;    ///< false: result pending (partial report)
    std::optional<Organisation> performer; ///< set for subcontracted results
    std::optional<PreviousResult> previous;
    // Added for CR-BIO N3 (cda helper)
    QString secondUnitLoincCode;   ///< LOINC of secondUnitValue (one analyte in two units = two codes)
    QString secondUnitLoincDisplay;
    std::optional<HealthProfessional> validator; ///< biologist who validated this result
    QDateTime validatedAt;
    /** Validated by the laboratory's auto-validation rules under `validator`'s responsibility:
     *  PDF and CDA say « validé selon les règles du laboratoire ». */
    bool autoValidated = false;
    bool cancelled = false;   ///< result cancelled (statusCode aborted), printed as "annulé"
    // Added for the PDF (pdf helper)
    /** Comment for health professionals only: printed on the professional copy, never on the
     *  patient copy (ReportContent::patientVersion). */
    QString professionalComment;
    bool amended = false;     ///< value changed since the previous version (rectificatif)
};

/** A battery (exam / panel) grouping observations, e.g. "Hémogramme". */
struct ReportBattery {
    QString loincCode;
    QString label;
    QString specimenTypeCode;     ///< SNOMED CT / HL7 0487 code of the specimen
    QString specimenTypeDisplay;
    QDateTime collectedAt;
    QDateTime receivedAt;
    QList<ReportObservation> observations;
    QString comment;
    // Added for CR-BIO N3 (cda helper)
    QString specimenId;           ///< tube / specimen barcode (participantRole SPEC id extension)
    QString loincDisplay;         ///< LOINC display of loincCode, when known
};

/** A chapter (CR-BIO level-1 section, LOINC coded) with optional sub-chapters. */
struct ReportChapter {
    QString loincCode;   ///< section code from the CR-BIO list, e.g. 18723-7 Hématologie
    QString title;
    QList<ReportBattery> batteries;
    QString comment;
    // Added for CR-BIO N3 (cda helper)
    QString loincDisplay;         ///< LOINC display of loincCode ("Hématologie")
};

/** A subcontractor document embedded as is (PDF received by MSSanté or file). */
struct EmbeddedDocument {
    QString mediaType;   ///< "application/pdf"
    QByteArray content;
    QString title;
    Organisation producer;
};

/**
 * Everything a CR-BIO needs, assembled by workflow.BuildReport from storage and rendered by
 * interop/cda (N3, N1) and interop/pdf (PDF/A-1b). Renderers never query anything else, so a
 * report is reproducible from this value alone.
 */
struct ReportContent {
    // Document identity
    QString documentId;      ///< OID-form unique id of this version (CDA id root)
    QString setId;           ///< same for every version of the report
    int versionNumber = 1;
    QString replacedDocumentId; ///< previous version's id when versionNumber > 1 (RPLC)
    QDateTime effectiveTime; ///< creation time, with offset
    bool partial = false;    ///< some results still pending
    bool patientVersion = false; ///< the patient copy (may differ: masked comments)
    QString confidentialityCode = QStringLiteral("N");
    // Participants
    Patient patient;
    QString patientIppRoot;  ///< OID of the lab's IPP assigning authority
    Organisation laboratory;
    HealthProfessional author;            ///< validating biologist
    HealthProfessional legalAuthenticator;
    QDateTime validatedAt;
    std::optional<HealthProfessional> prescriber;
    QList<HealthProfessional> recipients; ///< correspondents receiving a copy
    QString orderId;         ///< prescription/dossier number (inFulfillmentOf)
    QString dossierNumber;
    QDateTime collectedAt;   ///< first collection, serviceEvent low
    QDateTime encounterStart;
    // Body
    QList<ReportChapter> chapters;
    QString generalComment;
    QList<EmbeddedDocument> attachments;
    /** The PDF rendering of this very content, embedded in N3 (FR-Document-PDF-copie) and N1. */
    QByteArray pdfCopy;
    // Added for CR-BIO N3/N1 (cda helper)
    QString orderIdRoot;     ///< OID under which orderId/dossierNumber are unique (lab's own OID)
    QString specimenIdRoot;  ///< OID under which specimen barcodes are unique
    QDateTime receivedAt;    ///< reception of request and samples (serviceEvent low)
    QDateTime releasedAt;    ///< release of this version (serviceEvent high); effectiveTime when empty
    /** href of the xml-stylesheet processing instruction (auto-presentable CDA); none when empty. */
    QString stylesheetHref;
    QDateTime prescribedAt;  ///< prescription date (prescriber participant time), when known
    // Added for the PDF (pdf helper)
    /** Why this version replaces the previous one (versionNumber > 1), printed with the
     *  "rectificatif" mention. */
    QString amendmentReason;
    /** General comment for health professionals only (absent from the patient copy). */
    QString professionalComment;
};

} // namespace sgl::domain
