#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "domain/autoval/RuleSetJson.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/autoval/AutoValidation.h"
#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/AutovalStatistics.h"
#include "workflow/autoval/RuleSetAdmin.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl autoval status|mode|rules|evaluate|stats`: auto-validation (workflow::autoval) from the
 * command line, through the same use cases as the administration and validation screens.
 */
class AutovalCommand final : public Command {
public:
    QString name() const override { return u"autoval"_s; }
    Text summary() const override
    {
        return {u"auto-validation : état, mode, règles, évaluation d'un dossier, statistiques"_s,
                u"auto-validation: status, mode, rules, evaluation of a dossier, statistics"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl autoval status [--user LOGIN]\n"
                "      mode (off, shadow, active), biologiste responsable, règles en vigueur (version, nombre)\n"
                "  sgl autoval mode off|shadow|active [--responsible LOGIN] [--user LOGIN]\n"
                "      change le mode ; active exige un biologiste responsable (compte actif avec RPPS)\n"
                "  sgl autoval rules export [--output FICHIER] | rules import FICHIER.json --reason MOTIF [--user LOGIN]\n"
                "      exporte les règles en vigueur (JSON sgl-autoval-rules/1) ; importe un jeu de règles,\n"
                "      vérifié contre le catalogue (refus : la règle et le champ sont nommés, rien n'est écrit)\n"
                "  sgl autoval evaluate --dossier ID|NUMÉRO --user LOGIN\n"
                "      évalue le dossier selon le mode : verdict par analyse avec la règle qui le retient ; en mode\n"
                "      active, un dossier libéré est validé au nom du biologiste responsable (compte rendu émis)\n"
                "  sgl autoval stats --from AAAA-MM-JJ --to AAAA-MM-JJ [--csv FICHIER] [--user LOGIN]\n"
                "      part des dossiers et analyses auto-validés (total, par jour, par paillasse, par règle),\n"
                "      rétentions par règle, concordance du mode observation ; --csv : CSV français (« ; »,\n"
                "      virgule décimale)\n"
                "Sans --user : l'opérateur du serveur (administrateur). Codes de sortie : 0 succès, 1 usage,\n"
                "2 base, 4 refusé (règles invalides, droit insuffisant, dossier inconnu), 5 lecture ou écriture\n"
                "impossible."_s,
                u"Usage:\n"
                "  sgl autoval status [--user LOGIN]\n"
                "      mode (off, shadow, active), responsible biologist, current rules (version, count)\n"
                "  sgl autoval mode off|shadow|active [--responsible LOGIN] [--user LOGIN]\n"
                "      changes the mode; active needs a responsible biologist (active account with RPPS)\n"
                "  sgl autoval rules export [--output FILE] | rules import FILE.json --reason REASON [--user LOGIN]\n"
                "      exports the current rules (JSON sgl-autoval-rules/1); imports a rule set, checked against\n"
                "      the catalogue (refused: the rule and field are named, nothing is written)\n"
                "  sgl autoval evaluate --dossier ID|NUMBER --user LOGIN\n"
                "      evaluates the dossier in the current mode: verdict per analysis with the rule that held\n"
                "      it; in active mode a released dossier is validated under the responsible biologist's name\n"
                "  sgl autoval stats --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--user LOGIN]\n"
                "      share of dossiers and analyses auto-validated (total, per day, bench, rule), holds per\n"
                "      rule, shadow concordance; --csv: French CSV (';', decimal comma)\n"
                "Without --user: the server operator (administrator). Exit codes: 0 success, 1 usage,\n"
                "2 database, 4 refused (invalid rules, not allowed, unknown dossier), 5 cannot read or write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args, {u"user"_s, u"responsible"_s, u"output"_s, u"reason"_s, u"dossier"_s, u"from"_s, u"to"_s, u"csv"_s},
                           {}, name());
        if (!o)
            return kExitUsage;
        const QString action = o->positional.value(0);
        static const QStringList actions{u"status"_s, u"mode"_s, u"rules"_s, u"evaluate"_s, u"stats"_s};
        if (!actions.contains(action))
            return ctx.usage(name(), {u"action attendue : status, mode, rules, evaluate ou stats"_s,
                                      u"expected action: status, mode, rules, evaluate or stats"_s});
        if (action == u"mode"_s && o->positional.size() != 2)
            return ctx.usage(name(), {u"mode attend off, shadow ou active"_s, u"mode expects off, shadow or active"_s});
        if (action == u"rules"_s && o->positional.value(1) != u"export"_s && o->positional.value(1) != u"import"_s)
            return ctx.usage(name(), {u"rules attend export ou import"_s, u"rules expects export or import"_s});
        if (action == u"rules"_s && o->positional.value(1) == u"import"_s && (o->positional.size() != 3 || !o->has(u"reason"_s)))
            return ctx.usage(name(), {u"rules import attend un fichier et --reason"_s, u"rules import expects a file and --reason"_s});
        if (action == u"evaluate"_s && (!o->has(u"dossier"_s) || !o->has(u"user"_s)))
            return ctx.usage(name(), {u"evaluate attend --dossier et --user (un biologiste)"_s,
                                      u"evaluate expects --dossier and --user (a biologist)"_s});
        const QDate from = QDate::fromString(o->value(u"from"_s), Qt::ISODate);
        const QDate to = QDate::fromString(o->value(u"to"_s), Qt::ISODate);
        if (action == u"stats"_s && (!from.isValid() || !to.isValid()))
            return ctx.usage(name(), {u"stats attend --from et --to (AAAA-MM-JJ)"_s, u"stats expects --from and --to (YYYY-MM-DD)"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"autoval"_s, domain::Role::Admin);
        if (!session)
            return failed(ctx, session.error());
        if (action == u"status"_s)
            return status(ctx, *db, *session);
        if (action == u"mode"_s)
            return mode(ctx, *db, *session, *o);
        if (action == u"rules"_s)
            return rules(ctx, *db, *session, *o);
        if (action == u"evaluate"_s)
            return evaluate(ctx, *db, *session, *o);
        return stats(ctx, *db, *session, from, to, o->value(u"csv"_s));
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const QString &c = error.code;
        const bool refused = c.startsWith(u"autoval."_s) || c.startsWith(u"auth."_s) || c.startsWith(u"validation."_s)
                             || c.startsWith(u"report."_s) || c.startsWith(u"cda."_s) || c == storage::errc::NotFound;
        return refused ? int(kExitRejected) : code;
    }

    static int status(CommandContext &ctx, storage::Database &db, const domain::UserSession &session)
    {
        auto s = workflow::autoval::AutovalSettings(db, session).load();
        if (!s)
            return failed(ctx, s.error());
        ctx.out() << u"Mode : %1 (%2)"_s.arg(workflow::autoval::autovalModeCode(s->mode), workflow::autoval::autovalModeLabel(s->mode))
                  << Qt::endl;
        ctx.out() << u"Biologiste responsable : %1"_s.arg(s->responsibleLogin.isEmpty()
                                                               ? u"-"_s
                                                               : u"%1 (%2)"_s.arg(s->responsibleLogin, s->responsibleName))
                  << Qt::endl;
        if (s->ruleSetId == 0)
            ctx.out() << u"Règles : aucune"_s << Qt::endl;
        else
            ctx.out() << u"Règles : version %1 du %2, %3 règle(s)"_s.arg(s->ruleSetId)
                             .arg(s->ruleSetSavedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s))
                             .arg(s->ruleCount)
                      << Qt::endl;
        return kExitOk;
    }

