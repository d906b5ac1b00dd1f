#pragma once

#include "workflow/qc/QcQueries.h"
#include "workflow/qc/QcRunRecorder.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sgl::app {

class QcServices;

/**
 * Manual QC entry: choose the analyzer and analysis, type one value per active lot (levels run
 * together are judged together; an empty value leaves the lot out), the run time and a comment.
 * submit() records the run through workflow::qc::QcRunRecorder and shows the verdict; a refused
 * value (censored "<0,5", not a number) is shown with the lot named and nothing is recorded.
 */
class QcEntryDialog : public QDialog {
    Q_OBJECT
public:
    QcEntryDialog(QcServices &services, QList<workflow::qc::QcLotView> lots, QWidget *parent = nullptr);

    /** Selects the analyzer + analysis group of `lotId` (tests and the view's selection). */
    void selectLot(qint64 lotId);
    /** Types `value` for `lotId` in the current group; false when the lot is not listed. */
    bool setValue(qint64 lotId, const QString &value);
    bool submit();

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] const std::optional<workflow::qc::QcRunOutcome> &outcome() const { return m_outcome; }

private:
    void fillLevels();

    QcServices &m_services;
    QList<workflow::qc::QcLotView> m_lots;
    QComboBox *m_group = nullptr;
    QTableWidget *m_levels = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_error = nullptr;
    std::optional<workflow::qc::QcRunOutcome> m_outcome;
};

} // namespace sgl::app
