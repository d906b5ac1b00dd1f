#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "workflow/bench/RerunRequest.h"
#include "workflow/validation/BatchRelease.h"
#include "workflow/validation/CriticalCallBacks.h"
#include "workflow/validation/ValidationDossier.h"
#include "workflow/validation/ValidationQueue.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTableView;
class QTreeView;

namespace Ui {
class ValidationView;
}

namespace sgl::app {

class CallBackListModel;
class AutovalVerdictPanel;
class CommentsPanel;
class PreviousValuesModel;
class QcHoldBanner;
class SharingChoicesPanel;
class TrendChart;
class ValidationCommands;
class ValidationQueueModel;
class ValidationResultsModel;
class ValidationServices;

/**
 * Validation biologique: the biologist's queue (filters with counts, priority then age,
 * batch-release exclusions in tooltips) beside the dossier being validated — header with the
 * RNIV badge, results by chapter and exam with ranges, flags, analyzer, technical validator,
 * last antériorité and delta, the antériorités side by side with a trend chart, reflex
 * proposals, comments and the sharing choices of the report version. Every action has a
 * keyboard shortcut (ValidationShortcuts): a dossier is validated without the mouse (F8 opens the next
 * one, already pre-loaded; Ctrl+Entrée validates it).
 *
 * Every action is a workflow use case passed the dossier version displayed: a refusal is shown
 * as the use case words it; a conflict (dossier changed since it was opened) is shown and the
 * dossier reloaded. The public action methods are what the shortcuts, buttons and dialogs call.
 */
class ValidationView : public QWidget {
    Q_OBJECT
public:
    ValidationView(std::unique_ptr<ValidationServices> services, domain::UserSession session, bool readOnly,
                   QWidget *parent = nullptr);
    ~ValidationView() override;

    [[nodiscard]] ValidationQueueModel *queueModel() const { return m_queue; }
    [[nodiscard]] ValidationResultsModel *resultsModel() const { return m_results; }
    [[nodiscard]] PreviousValuesModel *previousModel() const { return m_previous; }
    [[nodiscard]] CallBackListModel *callBackModel() const { return m_callBacks; }
    /** The screen's use-case calls (dialogs ask them for lists such as the analyses to add). */
    [[nodiscard]] ValidationCommands &commands() const { return *m_commands; }
    [[nodiscard]] TrendChart *trendChart() const;
    [[nodiscard]] SharingChoicesPanel *sharingPanel() const;
    [[nodiscard]] CommentsPanel *commentsPanel() const { return m_comments; }
    /** The red banner of the dossier's results held by QC (hidden when none). */
    [[nodiscard]] QcHoldBanner *qcBanner() const { return m_qcBanner; }
    [[nodiscard]] QTreeView *resultsTree() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString headerText() const;
    [[nodiscard]] QString countText() const;
    /** The dossier shown, nullptr when none. */
    [[nodiscard]] const workflow::validation::ValidationDossier *dossier() const;
    [[nodiscard]] qint64 preloadedDossierId() const;

    /** Reloads the queue with the filters; false (message shown) when refused. */
    bool reloadQueue();
    void setFilter(const workflow::validation::ValidationQueueFilter &filter);
    [[nodiscard]] workflow::validation::ValidationQueueFilter filter() const;
    /** Opens a dossier (from the pre-load when it is that one); false with the message when refused. */
    bool openDossier(qint64 dossierId);
    /** Opens the dossier after the current one in the queue (the first when none). */
    bool openNext();
    /** Makes the results of `codes` the selection (and the first one current). */
    void selectAnalyses(const QStringList &codes);

    bool validateDossier();
    bool validateSelection();
    bool validateChapter();
    bool sendBack(qint64 resultId, workflow::bench::RerunOrder::Kind kind, const QString &reason,
                  std::optional<double> factor = {});
    bool correct(qint64 resultId, const QString &value, const QString &reason);
    bool unvalidate(const QStringList &codes, const QString &reason);
    bool addAnalysis(const QString &code, const QString &reason);
    bool recordCallBack(const workflow::validation::CallBackRequest &request);
    bool acceptReflex(const QString &ruleCode);
    bool declineReflex(const QString &ruleCode, const QString &reason);
    /** The batch-release candidates (eligible and excluded with reasons); empty with the message when refused. */
    [[nodiscard]] QList<workflow::validation::ReleaseCandidate> releaseCandidates();
    bool releaseBatch(const QString &password, const QList<qint64> &dossierIds);

    /** The result under the cursor, nullptr on an exam row or with no dossier. */
    [[nodiscard]] const workflow::validation::ValidationResultRow *currentRow() const;
    /** The selected results (the current one when none is selected). */
    [[nodiscard]] QList<const workflow::validation::ValidationResultRow *> selectedRows() const;
    [[nodiscard]] QString currentReflexRule() const;
    [[nodiscard]] QString currentReflexText() const;
    /** Shows `text` above the screen (red when `error`); empty hides it. */
    void showMessage(const QString &text, bool error);

signals:
    /** Open another screen (MainWindow's convention): the QC banner asks for "qc" on an analysis. */
    void screenRequested(const QString &key, const QString &focus);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setupShortcuts();
    /** Shows a refusal; on a conflict reloads the dossier and says so. */
    void showRefusal(const domain::Error &error);
    bool reloadDossier();
    void display(const workflow::validation::ValidationDossier &dossier);
    void preloadNext();
    void showCurrentRow();
    void updateActions();
    bool runValidation(const QStringList &codes, const QString &chapter);
    bool finish(const domain::Result<QString> &outcome);
    void afterAction(const QString &message);

    std::unique_ptr<Ui::ValidationView> m_ui;
    std::unique_ptr<ValidationServices> m_services;
    domain::UserSession m_session;
    bool m_readOnly;
    ValidationQueueModel *m_queue;
    ValidationResultsModel *m_results;
    PreviousValuesModel *m_previous;
    std::unique_ptr<ValidationCommands> m_commands;
    CommentsPanel *m_comments;
    std::optional<workflow::validation::ValidationDossier> m_dossier;
    std::optional<workflow::validation::ValidationDossier> m_preloaded;
    QStringList m_benches;
    bool m_loading = false;
    AutovalVerdictPanel *m_autoval = nullptr;
    CallBackListModel *m_callBacks = nullptr;
    QTableView *m_callBacksTable = nullptr;
    QcHoldBanner *m_qcBanner = nullptr;
};

} // namespace sgl::app
