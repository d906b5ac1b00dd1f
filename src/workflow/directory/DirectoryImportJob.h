#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "workflow/directory/DirectoryImport.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sgl::workflow::directory {

/**
 * A DirectoryImport run on a database connection of its own, for a worker thread: a
 * storage::Database is bound to the thread that opened it, so the GUI hands the database URL
 * (never its connection) and run() opens, imports and closes on the calling thread.
 *
 * Contract: the permission (system.config) is checked before the database is opened; cancel()
 * may be called from any thread, before or during run(), and stops the import before its next
 * batch (directory.cancelled, the previous directory stays active); the progress callback runs
 * on the importing thread after each stored batch. One run() per job.
 */
class DirectoryImportJob {
public:
    DirectoryImportJob(QString databaseUrl, domain::UserSession session, QStringList paths);

    void setBatchSize(int rows) { m_batchSize = rows; }
    void setProgress(std::function<void(const DirectoryImportProgress &)> progress) { m_progress = std::move(progress); }
    /** Thread-safe. */
    void cancel() { m_cancel.store(true); }
    [[nodiscard]] bool cancelRequested() const { return m_cancel.load(); }

    [[nodiscard]] domain::Result<DirectoryImportSummary> run();

private:
    QString m_url;
    domain::UserSession m_session;
    QStringList m_paths;
    int m_batchSize = 5000;
    std::function<void(const DirectoryImportProgress &)> m_progress;
    std::atomic<bool> m_cancel{false};
};

} // namespace sgl::workflow::directory
