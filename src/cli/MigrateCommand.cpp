#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "storage/MigrationRunner.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl migrate`: applies the pending migrations, each in its own transaction. */
class MigrateCommand final : public Command {
public:
    QString name() const override { return u"migrate"_s; }
    Text summary() const override
    {
        return {u"applique les migrations de schéma en attente"_s,
                u"apply the pending schema migrations"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] migrate\n\n"
                "Applique, dans l'ordre, les migrations de schéma que la base n'a pas encore,\n"
                "chacune dans sa propre transaction : une migration en échec ne laisse rien à\n"
                "moitié appliqué. Refuse une base mise à jour par une version plus récente de SGL.\n"
                "Codes de sortie : 0 succès, 2 base injoignable, endommagée ou trop récente."_s,
                u"Usage: sgl [--db URL] migrate\n\n"
                "Applies, in order, the schema migrations the database does not have yet, each\n"
                "in its own transaction: a failing migration leaves nothing half-applied.\n"
                "Refuses a database upgraded by a newer SGL.\n"
                "Exit codes: 0 success, 2 database unreachable, damaged or too new."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        int code = kExitOk;
        auto db = ctx.openWithoutArguments(args, name(), CommandContext::Schema::Any, &code);
        if (!db)
            return code;
        storage::MigrationRunner runner(*db);
        auto applied = runner.migrate();
        if (!applied)
            return ctx.fail(applied.error());
        ctx.out() << (ctx.lang() == Lang::En
                          ? u"%1 migration(s) applied; schema at %2 (%3)."_s
                          : u"%1 migration(s) appliquée(s) ; schéma au niveau %2 (%3)."_s)
                         .arg(*applied)
                         .arg(runner.latestAvailable())
                         .arg(db->url().redacted())
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::MigrateCommand;
SGL_REGISTER_COMMAND(MigrateCommand)
