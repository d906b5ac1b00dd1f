#include "app/admin/DirectoryImportRunner.h"

#include "workflow/directory/DirectoryImportJob.h"

#include <QThread>

namespace sgl::app {

using workflow::directory::DirectoryImportJob;
using workflow::directory::DirectoryImportProgress;
using workflow::directory::DirectoryImportSummary;

/** What the worker and the GUI thread share: the job (cancel flag) and the outcome. */
struct DirectoryImportRunner::Shared {
    std::unique_ptr<DirectoryImportJob> job;
    std::optional<domain::Result<DirectoryImportSummary>> result;
};

DirectoryImportRunner::DirectoryImportRunner(QString databaseUrl, domain::UserSession session, QObject *parent)
    : QObject(parent), m_url(std::move(databaseUrl)), m_session(std::move(session))
{
}

DirectoryImportRunner::~DirectoryImportRunner()
{
    if (m_thread) {
        m_shared->job->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool DirectoryImportRunner::start(const QStringList &paths)
{
    if (m_thread)
        return false;
    m_result.reset();
    m_shared = std::make_shared<Shared>();
    m_shared->job = std::make_unique<DirectoryImportJob>(m_url, m_session, paths);
    m_shared->job->setBatchSize(m_batchSize);
    // The callback runs on the worker: hand the numbers to this object's thread. The event is
    // dropped if the runner is gone (its destructor waits for the worker anyway).
    m_shared->job->setProgress([this](const DirectoryImportProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, p] { emit progressed(p.rows, p.bytesRead, p.totalBytes, p.file); }, Qt::QueuedConnection);
    });
    std::shared_ptr<Shared> shared = m_shared;
    m_thread = QThread::create([shared] { shared->result = shared->job->run(); });
    m_thread->setObjectName(QStringLiteral("directory-import"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_result = std::move(m_shared->result);
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void DirectoryImportRunner::cancel()
{
    if (m_thread && m_shared)
        m_shared->job->cancel();
}

} // namespace sgl::app
