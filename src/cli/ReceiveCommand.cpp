#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "storage/UserRepository.h"
#include "workflow/specimens/SpecimenReception.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl receive --barcode B [--user LOGIN]`: receives one tube, as a scan at the reception desk
 * does (workflow::specimens::SpecimenReception: same checks, same audit). For scripts, tube
 * conveyors and tests. Exit codes: 0 received, 1 usage, 2 database, 4 refused (malformed or
 * unknown barcode, tube of a closed dossier, already received or rejected, user unknown or
 * without the right), 5 other.
 */
class ReceiveCommand final : public Command {
public:
    QString name() const override { return u"receive"_s; }
    Text summary() const override
    {
        return {u"réceptionner un tube par son code-barres"_s, u"receive a tube by its barcode"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl receive --barcode CODE [--user LOGIN]\n"
                "  Réceptionne le tube (heure de réception, réceptionnaire) comme un scan à l'accueil ;\n"
                "  le dossier passe « en cours ». --user : compte secrétaire ou technicien qui réceptionne\n"
                "  (à défaut « system:sgl receive »).\n"
                "Codes de sortie : 0 reçu, 1 usage, 2 base, 4 refusé (code-barres mal formé ou inconnu,\n"
                "  tube déjà réceptionné ou refusé, dossier clos, prélèvement postérieur, utilisateur\n"
                "  inconnu ou sans le droit), 5 autre."_s,
                u"Usage: sgl receive --barcode CODE [--user LOGIN]\n"
                "  Receives the tube (reception time, receiver) as a scan at the desk does; the dossier\n"
                "  moves to in progress. --user: secretary or technician account receiving (default\n"
                "  \"system:sgl receive\").\n"
                "Exit codes: 0 received, 1 usage, 2 database, 4 refused (malformed or unknown barcode,\n"
                "  tube already received or rejected, closed dossier, sampling later, user unknown or\n"
                "  without the right), 5 other."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args, {u"barcode"_s, u"user"_s}, {}, name());
        if (!o)
            return kExitUsage;
        if (!o->has(u"barcode"_s))
            return ctx.usage(name(), {u"--barcode est obligatoire"_s, u"--barcode is required"_s});
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        // With --user the reception is that user's (active, with the right to receive); without
        // it the command is a system session with the technician's rights, named in the audit.
        domain::UserSession session;
        session.workstation = ctx.hostName();
        session.startedAt = QDateTime::currentDateTimeUtc();
        if (o->has(u"user"_s)) {
            const QString login = o->value(u"user"_s);
            auto user = (*db)->read([&](storage::ReadTx &tx) { return storage::UserRepository::findByLogin(tx, login); });
            if (!user)
                return ctx.fail(user.error());
            if (!*user || !(*user)->active) {
                ctx.fail(domain::Error{errc::RejectedUser, u"Utilisateur « %1 » inconnu ou désactivé."_s.arg(login),
                                       u"--user"_s});
                return kExitRejected;
            }
            session.userId = (*user)->id;
            session.login = (*user)->login;
            session.displayName = (*user)->displayName;
            session.roles = (*user)->roles;
        } else {
            session.userId = -1;
            session.login = u"system:sgl receive"_s;
            session.roles = {domain::Role::Technician};
        }
        auto out = workflow::specimens::SpecimenReception(**db, session).receive(o->value(u"barcode"_s));
        if (!out) {
            const int code = ctx.fail(out.error());
            return out.error().code.startsWith(u"specimen."_s) ? int(kExitRejected) : code;
        }
        ctx.out() << out->message << Qt::endl;
        ctx.out() << (ctx.lang() == Lang::En ? u"Received on %1 by %2; dossier %3: %4."_s
                                             : u"Reçu le %1 par %2 ; dossier %3 : %4."_s)
                         .arg(out->specimen.receivedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s),
                              out->specimen.receivedBy, out->dossier.number,
                              domain::dossierStatusLabel(out->dossier.status).toLower())
                  << Qt::endl;
        return kExitOk;
    }
};

SGL_REGISTER_COMMAND(ReceiveCommand)

} // namespace sgl::cli
