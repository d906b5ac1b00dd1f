#include "storage/WorklistRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Dialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sgl::storage {

namespace {

/** WHERE clause and binds of a filter (every table aliased as in load()). */
std::pair<QString, QVariantList> where(const WorklistFilter &f, bool withBench)
{
    QStringList states;
    QVariantList binds;
    for (domain::ValidationState s : f.states) {
        states << QStringLiteral("?");
        binds << domain::validationStateCode(s);
    }
    if (states.isEmpty()) {
        states << QStringLiteral("?");
        binds << QString();
    }
    QString sql = QStringLiteral("r.state IN (%1) AND d.status <> 'cancelled'").arg(states.join(QStringLiteral(", ")));
    if (withBench && !f.bench.isEmpty()) {
        sql += QStringLiteral(" AND r.bench = ?");
        binds << f.bench;
    }
    if (f.receivedOnly)
        sql += QStringLiteral(" AND (r.specimen_id IS NULL OR s.status = 'received')");
    if (f.priority) {
        sql += QStringLiteral(" AND d.priority = ?");
        binds << domain::priorityCode(*f.priority);
    }
    if (!f.barcode.isEmpty()) {
        sql += QStringLiteral(" AND s.barcode = ?");
        binds << f.barcode;
    }
    if (f.openDossiersOnly)
        sql += QStringLiteral(" AND d.status NOT IN ('validated', 'reported')");
    return {sql, binds};
}

const QString kFrom = QStringLiteral(" FROM results r JOIN dossiers d ON d.id = r.dossier_id "
                                     "JOIN patients p ON p.id = d.patient_id "
                                     "LEFT JOIN specimens s ON s.id = r.specimen_id WHERE ");

QString displayName(const QSqlQuery &q)
{
    const QString birth = q.value(6).toString();
    const QString used = q.value(7).toString();
    const QString first = q.value(8).toString();
    QString name = used.isEmpty() || used == birth ? birth : QStringLiteral("%1 (%2)").arg(used, birth);
    if (!first.isEmpty())
        name += QLatin1Char(' ') + first.left(1) + first.mid(1).toLower();
    return name;
}

} // namespace

domain::Result<QList<WorklistItem>> WorklistRepository::load(WriteTx &tx, const WorklistFilter &filter,
                                                              const domain::AuditActor &actor)
{
    auto [sql, binds] = where(filter, true);
    binds << std::clamp(filter.limit, 1, 100000);
    auto q = tx.query(
        QStringLiteral("SELECT r.id, r.version, r.dossier_id, d.number, d.priority, d.patient_id, p.birth_name, "
                       "p.used_name, p.first_birth_name, p.birth_date, p.sex, r.analysis_code, r.bench, r.state, "
                       "s.barcode, s.status, COALESCE(s.collected_at, d.sampled_at), s.received_at, s.container_code, "
                       "r.value_kind, r.value_number, r.comparator, r.unit, r.coded_code, r.coded_display, r.value_text, "
                       "r.flag, r.reservation, r.analyzer, r.instrument_flags, r.observed_at")
            + kFrom + sql
            + QStringLiteral(" ORDER BY CASE d.priority WHEN 'vital' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, "
                             "COALESCE(s.received_at, d.created_at), d.id, r.id LIMIT ?"),
        binds);
    if (!q)
        return std::unexpected(q.error());
    const Dialect &d = tx.dialect();
    QList<WorklistItem> out;
    while (q->next()) {
        WorklistItem w;
        w.resultId = q->value(0).toLongLong();
        w.resultVersion = q->value(1).toInt();
        w.dossierId = q->value(2).toLongLong();
        w.dossierNumber = q->value(3).toString();
        w.priority = domain::priorityFromCode(q->value(4).toString()).value_or(domain::Dossier::Priority::Routine);
        w.patientId = q->value(5).toLongLong();
        w.patientName = displayName(*q);
        w.birthDate = d.dateFromDb(q->value(9));
        w.sex = domain::sexFromCode(q->value(10).toString()).value_or(domain::Sex::Unknown);
        w.analysisCode = q->value(11).toString();
        w.bench = q->value(12).toString();
        w.state = domain::validationStateFromCode(q->value(13).toString()).value_or(domain::ValidationState::Pending);
        w.barcode = q->value(14).toString();
        if (!q->value(15).isNull())
            (void)domain::specimenStatusFromCode(q->value(15).toString(), &w.specimenStatus);
        w.sampledAt = d.dateTimeFromDb(q->value(16));
        w.receivedAt = d.dateTimeFromDb(q->value(17));
        w.containerCode = q->value(18).toString();
        const auto kind = domain::resultKindFromCode(q->value(19).toString()).value_or(domain::ResultValue::Kind::Empty);
        if (kind == domain::ResultValue::Kind::Numeric)
            w.value = domain::ResultValue::numeric(q->value(20).toString(), q->value(22).toString(),
                                                   domain::comparatorFromCode(q->value(21).toString())
                                                       .value_or(domain::Comparator::None));
        else if (kind == domain::ResultValue::Kind::Coded)
            w.value = domain::ResultValue::ofCode({q->value(23).toString(), {}, {}, q->value(24).toString()});
        else if (kind == domain::ResultValue::Kind::Text)
            w.value = domain::ResultValue::ofText(q->value(25).toString());
        if (!q->value(26).isNull())
            w.flag = domain::abnormalFlagFromCode(q->value(26).toString());
        w.reservation = q->value(27).toString();
        w.analyzer = q->value(28).toString();
        const QString flags = q->value(29).toString();
        w.instrumentFlags = flags.isEmpty() ? QStringList() : flags.split(u'\n');
        w.observedAt = d.dateTimeFromDb(q->value(30));
        out << w;
    }
    q->finish();
    const QJsonObject o{{QStringLiteral("bench"), filter.bench}, {QStringLiteral("rows"), int(out.size())}};
    auto a = AuditRepository::append(tx, actor, QStringLiteral("worklist.read"), QStringLiteral("bench"),
                                     filter.bench.isEmpty() ? QStringLiteral("*") : filter.bench, {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return out;
}

domain::Result<QMap<QString, int>> WorklistRepository::countsByBench(ReadTx &tx, const WorklistFilter &filter)
{
    auto [sql, binds] = where(filter, false);
    auto q = tx.query(QStringLiteral("SELECT r.bench, count(*)") + kFrom + sql + QStringLiteral(" GROUP BY r.bench"), binds);
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    q->finish();
    return out;
}

} // namespace sgl::storage
