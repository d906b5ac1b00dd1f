#include "app/specimens/NonConformityDialog.h"

#include "ui_NonConformityDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

namespace sgl::app {

using domain::NonConformity;

NonConformityDialog::NonConformityDialog(workflow::specimens::SpecimenReception &reception,
                                         const workflow::specimens::TubeRow &tube, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NonConformityDialog>()), m_reception(reception), m_tube(tube)
{
    m_ui->setupUi(this);
    m_ui->tubeLabel->setText(tr("Tube %1 (%2), %3.")
                                 .arg(tube.specimen.barcode, tube.containerLabel,
                                      tube.specimen.receivedAt.isValid()
                                          ? tr("reçu le %1 par %2")
                                                .arg(tube.specimen.receivedAt.toLocalTime().toString(
                                                         QStringLiteral("dd/MM/yyyy HH:mm")),
                                                     tube.specimen.receivedBy)
                                          : tr("non encore réceptionné")));
    for (NonConformity::Reason r : domain::allNonConformityReasons())
        m_ui->reasonCombo->addItem(domain::nonConformityReasonLabel(r), static_cast<int>(r));
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_ui->errorLabel->hide();

    QTableWidget *t = m_ui->effectsTable;
    t->setColumnCount(2);
    t->setHorizontalHeaderLabels({tr("Analyse"), tr("Conséquence")});
    t->setRowCount(int(tube.analyses.size()));
    for (int row = 0; row < tube.analyses.size(); ++row) {
        const auto &a = tube.analyses.at(row);
        auto *item = new QTableWidgetItem(QStringLiteral("%1 — %2").arg(a.code, a.label));
        item->setFlags(Qt::ItemIsEnabled);
        t->setItem(row, 0, item);
        auto *combo = new QComboBox(t);
        combo->addItem(tr("Aucune"));
        combo->addItem(tr("Réaliser avec réserve sur le compte rendu"));
        combo->addItem(tr("Annuler et demander un nouveau prélèvement"));
        combo->setCurrentIndex(Reservation);
        if (a.state == domain::ValidationState::Validated) {
            combo->setCurrentIndex(NoEffect);
            combo->setEnabled(false);
            combo->setToolTip(tr("Résultat déjà validé biologiquement."));
        }
        t->setCellWidget(row, 1, combo);
    }
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->verticalHeader()->hide();

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Enregistrer"));
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NonConformityDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NonConformityDialog::~NonConformityDialog() = default;

QComboBox *NonConformityDialog::choiceCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->effectsTable->cellWidget(row, 1));
}

void NonConformityDialog::setReason(NonConformity::Reason reason)
{
    m_ui->reasonCombo->setCurrentIndex(m_ui->reasonCombo->findData(static_cast<int>(reason)));
}

void NonConformityDialog::setComment(const QString &comment)
{
    m_ui->commentEdit->setText(comment);
}

void NonConformityDialog::setChoice(int row, Choice choice)
{
    if (QComboBox *c = choiceCombo(row))
        c->setCurrentIndex(choice);
}

int NonConformityDialog::analysisCount() const
{
    return m_ui->effectsTable->rowCount();
}

QString NonConformityDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void NonConformityDialog::submit()
{
    QList<NonConformity::Effect> effects;
    for (int row = 0; row < analysisCount(); ++row) {
        const QComboBox *c = choiceCombo(row);
        if (!c || c->currentIndex() == NoEffect)
            continue;
        effects << NonConformity::Effect{m_tube.analyses.at(row).code,
                                         c->currentIndex() == NewSample
                                             ? NonConformity::Consequence::NewSampleRequested
                                             : NonConformity::Consequence::PerformedWithReservation};
    }
    const auto reason = static_cast<NonConformity::Reason>(m_ui->reasonCombo->currentData().toInt());
    auto out = m_reception.recordNonConformity(m_tube.specimen.id, reason, m_ui->commentEdit->text(), effects);
    if (!out) {
        m_ui->errorLabel->setText(out.error().message);
        m_ui->errorLabel->show();
        if (out.error().location == u"comment")
            m_ui->commentEdit->setFocus();
        return;
    }
    m_outcome = *out;
    accept();
}

} // namespace sgl::app
