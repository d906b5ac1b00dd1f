#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "domain/audit/AuditActor.h"
#include "workflow/audit/AuditVerifier.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl verify-audit`: checks the hash chain of the audit trail, row by row. */
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
        return {u"Usage : sgl [--db URL] verify-audit\n\n"
                "Recalcule le chaînage (SHA-256) de toutes les lignes de la piste d'audit et\n"
                "signale chaque ligne modifiée, supprimée ou dont le chaînage est rompu, par son\n"
                "numéro. La vérification elle-même est tracée dans la piste d'audit.\n"
                "Codes de sortie : 0 piste intacte, 2 erreur de base de données, 3 altération\n"
                "détectée."_s,
                u"Usage: sgl [--db URL] verify-audit\n\n"
                "Recomputes the SHA-256 chain over every audit row and reports each modified,\n"
                "deleted or unlinked row by its number. The check itself is audited.\n"
                "Exit codes: 0 intact, 2 database error, 3 tampering detected."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        int code = kExitOk;
        auto db = ctx.openWithoutArguments(args, name(), CommandContext::Schema::Current, &code);
        if (!db)
            return code;
        workflow::AuditVerifier verifier(*db);
        auto report = verifier.verifyAsSystem(
            domain::AuditActor::system(u"sgl verify-audit"_s, ctx.hostName()));
        if (!report)
            return ctx.fail(report.error());
        const bool en = ctx.lang() == Lang::En;
        if (report->intact()) {
            ctx.out() << (en ? u"Audit trail intact: %1 row(s) checked."_s
                             : u"Piste d'audit intacte : %1 ligne(s) vérifiée(s)."_s)
                             .arg(report->rowsChecked)
                      << Qt::endl;
            return kExitOk;
        }
        ctx.err() << (en ? u"AUDIT TRAIL ALTERED: %1 problem(s) in %2 row(s) checked:"_s
                         : u"PISTE D'AUDIT ALTÉRÉE : %1 anomalie(s) sur %2 ligne(s) vérifiée(s) :"_s)
                         .arg(report->problems.size())
                         .arg(report->rowsChecked)
                  << Qt::endl;
        for (const auto &p : report->problems)
            ctx.err() << u"  - "_s << p.message << u" ["_s << p.kind << u"]"_s << Qt::endl;
        return kExitVerification;
    }
};

} // namespace sgl::cli

using sgl::cli::VerifyAuditCommand;
SGL_REGISTER_COMMAND(VerifyAuditCommand)
