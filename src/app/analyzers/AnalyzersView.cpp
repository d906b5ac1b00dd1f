#include "app/analyzers/AnalyzersView.h"

#include "app/analyzers/AnalyzerProfilesPanel.h"
#include "app/analyzers/AnalyzerServices.h"
#include "app/analyzers/ConnectionStatusPanel.h"
#include "domain/security/Permission.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sgl::app {

AnalyzersView::AnalyzersView(std::unique_ptr<AnalyzerServices> services, const domain::UserSession &session,
                             QWidget *parent)
    : QWidget(parent), m_services(std::move(services)), m_tabs(new QTabWidget(this)),
      m_status(new ConnectionStatusPanel(m_services->monitor(), m_tabs))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Automates"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_tabs->setObjectName(QStringLiteral("analyzerTabs"));
    m_tabs->addTab(m_status, tr("État des liaisons"));
    if (domain::rolesGrant(session.roles, domain::Permission::SystemConfig)) {
        m_profiles = new AnalyzerProfilesPanel(*m_services, false, m_tabs);
        m_tabs->addTab(m_profiles, tr("Profils"));
    }
    layout->addWidget(m_tabs, 1);
}

AnalyzersView::~AnalyzersView() = default;

} // namespace sgl::app
