#include "app/autoval/AutovalServices.h"

#include "workflow/autoval/AutovalSettings.h"
#include "workflow/autoval/AutovalStatistics.h"
#include "workflow/autoval/RuleSetAdmin.h"

namespace sgl::app {

AutovalServices::AutovalServices(storage::Database &db, const domain::UserSession &session)
    : m_session(session),
      m_rules(std::make_unique<workflow::autoval::RuleSetAdmin>(db, session)),
      m_settings(std::make_unique<workflow::autoval::AutovalSettings>(db, session)),
      m_statistics(std::make_unique<workflow::autoval::AutovalStatistics>(db, session))
{
}

AutovalServices::~AutovalServices() = default;

} // namespace sgl::app
