#include "app/reception/PatientMergeDialog.h"

#include "app/reception/IdentityComparison.h"
#include "app/widgets/IdentityStatusBadge.h"
#include "storage/ErrorCodes.h"
#include "ui_PatientMergeDialog.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QStyle>

namespace sgl::app {

using domain::Patient;
using workflow::identity::DuplicatePair;

PatientMergeDialog::PatientMergeDialog(workflow::identity::ReviewDuplicates &review,
                                       workflow::identity::MergePatients &merge, QList<qint64> startingPatientIds,
                                       QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::PatientMergeDialog>()),
      m_review(review),
      m_merge(merge),
      m_startingIds(std::move(startingPatientIds)),
      m_leftBadge(new IdentityStatusBadge(this)),
      m_rightBadge(new IdentityStatusBadge(this))
{
    m_ui->setupUi(this);
    m_comparison = std::make_unique<IdentityComparison>(*m_ui->comparisonTable, *m_leftBadge, *m_rightBadge, *this);
    m_ui->reasonErrorLabel->setObjectName(QStringLiteral("errorLabel"));
    QFont strong = m_ui->confirmLabel->font();
    strong.setBold(true);
    m_ui->confirmLabel->setFont(strong);
    m_ui->pairTable->setColumnCount(4);
    m_ui->pairTable->setHorizontalHeaderLabels({tr("Patient"), tr("Doublon probable"), tr("Score"), tr("Motifs")});
    m_ui->pairTable->verticalHeader()->hide();
    // Identities and score always readable; the reasons take the rest (full text in the tooltip).
    for (int column : {0, 1, 2})
        m_ui->pairTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->pairTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->comparisonTable->setColumnCount(3);
    m_ui->comparisonTable->verticalHeader()->hide();
    m_ui->comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_leftBadge->hide();
    m_rightBadge->hide();

    connect(m_ui->pairTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectPair(current.row());
            });
    connect(m_ui->keepLeftRadio, &QRadioButton::toggled, this, [this] { updateOutcome(); });
    connect(m_ui->keepRightRadio, &QRadioButton::toggled, this, [this] { updateOutcome(); });
    connect(m_ui->reasonEdit, &QLineEdit::textEdited, this, [this] { showReasonError({}); });
    connect(m_ui->reasonEdit, &QLineEdit::returnPressed, this, &PatientMergeDialog::requestMerge);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &PatientMergeDialog::requestMerge);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &PatientMergeDialog::confirmMerge);
    connect(m_ui->backButton, &QPushButton::clicked, this, &PatientMergeDialog::cancelConfirmation);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &PatientMergeDialog::refresh);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_ui->confirmFrame->hide();
    showReasonError({});
    showMessage({}, false);
    clearPreview();
    refresh();
}

PatientMergeDialog::~PatientMergeDialog() = default;

QString PatientMergeDialog::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString PatientMergeDialog::reasonErrorText() const
{
    return m_ui->reasonErrorLabel->isHidden() ? QString() : m_ui->reasonErrorLabel->text();
}

QString PatientMergeDialog::ruleText() const
{
    return m_ui->ruleLabel->text() + QLatin1Char('\n') + m_ui->outcomeLabel->text();
}

bool PatientMergeDialog::isConfirming() const
{
    return !m_ui->confirmFrame->isHidden();
}

void PatientMergeDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void PatientMergeDialog::showReasonError(const QString &text)
{
    m_ui->reasonErrorLabel->setText(text);
    m_ui->reasonErrorLabel->setVisible(!text.isEmpty());
}

bool PatientMergeDialog::refresh()
{
    auto pairs = m_review.pairsAround(m_startingIds);
    if (!pairs) {
        m_pairs.clear();
        showPairs();
        clearPreview();
        showMessage(pairs.error().message, true);
        return false;
    }
    const std::optional<std::pair<qint64, qint64>> selected =
        m_preview ? std::optional{std::pair{m_preview->left.patient.id, m_preview->right.patient.id}} : std::nullopt;
    m_pairs = std::move(*pairs);
    showPairs();
    if (selected) {
        for (int row = 0; row < m_pairs.size(); ++row) {
            if (m_pairs[row].first.id == selected->first && m_pairs[row].second.id == selected->second) {
                const QSignalBlocker blocker(m_ui->pairTable->selectionModel());
                m_ui->pairTable->selectRow(row);
                return selectPair(row);
            }
        }
    }
    clearPreview();
    return true;
}

void PatientMergeDialog::showPairs()
{
    const QSignalBlocker blocker(m_ui->pairTable->selectionModel());
    m_ui->pairTable->clearContents();
    m_ui->pairTable->setRowCount(static_cast<int>(m_pairs.size()));
    const auto describe = [](const Patient &p) {
        return tr("%1 — %2, né(e) le %3").arg(p.localId, IdentityComparison::displayName(p), IdentityComparison::birthDate(p));
    };
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &pair = m_pairs[row];
        QString reasons = pair.candidate.reasons.join(QStringLiteral(", "));
        if (pair.candidate.certain)
            reasons = tr("même personne (INS identique)");
        const QStringList cells{describe(pair.first), describe(pair.second), QString::number(pair.candidate.score),
                                reasons};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_ui->pairTable->setItem(row, column, item);
        }
    }
    m_ui->pairStatusLabel->setText(m_pairs.isEmpty() ? tr("Aucun doublon probable pour ces patients.")
                                                     : tr("%n paire(s) à examiner.", nullptr,
                                                          static_cast<int>(m_pairs.size())));
}

