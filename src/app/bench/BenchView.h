#pragma once

#include "domain/lab/Dossier.h"
#include "domain/security/UserSession.h"
#include "workflow/bench/BenchWorklist.h"
#include "workflow/bench/RerunRequest.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTableView;

namespace Ui {
class BenchView;
}

namespace sgl::app {

class BenchServices;
class ResultEntryDelegate;
class ResultGridModel;
class ResultHistoryModel;
class WorklistModel;

/**
 * Paillasse: the bench worklist (bench picker with counts, analyzer and priority filters, most
 * urgent and oldest specimen first), the result entry grid of the selected dossier (Return
 * stores the value and moves to the next result; decimal comma, censored values, codes or
 * labels of the value list, text; unit, the patient's range and the would-be flag shown while
 * typing), technical validation of the selection, the dossier or the whole bench, rerun or
 * dilution with reason, and the history of the selected result. Every action is a workflow use
 * case (permission, audit, one transaction); refusals are shown as the use case words them.
 */
class BenchView : public QWidget {
    Q_OBJECT
public:
    BenchView(std::unique_ptr<BenchServices> services, domain::UserSession session, bool readOnly,
              QWidget *parent = nullptr);
    ~BenchView() override;

    [[nodiscard]] WorklistModel *worklistModel() const { return m_worklist; }
    [[nodiscard]] ResultGridModel *gridModel() const { return m_grid; }
    [[nodiscard]] ResultHistoryModel *historyModel() const { return m_history; }
    [[nodiscard]] ResultEntryDelegate *entryDelegate() const { return m_delegate; }
    [[nodiscard]] QTableView *gridTable() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString hintText() const;
    /** Bench picker entries as shown ("Biochimie (3)"). */
    [[nodiscard]] QStringList benchEntries() const;
    [[nodiscard]] qint64 currentDossierId() const { return m_dossierId; }

    /** Reloads benches with their counts and the worklist; false (message shown) when refused. */
    bool reload();
    void selectBench(const QString &code);
    void setPriorityFilter(std::optional<domain::Dossier::Priority> priority);
    /** Shows the entry grid of a dossier and opens the editor on its first result to enter. */
    bool openDossier(qint64 dossierId);
    /** Puts the grid's current cell on the value of `row` and opens its editor. */
    void startEntry(int row);
    /** Stores `text` for the result of grid row `row` (what the editor commits). */
    bool commitValue(int row, const QString &text);
    void validateSelection();
    void validateDossier();
    void validateBench();
    /** Asks kind and reason in a dialog, then sends the current result back. */
    void requestRerun();
    /** Sends the current grid row's result back to the bench. */
    bool sendBack(workflow::bench::RerunOrder::Kind kind, const QString &reason, std::optional<double> factor = {});

private:
    void showMessage(const QString &text, bool error);
    void refreshWorklist();
    void showQcStatus(const QList<workflow::bench::WorklistItem> &items);
    bool reloadSheet();
    void showRow(int row);
    void previewTyping(int row, const QString &text);
    void afterReturn(int row);
    void afterValidation(int count);
    [[nodiscard]] QString currentBench() const;

    std::unique_ptr<Ui::BenchView> m_ui;
    std::unique_ptr<BenchServices> m_services;
    domain::UserSession m_session;
    bool m_readOnly;
    WorklistModel *m_worklist;
    ResultGridModel *m_grid;
    ResultHistoryModel *m_history;
    ResultEntryDelegate *m_delegate;
    qint64 m_dossierId = 0;
    bool m_lastCommitFailed = false;
    bool m_reloading = false;
    QLabel *m_qcBanner = nullptr;  ///< rejected QC runs waiting for review (hidden when none)
};

} // namespace sgl::app
