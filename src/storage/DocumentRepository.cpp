#include "storage/DocumentRepository.h"

#include "storage/ErrorCodes.h"

#include <openssl/sha.h>

namespace sgl::storage {

using namespace Qt::StringLiterals;

QString DocumentRepository::sha256Hex(const QByteArray &bytes)
{
    // OpenSSL's SHA-256 uses the processor's SHA instructions (Qt 6.4's does not): this runs for
    // every audit row and every analyzer message.
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

domain::Status DocumentRepository::insert(WriteTx &tx, StoredDocument &doc)
{
    if (doc.bytes.isEmpty())
        return domain::fail(errc::Constraint, u"Document « %1 » vide : rien à stocker."_s.arg(doc.kind));
    doc.sha256 = sha256Hex(doc.bytes);
    doc.sizeBytes = doc.bytes.size();
    doc.createdAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(u"INSERT INTO documents (report_version_id, kind, media_type, sha256, size_bytes, "
                        u"bytes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {doc.reportVersionId, doc.kind, doc.mediaType, doc.sha256, doc.sizeBytes, doc.bytes,
                         doc.createdBy, tx.dialect().toDb(doc.createdAt)});
    if (!id)
        return std::unexpected(id.error());
    doc.id = *id;
    return {};
}

domain::Result<QList<StoredDocument>> DocumentRepository::list(ReadTx &tx, qint64 reportVersionId)
{
    auto q = tx.query(u"SELECT id, kind, media_type, sha256, size_bytes, created_by, created_at FROM documents "
                      u"WHERE report_version_id = ? ORDER BY id"_s,
                      {reportVersionId});
    if (!q)
        return std::unexpected(q.error());
    QList<StoredDocument> out;
    while (q->next()) {
        StoredDocument d;
        d.id = q->value(0).toLongLong();
        d.reportVersionId = reportVersionId;
        d.kind = q->value(1).toString();
        d.mediaType = q->value(2).toString();
        d.sha256 = q->value(3).toString();
        d.sizeBytes = q->value(4).toLongLong();
        d.createdBy = q->value(5).toString();
        d.createdAt = tx.dialect().dateTimeFromDb(q->value(6));
        out.append(d);
    }
    return out;
}

domain::Result<StoredDocument> DocumentRepository::get(ReadTx &tx, qint64 reportVersionId, const QString &kind)
{
    auto q = tx.query(u"SELECT id, media_type, sha256, size_bytes, bytes, created_by, created_at FROM documents "
                      u"WHERE report_version_id = ? AND kind = ?"_s,
                      {reportVersionId, kind});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return domain::fail(errc::NotFound,
                            u"Aucun document « %1 » pour la version de compte rendu %2."_s.arg(kind).arg(reportVersionId));
    StoredDocument d;
    d.id = q->value(0).toLongLong();
    d.reportVersionId = reportVersionId;
    d.kind = kind;
    d.mediaType = q->value(1).toString();
    d.sha256 = q->value(2).toString();
    d.sizeBytes = q->value(3).toLongLong();
    d.bytes = q->value(4).toByteArray();
    d.createdBy = q->value(5).toString();
    d.createdAt = tx.dialect().dateTimeFromDb(q->value(6));
    if (sha256Hex(d.bytes) != d.sha256)
        return domain::fail(errc::DocumentCorrupt,
                            u"Document « %1 » altéré : son empreinte SHA-256 ne correspond plus."_s.arg(kind),
                            u"documents.id=%1"_s.arg(d.id));
    return d;
}

} // namespace sgl::storage
