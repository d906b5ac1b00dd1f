#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "domain/lab/Dossier.h"
#include "domain/security/UserSession.h"
#include "storage/DossierRepository.h"
#include "storage/UserRepository.h"
#include "workflow/bench/BenchResultEntry.h"
#include "workflow/autoval/AutoValidation.h"
#include "workflow/bench/TechnicalValidation.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl result enter|tech-validate`: the bench's result entry and technical validation from the
 * command line (scripts, middleware, tests), through the same use cases as the Paillasse screen:
 * same checks, same single transaction, same audit rows, under the named user's roles.
 */
class ResultCommand final : public Command {
public:
    QString name() const override { return u"result"_s; }
    Text summary() const override
    {
        return {u"résultats à la paillasse : saisir une valeur, valider techniquement"_s,
                u"bench results: enter a value, validate technically"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl result enter --dossier ID|NUMÉRO --analysis CODE --value VALEUR [--user LOGIN]\n"
                "      saisit la valeur (virgule décimale acceptée, <0,5 et >500, code ou libellé de la liste de\n"
                "      valeurs, texte) ; les analyses calculées et les tests réflexes automatiques suivent dans\n"
                "      la même transaction ; sans --user, l'opérateur « system:sgl result » (rôle technicien)\n"
                "  sgl result tech-validate --dossier ID|NUMÉRO [--analyses CODE,...] --user LOGIN\n"
                "      valide techniquement les résultats saisis du dossier (ou ceux des analyses données)\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (valeur invalide, hors liste, hors limites\n"
                "physiologiques, modifié entre-temps, droit insuffisant, utilisateur inconnu, dossier introuvable,\n"
                "rien à valider), 5 autre."_s,
                u"Usage:\n"
                "  sgl result enter --dossier ID|NUMBER --analysis CODE --value VALUE [--user LOGIN]\n"
                "      enters the value (decimal comma accepted, <0,5 and >500, code or label of the value list,\n"
                "      text); calculated analyses and automatic reflex tests follow in the same transaction;\n"
                "      without --user, the operator \"system:sgl result\" (technician role)\n"
                "  sgl result tech-validate --dossier ID|NUMBER [--analyses CODE,...] --user LOGIN\n"
                "      technically validates the dossier's entered results (or those of the analyses given)\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (invalid value, not in the list, outside\n"
                "physiological limits, changed meanwhile, not allowed, unknown user, dossier not found, nothing to\n"
                "validate), 5 other."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        if (args.isEmpty())
            return ctx.usage(name(), {u"sous-commande attendue (enter, tech-validate)"_s,
                                      u"subcommand expected (enter, tech-validate)"_s});
        const QString sub = args.first();
        if (sub == u"enter"_s)
            return enter(ctx, args.mid(1));
        if (sub == u"tech-validate"_s)
            return techValidate(ctx, args.mid(1));
        return ctx.usage(name(), {u"sous-commande inconnue : "_s + sub, u"unknown subcommand: "_s + sub});
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const QString &c = error.code;
        const bool refused = c.startsWith(u"result."_s) || c.startsWith(u"validation."_s) || c.startsWith(u"bench."_s)
                             || c.startsWith(u"reflex."_s) || c.startsWith(u"formula."_s);
        return refused ? int(kExitRejected) : code;
    }




    int enter(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"dossier"_s, u"analysis"_s, u"value"_s, u"user"_s}, {}, u"result enter"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"dossier"_s) || !o->has(u"analysis"_s) || !o->has(u"value"_s))
            return ctx.usage(name(), {u"--dossier, --analysis et --value sont obligatoires"_s,
                                      u"--dossier, --analysis and --value are required"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        // Without --user whoever runs the command acts as the bench (like an analyzer feed).
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"result"_s, domain::Role::Technician);
        if (!session)
            return failed(ctx, session.error());
        workflow::bench::BenchResultEntry entry(*db, *session);
        auto out = entry.enterByCode(*id, o->value(u"analysis"_s), o->value(u"value"_s));
        if (!out)
            return failed(ctx, out.error());
        for (const domain::LabResult &r : out->entered)
            ctx.out() << u"%1\t%2\t%3\t%4"_s.arg(r.analysisCode, r.value.displayFr(),
                                                  r.flag ? domain::abnormalFlagCode(*r.flag) : QString(),
                                                  domain::validationStateCode(r.state))
                      << Qt::endl;
        for (const domain::LabResult &r : out->calculated)
            ctx.out() << u"%1\t%2\t%3\tcalculé"_s.arg(r.analysisCode, r.value.displayFr(),
                                                     r.flag ? domain::abnormalFlagCode(*r.flag) : QString())
                      << Qt::endl;
        for (const QString &c : out->reflex.analysisCodes)
            ctx.out() << u"%1\ttest réflexe ajouté"_s.arg(c) << Qt::endl;
        for (const QString &s : out->criticalValues)
            ctx.out() << s << Qt::endl;
        ctx.out() << u"Dossier %1 : %2"_s.arg(out->dossier.number, domain::dossierStatusLabel(out->dossier.status))
                  << Qt::endl;
        return kExitOk;
    }

    int techValidate(CommandContext &ctx, const QStringList &args)
    {
        auto o = ctx.parse(args, {u"dossier"_s, u"analyses"_s, u"user"_s}, {}, u"result tech-validate"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"dossier"_s) || !o->has(u"user"_s))
            return ctx.usage(name(), {u"--dossier et --user sont obligatoires"_s, u"--dossier and --user are required"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto id = CommandContext::dossierId(*db, o->value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"result"_s, domain::Role::Technician);
        if (!session)
            return failed(ctx, session.error());
        const QStringList codes = o->value(u"analyses"_s).split(u',', Qt::SkipEmptyParts);
        workflow::bench::TechnicalValidation validation(*db, *session);
        // As on the bench screen: a completed dossier is evaluated by the lab's rules (shadow/active).
        workflow::autoval::AutoValidation autoval(*db, *session);
        QStringList evaluated;
        validation.setReadyListener([&](const QList<qint64> &ids) {
            auto done = autoval.afterTechnicalValidation(ids);
            for (const auto &one : done.value_or(QList<domain::Result<workflow::autoval::EvaluationOutcome>>{}))
                evaluated << (!one ? one.error().message
                                   : u"Dossier %1 : %2"_s.arg(one->dossierNumber, one->applied           ? u"validé selon les règles du laboratoire"_s
                                                                                  : one->verdict.release ? u"libérable selon les règles"_s
                                                                                                         : u"retenu par les règles"_s));
        });
        auto out = validation.dossier(*id, codes);
        if (!out)
            return failed(ctx, out.error());
        for (const domain::LabResult &r : out->validated)
            ctx.out() << u"%1\t%2\tvalidé techniquement"_s.arg(r.analysisCode, r.value.displayFr()) << Qt::endl;
        for (const domain::Dossier &d : out->dossiers)
            ctx.out() << u"Dossier %1 : %2"_s.arg(d.number, domain::dossierStatusLabel(d.status)) << Qt::endl;
        for (const QString &line : evaluated)
            ctx.out() << line << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::ResultCommand;
SGL_REGISTER_COMMAND(ResultCommand)
