#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sgl::storage {

/** One analyzer_profiles row: the JSON document plus the columns lists need without parsing it. */
struct AnalyzerProfileRow {
    qint64 id = 0;
    int version = 0;              ///< optimistic lock; 1 after insert
    QString name;
    QString label;
    QString analyzerId;
    QString protocol;             ///< "astm" or "hl7"
    bool active = true;
    QByteArray document;          ///< AnalyzerProfileJson text (the source of truth)
    QString updatedBy;
    QDateTime updatedAt;          ///< UTC
};

/** One analyzer_profile_history row: the document a change replaced (empty for the creation). */
struct AnalyzerProfileHistoryRow {
    qint64 id = 0;
    qint64 profileId = 0;
    QString profileName;
    int version = 0;              ///< the version the change produced
    QByteArray previousDocument;
    QString changedBy;
    QDateTime changedAt;
    QString reason;
};

/**
 * analyzer_profiles and analyzer_profile_history. Storage keeps the document as given (the
 * workflow validates it); every insert or update appends one history row in the caller's
 * transaction, so no profile is ever changed without who, when, why and what it was before.
 * update() is optimistic (storage.conflict on a stale version); insert() of an existing name
 * fails with storage.duplicate. Not audited here: the use case audits with its own action.
 */
class AnalyzerProfileRepository {
public:
    /** Every profile, by name. */
    [[nodiscard]] static domain::Result<QList<AnalyzerProfileRow>> list(ReadTx &tx);
    [[nodiscard]] static domain::Result<std::optional<AnalyzerProfileRow>> byName(ReadTx &tx, const QString &name);
    /** Stores a new profile (id, version 1 set) and its creation history row. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, AnalyzerProfileRow &row, const QString &reason);
    /** Saves `row` if its version is current (bumps it) and keeps the replaced document in the history. */
    [[nodiscard]] static domain::Status update(WriteTx &tx, AnalyzerProfileRow &row, const QString &reason);
    /** History of one profile, oldest first. */
    [[nodiscard]] static domain::Result<QList<AnalyzerProfileHistoryRow>> history(ReadTx &tx, const QString &name);
};

} // namespace sgl::storage
