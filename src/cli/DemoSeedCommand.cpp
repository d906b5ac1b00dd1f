#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "workflow/demo/DemoSeeder.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl demo-seed`: loads the synthetic demo lab into an empty, migrated database. */
class DemoSeedCommand final : public Command {
public:
    QString name() const override { return u"demo-seed"_s; }
    Text summary() const override
    {
        return {u"charge un laboratoire de démonstration (données fictives)"_s,
                u"load a demo laboratory (synthetic data)"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] demo-seed\n\n"
                "Charge dans une base vide et à jour (sgl init-db) : le catalogue de démonstration\n"
                "(53 analyses LOINC/UCUM), un utilisateur par rôle (secretaire, technicien,\n"
                "biologiste, admin ; mots de passe dans docs/demo.md), 8 patients fictifs avec INS\n"
                "de test, des dossiers aux résultats déjà validés et l'en-tête d'un laboratoire\n"
                "fictif (FINESS 750000001) : `sgl report build` fonctionne aussitôt.\n"
                "Codes de sortie : 0 succès, 2 erreur de base de données, 4 base non vide."_s,
                u"Usage: sgl [--db URL] demo-seed\n\n"
                "Loads into an empty, up-to-date database (sgl init-db): the demo catalogue\n"
                "(51 LOINC/UCUM analyses), one user per role (secretaire, technicien, biologiste,\n"
                "admin; passwords in docs/demo.md), 8 synthetic patients with test INS, dossiers\n"
                "with results already validated and a fictitious lab letterhead (FINESS 750000001):\n"
                "`sgl report build` works right away.\n"
                "Exit codes: 0 success, 2 database error, 4 database not empty."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        int code = kExitOk;
        auto db = ctx.openWithoutArguments(args, name(), CommandContext::Schema::Current, &code);
        if (!db)
            return code;
        workflow::DemoSeeder seeder(*db);
        workflow::DemoSeeder::Options options;
        options.workstation = ctx.hostName();
        auto summary = seeder.seed(options);
        if (!summary)
            return ctx.fail(summary.error());
        ctx.out() << (ctx.lang() == Lang::En
                          ? u"Demo loaded: catalogue version %5 (%6 analyses), %1 users, %2 patients, "
                            "%3 dossiers, %4 results, lab letterhead, %7 received messages to examine, "
                            "%8 professionals in the directory."_s
                          : u"Démonstration chargée : catalogue version %5 (%6 analyses), %1 utilisateurs, "
                            "%2 patients, %3 dossiers, %4 résultats, en-tête du laboratoire, %7 messages reçus "
                            "à examiner, %8 professionnels dans l'annuaire."_s)
                         .arg(summary->users)
                         .arg(summary->patients)
                         .arg(summary->dossiers)
                         .arg(summary->results)
                         .arg(summary->catalogueVersionId)
                         .arg(summary->analyses)
                         .arg(summary->mailboxMessages)
                         .arg(summary->directoryProfessionals)
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::DemoSeedCommand;
SGL_REGISTER_COMMAND(DemoSeedCommand)
