#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryGeneration.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sgl::workflow::directory {

/** Where an import is, reported after each stored batch. */
struct DirectoryImportProgress {
    QString file;          ///< the file being read (name without directory)
    qint64 rows = 0;       ///< data lines stored so far, all files
    qint64 bytesRead = 0;  ///< bytes read so far, all files
    qint64 totalBytes = 0; ///< size of all files
};

struct DirectoryImportSummary {
    domain::DirectoryGeneration generation; ///< the new active generation
    qint64 milliseconds = 0;                ///< duration of the whole import
    int replacedGenerations = 0;            ///< previous generations deleted after the switch
};

/**
 * Imports the Annuaire Santé extraction `PS_LibreAcces_Personne_activite` (one or several files,
 * which together form one directory), with the optional `PS_LibreAcces_SavoirFaire`,
 * `PS_LibreAcces_Dipl_AutExerc` and `Extraction_Correspondance_MSSante` files (each file's kind
 * is recognised by its header, interop::directory::DirectoryFileFormat; at least one
 * Personne_activite file is required: directory.no_activity_file), as one new generation, then makes it the active one in one
 * transaction: searches keep reading the previous directory until the switch. Permission:
 * system.config (administrator).
 *
 * Every file's header is checked before anything is written; a bad line (encoding, field count,
 * RPPS key…), a database error or a cancellation deletes the rows already loaded and leaves the
 * previous directory active (the error names the file and line). Success appends one audit row
 * "directory.import" (files, rows, professionals, duration) in the switching transaction, then
 * deletes the replaced generation.
 *
 * Leftovers of an interrupted import (a 'loading' generation after a crash) are deleted when the
 * next import starts: two imports must not run at the same time (the first to finish wins, the
 * other fails with storage.not_found). Runs on the thread that owns `db` (a worker thread with
 * its own connection in the GUI).
 */
class DirectoryImport {
public:
    DirectoryImport(storage::Database &db, domain::UserSession session);

    /** Data lines per transaction (default 5000). */
    void setBatchSize(int rows) { m_batchSize = std::max(1, rows); }
    /** Called after each stored batch, on the importing thread. */
    void setProgress(std::function<void(const DirectoryImportProgress &)> progress) { m_progress = std::move(progress); }
    /** Checked before each batch; when it reads true the import stops (directory.cancelled). */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    [[nodiscard]] domain::Result<DirectoryImportSummary> run(const QStringList &paths);

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    int m_batchSize = 5000;
    std::function<void(const DirectoryImportProgress &)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace sgl::workflow::directory
