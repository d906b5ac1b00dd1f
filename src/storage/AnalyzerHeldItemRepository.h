#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::storage {

/** One analyzer_held_items row (workflow::analyzers::HeldItem is its use-case form). */
struct AnalyzerHeldRow {
    qint64 id = 0;
    int version = 0;              ///< optimistic lock; 1 after insert
    qint64 messageId = 0;
    QString profileName;
    QDateTime receivedAt;         ///< UTC
    QString specimenId;
    QString testCode;
    QString analysisCode;
    QString valueText;
    QStringList instrumentFlags;
    QDateTime observedAt;         ///< UTC, invalid when not sent
    QString reasonCode;
    QString reasonText;
    QString location;
    QString state = QStringLiteral("open"); ///< "open", "attached", "rejected"
    QString resolvedBy;
    QDateTime resolvedAt;
    QString resolution;
    qint64 resultId = 0;          ///< attached: the result the value was stored on
};

/**
 * analyzer_held_items: the results the gateway could not store. Rows are never deleted; update()
 * is optimistic (storage.conflict on a stale version) and writes the columns a technician's
 * decision or a re-try changes (analysis code, reason, state, resolution, result).
 */
class AnalyzerHeldItemRepository {
public:
    [[nodiscard]] static domain::Status insert(WriteTx &tx, AnalyzerHeldRow &row);
    /** storage.not_found when absent. */
    [[nodiscard]] static domain::Result<AnalyzerHeldRow> get(ReadTx &tx, qint64 id);
    /** Open items oldest first; with `includeResolved`, then the others newest first; at most `limit`. */
    [[nodiscard]] static domain::Result<QList<AnalyzerHeldRow>> list(ReadTx &tx, bool includeResolved, int limit);
    /** Open items of one profile and test code held for `reasonCode`, oldest first (re-try after a mapping). */
    [[nodiscard]] static domain::Result<QList<AnalyzerHeldRow>> openFor(ReadTx &tx, const QString &profileName,
                                                                       const QString &testCode,
                                                                       const QString &reasonCode);
    /** Items held from one message, in id order. */
    [[nodiscard]] static domain::Result<QList<AnalyzerHeldRow>> forMessage(ReadTx &tx, qint64 messageId);
    [[nodiscard]] static domain::Result<qint64> openCount(ReadTx &tx);
    [[nodiscard]] static domain::Status update(WriteTx &tx, AnalyzerHeldRow &row);
};

} // namespace sgl::storage
