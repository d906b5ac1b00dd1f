#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class AnalysisEditDialog;
}

namespace sgl::app {

/**
 * Edits the descriptive fields of one analysis (label, LOINC, UCUM unit, displayed unit,
 * specimen, method, decimals) with a mandatory reason, through CatalogueAdmin::saveAnalysis:
 * the same validation as imports (LOINC check digit, UCUM), a new catalogue version, history.
 * Refused edits keep the dialog open with every problem listed.
 */
class AnalysisEditDialog : public QDialog {
    Q_OBJECT
public:
    AnalysisEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                       domain::Analysis analysis, QWidget *parent = nullptr);
    ~AnalysisEditDialog() override;

    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::AnalysisEditDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    domain::Analysis m_analysis;
};

} // namespace sgl::app
