#pragma once

#include <QString>
#include <QStringList>

namespace sgl::interop::astm {

/**
 * One order the host sends (worklist download or answer to a query): the P and O records.
 * Texts are plain (the writer escapes them); test codes go to O-5 as `^^^code`, one repeat
 * each. `reportType` is O-26: `O` order, `Q` answer to a query, `Y` no order for the test,
 * `Z` no record for the patient.
 */
struct OrderRequest {
    QString patientId;         ///< P-3
    QString patientLabId;      ///< P-4
    QStringList patientName;   ///< P-6 components: last, first
    QString birthDate;         ///< P-8, YYYYMMDD
    QString sex;               ///< P-9: M, F, U
    QString specimenId;        ///< O-3
    QString instrumentSpecimenId; ///< O-4 as plain text (one component)
    QStringList testCodes;     ///< O-5 repeats
    QString priority = QStringLiteral("R");   ///< O-6
    QString collectedAt;       ///< O-8, YYYYMMDDHHMMSS
    QString actionCode = QStringLiteral("N"); ///< O-12: N new, A add, C cancel, Q QC
    QString specimenType;      ///< O-16
    QString reportType = QStringLiteral("O"); ///< O-26
};

} // namespace sgl::interop::astm
