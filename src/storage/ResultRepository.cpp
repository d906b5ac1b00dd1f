#include "storage/ResultRepository.h"

#include "storage/AuditRepository.h"
#include "storage/CompactJson.h"
#include "storage/ErrorCodes.h"
#include "storage/ResultRowWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns =
    u"id, version, dossier_id, patient_id, specimen_id, analysis_code, catalogue_version_id, "
    "value_kind, value_number, comparator, unit, coded_code, coded_system, coded_system_name, "
    "coded_display, value_text, flag, ref_low, ref_high, state, observed_at, entered_by, "
    "entered_at, tech_validated_by, tech_validated_at, validated_by, validated_at, comment, ordered_exam_id, bench, "
    "reservation, analyzer, instrument_flags, analyzer_message_id"_s;


template <class Row>
domain::LabResult fromRow(const Row &q, const Dialect &d)
{
    domain::LabResult r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.dossierId = q.value(2).toLongLong();
    r.patientId = q.value(3).toLongLong();
    r.specimenId = q.value(4).toLongLong();
    r.analysisCode = q.value(5).toString();
    r.catalogueVersionId = q.value(6).toLongLong();
    const auto kind = domain::resultKindFromCode(q.value(7).toString())
                          .value_or(domain::ResultValue::Kind::Empty);
    switch (kind) {
    case domain::ResultValue::Kind::Numeric:
        r.value = domain::ResultValue::numeric(
            q.value(8).toString(), q.value(10).toString(),
            domain::comparatorFromCode(q.value(9).toString()).value_or(domain::Comparator::None));
        break;
    case domain::ResultValue::Kind::Coded:
        r.value = domain::ResultValue::ofCode({q.value(11).toString(), q.value(12).toString(),
                                               q.value(13).toString(), q.value(14).toString()});
        break;
    case domain::ResultValue::Kind::Text:
        r.value = domain::ResultValue::ofText(q.value(15).toString());
        break;
    case domain::ResultValue::Kind::Empty:
        break;
    }
    if (!q.value(16).isNull())
        r.flag = domain::abnormalFlagFromCode(q.value(16).toString());
    r.referenceLow = q.value(17).toString();
    r.referenceHigh = q.value(18).toString();
    r.state = domain::validationStateFromCode(q.value(19).toString())
                  .value_or(domain::ValidationState::Pending);
    r.observedAt = d.dateTimeFromDb(q.value(20));
    r.enteredBy = q.value(21).toString();
    r.enteredAt = d.dateTimeFromDb(q.value(22));
    r.technicallyValidatedBy = q.value(23).toString();
    r.technicallyValidatedAt = d.dateTimeFromDb(q.value(24));
    r.validatedBy = q.value(25).toString();
    r.validatedAt = d.dateTimeFromDb(q.value(26));
    r.comment = q.value(27).toString();
    r.orderedExamId = q.value(28).toLongLong();
    r.bench = q.value(29).toString();
    r.reservation = q.value(30).toString();
    r.analyzer = q.value(31).toString();
    const QString flags = q.value(32).toString();
    r.instrumentFlags = flags.isEmpty() ? QStringList() : flags.split(u'\n');
    r.analyzerMessageId = q.value(33).toLongLong();
    return r;
}

/**
 * The audit image of a result: what QJsonDocument wrote of {id, version, dossierId, analysis,
 * kind, value, unit, flag, state, validatedBy[, analyzer, instrumentFlags][, reason]}, keys in
 * QJsonObject order, written without building the object (CompactJson).
 */
