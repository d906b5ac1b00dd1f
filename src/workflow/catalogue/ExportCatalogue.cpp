#include "workflow/catalogue/ExportCatalogue.h"

#include "interop/catalogue/CatalogueCsv.h"
#include "interop/catalogue/FhirCatalogue.h"
#include "storage/CatalogueRepository.h"

#include <QSet>

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

domain::Catalogue ExportCatalogue::exportable(const domain::Catalogue &c)
{
    domain::Catalogue out;
    out.chapters = c.chapters;
    out.reflexRules = c.reflexRules;
    out.benches = c.benches; // no retirement: every bench is exported, used or not
    QSet<QString> retired;
    for (const domain::Analysis &a : c.analyses) {
        if (a.retired)
            retired.insert(a.localCode);
        else
            out.analyses << a;
    }
    for (const domain::Exam &e : c.exams) {
        if (e.retired)
            continue;
        domain::Exam kept = e;
        // An exam listing a retired analysis would make the Bundle reference an absent
        // ObservationDefinition and the CSV re-import fail: the exam is exported without it.
        kept.analysisCodes.removeIf([&](const QString &code) { return retired.contains(code); });
        out.exams << kept;
    }
    return out;
}

QByteArray ExportCatalogue::write(const domain::Catalogue &catalogue, Format format, const domain::LoincSubset &loinc,
                                  const ConceptMapOptions &options)
{
    const domain::Catalogue c = exportable(catalogue);
    switch (format) {
    case Format::RangesCsv:
        return CatalogueCsv::writeRanges(c);
    case Format::Fhir:
        return FhirCatalogue::toBundle(c, loinc);
    case Format::FhirConceptMap:
        return FhirConceptMap::write(c, loinc, options);
    case Format::Csv:
        break;
    }
    return CatalogueCsv::write(c, loinc);
}

domain::Result<QByteArray> ExportCatalogue::run(Format format)
{
    ConceptMapOptions options;
    if (format == Format::FhirConceptMap) {
        if (auto ok = FhirConceptMap::checkCanonicalBase(m_canonicalBase); !ok)
            return std::unexpected(ok.error());
        options.canonicalBase = m_canonicalBase;
    }
    qint64 versionId = 0;
    auto current = m_db.read([&](storage::ReadTx &tx) -> domain::Result<domain::Catalogue> {
        if (format == Format::FhirConceptMap) {
            auto v = storage::CatalogueRepository::currentVersionId(tx);
            if (!v)
                return std::unexpected(v.error());
            versionId = *v;
        }
        return storage::CatalogueRepository::loadCurrent(tx);
    });
    if (!current)
        return std::unexpected(current.error());
    if (versionId > 0)
        options.catalogueVersion = QString::number(versionId);
    return write(*current, format, m_loinc, options);
}

} // namespace sgl::workflow
