#include "cli/AuditAnchorExitCode.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "domain/audit/AuditActor.h"
#include "workflow/audit/AuditAnchoring.h"

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl audit-anchor`: writes the end of the audit trail to a file kept outside the database. */
class AuditAnchorCommand final : public Command {
public:
    QString name() const override { return u"audit-anchor"_s; }
    Text summary() const override
    {
        return {u"ancre la fin de la piste d'audit dans un fichier hors de la base"_s,
                u"anchor the end of the audit trail in a file outside the database"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] audit-anchor --out FICHIER [--key FICHIER_CLÉ]\n\n"
                "Ajoute au FICHIER (créé s'il n'existe pas, jamais réécrit) une ligne JSON : numéro\n"
                "de l'ancre, identifiant de la base, numéro et empreinte de la dernière ligne de\n"
                "la piste d'audit, date UTC. Avec --key, la ligne est signée (HMAC-SHA256) par la\n"
                "clé lue dans FICHIER_CLÉ (au moins 16 octets, ex. « openssl rand -hex 32 ») :\n"
                "sans la clé, personne ne peut fabriquer une ancre valide. À lancer\n"
                "périodiquement (cron, minuteur systemd) vers un fichier gardé sur une autre\n"
                "machine ou un support non réinscriptible ; « sgl verify-audit --anchors FICHIER »\n"
                "détecte alors une fin de piste supprimée ou réécrite, que le chaînage seul ne\n"
                "voit pas. Refuse d'écrire si la dernière ancre du fichier ne correspond plus à la\n"
                "piste. L'ancrage est tracé dans la piste d'audit (audit.anchor).\n"
                "Codes de sortie : 0 ancre écrite, 1 usage, 2 erreur de base de données,\n"
                "3 la dernière ancre ne correspond plus à la piste (fin de piste supprimée ou\n"
                "réécrite), 4 fichier d'ancres ou de clé refusé (ligne illisible, autre base,\n"
                "clé absente, courte ou différente), 5 écriture impossible."_s,
                u"Usage: sgl [--db URL] audit-anchor --out FILE [--key KEY_FILE]\n\n"
                "Appends to FILE (created if missing, never rewritten) one JSON line: anchor\n"
                "number, database id, number and hash of the last audit row, UTC time. With\n"
                "--key the line is signed (HMAC-SHA256) with the key read from KEY_FILE (at\n"
                "least 16 bytes, e.g. `openssl rand -hex 32`): without the key nobody can forge\n"
                "a valid anchor. Run it periodically (cron, systemd timer) into a file kept on\n"
                "another machine or write-once storage; `sgl verify-audit --anchors FILE` then\n"
                "detects a deleted or rewritten end of the trail, which the chain alone cannot\n"
                "see. Refuses to write when the file's last anchor no longer matches the trail.\n"
                "Anchoring is recorded in the audit trail (audit.anchor).\n"
                "Exit codes: 0 anchor written, 1 usage, 2 database error, 3 the last anchor no\n"
                "longer matches the trail (end deleted or rewritten), 4 anchor or key file\n"
                "refused (unreadable line, other database, key missing, short or different),\n"
                "5 cannot write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"out"_s, u"key"_s}, {}, name());
        if (!opts)
            return kExitUsage;
        if (!opts->positional.isEmpty())
            return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
        const QString out = opts->value(u"out"_s);
        if (out.isEmpty())
            return ctx.usage(name(), {u"--out FICHIER est obligatoire"_s, u"--out FILE is required"_s});
        QByteArray key;
        if (opts->has(u"key"_s)) {
            auto k = workflow::AuditAnchoring::readKey(opts->value(u"key"_s));
            if (!k) {
                ctx.fail(k.error());
                return anchorExitCode(k.error());
            }
            key = *k;
        }
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        workflow::AuditAnchoring anchoring(**db);
        auto anchor = anchoring.anchorAsSystem(
            domain::AuditActor::system(u"sgl audit-anchor"_s, ctx.hostName()), out, key);
        if (!anchor) {
            ctx.fail(anchor.error());
            return anchorExitCode(anchor.error());
        }
        const bool en = ctx.lang() == Lang::En;
        ctx.out() << (en ? u"Anchor %1 written to %2: audit row %3, %4 (%5)."_s
                         : u"Ancre %1 écrite dans %2 : ligne d'audit %3, %4 (%5)."_s)
                         .arg(anchor->number)
                         .arg(out)
                         .arg(anchor->seq)
                         .arg(anchor->hash.left(16) + u'…',
                              anchor->isSigned() ? (en ? u"signed"_s : u"signée"_s)
                                                 : (en ? u"not signed"_s : u"non signée"_s))
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::AuditAnchorCommand;
SGL_REGISTER_COMMAND(AuditAnchorCommand)
