#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/security/UserSession.h"

#include <QDialog>

#include <memory>

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class ReferenceRangeDialog;
}

namespace sgl::app {

class ReferenceRangeTableModel;

/**
 * Administrators' editor of an analysis's reference ranges (sex, age bracket, normal,
 * critical and valid limits, text), with add/remove rows and a mandatory reason. Saving goes
 * through CatalogueAdmin::saveRanges, which applies the catalogue validator (brackets
 * non-overlapping per sex and age, limits ordered): every problem is listed in French next to
 * the table and nothing is stored until all are fixed.
 */
class ReferenceRangeDialog : public QDialog {
    Q_OBJECT
public:
    ReferenceRangeDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                         const domain::Analysis &analysis, QWidget *parent = nullptr);
    ~ReferenceRangeDialog() override;

    [[nodiscard]] ReferenceRangeTableModel *model() const { return m_model; }
    [[nodiscard]] QString errorText() const;

public slots:
    void accept() override;

private:
    void showProblems(const QStringList &problems);

    std::unique_ptr<Ui::ReferenceRangeDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    QString m_localCode;
    ReferenceRangeTableModel *m_model;
};

} // namespace sgl::app
