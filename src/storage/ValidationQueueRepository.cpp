#include "storage/ValidationQueueRepository.h"

#include "storage/Dialect.h"

#include <QSqlQuery>

#include <algorithm>

namespace sgl::storage {

domain::Result<QList<ValidationQueueEntry>> ValidationQueueRepository::candidates(ReadTx &tx, int limit)
{
    auto q = tx.query(QStringLiteral("SELECT d.id, MIN(s.received_at) FROM dossiers d "
                                     "LEFT JOIN specimens s ON s.dossier_id = d.id AND s.received_at IS NOT NULL "
                                     "WHERE d.status IN (?, ?) AND EXISTS (SELECT 1 FROM results r "
                                     "WHERE r.dossier_id = d.id AND r.state = ?) "
                                     "GROUP BY d.id ORDER BY d.id LIMIT ?"),
                      {QStringLiteral("in_progress"), QStringLiteral("technically_validated"),
                       QStringLiteral("technically_validated"), std::clamp(limit, 1, 10000)});
    if (!q)
        return std::unexpected(q.error());
    QList<ValidationQueueEntry> out;
    while (q->next())
        out << ValidationQueueEntry{q->value(0).toLongLong(), tx.dialect().dateTimeFromDb(q->value(1))};
    return out;
}

} // namespace sgl::storage