void writeImage(CompactJson &j, const domain::LabResult &r, const QString &reason = {})
{
    const auto &v = r.value;
    const bool analyzer = !r.analyzer.isEmpty();
    j.beginObject().string("analysis"_L1, r.analysisCode);
    if (analyzer)
        j.string("analyzer"_L1, r.analyzer);
    j.integer("dossierId"_L1, r.dossierId)
        .string("flag"_L1, r.flag ? domain::abnormalFlagCode(*r.flag) : QString())
        .integer("id"_L1, r.id);
    if (analyzer)
        j.string("instrumentFlags"_L1, r.instrumentFlags.join(u' '));
    j.string("kind"_L1, domain::resultKindCode(v.kind));
    if (!reason.isEmpty())
        j.string("reason"_L1, reason);
    j.string("state"_L1, domain::validationStateCode(r.state)).string("unit"_L1, v.unit).string("validatedBy"_L1, r.validatedBy);
    if (v.kind == domain::ResultValue::Kind::Numeric)
        j.string("value"_L1, domain::comparatorCode(v.comparator) + v.number);
    else
        j.string("value"_L1, v.kind == domain::ResultValue::Kind::Coded ? v.coded.code : v.text);
    j.integer("version"_L1, r.version).endObject();
}

QString json(const domain::LabResult &r, const QString &reason = {})
{
    CompactJson j;
    writeImage(j, r, reason);
    return j.toString();
}


domain::Status validate(const domain::LabResult &r)
{
    if (r.dossierId == 0 || r.patientId == 0)
        return fail(errc::ResultMissingDossier, u"Résultat sans dossier ou sans patient."_s,
                    r.analysisCode);
    if (r.analysisCode.trimmed().isEmpty())
        return fail(errc::ResultMissingAnalysis, u"Résultat sans code d'analyse."_s);
    if (r.value.kind == domain::ResultValue::Kind::Numeric && !r.value.toDouble())
        return fail(errc::ResultBadNumber,
                    u"Valeur numérique invalide « %1 »."_s.arg(r.value.number), r.analysisCode);
    return {};
}

