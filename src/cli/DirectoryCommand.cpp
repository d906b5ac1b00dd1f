#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "cli/OperatorSession.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/SyntheticDirectoryFiles.h"
#include "interop/directory/SyntheticExtract.h"
#include "workflow/directory/AnnuaireSettings.h"
#include "workflow/directory/DirectoryImport.h"
#include "workflow/directory/DirectorySearch.h"
#include "workflow/directory/RppsOnlineCheck.h"

#include <QBuffer>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sgl::cli {

/**
 * `sgl directory import|search|check|status|synthetic`: the Annuaire Santé (RPPS) directory —
 * import of the public extraction files (Personne_activite with the optional SavoirFaire,
 * Dipl_AutExerc and MSSanté files; workflow::directory::DirectoryImport, progress on stderr,
 * summary on stdout), search, RPPS check (imported directory, or online through the FHIR API:
 * workflow::directory::RppsOnlineCheck), state of the active directory, and synthetic files for
 * trials (SyntheticExtract, SyntheticDirectoryFiles).
 */
class DirectoryCommand final : public Command {
public:
    QString name() const override { return u"directory"_s; }
    Text summary() const override
    {
        return {u"Annuaire Santé (RPPS) : importer l'extraction publique, rechercher un professionnel"_s,
                u"Annuaire Santé (RPPS) directory: import the public extraction, search a professional"_s};
    }
    Text help() const override
    {
        return {u"Usage :\n"
                "  sgl directory import FICHIER... [--user LOGIN] [--batch N]\n"
                "      importe PS_LibreAcces_Personne_activite_*.txt et, s'ils sont donnés, PS_LibreAcces_SavoirFaire,\n"
                "      PS_LibreAcces_Dipl_AutExerc et Extraction_Correspondance_MSSante (reconnus par leur en-tête,\n"
                "      Windows-1252, séparateur « | ») en un seul annuaire ; les\n"
                "      recherches lisent l'annuaire précédent jusqu'à la fin de l'import ; une ligne invalide\n"
                "      (en-tête, encodage, ligne tronquée, clé RPPS) refuse le fichier en nommant la ligne et\n"
                "      laisse l'annuaire précédent en service ; progression sur la sortie d'erreur ; sans --user,\n"
                "      l'opérateur du serveur (administrateur)\n"
                "  sgl directory search [--name NOM] [--rpps RPPS] [--city VILLE|CP] [--profession CODE|LIBELLÉ]\n"
                "                       [--limit N] [--user LOGIN]\n"
                "      professionnels correspondant à tous les critères, avec leurs activités et adresses MSSanté\n"
                "  sgl directory check RPPS [--online [--fhir-url URL] [--ca FICHIER]] [--user LOGIN]\n"
                "      connu et actif, inconnu, clé de contrôle fausse ; --online interroge l'API FHIR de l'Annuaire\n"
                "      Santé (section [annuaire] de sgl.conf, clé d'API api_key ou variable SGL_ANNUAIRE_API_KEY ;\n"
                "      16 requêtes/s au plus) : actif, inactif ou inconnu\n"
                "  sgl directory status\n"
                "      annuaire en service : date d'import, fichiers, lignes, professionnels\n"
                "  sgl directory synthetic FICHIER [--rows N] [--seed S] [--skills F] [--diplomas F] [--mssante F]\n"
                "      écrit un extrait synthétique (noms inventés, en-tête et encodage réels) et, si demandés, les\n"
                "      fichiers SavoirFaire, Dipl_AutExerc et MSSanté des mêmes professionnels\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base, 4 refusé (fichier invalide, droit insuffisant,\n"
                "import annulé ; check : RPPS inconnu ou invalide), 5 lecture ou écriture impossible."_s,
                u"Usage:\n"
                "  sgl directory import FILE... [--user LOGIN] [--batch N]\n"
                "      imports PS_LibreAcces_Personne_activite_*.txt and, when given, PS_LibreAcces_SavoirFaire,\n"
                "      PS_LibreAcces_Dipl_AutExerc and Extraction_Correspondance_MSSante (recognised by their\n"
                "      header, Windows-1252, '|' separated) as one directory; searches\n"
                "      read the previous directory until the import ends; a bad line (header, encoding,\n"
                "      truncated line, RPPS key) refuses the file, naming the line, and keeps the previous\n"
                "      directory; progress on standard error; without --user, the server operator (administrator)\n"
                "  sgl directory search [--name NAME] [--rpps RPPS] [--city CITY|POSTCODE] [--profession CODE|LABEL]\n"
                "                       [--limit N] [--user LOGIN]\n"
                "      professionals matching every criterion, with their activities and MSSanté addresses\n"
                "  sgl directory check RPPS [--online [--fhir-url URL] [--ca FILE]] [--user LOGIN]\n"
                "      known and active, unknown, wrong check digit; --online asks the Annuaire Santé FHIR API\n"
                "      ([annuaire] section of sgl.conf, api_key or SGL_ANNUAIRE_API_KEY; at most 16 requests/s):\n"
                "      active, inactive or unknown\n"
                "  sgl directory status\n"
                "      directory in use: import date, files, lines, professionals\n"
                "  sgl directory synthetic FILE [--rows N] [--seed S] [--skills F] [--diplomas F] [--mssante F]\n"
                "      writes a synthetic extract (invented names, real header and encoding) and, when asked, the\n"
                "      SavoirFaire, Dipl_AutExerc and MSSanté files of the same professionals\n"
                "Exit codes: 0 success, 1 usage, 2 database, 4 refused (bad file, not allowed, import\n"
                "cancelled; check: unknown or invalid RPPS), 5 cannot read or write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto o = ctx.parse(args,
                           {u"user"_s, u"batch"_s, u"name"_s, u"rpps"_s, u"city"_s, u"profession"_s, u"limit"_s,
                            u"rows"_s, u"seed"_s, u"skills"_s, u"diplomas"_s, u"mssante"_s, u"fhir-url"_s, u"ca"_s},
                           {u"online"_s}, name());
        if (!o)
            return kExitUsage;
        const QString action = o->positional.value(0);
        const QStringList rest = o->positional.mid(1);
        if (action == u"synthetic"_s)
            return synthetic(ctx, *o, rest);
        if (action != u"import"_s && action != u"search"_s && action != u"status"_s && action != u"check"_s)
            return ctx.usage(name(), {u"action attendue : import, search, check, status ou synthetic"_s,
                                      u"expected action: import, search, check, status or synthetic"_s});
        if (action == u"import"_s && rest.isEmpty())
            return ctx.usage(name(), {u"import attend au moins un fichier"_s, u"import expects at least one file"_s});
        if (action == u"check"_s && rest.size() != 1)
            return ctx.usage(name(), {u"check attend un numéro RPPS"_s, u"check expects one RPPS number"_s});
        if ((action == u"search"_s || action == u"status"_s) && !rest.isEmpty())
            return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
        int code = kExitOk;
        auto db = ctx.openCurrentDatabase(&code);
        if (!db)
            return code;
        auto session = operatorSession(ctx, *db, o->value(u"user"_s), u"directory"_s, domain::Role::Admin);
        if (!session)
            return failed(ctx, session.error());
        if (action == u"import"_s)
            return import(ctx, *db, *session, *o, rest);
        workflow::directory::DirectorySearch search(*db, *session);
        if (action == u"status"_s)
            return status(ctx, search);
        if (action == u"check"_s && o->has(u"online"_s))
            return checkOnline(ctx, *session, *o, rest.first());
        if (action == u"check"_s)
            return check(ctx, search, rest.first());
        workflow::directory::DirectoryQuery q;
        q.name = o->value(u"name"_s);
        q.rpps = o->value(u"rpps"_s);
        q.city = o->value(u"city"_s);
        q.profession = o->value(u"profession"_s);
        if (o->has(u"limit"_s))
            q.limit = o->value(u"limit"_s).toInt();
        auto found = search.find(q);
        if (!found)
            return failed(ctx, found.error());
        for (const domain::DirectoryProfessional &p : *found) {
            ctx.out() << p.idPp << u"  "_s << (p.practiceCivility.isEmpty() ? QString() : p.practiceCivility + u' ')
                      << p.firstName << u' ' << p.lastName << u"  "_s << p.profession << Qt::endl;
            for (const domain::DirectoryActivity &a : p.activities)
                ctx.out() << u"    "_s << (a.skillLabel.isEmpty() ? QString() : a.skillLabel + u" — "_s) << a.structureName
                          << u", "_s << a.postcode << u' ' << a.city
                          << (a.mssante.isEmpty() ? QString() : u"  MSSanté "_s + a.mssante) << Qt::endl;
            for (const QString &box : p.mssanteMailboxes)
                ctx.out() << u"    BAL MSSanté personnelle : "_s << box << Qt::endl;
            for (const domain::DirectorySkill &skill : p.skills)
                ctx.out() << u"    Savoir-faire : "_s << skill.label << u" ("_s << skill.typeLabel << u")"_s << Qt::endl;
            for (const domain::DirectoryDiploma &d : p.diplomas)
                if (!d.diplomaLabel.isEmpty())
                    ctx.out() << u"    Diplôme : "_s << d.diplomaLabel << Qt::endl;
        }
        if (found->isEmpty())
            ctx.err() << (ctx.lang() == Lang::En ? u"No professional found."_s : u"Aucun professionnel trouvé."_s)
                      << Qt::endl;
        return kExitOk;
    }

private:
    static int failed(CommandContext &ctx, const domain::Error &error)
    {
        const int code = ctx.fail(error);
        if (error.code == interop::directory::errc::Read)
            return kExitInternal;
        return error.code.startsWith(u"directory."_s) ? int(kExitRejected) : code;
    }

