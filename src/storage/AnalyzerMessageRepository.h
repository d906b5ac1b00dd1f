#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sgl::storage {

/** One analyzer_messages row: an instrument message as received, with what became of its results. */
struct AnalyzerMessageRow {
    qint64 id = 0;
    QString profileName;
    QString protocol;             ///< "astm", "hl7" or empty when unknown
    QString peer;
    QString controlId;            ///< ASTM H-3 / HL7 MSH-10
    QByteArray raw;               ///< unframed bytes as received
    QString digest;               ///< SHA-256 of raw, lower-case hex
    QDateTime receivedAt;         ///< UTC
    QDateTime processedAt;        ///< UTC
    int resultCount = 0;
    int storedCount = 0;
    int heldCount = 0;
    int qcCount = 0;
    int ignoredCount = 0;
};

/**
 * analyzer_messages: every instrument message, never deleted. (profile_name, digest) is unique:
 * a second insert of the same bytes for the same profile fails with storage.duplicate even when
 * two gateways race, so an instrument re-sending is stored once.
 */
class AnalyzerMessageRepository {
public:
    /** Stores the row; sets its id. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, AnalyzerMessageRow &row);
    /** Id of the message of that profile with that digest, if any. */
    [[nodiscard]] static domain::Result<std::optional<qint64>> findByDigest(ReadTx &tx, const QString &profileName,
                                                                            const QString &digest);
    /** storage.not_found when absent. */
    [[nodiscard]] static domain::Result<AnalyzerMessageRow> get(ReadTx &tx, qint64 id);
    /** Records the result counts once the message's results are dealt with. */
    [[nodiscard]] static domain::Status setCounts(WriteTx &tx, const AnalyzerMessageRow &row);
    /** Number of messages (all profiles). */
    [[nodiscard]] static domain::Result<qint64> count(ReadTx &tx);
};

} // namespace sgl::storage
