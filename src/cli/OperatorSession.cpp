#include "cli/OperatorSession.h"

#include "cli/ErrorCodes.h"
#include "storage/UserRepository.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

domain::Result<domain::UserSession> operatorSession(CommandContext &ctx, storage::Database &db, const QString &login,
                                                    const QString &command, domain::Role operatorRole)
{
    domain::UserSession session;
    session.workstation = ctx.hostName();
    session.startedAt = QDateTime::currentDateTimeUtc();
    if (login.isEmpty()) {
        session.userId = -1;
        session.login = u"system:sgl "_s + command;
        session.displayName = session.login;
        session.roles = {operatorRole};
        return session;
    }
    auto user = db.read([&](storage::ReadTx &tx) {
        return storage::UserRepository::findByLogin(tx, login.trimmed().toLower()); // logins are stored lower case
    });
    if (!user)
        return std::unexpected(user.error());
    if (!*user || !(*user)->active)
        return domain::fail(errc::RejectedAuthor, u"Utilisateur « %1 » inconnu ou désactivé."_s.arg(login), u"--user"_s);
    session.userId = (*user)->id;
    session.login = (*user)->login;
    session.displayName = (*user)->displayName;
    session.rpps = (*user)->rpps;
    session.roles = (*user)->roles;
    return session;
}

} // namespace sgl::cli
