#include "app/catalogue/BenchEditDialog.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_BenchEditDialog.h"

namespace sgl::app {

BenchEditDialog::BenchEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                                 std::optional<domain::Bench> bench, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::BenchEditDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_original(std::move(bench))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    if (m_original) {
        setWindowTitle(tr("Renommer la paillasse %1").arg(m_original->code));
        m_ui->codeEdit->setText(m_original->code);
        m_ui->codeEdit->setEnabled(false);
        m_ui->labelEdit->setText(m_original->label);
        m_ui->labelEdit->setFocus();
        m_ui->labelEdit->selectAll();
    } else {
        setWindowTitle(tr("Nouvelle paillasse"));
        m_ui->codeEdit->setFocus();
    }
}

BenchEditDialog::~BenchEditDialog() = default;

QString BenchEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void BenchEditDialog::accept()
{
    const domain::Bench bench{m_ui->codeEdit->text().trimmed(), m_ui->labelEdit->text().trimmed()};
    const QString reason = m_ui->reasonEdit->text().trimmed();
    QStringList problems;
    if (bench.code.isEmpty())
        problems << tr("Code : obligatoire.");
    if (bench.label.isEmpty())
        problems << tr("Libellé : obligatoire.");
    if (reason.isEmpty())
        problems << tr("Motif : indiquez le motif de la modification.");
    if (!m_original && !bench.code.isEmpty())
        problems << CatalogueEditFeedback::creationConflict(
            m_admin, [&](const domain::Catalogue &c) { return c.bench(bench.code) != nullptr; },
            tr("Code : la paillasse « %1 » existe déjà.").arg(bench.code));
    if (problems.isEmpty())
        problems = CatalogueEditFeedback::problems(m_admin.saveBench(m_session, bench, reason));
    CatalogueEditFeedback::show(m_ui->errorLabel, problems);
    if (!problems.isEmpty())
        return;
    m_savedCode = bench.code;
    QDialog::accept();
}

} // namespace sgl::app
