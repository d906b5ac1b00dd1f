#include "app/AnalysisEditDialog.h"

#include "ui_AnalysisEditDialog.h"
#include "workflow/catalogue/CatalogueAdmin.h"

namespace sgl::app {

AnalysisEditDialog::AnalysisEditDialog(workflow::CatalogueAdmin &admin,
                                       domain::UserSession session, domain::Analysis analysis,
                                       QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::AnalysisEditDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_analysis(std::move(analysis))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    setWindowTitle(tr("Modifier l'analyse %1").arg(m_analysis.localCode));
    m_ui->labelEdit->setText(m_analysis.label);
    m_ui->loincEdit->setText(m_analysis.loinc);
    m_ui->unitEdit->setText(m_analysis.unit);
    m_ui->displayUnitEdit->setText(m_analysis.displayUnit);
    m_ui->specimenEdit->setText(m_analysis.specimen);
    m_ui->methodEdit->setText(m_analysis.method);
    m_ui->decimalsSpin->setValue(m_analysis.decimals);
    m_ui->reasonEdit->setFocus();
}

AnalysisEditDialog::~AnalysisEditDialog() = default;

QString AnalysisEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void AnalysisEditDialog::accept()
{
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        m_ui->errorLabel->setText(tr("Indiquez le motif de la modification."));
        m_ui->errorLabel->show();
        m_ui->reasonEdit->setFocus();
        return;
    }
    domain::Analysis edited = m_analysis;
    edited.label = m_ui->labelEdit->text().trimmed();
    edited.loinc = m_ui->loincEdit->text().trimmed();
    edited.unit = m_ui->unitEdit->text().trimmed();
    edited.displayUnit = m_ui->displayUnitEdit->text().trimmed();
    edited.specimen = m_ui->specimenEdit->text().trimmed();
    edited.method = m_ui->methodEdit->text().trimmed();
    edited.decimals = m_ui->decimalsSpin->value();
    auto outcome = m_admin.saveAnalysis(m_session, edited, QString(), reason);
    QStringList problems;
    if (!outcome)
        problems << outcome.error().message;
    else if (!outcome->saved)
        for (const auto &e : outcome->errors)
            problems << (e.location.isEmpty() ? e.message : e.message + QStringLiteral(" (")
                                                                 + e.location + QLatin1Char(')'));
    if (!problems.isEmpty()) {
        m_ui->errorLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace sgl::app
