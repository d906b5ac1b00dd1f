#pragma once

#include "app/analyzers/AnalyzerServices.h"
#include "workflow/analyzers/HeldResults.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace sgl::app {

class AnalysisPicker;

/** What the technician chose in « Rattacher… ». */
struct AttachChoice {
    QString barcode;
    QString analysisCode;
    bool saveMapping = false;
    QString reason;
};

/**
 * « Rattacher… » a held result: the tube (barcode, the instrument's specimen id by default),
 * the analysis (the mapped one by default), whether to save the test code → analysis mapping in
 * the analyzer's profile, and why. OK runs `submit` (HeldResults::attach); a refusal is shown
 * here and the dialog stays open.
 */
class AttachHeldDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<domain::Status(const AttachChoice &)>;

    AttachHeldDialog(const workflow::analyzers::HeldItem &item, const QList<AnalysisChoice> &analyses,
                     Submit submit, QWidget *parent = nullptr);

    [[nodiscard]] AttachChoice choice() const;
    void setChoice(const AttachChoice &choice);
    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    Submit m_submit;
    QLineEdit *m_barcode;
    AnalysisPicker *m_analysis;
    QCheckBox *m_saveMapping;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace sgl::app
