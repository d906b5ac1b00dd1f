#include "storage/OrderedExamRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

namespace {

QString json(const domain::OrderedExam &e, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("dossierId"), e.dossierId},
                  {QStringLiteral("exam"), e.examCode},
                  {QStringLiteral("state"), domain::orderedExamStateCode(e.state)}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

domain::Status OrderedExamRepository::insert(WriteTx &tx, domain::OrderedExam &e, const domain::AuditActor &actor)
{
    if (!e.orderedAt.isValid())
        e.orderedAt = QDateTime::currentDateTimeUtc();
    if (e.orderedBy.isEmpty())
        e.orderedBy = actor.login;
    auto id = tx.insert(QStringLiteral("INSERT INTO dossier_exams (dossier_id, exam_code, state, ordered_by, ordered_at) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {e.dossierId, e.examCode, domain::orderedExamStateCode(e.state), e.orderedBy,
                         tx.dialect().toDb(e.orderedAt)});
    if (!id)
        return std::unexpected(id.error());
    e.id = *id;
    auto a = AuditRepository::append(tx, actor, QStringLiteral("dossier.exam_add"), QStringLiteral("dossier"),
                                     QString::number(e.dossierId), {}, json(e));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<domain::OrderedExam>> OrderedExamRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(QStringLiteral("SELECT id, dossier_id, exam_code, state, ordered_by, ordered_at, cancelled_by, "
                                     "cancelled_at, cancel_reason FROM dossier_exams WHERE dossier_id = ? ORDER BY id"),
                      {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::OrderedExam> out;
    while (q->next()) {
        domain::OrderedExam e;
        e.id = q->value(0).toLongLong();
        e.dossierId = q->value(1).toLongLong();
        e.examCode = q->value(2).toString();
        e.state = domain::orderedExamStateFromCode(q->value(3).toString()).value_or(domain::OrderedExam::State::Ordered);
        e.orderedBy = q->value(4).toString();
        e.orderedAt = tx.dialect().dateTimeFromDb(q->value(5));
        e.cancelledBy = q->value(6).toString();
        e.cancelledAt = tx.dialect().dateTimeFromDb(q->value(7));
        e.cancelReason = q->value(8).toString();
        out << e;
    }
    q->finish();
    return out;
}

domain::Status OrderedExamRepository::cancel(WriteTx &tx, domain::OrderedExam &e, const QString &reason,
                                             const domain::AuditActor &actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto n = tx.exec(QStringLiteral("UPDATE dossier_exams SET state = 'cancelled', cancelled_by = ?, cancelled_at = ?, "
                                    "cancel_reason = ? WHERE id = ? AND state = 'ordered'"),
                     {actor.login, tx.dialect().toDb(now), reason, e.id});
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return domain::fail(errc::Conflict, Tr::tr("L'examen %1 a déjà été annulé sur un autre poste.").arg(e.examCode),
                            e.examCode);
    const QString before = json(e);
    e.state = domain::OrderedExam::State::Cancelled;
    e.cancelledBy = actor.login;
    e.cancelledAt = now;
    e.cancelReason = reason;
    auto a = AuditRepository::append(tx, actor, QStringLiteral("dossier.exam_cancel"), QStringLiteral("dossier"),
                                     QString::number(e.dossierId), before, json(e, reason));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

} // namespace sgl::storage
