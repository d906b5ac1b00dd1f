#include "workflow/directory/DirectoryImportJob.h"

#include "storage/Database.h"
#include "workflow/auth/PermissionGuard.h"

namespace sgl::workflow::directory {

DirectoryImportJob::DirectoryImportJob(QString databaseUrl, domain::UserSession session, QStringList paths)
    : m_url(std::move(databaseUrl)), m_session(std::move(session)), m_paths(std::move(paths))
{
}

domain::Result<DirectoryImportSummary> DirectoryImportJob::run()
{
    if (auto ok = requirePermission(m_session, domain::Permission::SystemConfig); !ok)
        return std::unexpected(ok.error());
    auto url = storage::DbUrl::parse(m_url);
    if (!url)
        return std::unexpected(url.error());
    auto db = storage::Database::open(*url);
    if (!db)
        return std::unexpected(db.error());
    DirectoryImport importer(**db, m_session);
    importer.setBatchSize(m_batchSize);
    importer.setProgress(m_progress);
    importer.setCancelFlag(&m_cancel);
    return importer.run(m_paths);
}

} // namespace sgl::workflow::directory
