#pragma once

#include "domain/Sex.h"
#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"
#include "domain/lab/ValidationState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain::autoval {

/** A previous validated result of the patient for the same analysis (antériorité). */
struct PreviousValue {
    ResultValue value;           ///< numeric with its unit then (converted by the engine if needed)
    QDateTime observedAt;        ///< UTC
    friend bool operator==(const PreviousValue &, const PreviousValue &) = default;
};

/**
 * One result of the dossier as the engine sees it (built by workflow from DossierFacts).
 * Results already validated or cancelled may be given: they are not judged again but their values
 * feed the multi-analysis conditions (a haemoglobin validated an hour ago still checks the
 * haematocrit).
 */
struct ResultInput {
    qint64 resultId = 0;
    QString analysisCode;
    QString analysisLabel;       ///< catalogue label, for messages; the code when empty
    QString examCode;            ///< Exam::code of the ordered exam it belongs to (rules by exam); may be empty
    ResultValue value;           ///< numeric (possibly censored) with unit, coded or text
    QString analysisUnit;        ///< Analysis::unit (thresholds are in it or in secondUnit)
    QString secondUnit;          ///< Analysis::secondUnit, may be empty
    std::optional<double> secondUnitFactor; ///< value in analysisUnit × factor = value in secondUnit
    std::optional<double> referenceLow;     ///< the patient's range (RangeResolver), analysisUnit
    std::optional<double> referenceHigh;
    std::optional<double> criticalLow;      ///< the patient's critical limits, analysisUnit
    std::optional<double> criticalHigh;
    std::optional<AbnormalFlag> flag;
    ValidationState state = ValidationState::Pending;
    bool critical = false;       ///< domain::CriticalValue::isCritical, computed by the caller
    bool callBackPending = false; ///< critical and no satisfying call-back record
    QStringList analyzerFlags;   ///< as sent by the analyzer for the current value
    bool qcHeld = false;         ///< held by a rejected QC run (storage::QcHoldRepository)
    QString qcReason;            ///< French, from the QC hold ("CQ rejeté : GLU, lot L123, …")
    bool edited = false;         ///< ReleaseCheck::wasEdited: corrected or changed by hand
    QDateTime observedAt;        ///< UTC
    QList<PreviousValue> previous; ///< the patient's validated results of this analysis, any order
    friend bool operator==(const ResultInput &, const ResultInput &) = default;
};

/** A pre-analytical non-conformity of one of the dossier's tubes. */
struct NonConformityInput {
    QString reasonCode;          ///< nonConformityReasonCode ("haemolysed")
    QString reasonLabel;         ///< French ("Échantillon hémolysé")
    QStringList analysisCodes;   ///< analyses it concerns; empty: the whole dossier
    friend bool operator==(const NonConformityInput &, const NonConformityInput &) = default;
};

/** Serum indices (H, I, L) of the dossier's chemistry sample, when the analyzer sent them. */
struct SerumIndices {
    std::optional<double> haemolysis;
    std::optional<double> icterus;
    std::optional<double> lipaemia;
    friend bool operator==(const SerumIndices &, const SerumIndices &) = default;
};

/** Everything AutoValidationEngine::evaluate looks at for one dossier; no database, no clock. */
struct DossierInput {
    QString dossierNumber;
    std::optional<Sex> sex;      ///< nullopt or Unknown: sex-specific rules do not apply
    QDate birthDate;             ///< invalid when unknown: age-specific rules do not apply
    QDate collectionDate;        ///< date the sample was taken (age is computed at it)
    /** When the sample was taken (UTC); invalid when unknown: no series cross-check (SeriesCrossCheck). */
    QDateTime collectedAt;
    /** Who sampled it, as a key ("lab", "home_nurse:Mme DURAND", "ward:URG"): dossiers of one key
     *  sampled close in time are one collection series, where tubes get swapped. Empty: none. */
    QString collectionSeries;
    /** Opaque key of the patient (the same for two dossiers of one patient), empty when unknown:
     *  two dossiers of one patient are never cross-checked as a swap. */
    QString patientKey;
    QString origin;              ///< Dossier origin code: "external" or "ward"
    QString ward;                ///< the ward when origin is "ward"
    QList<ResultInput> results;
    QList<NonConformityInput> nonConformities;
    QStringList pendingReflexes; ///< French description of each reflex proposal not decided yet
    SerumIndices indices;
    friend bool operator==(const DossierInput &, const DossierInput &) = default;
};

} // namespace sgl::domain::autoval
