#include "app/catalogue/ReferenceRangeDialog.h"

#include "app/catalogue/ReferenceRangeTableModel.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_ReferenceRangeDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace sgl::app {

namespace {

QString located(const domain::Error &e)
{
    return e.location.isEmpty() ? e.message : e.message + QStringLiteral(" (") + e.location + QLatin1Char(')');
}

} // namespace

ReferenceRangeDialog::ReferenceRangeDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                                           const domain::Analysis &analysis, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ReferenceRangeDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_localCode(analysis.localCode),
      m_model(new ReferenceRangeTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    setWindowTitle(tr("Valeurs de référence de %1").arg(analysis.localCode));
    m_ui->infoLabel->setText(
        tr("%1 (%2), unité %3. Sexe : F, M ou vide (tous) ; âges : 30j, 6m, 18a, borne haute exclue "
           "et vide = sans limite ; nombres avec virgule décimale.")
            .arg(analysis.label, analysis.localCode,
                 analysis.unit.isEmpty() ? tr("sans unité") : analysis.unit));
    m_model->setRanges(analysis.ranges);
    m_ui->rangesTable->setModel(m_model);
    m_ui->rangesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->rangesTable->resizeColumnsToContents();
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        m_model->addRange();
        m_ui->rangesTable->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->rangesTable->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
    });
    m_ui->reasonEdit->setFocus();
}

ReferenceRangeDialog::~ReferenceRangeDialog() = default;

QString ReferenceRangeDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ReferenceRangeDialog::showProblems(const QStringList &problems)
{
    m_ui->errorLabel->setText(tr("Rien n'a été enregistré :") + QLatin1Char('\n')
                              + QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_ui->errorLabel->show();
}

void ReferenceRangeDialog::accept()
{
    const QString reason = m_ui->reasonEdit->text().trimmed();
    QStringList problems;
    if (reason.isEmpty())
        problems << tr("Indiquez le motif de la modification.");
    QList<domain::Error> typing;
    const QList<domain::ReferenceRange> ranges = m_model->toRanges(typing);
    for (const auto &e : typing)
        problems << located(e);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    auto outcome = m_admin.saveRanges(m_session, m_localCode, ranges, reason);
    if (!outcome)
        problems << outcome.error().message;
    else if (!outcome->saved)
        for (const auto &e : outcome->errors)
            problems << located(e);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    QDialog::accept();
}

} // namespace sgl::app
