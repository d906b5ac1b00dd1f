#include "app/bench/BenchServices.h"

#include "workflow/bench/BenchResultEntry.h"
#include "workflow/bench/BenchWorklist.h"
#include "workflow/bench/RerunRequest.h"
#include "workflow/autoval/AutoValidation.h"
#include "workflow/bench/TechnicalValidation.h"
#include "workflow/qc/QcQueries.h"

namespace sgl::app {

BenchServices::BenchServices(storage::Database &db, const domain::UserSession &session)
    : m_worklist(std::make_unique<workflow::bench::BenchWorklist>(db, session)),
      m_entry(std::make_unique<workflow::bench::BenchResultEntry>(db, session)),
      m_validation(std::make_unique<workflow::bench::TechnicalValidation>(db, session)),
      m_rerun(std::make_unique<workflow::bench::RerunRequest>(db, session)),
      m_qc(std::make_unique<workflow::qc::QcQueries>(db, session)),
      m_autoval(std::make_unique<workflow::autoval::AutoValidation>(db, session))
{
    // A dossier the technician completes is evaluated by the laboratory's rules (shadow or active
    // mode), after the technical validation committed: its outcome never undoes it.
    m_validation->setReadyListener([this](const QList<qint64> &dossierIds) {
        if (auto done = m_autoval->afterTechnicalValidation(dossierIds); !done)
            qWarning("auto-validation: %s", qPrintable(done.error().toString()));
    });
}

BenchServices::~BenchServices() = default;

} // namespace sgl::app
