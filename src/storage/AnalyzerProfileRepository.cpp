#include "storage/AnalyzerProfileRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {

const QString kColumns =
    u"id, version, name, label, analyzer_id, protocol, active, document, updated_by, updated_at"_s;

AnalyzerProfileRow fromRow(const QSqlQuery &q, const Dialect &d)
{
    AnalyzerProfileRow r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.name = q.value(2).toString();
    r.label = q.value(3).toString();
    r.analyzerId = q.value(4).toString();
    r.protocol = q.value(5).toString();
    r.active = d.boolFromDb(q.value(6));
    r.document = q.value(7).toString().toUtf8();
    r.updatedBy = q.value(8).toString();
    r.updatedAt = d.dateTimeFromDb(q.value(9));
    return r;
}

domain::Status appendHistory(WriteTx &tx, const AnalyzerProfileRow &row, const QByteArray &previous,
                             const QString &reason)
{
    auto id = tx.insert(u"INSERT INTO analyzer_profile_history (profile_id, profile_name, version, previous_document, "
                        "changed_by, changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {row.id, row.name, row.version, QString::fromUtf8(previous), row.updatedBy,
                         tx.dialect().toDb(row.updatedAt), reason});
    if (!id)
        return std::unexpected(id.error());
    return {};
}

} // namespace

domain::Result<QList<AnalyzerProfileRow>> AnalyzerProfileRepository::list(ReadTx &tx)
{
    auto q = tx.query(u"SELECT %1 FROM analyzer_profiles ORDER BY name"_s.arg(kColumns));
    if (!q)
        return std::unexpected(q.error());
    QList<AnalyzerProfileRow> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    return out;
}

domain::Result<std::optional<AnalyzerProfileRow>> AnalyzerProfileRepository::byName(ReadTx &tx, const QString &name)
{
    auto q = tx.query(u"SELECT %1 FROM analyzer_profiles WHERE name = ?"_s.arg(kColumns), {name});
    if (!q)
        return std::unexpected(q.error());
    std::optional<AnalyzerProfileRow> out;
    if (q->next())
        out = fromRow(*q, tx.dialect());
    q->finish();
    return out;
}

domain::Status AnalyzerProfileRepository::insert(WriteTx &tx, AnalyzerProfileRow &row, const QString &reason)
{
    if (row.name.isEmpty() || row.document.isEmpty())
        return fail(errc::Constraint, u"Profil d'analyseur sans nom ou sans document."_s, row.name);
    const Dialect &d = tx.dialect();
    if (!row.updatedAt.isValid())
        row.updatedAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(u"INSERT INTO analyzer_profiles (version, name, label, analyzer_id, protocol, active, document, "
                        "updated_by, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {row.name, row.label, row.analyzerId, row.protocol, d.toDb(row.active),
                         QString::fromUtf8(row.document), row.updatedBy, d.toDb(row.updatedAt)});
    if (!id)
        return std::unexpected(id.error());
    row.id = *id;
    row.version = 1;
    return appendHistory(tx, row, {}, reason);
}

domain::Status AnalyzerProfileRepository::update(WriteTx &tx, AnalyzerProfileRow &row, const QString &reason)
{
    auto before = byName(tx, row.name);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(errc::NotFound, u"Profil d'analyseur « %1 » introuvable."_s.arg(row.name), row.name);
    const Dialect &d = tx.dialect();
    if (!row.updatedAt.isValid())
        row.updatedAt = QDateTime::currentDateTimeUtc();
    auto s = tx.execVersioned(u"UPDATE analyzer_profiles SET version = version + 1, label = ?, analyzer_id = ?, "
                              "protocol = ?, active = ?, document = ?, updated_by = ?, updated_at = ? "
                              "WHERE id = ? AND version = ?"_s,
                              {row.label, row.analyzerId, row.protocol, d.toDb(row.active),
                               QString::fromUtf8(row.document), row.updatedBy, d.toDb(row.updatedAt), (*before)->id,
                               row.version},
                              u"le profil d'analyseur %1"_s.arg(row.name));
    if (!s)
        return s;
    row.id = (*before)->id;
    row.version += 1;
    return appendHistory(tx, row, (*before)->document, reason);
}

domain::Result<QList<AnalyzerProfileHistoryRow>> AnalyzerProfileRepository::history(ReadTx &tx, const QString &name)
{
    auto q = tx.query(u"SELECT id, profile_id, profile_name, version, previous_document, changed_by, changed_at, reason "
                      "FROM analyzer_profile_history WHERE profile_name = ? ORDER BY id"_s,
                      {name});
    if (!q)
        return std::unexpected(q.error());
    QList<AnalyzerProfileHistoryRow> out;
    while (q->next()) {
        AnalyzerProfileHistoryRow h;
        h.id = q->value(0).toLongLong();
        h.profileId = q->value(1).toLongLong();
        h.profileName = q->value(2).toString();
        h.version = q->value(3).toInt();
        h.previousDocument = q->value(4).toString().toUtf8();
        h.changedBy = q->value(5).toString();
        h.changedAt = tx.dialect().dateTimeFromDb(q->value(6));
        h.reason = q->value(7).toString();
        out << h;
    }
    q->finish();
    return out;
}

} // namespace sgl::storage
