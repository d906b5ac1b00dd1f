#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryGeneration.h"
#include "domain/directory/DirectoryProfessional.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::directory {

/** A directory search; empty members do not filter, at least one must be given. */
struct DirectoryQuery {
    QString name;       ///< start of the last name, accents, case, spaces and hyphens ignored
    QString rpps;       ///< exact identifier (RPPS, or ADELI)
    QString city;       ///< a 5-digit postcode, or the start of a city name
    QString profession; ///< a profession code (« 10 ») or the start of its label (« médecin »)
    int limit = 50;
};

/** What the directory says of an RPPS number (users, prescribers, correspondents). */
struct RppsCheck {
    enum class Status {
        KnownActive,   ///< listed in the active directory (the extraction lists active professionals only)
        Unknown,       ///< well formed but absent from the directory
        BadCheckDigit, ///< 11 digits whose Luhn key is wrong
        Malformed,     ///< not 11 digits
        NoDirectory    ///< no directory imported yet: nothing can be said
    };
    Status status = Status::NoDirectory;
    std::optional<domain::DirectoryProfessional> professional; ///< when KnownActive
    QString message;                                          ///< French, for the user
};

/**
 * Reads the active Annuaire Santé directory (DirectoryImport): search by name, RPPS, city and
 * profession for the prescriber and copies of a dossier (with their MSSanté addresses), and the
 * RPPS check of users and correspondents. Public data: reads are not audited. Permission: one of
 * dossier.read, dossier.create, user.admin, system.config (who enters dossiers or manages users).
 */
class DirectorySearch {
public:
    DirectorySearch(storage::Database &db, domain::UserSession session);

    /** Matching professionals by name (at most query.limit); empty when no directory is imported. */
    [[nodiscard]] domain::Result<QList<domain::DirectoryProfessional>> find(const DirectoryQuery &query);
    [[nodiscard]] domain::Result<RppsCheck> checkRpps(const QString &rpps);
    /** The active generation (date, files, counts), nullopt before the first import. */
    [[nodiscard]] domain::Result<std::optional<domain::DirectoryGeneration>> status();

private:
    domain::Status allowed() const;

    storage::Database &m_db;
    domain::UserSession m_session;
};

} // namespace sgl::workflow::directory
