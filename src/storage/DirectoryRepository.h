#pragma once

#include "domain/Error.h"
#include "domain/directory/DirectoryGeneration.h"
#include "domain/directory/DirectoryProfessional.h"
#include "storage/Transaction.h"

#include <QList>

#include <optional>

namespace sgl::storage {

/** What DirectorySearch asks; empty members do not filter. Keys are DirectoryKey::of() texts. */
struct DirectoryCriteria {
    QString nameKeyPrefix;       ///< prefix of the last name's key
    QString idPp;                ///< exact RPPS (or ADELI) identifier
    QString cityKeyPrefix;       ///< prefix of the key of an activity's city
    QString postcode;            ///< exact postcode of an activity
    QString professionCode;      ///< exact profession code
    QString professionKeyPrefix; ///< prefix of the profession label's key
    int limit = 50;
    /**
     * How the place criteria (city, postcode) are searched, never what is found: when fewer
     * activities than this match the place, the search starts from them and sorts their
     * professionals; otherwise it walks the professionals in name order, checking each one's
     * activities, and stops at `limit`. 10 000 keeps both ways under a few thousand index reads
     * at 2 million lines (docs/build.md, bench_directory). Tests set 0 (always the walk) or a
     * large value (always from the activities) to compare them.
     */
    int placeScanLimit = 10000;
};

/**
 * The Annuaire Santé tables (migration 0350): generations of the imported extraction, their
 * professionals and activities. The directory is public data, not patient data: reads are not
 * audited; the import's audit row is written by the workflow (DirectoryImport).
 *
 * Generations: beginGeneration() creates a 'loading' generation, insertBatch() adds rows to it,
 * activate() switches it to 'active' and the previous active one to 'retired' in the caller's
 * transaction (readers see either the old or the new directory, never a mix), dropGeneration()
 * deletes a generation and its rows (a failed or cancelled import, a retired generation).
 * Readers pass the id of active() to search()/find().
 */
class DirectoryRepository {
public:
    [[nodiscard]] static domain::Result<qint64> beginGeneration(WriteTx &tx, const QStringList &fileNames,
                                                                const QString &importedBy, const QDateTime &startedAt);
    /**
     * Inserts a batch of lines in generation `generation` (multi-row prepared INSERTs): one
     * activity per entry, the professional once per generation (later lines of the same
     * identifier keep the first line's identity and profession).
     */
    [[nodiscard]] static domain::Status insertBatch(WriteTx &tx, qint64 generation,
                                                    const QList<domain::DirectoryEntry> &entries);
    /**
     * Makes `generation` (still 'loading') the active one, counting its rows, and retires the
     * previous active one. storage.not_found when the generation is no longer loading (dropped
     * by another import).
     */
    [[nodiscard]] static domain::Result<domain::DirectoryGeneration> activate(WriteTx &tx, qint64 generation,
                                                                              const QDateTime &finishedAt);
    /** Deletes the generation's activities, professionals, rows of the other files (0360) and row. */
    [[nodiscard]] static domain::Status dropGeneration(WriteTx &tx, qint64 generation);
    /** Generations other than the active one (loading leftovers of an interrupted import, retired). */
    [[nodiscard]] static domain::Result<QList<domain::DirectoryGeneration>> inactive(ReadTx &tx);

    [[nodiscard]] static domain::Result<std::optional<domain::DirectoryGeneration>> active(ReadTx &tx);
    /**
     * Professionals of `generation` matching every given criterion, ordered by name key, first
     * name and identifier, at most criteria.limit, with their activities (in line order) and
     * (DirectoryFilesRepository::attach) their personal MSSanté boxes, savoir-faire and diplomas.
     * A fixed number of statements whatever the number of results (migration 0612's indexes
     * deliver the order, so a short name prefix reads about `limit` rows, not all its matches).
     */
    [[nodiscard]] static domain::Result<QList<domain::DirectoryProfessional>>
    search(ReadTx &tx, qint64 generation, const DirectoryCriteria &criteria);
};

} // namespace sgl::storage
