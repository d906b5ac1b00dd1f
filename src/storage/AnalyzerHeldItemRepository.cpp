#include "storage/AnalyzerHeldItemRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {

const QString kColumns =
    u"id, version, message_id, profile_name, received_at, specimen_id, test_code, analysis_code, value_text, "
    "instrument_flags, observed_at, reason_code, reason_text, location, state, resolved_by, resolved_at, resolution, "
    "result_id"_s;

QVariant nullId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

AnalyzerHeldRow fromRow(const QSqlQuery &q, const Dialect &d)
{
    AnalyzerHeldRow r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.messageId = q.value(2).toLongLong();
    r.profileName = q.value(3).toString();
    r.receivedAt = d.dateTimeFromDb(q.value(4));
    r.specimenId = q.value(5).toString();
    r.testCode = q.value(6).toString();
    r.analysisCode = q.value(7).toString();
    r.valueText = q.value(8).toString();
    const QString flags = q.value(9).toString();
    r.instrumentFlags = flags.isEmpty() ? QStringList() : flags.split(u'\n');
    r.observedAt = d.dateTimeFromDb(q.value(10));
    r.reasonCode = q.value(11).toString();
    r.reasonText = q.value(12).toString();
    r.location = q.value(13).toString();
    r.state = q.value(14).toString();
    r.resolvedBy = q.value(15).toString();
    r.resolvedAt = d.dateTimeFromDb(q.value(16));
    r.resolution = q.value(17).toString();
    r.resultId = q.value(18).toLongLong();
    return r;
}

domain::Result<QList<AnalyzerHeldRow>> select(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM analyzer_held_items %2"_s.arg(kColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<AnalyzerHeldRow> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    return out;
}

} // namespace

domain::Status AnalyzerHeldItemRepository::insert(WriteTx &tx, AnalyzerHeldRow &row)
{
    if (row.messageId <= 0 || row.reasonCode.isEmpty())
        return fail(errc::Constraint, u"Résultat en attente sans message ou sans motif."_s, row.testCode);
    const Dialect &d = tx.dialect();
    auto id = tx.insert(u"INSERT INTO analyzer_held_items (version, message_id, profile_name, received_at, specimen_id, "
                        "test_code, analysis_code, value_text, instrument_flags, observed_at, reason_code, reason_text, "
                        "location, state, resolved_by, resolved_at, resolution, result_id) "
                        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {row.messageId, row.profileName, d.toDb(row.receivedAt), row.specimenId, row.testCode,
                         row.analysisCode, row.valueText, row.instrumentFlags.join(u'\n'), d.toDb(row.observedAt),
                         row.reasonCode, row.reasonText, row.location, row.state, row.resolvedBy,
                         d.toDb(row.resolvedAt), row.resolution, nullId(row.resultId)});
    if (!id)
        return std::unexpected(id.error());
    row.id = *id;
    row.version = 1;
    return {};
}

domain::Result<AnalyzerHeldRow> AnalyzerHeldItemRepository::get(ReadTx &tx, qint64 id)
{
    auto rows = select(tx, u"WHERE id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(errc::NotFound, u"Résultat en attente %1 introuvable."_s.arg(id), QString::number(id));
    return rows->first();
}

domain::Result<QList<AnalyzerHeldRow>> AnalyzerHeldItemRepository::list(ReadTx &tx, bool includeResolved, int limit)
{
    const int lim = std::clamp(limit, 1, 100000);
    auto open = select(tx, u"WHERE state = 'open' ORDER BY received_at, id LIMIT ?"_s, {lim});
    if (!open || !includeResolved || open->size() >= lim)
        return open;
    auto others = select(tx, u"WHERE state <> 'open' ORDER BY resolved_at DESC, id DESC LIMIT ?"_s,
                         {lim - int(open->size())});
    if (!others)
        return std::unexpected(others.error());
    *open << *others;
    return open;
}

domain::Result<QList<AnalyzerHeldRow>> AnalyzerHeldItemRepository::openFor(ReadTx &tx, const QString &profileName,
                                                                          const QString &testCode,
                                                                          const QString &reasonCode)
{
    return select(tx,
                  u"WHERE state = 'open' AND profile_name = ? AND test_code = ? AND reason_code = ? "
                  "ORDER BY received_at, id"_s,
                  {profileName, testCode, reasonCode});
}

domain::Result<QList<AnalyzerHeldRow>> AnalyzerHeldItemRepository::forMessage(ReadTx &tx, qint64 messageId)
{
    return select(tx, u"WHERE message_id = ? ORDER BY id"_s, {messageId});
}

domain::Result<qint64> AnalyzerHeldItemRepository::openCount(ReadTx &tx)
{
    auto q = tx.query(u"SELECT count(*) FROM analyzer_held_items WHERE state = 'open'"_s);
    if (!q)
        return std::unexpected(q.error());
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

domain::Status AnalyzerHeldItemRepository::update(WriteTx &tx, AnalyzerHeldRow &row)
{
    const Dialect &d = tx.dialect();
    auto s = tx.execVersioned(u"UPDATE analyzer_held_items SET version = version + 1, analysis_code = ?, "
                              "reason_code = ?, reason_text = ?, location = ?, state = ?, resolved_by = ?, "
                              "resolved_at = ?, resolution = ?, result_id = ? WHERE id = ? AND version = ?"_s,
                              {row.analysisCode, row.reasonCode, row.reasonText, row.location, row.state,
                               row.resolvedBy, d.toDb(row.resolvedAt), row.resolution, nullId(row.resultId), row.id,
                               row.version},
                              u"le résultat en attente %1"_s.arg(row.id));
    if (!s)
        return s;
    row.version += 1;
    return {};
}

} // namespace sgl::storage
