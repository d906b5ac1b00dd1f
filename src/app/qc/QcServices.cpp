#include "app/qc/QcServices.h"

#include "workflow/qc/QcLotAdmin.h"
#include "workflow/qc/QcQueries.h"
#include "workflow/qc/QcReview.h"
#include "workflow/qc/QcRunRecorder.h"

namespace sgl::app {

QcServices::QcServices(storage::Database &db, const domain::UserSession &session)
    : m_session(session),
      m_queries(std::make_unique<workflow::qc::QcQueries>(db, session)),
      m_recorder(std::make_unique<workflow::qc::QcRunRecorder>(db, session)),
      m_review(std::make_unique<workflow::qc::QcReview>(db, session)),
      m_lots(std::make_unique<workflow::qc::QcLotAdmin>(db, session))
{
}

QcServices::~QcServices() = default;

} // namespace sgl::app
