#include "cli/AuditAnchorExitCode.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "domain/audit/AuditActor.h"
#include "workflow/audit/AuditAnchoring.h"
#include "workflow/audit/AuditVerifier.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl verify-audit`: checks the hash chain of the audit trail, row by row, and its anchors. */
class VerifyAuditCommand final : public Command {
public:
    QString name() const override { return u"verify-audit"_s; }
    Text summary() const override
    {
        return {u"vérifie que la piste d'audit n'a pas été altérée"_s,
                u"check that the audit trail has not been altered"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] verify-audit [--anchors FICHIER [--key FICHIER_CLÉ]]\n\n"
                "Recalcule le chaînage (SHA-256) de toutes les lignes de la piste d'audit et\n"
                "signale chaque ligne modifiée, supprimée ou dont le chaînage est rompu, par son\n"
                "numéro. La vérification elle-même est tracée dans la piste d'audit.\n"
                "Le chaînage seul ne voit pas la suppression des DERNIÈRES lignes par quelqu'un\n"
                "qui réécrit aussi la tête de la piste dans la base. Avec --anchors, chaque ancre\n"
                "du FICHIER écrit par « sgl audit-anchor » est aussi vérifiée : même base, ligne\n"
                "ancrée toujours présente avec la même empreinte, ancres numérotées sans trou ; avec\n"
                "--key, signature HMAC de chaque ligne (une ligne non signée est alors refusée).\n"
                "Codes de sortie : 0 piste intacte, 1 usage, 2 erreur de base de données,\n"
                "3 altération détectée (ligne ou ancre), 4 fichier d'ancres ou de clé refusé\n"
                "(ligne illisible nommée, fichier vide, clé trop courte)."_s,
                u"Usage: sgl [--db URL] verify-audit [--anchors FILE [--key KEY_FILE]]\n\n"
                "Recomputes the SHA-256 chain over every audit row and reports each modified,\n"
                "deleted or unlinked row by its number. The check itself is audited.\n"
                "The chain alone cannot see the LAST rows deleted by someone who also rewrites\n"
                "the head of the trail in the database. With --anchors, every anchor of FILE\n"
                "written by `sgl audit-anchor` is checked too: same database, anchored row still\n"
                "there with the same hash, anchors numbered without gaps; with --key, the HMAC of\n"
                "every line (an unsigned line is then refused).\n"
                "Exit codes: 0 intact, 1 usage, 2 database error, 3 tampering detected (row or\n"
                "anchor), 4 anchor or key file refused (unreadable line named, empty file, key\n"
                "too short)."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"anchors"_s, u"key"_s}, {}, name());
        if (!opts)
            return kExitUsage;
        if (!opts->positional.isEmpty())
            return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
        if (opts->has(u"key"_s) && !opts->has(u"anchors"_s))
            return ctx.usage(name(), {u"--key ne sert qu'avec --anchors FICHIER"_s,
                                      u"--key only goes with --anchors FILE"_s});
        std::optional<workflow::AuditVerifier::Anchors> anchors;
        if (opts->has(u"anchors"_s)) {
            const QString file = opts->value(u"anchors"_s);
            anchors.emplace();
            anchors->label = file;
            if (opts->has(u"key"_s)) {
                auto key = workflow::AuditAnchoring::readKey(opts->value(u"key"_s));
                if (!key) {
                    ctx.fail(key.error());
                    return anchorExitCode(key.error());
                }
                anchors->key = *key;
            }
            auto entries = workflow::AuditAnchoring::readAnchors(file);
            if (!entries) {
                ctx.fail(entries.error());
                return anchorExitCode(entries.error());
            }
            anchors->entries = *entries;
        }
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        workflow::AuditVerifier verifier(**db);
        auto report = verifier.verifyAsSystem(
            domain::AuditActor::system(u"sgl verify-audit"_s, ctx.hostName()),
            anchors ? &*anchors : nullptr);
        if (!report) {
            ctx.fail(report.error());
            return anchorExitCode(report.error());
        }
        const bool en = ctx.lang() == Lang::En;
        const qint64 anchorsChecked = report->anchors ? report->anchors->anchorsChecked : 0;
        if (report->intact()) {
            ctx.out() << (en ? u"Audit trail intact: %1 row(s) checked."_s
                             : u"Piste d'audit intacte : %1 ligne(s) vérifiée(s)."_s)
                             .arg(report->rowsChecked)
                      << Qt::endl;
            if (report->anchors)
                ctx.out() << (en ? u"Anchors: %1 anchor(s) of %2 checked, all match."_s
                                 : u"Ancres : %1 ancre(s) de %2 vérifiée(s), toutes conformes."_s)
                                 .arg(anchorsChecked)
                                 .arg(anchors->label)
                          << Qt::endl;
            printNotes(ctx, *report);
            return kExitOk;
        }
        const qsizetype count =
            report->problems.size() + (report->anchors ? report->anchors->problems.size() : 0);
        if (report->anchors)
            ctx.err() << (en ? u"AUDIT TRAIL ALTERED: %1 problem(s) in %2 row(s) and %3 anchor(s) checked:"_s
                             : u"PISTE D'AUDIT ALTÉRÉE : %1 anomalie(s) sur %2 ligne(s) et %3 ancre(s) vérifiée(s) :"_s)
                             .arg(count)
                             .arg(report->rowsChecked)
                             .arg(anchorsChecked)
                      << Qt::endl;
        else
            ctx.err() << (en ? u"AUDIT TRAIL ALTERED: %1 problem(s) in %2 row(s) checked:"_s
                             : u"PISTE D'AUDIT ALTÉRÉE : %1 anomalie(s) sur %2 ligne(s) vérifiée(s) :"_s)
                             .arg(count)
                             .arg(report->rowsChecked)
                      << Qt::endl;
        for (const auto &p : report->problems)
            ctx.err() << u"  - "_s << p.message << u" ["_s << p.kind << u"]"_s << Qt::endl;
        if (report->anchors) {
            for (const auto &p : report->anchors->problems)
                ctx.err() << u"  - "_s << p.message << u" ["_s << p.kind << u"]"_s << Qt::endl;
        }
        printNotes(ctx, *report);
        return kExitVerification;
    }

private:
    static void printNotes(CommandContext &ctx, const workflow::AuditVerifier::Report &report)
    {
        if (!report.anchors)
            return;
        for (const QString &note : report.anchors->notes)
            ctx.out() << (ctx.lang() == Lang::En ? u"Note: "_s : u"Remarque : "_s) << note
                      << Qt::endl;
    }
};

} // namespace sgl::cli

using sgl::cli::VerifyAuditCommand;
SGL_REGISTER_COMMAND(VerifyAuditCommand)
