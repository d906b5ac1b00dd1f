#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/PasswordPrompt.h"
#include "domain/audit/AuditActor.h"
#include "workflow/admin/UserAdmin.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl create-user`: creates a local account (first administrator, scripts). */
class CreateUserCommand final : public Command {
public:
    QString name() const override { return u"create-user"_s; }
    Text summary() const override
    {
        return {u"crée un compte utilisateur local"_s, u"create a local user account"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] create-user --login IDENTIFIANT --name \"NOM AFFICHÉ\"\n"
                "                --role ROLE[,ROLE...] [--rpps NUMERO] [--password-stdin]\n\n"
                "Rôles : secretaire (secretary), technicien (technician), biologiste (biologist),\n"
                "admin. Un biologiste doit avoir un numéro RPPS à 11 chiffres.\n"
                "Le mot de passe (12 caractères au moins, lettres et chiffres ou signes) est\n"
                "demandé deux fois sans écho, ou lu sur la première ligne de l'entrée standard\n"
                "avec --password-stdin (ou si l'entrée n'est pas un terminal). Il n'est jamais\n"
                "accepté en argument, pour ne pas apparaître dans l'historique ni dans ps.\n"
                "Codes de sortie : 0 succès, 1 option manquante, 2 erreur de base de données,\n"
                "4 saisie refusée (identifiant pris, mot de passe faible, rôle inconnu)."_s,
                u"Usage: sgl [--db URL] create-user --login LOGIN --name \"DISPLAY NAME\"\n"
                "                --role ROLE[,ROLE...] [--rpps NUMBER] [--password-stdin]\n\n"
                "Roles: secretary (secretaire), technician (technicien), biologist (biologiste),\n"
                "admin. A biologist needs an 11-digit RPPS number.\n"
                "The password (at least 12 characters, letters plus digits or signs) is asked\n"
                "twice without echo, or read from the first line of standard input with\n"
                "--password-stdin (or when input is not a terminal). It is never accepted as an\n"
                "argument, so it cannot leak into shell history or ps.\n"
                "Exit codes: 0 success, 1 missing option, 2 database error, 4 input refused\n"
                "(login taken, weak password, unknown role)."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"login"_s, u"name"_s, u"role"_s, u"rpps"_s},
                              {u"password-stdin"_s}, name());
        if (!opts)
            return kExitUsage;
        for (const QString &required : {u"login"_s, u"name"_s, u"role"_s})
            if (opts->value(required).trimmed().isEmpty())
                return ctx.usage(name(), {u"option --%1 obligatoire"_s.arg(required),
                                          u"option --%1 is required"_s.arg(required)});
        workflow::NewUser user;
        user.login = opts->value(u"login"_s);
        user.displayName = opts->value(u"name"_s);
        user.rpps = opts->value(u"rpps"_s);
        for (const QString &r : opts->value(u"role"_s).split(u',', Qt::SkipEmptyParts)) {
            auto role = parseRole(r.trimmed().toLower());
            if (!role)
                return ctx.fail({u"user.unknown_role"_s,
                                 u"Rôle inconnu « %1 » (secretaire, technicien, biologiste, "
                                 "admin)."_s.arg(r),
                                 u"--role"_s});
            if (!user.roles.contains(*role))
                user.roles << *role;
        }
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        const bool en = ctx.lang() == Lang::En;
        auto password = readPassword(opts->has(u"password-stdin"_s),
                                     en ? u"Password: "_s : u"Mot de passe : "_s,
                                     en ? u"Confirm: "_s : u"Confirmation : "_s);
        if (!password)
            return ctx.fail({u"cli.rejected.password_mismatch"_s,
                             u"Mot de passe non saisi ou confirmation différente."_s, {}});
        user.password = *password;
        workflow::UserAdmin admin(**db, domain::SecurityPolicy{});
        auto created = admin.createUserAsSystem(
            domain::AuditActor::system(u"sgl create-user"_s, ctx.hostName()), user);
        if (!created)
            return ctx.fail(created.error());
        QStringList roles;
        for (auto r : created->roles)
            roles << domain::roleCode(r);
        ctx.out() << (en ? u"User %1 created (roles: %2)."_s
                         : u"Utilisateur %1 créé (rôles : %2)."_s)
                         .arg(created->login, roles.join(u", "_s))
                  << Qt::endl;
        return kExitOk;
    }

private:
    static std::optional<domain::Role> parseRole(const QString &r)
    {
        if (r == u"secretaire"_s || r == u"secrétaire"_s)
            return domain::Role::Secretary;
        if (r == u"technicien"_s)
            return domain::Role::Technician;
        if (r == u"biologiste"_s)
            return domain::Role::Biologist;
        return domain::roleFromCode(r);
    }
};

} // namespace sgl::cli

using sgl::cli::CreateUserCommand;
SGL_REGISTER_COMMAND(CreateUserCommand)
