#pragma once

#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::autoval {
class AutovalSettings;
class AutovalStatistics;
class RuleSetAdmin;
} // namespace sgl::workflow::autoval

namespace sgl::app {

/**
 * The auto-validation use cases of the « Auto-validation » tab (catalogue screen), bound to the
 * user's session: each checks its permission (rules and mode: administrator; statistics:
 * biologist or administrator). The view never touches the database.
 */
class AutovalServices {
public:
    AutovalServices(storage::Database &db, const domain::UserSession &session);
    ~AutovalServices();

    [[nodiscard]] const domain::UserSession &session() const { return m_session; }
    [[nodiscard]] workflow::autoval::RuleSetAdmin &rules() { return *m_rules; }
    [[nodiscard]] workflow::autoval::AutovalSettings &settings() { return *m_settings; }
    [[nodiscard]] workflow::autoval::AutovalStatistics &statistics() { return *m_statistics; }

private:
    domain::UserSession m_session;
    std::unique_ptr<workflow::autoval::RuleSetAdmin> m_rules;
    std::unique_ptr<workflow::autoval::AutovalSettings> m_settings;
    std::unique_ptr<workflow::autoval::AutovalStatistics> m_statistics;
};

} // namespace sgl::app
