#include "storage/ReflexDecisionRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

namespace {
QString kindCode(ReflexDecision::Kind k)
{
    return k == ReflexDecision::Kind::Accepted ? QStringLiteral("accepted") : QStringLiteral("declined");
}
} // namespace

domain::Status ReflexDecisionRepository::insert(WriteTx &tx, ReflexDecision &r, const domain::AuditActor &actor)
{
    r.decidedBy = actor.login;
    if (!r.decidedAt.isValid())
        r.decidedAt = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(QStringLiteral("INSERT INTO reflex_decisions (dossier_id, rule_code, trigger_code, trigger_value, "
                                       "decision, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {r.dossierId, r.ruleCode, r.triggerCode, r.triggerValue, kindCode(r.decision), r.reason,
                         r.decidedBy, tx.dialect().toDb(r.decidedAt)});
    if (!id)
        return std::unexpected(id.error());
    r.id = *id;
    const QJsonObject o{{QStringLiteral("rule"), r.ruleCode},
                        {QStringLiteral("trigger"), r.triggerCode},
                        {QStringLiteral("triggerValue"), r.triggerValue},
                        {QStringLiteral("reason"), r.reason}};
    auto a = AuditRepository::append(tx, actor,
                                     r.decision == ReflexDecision::Kind::Accepted ? QStringLiteral("reflex.accept")
                                                                                  : QStringLiteral("reflex.decline"),
                                     QStringLiteral("dossier"), QString::number(r.dossierId), {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<ReflexDecision>> ReflexDecisionRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(QStringLiteral("SELECT id, dossier_id, rule_code, trigger_code, trigger_value, decision, reason, "
                                     "decided_by, decided_at FROM reflex_decisions WHERE dossier_id = ? ORDER BY id"),
                      {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<ReflexDecision> out;
    while (q->next()) {
        ReflexDecision r;
        r.id = q->value(0).toLongLong();
        r.dossierId = q->value(1).toLongLong();
        r.ruleCode = q->value(2).toString();
        r.triggerCode = q->value(3).toString();
        r.triggerValue = q->value(4).toString();
        r.decision = q->value(5).toString() == QStringLiteral("accepted") ? ReflexDecision::Kind::Accepted
                                                                          : ReflexDecision::Kind::Declined;
        r.reason = q->value(6).toString();
        r.decidedBy = q->value(7).toString();
        r.decidedAt = tx.dialect().dateTimeFromDb(q->value(8));
        out << r;
    }
    return out;
}

} // namespace sgl::storage
