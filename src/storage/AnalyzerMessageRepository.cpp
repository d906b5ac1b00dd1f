#include "storage/AnalyzerMessageRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

domain::Status AnalyzerMessageRepository::insert(WriteTx &tx, AnalyzerMessageRow &row)
{
    const Dialect &d = tx.dialect();
    if (!row.processedAt.isValid())
        row.processedAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(u"INSERT INTO analyzer_messages (profile_name, protocol, peer, control_id, raw, digest, "
                        "received_at, processed_at, result_count, stored_count, held_count, qc_count, ignored_count) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {row.profileName, row.protocol, row.peer, row.controlId, row.raw, row.digest,
                         d.toDb(row.receivedAt.isValid() ? row.receivedAt : row.processedAt), d.toDb(row.processedAt),
                         row.resultCount, row.storedCount, row.heldCount, row.qcCount, row.ignoredCount});
    if (!id)
        return std::unexpected(id.error());
    row.id = *id;
    return {};
}

domain::Result<std::optional<qint64>> AnalyzerMessageRepository::findByDigest(ReadTx &tx, const QString &profileName,
                                                                               const QString &digest)
{
    auto q = tx.rows(u"SELECT id FROM analyzer_messages WHERE profile_name = ? AND digest = ?"_s,
                     {profileName, digest});
    if (!q)
        return std::unexpected(q.error());
    std::optional<qint64> out;
    if (q->next())
        out = q->value(0).toLongLong();
    q->finish();
    return out;
}

domain::Result<AnalyzerMessageRow> AnalyzerMessageRepository::get(ReadTx &tx, qint64 id)
{
    auto q = tx.query(u"SELECT id, profile_name, protocol, peer, control_id, raw, digest, received_at, processed_at, "
                      "result_count, stored_count, held_count, qc_count, ignored_count FROM analyzer_messages "
                      "WHERE id = ?"_s,
                      {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(errc::NotFound, u"Message d'analyseur %1 introuvable."_s.arg(id), QString::number(id));
    const Dialect &d = tx.dialect();
    AnalyzerMessageRow r;
    r.id = q->value(0).toLongLong();
    r.profileName = q->value(1).toString();
    r.protocol = q->value(2).toString();
    r.peer = q->value(3).toString();
    r.controlId = q->value(4).toString();
    r.raw = q->value(5).toByteArray();
    r.digest = q->value(6).toString();
    r.receivedAt = d.dateTimeFromDb(q->value(7));
    r.processedAt = d.dateTimeFromDb(q->value(8));
    r.resultCount = q->value(9).toInt();
    r.storedCount = q->value(10).toInt();
    r.heldCount = q->value(11).toInt();
    r.qcCount = q->value(12).toInt();
    r.ignoredCount = q->value(13).toInt();
    q->finish();
    return r;
}

domain::Status AnalyzerMessageRepository::setCounts(WriteTx &tx, const AnalyzerMessageRow &row)
{
    auto n = tx.exec(u"UPDATE analyzer_messages SET result_count = ?, stored_count = ?, held_count = ?, qc_count = ?, "
                     "ignored_count = ? WHERE id = ?"_s,
                     {row.resultCount, row.storedCount, row.heldCount, row.qcCount, row.ignoredCount, row.id});
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return fail(errc::NotFound, u"Message d'analyseur %1 introuvable."_s.arg(row.id), QString::number(row.id));
    return {};
}

domain::Result<qint64> AnalyzerMessageRepository::count(ReadTx &tx)
{
    auto q = tx.query(u"SELECT count(*) FROM analyzer_messages"_s);
    if (!q)
        return std::unexpected(q.error());
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

} // namespace sgl::storage
