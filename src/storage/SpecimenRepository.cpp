#include "storage/SpecimenRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

namespace {

const QString kColumns = QStringLiteral("id, dossier_id, barcode, type_code, type_label, status, rejection_reason, "
                                        "collected_at, received_at, container_code, received_by, label_prints");

template <class Row>
domain::Specimen fromRow(const Row &q, const Dialect &d)
{
    domain::Specimen s;
    s.id = q.value(0).toLongLong();
    s.dossierId = q.value(1).toLongLong();
    s.barcode = q.value(2).toString();
    s.typeCode = q.value(3).toString();
    s.typeLabel = q.value(4).toString();
    if (!domain::specimenStatusFromCode(q.value(5).toString(), &s.status))
        s.status = domain::Specimen::Status::Expected;
    s.rejectionReason = q.value(6).toString();
    s.collectedAt = d.dateTimeFromDb(q.value(7));
    s.receivedAt = d.dateTimeFromDb(q.value(8));
    s.containerCode = q.value(9).toString();
    s.receivedBy = q.value(10).toString();
    s.labelPrints = q.value(11).toInt();
    return s;
}

QString json(const domain::Specimen &s, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("barcode"), s.barcode},
                  {QStringLiteral("dossierId"), s.dossierId},
                  {QStringLiteral("status"), domain::specimenStatusCode(s.status)},
                  {QStringLiteral("receivedAt"), Dialect::isoUtc(s.receivedAt)},
                  {QStringLiteral("labelPrints"), s.labelPrints}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

domain::Result<std::optional<domain::Specimen>> one(ReadTx &tx, const QString &where, const QVariant &key)
{
    auto q = tx.rows(QStringLiteral("SELECT %1 FROM specimens WHERE %2 = ?").arg(kColumns, where), {key});
    if (!q)
        return std::unexpected(q.error());
    std::optional<domain::Specimen> out;
    if (q->next())
        out = fromRow(*q, tx.dialect());
    q->finish();
    return out;
}

} // namespace

domain::Result<std::optional<domain::Specimen>> SpecimenRepository::byBarcode(ReadTx &tx, const QString &barcode)
{
    return one(tx, QStringLiteral("barcode"), barcode);
}

domain::Result<domain::Specimen> SpecimenRepository::get(ReadTx &tx, qint64 id)
{
    auto s = one(tx, QStringLiteral("id"), id);
    if (!s)
        return std::unexpected(s.error());
    if (!*s)
        return domain::fail(errc::NotFound, Tr::tr("Tube %1 introuvable.").arg(id));
    return **s;
}

domain::Status SpecimenRepository::markReceived(WriteTx &tx, domain::Specimen &s, const QDateTime &at,
                                                const domain::AuditActor &actor)
{
    const QString before = json(s);
    auto n = tx.exec(QStringLiteral("UPDATE specimens SET status = 'received', received_at = ?, received_by = ? "
                                    "WHERE id = ? AND status = 'expected'"),
                     {tx.dialect().toDb(at), actor.login, s.id});
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return domain::fail(errc::Conflict, Tr::tr("Le tube %1 n'est plus attendu : il vient d'être traité sur un autre poste.")
                                                 .arg(s.barcode),
                            s.barcode);
    s.status = domain::Specimen::Status::Received;
    s.receivedAt = at;
    s.receivedBy = actor.login;
    auto a = AuditRepository::append(tx, actor, QStringLiteral("specimen.receive"), QStringLiteral("specimen"),
                                     QString::number(s.id), before, json(s));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status SpecimenRepository::reject(WriteTx &tx, domain::Specimen &s, const QString &reason,
                                          const domain::AuditActor &actor)
{
    const QString before = json(s);
    auto n = tx.exec(QStringLiteral("UPDATE specimens SET status = 'rejected', rejection_reason = ? "
                                    "WHERE id = ? AND status <> 'rejected'"),
                     {reason, s.id});
    if (!n)
        return std::unexpected(n.error());
    if (*n != 1)
        return domain::fail(errc::Conflict, Tr::tr("Le tube %1 est déjà refusé.").arg(s.barcode), s.barcode);
    s.status = domain::Specimen::Status::Rejected;
    s.rejectionReason = reason;
    auto a = AuditRepository::append(tx, actor, QStringLiteral("specimen.reject"), QStringLiteral("specimen"),
                                     QString::number(s.id), before, json(s, reason));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status SpecimenRepository::recordLabelPrint(WriteTx &tx, domain::Specimen &s, int copies,
                                                    const QString &reason, const domain::AuditActor &actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto id = tx.insert(QStringLiteral("INSERT INTO label_prints (specimen_id, printed_by, printed_at, copies, reason) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {s.id, actor.login, tx.dialect().toDb(now), copies, reason});
    if (!id)
        return std::unexpected(id.error());
    auto n = tx.exec(QStringLiteral("UPDATE specimens SET label_prints = label_prints + ? WHERE id = ?"), {copies, s.id});
    if (!n)
        return std::unexpected(n.error());
    const bool reprint = s.labelPrints > 0;
    s.labelPrints += copies;
    auto a = AuditRepository::append(tx, actor, reprint ? QStringLiteral("specimen.label_reprint")
                                                        : QStringLiteral("specimen.label_print"),
                                     QStringLiteral("specimen"), QString::number(s.id), {}, json(s, reason));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

} // namespace sgl::storage