    static int import(CommandContext &ctx, storage::Database &db, const domain::UserSession &session,
                      const ParsedOptions &o, const QStringList &files)
    {
        workflow::directory::DirectoryImport importer(db, session);
        if (o.has(u"batch"_s))
            importer.setBatchSize(o.value(u"batch"_s).toInt());
        int lastPercent = -1;
        importer.setProgress([&](const workflow::directory::DirectoryImportProgress &p) {
            const int percent = p.totalBytes > 0 ? int(100 * p.bytesRead / p.totalBytes) : 0;
            if (percent / 5 == lastPercent / 5 && percent != 100)
                return;
            lastPercent = percent;
            ctx.err() << u"%1 % — %2 lignes (%3)"_s.arg(percent).arg(p.rows).arg(p.file) << Qt::endl;
        });
        auto summary = importer.run(files);
        if (!summary)
            return failed(ctx, summary.error());
        const auto &g = summary->generation;
        ctx.out() << (ctx.lang() == Lang::En
                          ? u"Directory imported: %1 lines, %2 professionals in %3 s (generation %4)."_s
                          : u"Annuaire importé : %1 lignes, %2 professionnels en %3 s (génération %4)."_s)
                         .arg(g.rowCount)
                         .arg(g.professionalCount)
                         .arg(QLocale(QLocale::French).toString(summary->milliseconds / 1000.0, 'f', 1))
                         .arg(g.id)
                  << Qt::endl;
        return kExitOk;
    }