    static int mode(CommandContext &ctx, storage::Database &db, const domain::UserSession &session, const ParsedOptions &o)
    {
        workflow::autoval::AutovalSettings settings(db, session);
        auto current = settings.load();
        if (!current)
            return failed(ctx, current.error());
        const QString responsible = o.has(u"responsible"_s) ? o.value(u"responsible"_s) : current->responsibleLogin;
        auto saved = settings.save(o.positional.at(1), responsible, current->version);
        if (!saved)
            return failed(ctx, saved.error());
        return status(ctx, db, session);
    }

    static int rules(CommandContext &ctx, storage::Database &db, const domain::UserSession &session, const ParsedOptions &o)
    {
        workflow::autoval::RuleSetAdmin admin(db, session);
        if (o.positional.value(1) == u"export"_s) {
            auto current = admin.current();
            if (!current)
                return failed(ctx, current.error());
            if (!*current)
                return failed(ctx, {QString(workflow::errc::AutovalNoRuleSet), u"Aucune règle d'auto-validation enregistrée."_s, {}});
            const QByteArray json = domain::autoval::RuleSetJson::toJson((*current)->ruleSet);
            const QString path = o.value(u"output"_s);
            if (path.isEmpty() || path == u"-"_s) {
                ctx.out() << QString::fromUtf8(json) << Qt::endl;
                return kExitOk;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
                return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), path});
            return kExitOk;
        }
        const QString path = o.positional.at(2);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail({QString(errc::Io), u"Lecture impossible : %1."_s.arg(f.errorString()), path});
        auto saved = admin.importJson(f.readAll(), o.value(u"reason"_s));
        if (!saved)
            return failed(ctx, saved.error());
        ctx.out() << u"Règles enregistrées : version %1, %2 règle(s)."_s.arg(saved->id).arg(saved->ruleSet.rules.size()) << Qt::endl;
        return kExitOk;
    }

    static int evaluate(CommandContext &ctx, storage::Database &db, const domain::UserSession &session, const ParsedOptions &o)
    {
        auto id = CommandContext::dossierId(db, o.value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        auto done = workflow::autoval::AutoValidation(db, session).evaluate(*id);
        if (!done)
            return failed(ctx, done.error());
        ctx.out() << u"Dossier %1 : %2 (mode %3)"_s.arg(done->dossierNumber,
                                                        done->verdict.release ? u"libérable selon les règles"_s
                                                                              : u"retenu"_s,
                                                        workflow::autoval::autovalModeCode(done->mode))
                  << Qt::endl;
        for (const domain::autoval::AnalysisVerdict &a : done->verdict.analyses) {
            ctx.out() << u"  %1 : %2"_s.arg(a.analysisCode, a.release ? u"libéré"_s : u"retenu"_s) << Qt::endl;
            for (const domain::autoval::HoldReason &h : a.holds)
                ctx.out() << u"      %1"_s.arg(h.text) << Qt::endl;
        }
        for (const domain::autoval::HoldReason &h : done->verdict.holds)
            if (h.analysisCode.isEmpty())
                ctx.out() << u"  Dossier : %1"_s.arg(h.text) << Qt::endl;
        if (done->applied)
            ctx.out() << u"Validé selon les règles du laboratoire : compte rendu %1."_s.arg(done->validation->report.version.documentId)
                      << Qt::endl;
        else if (!done->notApplied.isEmpty())
            ctx.out() << done->notApplied << Qt::endl;
        return kExitOk;
    }

    static int stats(CommandContext &ctx, storage::Database &db, const domain::UserSession &session, const QDate &from,
                     const QDate &to, const QString &csvPath)
    {
        auto s = workflow::autoval::AutovalStatistics(db, session).compute(from, to);
        if (!s)
            return failed(ctx, s.error());
        if (!csvPath.isEmpty()) {
            const QByteArray csv = workflow::autoval::AutovalStatistics::toCsv(*s);
            QSaveFile f(csvPath);
            if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
                return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), csvPath});
        }
        auto pct = [](double v) { return QString::number(v, 'f', 1).replace(u'.', u','); };
        ctx.out() << u"Dossiers : %1 évalués, %2 auto-validés (%3 %), %4 validés par le moteur"_s.arg(s->dossiers.total)
                         .arg(s->dossiers.released)
                         .arg(pct(s->dossiers.percent()))
                         .arg(s->applied)
                  << Qt::endl;
        ctx.out() << u"Analyses : %1 évaluées, %2 auto-validées (%3 %)"_s.arg(s->analyses.total)
                         .arg(s->analyses.released)
                         .arg(pct(s->analyses.percent()))
                  << Qt::endl;
        for (const workflow::autoval::AutovalRuleStats &r : s->rules)
            if (r.holds > 0)
                ctx.out() << u"  %1 (%2) : %3 rétention(s)"_s.arg(r.ruleId, r.label).arg(r.holds) << Qt::endl;
        const workflow::autoval::AutovalConcordance &c = s->shadow;
        ctx.out() << u"Concordance (observation) : %1 % sur %2 décision(s) ; libéré/retenu par le biologiste : %3"_s
                         .arg(pct(c.percent()))
                         .arg(c.decided())
                         .arg(c.releasedHeld)
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::AutovalCommand;
SGL_REGISTER_COMMAND(AutovalCommand)
