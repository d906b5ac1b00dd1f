#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/** One import of the Annuaire Santé extraction (storage: directory_generations). */
struct DirectoryGeneration {
    enum class Status { Loading, Active, Retired };
    qint64 id = 0;
    Status status = Status::Loading;
    QStringList fileNames;     ///< file names (no directory) of the import
    QDateTime startedAt;       ///< UTC
    QDateTime finishedAt;      ///< UTC; invalid while loading
    qint64 rowCount = 0;       ///< activities (data lines)
    qint64 professionalCount = 0;
    QString importedBy;        ///< login
};

} // namespace sgl::domain
