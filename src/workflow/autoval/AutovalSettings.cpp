#include "workflow/autoval/AutovalSettings.h"

#include "domain/autoval/RuleSetJson.h"
#include "storage/AuditRepository.h"
#include "storage/AutovalRepository.h"
#include "storage/UserRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

QString json(const AutovalSettingsView &s)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("mode"), autovalModeCode(s.mode)},
                                                       {QStringLiteral("responsible"), s.responsibleLogin}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

AutovalSettings::AutovalSettings(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

Result<AutovalSettingsView> AutovalSettings::loadIn(storage::ReadTx &tx)
{
    auto row = storage::AutovalRepository::settings(tx);
    if (!row)
        return std::unexpected(row.error());
    AutovalSettingsView v;
    v.mode = autovalModeFromCode(row->mode).value_or(AutovalMode::Off);
    v.responsibleLogin = row->responsibleLogin;
    v.version = row->version;
    v.updatedBy = row->updatedBy;
    v.updatedAt = row->updatedAt;
    if (!v.responsibleLogin.isEmpty()) {
        auto u = storage::UserRepository::findByLogin(tx, v.responsibleLogin);
        if (!u)
            return std::unexpected(u.error());
        if (*u)
            v.responsibleName = (*u)->displayName;
    }
    auto rs = storage::AutovalRepository::currentRuleSet(tx);
    if (!rs)
        return std::unexpected(rs.error());
    if (*rs) {
        v.ruleSetId = (*rs)->id;
        v.ruleSetSavedAt = (*rs)->createdAt;
        if (auto parsed = av::RuleSetJson::fromJson((*rs)->rulesJson))
            v.ruleCount = static_cast<int>(parsed->rules.size());
    }
    return v;
}

Result<UserSession> AutovalSettings::responsibleSession(storage::ReadTx &tx, const QString &login, const QString &workstation)
{
    const QString who = login.trimmed().toLower();
    if (who.isEmpty())
        return fail(errc::AutovalBadResponsible,
                    Tr::tr("Choisissez le biologiste responsable sous le nom duquel les dossiers sont validés selon les règles."),
                    QStringLiteral("responsable"));
    auto u = storage::UserRepository::findByLogin(tx, who);
    if (!u)
        return std::unexpected(u.error());
    if (!*u || !(*u)->active || !(*u)->roles.contains(Role::Biologist) || (*u)->rpps.trimmed().isEmpty())
        return fail(errc::AutovalBadResponsible,
                    Tr::tr("« %1 » n'est pas un compte de biologiste actif avec un numéro RPPS : il ne peut pas être "
                           "responsable de l'auto-validation.")
                        .arg(who),
                    who);
    const UserAccount &a = **u;
    UserSession s;
    s.userId = a.id;
    s.login = a.login;
    s.displayName = a.displayName;
    s.rpps = a.rpps;
    s.roles = a.roles;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = workstation;
    return s;
}

Result<AutovalSettingsView> AutovalSettings::load()
{
    if (!rolesGrant(m_session.roles, Permission::SystemConfig))
        if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
            return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) { return loadIn(tx); });
}

Result<AutovalSettingsView> AutovalSettings::save(const QString &modeCode, const QString &responsibleLogin, int version)
{
    if (auto ok = requirePermission(m_session, Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    const std::optional<AutovalMode> mode = autovalModeFromCode(modeCode);
    if (!mode)
        return fail(errc::AutovalBadMode,
                    Tr::tr("Mode d'auto-validation « %1 » inconnu (off, shadow ou active attendu).").arg(modeCode), modeCode);
    return m_db.write([&](storage::WriteTx &tx) -> Result<AutovalSettingsView> {
        auto before = loadIn(tx);
        if (!before)
            return std::unexpected(before.error());
        if (*mode != AutovalMode::Off && before->ruleSetId == 0)
            return fail(errc::AutovalNoRuleSet,
                        Tr::tr("Aucune règle d'auto-validation n'est enregistrée : enregistrez d'abord les règles du "
                               "laboratoire."),
                        QStringLiteral("règles"));
        const QString who = responsibleLogin.trimmed().toLower();
        if (*mode == AutovalMode::Active || !who.isEmpty())
            if (auto s = responsibleSession(tx, who, m_session.workstation); !s)
                return std::unexpected(s.error());
        storage::AutovalSettingsRow row;
        row.mode = autovalModeCode(*mode);
        row.responsibleLogin = who;
        row.version = version;
        if (auto s = storage::AutovalRepository::saveSettings(tx, row, m_session.login); !s)
            return std::unexpected(s.error());
        auto after = loadIn(tx);
        if (!after)
            return std::unexpected(after.error());
        auto a = storage::AuditRepository::append(tx, AuditActor::fromSession(m_session), QStringLiteral("autoval.settings"),
                                                  QStringLiteral("autoval"), QStringLiteral("settings"), json(*before), json(*after));
        if (!a)
            return std::unexpected(a.error());
        return after;
    });
}

Result<QList<std::pair<QString, QString>>> AutovalSettings::responsibleCandidates()
{
    if (auto ok = requirePermission(m_session, Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    return m_db.read([](storage::ReadTx &tx) -> Result<QList<std::pair<QString, QString>>> {
        auto users = storage::UserRepository::list(tx);
        if (!users)
            return std::unexpected(users.error());
        QList<std::pair<QString, QString>> out;
        for (const UserAccount &u : *users)
            if (u.active && u.roles.contains(Role::Biologist) && !u.rpps.trimmed().isEmpty())
                out << std::pair{u.login, u.displayName};
        std::sort(out.begin(), out.end());
        return out;
    });
}

} // namespace sgl::workflow::autoval
