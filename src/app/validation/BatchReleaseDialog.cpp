#include "app/validation/BatchReleaseDialog.h"

#include "ui_BatchReleaseDialog.h"

#include <QPushButton>

namespace sgl::app {

BatchReleaseDialog::BatchReleaseDialog(const QList<workflow::validation::ReleaseCandidate> &candidates, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BatchReleaseDialog>())
{
    m_ui->setupUi(this);
    int excluded = 0;
    for (const auto &c : candidates) {
        if (c.eligible()) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(c.number, domain::priorityLabel(c.priority)), m_ui->eligibleList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setData(Qt::UserRole, c.dossierId);
            continue;
        }
        ++excluded;
        auto *top = new QTreeWidgetItem(m_ui->excludedTree, {tr("%1 — %n motif(s)", nullptr, int(c.exclusions.size())).arg(c.number)});
        top->setData(0, Qt::UserRole, c.dossierId);
        for (const auto &e : c.exclusions)
            new QTreeWidgetItem(top, {e.text});
    }
    m_ui->excludedTree->expandAll();
    m_ui->eligibleLabel->setText(tr("Dossiers libérables sans ouverture (%1) : résultats validés techniquement, dans les valeurs de "
                                    "référence, sans alerte delta, valeur critique, indicateur d'automate, non-conformité, "
                                    "valeur modifiée ni proposition réflexe en attente.")
                                     .arg(m_ui->eligibleList->count()));
    m_ui->excludedLabel->setText(tr("Dossiers exclus (%1), à ouvrir un par un :").arg(excluded));
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &BatchReleaseDialog::update);
    connect(m_ui->eligibleList, &QListWidget::itemChanged, this, &BatchReleaseDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Libérer"));
    m_ui->passwordEdit->setFocus();
    update();
}

BatchReleaseDialog::~BatchReleaseDialog() = default;

void BatchReleaseDialog::update()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!selectedDossiers().isEmpty() && !password().isEmpty());
}

QList<qint64> BatchReleaseDialog::selectedDossiers() const
{
    QList<qint64> out;
    for (int i = 0; i < m_ui->eligibleList->count(); ++i)
        if (m_ui->eligibleList->item(i)->checkState() == Qt::Checked)
            out << m_ui->eligibleList->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

QString BatchReleaseDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void BatchReleaseDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

int BatchReleaseDialog::eligibleCount() const
{
    return m_ui->eligibleList->count();
}

QStringList BatchReleaseDialog::excludedLines() const
{
    QStringList out;
    for (int i = 0; i < m_ui->excludedTree->topLevelItemCount(); ++i) {
        const auto *top = m_ui->excludedTree->topLevelItem(i);
        QStringList reasons;
        for (int j = 0; j < top->childCount(); ++j)
            reasons << top->child(j)->text(0);
        out << top->text(0) + QStringLiteral(" : ") + reasons.join(QStringLiteral(" ; "));
    }
    return out;
}

} // namespace sgl::app
