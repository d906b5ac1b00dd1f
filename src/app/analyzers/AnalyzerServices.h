#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QList>
#include <QString>

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow {
class CatalogueAdmin;
namespace analyzers {
class AnalyzerProfileStore;
class HeldResults;
} // namespace analyzers
} // namespace sgl::workflow

namespace sgl::app {

class AnalyzerLinkMonitor;

/** One catalogue analysis offered in the analyzer screens' pickers. */
struct AnalysisChoice {
    QString code;
    QString label;
    friend bool operator==(const AnalysisChoice &, const AnalysisChoice &) = default;
};

/**
 * The analyzer use cases of the "Automates" and "Messages en attente" screens, bound to the
 * user's session (each use case checks the session's permissions and audits). The views receive
 * this object, never the database. `monitor` is the in-app gateway's link monitor, null when
 * this workstation runs none.
 */
class AnalyzerServices {
public:
    AnalyzerServices(storage::Database &db, const domain::UserSession &session,
                     workflow::CatalogueAdmin *catalogue, AnalyzerLinkMonitor *monitor);
    ~AnalyzerServices();

    [[nodiscard]] workflow::analyzers::AnalyzerProfileStore &profiles() { return *m_profiles; }
    [[nodiscard]] workflow::analyzers::HeldResults &held() { return *m_held; }
    [[nodiscard]] AnalyzerLinkMonitor *monitor() const { return m_monitor; }
    [[nodiscard]] const domain::UserSession &session() const { return m_session; }
    /**
     * The current catalogue's analyses not retired, by code (empty list without a catalogue
     * service: the pickers then accept a typed code).
     */
    [[nodiscard]] domain::Result<QList<AnalysisChoice>> analyses();

private:
    domain::UserSession m_session;
    std::unique_ptr<workflow::analyzers::AnalyzerProfileStore> m_profiles;
    std::unique_ptr<workflow::analyzers::HeldResults> m_held;
    workflow::CatalogueAdmin *m_catalogue;
    AnalyzerLinkMonitor *m_monitor;
};

} // namespace sgl::app