domain::Result<QList<domain::LabResult>> list(ReadTx &tx, const QString &whereTail,
                                              const QVariantList &binds)
{
    auto q = tx.rows(u"SELECT %1 FROM results WHERE %2"_s.arg(kColumns, whereTail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::LabResult> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    return out;
}
} // namespace

domain::Status ResultRepository::insert(WriteTx &tx, domain::LabResult &r,
                                        const domain::AuditActor &actor)
{
    if (auto v = validate(r); !v)
        return v;
    auto id = tx.insert(ResultRowWriter::insertSql(), ResultRowWriter::insertBinds(r, tx.dialect()));
    if (!id)
        return std::unexpected(id.error());
    r.id = *id;
    r.version = 1;
    auto a = AuditRepository::append(tx, actor, u"result.create"_s, u"result"_s,
                                     QString::number(r.id), {}, json(r));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status ResultRepository::insertBatch(WriteTx &tx, QList<domain::LabResult> &results,
                                             const domain::AuditActor &actor)
{
    if (results.isEmpty())
        return {};
    QList<QVariantList> rows;
    rows.reserve(results.size());
    for (const auto &r : std::as_const(results)) {
        if (auto v = validate(r); !v)
            return v;
        rows << ResultRowWriter::insertBinds(r, tx.dialect());
    }
    auto ids = tx.insertMany(u"results"_s, ResultRowWriter::insertColumns(), rows);
    if (!ids)
        return std::unexpected(ids.error());
    for (qsizetype i = 0; i < results.size(); ++i) {
        results[i].id = (*ids)[i];
        results[i].version = 1;
    }
    QJsonObject o{{u"count"_s, results.size()},
                  {u"firstId"_s, results.first().id},
                  {u"lastId"_s, results.last().id}};
    auto a = AuditRepository::append(tx, actor, u"result.create_batch"_s, u"result"_s,
                                     u"%1-%2"_s.arg(results.first().id).arg(results.last().id), {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(
                                         QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status ResultRepository::update(WriteTx &tx, domain::LabResult &r,
                                        const domain::AuditActor &actor, const QString &reason)
{
    if (auto v = validate(r); !v)
        return v;
    auto before = list(tx, u"id = ?"_s, {r.id});
    if (!before)
        return std::unexpected(before.error());
    if (before->isEmpty())
        return fail(errc::NotFound, u"Résultat %1 introuvable."_s.arg(r.id));
    if (auto s = ResultRowWriter::updateChanged(tx, before->first(), r); !s)
        return s;
    r.version += 1;
    auto a = AuditRepository::append(tx, actor, u"result.update"_s, u"result"_s,
                                     QString::number(r.id), json(before->first()), json(r, reason));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status ResultRepository::updateBatch(WriteTx &tx, QList<Change> &changes, const domain::AuditActor &actor)
{
    if (changes.isEmpty())
        return {};
    const qint64 dossierId = changes.first().after.dossierId;
    for (const Change &c : std::as_const(changes)) {
        if (auto v = validate(c.after); !v)
            return v;
        // The before image is trusted only because the versioned UPDATE proves it is the stored row.
        if (c.before.id != c.after.id || c.before.version != c.after.version || c.after.dossierId != dossierId)
            return fail(errc::Query,
                        u"Lot de résultats incohérent (résultat %1, version %2) : erreur de programmation."_s
                            .arg(c.after.id)
                            .arg(c.after.version),
                        c.after.analysisCode);
    }
    CompactJson befores;
    CompactJson afters;
    befores.beginArray();
    afters.beginArray();
    for (Change &c : changes) {
        if (auto s = ResultRowWriter::updateChanged(tx, c.before, c.after); !s)
            return s;
        c.after.version += 1;
        writeImage(befores, c.before);
        writeImage(afters, c.after, c.reason);
    }
    befores.endArray();
    afters.endArray();
    auto a = changes.size() == 1
        ? AuditRepository::append(tx, actor, u"result.update"_s, u"result"_s, QString::number(changes.first().after.id),
                                  json(changes.first().before), json(changes.first().after, changes.first().reason))
        : AuditRepository::append(tx, actor, u"result.update_batch"_s, u"dossier"_s, QString::number(dossierId),
                                  befores.toString(), afters.toString());
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QSet<QString>> ResultRepository::codesInUse(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(u"SELECT analysis_code FROM results WHERE dossier_id = ? AND state <> 'cancelled'"_s, {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    q->finish();
    return out;
}

domain::Result<QHash<qint64, int>> ResultRepository::versionsInUse(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.query(u"SELECT id, version FROM results WHERE dossier_id = ? AND state <> 'cancelled'"_s, {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, int> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toInt());
    q->finish();
    return out;
}

domain::Status ResultRepository::moveToExam(WriteTx &tx, domain::LabResult &r, const domain::AuditActor &actor)
{
    auto s = tx.execVersioned(u"UPDATE results SET ordered_exam_id = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                              {ResultRowWriter::nullId(r.orderedExamId), r.id, r.version}, u"le résultat %1"_s.arg(r.analysisCode));
    if (!s)
        return s;
    r.version += 1;
    QJsonObject o{{u"analysis"_s, r.analysisCode}, {u"orderedExamId"_s, r.orderedExamId}};
    auto a = AuditRepository::append(tx, actor, u"result.move"_s, u"result"_s, QString::number(r.id), {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<domain::ValidationState>> ResultRepository::statesOf(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.rows(u"SELECT state FROM results WHERE dossier_id = ? ORDER BY id"_s, {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::ValidationState> out;
    while (q->next())
        out << domain::validationStateFromCode(q->value(0).toString()).value_or(domain::ValidationState::Pending);
    q->finish();
    return out;
}

domain::Result<domain::LabResult> ResultRepository::get(WriteTx &tx, qint64 id,
                                                         const domain::AuditActor &actor)
{
    auto l = list(tx, u"id = ?"_s, {id});
    if (!l)
        return std::unexpected(l.error());
    if (l->isEmpty())
        return fail(errc::NotFound, u"Résultat %1 introuvable."_s.arg(id));
    auto a = AuditRepository::append(tx, actor, u"result.read"_s, u"result"_s,
                                     QString::number(id));
    if (!a)
        return std::unexpected(a.error());
    return l->first();
}

domain::Result<QList<domain::LabResult>>
ResultRepository::forDossier(WriteTx &tx, qint64 dossierId, const domain::AuditActor &actor)
{
    auto l = list(tx, u"dossier_id = ? ORDER BY id"_s, {dossierId});
    if (!l)
        return l;
    auto a = AuditRepository::append(tx, actor, u"result.read_dossier"_s, u"dossier"_s,
                                     QString::number(dossierId));
    if (!a)
        return std::unexpected(a.error());
    return l;
}

domain::Result<QList<domain::LabResult>>
ResultRepository::history(WriteTx &tx, qint64 patientId, const QString &analysisCode,
                          const QDateTime &before, int limit, const domain::AuditActor &actor)
{
    const QString lim = QString::number(std::clamp(limit, 1, 1000));
    const QString validated = domain::validationStateCode(domain::ValidationState::Validated);
    auto l = before.isValid()
        ? list(tx,
               u"patient_id = ? AND analysis_code = ? AND state = ? AND observed_at < ? "
               "ORDER BY observed_at DESC, id DESC LIMIT %1"_s.arg(lim),
               {patientId, analysisCode, validated, tx.dialect().toDb(before)})
        : list(tx,
               u"patient_id = ? AND analysis_code = ? AND state = ? "
               "ORDER BY observed_at DESC, id DESC LIMIT %1"_s.arg(lim),
               {patientId, analysisCode, validated});
    if (!l)
        return l;
    auto a = AuditRepository::append(tx, actor, u"result.read_history"_s, u"patient"_s,
                                     QString::number(patientId), {},
                                     QString::fromUtf8(QJsonDocument(QJsonObject{
                                         {u"analysis"_s, analysisCode},
                                         {u"count"_s, l->size()}}).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return l;
}

domain::Result<QList<domain::LabResult>>
ResultRepository::forDossierUnaudited(ReadTx &tx, qint64 dossierId, const ActionAudit &action)
{
    Q_ASSERT(action.covers(tx));
    Q_UNUSED(action);
    return list(tx, u"dossier_id = ? ORDER BY id"_s, {dossierId});
}

QString ResultRepository::historySql(qsizetype codeCount, bool withBefore, int perAnalysis)
{
    // One arm per analysis, each a short backward walk of the (patient_id, analysis_code,
    // observed_at) index stopped by its LIMIT: a few rows read per analysis, whatever the
    // patient's history, in one statement (one round trip on PostgreSQL). A window function
    // over the patient's whole history of those analyses read every row of it (measured 3 to 4
    // times slower for 5 years of monthly results, bench_validation).
    const QString arm = u"SELECT %1 FROM (SELECT %1 FROM results WHERE patient_id = ? AND analysis_code = ? "
                        "AND state = ? AND dossier_id <> ?%2 ORDER BY observed_at DESC, id DESC LIMIT %3) h%4"_s;
    QStringList arms;
    for (qsizetype i = 0; i < codeCount; ++i)
        arms << arm.arg(kColumns, withBefore ? u" AND observed_at < ?"_s : QString(),
                        QString::number(std::clamp(perAnalysis, 1, 1000)), QString::number(i));
    return arms.join(u" UNION ALL "_s);
}

domain::Result<QHash<QString, QList<domain::LabResult>>>
ResultRepository::historyUnaudited(ReadTx &tx, qint64 patientId, const QStringList &analysisCodes,
                                   qint64 excludeDossierId, const QDateTime &before, int perAnalysis,
                                   const ActionAudit &action)
{
    Q_ASSERT(action.covers(tx));
    Q_UNUSED(action);
    QHash<QString, QList<domain::LabResult>> out;
    QStringList codes = analysisCodes;
    codes.removeDuplicates();
    if (codes.isEmpty())
        return out;
    const QString validated = domain::validationStateCode(domain::ValidationState::Validated);
    QVariantList binds;
    for (const QString &c : std::as_const(codes)) {
        binds << patientId << c << validated << excludeDossierId;
        if (before.isValid())
            binds << tx.dialect().toDb(before);
    }
    auto q = tx.query(historySql(codes.size(), before.isValid(), perAnalysis), binds);
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        domain::LabResult r = fromRow(*q, tx.dialect());
        out[r.analysisCode] << r;
    }
    q->finish();
    // UNION ALL keeps no order across arms by contract: newest first within each analysis.
    for (auto it = out.begin(); it != out.end(); ++it)
        std::sort(it->begin(), it->end(), [](const domain::LabResult &a, const domain::LabResult &b) {
            return a.observedAt != b.observedAt ? a.observedAt > b.observedAt : a.id > b.id;
        });
    return out;
}

} // namespace sgl::storage
