#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::storage {

/** One analyzer_qc_results row: a control measured by an instrument, as it sent it. */
struct AnalyzerQcRow {
    qint64 id = 0;
    qint64 messageId = 0;
    QString profileName;
    QString specimenId;           ///< control material id as sent
    QString lot;                  ///< lot as sent, empty when the instrument sends none
    QString testCode;
    QString analysisCode;         ///< empty when unmapped
    QString valueText;
    QString units;
    QStringList flags;
    QString instrumentId;
    QDateTime observedAt;         ///< UTC, invalid when not sent
};

/** analyzer_qc_results: QC results recorded against the instrument (never on a patient dossier). */
class AnalyzerQcResultRepository {
public:
    [[nodiscard]] static domain::Status insert(WriteTx &tx, AnalyzerQcRow &row);
    /** QC results of one message, in id order. */
    [[nodiscard]] static domain::Result<QList<AnalyzerQcRow>> forMessage(ReadTx &tx, qint64 messageId);
    /** QC results of one profile and test code, newest first, at most `limit` (Levey-Jennings later). */
    [[nodiscard]] static domain::Result<QList<AnalyzerQcRow>> forTest(ReadTx &tx, const QString &profileName,
                                                                     const QString &testCode, int limit = 500);
};

} // namespace sgl::storage
