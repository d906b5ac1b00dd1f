#include "workflow/auth/PscLogin.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/directory/DirectorySearch.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {

/** The audit detail of a PSC event: who PSC said it was and why; never a token. */
QString detailJson(const QString &reason, const interop::psc::PscIdentity *identity, const QDateTime &expiresAt = {})
{
    QJsonObject o{{u"method"_s, u"psc"_s}, {u"detail"_s, reason}};
    if (identity != nullptr) {
        o.insert(u"rpps"_s, identity->professional.rpps);
        o.insert(u"subjectNameId"_s, identity->professional.subjectNameId);
        o.insert(u"subject"_s, identity->professional.subject);
    }
    if (expiresAt.isValid())
        o.insert(u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

PscLogin::PscLogin(storage::Database &db, QString workstation) : m_db(db), m_workstation(std::move(workstation)) {}

domain::Status PscLogin::refuse(const QString &entity, qint64 userId, const QString &login, const QString &detail,
                                const interop::psc::PscIdentity *identity)
{
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        const domain::AuditActor actor{userId, login, m_workstation};
        if (auto s = storage::UserRepository::logAttempt(tx, login, false, m_workstation, u"psc:"_s + detail); !s)
            return s;
        auto a = storage::AuditRepository::append(tx, actor, u"auth.psc_login_refused"_s, u"user"_s, entity, {},
                                                  detailJson(detail, identity));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

domain::Result<domain::UserSession> PscLogin::open(const interop::psc::PscIdentity &identity, const QDateTime &now)
{
    const QString rpps = identity.professional.rpps;
    auto refused = [&](const QString &entity, qint64 userId, const QString &login, const QString &detail,
                       domain::Error error) -> domain::Result<domain::UserSession> {
        if (auto s = refuse(entity, userId, login, detail, &identity); !s)
            return std::unexpected(s.error());
        return std::unexpected(std::move(error));
    };
    if (rpps.isEmpty())
        return refused(u"psc:"_s + identity.professional.subjectNameId, 0, u"psc:"_s + identity.professional.subjectNameId,
                       u"no_rpps"_s,
                       {errc::AuthPscNoRpps,
                        Tr::tr("Pro Santé Connect n'a pas transmis de numéro RPPS pour ce professionnel (identifiant "
                               "national « %1 ») : connexion impossible, un compte du laboratoire est rattaché à un "
                               "RPPS.")
                            .arg(identity.professional.subjectNameId),
                        {}});
    const QString rppsEntity = u"rpps:"_s + rpps;
    auto accounts = m_db.read([&](storage::ReadTx &tx) { return storage::UserRepository::findByRpps(tx, rpps); });
    if (!accounts)
        return std::unexpected(accounts.error());
    if (accounts->isEmpty())
        return refused(rppsEntity, 0, rppsEntity, u"unknown_rpps"_s,
                       {errc::AuthPscUnknownRpps,
                        Tr::tr("Aucun compte du laboratoire n'est rattaché au RPPS %1 (%2 %3). Demandez à un "
                               "administrateur de renseigner ce RPPS dans votre compte.")
                            .arg(rpps, identity.professional.givenName, identity.professional.familyName),
                        {}});
    if (accounts->size() > 1)
        return refused(rppsEntity, 0, rppsEntity, u"ambiguous_rpps"_s,
                       {errc::AuthPscAmbiguousRpps,
                        Tr::tr("Plusieurs comptes du laboratoire sont rattachés au RPPS %1 : un administrateur doit "
                               "n'en garder qu'un.")
                            .arg(rpps),
                        {}});
    const domain::UserAccount account = accounts->first();
    if (!account.active)
        return refused(account.login, account.id, account.login, u"disabled"_s,
                       {errc::AuthDisabled, Tr::tr("Ce compte est désactivé."), {}});

    domain::UserSession session;
    session.userId = account.id;
    session.login = account.login;
    session.displayName = account.displayName;
    session.rpps = account.rpps;
    session.roles = account.roles;
    session.startedAt = now.toUTC();
    session.workstation = m_workstation;
    session.signInMethod = domain::SignInMethod::ProSanteConnect;
    session.expiresAt = identity.tokens.accessExpiresAt.toUTC();

    // The directory check reads in its own transaction, before the write below (never nested).
    directory::DirectorySearch directorySearch(m_db, session);
    auto check = directorySearch.checkRpps(rpps);
    if (!check)
        return std::unexpected(check.error());
    using Status = directory::RppsCheck::Status;
    if (check->status != Status::KnownActive && check->status != Status::NoDirectory)
        return refused(account.login, account.id, account.login, u"directory"_s,
                       {errc::AuthPscDirectory,
                        Tr::tr("Connexion refusée : %1 Si le professionnel exerce, importez une extraction récente "
                               "de l'Annuaire Santé.")
                            .arg(check->message),
                        {}});

    auto recorded = m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto fresh = storage::UserRepository::get(tx, account.id);
        if (!fresh)
            return std::unexpected(fresh.error());
        // Keep the password failure counter and lock: they are about the password, not PSC.
        if (auto s = storage::UserRepository::recordLoginOutcome(tx, account.id, fresh->failedAttempts,
                                                                fresh->lockedUntil, session.startedAt);
            !s)
            return s;
        if (auto s = storage::UserRepository::logAttempt(tx, account.login, true, m_workstation, u"psc:ok"_s); !s)
            return s;
        auto a = storage::AuditRepository::append(tx, domain::AuditActor::fromSession(session), u"auth.psc_login"_s,
                                                  u"user"_s, account.login, {},
                                                  detailJson(u"ok"_s, &identity, session.expiresAt));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    return session;
}

domain::Status PscLogin::recordFailure(const domain::Error &error, const QString &rpps)
{
    const QString entity = rpps.isEmpty() ? u"psc"_s : u"rpps:"_s + rpps;
    return refuse(entity, 0, entity, error.code, nullptr);
}

domain::Status PscLogin::recordLogout(const domain::UserSession &session)
{
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        const QString method = session.signInMethod == domain::SignInMethod::ProSanteConnect ? u"psc"_s : u"password"_s;
        const QJsonObject o{{u"method"_s, method}, {u"detail"_s, u"logout"_s}};
        auto a = storage::AuditRepository::append(tx, domain::AuditActor::fromSession(session), u"auth.logout"_s,
                                                  u"user"_s, session.login, {},
                                                  QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

domain::Status PscLogin::recordExpiry(const domain::UserSession &session, const QString &reason)
{
    return m_db.write([&](storage::WriteTx &tx) -> domain::Status {
        auto a = storage::AuditRepository::append(tx, domain::AuditActor::fromSession(session),
                                                  u"auth.session_expired"_s, u"user"_s, session.login, {},
                                                  detailJson(reason, nullptr, session.expiresAt));
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
}

} // namespace sgl::workflow
