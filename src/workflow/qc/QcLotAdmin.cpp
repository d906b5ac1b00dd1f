#include "workflow/qc/QcLotAdmin.h"

#include "domain/ErrorCodes.h"
#include "domain/catalogue/Catalogue.h"
#include "storage/AuditRepository.h"
#include "storage/QcLotRepository.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::qc {

using namespace sgl::domain;
using namespace sgl::domain::qc;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject lotJson(const QcLot &l)
{
    QJsonObject o{{QStringLiteral("material"), l.materialId},
                  {QStringLiteral("lot"), l.lotNumber},
                  {QStringLiteral("analyzer"), l.analyzer},
                  {QStringLiteral("analysis"), l.analysisCode},
                  {QStringLiteral("unit"), l.unit},
                  {QStringLiteral("source"), qcTargetSourceCode(l.source)},
                  {QStringLiteral("initialRuns"), l.initialRuns},
                  {QStringLiteral("active"), l.active}};
    if (l.mean)
        o.insert(QStringLiteral("mean"), *l.mean);
    if (l.sd)
        o.insert(QStringLiteral("sd"), *l.sd);
    if (l.expiresOn)
        o.insert(QStringLiteral("expiresOn"), l.expiresOn->toString(Qt::ISODate));
    return o;
}

QJsonObject materialJson(const QcMaterial &m)
{
    return {{QStringLiteral("code"), m.code},
            {QStringLiteral("label"), m.label},
            {QStringLiteral("manufacturer"), m.manufacturer},
            {QStringLiteral("level"), m.level},
            {QStringLiteral("active"), m.active}};
}

} // namespace

QcLotAdmin::QcLotAdmin(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Result<QcMaterial> QcLotAdmin::saveMaterial(QcMaterial material)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    if (auto s = QcLotValidator::validate(material); !s)
        return std::unexpected(s.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<QcMaterial> {
        QString before;
        if (material.id == 0) {
            if (auto s = storage::QcLotRepository::insertMaterial(tx, material, actor.login, now); !s)
                return std::unexpected(s.error());
        } else {
            auto old = storage::QcLotRepository::material(tx, material.id);
            if (!old)
                return std::unexpected(old.error());
            if (*old)
                before = json(materialJson(**old));
            if (auto s = storage::QcLotRepository::updateMaterial(tx, material, actor.login, now); !s)
                return std::unexpected(s.error());
        }
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.material"), QStringLiteral("qc_material"),
                                                  QString::number(material.id), before, json(materialJson(material)));
        if (!a)
            return std::unexpected(a.error());
        return material;
    });
}

Result<QcLot> QcLotAdmin::saveLot(QcLot lot)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    lot.analysisCode = lot.analysisCode.trimmed().toUpper();
    if (auto s = QcLotValidator::validate(lot); !s)
        return std::unexpected(s.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<QcLot> {
        CatalogueCache cache;
        auto catalogue = cache.current(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        const Analysis *analysis = cache.analysis(lot.analysisCode);
        if (!analysis || analysis->retired)
            return fail(errc::QcMissingField,
                        Tr::tr("Analyse %1 absente du catalogue ou retirée : choisissez une analyse en usage.")
                            .arg(lot.analysisCode),
                        QStringLiteral("analysisCode"));
        auto material = storage::QcLotRepository::material(tx, lot.materialId);
        if (!material)
            return std::unexpected(material.error());
        if (!*material)
            return fail(errc::QcMissingField, Tr::tr("Matériau de contrôle n° %1 inconnu.").arg(lot.materialId),
                        QStringLiteral("materialId"));
        QString before;
        if (lot.id == 0) {
            if (auto s = storage::QcLotRepository::insertLot(tx, lot, actor.login, now); !s)
                return std::unexpected(s.error());
        } else {
            auto old = storage::QcLotRepository::lot(tx, lot.id);
            if (!old)
                return std::unexpected(old.error());
            if (*old)
                before = json(lotJson(**old));
            if (auto s = storage::QcLotRepository::updateLot(tx, lot, actor.login, now); !s)
                return std::unexpected(s.error());
        }
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.lot"), QStringLiteral("qc_lot"),
                                                  QString::number(lot.id), before, json(lotJson(lot)));
        if (!a)
            return std::unexpected(a.error());
        return lot;
    });
}

Status QcLotAdmin::setRules(const QString &analysisCode, const QList<WestgardRule> &rules)
{
    if (auto ok = requirePermission(m_session, Permission::ResultTechnicalValidate); !ok)
        return std::unexpected(ok.error());
    const QString code = analysisCode.trimmed().toUpper();
    if (code.isEmpty())
        return fail(errc::QcMissingField, Tr::tr("Champ obligatoire non renseigné : analyse."),
                    QStringLiteral("analysisCode"));
    const AuditActor actor = AuditActor::fromSession(m_session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Status {
        CatalogueCache cache;
        if (auto catalogue = cache.current(tx); !catalogue)
            return std::unexpected(catalogue.error());
        const Analysis *analysis = cache.analysis(code);
        if (!analysis || analysis->retired)
            return fail(errc::QcMissingField,
                        Tr::tr("Analyse « %1 » absente du catalogue ou retirée : ses règles de Westgard ne peuvent "
                               "pas être changées.")
                            .arg(code),
                        QStringLiteral("analysisCode"));
        const QList<WestgardRule> stored = rules.isEmpty() ? allWestgardRules() : rules;
        if (auto s = storage::QcLotRepository::setRules(tx, code, stored, actor.login, now); !s)
            return s;
        auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("qc.rules"), QStringLiteral("qc_rule_config"),
                                                  code, {}, json({{QStringLiteral("rules"), westgardRuleCodes(stored)}}));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

} // namespace sgl::workflow::qc
