#pragma once

#include "domain/Error.h"
#include "simulators/dmp/DmpRegistry.h"

#include <QFile>
#include <QJsonObject>

#include <functional>

namespace sgl::simulators::dmp {

/**
 * Append-only journal of a DmpRegistry (JSON Lines), so that a restarted simulator (demo) still
 * holds what it accepted: one line per change (submission stored, new version, status, patient),
 * replayed in order at start-up. A change is appended and flushed before the answer leaves; a
 * torn last line (simulator killed while writing) is ignored, any other unreadable line is an
 * error naming it.
 *
 * Errors: "dmpsim.journal" (file unreadable or unwritable, bad line; location = file:line).
 */
class DmpRegistryJournal
{
public:
    /** Replays path into registry (absent file = empty journal) and opens it for appending. */
    [[nodiscard]] static domain::Result<std::unique_ptr<DmpRegistryJournal>> open(const QString &path, DmpRegistry &registry);

    void submission(const QString &submissionSetUniqueId, const QList<DmpStoredEntry> &entries, const QStringList &replacedUuids);
    void version(const DmpStoredEntry &entry);
    void status(const QString &lid, const QString &status);
    void patient(const QString &ins, const DmpPatient &patient);

    [[nodiscard]] static QJsonObject toJson(const DmpStoredEntry &entry);
    [[nodiscard]] static std::optional<DmpStoredEntry> entryFromJson(const QJsonObject &json);

private:
    explicit DmpRegistryJournal(const QString &path);
    void append(const QJsonObject &line);

    QFile m_file;
};

} // namespace sgl::simulators::dmp
