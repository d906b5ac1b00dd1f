#include "storage/AuditRepository.h"

#include "domain/audit/AuditChain.h"
#include "storage/Dialect.h"
#include "storage/DocumentRepository.h"
#include "storage/ErrorCodes.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns = u"seq, at, actor_id, actor_login, workstation, action, entity_type, "
                         "entity_id, before_json, after_json, prev_hash, hash"_s;

domain::AuditEntry fromRow(const QSqlQuery &q)
{
    domain::AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actorId = q.value(2).toLongLong();
    e.actorLogin = q.value(3).toString();
    e.workstation = q.value(4).toString();
    e.action = q.value(5).toString();
    e.entityType = q.value(6).toString();
    e.entityId = q.value(7).toString();
    e.before = q.value(8).toString();
    e.after = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

domain::Result<domain::AuditEntry>
AuditRepository::append(WriteTx &tx, const domain::AuditActor &actor, const QString &action,
                        const QString &entityType, const QString &entityId,
                        const QString &before, const QString &after)
{
    auto h = tx.rows(u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s
                     + tx.dialect().forUpdate());
    if (!h)
        return std::unexpected(h.error());
    if (!h->next())
        return fail(errc::NotMigrated, u"Table audit_head vide : base non initialisée."_s);
    domain::AuditEntry e;
    e.seq = h->value(0).toLongLong() + 1;
    e.prevHash = h->value(1).toString();
    h->finish();
    e.at = Dialect::isoUtc(QDateTime::currentDateTimeUtc());
    e.actorId = actor.userId;
    e.actorLogin = actor.login;
    e.workstation = actor.workstation;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.before = before;
    e.after = after;
    e.hash = DocumentRepository::sha256Hex(domain::AuditChain::hashInput(e));
    auto ins = tx.exec(u"INSERT INTO audit_log (seq, at, actor_id, actor_login, workstation, "
                       "action, entity_type, entity_id, before_json, after_json, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {e.seq, e.at, e.actorId == 0 ? QVariant()
                                                    : QVariant(e.actorId),
                        e.actorLogin, e.workstation, e.action, e.entityType, e.entityId,
                        textOrNull(e.before), textOrNull(e.after), e.prevHash, e.hash});
    if (!ins)
        return std::unexpected(ins.error());
    auto up = tx.exec(u"UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1"_s,
                      {e.seq, e.hash});
    if (!up)
        return std::unexpected(up.error());
    return e;
}

domain::Result<ActionAudit> AuditRepository::appendAction(WriteTx &tx, const domain::AuditActor &actor,
                                                          const QString &action, const QString &entityType,
                                                          const QString &entityId, const QString &after)
{
    auto e = append(tx, actor, action, entityType, entityId, {}, after);
    if (!e)
        return std::unexpected(e.error());
    return ActionAudit(&tx, e->seq, action);
}

ActionAudit AuditRepository::deferAction(const ReadTx &tx, const QString &action)
{
    return ActionAudit(&tx, 0, action);
}

domain::Result<std::pair<qint64, QString>> AuditRepository::head(ReadTx &tx)
{
    auto q = tx.query(u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(errc::NotMigrated, u"Table audit_head vide : base non initialisée."_s);
    std::pair<qint64, QString> out{q->value(0).toLongLong(), q->value(1).toString()};
    q->finish();
    return out;
}

domain::Status AuditRepository::forEach(ReadTx &tx,
                                        const std::function<void(const domain::AuditEntry &)> &visit)
{
    constexpr int kBatch = 5000;
    qint64 after = 0;
    for (;;) {
        auto q = tx.query(u"SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT %2"_s.arg(
                              kColumns, QString::number(kBatch)),
                          {after});
        if (!q)
            return std::unexpected(q.error());
        int n = 0;
        QList<domain::AuditEntry> batch;
        while (q->next()) {
            batch << fromRow(*q);
            ++n;
        }
        q->finish();
        for (const auto &e : std::as_const(batch)) {
            visit(e);
            after = e.seq;
        }
        if (n < kBatch)
            return {};
    }
}

domain::Result<std::optional<domain::AuditEntry>> AuditRepository::find(ReadTx &tx, qint64 seq)
{
    auto q = tx.query(u"SELECT %1 FROM audit_log WHERE seq = ?"_s.arg(kColumns), {seq});
    if (!q)
        return std::unexpected(q.error());
    std::optional<domain::AuditEntry> out;
    if (q->next())
        out = fromRow(*q);
    q->finish();
    return out;
}

domain::Result<QString> AuditRepository::databaseId(ReadTx &tx)
{
    auto q = tx.query(u"SELECT database_id FROM audit_identity WHERE id = 1"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(errc::NotMigrated,
                    u"Table audit_identity vide : identité de la base absente (migration 0006)."_s);
    QString id = q->value(0).toString();
    q->finish();
    return id;
}

domain::Result<QList<domain::AuditEntry>>
AuditRepository::forEntity(ReadTx &tx, const QString &entityType, const QString &entityId)
{
    auto q = tx.query(u"SELECT %1 FROM audit_log WHERE entity_type = ? AND entity_id = ? "
                      "ORDER BY seq"_s.arg(kColumns),
                      {entityType, entityId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::AuditEntry> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

} // namespace sgl::storage
