#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "storage/MigrationRunner.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl init-db`: creates a new database (SQLite file or empty PostgreSQL base) and its schema. */
class InitDbCommand final : public Command {
public:
    QString name() const override { return u"init-db"_s; }
    Text summary() const override
    {
        return {u"crée une base neuve et son schéma"_s, u"create a new database and its schema"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] init-db\n\n"
                "Crée la base (le fichier SQLite et son dossier si besoin ; pour PostgreSQL la base\n"
                "doit exister et être vide) puis applique toutes les migrations. Refuse une base\n"
                "déjà initialisée (utilisez alors « sgl migrate »).\n"
                "Codes de sortie : 0 succès, 2 erreur de base de données, 4 base déjà initialisée."_s,
                u"Usage: sgl [--db URL] init-db\n\n"
                "Creates the database (the SQLite file and its folder if needed; for PostgreSQL the\n"
                "database must exist and be empty) then applies every migration. Refuses an\n"
                "already initialised database (use \"sgl migrate\" then).\n"
                "Exit codes: 0 success, 2 database error, 4 already initialised."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        int code = kExitOk;
        auto db = ctx.openWithoutArguments(args, name(), CommandContext::Schema::Any, &code);
        if (!db)
            return code;
        storage::MigrationRunner runner(*db);
        auto state = runner.state();
        if (!state)
            return ctx.fail(state.error());
        if (!state->applied.isEmpty())
            return ctx.fail({u"cli.rejected.already_initialised"_s,
                             u"La base %1 est déjà initialisée (schéma au niveau %2) : utilisez "
                             "« sgl migrate »."_s.arg(db->url().redacted())
                                 .arg(state->applied.last()),
                             {}});
        auto applied = runner.migrate();
        if (!applied)
            return ctx.fail(applied.error());
        ctx.out() << (ctx.lang() == Lang::En ? u"Database %1 created (%2 migrations)."_s
                                             : u"Base %1 créée (%2 migrations)."_s)
                         .arg(db->url().redacted())
                         .arg(*applied)
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::InitDbCommand;
SGL_REGISTER_COMMAND(InitDbCommand)
