#pragma once

#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace sgl::app {

class AnalyzerProfilesPanel;
class AnalyzerServices;
class ConnectionStatusPanel;

/**
 * « Automates »: the state of the analyzer links (technicians, biologists, administrators)
 * and, for holders of SystemConfig (administrators), the analyzer profiles (AnalyzerProfilesPanel).
 */
class AnalyzersView : public QWidget {
    Q_OBJECT
public:
    AnalyzersView(std::unique_ptr<AnalyzerServices> services, const domain::UserSession &session,
                  QWidget *parent = nullptr);
    ~AnalyzersView() override;

    [[nodiscard]] ConnectionStatusPanel *statusPanel() const { return m_status; }
    /** Null for sessions without SystemConfig. */
    [[nodiscard]] AnalyzerProfilesPanel *profilesPanel() const { return m_profiles; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

private:
    std::unique_ptr<AnalyzerServices> m_services;
    QTabWidget *m_tabs;
    ConnectionStatusPanel *m_status;
    AnalyzerProfilesPanel *m_profiles = nullptr;
};

} // namespace sgl::app
