#pragma once

#include "workflow/bench/RerunRequest.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SendBackDialog;
}

namespace sgl::app {

/** Asks how a result goes back to the bench (rerun, dilution with its factor, new sample) and why. */
class SendBackDialog : public QDialog {
    Q_OBJECT
public:
    explicit SendBackDialog(const QString &resultText, QWidget *parent = nullptr);
    ~SendBackDialog() override;

    void setKind(workflow::bench::RerunOrder::Kind kind);
    void setReason(const QString &reason);
    [[nodiscard]] workflow::bench::RerunOrder::Kind kind() const;
    [[nodiscard]] QString reason() const;
    /** The dilution factor for a dilution, nullopt otherwise. */
    [[nodiscard]] std::optional<double> factor() const;

private:
    void update();

    std::unique_ptr<Ui::SendBackDialog> m_ui;
};

} // namespace sgl::app
