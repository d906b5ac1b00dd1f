#include "interop/catalogue/CatalogueReferenceData.h"

#include "domain/catalogue/LoincCode.h"
#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/CsvTable.h"
#include "interop/catalogue/ErrorCodes.h"
#include "interop/catalogue/Tr.h"

#include <QFile>

namespace sgl::interop::catalogue {

using namespace sgl::domain;

namespace {

Result<QByteArray> resource(const QString &name)
{
    QFile f(QStringLiteral(":/catalogue/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return fail(errc::ResourceMissing,
                    Tr::tr("Donnée de référence « %1 » absente du programme.")
                        .arg(name));
    return f.readAll();
}

} // namespace

Result<UcumKnownUnits> CatalogueReferenceData::ucumUnits()
{
    auto bytes = resource(QStringLiteral("ucum-units.txt"));
    if (!bytes)
        return std::unexpected(bytes.error());
    QStringList codes;
    for (const QByteArray &line : bytes->split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith('#'))
            codes << QString::fromUtf8(l);
    }
    return UcumKnownUnits(codes);
}

Result<LoincSubset> CatalogueReferenceData::parseLoincSubset(const QByteArray &csv)
{
    CsvTable t = CsvTable::parse(csv, QStringLiteral("loinc-subset.csv"));
    if (!t.errors.isEmpty())
        return std::unexpected(t.errors.front());
    const int code = t.column(QStringLiteral("loinc"));
    const int name = t.column(QStringLiteral("long_common_name"));
    const int unit = t.column(QStringLiteral("example_ucum"));
    const int label = t.column(QStringLiteral("label_fr"));
    if (code < 0 || name < 0 || unit < 0 || label < 0)
        return fail(errc::CsvMissingColumn,
                    Tr::tr("Sous-ensemble LOINC : colonnes attendues loinc;long_common_name;example_ucum;label_fr."),
                    QStringLiteral("loinc-subset.csv:1"));
    QList<LoincEntry> entries;
    for (const CsvTable::Row &r : t.rows) {
        auto parsed = LoincCode::parse(r.fields.value(code), QStringLiteral("loinc-subset.csv:%1").arg(r.line));
        if (!parsed)
            return std::unexpected(parsed.error());
        entries << LoincEntry{parsed->code(), r.fields.value(name), r.fields.value(unit), r.fields.value(label)};
    }
    return LoincSubset(entries);
}

Result<LoincSubset> CatalogueReferenceData::loincSubset()
{
    auto bytes = resource(QStringLiteral("loinc-subset.csv"));
    if (!bytes)
        return std::unexpected(bytes.error());
    return parseLoincSubset(*bytes);
}

Result<CatalogueValidator> CatalogueReferenceData::validator()
{
    auto units = ucumUnits();
    if (!units)
        return std::unexpected(units.error());
    auto loinc = loincSubset();
    if (!loinc)
        return std::unexpected(loinc.error());
    return CatalogueValidator(std::move(*units), std::move(*loinc));
}

QByteArray CatalogueReferenceData::demoCatalogueCsv()
{
    return resource(QStringLiteral("demo-catalogue.csv")).value_or(QByteArray());
}

QByteArray CatalogueReferenceData::demoRangesCsv()
{
    return resource(QStringLiteral("demo-ranges.csv")).value_or(QByteArray());
}

ImportedCatalogue CatalogueReferenceData::demoCatalogue()
{
    return CatalogueCsv::read(demoCatalogueCsv(), QStringLiteral("demo-catalogue.csv"), demoRangesCsv(),
                              QStringLiteral("demo-ranges.csv"));
}

} // namespace sgl::interop::catalogue
