#include "storage/CallBackRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

domain::Status CallBackRepository::insert(WriteTx &tx, domain::CallBack &c, const domain::AuditActor &actor)
{
    if (c.recordedBy.isEmpty())
        c.recordedBy = actor.login;
    if (!c.recordedAt.isValid())
        c.recordedAt = QDateTime::currentDateTimeUtc();
    if (!c.calledAt.isValid())
        c.calledAt = c.recordedAt;
    const Dialect &d = tx.dialect();
    auto id = tx.insert(QStringLiteral("INSERT INTO critical_callbacks (dossier_id, result_id, analysis_code, value_text, "
                                       "called_name, method, called_at, read_back, unreachable, escalation, comment, "
                                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {c.dossierId, c.resultId, c.analysisCode, c.valueText, c.calledName,
                         domain::callBackMethodCode(c.method), d.toDb(c.calledAt), d.toDb(c.readBack),
                         d.toDb(c.unreachable), c.escalation, c.comment, c.recordedBy, d.toDb(c.recordedAt)});
    if (!id)
        return std::unexpected(id.error());
    c.id = *id;
    const QJsonObject o{{QStringLiteral("resultId"), c.resultId},
                        {QStringLiteral("analysis"), c.analysisCode},
                        {QStringLiteral("value"), c.valueText},
                        {QStringLiteral("called"), c.calledName},
                        {QStringLiteral("method"), domain::callBackMethodCode(c.method)},
                        {QStringLiteral("calledAt"), Dialect::isoUtc(c.calledAt)},
                        {QStringLiteral("readBack"), c.readBack},
                        {QStringLiteral("unreachable"), c.unreachable},
                        {QStringLiteral("escalation"), c.escalation},
                        {QStringLiteral("comment"), c.comment}};
    auto a = AuditRepository::append(tx, actor, QStringLiteral("validation.callback"), QStringLiteral("dossier"),
                                     QString::number(c.dossierId), {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<domain::CallBack>> CallBackRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(QStringLiteral("SELECT id, dossier_id, result_id, analysis_code, value_text, called_name, method, "
                                     "called_at, read_back, unreachable, escalation, comment, recorded_by, recorded_at "
                                     "FROM critical_callbacks WHERE dossier_id = ? ORDER BY id"),
                      {dossierId});
    if (!q)
        return std::unexpected(q.error());
    const Dialect &d = tx.dialect();
    QList<domain::CallBack> out;
    while (q->next()) {
        domain::CallBack c;
        c.id = q->value(0).toLongLong();
        c.dossierId = q->value(1).toLongLong();
        c.resultId = q->value(2).toLongLong();
        c.analysisCode = q->value(3).toString();
        c.valueText = q->value(4).toString();
        c.calledName = q->value(5).toString();
        c.method = domain::callBackMethodFromCode(q->value(6).toString()).value_or(domain::CallBack::Method::Other);
        c.calledAt = d.dateTimeFromDb(q->value(7));
        c.readBack = d.boolFromDb(q->value(8));
        c.unreachable = d.boolFromDb(q->value(9));
        c.escalation = q->value(10).toString();
        c.comment = q->value(11).toString();
        c.recordedBy = q->value(12).toString();
        c.recordedAt = d.dateTimeFromDb(q->value(13));
        out << c;
    }
    return out;
}

} // namespace sgl::storage
