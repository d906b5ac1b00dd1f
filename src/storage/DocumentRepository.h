#pragma once

#include "domain/Error.h"
#include "storage/StoredDocument.h"
#include "storage/Transaction.h"

#include <QList>

namespace sgl::storage {

/**
 * The document store. Documents are inserted once with their SHA-256 and never updated or
 * deleted (the database refuses it); reading verifies the hash so a damaged row is reported
 * (storage.document_corrupt) instead of being sent.
 */
class DocumentRepository {
public:
    /** Stores the bytes; fills id, sha256, sizeBytes, createdAt (now, UTC). */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, StoredDocument &doc);
    /** Documents of a report version, without their bytes. */
    [[nodiscard]] static domain::Result<QList<StoredDocument>> list(ReadTx &tx, qint64 reportVersionId);
    /** One document with its bytes, hash verified. storage.not_found when absent. */
    [[nodiscard]] static domain::Result<StoredDocument> get(ReadTx &tx, qint64 reportVersionId,
                                                            const QString &kind);
    /** Lowercase hex SHA-256. */
    [[nodiscard]] static QString sha256Hex(const QByteArray &bytes);
};

} // namespace sgl::storage
