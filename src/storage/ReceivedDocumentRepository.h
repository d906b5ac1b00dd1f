#pragma once

#include "domain/Error.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::storage {

/** A document received from a subcontracting lab for a dossier (table received_documents). */
struct ReceivedDocument {
    qint64 id = 0;
    qint64 dossierId = 0;
    QString kind;          ///< "SUBCONTRACTOR-CDA" or "SUBCONTRACTOR-PDF"
    QString mediaType;
    QString sha256;
    QByteArray bytes;
    QString producerName;
    QString producerFiness;
    QString sourceDocumentId;
    QString createdBy;
    QDateTime createdAt;
};

/**
 * Received subcontractor documents, stored as received with their SHA-256 and never modified.
 * The same bytes imported twice for one dossier are refused (storage.duplicate).
 */
class ReceivedDocumentRepository {
public:
    /** Fills id, sha256, createdAt. */
    [[nodiscard]] static domain::Status insert(WriteTx &tx, ReceivedDocument &doc);
    /** Every document of a dossier with its bytes, oldest first; hash verified. */
    [[nodiscard]] static domain::Result<QList<ReceivedDocument>> forDossier(ReadTx &tx, qint64 dossierId);
};

} // namespace sgl::storage
