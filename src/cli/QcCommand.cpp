#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "domain/qc/Westgard.h"
#include "domain/qc/WestgardRule.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "workflow/qc/QcLotAdmin.h"
#include "workflow/qc/QcQueries.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {

/** Decimal point, up to 6 significant digits (the tab-separated output is for scripts). */
QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 6) : u"-"_s;
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

/**
 * `sgl qc lots|runs|holds|rules`: internal quality control (workflow::qc) from the command line,
 * through the same use cases as the « Contrôle qualité » screen. Lists are tab-separated with a
 * header line, ISO 8601 UTC dates and a decimal point.
 */
class QcCommand final : public Command {
public:
    QString name() const override { return u"qc"_s; }
    Text summary() const override
    {
        return {u"contrôle qualité interne : lots, passages, résultats retenus, règles de Westgard"_s,
                u"internal quality control: lots, runs, held results, Westgard rules"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl qc lots [--user LOGIN]\n"
                "      lots de contrôle : n°, automate, analyse, contrôle, niveau, lot, unité, moyenne, ET, cible,\n"
                "      péremption, actif\n"
                "  sgl qc runs --analysis CODE [--lot ID] [--limit N] [--user LOGIN]\n"
                "      passages des lots de l'analyse (ou du seul lot ID), du plus ancien au plus récent :\n"
                "      n°, lot, date, valeur, z, résultat, règles, revue\n"
                "  sgl qc holds [--user LOGIN]\n"
                "      résultats patients retenus maintenant, avec le passage rejeté qui les retient\n"
                "  sgl qc rules CODE [--set 1-3s,2-2s,...|--set default] [--user LOGIN]\n"
                "      règles de Westgard de l'analyse (rejet ou alerte) ; --set les remplace (default : toutes)\n"
                "Règles : 1-2s (alerte), 1-3s, 2-2s, R-4s, 4-1s, 10-x. Sorties séparées par des tabulations,\n"
                "dates ISO 8601 (UTC), point décimal. Sans --user : l'opérateur du serveur (technicien).\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (analyse ou règle inconnue, lot\n"
                "inconnu, droit insuffisant)."_s,
                u"Usage:\n"
                "  sgl qc lots [--user LOGIN]\n"
                "      control lots: id, analyzer, analysis, control, level, lot, unit, mean, SD, target,\n"
                "      expiry, active\n"
                "  sgl qc runs --analysis CODE [--lot ID] [--limit N] [--user LOGIN]\n"
                "      runs of the analysis's lots (or of lot ID only), oldest first:\n"
                "      id, lot, date, value, z, outcome, rules, review\n"
                "  sgl qc holds [--user LOGIN]\n"
                "      patient results held now, with the rejected run holding them\n"
                "  sgl qc rules CODE [--set 1-3s,2-2s,...|--set default] [--user LOGIN]\n"
                "      Westgard rules of the analysis (reject or warn); --set replaces them (default: all)\n"
                "Rules: 1-2s (warning), 1-3s, 2-2s, R-4s, 4-1s, 10-x. Tab-separated output, ISO 8601 dates\n"
                "(UTC), decimal point. Without --user: the server operator (technician).\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (unknown analysis, rule or lot,\n"
                "not allowed)."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args, {u"user"_s, u"analysis"_s, u"lot"_s, u"limit"_s, u"set"_s}, {}, name());
        if (!o)
            return kExitUsage;
        const QString action = o->positional.value(0);
        static const QStringList actions{u"lots"_s, u"runs"_s, u"holds"_s, u"rules"_s};
        if (!actions.contains(action))
            return ctx.usage(name(), {u"action attendue : lots, runs, holds ou rules"_s,
                                      u"expected action: lots, runs, holds or rules"_s});
        const int expected = action == u"rules"_s ? 2 : 1;
        if (o->positional.size() != expected)
            return ctx.usage(name(), action == u"rules"_s
                                         ? Text{u"rules attend un code d'analyse"_s, u"rules expects an analysis code"_s}
                                         : Text{u"argument en trop"_s, u"unexpected argument"_s});
        if (action == u"runs"_s && o->value(u"analysis"_s).trimmed().isEmpty())
            return ctx.usage(name(), {u"runs attend --analysis CODE"_s, u"runs expects --analysis CODE"_s});
        bool lotOk = true;
        const qint64 lot = o->has(u"lot"_s) ? o->value(u"lot"_s).toLongLong(&lotOk) : 0;
        if (!lotOk || lot < 0)
            return ctx.usage(name(), {u"--lot attend un numéro de lot (n° de la liste qc lots)"_s,
                                      u"--lot expects a lot id (from qc lots)"_s});
        bool limitOk = true;
        const int limit = o->has(u"limit"_s) ? o->value(u"limit"_s).toInt(&limitOk) : 100;
        if (!limitOk || limit <= 0)
            return ctx.usage(name(), {u"--limit attend un nombre positif"_s, u"--limit expects a positive number"_s});
        if (o->has(u"set"_s) && action != u"rules"_s)
            return ctx.usage(name(), {u"--set ne s'emploie qu'avec rules"_s, u"--set only goes with rules"_s});
        if (o->has(u"set"_s) && o->value(u"set"_s).trimmed().isEmpty())
            return ctx.usage(name(), {u"--set attend des règles (1-3s,2-2s…) ou default"_s,
                                      u"--set expects rules (1-3s,2-2s…) or default"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"qc"_s, domain::Role::Technician);
        if (!session)
            return failed(ctx, session.error());
        workflow::qc::QcQueries queries(*db, *session);
        if (action == u"lots"_s)
            return lots(ctx, queries);
        if (action == u"runs"_s)
            return runs(ctx, queries, o->value(u"analysis"_s).trimmed().toUpper(), lot, limit);
        if (action == u"holds"_s)
            return holds(ctx, queries);
        return rules(ctx, *db, *session, o->positional.at(1).trimmed().toUpper(), *o);
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const QString &c = error.code;
        const bool refused = c.startsWith(u"qc."_s) || c.startsWith(u"auth."_s) || c.startsWith(errc::Rejected)
                             || c == storage::errc::NotFound;
        return refused ? int(kExitRejected) : code;
    }

    static int lots(CommandContext &ctx, workflow::qc::QcQueries &queries)
    {
        auto lots = queries.lots();
        if (!lots)
            return failed(ctx, lots.error());
        ctx.out() << u"id\tanalyzer\tanalysis\tcontrol\tlevel\tlot\tunit\tmean\tsd\ttarget\texpires\tactive"_s << Qt::endl;
        for (const workflow::qc::QcLotView &v : *lots) {
            const domain::qc::QcLot &l = v.lot;
            ctx.out() << QStringList{QString::number(l.id), l.analyzer, l.analysisCode, orDash(v.material.code),
                                     orDash(v.material.level), l.lotNumber, orDash(l.unit), number(l.mean),
                                     number(l.sd), domain::qc::qcTargetSourceCode(l.source),
                                     l.expiresOn ? l.expiresOn->toString(Qt::ISODate) : u"-"_s,
                                     l.active ? u"yes"_s : u"no"_s}
                             .join(u'\t')
                      << Qt::endl;
        }
        return kExitOk;
    }

    static int runs(CommandContext &ctx, workflow::qc::QcQueries &queries, const QString &analysis, qint64 lotId,
                    int limit)
    {
        auto lots = queries.lots();
        if (!lots)
            return failed(ctx, lots.error());
        QList<qint64> ids;
        bool lotSeen = false;
        for (const workflow::qc::QcLotView &v : *lots) {
            if (lotId != 0 && v.lot.id == lotId) {
                lotSeen = true;
                if (v.lot.analysisCode != analysis)
                    return failed(ctx, {QString(workflow::errc::QcLotUnknown),
                                        u"Le lot n° %1 est un lot de %2, pas de %3."_s.arg(lotId).arg(v.lot.analysisCode, analysis),
                                        u"--lot"_s});
            }
            if (v.lot.analysisCode == analysis && (lotId == 0 || v.lot.id == lotId))
                ids << v.lot.id;
        }
        if (lotId != 0 && !lotSeen)
            return failed(ctx, {QString(workflow::errc::QcLotUnknown), u"Lot de contrôle n° %1 introuvable."_s.arg(lotId),
                                u"--lot"_s});
        if (ids.isEmpty()) {
            // Tell an analysis the catalogue lacks (refused by rules()) from a known one without lots.
            if (auto r = queries.rules(analysis); !r)
                return failed(ctx, r.error());
            return failed(ctx, {QString(workflow::errc::QcLotUnknown),
                                u"Aucun lot de contrôle pour l'analyse %1."_s.arg(analysis), u"--analysis"_s});
        }
        ctx.out() << u"id\tlot\tobserved_at\tvalue\tz\toutcome\trules\treview"_s << Qt::endl;
        for (const qint64 id : ids) {
            auto v = queries.lot(id, limit);
            if (!v)
                return failed(ctx, v.error());
            for (const storage::QcRunRow &r : v->runs) {
                const auto value = domain::qc::parseQcValue(r.valueText);
                const bool z = value && v->lot.mean && v->lot.sd && *v->lot.sd > 0;
                ctx.out() << QStringList{QString::number(r.id), v->lot.lotNumber, iso(r.observedAt),
                                         value ? number(*value) : orDash(r.valueText),
                                         z ? QString::number((*value - *v->lot.mean) / *v->lot.sd, 'f', 2) : u"-"_s,
                                         r.outcome, orDash(r.rulesFired.join(u',')), r.reviewState}
                                     .join(u'\t')
                          << Qt::endl;
            }
        }
        return kExitOk;
    }

    static int holds(CommandContext &ctx, workflow::qc::QcQueries &queries)
    {
        auto holds = queries.openHolds();
        if (!holds)
            return failed(ctx, holds.error());
        ctx.out() << u"run\tanalyzer\tanalysis\tlot\trules\trun_at\tdossier\tresult\tvalue\tobserved_at\tstate"_s
                  << Qt::endl;
        for (const workflow::qc::QcHeldResult &h : *holds)
            ctx.out() << QStringList{QString::number(h.run.id), h.run.analyzer, h.hold.analysisCode,
                                     orDash(h.lotNumber), orDash(h.run.rulesFired.join(u',')), iso(h.run.observedAt),
                                     h.hold.dossierNumber, QString::number(h.hold.resultId),
                                     orDash(h.hold.valueText).replace(u',', u'.'), iso(h.hold.observedAt),
                                     h.hold.resultState}
                             .join(u'\t')
                      << Qt::endl;
        return kExitOk;
    }

    static int rules(CommandContext &ctx, storage::Database &db, const domain::UserSession &session,
                     const QString &analysis, const ParsedOptions &o)
    {
        if (o.has(u"set"_s)) {
            const QString set = o.value(u"set"_s).trimmed();
            QList<domain::qc::WestgardRule> wanted;
            if (set.compare(u"default"_s, Qt::CaseInsensitive) != 0) {
                QString unknown;
                const auto parsed = domain::qc::westgardRulesFromCodes(set, &unknown);
                if (!parsed)
                    return failed(ctx, {QString(errc::Rejected),
                                        u"Règle de Westgard « %1 » inconnue (règles possibles : 1-2s, 1-3s, 2-2s, "
                                        "R-4s, 4-1s, 10-x, ou default). Rien n'est changé."_s.arg(unknown),
                                        u"--set"_s});
                wanted = *parsed;
            }
            if (auto s = workflow::qc::QcLotAdmin(db, session).setRules(analysis, wanted); !s)
                return failed(ctx, s.error());
        }
        auto rules = workflow::qc::QcQueries(db, session).rules(analysis);
        if (!rules)
            return failed(ctx, rules.error());
        ctx.out() << u"analysis\trule\tkind\tdescription"_s << Qt::endl;
        for (const domain::qc::WestgardRule r : *rules)
            ctx.out() << QStringList{analysis, domain::qc::westgardRuleCode(r),
                                     domain::qc::westgardRuleRejects(r) ? u"reject"_s : u"warning"_s,
                                     domain::qc::westgardRuleLabel(r)}
                             .join(u'\t')
                      << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::QcCommand;
SGL_REGISTER_COMMAND(QcCommand)
