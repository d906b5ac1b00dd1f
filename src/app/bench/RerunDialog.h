#pragma once

#include "workflow/bench/RerunRequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RerunDialog;
}

namespace sgl::app {

/**
 * Asks what to do with a result sent back to the bench: rerun as is, or dilute (factor), and
 * why. Collects only: the reason requirement and the factor check belong to the use case.
 */
class RerunDialog : public QDialog {
    Q_OBJECT
public:
    explicit RerunDialog(const QString &resultText, QWidget *parent = nullptr);
    ~RerunDialog() override;

    /** The order for `resultId` at `version` as filled in. */
    [[nodiscard]] workflow::bench::RerunOrder order(qint64 resultId, int version) const;
    void setKind(workflow::bench::RerunOrder::Kind kind);
    void setReason(const QString &reason);
    void setFactor(double factor);

private:
    void updateFactor();
    std::unique_ptr<Ui::RerunDialog> m_ui;
};

} // namespace sgl::app
