#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "interop/catalogue/CatalogueReferenceData.h"
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
            return domain::fail(u"cli.io"_s, u"Écriture sur la sortie standard impossible."_s);
        out.flush();
        return {};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return domain::fail(u"cli.io"_s, u"Écriture du fichier impossible : %1."_s.arg(f.errorString()), path);
    return {};
}

} // namespace

/** `sgl export-catalogue`: the catalogue as exchange CSV (+ ranges) or FHIR R4 Bundle. */
class CatalogueExportCommand final : public Command {
public:
    QString name() const override { return u"export-catalogue"_s; }
    Text summary() const override
    {
        return {u"exporte le catalogue (CSV de transcodage LOINC ou FHIR R4)"_s,
                u"export the catalogue (LOINC transcoding CSV or FHIR R4)"_s};
    }
    Text help() const override
    {
        return {u"Usage : sgl [--db URL] export-catalogue [--format csv|fhir] [--output FICHIER]\n"
                "                                      [--ranges FICHIER]\n\n"
                "Exporte le catalogue courant. csv (défaut) : format d'échange UTF-8 séparé par\n"
                "« ; », une ligne par analyse, avec le libellé LOINC et le statut (verified,\n"
                "unverified, invalid, missing) de chaque code, à envoyer au prestataire de\n"
                "transcodage (docs/interfaces/catalogue-exchange.md). --ranges écrit en plus les\n"
                "plages de référence (fichier compagnon). fhir : Bundle FHIR R4 complet.\n"
                "Sans --output, écrit sur la sortie standard.\n"
                "Codes de sortie : 0 succès, 1 usage, 2 base de données, 5 écriture impossible."_s,
                u"Usage: sgl [--db URL] export-catalogue [--format csv|fhir] [--output FILE]\n"
                "                                      [--ranges FILE]\n\n"
                "Exports the current catalogue. csv (default): UTF-8 ';' exchange format, one row\n"
                "per analysis, with each code's LOINC name and status, for the transcoding\n"
                "provider. --ranges also writes the reference ranges companion file. fhir: full\n"
                "FHIR R4 Bundle. Without --output, writes to standard output.\n"
                "Exit codes: 0 success, 1 usage, 2 database, 5 cannot write."_s};
    }
    int run(CommandContext &ctx, const QStringList &args) override
    {
        auto opts = ctx.parse(args, {u"format"_s, u"output"_s, u"ranges"_s}, {}, name());
        if (!opts)
            return kExitUsage;
        const QString format = opts->has(u"format"_s) ? opts->value(u"format"_s) : u"csv"_s;
        if (format != u"csv"_s && format != u"fhir"_s)
            return ctx.usage(name(), {u"--format attend csv ou fhir"_s, u"--format expects csv or fhir"_s});
        if (!opts->positional.isEmpty())
            return ctx.usage(name(), {u"argument inattendu"_s, u"unexpected argument"_s});
        if (format == u"fhir"_s && opts->has(u"ranges"_s))
            return ctx.usage(name(), {u"--ranges n'a de sens qu'en csv (le Bundle FHIR contient les plages)"_s,
                                      u"--ranges only applies to csv (the FHIR Bundle holds the ranges)"_s});
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        if (auto s = (*db)->checkSchema(); !s)
            return ctx.fail(s.error());
        auto loinc = interop::catalogue::CatalogueReferenceData::loincSubset();
        if (!loinc)
            return ctx.fail(loinc.error());
        workflow::ExportCatalogue exporter(**db, *loinc);
        auto data = exporter.run(format == u"fhir"_s ? workflow::ExportCatalogue::Format::Fhir
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
