#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "storage/DossierRepository.h"
#include "workflow/orders/LabelPrinting.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/** `sgl labels`: the tube labels of a dossier as PDF or ZPL II, first print or audited reprint. */
class LabelsCommand final : public Command {
public:
    QString name() const override { return u"labels"_s; }
    Text summary() const override
    {
        return {u"écrit les étiquettes des tubes d'un dossier en PDF ou en ZPL (imprimantes Zebra)"_s,
                u"writes the tube labels of a dossier as PDF or ZPL (Zebra printers)"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] labels --dossier NUMÉRO|ID --format pdf|zpl --out FICHIER\n"
                "          [--tube CODE-BARRES]... [--reprint-reason MOTIF] [--user IDENTIFIANT]\n"
                "       sgl [--db URL] labels --dossier NUMÉRO|ID --printer cups:FILE|tcp://HÔTE[:9100] ...\n"
                "          (ZPL envoyé directement à l'imprimante Zebra : file brute CUPS ou port 9100)\n\n"
                "Écrit une étiquette par tube du dossier (ou des tubes nommés par --tube) : PDF\n"
                "(une étiquette par page, à la taille de l'étiquette) ou ZPL II à envoyer tel quel\n"
                "à une file brute CUPS ou au port 9100. L'impression est enregistrée pour chaque\n"
                "tube ; une réimpression exige --reprint-reason et est tracée (label_reprint).\n"
                "Sans --user, la commande agit comme opérateur (rôle technicien).\n"
                "Codes de sortie : 0 écrit, 1 usage, 2 base de données, 4 refusé (dossier ou tube\n"
                "inconnu, motif de réimpression manquant, étiquette impossible), 5 écriture\n"
                "impossible ou imprimante injoignable."_s,
                u"Usage: sgl [--db URL] labels --dossier NUMBER|ID --format pdf|zpl --out FILE\n"
                "         [--tube BARCODE]... [--reprint-reason REASON] [--user LOGIN]\n"
                "       sgl [--db URL] labels --dossier NUMBER|ID --printer cups:QUEUE|tcp://HOST[:9100] ...\n"
                "         (ZPL sent straight to the Zebra printer: CUPS raw queue or port 9100)\n\n"
                "Writes one label per tube of the dossier (or the tubes given with --tube): PDF\n"
                "(one label a page, at the label size) or ZPL II to send unchanged to a CUPS raw\n"
                "queue or port 9100. The print is recorded for each tube; a reprint requires\n"
                "--reprint-reason and is audited (label_reprint). Without --user the command\n"
                "acts as the operator (technician role).\n"
                "Exit codes: 0 written, 1 usage, 2 database, 4 refused (unknown dossier or tube,\n"
                "reprint reason missing, label impossible), 5 cannot write or printer unreachable."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        // --tube may repeat: collect it before the common parser keeps the last value only.
        QStringList tubes;
        QStringList rest;
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args[i] == u"--tube"_s && i + 1 < args.size())
                tubes << args[++i];
            else if (args[i].startsWith(u"--tube="_s))
                tubes << args[i].mid(7);
            else
                rest << args[i];
        }
        auto opts = ctx.parse(rest, {u"dossier"_s, u"format"_s, u"out"_s, u"printer"_s, u"reprint-reason"_s, u"user"_s},
                              {}, name());
        if (!opts)
            return kExitUsage;
        if (!opts->positional.isEmpty())
            return ctx.usage(name(), {u"argument inattendu « %1 »"_s.arg(opts->positional.first()),
                                      u"unexpected argument \"%1\""_s.arg(opts->positional.first())});
        const bool toPrinter = opts->has(u"printer"_s);
        if (toPrinter && (opts->has(u"out"_s) || opts->has(u"format"_s)))
            return ctx.usage(name(), {u"--printer envoie du ZPL : sans --out ni --format"_s,
                                      u"--printer sends ZPL: no --out nor --format"_s});
        const QStringList required = toPrinter ? QStringList{u"dossier"_s, u"printer"_s}
                                               : QStringList{u"dossier"_s, u"format"_s, u"out"_s};
        for (const QString &option : required)
            if (opts->value(option).isEmpty())
                return ctx.usage(name(), {u"--%1 est obligatoire"_s.arg(option), u"--%1 is required"_s.arg(option)});
        const QString format = toPrinter ? u"zpl"_s : opts->value(u"format"_s);
        if (format != u"pdf"_s && format != u"zpl"_s)
            return ctx.usage(name(), {u"--format attend pdf ou zpl"_s, u"--format expects pdf or zpl"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto id = CommandContext::dossierId(*db, opts->value(u"dossier"_s));
        if (!id)
            return ctx.fail(id.error());
        const qint64 dossierId = *id;
        auto session = operatorSession(ctx, *db, opts->value(u"user"_s), u"labels"_s, domain::Role::Technician);
        if (!session)
            return ctx.fail(session.error());
        if (toPrinter) {
            auto sent = workflow::orders::LabelPrinting(*db, *session)
                            .send(dossierId, tubes, opts->value(u"printer"_s), opts->value(u"reprint-reason"_s));
            if (!sent)
                return ctx.fail(sent.error());
            ctx.out() << (ctx.lang() == Lang::En ? u"%1 label(s) sent to %2%3."_s : u"%1 étiquette(s) envoyée(s) à %2%3."_s)
                             .arg(sent->labels.size())
                             .arg(opts->value(u"printer"_s),
                                  sent->reprint ? (ctx.lang() == Lang::En ? u" (reprint)"_s : u" (réimpression)"_s)
                                                : QString())
                      << Qt::endl;
            return kExitOk;
        }
        using Format = workflow::orders::LabelPrinting::Format;
        auto out = workflow::orders::LabelPrinting(*db, *session)
                       .render(dossierId, tubes, format == u"zpl"_s ? Format::Zpl : Format::Pdf,
                               opts->value(u"reprint-reason"_s));
        if (!out)
            return ctx.fail(out.error());
        QSaveFile file(opts->value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(out->bytes) != out->bytes.size() || !file.commit())
            return ctx.fail(domain::Error{errc::Io, u"Écriture impossible : %1."_s.arg(file.errorString()), file.fileName()});
        ctx.out() << (ctx.lang() == Lang::En ? u"%1 label(s) written to %2%3."_s : u"%1 étiquette(s) écrite(s) dans %2%3."_s)
                         .arg(out->labels.size())
                         .arg(file.fileName(), out->reprint ? (ctx.lang() == Lang::En ? u" (reprint)"_s : u" (réimpression)"_s)
                                                            : QString())
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::LabelsCommand;
SGL_REGISTER_COMMAND(LabelsCommand)
