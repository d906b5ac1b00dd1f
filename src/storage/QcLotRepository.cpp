#include "storage/QcLotRepository.h"

#include "storage/Dialect.h"
#include "storage/ErrorCodes.h"
#include "storage/Tr.h"

using namespace Qt::StringLiterals;
using sgl::domain::fail;
using sgl::domain::qc::QcLot;
using sgl::domain::qc::QcMaterial;

namespace sgl::storage {

namespace {

const QString kMaterialColumns = u"id, code, label, manufacturer, level, active, version"_s;
const QString kLotColumns = u"id, material_id, lot_number, analyzer, analysis_code, unit, target_source, target_mean, "
                            "target_sd, initial_runs, expires_on, active, version"_s;

domain::Result<QList<QcMaterial>> selectMaterials(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM qc_materials %2"_s.arg(kMaterialColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<QcMaterial> out;
    while (q->next()) {
        QcMaterial m;
        m.id = q->value(0).toLongLong();
        m.code = q->value(1).toString();
        m.label = q->value(2).toString();
        m.manufacturer = q->value(3).toString();
        m.level = q->value(4).toString();
        m.active = tx.dialect().boolFromDb(q->value(5));
        m.version = q->value(6).toInt();
        out << m;
    }
    q->finish();
    return out;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant toDb(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

domain::Result<QList<QcLot>> selectLots(ReadTx &tx, const QString &tail, const QVariantList &binds)
{
    auto q = tx.query(u"SELECT %1 FROM qc_lots %2"_s.arg(kLotColumns, tail), binds);
    if (!q)
        return std::unexpected(q.error());
    QList<QcLot> out;
    while (q->next()) {
        QcLot l;
        l.id = q->value(0).toLongLong();
        l.materialId = q->value(1).toLongLong();
        l.lotNumber = q->value(2).toString();
        l.analyzer = q->value(3).toString();
        l.analysisCode = q->value(4).toString();
        l.unit = q->value(5).toString();
        l.source = domain::qc::qcTargetSourceFromCode(q->value(6).toString())
                       .value_or(domain::qc::QcTargetSource::Manufacturer);
        l.mean = optionalDouble(q->value(7));
        l.sd = optionalDouble(q->value(8));
        l.initialRuns = q->value(9).toInt();
        if (!q->value(10).isNull()) {
            const QDate d = tx.dialect().dateFromDb(q->value(10));
            if (d.isValid())
                l.expiresOn = d;
        }
        l.active = tx.dialect().boolFromDb(q->value(11));
        l.version = q->value(12).toInt();
        out << l;
    }
    q->finish();
    return out;
}

QVariant expiry(const Dialect &d, const QcLot &lot)
{
    return lot.expiresOn ? d.toDb(*lot.expiresOn) : QVariant();
}

} // namespace

domain::Status QcLotRepository::insertMaterial(WriteTx &tx, QcMaterial &m, const QString &by, const QDateTime &at)
{
    const Dialect &d = tx.dialect();
    auto id = tx.insert(u"INSERT INTO qc_materials (code, label, manufacturer, level, active, version, updated_by, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"_s,
                        {m.code.trimmed(), m.label.trimmed(), m.manufacturer, m.level, d.toDb(m.active), by, d.toDb(at)});
    if (!id)
        return std::unexpected(id.error());
    m.id = *id;
    m.version = 1;
    return {};
}

domain::Status QcLotRepository::updateMaterial(WriteTx &tx, QcMaterial &m, const QString &by, const QDateTime &at)
{
    const Dialect &d = tx.dialect();
    if (auto s = tx.execVersioned(u"UPDATE qc_materials SET code = ?, label = ?, manufacturer = ?, level = ?, active = ?, "
                                  "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?"_s,
                                  {m.code.trimmed(), m.label.trimmed(), m.manufacturer, m.level, d.toDb(m.active), by,
                                   d.toDb(at), m.id, m.version},
                                  Tr::tr("le contrôle « %1 »").arg(m.code));
        !s)
        return s;
    ++m.version;
    return {};
}

domain::Result<QList<QcMaterial>> QcLotRepository::materials(ReadTx &tx)
{
    return selectMaterials(tx, u"ORDER BY code"_s, {});
}

domain::Result<std::optional<QcMaterial>> QcLotRepository::material(ReadTx &tx, qint64 id)
{
    auto rows = selectMaterials(tx, u"WHERE id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

domain::Result<std::optional<QcMaterial>> QcLotRepository::materialByCode(ReadTx &tx, const QString &code)
{
    auto rows = selectMaterials(tx, u"WHERE code = ?"_s, {code.trimmed()});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

domain::Status QcLotRepository::insertLot(WriteTx &tx, QcLot &lot, const QString &by, const QDateTime &at)
{
    const Dialect &d = tx.dialect();
    auto id = tx.insert(u"INSERT INTO qc_lots (material_id, lot_number, analyzer, analysis_code, unit, target_source, "
                        "target_mean, target_sd, initial_runs, expires_on, active, version, updated_by, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s,
                        {lot.materialId, lot.lotNumber.trimmed(), lot.analyzer.trimmed(), lot.analysisCode.trimmed(),
                         lot.unit, domain::qc::qcTargetSourceCode(lot.source), toDb(lot.mean), toDb(lot.sd),
                         lot.initialRuns, expiry(d, lot), d.toDb(lot.active), by, d.toDb(at)});
    if (!id)
        return std::unexpected(id.error());
    lot.id = *id;
    lot.version = 1;
    return {};
}

domain::Status QcLotRepository::updateLot(WriteTx &tx, QcLot &lot, const QString &by, const QDateTime &at)
{
    const Dialect &d = tx.dialect();
    if (auto s = tx.execVersioned(
            u"UPDATE qc_lots SET material_id = ?, lot_number = ?, analyzer = ?, analysis_code = ?, unit = ?, "
            "target_source = ?, target_mean = ?, target_sd = ?, initial_runs = ?, expires_on = ?, active = ?, "
            "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?"_s,
            {lot.materialId, lot.lotNumber.trimmed(), lot.analyzer.trimmed(), lot.analysisCode.trimmed(), lot.unit,
             domain::qc::qcTargetSourceCode(lot.source), toDb(lot.mean), toDb(lot.sd), lot.initialRuns,
             expiry(d, lot), d.toDb(lot.active), by, d.toDb(at), lot.id, lot.version},
            Tr::tr("le lot de contrôle « %1 »").arg(lot.lotNumber));
        !s)
        return s;
    ++lot.version;
    return {};
}

domain::Result<std::optional<QcLot>> QcLotRepository::lot(ReadTx &tx, qint64 id)
{
    auto rows = selectLots(tx, u"WHERE id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

domain::Result<QList<QcLot>> QcLotRepository::lots(ReadTx &tx)
{
    return selectLots(tx, u"ORDER BY active DESC, analyzer, analysis_code, lot_number, id"_s, {});
}

domain::Result<QList<QcLot>> QcLotRepository::activeLots(ReadTx &tx, const QString &analyzer,
                                                         const QString &analysisCode)
{
    return selectLots(tx, u"WHERE analyzer = ? AND analysis_code = ? AND active = ? ORDER BY id"_s,
                      {analyzer, analysisCode, tx.dialect().toDb(true)});
}

domain::Result<std::optional<QList<domain::qc::WestgardRule>>> QcLotRepository::rules(ReadTx &tx,
                                                                                     const QString &analysisCode)
{
    auto q = tx.query(u"SELECT rules FROM qc_rule_config WHERE analysis_code = ?"_s, {analysisCode});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<QList<domain::qc::WestgardRule>>();
    const QString text = q->value(0).toString();
    q->finish();
    const auto parsed = domain::qc::westgardRulesFromCodes(text);
    if (!parsed)
        return fail(errc::Corrupt, Tr::tr("Règles de Westgard illisibles pour l'analyse %1 : « %2 ».")
                                       .arg(analysisCode, text));
    return std::optional(*parsed);
}

domain::Status QcLotRepository::setRules(WriteTx &tx, const QString &analysisCode,
                                         const QList<domain::qc::WestgardRule> &rules, const QString &by,
                                         const QDateTime &at)
{
    const Dialect &d = tx.dialect();
    const QString codes = domain::qc::westgardRuleCodes(rules);
    auto n = tx.exec(u"UPDATE qc_rule_config SET rules = ?, version = version + 1, updated_by = ?, updated_at = ? "
                     "WHERE analysis_code = ?"_s,
                     {codes, by, d.toDb(at), analysisCode});
    if (!n)
        return std::unexpected(n.error());
    if (*n > 0)
        return {};
    auto i = tx.exec(u"INSERT INTO qc_rule_config (analysis_code, rules, version, updated_by, updated_at) "
                     "VALUES (?, ?, 1, ?, ?)"_s,
                     {analysisCode, codes, by, d.toDb(at)});
    if (!i)
        return std::unexpected(i.error());
    return {};
}

} // namespace sgl::storage
