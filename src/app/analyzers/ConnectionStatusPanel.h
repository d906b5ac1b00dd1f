#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace sgl::app {

class AnalyzerLinkMonitor;
class ConnectionStatusModel;

/**
 * « État des liaisons »: the analyzer links of the in-app gateway, refreshed whenever the
 * gateway reports a change. Without an in-app gateway on this workstation it says so (the
 * `sgl gateway` service prints its own as JSON lines, read in its journal).
 */
class ConnectionStatusPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionStatusPanel(AnalyzerLinkMonitor *monitor, QWidget *parent = nullptr);

    [[nodiscard]] ConnectionStatusModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString bannerText() const;

    /** Reads the monitor again (also done on every change it reports). */
    void refresh();

private:
    QPointer<AnalyzerLinkMonitor> m_monitor;
    ConnectionStatusModel *m_model;
    QTableView *m_table;
    QLabel *m_banner;
};

} // namespace sgl::app
