#include "workflow/autoval/RuleSetAdmin.h"

#include "domain/audit/AuditActor.h"
#include "domain/autoval/RuleSetJson.h"
#include "domain/autoval/RuleSetValidator.h"
#include "domain/catalogue/CatalogueVersion.h"
#include "storage/AuditRepository.h"
#include "storage/AutovalRepository.h"
#include "storage/CatalogueRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

Result<RuleSetRecord> recordOf(const storage::AutovalRuleSetRow &row)
{
    auto parsed = av::RuleSetJson::fromJson(row.rulesJson);
    if (!parsed)
        return std::unexpected(parsed.error());
    return RuleSetRecord{row.id, row.catalogueVersionId, *parsed, row.reason, row.createdBy, row.createdAt};
}

/** One refusal carrying every problem: the first one's code and location, all of them in the message. */
Error refusal(const QList<Error> &problems)
{
    QStringList lines;
    for (const Error &e : problems)
        lines << (e.location.isEmpty() ? e.message : QStringLiteral("%1 : %2").arg(e.location, e.message));
    return Error{problems.first().code,
                 Tr::tr("Règles d'auto-validation refusées, rien n'a été enregistré :\n%1").arg(lines.join(QLatin1Char('\n'))),
                 problems.first().location};
}

} // namespace

RuleSetAdmin::RuleSetAdmin(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Status RuleSetAdmin::mayRead() const
{
    if (rolesGrant(m_session.roles, Permission::CatalogueEdit) || rolesGrant(m_session.roles, Permission::SystemConfig))
        return {};
    return requirePermission(m_session, Permission::ResultValidate);
}

Result<std::optional<RuleSetRecord>> RuleSetAdmin::currentIn(storage::ReadTx &tx)
{
    auto row = storage::AutovalRepository::currentRuleSet(tx);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<RuleSetRecord>{};
    auto r = recordOf(**row);
    if (!r)
        return std::unexpected(r.error());
    return std::optional<RuleSetRecord>{*r};
}

Result<std::optional<RuleSetRecord>> RuleSetAdmin::current()
{
    if (auto ok = mayRead(); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) { return currentIn(tx); });
}

Result<QList<RuleSetRecord>> RuleSetAdmin::history(int limit)
{
    if (auto ok = mayRead(); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<RuleSetRecord>> {
        auto rows = storage::AutovalRepository::ruleSetHistory(tx, limit);
        if (!rows)
            return std::unexpected(rows.error());
        QList<RuleSetRecord> out;
        for (const storage::AutovalRuleSetRow &row : *rows) {
            auto r = recordOf(row);
            if (!r)
                return std::unexpected(r.error());
            out << *r;
        }
        return out;
    });
}

Result<QList<Error>> RuleSetAdmin::check(const av::RuleSet &ruleSet)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    return m_db.read([&](storage::ReadTx &tx) -> Result<QList<Error>> {
        auto catalogue = storage::CatalogueRepository::loadCurrent(tx);
        if (!catalogue)
            return std::unexpected(catalogue.error());
        return av::RuleSetValidator::problems(ruleSet, *catalogue);
    });
}

Result<RuleSetRecord> RuleSetAdmin::save(const av::RuleSet &ruleSet, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    const AuditActor actor = AuditActor::fromSession(m_session);
    return m_db.write([&](storage::WriteTx &tx) { return saveIn(tx, actor, ruleSet, reason); });
}

Result<RuleSetRecord> RuleSetAdmin::importJson(const QByteArray &json, const QString &reason)
{
    if (auto ok = requirePermission(m_session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    auto parsed = av::RuleSetJson::fromJson(json);
    if (!parsed)
        return std::unexpected(parsed.error());
    return save(*parsed, reason);
}

Result<RuleSetRecord> RuleSetAdmin::saveIn(storage::WriteTx &tx, const AuditActor &actor, const av::RuleSet &ruleSet,
                                           const QString &reason, qint64 intoVersion)
{
    if (reason.trimmed().isEmpty())
        return fail(errc::AutovalSaveReasonRequired, Tr::tr("Le motif de la modification des règles est obligatoire."),
                    QStringLiteral("motif"));
    auto catalogue = storage::CatalogueRepository::loadCurrent(tx);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    const QList<Error> problems = av::RuleSetValidator::problems(ruleSet, *catalogue);
    if (!problems.isEmpty())
        return std::unexpected(refusal(problems));
    const QByteArray json = av::RuleSetJson::toJson(ruleSet);
    auto before = storage::AutovalRepository::currentRuleSet(tx);
    if (!before)
        return std::unexpected(before.error());
    if (*before && (*before)->rulesJson == json)
        return fail(errc::AutovalRuleSetUnchanged, Tr::tr("Les règles n'ont pas changé : rien à enregistrer."),
                    QStringLiteral("règles"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CatalogueVersion v{0, now, actor.login, Tr::tr("Règles d'auto-validation : %1").arg(reason.trimmed()), QStringLiteral("edit")};
    auto versionId = intoVersion > 0 ? Result<qint64>(intoVersion) : storage::CatalogueRepository::createVersion(tx, v);
    if (!versionId)
        return std::unexpected(versionId.error());
    storage::AutovalRuleSetRow row{0, *versionId, json, reason.trimmed(), actor.login, now};
    if (auto s = storage::AutovalRepository::insertRuleSet(tx, row); !s)
        return std::unexpected(s.error());
    const QJsonObject after{{QStringLiteral("ruleSetId"), row.id},
                            {QStringLiteral("catalogueVersionId"), row.catalogueVersionId},
                            {QStringLiteral("previousRuleSetId"), *before ? (*before)->id : 0},
                            {QStringLiteral("rules"), static_cast<int>(ruleSet.rules.size())},
                            {QStringLiteral("reason"), row.reason}};
    auto a = storage::AuditRepository::append(tx, actor, QStringLiteral("autoval.rule_set_save"), QStringLiteral("autoval_rule_set"),
                                              QString::number(row.id), {},
                                              QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    if (!a)
        return std::unexpected(a.error());
    return RuleSetRecord{row.id, row.catalogueVersionId, ruleSet, row.reason, row.createdBy, row.createdAt};
}

} // namespace sgl::workflow::autoval
