#pragma once

#include "domain/Error.h"
#include "domain/audit/AuditActor.h"
#include "domain/catalogue/Bench.h"
#include "domain/security/UserSession.h"
#include "storage/Database.h"
#include "storage/WorklistRepository.h"
#include "workflow/catalogue/CatalogueCache.h"

#include <QList>
#include <QMap>

namespace sgl::workflow::bench {

/** The worklist types, under the use case's name (the GUI never includes storage). */
using WorklistItem = storage::WorklistItem;
using WorklistFilter = storage::WorklistFilter;

/**
 * The bench worklists (pending work by bench, by priority and age of specimen): the results to
 * enter or to validate technically, most urgent and oldest specimen first, and how many each
 * bench has. Analyzer worklists are the bench's results whose analysis maps to that analyzer.
 *
 * Permission DossierRead or ResultEnter (auth.forbidden otherwise, before anything is read).
 * load() shows patients: audited (worklist.read) in its transaction; counts show none.
 */
class BenchWorklist {
public:
    BenchWorklist(storage::Database &db, domain::UserSession session);

    [[nodiscard]] domain::Result<QList<storage::WorklistItem>> load(const storage::WorklistFilter &filter);
    /**
     * The results of `filter`'s bench whose analysis has a code for `analyzer` in the catalogue
     * (AnalyzerMapping), in worklist order.
     */
    [[nodiscard]] domain::Result<QList<storage::WorklistItem>> forAnalyzer(const storage::WorklistFilter &filter,
                                                                           const QString &analyzer);
    /** Results matching `filter` per bench code (the filter's bench ignored). */
    [[nodiscard]] domain::Result<QMap<QString, int>> counts(const storage::WorklistFilter &filter);
    /** The benches of the current catalogue, in catalogue order. */
    [[nodiscard]] domain::Result<QList<domain::Bench>> benches();
    /** Analyzers named by the current catalogue's mappings, sorted. */
    [[nodiscard]] domain::Result<QStringList> analyzers();

private:
    storage::Database &m_db;
    domain::UserSession m_session;
    domain::AuditActor m_actor;
    CatalogueCache m_catalogue;
};

} // namespace sgl::workflow::bench
