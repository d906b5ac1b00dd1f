#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "workflow/directory/DirectoryImport.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QThread;

namespace sgl::workflow::directory {
class DirectoryImportJob;
}

namespace sgl::app {

/**
 * Runs workflow::directory::DirectoryImportJob on a worker thread with its own database
 * connection (opened from the workstation's URL), so the GUI thread never blocks on an import
 * of two million rows. Signals arrive on the thread that owns the runner (queued from the worker).
 *
 * Contract: one import at a time (start() returns false while one runs); cancel() asks the job
 * to stop before its next batch and returns at once; the destructor cancels and waits for the
 * worker (at most one batch). result() is set when finished() is emitted.
 */
class DirectoryImportRunner : public QObject {
    Q_OBJECT
public:
    DirectoryImportRunner(QString databaseUrl, domain::UserSession session, QObject *parent = nullptr);
    ~DirectoryImportRunner() override;

    /** Data lines per transaction (tests use small batches to see several progress steps). */
    void setBatchSize(int rows) { m_batchSize = rows; }
    bool start(const QStringList &paths);
    void cancel();
    [[nodiscard]] bool running() const { return m_thread != nullptr; }
    [[nodiscard]] const std::optional<domain::Result<workflow::directory::DirectoryImportSummary>> &result() const
    {
        return m_result;
    }

signals:
    void progressed(qint64 rows, qint64 bytesRead, qint64 totalBytes, const QString &file);
    void finished();

private:
    struct Shared;

    QString m_url;
    domain::UserSession m_session;
    int m_batchSize = 5000;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    std::optional<domain::Result<workflow::directory::DirectoryImportSummary>> m_result;
};

} // namespace sgl::app
