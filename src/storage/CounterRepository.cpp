#include "storage/CounterRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QSqlQuery>

namespace sgl::storage {

domain::Result<qint64> CounterRepository::next(WriteTx &tx, const QString &name)
{
    auto q = tx.query(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                     "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"),
                      {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return domain::fail(errc::Query, Tr::tr("Compteur « %1 » illisible après incrément.").arg(name), name);
    const qint64 v = q->value(0).toLongLong();
    q->finish();
    return v;
}

} // namespace sgl::storage