    static int status(CommandContext &ctx, workflow::directory::DirectorySearch &search)
    {
        auto g = search.status();
        if (!g)
            return failed(ctx, g.error());
        if (!*g) {
            ctx.out() << (ctx.lang() == Lang::En ? u"No directory imported."_s : u"Aucun annuaire importé."_s)
                      << Qt::endl;
            return kExitOk;
        }
        const auto &a = **g;
        ctx.out() << (ctx.lang() == Lang::En ? u"Generation %1 imported on %2 by %3: %4 lines, %5 professionals (%6)."_s
                                             : u"Génération %1 importée le %2 par %3 : %4 lignes, %5 professionnels (%6)."_s)
                         .arg(a.id)
                         .arg(a.finishedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s), a.importedBy)
                         .arg(a.rowCount)
                         .arg(a.professionalCount)
                         .arg(a.fileNames.join(u", "_s))
                  << Qt::endl;
        return kExitOk;
    }

    static int check(CommandContext &ctx, workflow::directory::DirectorySearch &search, const QString &rpps)
    {
        auto r = search.checkRpps(rpps);
        if (!r)
            return failed(ctx, r.error());
        ctx.out() << r->message << Qt::endl;
        return r->status == workflow::directory::RppsCheck::Status::KnownActive ? int(kExitOk) : int(kExitRejected);
    }

    static int checkOnline(CommandContext &ctx, const domain::UserSession &session, const ParsedOptions &o,
                           const QString &rpps)
    {
        workflow::directory::AnnuaireSettings settings = workflow::directory::AnnuaireSettings::fromConfigFile();
        if (o.has(u"fhir-url"_s))
            settings.fhir.baseUrl = o.value(u"fhir-url"_s);
        if (o.has(u"ca"_s))
            settings.fhir.caBundlePath = o.value(u"ca"_s);
        // The key is never an option: a command line is visible to every user of the machine.
        if (settings.fhir.apiKey.isEmpty())
            settings.fhir.apiKey = qEnvironmentVariable("SGL_ANNUAIRE_API_KEY");
        workflow::directory::RppsOnlineCheck checker(session, settings.fhir);
        auto r = checker.check(rpps);
        if (!r)
            return failed(ctx, r.error());
        ctx.out() << r->message << Qt::endl;
        for (const auto &role : r->roles)
            ctx.out() << u"    "_s << role.roles.join(u", "_s) << u" — "_s << role.organisation
                      << (role.mailboxes.isEmpty() ? QString() : u"  MSSanté "_s + role.mailboxes.join(u", "_s))
                      << Qt::endl;
        if (r->practitioner)
            for (const QString &box : r->practitioner->mailboxes)
                ctx.out() << u"    BAL MSSanté personnelle : "_s << box << Qt::endl;
        return r->status == workflow::directory::OnlineRppsCheck::Status::Active ? int(kExitOk) : int(kExitRejected);
    }

    /** Writes the SavoirFaire, Dipl_AutExerc and MSSanté files asked for, from the extract just written. */
    static int secondaryFiles(CommandContext &ctx, const ParsedOptions &o, const QString &extractPath)
    {
        using interop::directory::DirectoryFileKind;
        const QList<std::pair<QString, DirectoryFileKind>> asked{{u"skills"_s, DirectoryFileKind::SavoirFaire},
                                                                 {u"diplomas"_s, DirectoryFileKind::DiplAutExerc},
                                                                 {u"mssante"_s, DirectoryFileKind::MssanteMailboxes}};
        interop::directory::SyntheticDirectoryFiles::Options options;
        bool loaded = false;
        for (const auto &[option, kind] : asked) {
            if (!o.has(option))
                continue;
            if (!loaded) {
                QFile extract(extractPath);
                if (!extract.open(QIODevice::ReadOnly))
                    return ctx.fail({QString(errc::Io), u"Lecture du fichier impossible : %1."_s.arg(extract.errorString()),
                                     extractPath});
                auto professionals = interop::directory::SyntheticDirectoryFiles::professionalsOf(extract, extractPath);
                if (!professionals)
                    return ctx.fail(professionals.error());
                options.professionals = *professionals;
                loaded = true;
            }
            QSaveFile f(o.value(option));
            if (!f.open(QIODevice::WriteOnly))
                return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), o.value(option)});
            if (auto ok = interop::directory::SyntheticDirectoryFiles::write(kind, f, options); !ok)
                return ctx.fail(ok.error());
            if (!f.commit())
                return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), o.value(option)});
        }
        return kExitOk;
    }

    static int synthetic(CommandContext &ctx, const ParsedOptions &o, const QStringList &rest)
    {
        if (rest.size() != 1)
            return ctx.usage(u"directory"_s, {u"synthetic attend un fichier"_s, u"synthetic expects one file"_s});
        interop::directory::SyntheticExtract::Options options;
        if (o.has(u"rows"_s))
            options.rows = o.value(u"rows"_s).toLongLong();
        if (o.has(u"seed"_s))
            options.seed = o.value(u"seed"_s).toUInt();
        QSaveFile f(rest.first());
        if (!f.open(QIODevice::WriteOnly))
            return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), rest.first()});
        if (auto ok = interop::directory::SyntheticExtract::write(f, options); !ok)
            return ctx.fail(ok.error());
        if (!f.commit())
            return ctx.fail({QString(errc::Io), u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), rest.first()});
        if (const int code = secondaryFiles(ctx, o, rest.first()); code != kExitOk)
            return code;
        ctx.out() << (ctx.lang() == Lang::En ? u"Synthetic extract: %1 lines."_s : u"Extrait synthétique : %1 lignes."_s)
                         .arg(options.rows)
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::DirectoryCommand;
SGL_REGISTER_COMMAND(DirectoryCommand)
