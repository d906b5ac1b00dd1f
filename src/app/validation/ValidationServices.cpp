#include "app/validation/ValidationServices.h"

#include "workflow/autoval/AutoValidation.h"
#include "workflow/directory/DirectorySearch.h"
#include "workflow/qc/QcQueries.h"
#include "workflow/validation/BatchRelease.h"
#include "workflow/validation/BiologicalValidation.h"
#include "workflow/validation/CommentLibrary.h"
#include "workflow/validation/CriticalCallBacks.h"
#include "workflow/validation/ReflexDecisions.h"
#include "workflow/validation/ValidationActions.h"
#include "workflow/validation/ValidationComments.h"
#include "workflow/validation/ValidationDossierView.h"
#include "workflow/validation/ValidationQueue.h"

namespace sgl::app {

using namespace sgl::workflow::validation;

ValidationServices::ValidationServices(storage::Database &db, const domain::UserSession &session,
                                       workflow::Authenticator &authenticator, workflow::report::IssueReportVersion reports)
    : m_session(session),
      m_queue(std::make_unique<ValidationQueue>(db, session)),
      m_view(std::make_unique<ValidationDossierView>(db)),
      m_validation(std::make_unique<BiologicalValidation>(db, session, reports)),
      m_actions(std::make_unique<ValidationActions>(db, session)),
      m_callBacks(std::make_unique<CriticalCallBacks>(db, session)),
      m_reflexes(std::make_unique<ReflexDecisions>(db, session)),
      m_batch(std::make_unique<BatchRelease>(db, session, authenticator, reports)),
      m_comments(std::make_unique<ValidationComments>(db, session)),
      m_commentLibrary(std::make_unique<CommentLibrary>(db, session)),
      m_autoValidation(std::make_unique<workflow::autoval::AutoValidation>(db, session, std::move(reports))),
      m_qc(std::make_unique<workflow::qc::QcQueries>(db, session)),
      m_directory(std::make_unique<workflow::directory::DirectorySearch>(db, session))
{
}

ValidationServices::~ValidationServices() = default;

} // namespace sgl::app
