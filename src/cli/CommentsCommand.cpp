#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "workflow/validation/CommentLibrary.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl comments list|import|export`: the library of coded comments of biological validation
 * (workflow::validation::CommentLibrary), as a table or as the CSV `code;texte;imprime;chapitre;
 * actif` (CommentLibraryCsv). Import is all or nothing and names the bad line.
 */
class CommentsCommand final : public Command {
public:
    QString name() const override { return u"comments"_s; }
    Text summary() const override
    {
        return {u"bibliothèque des commentaires codés de validation (lister, importer, exporter)"_s,
                u"library of coded validation comments (list, import, export)"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl comments list [--all] [--user LOGIN]\n"
                "      liste les commentaires codés actifs (--all : retirés compris) : code, imprimé par défaut,\n"
                "      chapitre, texte\n"
                "  sgl comments import FICHIER.csv [--user LOGIN]\n"
                "      crée ou met à jour les commentaires du fichier (en-tête code;texte;imprime;chapitre;actif,\n"
                "      UTF-8, séparateur « ; », booléens oui/non) ; tout ou rien : une ligne invalide refuse le\n"
                "      fichier en nommant la ligne ; sans --user, l'opérateur du serveur (administrateur)\n"
                "  sgl comments export [--output FICHIER]\n"
                "      écrit la bibliothèque entière dans ce format (sortie standard par défaut)\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (ligne invalide, droit insuffisant),\n"
                "5 lecture ou écriture impossible."_s,
                u"Usage:\n"
                "  sgl comments list [--all] [--user LOGIN]\n"
                "      lists the active coded comments (--all: retired ones too): code, printed by default,\n"
                "      chapter, text\n"
                "  sgl comments import FILE.csv [--user LOGIN]\n"
                "      creates or updates the file's comments (header code;texte;imprime;chapitre;actif, UTF-8,\n"
                "      ';' separated, booleans oui/non); all or nothing: a bad line refuses the file, naming\n"
                "      the line; without --user, the server operator (administrator)\n"
                "  sgl comments export [--output FILE]\n"
                "      writes the whole library in that format (standard output by default)\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (bad line, not allowed), 5 cannot\n"
                "read or write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args, {u"user"_s, u"output"_s}, {u"all"_s}, name());
        if (!o)
            return kExitUsage;
        const QString action = o->positional.value(0);
        if (action != u"list"_s && action != u"import"_s && action != u"export"_s)
            return ctx.usage(name(), {u"action attendue : list, import ou export"_s,
                                      u"expected action: list, import or export"_s});
        if (action == u"import"_s && o->positional.size() != 2)
            return ctx.usage(name(), {u"import attend un fichier CSV"_s, u"import expects one CSV file"_s});
        if (action != u"import"_s && o->positional.size() != 1)
            return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"comments"_s, domain::Role::Admin);
        if (!session)
            return failed(ctx, session.error());
        workflow::validation::CommentLibrary library(*db, *session);

        if (action == u"list"_s) {
            auto all = library.list(!o->has(u"all"_s));
            if (!all)
                return failed(ctx, all.error());
            const bool en = ctx.lang() == Lang::En;
            for (const domain::CommentTemplate &t : *all)
                ctx.out() << t.code.leftJustified(16) << u"  "_s
                          << (t.printedByDefault ? (en ? u"printed "_s : u"imprimé "_s) : (en ? u"internal"_s : u"interne "_s))
                          << u"  "_s << (t.chapterCode.isEmpty() ? u"-"_s : t.chapterCode).leftJustified(10)
                          << (t.active ? QString() : (en ? u"  [retired]"_s : u"  [retiré]"_s)) << u"  "_s << t.text
                          << Qt::endl;
            return kExitOk;
        }
        if (action == u"export"_s) {
            auto csv = library.exportCsv();
            if (!csv)
                return failed(ctx, csv.error());
            const QString path = o->value(u"output"_s);
            if (path.isEmpty() || path == u"-"_s) {
                ctx.out() << QString::fromUtf8(*csv);
                ctx.out().flush();
                return kExitOk;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(*csv) != csv->size() || !f.commit())
                return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), path});
            return kExitOk;
        }
        const QString path = o->positional.at(1);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail({QString(errc::Io), u"Lecture impossible : %1."_s.arg(f.errorString()), path});
        auto summary = library.importCsv(f.readAll(), path);
        if (!summary)
            return failed(ctx, summary.error());
        ctx.out() << (ctx.lang() == Lang::En ? u"Comments: %1 new, %2 changed, %3 unchanged."_s
                                             : u"Commentaires : %1 nouveau(x), %2 modifié(s), %3 inchangé(s)."_s)
                         .arg(summary->created)
                         .arg(summary->updated)
                         .arg(summary->unchanged)
                  << Qt::endl;
        return kExitOk;
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        return error.code.startsWith(u"comment."_s) ? int(kExitRejected) : code;
    }
};

} // namespace sgl::cli

using sgl::cli::CommentsCommand;
SGL_REGISTER_COMMAND(CommentsCommand)
