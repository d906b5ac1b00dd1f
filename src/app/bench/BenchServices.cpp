#include "app/bench/BenchServices.h"

#include "workflow/bench/BenchResultEntry.h"
#include "workflow/bench/BenchWorklist.h"
#include "workflow/bench/RerunRequest.h"
#include "workflow/bench/TechnicalValidation.h"
#include "workflow/qc/QcQueries.h"

namespace sgl::app {

BenchServices::BenchServices(storage::Database &db, const domain::UserSession &session)
    : m_worklist(std::make_unique<workflow::bench::BenchWorklist>(db, session)),
      m_entry(std::make_unique<workflow::bench::BenchResultEntry>(db, session)),
      m_validation(std::make_unique<workflow::bench::TechnicalValidation>(db, session)),
      m_rerun(std::make_unique<workflow::bench::RerunRequest>(db, session)),
      m_qc(std::make_unique<workflow::qc::QcQueries>(db, session))
{
}

BenchServices::~BenchServices() = default;

} // namespace sgl::app
