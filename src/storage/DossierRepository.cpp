#include "storage/DossierRepository.h"

#include "storage/AuditRepository.h"
#include "storage/CompactJson.h"
#include "storage/DossierDetailsRepository.h"
#include "storage/ErrorCodes.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using sgl::domain::fail;

namespace sgl::storage {

namespace {
const QString kColumns = u"id, version, number, patient_id, status, priority, prescriber_rpps, "
                         "prescriber_name, clinical_info, created_by, created_at, updated_at, prescriber_mssante, "
                         "prescribed_on, sampled_at, sampler_kind, sampler_name, origin, ward, report_to_prescriber, "
                         "report_to_patient, paper_copy"_s;

template <class Row>
domain::Dossier fromRow(const Row &q, const Dialect &d)
{
    domain::Dossier x;
    x.id = q.value(0).toLongLong();
    x.version = q.value(1).toInt();
    x.number = q.value(2).toString();
    x.patientId = q.value(3).toLongLong();
    x.status = domain::dossierStatusFromCode(q.value(4).toString())
                   .value_or(domain::DossierStatus::Registered);
    x.priority = domain::priorityFromCode(q.value(5).toString()).value_or(domain::Dossier::Priority::Routine);
    x.prescriberRpps = q.value(6).toString();
    x.prescriberName = q.value(7).toString();
    x.clinicalInfo = q.value(8).toString();
    x.createdBy = q.value(9).toString();
    x.createdAt = d.dateTimeFromDb(q.value(10));
    x.updatedAt = d.dateTimeFromDb(q.value(11));
    x.prescriberMssante = q.value(12).toString();
    x.prescribedOn = d.dateFromDb(q.value(13));
    x.sampledAt = d.dateTimeFromDb(q.value(14));
    x.samplerKind = domain::samplerKindFromCode(q.value(15).toString()).value_or(domain::Dossier::SamplerKind::Laboratory);
    x.samplerName = q.value(16).toString();
    x.origin = domain::originFromCode(q.value(17).toString()).value_or(domain::Dossier::Origin::External);
    x.ward = q.value(18).toString();
    x.reportToPrescriber = d.boolFromDb(q.value(19));
    x.reportToPatient = d.boolFromDb(q.value(20));
    x.paperCopy = d.boolFromDb(q.value(21));
    return x;
}

/**
 * The audit image of a dossier: what QJsonDocument wrote of the QJsonObject {id, version,
 * number, patientId, status, priority, prescriber*, prescribedOn, sampledAt, sampler*, origin,
 * ward, reportTo*, paperCopy, clinicalInfo}, keys in QJsonObject order, written without building
 * the object (CompactJson): two images per status change, on every analyzer message.
 */
QString json(const domain::Dossier &x)
{
    CompactJson j;
    j.beginObject()
        .string("clinicalInfo"_L1, x.clinicalInfo)
        .integer("id"_L1, x.id)
        .string("number"_L1, x.number)
        .string("origin"_L1, domain::originCode(x.origin))
        .boolean("paperCopy"_L1, x.paperCopy)
        .integer("patientId"_L1, x.patientId)
        .string("prescribedOn"_L1, x.prescribedOn.toString(Qt::ISODate))
        .string("prescriberMssante"_L1, x.prescriberMssante)
        .string("prescriberName"_L1, x.prescriberName)
        .string("prescriberRpps"_L1, x.prescriberRpps)
        .string("priority"_L1, domain::priorityCode(x.priority))
        .boolean("reportToPatient"_L1, x.reportToPatient)
        .boolean("reportToPrescriber"_L1, x.reportToPrescriber)
        .string("sampledAt"_L1, Dialect::isoUtc(x.sampledAt))
        .string("sampler"_L1, domain::samplerKindCode(x.samplerKind))
        .string("samplerName"_L1, x.samplerName)
        .string("status"_L1, domain::dossierStatusCode(x.status))
        .integer("version"_L1, x.version)
        .string("ward"_L1, x.ward)
        .endObject();
    return j.toString();
}

domain::Result<QList<domain::Dossier>> list(ReadTx &tx, const QString &where,
                                            const QVariantList &binds, const QString &tail)
{
    auto q = tx.rows(u"SELECT %1 FROM dossiers WHERE %2 %3"_s.arg(kColumns, where, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::Dossier> out;
    while (q->next())
        out << fromRow(*q, tx.dialect());
    q->finish();
    return out;
}
} // namespace

domain::Status DossierRepository::insert(WriteTx &tx, domain::Dossier &x,
                                         const domain::AuditActor &actor)
{
    if (x.number.trimmed().isEmpty())
        return fail(errc::DossierMissingNumber, u"Numéro de dossier manquant."_s);
    if (x.patientId == 0)
        return fail(errc::DossierMissingPatient, u"Dossier sans patient."_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!x.createdAt.isValid())
        x.createdAt = now;
    x.updatedAt = now;
    if (x.createdBy.isEmpty())
        x.createdBy = actor.login;
    const Dialect &d = tx.dialect();
    auto id = tx.insert(u"INSERT INTO dossiers (number, patient_id, status, priority, prescriber_rpps, prescriber_name, "
                        "clinical_info, created_by, created_at, updated_at, prescriber_mssante, prescribed_on, sampled_at, "
                        "sampler_kind, sampler_name, origin, ward, report_to_prescriber, report_to_patient, paper_copy) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {x.number, x.patientId, domain::dossierStatusCode(x.status), domain::priorityCode(x.priority),
                         x.prescriberRpps, x.prescriberName, x.clinicalInfo, x.createdBy, d.toDb(x.createdAt),
                         d.toDb(x.updatedAt), x.prescriberMssante, d.toDb(x.prescribedOn), d.toDb(x.sampledAt),
                         domain::samplerKindCode(x.samplerKind), x.samplerName, domain::originCode(x.origin), x.ward,
                         d.toDb(x.reportToPrescriber), d.toDb(x.reportToPatient), d.toDb(x.paperCopy)});
    if (!id)
        return std::unexpected(id.error());
    x.id = *id;
    x.version = 1;
    auto a = AuditRepository::append(tx, actor, u"dossier.create"_s, u"dossier"_s,
                                     QString::number(x.id), {}, json(x));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<domain::Dossier> DossierRepository::get(WriteTx &tx, qint64 id,
                                                       const domain::AuditActor &actor)
{
    auto l = list(tx, u"id = ?"_s, {id}, {});
    if (!l)
        return std::unexpected(l.error());
    if (l->isEmpty())
        return fail(errc::NotFound, u"Dossier %1 introuvable."_s.arg(id));
    auto a = AuditRepository::append(tx, actor, u"dossier.read"_s, u"dossier"_s,
                                     QString::number(id));
    if (!a)
        return std::unexpected(a.error());
    domain::Dossier d = l->first();
    if (auto s = DossierDetailsRepository::load(tx, d); !s)
        return std::unexpected(s.error());
    return d;
}

domain::Result<domain::Dossier> DossierRepository::getUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action)
{
    auto d = rowUnaudited(tx, id, action);
    if (!d)
        return d;
    if (auto s = DossierDetailsRepository::load(tx, *d); !s)
        return std::unexpected(s.error());
    return d;
}

domain::Result<domain::Dossier> DossierRepository::rowUnaudited(ReadTx &tx, qint64 id, const ActionAudit &action)
{
    Q_ASSERT(action.covers(tx));
    Q_UNUSED(action);
    auto l = list(tx, u"id = ?"_s, {id}, {});
    if (!l)
        return std::unexpected(l.error());
    if (l->isEmpty())
        return fail(errc::NotFound, u"Dossier %1 introuvable."_s.arg(id));
    return l->first();
}

domain::Result<qint64> DossierRepository::patientIdOf(ReadTx &tx, qint64 id)
{
    auto q = tx.query(u"SELECT patient_id FROM dossiers WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(errc::NotFound, u"Dossier %1 introuvable."_s.arg(id));
    const qint64 patient = q->value(0).toLongLong();
    q->finish();
    return patient;
}

namespace {

/** Dossiers with only the sampling columns read (see sampledBetween). */
domain::Result<QList<domain::Dossier>> samplingRows(ReadTx &tx, const QString &where, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT id, number, sampled_at, sampler_kind, sampler_name, origin, ward FROM dossiers WHERE "_s + where,
                      binds);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::Dossier> out;
    while (q->next()) {
        domain::Dossier d;
        d.id = q->value(0).toLongLong();
        d.number = q->value(1).toString();
        d.sampledAt = tx.dialect().dateTimeFromDb(q->value(2));
        d.samplerKind = domain::samplerKindFromCode(q->value(3).toString()).value_or(domain::Dossier::SamplerKind::Laboratory);
        d.samplerName = q->value(4).toString();
        d.origin = domain::originFromCode(q->value(5).toString()).value_or(domain::Dossier::Origin::External);
        d.ward = q->value(6).toString();
        out << d;
    }
    return out;
}

} // namespace

domain::Result<QList<domain::Dossier>> DossierRepository::sampledBetween(ReadTx &tx, const QDateTime &from,
                                                                        const QDateTime &to)
{
    return samplingRows(tx, u"sampled_at >= ? AND sampled_at <= ? AND status <> ? ORDER BY sampled_at, id"_s,
                        {tx.dialect().toDb(from.toUTC()), tx.dialect().toDb(to.toUTC()),
                         domain::dossierStatusCode(domain::DossierStatus::Cancelled)});
}

domain::Result<domain::Dossier> DossierRepository::sampling(ReadTx &tx, qint64 id)
{
    auto rows = samplingRows(tx, u"id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(errc::NotFound, u"Dossier %1 introuvable."_s.arg(id));
    return rows->first();
}

domain::Result<int> DossierRepository::versionOf(ReadTx &tx, qint64 id)
{
    auto q = tx.query(u"SELECT version FROM dossiers WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(errc::NotFound, u"Dossier %1 introuvable."_s.arg(id));
    const int version = q->value(0).toInt();
    q->finish();
    return version;
}

domain::Result<QList<domain::Dossier>>
DossierRepository::forPatient(WriteTx &tx, qint64 patientId, const domain::AuditActor &actor)
{
    auto l = list(tx, u"patient_id = ?"_s, {patientId}, u"ORDER BY created_at DESC, id DESC"_s);
    if (!l)
        return l;
    auto a = AuditRepository::append(tx, actor, u"dossier.list"_s, u"patient"_s,
                                     QString::number(patientId));
    if (!a)
        return std::unexpected(a.error());
    return l;
}

domain::Result<QList<domain::Dossier>> DossierRepository::withStatus(ReadTx &tx,
                                                                     domain::DossierStatus status,
                                                                     int limit)
{
    return list(tx, u"status = ?"_s, {domain::dossierStatusCode(status)},
                u"ORDER BY created_at, id LIMIT %1"_s.arg(std::clamp(limit, 1, 10000)));
}

domain::Status DossierRepository::setStatus(WriteTx &tx, domain::Dossier &x,
                                            domain::DossierStatus to,
                                            const domain::AuditActor &actor)
{
    if (!domain::dossierTransitionAllowed(x.status, to))
        return fail(errc::DossierTransitionForbidden,
                    u"Le dossier %1 ne peut pas passer de « %2 » à « %3 »."_s.arg(
                        x.number, domain::dossierStatusLabel(x.status),
                        domain::dossierStatusLabel(to)));
    const QString before = json(x);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto s = tx.execVersioned(u"UPDATE dossiers SET status = ?, version = version + 1, "
                              "updated_at = ? WHERE id = ? AND version = ?"_s,
                              {domain::dossierStatusCode(to), tx.dialect().toDb(now), x.id,
                               x.version},
                              u"le dossier %1"_s.arg(x.number));
    if (!s)
        return s;
    x.status = to;
    x.version += 1;
    x.updatedAt = now;
    auto a = AuditRepository::append(tx, actor, u"dossier.status"_s, u"dossier"_s,
                                     QString::number(x.id), before, json(x));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status DossierRepository::update(WriteTx &tx, domain::Dossier &x, const QString &before,
                                         const domain::AuditActor &actor)
{
    const Dialect &d = tx.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto s = tx.execVersioned(
        u"UPDATE dossiers SET priority = ?, prescriber_rpps = ?, prescriber_name = ?, prescriber_mssante = ?, "
        "clinical_info = ?, prescribed_on = ?, sampled_at = ?, sampler_kind = ?, sampler_name = ?, origin = ?, ward = ?, "
        "report_to_prescriber = ?, report_to_patient = ?, paper_copy = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"_s,
        {domain::priorityCode(x.priority), x.prescriberRpps, x.prescriberName, x.prescriberMssante, x.clinicalInfo,
         d.toDb(x.prescribedOn), d.toDb(x.sampledAt), domain::samplerKindCode(x.samplerKind), x.samplerName,
         domain::originCode(x.origin), x.ward, d.toDb(x.reportToPrescriber), d.toDb(x.reportToPatient),
         d.toDb(x.paperCopy), d.toDb(now), x.id, x.version},
        u"le dossier %1"_s.arg(x.number));
    if (!s)
        return s;
    x.version += 1;
    x.updatedAt = now;
    auto a = AuditRepository::append(tx, actor, u"dossier.update"_s, u"dossier"_s, QString::number(x.id), before, json(x));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Status DossierRepository::touch(WriteTx &tx, domain::Dossier &x)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto s = tx.execVersioned(u"UPDATE dossiers SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s,
                              {tx.dialect().toDb(now), x.id, x.version}, u"le dossier %1"_s.arg(x.number));
    if (!s)
        return s;
    x.version += 1;
    x.updatedAt = now;
    return {};
}

domain::Status DossierRepository::updateTubeSampling(WriteTx &tx, const domain::Dossier &x)
{
    auto n = tx.exec(u"UPDATE specimens SET collected_at = ? WHERE dossier_id = ? AND status = 'expected'"_s,
                     {tx.dialect().toDb(x.sampledAt), x.id});
    if (!n)
        return std::unexpected(n.error());
    return {};
}

QString DossierRepository::snapshot(const domain::Dossier &dossier)
{
    return json(dossier);
}

domain::Result<std::optional<domain::Dossier>> DossierRepository::byNumber(ReadTx &tx, const QString &number)
{
    auto l = list(tx, u"number = ?"_s, {number.trimmed()}, {});
    if (!l)
        return std::unexpected(l.error());
    return l->isEmpty() ? std::optional<domain::Dossier>() : std::optional<domain::Dossier>(l->first());
}

domain::Status DossierRepository::addSpecimen(WriteTx &tx, domain::Specimen &s,
                                              const domain::AuditActor &actor)
{
    if (s.barcode.trimmed().isEmpty())
        return fail(errc::SpecimenMissingBarcode, u"Code-barres du prélèvement manquant."_s);
    if (s.status == domain::Specimen::Status::Rejected && s.rejectionReason.trimmed().isEmpty())
        return fail(errc::SpecimenMissingRejectionReason,
                    u"Un prélèvement refusé doit avoir un motif de refus."_s, s.barcode);
    auto id = tx.insert(u"INSERT INTO specimens (dossier_id, barcode, type_code, type_label, "
                        "status, rejection_reason, collected_at, received_at, container_code, received_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {s.dossierId, s.barcode, s.typeCode, s.typeLabel,
                         domain::specimenStatusCode(s.status), s.rejectionReason,
                         tx.dialect().toDb(s.collectedAt), tx.dialect().toDb(s.receivedAt), s.containerCode,
                         s.receivedBy});
    if (!id)
        return std::unexpected(id.error());
    s.id = *id;
    QJsonObject o{{u"barcode"_s, s.barcode},
                  {u"dossierId"_s, s.dossierId},
                  {u"type"_s, s.typeCode},
                  {u"container"_s, s.containerCode},
                  {u"status"_s, domain::specimenStatusCode(s.status)}};
    auto a = AuditRepository::append(tx, actor, u"specimen.create"_s, u"specimen"_s,
                                     QString::number(s.id), {},
                                     QString::fromUtf8(QJsonDocument(o).toJson(
                                         QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return {};
}

domain::Result<QList<domain::Specimen>> DossierRepository::specimens(ReadTx &tx, qint64 dossierId)
{
    auto q = tx.rows(u"SELECT id, dossier_id, barcode, type_code, type_label, status, "
                     "rejection_reason, collected_at, received_at, container_code, received_by, label_prints "
                     "FROM specimens WHERE dossier_id = ? ORDER BY id"_s,
                     {dossierId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::Specimen> out;
    while (q->next()) {
        domain::Specimen s;
        s.id = q->value(0).toLongLong();
        s.dossierId = q->value(1).toLongLong();
        s.barcode = q->value(2).toString();
        s.typeCode = q->value(3).toString();
        s.typeLabel = q->value(4).toString();
        if (!domain::specimenStatusFromCode(q->value(5).toString(), &s.status))
            s.status = domain::Specimen::Status::Expected;
        s.rejectionReason = q->value(6).toString();
        s.collectedAt = tx.dialect().dateTimeFromDb(q->value(7));
        s.receivedAt = tx.dialect().dateTimeFromDb(q->value(8));
        s.containerCode = q->value(9).toString();
        s.receivedBy = q->value(10).toString();
        s.labelPrints = q->value(11).toInt();
        out << s;
    }
    return out;
}

domain::Result<qint64> DossierRepository::patientForDossierOrSpecimen(ReadTx &tx,
                                                                      const QString &code)
{
    const QString key = code.trimmed();
    if (key.isEmpty())
        return qint64(0);
    // Dossier number first: a barcode that happens to equal another dossier's number must not win.
    for (const QString &sql :
         {u"SELECT patient_id FROM dossiers WHERE number = ?"_s,
          u"SELECT d.patient_id FROM specimens s JOIN dossiers d ON d.id = s.dossier_id "
          "WHERE s.barcode = ?"_s}) {
        auto q = tx.query(sql, {key});
        if (!q)
            return std::unexpected(q.error());
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (id != 0)
            return id;
    }
    return qint64(0);
}

} // namespace sgl::storage