bool PatientMergeDialog::selectPair(int row)
{
    if (row < 0 || row >= m_pairs.size())
        return false;
    cancelConfirmation();
    showMessage({}, false);
    showReasonError({});
    auto preview = m_review.preview(m_pairs[row].first.id, m_pairs[row].second.id);
    if (!preview) {
        clearPreview();
        showMessage(preview.error().message, true);
        return false;
    }
    m_preview = std::move(*preview);
    if (m_ui->pairTable->currentRow() != row) {
        const QSignalBlocker blocker(m_ui->pairTable->selectionModel());
        m_ui->pairTable->selectRow(row);
    }
    showPreview();
    return true;
}

void PatientMergeDialog::clearPreview()
{
    m_preview.reset();
    m_differing.clear();
    m_comparison->clear();
    for (QRadioButton *radio : {m_ui->keepLeftRadio, m_ui->keepRightRadio}) {
        radio->setAutoExclusive(false);
        radio->setChecked(false);
        radio->setAutoExclusive(true);
        radio->setText(QString());
    }
    m_ui->ruleLabel->setText(m_pairs.isEmpty() ? QString()
                                               : tr("Sélectionnez une paire pour comparer les deux identités."));
    m_ui->outcomeLabel->clear();
    updateButtons();
}

void PatientMergeDialog::showPreview()
{
    const Patient &l = m_preview->left.patient;
    const Patient &r = m_preview->right.patient;
    m_differing = m_comparison->show(m_preview->left, m_preview->right);

    m_ui->keepLeftRadio->setText(tr("Conserver le patient A : %1 — %2 (%n dossier(s) d'analyses)", nullptr,
                                    m_preview->left.dossierCount)
                                     .arg(l.localId, IdentityComparison::displayName(l)));
    m_ui->keepRightRadio->setText(tr("Conserver le patient B : %1 — %2 (%n dossier(s) d'analyses)", nullptr,
                                     m_preview->right.dossierCount)
                                      .arg(r.localId, IdentityComparison::displayName(r)));
    const QString rules =
        tr("Règles : le dossier conservé garde ses traits, son statut, son INS et ses pièces d'identité ; ses "
           "coordonnées vides sont complétées par celles de l'autre ; l'INS de l'autre n'est repris que s'il n'en a "
           "pas et que les traits stricts sont identiques. Une fusion ne peut pas être annulée.");
    if (m_preview->refusal) {
        m_ui->ruleLabel->setText(tr("Fusion impossible : %1").arg(m_preview->refusal->message));
        showMessage(m_preview->refusal->message, true);
        for (QRadioButton *radio : {m_ui->keepLeftRadio, m_ui->keepRightRadio}) {
            radio->setAutoExclusive(false);
            radio->setChecked(false);
            radio->setAutoExclusive(true);
        }
    } else {
        m_ui->ruleLabel->setText(rules + QLatin1Char('\n') + tr("Recommandation : %1").arg(m_preview->recommendation));
        chooseSurvivor(m_preview->recommendedSurvivorId);
    }
    updateOutcome();
}

void PatientMergeDialog::chooseSurvivor(qint64 patientId)
{
    if (!m_preview || m_preview->refusal || isConfirming())
        return;
    if (patientId == m_preview->left.patient.id)
        m_ui->keepLeftRadio->setChecked(true);
    else if (patientId == m_preview->right.patient.id)
        m_ui->keepRightRadio->setChecked(true);
    updateOutcome();
}

qint64 PatientMergeDialog::survivorId() const
{
    const Patient *p = survivor();
    return p ? p->id : 0;
}

const Patient *PatientMergeDialog::survivor() const
{
    if (!m_preview || m_preview->refusal)
        return nullptr;
    if (m_ui->keepLeftRadio->isChecked())
        return &m_preview->left.patient;
    if (m_ui->keepRightRadio->isChecked())
        return &m_preview->right.patient;
    return nullptr;
}

const Patient *PatientMergeDialog::duplicate() const
{
    const Patient *s = survivor();
    if (!s)
        return nullptr;
    return s == &m_preview->left.patient ? &m_preview->right.patient : &m_preview->left.patient;
}

QStringList PatientMergeDialog::differingTraits() const
{
    return m_differing;
}

