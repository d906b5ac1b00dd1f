#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "cli/PasswordPrompt.h"
#include "domain/report/SharingChoices.h"
#include "domain/validation/ReleaseCheck.h"
#include "workflow/auth/AuthService.h"
#include "workflow/auth/SecurityPolicyLoader.h"
#include "workflow/validation/BatchRelease.h"
#include "workflow/validation/BiologicalValidation.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl validate`: the biologist's validation from the command line (scripts, tests), through the
 * same use cases as the validation screen: BiologicalValidation (report version issued in the
 * same transaction) and BatchRelease (release rule recomputed per dossier, re-authentication).
 */
class ValidateCommand final : public Command {
public:
    QString name() const override { return u"validate"_s; }
    Text summary() const override
    {
        return {u"validation biologique d'un dossier, ou libération par lot"_s,
                u"biological validation of a dossier, or batch release"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl validate --dossier ID|NUMÉRO --signer LOGIN [--analyses CODE,...] [--chapter CODE]\n"
                "               [--withhold-dmp MOTIF] [--amendment-reason MOTIF]\n"
                "      valide le dossier (ou les analyses, ou le chapitre) et émet la version du compte rendu\n"
                "      dans la même transaction (partielle tant qu'il reste des analyses, rectificative après\n"
                "      une version complète) ; --withhold-dmp ne verse pas ce document au DMP, avec le motif\n"
                "  sgl validate --batch --signer LOGIN [--dossiers ID,...]\n"
                "      libération par lot : chaque dossier validé techniquement sans motif d'exclusion est validé\n"
                "      (ou ceux de --dossiers) ; affiche chaque dossier libéré et chaque dossier exclu avec ses\n"
                "      motifs. Mot de passe du signataire : variable SGL_SIGNER_PASSWORD, sinon l'entrée\n"
                "      standard (jamais en argument)\n"
                "Codes de sortie : 0 succès (--batch : le lot a été traité, exclusions comprises), 1 usage,\n"
                "2 base, 4 refusé (valeur critique sans rappel, compte rendu impossible, modifié entre-temps,\n"
                "mot de passe refusé, droit insuffisant, dossier d'un --dossiers exclu), 5 autre."_s,
                u"Usage:\n"
                "  sgl validate --dossier ID|NUMBER --signer LOGIN [--analyses CODE,...] [--chapter CODE]\n"
                "               [--withhold-dmp REASON] [--amendment-reason REASON]\n"
                "      validates the dossier (or the analyses, or the chapter) and issues the report version in\n"
                "      the same transaction (partial while analyses remain, amended after a complete one);\n"
                "      --withhold-dmp does not send this document to the DMP, with the reason\n"
                "  sgl validate --batch --signer LOGIN [--dossiers ID,...]\n"
                "      batch release: every technically validated dossier without exclusion reason is validated\n"
                "      (or those of --dossiers); prints each released and each excluded dossier with its\n"
                "      reasons. Signer password: SGL_SIGNER_PASSWORD, else standard input (never an argument)\n"
                "Exit codes: 0 success (--batch: the batch ran, exclusions included), 1 usage, 2 database,\n"
                "4 refused (critical value without call-back, report impossible, changed meanwhile, password\n"
                "refused, not allowed, a --dossiers dossier excluded), 5 other."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args,
                           {u"dossier"_s, u"signer"_s, u"analyses"_s, u"chapter"_s, u"withhold-dmp"_s,
                            u"amendment-reason"_s, u"dossiers"_s},
                           {u"batch"_s}, u"validate"_s);
        if (!o)
            return kExitUsage;
        if (!o->has(u"signer"_s))
            return ctx.usage(name(), {u"--signer est obligatoire"_s, u"--signer is required"_s});
        if (o->has(u"batch"_s) == o->has(u"dossier"_s))
            return ctx.usage(name(), {u"--dossier ou --batch (l'un des deux)"_s, u"either --dossier or --batch"_s});
        if (o->has(u"batch"_s) && (o->has(u"analyses"_s) || o->has(u"chapter"_s) || o->has(u"withhold-dmp"_s)))
            return ctx.usage(name(), {u"--batch valide des dossiers entiers avec les choix de partage par défaut"_s,
                                      u"--batch validates whole dossiers with the default sharing choices"_s});
        if (o->has(u"withhold-dmp"_s) && o->value(u"withhold-dmp"_s).trimmed().isEmpty())
            return ctx.usage(name(), {u"--withhold-dmp demande le motif"_s, u"--withhold-dmp needs the reason"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, o->value(u"signer"_s), u"validate"_s, domain::Role::Biologist);
        if (!session)
            return failed(ctx, session.error());
        return o->has(u"batch"_s) ? batch(ctx, *db, *session, *o) : one(ctx, *db, *session, *o);
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        const QString &c = error.code;
        const bool refused = c.startsWith(u"validation."_s) || c.startsWith(u"callback."_s) || c.startsWith(u"cda."_s)
                             || c.startsWith(u"report."_s) || c.startsWith(u"sharing."_s) || c.startsWith(u"reflex."_s)
                             || c.startsWith(u"result."_s) || c.startsWith(u"bench."_s);
        return refused ? int(kExitRejected) : code;
    }

    int one(CommandContext &ctx, storage::Database &db, const domain::UserSession &session, const ParsedOptions &o)
    {
        auto id = CommandContext::dossierId(db, o.value(u"dossier"_s));
        if (!id)
            return failed(ctx, id.error());
        workflow::validation::ValidationRequest req;
        req.dossierId = *id;
        req.analysisCodes = o.value(u"analyses"_s).split(u',', Qt::SkipEmptyParts);
        req.chapterCode = o.value(u"chapter"_s).trimmed();
        req.amendmentReason = o.value(u"amendment-reason"_s);
        if (o.has(u"withhold-dmp"_s)) {
            domain::SharingChoices s = domain::SharingChoices::defaultsFor(false);
            s.dmpWithheld = true;
            s.withholdReason = o.value(u"withhold-dmp"_s).trimmed();
            req.sharing = s;
        }
        workflow::validation::BiologicalValidation validation(db, session, {});
        auto out = validation.validate(req);
        if (!out)
            return failed(ctx, out.error());
        for (const domain::LabResult &r : out->validated)
            ctx.out() << u"%1\t%2\t%3\tvalidé"_s.arg(r.analysisCode, r.value.displayFr(),
                                                      r.flag ? domain::abnormalFlagCode(*r.flag) : QString())
                      << Qt::endl;
        const auto &v = out->report.version;
        ctx.out() << u"Compte rendu %1 version %2%3 : %4"_s.arg(v.setId)
                         .arg(v.versionNumber)
                         .arg(v.partial ? u" (partiel)"_s : v.versionNumber > 1 ? u" (rectificatif)"_s : QString(),
                              v.documentId)
                  << Qt::endl;
        ctx.out() << u"Dossier %1 : %2"_s.arg(out->dossier.number, domain::dossierStatusLabel(out->dossier.status))
                  << Qt::endl;
        return kExitOk;
    }

    int batch(CommandContext &ctx, storage::Database &db, const domain::UserSession &session, const ParsedOptions &o)
    {
        QString password = QProcessEnvironment::systemEnvironment().value(u"SGL_SIGNER_PASSWORD"_s);
        if (password.isEmpty()) {
            auto typed = readPassword(false, u"Mot de passe de %1 : "_s.arg(session.login), QString());
            if (!typed)
                return ctx.usage(name(), {u"mot de passe du signataire absent"_s, u"signer password missing"_s});
            password = *typed;
        }
        auto policy = workflow::loadSecurityPolicy();
        if (!policy)
            return failed(ctx, policy.error());
        workflow::AuthService auth(db, *policy, ctx.hostName());
        workflow::validation::BatchRelease release(db, session, auth);
        QList<qint64> ids;
        const bool named = o.has(u"dossiers"_s);
        if (named) {
            for (const QString &s : o.value(u"dossiers"_s).split(u',', Qt::SkipEmptyParts)) {
                auto id = CommandContext::dossierId(db, s.trimmed());
                if (!id)
                    return failed(ctx, id.error());
                ids << *id;
            }
        } else {
            auto candidates = release.candidates();
            if (!candidates)
                return failed(ctx, candidates.error());
            for (const auto &c : *candidates) {
                if (c.eligible()) {
                    ids << c.dossierId;
                    continue;
                }
                printExcluded(ctx, c.number, c.exclusions);
            }
            if (ids.isEmpty()) {
                ctx.out() << u"Aucun dossier à libérer."_s << Qt::endl;
                return kExitOk;
            }
        }
        auto out = release.release(password, ids);
        if (!out)
            return failed(ctx, out.error());
        for (const auto &r : out->released)
            ctx.out() << u"libéré\t%1\tcompte rendu version %2"_s.arg(r.dossier.number).arg(r.report.version.versionNumber)
                      << Qt::endl;
        for (const auto &r : out->refused) {
            if (r.exclusions.isEmpty())
                ctx.out() << u"exclu\t%1\t%2"_s.arg(r.number, r.error.message.section(u'\n', -1)) << Qt::endl;
            else
                printExcluded(ctx, r.number, r.exclusions);
        }
        ctx.out() << u"%1 dossier(s) libéré(s), %2 exclu(s)."_s.arg(out->released.size()).arg(out->refused.size())
                  << Qt::endl;
        return named && !out->refused.isEmpty() ? int(kExitRejected) : int(kExitOk);
    }

    static void printExcluded(CommandContext &ctx, const QString &number, const QList<domain::ReleaseExclusion> &reasons)
    {
        for (const auto &e : reasons)
            ctx.out() << u"exclu\t%1\t%2\t%3"_s.arg(number, domain::releaseExclusionCode(e.reason), e.text) << Qt::endl;
    }
};

} // namespace sgl::cli

using sgl::cli::ValidateCommand;
SGL_REGISTER_COMMAND(ValidateCommand)
