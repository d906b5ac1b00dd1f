#pragma once

#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace sgl::app {

class LeveyJenningsChart;
class QcLotListModel;
class QcRunListModel;
class QcServices;

/**
 * "Contrôle qualité" screen (technicians and biologists): the rejected runs waiting for review
 * at the top (each with its hold reason; « Revoir… » opens QcReviewDialog), the lots on the left
 * (QcLotListModel; « Nouveau lot… », « Modifier le lot… »: QcLotDialog), the selected lot's
 * Levey-Jennings chart and its runs on the right (QcRunListModel), and « Saisir un contrôle… »
 * (QcEntryDialog), « Règles de Westgard… » (QcRulesDialog, per analysis). Read-only sessions see
 * everything and change nothing. Fits 1366×768.
 */
class QcView : public QWidget {
    Q_OBJECT
public:
    QcView(std::unique_ptr<QcServices> services, const domain::UserSession &session, bool readOnly,
           QWidget *parent = nullptr);
    ~QcView() override;

    void refresh();
    /** Selects the lot `lotId` in the list and draws it. */
    void showLot(qint64 lotId);

    [[nodiscard]] LeveyJenningsChart *chart() const { return m_chart; }
    [[nodiscard]] QcLotListModel *lotModel() const { return m_lots; }
    [[nodiscard]] QcRunListModel *runModel() const { return m_runs; }
    [[nodiscard]] int pendingReviewCount() const;
    [[nodiscard]] QcServices &services() { return *m_services; }
    /** The analyses having a QC lot, sorted (the rules dialog's list). */
    [[nodiscard]] QStringList lotAnalyses() const;

public slots:
    /**
     * Shows the QC of an analysis (the validation banner's button, through the main window's
     * screenRequested convention): selects its pending review when there is one, and its first
     * lot, the one waiting for review first. False when no lot has that analysis.
     */
    bool focusOn(const QString &analysisCode);
    /** Opens the « Règles de Westgard » dialog on the current lot's analysis. */
    void openRules();

signals:
    /** Pending reviews changed (the navigation may show the count). */
    void pendingChanged(int count);

private:
    void openReview();
    void openEntry();
    void openLot(bool edit);
    void lotSelected();

    std::unique_ptr<QcServices> m_services;
    bool m_readOnly;
    QLabel *m_status = nullptr;
    QListWidget *m_pending = nullptr;
    QTableView *m_lotTable = nullptr;
    QTableView *m_runTable = nullptr;
    QcLotListModel *m_lots = nullptr;
    QcRunListModel *m_runs = nullptr;
    LeveyJenningsChart *m_chart = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_entry = nullptr;
    QPushButton *m_newLot = nullptr;
    QPushButton *m_editLot = nullptr;
    QPushButton *m_rules = nullptr;
};

} // namespace sgl::app
