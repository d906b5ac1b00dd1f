#include "app/analyzers/ConnectionStatusPanel.h"

#include "app/analyzers/AnalyzerLinkMonitor.h"
#include "app/analyzers/ConnectionStatusModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

ConnectionStatusPanel::ConnectionStatusPanel(AnalyzerLinkMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_monitor(monitor), m_model(new ConnectionStatusModel(this)), m_table(new QTableView(this)),
      m_banner(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("infoBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_table->setObjectName(QStringLiteral("linksTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The last error takes what is left (its tooltip has it all): no horizontal scrolling.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConnectionStatusModel::LastError, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    if (m_monitor)
        connect(m_monitor, &AnalyzerLinkMonitor::changed, this, &ConnectionStatusPanel::refresh);
    refresh();
}

QString ConnectionStatusPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ConnectionStatusPanel::refresh()
{
    QString banner;
    bool error = false;
    if (!m_monitor) {
        banner = tr("La passerelle automates intégrée n'est pas activée sur ce poste (Paramètres ▸ Passerelle "
                    "automates intégrée). Quand le service sgl gateway tourne sur un serveur, son état se "
                    "lit dans son journal sur ce serveur (journalctl -u sgl-gateway : une ligne par changement d'état).");
        m_model->setStatuses({});
    } else {
        m_model->setStatuses(m_monitor->statuses());
        if (!m_monitor->running()) {
            error = !m_monitor->startError().isEmpty();
            banner = error ? tr("La passerelle automates intégrée n'a pas démarré : %1").arg(m_monitor->startError())
                           : tr("La passerelle automates intégrée est arrêtée.");
        } else if (m_model->rowCount() == 0) {
            banner = tr("Aucun profil d'automate actif : activez un profil (Automates ▸ Profils).");
        }
    }
    m_banner->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

} // namespace sgl::app
