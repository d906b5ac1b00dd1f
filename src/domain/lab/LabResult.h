#pragma once

#include "domain/lab/AbnormalFlag.h"
#include "domain/lab/ResultValue.h"
#include "domain/lab/ValidationState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain {

/**
 * One analysis result of a dossier. The analysis is named by the catalogue code
 * (`analysisCode`) and, once the catalogue module provides versions, by the catalogue version
 * row it was measured against (`catalogueVersionId`, 0 when unknown). `patientId` is copied
 * from the dossier so history lookups (antériorités) need no join.
 */
struct LabResult {
    qint64 id = 0;
    int version = 0;            ///< optimistic lock counter (storage)
    qint64 dossierId = 0;
    qint64 patientId = 0;
    qint64 specimenId = 0;      ///< 0 when not tied to a specimen yet
    QString analysisCode;
    qint64 catalogueVersionId = 0;
    ResultValue value;
    std::optional<AbnormalFlag> flag;
    QString referenceLow;       ///< decimal with '.', empty when open
    QString referenceHigh;
    ValidationState state = ValidationState::Pending;
    QDateTime observedAt;       ///< UTC
    QString enteredBy;
    QDateTime enteredAt;
    QString technicallyValidatedBy;
    QDateTime technicallyValidatedAt;
    QString validatedBy;
    QDateTime validatedAt;
    QString comment;
    qint64 orderedExamId = 0;   ///< the ordered exam it belongs to; 0 for reflex additions and older results
    QString bench;              ///< Bench::code copied from the catalogue at ordering (worklists)
    QString reservation;        ///< printed with the result (non-conformity "performed with reservation")
    QString analyzer;           ///< analyzer profile name the current value came from; empty when typed at the bench
    QStringList instrumentFlags; ///< the instrument's flags for the current value, as sent (R-7 repeats, OBX-8)
    qint64 analyzerMessageId = 0; ///< analyzer_messages row the current value came in; 0 when typed
};

} // namespace sgl::domain
