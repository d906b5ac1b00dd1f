#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "storage/UserRepository.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/PreviewCatalogueImport.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {

using interop::catalogue::CatalogueDiff;

domain::Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(errc::Io, u"Lecture impossible : %1."_s.arg(f.errorString()), path);
    return f.readAll();
}

void printDiff(CommandContext &ctx, const CatalogueDiff &d)
{
    const bool en = ctx.lang() == Lang::En;
    QTextStream &out = ctx.out();
    out << (en ? u"Analyses: %1 new, %2 changed, %3 unchanged, %4 unknown local code(s), %5 invalid LOINC."_s
               : u"Analyses : %1 nouvelle(s), %2 modifiée(s), %3 inchangée(s), %4 code(s) local(aux) inconnu(s), %5 LOINC invalide(s)."_s)
               .arg(d.count(CatalogueDiff::Kind::New))
               .arg(d.count(CatalogueDiff::Kind::Changed))
               .arg(d.count(CatalogueDiff::Kind::Unchanged))
               .arg(d.count(CatalogueDiff::Kind::UnknownLocalCode))
               .arg(d.count(CatalogueDiff::Kind::InvalidLoinc))
        << Qt::endl;
    out << (en ? u"Chapters: %1 new, %2 changed. Exams: %3 new, %4 changed. Benches: %5 new, %6 renamed."_s
               : u"Chapitres : %1 nouveau(x), %2 modifié(s). Examens : %3 nouveau(x), %4 modifié(s). "
                 "Paillasses : %5 nouvelle(s), %6 renommée(s)."_s)
               .arg(d.newChapters)
               .arg(d.changedChapters)
               .arg(d.newExams)
               .arg(d.changedExams)
               .arg(d.newBenches)
               .arg(d.changedBenches)
        << Qt::endl;
    for (const auto &e : d.entries) {
        if (e.kind == CatalogueDiff::Kind::Unchanged)
            continue;
        out << u"  ["_s << interop::catalogue::diffKindCode(e.kind) << u"] "_s << e.localCode << u" "_s << e.label;
        if (!e.changedFields.isEmpty())
            out << u" : "_s << e.changedFields.join(u", "_s);
        if (e.oldLoinc != e.newLoinc && !e.oldLoinc.isEmpty())
            out << u" (LOINC "_s << e.oldLoinc << u" -> "_s << e.newLoinc << u")"_s;
        out << u" ("_s << e.location << u")"_s << Qt::endl;
    }
    for (const domain::Error &w : d.warnings)
        ctx.err() << (en ? u"warning: "_s : u"avertissement : "_s) << w.toString() << u" ["_s << w.code << u"]"_s << Qt::endl;
    for (const domain::Error &e : d.errors)
        ctx.err() << (en ? u"error: "_s : u"erreur : "_s) << e.toString() << u" ["_s << e.code << u"]"_s << Qt::endl;
}

} // namespace

