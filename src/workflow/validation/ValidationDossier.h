#pragma once

#include "domain/Sex.h"
#include "domain/catalogue/ReferenceRange.h"
#include "domain/catalogue/ReflexEvaluator.h"
#include "domain/identity/IdentityStatus.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/DeltaCheck.h"
#include "domain/lab/Dossier.h"
#include "domain/lab/LabResult.h"
#include "domain/lab/NonConformity.h"
#include "domain/lab/ResultHistoryEntry.h"
#include "domain/validation/CallBack.h"
#include "domain/validation/DossierComment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::validation {

/** One clinical answer of the request, as the biologist reads it. */
struct ValidationClinicalAnswer {
    QString code;              ///< ClinicalQuestion code ("PREGNANCY")
    QString question;          ///< French question, the code when not built in
    QString answer;            ///< display form ("oui", "12/05/2026 08:30", "Préviscan 20 mg")
};

/** The dossier header of the validation screen. */
struct ValidationHeader {
    // Patient
    qint64 patientId = 0;
    QString patientName;       ///< "DUPONT (née MARTIN) Marie"
    QDate birthDate;           ///< invalid when unknown
    domain::Sex sex = domain::Sex::Unknown;
    domain::IdentityStatus identityStatus = domain::IdentityStatus::Prov; ///< RNIV status (badge)
    bool insQualified = false; ///< INS usable (status Qual and INS present)
    int ageDays = -1;          ///< completed days at collection, -1 when the birth date is unknown
    QString ageText;           ///< "45 ans", "8 mois", "12 jours" at collection; empty when unknown
    // Request
    QString dossierNumber;
    domain::DossierStatus status = domain::DossierStatus::Registered;
    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine;
    QString prescriberName;
    QString prescriberRpps;
    domain::Dossier::Origin origin = domain::Dossier::Origin::External;
    QString ward;
    QDateTime sampledAt;       ///< UTC; invalid when not recorded
    QDate collectionDate;      ///< the date ranges and age are computed at
    QString clinicalInfo;      ///< free note of the prescription
    QList<ValidationClinicalAnswer> clinicalAnswers; ///< in the built-in questions' order
    QString pregnancy;         ///< answer to PREGNANCY (+ term) when asked, empty otherwise
    QStringList treatments;    ///< answers to ANTICOAGULANT and TREATMENT when given
    QList<domain::NonConformity> nonConformities; ///< of the dossier's tubes, oldest first
};

/** One antériorité, in the current result's unit when it could be converted. */
struct PreviousValue {
    qint64 resultId = 0;
    qint64 dossierId = 0;
    QDateTime observedAt;      ///< UTC
    domain::ResultValue value; ///< as stored (unit of that time)
    std::optional<double> converted; ///< in `unit` of the row; nullopt when not numeric or not convertible
    bool unitChanged = false;  ///< stored in another unit than the current result
    std::optional<domain::AbnormalFlag> flag;
    QString display;           ///< "5,4 mmol/L" or "540 mg/L (5,4 mmol/L)" when converted
};

/** One result of the dossier with everything the biologist looks at. */
struct ValidationResultRow {
    domain::LabResult result;  ///< id, version (actions lock it), value, state, analyzer, comment...
    QString analysisLabel;     ///< catalogue label, the code when unknown
    QString unit;              ///< display unit (catalogue), else the UCUM unit of the value
    std::optional<domain::ReferenceRange> range; ///< applying to this patient at collection (RangeResolver)
    QString rangeText;         ///< "3,9 – 5,5", "< 5", the range's text; empty when none applies
    QList<domain::ResultHistoryEntry> steps;    ///< entry, reruns, validations, corrections (oldest first)
    int rerunCount = 0;        ///< steps sending it back to the bench (rerun, dilution, new sample)
    QList<PreviousValue> previous;              ///< last N validated values of other dossiers, newest first
    domain::DeltaComparison delta;              ///< outcome NoRule when the catalogue sets none
    bool critical = false;                      ///< domain::CriticalValue with `range` (LL/HH/AA or critical limits)
    QString qcHold;            ///< held by a rejected QC run: its reason (storage::QcHoldRepository); empty otherwise
};

/** The results of one exam (or of reflex additions, examCode empty). */
struct ValidationExamGroup {
    QString examCode;
    QString examLabel;
    QList<ValidationResultRow> rows;  ///< in the exam's analysis order
};

/** One chapter of the report (top-level), its exams in order. */
struct ValidationChapterGroup {
    QString chapterCode;       ///< empty: "Autres analyses" (analyses in no exam of the catalogue)
    QString chapterLabel;
    QList<ValidationExamGroup> exams;
};

/**
 * The read model of one dossier for biological validation, read in one transaction (one audit
 * row "dossier.open"). `version` is the dossier's optimistic-lock version at that moment: the
 * actions taken from this screen pass it back and are refused (storage.conflict) when someone
 * changed the dossier since; the screen then reloads.
 */
struct ValidationDossier {
    qint64 dossierId = 0;
    int version = 0;
    ValidationHeader header;
    QList<ValidationChapterGroup> chapters;       ///< in report order
    QList<domain::ReflexProposal> reflexProposals; ///< rules firing now (ReflexEvaluator)
    QList<domain::DossierComment> comments;      ///< biologists' comments, removed ones included, oldest first
    qint64 auditSeq = 0;                         ///< the dossier.open audit row; 0: pre-loaded, not shown yet
    int previousPerAnalysis = 5;
    QList<domain::CallBack> callBacks;           ///< call-back records of critical values, oldest first

    /** Every row, chapter by chapter. */
    [[nodiscard]] QList<const ValidationResultRow *> rows() const;
    /** The row of result `resultId`, nullptr when none. */
    [[nodiscard]] const ValidationResultRow *row(qint64 resultId) const;
    [[nodiscard]] int deltaAlertCount() const;
    /** The call-back records of result `resultId`, oldest first. */
    [[nodiscard]] QList<domain::CallBack> callBacksOf(qint64 resultId) const;
    /**
     * "Appel à faire": a critical result not validated yet without a record that releases it
     * (CallBack::satisfies), which BiologicalValidation would refuse to validate.
     */
    [[nodiscard]] bool needsCallBack(const ValidationResultRow &row) const;
};

} // namespace sgl::workflow::validation
