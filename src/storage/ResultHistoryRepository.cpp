#include "storage/ResultHistoryRepository.h"

#include "storage/Dialect.h"

#include <QSqlQuery>

namespace sgl::storage {

namespace {

domain::Result<QList<domain::ResultHistoryEntry>> list(ReadTx &tx, const QString &where, qint64 key)
{
    auto q = tx.query(QStringLiteral("SELECT h.id, h.result_id, h.at, h.actor, h.action, h.state_before, h.state_after, "
                                     "h.value_kind, h.value_text, h.flag, h.reason FROM result_history h ")
                          + where + QStringLiteral(" ORDER BY h.id"),
                      {key});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::ResultHistoryEntry> out;
    while (q->next()) {
        domain::ResultHistoryEntry e;
        e.id = q->value(0).toLongLong();
        e.resultId = q->value(1).toLongLong();
        e.at = tx.dialect().dateTimeFromDb(q->value(2));
        e.actor = q->value(3).toString();
        e.action = q->value(4).toString();
        e.stateBefore = domain::validationStateFromCode(q->value(5).toString()).value_or(domain::ValidationState::Pending);
        e.stateAfter = domain::validationStateFromCode(q->value(6).toString()).value_or(domain::ValidationState::Pending);
        e.valueKind = q->value(7).toString();
        e.valueText = q->value(8).toString();
        if (!q->value(9).isNull())
            e.flag = domain::abnormalFlagFromCode(q->value(9).toString());
        e.reason = q->value(10).toString();
        out << e;
    }
    q->finish();
    return out;
}

} // namespace

namespace {

const QStringList kInsertColumns{QStringLiteral("result_id"), QStringLiteral("at"),         QStringLiteral("actor"),
                                 QStringLiteral("action"),    QStringLiteral("state_before"), QStringLiteral("state_after"),
                                 QStringLiteral("value_kind"), QStringLiteral("value_text"),  QStringLiteral("flag"),
                                 QStringLiteral("reason")};

QVariantList insertBinds(const WriteTx &tx, domain::ResultHistoryEntry &e)
{
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    return {e.resultId, tx.dialect().toDb(e.at), e.actor, e.action, domain::validationStateCode(e.stateBefore),
            domain::validationStateCode(e.stateAfter), e.valueKind, e.valueText,
            e.flag ? QVariant(domain::abnormalFlagCode(*e.flag)) : QVariant(), e.reason};
}

} // namespace

domain::Status ResultHistoryRepository::append(WriteTx &tx, domain::ResultHistoryEntry &e)
{
    auto id = tx.insert(QStringLiteral("INSERT INTO result_history (result_id, at, actor, action, state_before, state_after, "
                                       "value_kind, value_text, flag, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        insertBinds(tx, e));
    if (!id)
        return std::unexpected(id.error());
    e.id = *id;
    return {};
}

domain::Status ResultHistoryRepository::appendMany(WriteTx &tx, QList<domain::ResultHistoryEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    if (entries.size() == 1)
        return append(tx, entries.first());
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (domain::ResultHistoryEntry &e : entries)
        rows << insertBinds(tx, e);
    auto ids = tx.insertMany(QStringLiteral("result_history"), kInsertColumns, rows);
    if (!ids)
        return std::unexpected(ids.error());
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].id = (*ids)[i];
    return {};
}

domain::Result<QList<domain::ResultHistoryEntry>> ResultHistoryRepository::forResult(ReadTx &tx, qint64 resultId)
{
    return list(tx, QStringLiteral("WHERE h.result_id = ?"), resultId);
}

domain::Result<QList<domain::ResultHistoryEntry>> ResultHistoryRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    return list(tx, QStringLiteral("JOIN results r ON r.id = h.result_id WHERE r.dossier_id = ?"), dossierId);
}

} // namespace sgl::storage
