#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"
#include "domain/security/UserSession.h"

#include <QDateTime>
#include <QList>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * The demo's internal QC (issue 15), made through the use cases under the technician's session:
 * two chemistry controls (Liquichek niveaux 1 et 2), lots of glucose (two levels) and CRP on the
 * demo chemistry analyzer (`cobas-demo`) with manufacturer targets, a week of in-control runs
 * (one glucose 1-2s warning), then a CRP dossier of SANTONI Marie whose value arrives from the
 * analyzer (AnalyzerIngestion, as the gateway stores it) and a CRP control rejected by 1-3s just
 * after: the patient result is held, and the technician finds the run to review in « Contrôle
 * qualité ». Returns the number of runs recorded.
 */
class DemoQc {
public:
    [[nodiscard]] static domain::Result<int> seed(storage::Database &db, const QList<domain::Patient> &patients,
                                                  const domain::UserSession &secretary,
                                                  const domain::UserSession &technician, const QDateTime &now);
};

} // namespace sgl::workflow
