#pragma once

#include "domain/Error.h"

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace sgl::app {

class AutovalVerdictModel;
class ValidationServices;

/**
 * The "Règles" tab of the validation screen: the auto-validation verdict of the dossier on
 * screen (AutovalVerdictModel: per analysis, the rule that held it and the engine's sentence)
 * and « Évaluer selon les règles », which runs the evaluation on demand (in active mode a
 * released dossier is then validated under the responsible biologist's name: the outcome goes
 * to the view's handler, which reloads the dossier). Reads and actions are the use case's
 * (workflow::autoval::AutoValidation, audited there).
 */
class AutovalVerdictPanel : public QWidget {
    Q_OBJECT
public:
    AutovalVerdictPanel(ValidationServices &services, bool readOnly, QWidget *parent = nullptr);

    void setDossier(qint64 dossierId);
    void setOutcomeHandler(std::function<void(const domain::Result<QString> &)> handler) { m_acted = std::move(handler); }
    [[nodiscard]] AutovalVerdictModel *model() const { return m_model; }
    /** Short tab title: « Règles ✓ », « Règles (2) » (held analyses plus dossier-wide holds), « Règles ». */
    [[nodiscard]] QString title() const;

signals:
    void titleChanged(const QString &title);

private:
    void evaluate();

    ValidationServices &m_services;
    AutovalVerdictModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_evaluate = nullptr;
    qint64 m_dossierId = 0;
    std::function<void(const domain::Result<QString> &)> m_acted;
};

} // namespace sgl::app
