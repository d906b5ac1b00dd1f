#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sgl::storage {

/**
 * One document of the document store (table documents): a rendering of a report version
 * (kind "N3", "N1", "PDF", "PDF-patient") or a document received from a subcontractor
 * ("SUBCONTRACTOR-CDA", "SUBCONTRACTOR-PDF"). Immutable once stored (database triggers).
 */
struct StoredDocument {
    qint64 id = 0;
    qint64 reportVersionId = 0;
    QString kind;
    QString mediaType;
    QString sha256;    ///< lowercase hex of the bytes, computed by DocumentRepository
    qint64 sizeBytes = 0;
    QByteArray bytes;  ///< empty when listed without content
    QString createdBy;
    QDateTime createdAt; ///< UTC
};

} // namespace sgl::storage