void PatientMergeDialog::updateOutcome()
{
    const Patient *s = survivor();
    const Patient *d = duplicate();
    if (!s || !d) {
        m_ui->outcomeLabel->clear();
        updateButtons();
        return;
    }
    const bool left = s == &m_preview->left.patient;
    const domain::MergeOutcome &outcome = left ? *m_preview->ifLeftSurvives : *m_preview->ifRightSurvives;
    const int moved = left ? m_preview->right.dossierCount : m_preview->left.dossierCount;
    QString text = tr("Après la fusion : %1 conservé avec une identité %2 ; %n dossier(s) d'analyses de %3 lui "
                      "seront rattachés ; %3 ne sera plus proposé dans les recherches.",
                      nullptr, moved)
                       .arg(s->localId, domain::identityStatusCode(outcome.survivor.status), d->localId);
    if (s->ins.isEmpty() && !outcome.survivor.ins.isEmpty())
        text += QLatin1Char(' ') + tr("L'INS de %1 est repris (traits stricts identiques).").arg(d->localId);
    else if (s->ins.isEmpty() && !d->ins.isEmpty())
        text += QLatin1Char(' ')
            + tr("L'INS de %1 n'est pas repris : ses traits stricts diffèrent ou l'identité conservée ne le permet "
                 "pas.")
                  .arg(d->localId);
    if (m_preview->recommendedSurvivorId != 0 && s->id != m_preview->recommendedSurvivorId)
        text = tr("⚠ Ce n'est pas le dossier recommandé. ") + text;
    m_ui->outcomeLabel->setText(text);
    updateButtons();
}

void PatientMergeDialog::updateButtons()
{
    const bool confirming = isConfirming();
    const bool mergeable = survivor() != nullptr;
    m_ui->mergeButton->setEnabled(mergeable && !confirming);
    m_ui->survivorGroup->setEnabled(m_preview && !m_preview->refusal && !confirming);
    m_ui->reasonEdit->setEnabled(mergeable && !confirming);
    m_ui->pairTable->setEnabled(!confirming);
    m_ui->refreshButton->setEnabled(!confirming);
}

void PatientMergeDialog::requestMerge()
{
    if (isConfirming())
        return;
    if (!m_preview) {
        showMessage(tr("Sélectionnez d'abord une paire de dossiers."), true);
        return;
    }
    if (m_preview->refusal) {
        showMessage(m_preview->refusal->message, true);
        return;
    }
    const Patient *s = survivor();
    const Patient *d = duplicate();
    if (!s || !d) {
        showMessage(tr("Choisissez le dossier patient à conserver."), true);
        return;
    }
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        showReasonError(tr("Indiquez le motif de la fusion (obligatoire)."));
        m_ui->reasonEdit->setFocus();
        return;
    }
    showReasonError({});
    showMessage({}, false);
    m_ui->confirmLabel->setText(
        tr("Fusionner %1 (%2) dans %3 (%4) ? Cette fusion est définitive : elle ne peut pas être annulée. Les "
           "dossiers d'analyses, résultats, identifiants et messages de %1 seront rattachés à %3, et %1 ne sera "
           "plus proposé dans les recherches. Motif : « %5 ».")
            .arg(d->localId, IdentityComparison::displayName(*d), s->localId, IdentityComparison::displayName(*s), reason));
    m_ui->confirmFrame->show();
    updateButtons();
    m_ui->backButton->setFocus(); // the safe choice has the focus
}

void PatientMergeDialog::cancelConfirmation()
{
    m_ui->confirmFrame->hide();
    updateButtons();
}

void PatientMergeDialog::confirmMerge()
{
    if (!isConfirming())
        return;
    m_ui->confirmFrame->hide();
    const Patient *s = survivor();
    const Patient *d = duplicate();
    if (!s || !d) {
        updateButtons();
        return;
    }
    const Patient survivorShown = *s;
    const Patient duplicateShown = *d;
    const int moved = s == &m_preview->left.patient ? m_preview->right.dossierCount : m_preview->left.dossierCount;
    auto result = m_merge.run(survivorShown.id, survivorShown.version, duplicateShown.id, duplicateShown.version,
                              m_ui->reasonEdit->text());
    if (!result) {
        const domain::Error error = result.error();
        // storage.conflict: the optimistic lock of MergePatients::run (versions read for the display).
        if (error.code == storage::errc::Conflict) {
            // Show the records as they are now; the user decides again.
            refresh();
            showMessage(tr("%1 Rien n'a été fusionné ; les deux dossiers ont été relus.").arg(error.message), true);
        } else {
            showMessage(tr("%1 Rien n'a été fusionné.").arg(error.message), true);
        }
        updateButtons();
        return;
    }
    m_lastMerge = *result;
    if (!m_startingIds.contains(survivorShown.id))
        m_startingIds << survivorShown.id;
    m_ui->reasonEdit->clear();
    emit merged(result->survivor, result->merged);
    m_preview.reset();
    refresh();
    showMessage(tr("Fusion enregistrée : %1 fusionné dans %2 ; %n dossier(s) d'analyses rattaché(s).", nullptr, moved)
                    .arg(duplicateShown.localId, survivorShown.localId),
                false);
}

} // namespace sgl::app
