#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/DossierRequestJson.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "workflow/orders/OrderEntry.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl dossier create`: a request in JSON (stdin or --in) -> OrderEntry::create -> JSON out. */
class DossierCommand final : public Command {
public:
    QString name() const override { return u"dossier"_s; }
    Text summary() const override
    {
        return {u"crée un dossier (demande d'examens) à partir d'une demande JSON"_s,
                u"creates a dossier (request for exams) from a JSON request"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] dossier create [--in FICHIER] [--user IDENTIFIANT]\n\n"
                "Lit la demande en JSON (entrée standard, ou FICHIER avec --in) : patientId,\n"
                "prescriber {name, rpps, mssante}, exams [codes], priority (routine|urgent|vital),\n"
                "prescribedOn (AAAA-MM-JJ), sampledAt (ISO 8601), sampler {kind, name},\n"
                "origin (external|ward), ward, clinicalAnswers {CODE: réponse}, correspondents\n"
                "[{name, rpps, mssante}], recipients {prescriber, patient, paper}, clinicalInfo.\n"
                "Crée le dossier, ses analyses en attente et ses tubes en une transaction, puis\n"
                "écrit en JSON : dossier (id, number, version, status), tubes (codes-barres),\n"
                "warnings (ex. clé RPPS fausse : avertissement, pas refus). Sans --user, la\n"
                "commande agit comme opérateur avec le rôle secrétaire (system:sgl dossier).\n"
                "Codes de sortie : 0 créé, 1 usage, 2 base de données, 4 demande refusée\n"
                "(JSON illisible, champ manquant nommé, règle de saisie), 5 lecture impossible."_s,
                u"Usage: sgl [--db URL] dossier create [--in FILE] [--user LOGIN]\n\n"
                "Reads the request as JSON (stdin, or FILE with --in): patientId, prescriber\n"
                "{name, rpps, mssante}, exams [codes], priority (routine|urgent|vital),\n"
                "prescribedOn (YYYY-MM-DD), sampledAt (ISO 8601), sampler {kind, name}, origin\n"
                "(external|ward), ward, clinicalAnswers {CODE: answer}, correspondents [{name,\n"
                "rpps, mssante}], recipients {prescriber, patient, paper}, clinicalInfo.\n"
                "Creates the dossier, its pending analyses and tubes in one transaction, then\n"
                "prints JSON: dossier (id, number, version, status), tubes (barcodes), warnings\n"
                "(e.g. wrong RPPS key: a warning, not a refusal). Without --user the command\n"
                "acts as the operator with the secretary role (system:sgl dossier).\n"
                "Exit codes: 0 created, 1 usage, 2 database, 4 request refused (unreadable\n"
                "JSON, missing field named, entry rule), 5 cannot read."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"in"_s, u"user"_s}, {}, name());
        if (!opts)
            return kExitUsage;
        if (opts->positional != QStringList{u"create"_s})
            return ctx.usage(name(), {u"sous-commande attendue : create"_s, u"expected subcommand: create"_s});
        QByteArray json;
        if (opts->has(u"in"_s)) {
            QFile f(opts->value(u"in"_s));
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(domain::Error{errc::Io, u"Lecture impossible : %1."_s.arg(f.errorString()), f.fileName()});
            json = f.readAll();
        } else {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return ctx.fail(domain::Error{errc::Io, u"Lecture de l'entrée standard impossible."_s, u"stdin"_s});
            json = in.readAll();
        }
        auto request = DossierRequestJson::parse(json);
        if (!request)
            return ctx.fail(request.error());
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        auto session = operatorSession(ctx, **db, opts->value(u"user"_s), u"dossier"_s, domain::Role::Secretary);
        if (!session)
            return ctx.fail(session.error());
        auto change = workflow::orders::OrderEntry(**db, *session).create(*request);
        if (!change)
            return ctx.fail(change.error());
        for (const QString &w : change->warnings)
            ctx.err() << (ctx.lang() == Lang::En ? u"warning: "_s : u"avertissement : "_s) << w << Qt::endl;
        ctx.out() << QString::fromUtf8(QJsonDocument(DossierRequestJson::toJson(*change)).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::DossierCommand;
SGL_REGISTER_COMMAND(DossierCommand)
