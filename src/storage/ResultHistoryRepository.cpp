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

domain::Status ResultHistoryRepository::append(WriteTx &tx, domain::ResultHistoryEntry &e)
{
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(QStringLiteral("INSERT INTO result_history (result_id, at, actor, action, state_before, state_after, "
                                       "value_kind, value_text, flag, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.resultId, tx.dialect().toDb(e.at), e.actor, e.action, domain::validationStateCode(e.stateBefore),
                         domain::validationStateCode(e.stateAfter), e.valueKind, e.valueText,
                         e.flag ? QVariant(domain::abnormalFlagCode(*e.flag)) : QVariant(), e.reason});
    if (!id)
        return std::unexpected(id.error());
    e.id = *id;
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
