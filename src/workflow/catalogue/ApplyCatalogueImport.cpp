#include "workflow/catalogue/ApplyCatalogueImport.h"

#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow {

using namespace sgl::interop::catalogue;

domain::Result<CatalogueImportOutcome> ApplyCatalogueImport::run(const domain::UserSession &session,
                                                                 const CatalogueImportRequest &request,
                                                                 const std::function<void(int, int)> &progress,
                                                                 QDateTime now)
{
    if (auto ok = requirePermission(session, domain::Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    const ImportedCatalogue incoming = request.parse();
    CatalogueImportOutcome outcome;
    if (!incoming.errors.isEmpty()) {
        // File-level problems: no need to read the database to refuse.
        outcome.diff.errors = incoming.errors;
        outcome.diff.warnings = incoming.warnings;
        return outcome;
    }
    const QString source = request.demo ? QStringLiteral("demo")
                           : request.format == CatalogueImportRequest::Format::Fhir ? QStringLiteral("import-fhir")
                                                                                    : QStringLiteral("import-csv");
    auto written = m_db.write([&](storage::WriteTx &tx) -> domain::Result<CatalogueImportOutcome> {
        CatalogueImportOutcome o;
        auto current = storage::CatalogueRepository::loadCurrent(tx);
        if (!current)
            return std::unexpected(current.error());
        o.diff = CatalogueDiff::compute(*current, incoming, request.mode, m_validator);
        if (!o.diff.ok() || !o.diff.hasChanges())
            return o; // nothing written: commit of an empty transaction
        domain::CatalogueVersion v;
        v.createdAt = now;
        v.author = session.login;
        v.reason = request.reason.isEmpty() ? QStringLiteral("Import %1").arg(request.sourceName) : request.reason;
        v.source = source;
        auto id = storage::CatalogueRepository::createVersion(tx, v);
        if (!id)
            return std::unexpected(id.error());
        auto summary = storage::CatalogueRepository::saveCatalogue(tx, o.diff.merged, *id, now, progress);
        if (!summary)
            return std::unexpected(summary.error());
        o.applied = true;
        o.versionId = *id;
        o.summary = *summary;
        return o;
    });
    return written;
}

} // namespace sgl::workflow
