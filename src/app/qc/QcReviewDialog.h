#pragma once

#include "workflow/qc/QcQueries.h"
#include "workflow/qc/QcReview.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace sgl::app {

class QcServices;

/**
 * Review of a rejected QC run: what fired (rules with the values), the patient results it holds
 * (dossier, analysis, value, state), and the decision — accept with a reason (the holds are
 * released) or send the held results to rerun — with an optional comment. submit() calls
 * workflow::qc::QcReview; a refusal (reason missing, already reviewed, stale) is shown in the
 * dialog, which stays open.
 */
class QcReviewDialog : public QDialog {
    Q_OBJECT
public:
    QcReviewDialog(QcServices &services, workflow::qc::QcPendingReview pending, QWidget *parent = nullptr);

    void setDecision(workflow::qc::QcReviewRequest::Decision decision);
    void setReason(const QString &reason);
    void setComment(const QString &comment);
    /** Sends the review; true when recorded (the dialog is then accepted). */
    bool submit();

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] int heldRowCount() const;
    [[nodiscard]] const std::optional<workflow::qc::QcReviewOutcome> &outcome() const { return m_outcome; }

private:
    QcServices &m_services;
    workflow::qc::QcPendingReview m_pending;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_rerun = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_held = nullptr;
    std::optional<workflow::qc::QcReviewOutcome> m_outcome;
};

} // namespace sgl::app
