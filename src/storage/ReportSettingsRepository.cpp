#include "storage/ReportSettingsRepository.h"

namespace sgl::storage {

using namespace Qt::StringLiterals;

domain::Result<QHash<QString, QString>> ReportSettingsRepository::all(ReadTx &tx)
{
    auto q = tx.rows(u"SELECT key, value FROM report_settings"_s);
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

domain::Status ReportSettingsRepository::set(WriteTx &tx, const QString &key, const QString &value, const QString &user)
{
    auto r = tx.exec(tx.dialect().upsertSql(u"report_settings"_s, {u"key"_s}, {u"key"_s, u"value"_s, u"updated_by"_s, u"updated_at"_s}),
                     {key, value, user, tx.dialect().toDb(QDateTime::currentDateTimeUtc())});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace sgl::storage
