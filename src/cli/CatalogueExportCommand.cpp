#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorCodes.h"
#include "cli/ExitCode.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/catalogue/FhirConceptMap.h"
#include "workflow/catalogue/ExportCatalogue.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {

/** Writes `data` to `path` atomically ("-" = stdout). */
domain::Status writeOutput(const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return domain::fail(errc::Io, u"Écriture sur la sortie standard impossible."_s);
        out.flush();
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return domain::fail(errc::Io, u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), path);
    return {};
}

} // namespace

/** `sgl export-catalogue`: the catalogue as exchange CSV (+ ranges), FHIR R4 Bundle or ConceptMap. */
class CatalogueExportCommand final : public Command {
public:
    QString name() const override { return u"export-catalogue"_s; }
    Text summary() const override
    {
        return {u"exporte le catalogue (CSV de transcodage LOINC, FHIR R4 Bundle ou ConceptMap)"_s,
                u"export the catalogue (LOINC transcoding CSV, FHIR R4 Bundle or ConceptMap)"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] export-catalogue [--format csv|fhir|conceptmap]\n"
                "          [--output FICHIER] [--ranges FICHIER] [--canonical-base URL]\n\n"
                "Exporte le catalogue courant, sans les analyses ni les examens retirés.\n"
                "csv (défaut) : format d'échange UTF-8 séparé par « ; », une ligne par analyse,\n"
                "avec le libellé LOINC et le statut (verified, unverified, invalid, missing) de\n"
                "chaque code, à envoyer au prestataire de transcodage\n"
                "(docs/interfaces/catalogue-exchange.md). --ranges écrit en plus les plages de\n"
                "référence (fichier compagnon). fhir : Bundle FHIR R4 complet. conceptmap :\n"
                "ConceptMap FHIR R4 codes locaux -> LOINC (outils de transcodage) ; son url est\n"
                "<base>/ConceptMap/sgl-analysis-loinc, la base étant --canonical-base (URL\n"
                "http(s) du laboratoire, défaut https://sgl.invalid/fhir).\n"
                "Sans --output, écrit sur la sortie standard.\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base de données, 5 écriture impossible."_s,
                u"Usage: sgl [--db URL] export-catalogue [--format csv|fhir|conceptmap]\n"
                "         [--output FILE] [--ranges FILE] [--canonical-base URL]\n\n"
                "Exports the current catalogue, without retired analyses and exams.\n"
                "csv (default): UTF-8 ';' exchange format, one row per analysis, with each\n"
                "code's LOINC name and status, for the transcoding provider. --ranges also\n"
                "writes the reference ranges companion file. fhir: full FHIR R4 Bundle.\n"
                "conceptmap: FHIR R4 ConceptMap local codes -> LOINC (transcoding tools); its\n"
                "url is <base>/ConceptMap/sgl-analysis-loinc, base being --canonical-base (the\n"
                "lab's http(s) URL, default https://sgl.invalid/fhir).\n"
                "Without --output, writes to standard output.\n"
                "Exit codes: 0 success, 1 usage, 2 database, 5 cannot write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"format"_s, u"output"_s, u"ranges"_s, u"canonical-base"_s}, {}, name());
        if (!opts)
            return kExitUsage;
        const QString format = opts->has(u"format"_s) ? opts->value(u"format"_s) : u"csv"_s;
        if (format != u"csv"_s && format != u"fhir"_s && format != u"conceptmap"_s)
            return ctx.usage(name(), {u"--format attend csv, fhir ou conceptmap"_s,
                                      u"--format expects csv, fhir or conceptmap"_s});
        if (!opts->positional.isEmpty())
            return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
        if (format != u"csv"_s && opts->has(u"ranges"_s))
            return ctx.usage(name(), {u"--ranges n'a de sens qu'en csv (le Bundle FHIR contient les plages, le "
                                      "ConceptMap n'en porte pas)"_s,
                                      u"--ranges only applies to csv (the FHIR Bundle holds the ranges, the "
                                      "ConceptMap has none)"_s});
        if (opts->has(u"canonical-base"_s)) {
            if (format != u"conceptmap"_s)
                return ctx.usage(name(), {u"--canonical-base ne s'utilise qu'avec --format conceptmap"_s,
                                          u"--canonical-base only applies to --format conceptmap"_s});
            if (auto ok = interop::catalogue::FhirConceptMap::checkCanonicalBase(opts->value(u"canonical-base"_s)); !ok)
                return ctx.usage(name(), {ok.error().message, u"--canonical-base expects an absolute http(s) URL "
                                                              "without '?' or '#'"_s});
        }
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        auto loinc = interop::catalogue::CatalogueReferenceData::loincSubset();
        if (!loinc)
            return ctx.fail(loinc.error());
        workflow::ExportCatalogue exporter(**db, *loinc);
        exporter.setCanonicalBase(opts->value(u"canonical-base"_s));
        auto data = exporter.run(format == u"fhir"_s         ? workflow::ExportCatalogue::Format::Fhir
                                 : format == u"conceptmap"_s ? workflow::ExportCatalogue::Format::FhirConceptMap
                                                             : workflow::ExportCatalogue::Format::Csv);
        if (!data)
            return ctx.fail(data.error());
        if (auto s = writeOutput(opts->value(u"output"_s), *data); !s)
            return ctx.fail(s.error());
        if (opts->has(u"ranges"_s)) {
            auto ranges = exporter.run(workflow::ExportCatalogue::Format::RangesCsv);
            if (!ranges)
                return ctx.fail(ranges.error());
            if (auto s = writeOutput(opts->value(u"ranges"_s), *ranges); !s)
                return ctx.fail(s.error());
        }
        return kExitOk;
    }
};

} // namespace sgl::cli

using sgl::cli::CatalogueExportCommand;
SGL_REGISTER_COMMAND(CatalogueExportCommand)