/** `sgl import-catalogue`: preview (--dry-run) or apply a catalogue file, all or nothing. */
class CatalogueImportCommand final : public Command {
public:
    QString name() const override { return u"import-catalogue"_s; }
    Text summary() const override
    {
        return {u"importe un catalogue (retour de transcodage LOINC, CSV, FHIR Bundle ou ConceptMap), tout ou rien"_s,
                u"import a catalogue (LOINC transcoding return, CSV, FHIR Bundle or ConceptMap), all or nothing"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] import-catalogue FICHIER [--ranges FICHIER]\n"
                "          [--format csv|fhir|conceptmap] [--transcoding] [--dry-run]\n"
                "          [--reason TEXTE] [--author IDENTIFIANT]\n\n"
                "Compare le fichier au catalogue et affiche l'aperçu : analyses nouvelles,\n"
                "modifiées (champs), inchangées, codes locaux inconnus, LOINC invalides, puis chaque\n"
                "problème avec sa ligne ou son chemin JSON. Sans --dry-run, applique le fichier en\n"
                "une seule transaction (nouvelle version datée du catalogue) ; au moindre problème,\n"
                "rien n'est modifié. --transcoding : retour d'un prestataire LOINC, seule la colonne\n"
                "loinc est prise et un code local inconnu est une erreur. Format deviné d'après\n"
                "l'extension (.json = FHIR) puis, en FHIR, d'après resourceType (Bundle ou\n"
                "ConceptMap). Un ConceptMap (codes locaux -> LOINC) s'importe toujours en mode\n"
                "transcodage (--transcoding implicite).\n"
                "Codes de sortie : 0 appliqué ou aperçu sans erreur, 1 usage, 2 base de données,\n"
                "4 fichier refusé (problèmes listés), 5 lecture impossible."_s,
                u"Usage: sgl [--db URL] import-catalogue FILE [--ranges FILE]\n"
                "         [--format csv|fhir|conceptmap] [--transcoding] [--dry-run]\n"
                "         [--reason TEXT] [--author LOGIN]\n\n"
                "Compares the file with the catalogue and prints the preview: new, changed\n"
                "(fields), unchanged analyses, unknown local codes, invalid LOINC, then every\n"
                "problem with its line or JSON path. Without --dry-run, applies it in one\n"
                "transaction (new dated catalogue version); on any problem nothing changes.\n"
                "--transcoding: LOINC provider return, only the loinc column is taken and an\n"
                "unknown local code is an error. Format guessed from the extension, then for\n"
                "FHIR from resourceType (Bundle or ConceptMap). A ConceptMap (local codes ->\n"
                "LOINC) is always imported in transcoding mode (--transcoding implied).\n"
                "Exit codes: 0 applied or clean preview, 1 usage, 2 database, 4 file refused\n"
                "(problems listed), 5 cannot read."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"ranges"_s, u"format"_s, u"reason"_s, u"author"_s},
                              {u"transcoding"_s, u"dry-run"_s}, name());
        if (!opts)
            return kExitUsage;
        if (opts->positional.size() != 1)
            return ctx.usage(name(), {u"un fichier à importer est attendu"_s, u"one file to import is expected"_s});
        const QString path = opts->positional.front();
        auto data = readFile(path);
        if (!data)
            return ctx.fail(data.error());
        workflow::CatalogueImportRequest request;
        request.data = *data;
        request.sourceName = QFileInfo(path).fileName();
        using Request = workflow::CatalogueImportRequest;
        const QString format = opts->value(u"format"_s);
        if (format == u"fhir"_s) {
            request.format = Request::Format::Fhir;
            request.fhirResource = Request::FhirResource::Bundle;
        } else if (format == u"conceptmap"_s) {
            request.format = Request::Format::Fhir;
            request.fhirResource = Request::FhirResource::ConceptMap;
        } else if (format == u"csv"_s) {
            request.format = Request::Format::Csv;
        } else if (format.isEmpty()) {
            request.format = Request::guessFormat(path, *data);
        } else {
            return ctx.usage(name(), {u"--format attend csv, fhir ou conceptmap"_s,
                                      u"--format expects csv, fhir or conceptmap"_s});
        }
        if (opts->has(u"ranges"_s)) {
            if (request.format != Request::Format::Csv)
                return ctx.usage(name(), {u"--ranges ne s'utilise qu'avec un catalogue CSV"_s,
                                          u"--ranges only applies to a CSV catalogue"_s});
            auto ranges = readFile(opts->value(u"ranges"_s));
            if (!ranges)
                return ctx.fail(ranges.error());
            request.rangesCsv = *ranges;
            request.rangesSourceName = QFileInfo(opts->value(u"ranges"_s)).fileName();
        }
        // A ConceptMap carries nothing but LOINC codes: it can only be a transcoding return.
        const bool impliedTranscoding = request.isConceptMap() && !opts->has(u"transcoding"_s);
        request.mode = opts->has(u"transcoding"_s) || request.isConceptMap() ? CatalogueDiff::Mode::Transcoding
                                                                             : CatalogueDiff::Mode::Merge;
        request.reason = opts->value(u"reason"_s);
        if (impliedTranscoding)
            ctx.out() << (ctx.lang() == Lang::En
                              ? u"ConceptMap: imported in transcoding mode (LOINC codes only)."_s
                              : u"ConceptMap : import en mode transcodage (codes LOINC seulement)."_s)
                      << Qt::endl;

        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        auto validator = interop::catalogue::CatalogueReferenceData::validator();
        if (!validator)
            return ctx.fail(validator.error());
        // With --author the import acts as that user, who must be an active administrator;
        // without it the command is the server operator (like create-user): a system session
        // (id -1) with the administrator role, recorded as "system:sgl import-catalogue".
        domain::UserSession session;
        session.workstation = ctx.hostName();
        session.startedAt = QDateTime::currentDateTimeUtc();
        if (opts->has(u"author"_s)) {
            const QString login = opts->value(u"author"_s);
            auto user = (*db)->read([&](storage::ReadTx &tx) { return storage::UserRepository::findByLogin(tx, login); });
            if (!user)
                return ctx.fail(user.error());
            if (!*user || !(*user)->active)
                return ctx.fail(domain::Error{errc::RejectedAuthor,
                                              u"Utilisateur « %1 » inconnu ou désactivé."_s.arg(login), u"--author"_s});
            session.userId = (*user)->id;
            session.login = (*user)->login;
            session.displayName = (*user)->displayName;
            session.roles = (*user)->roles;
        } else {
            session.userId = -1;
            session.login = u"system:sgl import-catalogue"_s;
            session.roles = {domain::Role::Admin};
        }
        const bool en = ctx.lang() == Lang::En;

        if (opts->has(u"dry-run"_s)) {
            auto diff = workflow::PreviewCatalogueImport(**db, *validator).run(session, request);
            if (!diff)
                return ctx.fail(diff.error());
            printDiff(ctx, *diff);
            ctx.out() << (en ? u"Dry run: nothing written."_s : u"Simulation : rien n'a été écrit."_s) << Qt::endl;
            return diff->ok() ? kExitOk : kExitRejected;
        }
        int lastPercent = -1;
        auto outcome = workflow::ApplyCatalogueImport(**db, *validator).run(session, request, [&](int done, int total) {
            const int percent = total ? done * 100 / total : 100;
            if (percent / 10 != lastPercent / 10 || done == total) {
                ctx.err() << u"Import : %1/%2 (%3 %)"_s.arg(done).arg(total).arg(percent) << Qt::endl;
                lastPercent = percent;
            }
        });
        if (!outcome)
            return ctx.fail(outcome.error());
        printDiff(ctx, outcome->diff);
        if (!outcome->diff.ok()) {
            ctx.err() << (en ? u"Import refused: %1 problem(s), catalogue unchanged."_s
                             : u"Import refusé : %1 problème(s), catalogue inchangé."_s)
                             .arg(outcome->diff.errors.size())
                      << Qt::endl;
            return kExitRejected;
        }
        if (!outcome->applied) {
            ctx.out() << (en ? u"Nothing to change."_s : u"Aucune modification à appliquer."_s) << Qt::endl;
            return kExitOk;
        }
        ctx.out() << (en ? u"Import applied: catalogue version %1 (%2 analysis(es) created, %3 updated)."_s
                         : u"Import appliqué : version %1 du catalogue (%2 analyse(s) créée(s), %3 modifiée(s))."_s)
                         .arg(outcome->versionId)
                         .arg(outcome->summary.analysesCreated)
                         .arg(outcome->summary.analysesUpdated)
                  << Qt::endl;
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::CatalogueImportCommand;
SGL_REGISTER_COMMAND(CatalogueImportCommand)
