#include "storage/NonConformityRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

domain::Status NonConformityRepository::insert(WriteTx &tx, domain::NonConformity &nc,
                                               const QMap<QString, qint64> &resultIds, const domain::AuditActor &actor)
{
    if (!nc.recordedAt.isValid())
        nc.recordedAt = QDateTime::currentDateTimeUtc();
    nc.recordedBy = actor.login;
    auto id = tx.insert(QStringLiteral("INSERT INTO specimen_nonconformities (specimen_id, reason, comment, recorded_by, "
                                       "recorded_at) VALUES (?, ?, ?, ?, ?)"),
                        {nc.specimenId, domain::nonConformityReasonCode(nc.reason), nc.comment, nc.recordedBy,
                         tx.dialect().toDb(nc.recordedAt)});
    if (!id)
        return std::unexpected(id.error());
    nc.id = *id;
    QJsonArray effects;
    for (const auto &e : nc.effects) {
        auto r = tx.exec(QStringLiteral("INSERT INTO nonconformity_effects (nonconformity_id, result_id, consequence) "
                                        "VALUES (?, ?, ?)"),
                         {nc.id, resultIds.value(e.analysisCode), domain::nonConformityConsequenceCode(e.consequence)});
        if (!r)
            return std::unexpected(r.error());
        effects.append(QJsonObject{{QStringLiteral("analysis"), e.analysisCode},
                                   {QStringLiteral("consequence"), domain::nonConformityConsequenceCode(e.consequence)}});
    }
    const QJsonObject o{{QStringLiteral("specimenId"), nc.specimenId},
                        {QStringLiteral("reason"), domain::nonConformityReasonCode(nc.reason)},
                        {QStringLiteral("comment"), nc.comment},
                        {QStringLiteral("effects"), effects}};
    auto a = AuditRepository::append(tx, actor, QStringLiteral("specimen.nonconformity"), QStringLiteral("specimen"),
                                     QString::number(nc.specimenId), {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<domain::NonConformity>> NonConformityRepository::forDossier(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(QStringLiteral("SELECT n.id, n.specimen_id, n.reason, n.comment, n.recorded_by, n.recorded_at "
                                     "FROM specimen_nonconformities n JOIN specimens s ON s.id = n.specimen_id "
                                     "WHERE s.dossier_id = ? ORDER BY n.id"),
                      {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::NonConformity> out;
    while (q->next()) {
        domain::NonConformity nc;
        nc.id = q->value(0).toLongLong();
        nc.specimenId = q->value(1).toLongLong();
        nc.reason = domain::nonConformityReasonFromCode(q->value(2).toString()).value_or(domain::NonConformity::Reason::Other);
        nc.comment = q->value(3).toString();
        nc.recordedBy = q->value(4).toString();
        nc.recordedAt = tx.dialect().dateTimeFromDb(q->value(5));
        out << nc;
    }
    q->finish();
    auto e = tx.query(QStringLiteral("SELECT e.nonconformity_id, r.analysis_code, e.consequence FROM nonconformity_effects e "
                                     "JOIN results r ON r.id = e.result_id WHERE r.dossier_id = ? "
                                     "ORDER BY e.nonconformity_id, r.id"),
                      {dossierId});
    if (!e)
        return std::unexpected(e.error());
    while (e->next())
        for (auto &nc : out)
            if (nc.id == e->value(0).toLongLong())
                nc.effects << domain::NonConformity::Effect{
                    e->value(1).toString(), domain::nonConformityConsequenceFromCode(e->value(2).toString())
                                                .value_or(domain::NonConformity::Consequence::PerformedWithReservation)};
    e->finish();
    return out;
}

} // namespace sgl::storage
