#include "app/catalogue/ReflexRulePanel.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "app/catalogue/CatalogueHistoryDialog.h"
#include "app/catalogue/ReflexRuleDialog.h"
#include "app/catalogue/ReflexRuleTableModel.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_ReflexRulePanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace sgl::app {

ReflexRulePanel::ReflexRulePanel(workflow::CatalogueAdmin *admin, domain::UserSession session, bool readOnly,
                                 QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ReflexRulePanel>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_model(new ReflexRuleTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    m_ui->rulesTable->setModel(m_model);
    m_ui->rulesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->rulesTable->verticalHeader()->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->newRuleButton), static_cast<QWidget *>(m_ui->editRuleButton),
                       static_cast<QWidget *>(m_ui->deleteRuleButton)})
        w->setVisible(!m_readOnly);
    connect(m_ui->rulesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReflexRulePanel::updateButtons);
    connect(m_ui->rulesTable, &QAbstractItemView::doubleClicked, this, [this] {
        if (!m_readOnly)
            editSelected();
    });
    connect(m_ui->newRuleButton, &QPushButton::clicked, this, &ReflexRulePanel::newRule);
    connect(m_ui->editRuleButton, &QPushButton::clicked, this, &ReflexRulePanel::editSelected);
    connect(m_ui->deleteRuleButton, &QPushButton::clicked, this, &ReflexRulePanel::deleteSelected);
    connect(m_ui->ruleHistoryButton, &QPushButton::clicked, this, &ReflexRulePanel::showSelectedHistory);
    updateButtons();
}

ReflexRulePanel::~ReflexRulePanel() = default;

void ReflexRulePanel::setCatalogue(const domain::Catalogue &catalogue)
{
    const QString selected = selectedCode();
    m_catalogue = catalogue;
    m_model->setCatalogue(catalogue);
    m_ui->rulesTable->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectRule(selected);
    updateButtons();
}

void ReflexRulePanel::updateButtons()
{
    const bool selected = !selectedCode().isEmpty();
    m_ui->newRuleButton->setEnabled(m_admin != nullptr);
    m_ui->editRuleButton->setEnabled(m_admin && selected);
    m_ui->deleteRuleButton->setEnabled(m_admin && selected);
    m_ui->ruleHistoryButton->setEnabled(m_admin && selected);
}

QString ReflexRulePanel::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

bool ReflexRulePanel::selectRule(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_ui->rulesTable->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString ReflexRulePanel::selectedCode() const
{
    const domain::ReflexRule *rule = m_model->ruleAt(m_ui->rulesTable->currentIndex().row());
    return rule ? rule->code : QString();
}

void ReflexRulePanel::newRule()
{
    if (m_readOnly || !m_admin)
        return;
    ReflexRuleDialog dialog(*m_admin, m_session, m_catalogue, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = dialog.savedCode();
    emit catalogueChanged(tr("Règle réflexe %1 créée (nouvelle version du catalogue).").arg(code));
    selectRule(code);
}

void ReflexRulePanel::editSelected()
{
    const domain::ReflexRule *rule = m_model->ruleAt(m_ui->rulesTable->currentIndex().row());
    if (m_readOnly || !m_admin || !rule)
        return;
    ReflexRuleDialog dialog(*m_admin, m_session, m_catalogue, *rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit catalogueChanged(tr("Règle réflexe %1 enregistrée (nouvelle version du catalogue).").arg(dialog.savedCode()));
}

bool ReflexRulePanel::deleteRule(const QString &code, const QString &reason)
{
    if (m_readOnly || !m_admin)
        return false;
    QStringList problems;
    if (reason.trimmed().isEmpty())
        problems << tr("Motif : indiquez le motif de la suppression de la règle %1.").arg(code);
    else
        problems = CatalogueEditFeedback::problems(m_admin->removeReflexRule(m_session, code, reason.trimmed()));
    CatalogueEditFeedback::show(m_ui->problemLabel, problems);
    if (!problems.isEmpty())
        return false;
    emit catalogueChanged(tr("Règle réflexe %1 supprimée.").arg(code));
    return true;
}

void ReflexRulePanel::deleteSelected()
{
    const QString code = selectedCode();
    if (m_readOnly || !m_admin || code.isEmpty())
        return;
    const auto reason = CatalogueEditFeedback::askReason(
        this, tr("Supprimer la règle réflexe"),
        tr("Motif de la suppression de la règle %1 (conservé dans l'historique) :").arg(code));
    if (reason)
        deleteRule(code, *reason);
}

void ReflexRulePanel::showSelectedHistory()
{
    const domain::ReflexRule *rule = m_model->ruleAt(m_ui->rulesTable->currentIndex().row());
    if (!m_admin || !rule)
        return;
    CatalogueHistoryDialog dialog(*m_admin, QStringLiteral("reflex"), rule->code, rule->label, this);
    dialog.exec();
}

} // namespace sgl::app
