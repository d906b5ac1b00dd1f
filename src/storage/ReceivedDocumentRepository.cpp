#include "storage/ReceivedDocumentRepository.h"

#include "storage/DocumentRepository.h"
#include "storage/ErrorCodes.h"

namespace sgl::storage {

using namespace Qt::StringLiterals;

domain::Status ReceivedDocumentRepository::insert(WriteTx &tx, ReceivedDocument &doc)
{
    doc.sha256 = DocumentRepository::sha256Hex(doc.bytes);
    doc.createdAt = QDateTime::currentDateTimeUtc();
    auto existing = tx.query(u"SELECT id FROM received_documents WHERE dossier_id = ? AND sha256 = ?"_s, {doc.dossierId, doc.sha256});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->next())
        return domain::fail(errc::Duplicate, u"Ce document a déjà été importé pour ce dossier."_s);
    auto id = tx.insert(u"INSERT INTO received_documents (dossier_id, kind, media_type, sha256, size_bytes, bytes, "
                        u"producer_name, producer_finess, source_document_id, created_by, created_at) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {doc.dossierId, doc.kind, doc.mediaType, doc.sha256, doc.bytes.size(), doc.bytes, doc.producerName,
                         doc.producerFiness, doc.sourceDocumentId, doc.createdBy, tx.dialect().toDb(doc.createdAt)});
    if (!id)
        return std::unexpected(id.error());
    doc.id = *id;
    return {};
}

domain::Result<QList<ReceivedDocument>> ReceivedDocumentRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(u"SELECT id, kind, media_type, sha256, bytes, producer_name, producer_finess, source_document_id, "
                      u"created_by, created_at FROM received_documents WHERE dossier_id = ? ORDER BY id"_s,
                      {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<ReceivedDocument> out;
    while (q->next()) {
        ReceivedDocument d;
        d.id = q->value(0).toLongLong();
        d.dossierId = dossierId;
        d.kind = q->value(1).toString();
        d.mediaType = q->value(2).toString();
        d.sha256 = q->value(3).toString();
        d.bytes = q->value(4).toByteArray();
        d.producerName = q->value(5).toString();
        d.producerFiness = q->value(6).toString();
        d.sourceDocumentId = q->value(7).toString();
        d.createdBy = q->value(8).toString();
        d.createdAt = tx.dialect().dateTimeFromDb(q->value(9));
        if (DocumentRepository::sha256Hex(d.bytes) != d.sha256)
            return domain::fail(errc::DocumentCorrupt,
                                u"Document reçu altéré : son empreinte SHA-256 ne correspond plus."_s,
                                u"received_documents.id=%1"_s.arg(d.id));
        out.append(d);
    }
    return out;
}

} // namespace sgl::storage
