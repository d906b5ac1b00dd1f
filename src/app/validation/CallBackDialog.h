#pragma once

#include "workflow/validation/CriticalCallBacks.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CallBackDialog;
}

namespace sgl::app {

/**
 * Records the call-back of a critical value: who was called, how, when, and either the
 * read-back confirmed or "unreachable" with the escalation taken. The form mirrors the rule
 * (domain::CallBack::check) to guide the biologist; the use case checks it again and its
 * French message is shown when it refuses.
 */
class CallBackDialog : public QDialog {
    Q_OBJECT
public:
    explicit CallBackDialog(const QString &resultText, QWidget *parent = nullptr);
    ~CallBackDialog() override;

    void setCalled(const QString &name);
    void setReadBack(bool readBack);
    void setUnreachable(bool unreachable, const QString &escalation = {});
    /** The request for `dossierId` (version displayed) and `resultId`, from the form. */
    [[nodiscard]] workflow::validation::CallBackRequest request(qint64 dossierId, int dossierVersion, qint64 resultId) const;

private:
    void update();

    std::unique_ptr<Ui::CallBackDialog> m_ui;
};

} // namespace sgl::app
