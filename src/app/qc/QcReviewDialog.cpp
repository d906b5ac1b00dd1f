#include "app/qc/QcReviewDialog.h"

#include "app/qc/QcServices.h"
#include "domain/lab/ValidationState.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sgl::app {

using workflow::qc::QcReviewRequest;

QcReviewDialog::QcReviewDialog(QcServices &services, workflow::qc::QcPendingReview pending, QWidget *parent)
    : QDialog(parent), m_services(services), m_pending(std::move(pending))
{
    setObjectName(QStringLiteral("qcReviewDialog"));
    setWindowTitle(tr("Revue du contrôle qualité rejeté"));
    auto *layout = new QVBoxLayout(this);
    auto *reason = new QLabel(m_pending.run.holdReason, this);
    reason->setObjectName(QStringLiteral("holdReason"));
    reason->setWordWrap(true);
    reason->setStyleSheet(QStringLiteral("font-weight: bold; color: #b00000;"));
    layout->addWidget(reason);
    auto *fired = new QLabel(m_pending.run.violations.join(QLatin1Char('\n')), this);
    fired->setObjectName(QStringLiteral("violations"));
    fired->setWordWrap(true);
    layout->addWidget(fired);

    layout->addWidget(new QLabel(tr("Résultats patients retenus (%1) :").arg(m_pending.heldNow), this));
    m_held = new QTableWidget(int(m_pending.holds.size()), 4, this);
    m_held->setObjectName(QStringLiteral("heldResults"));
    m_held->setHorizontalHeaderLabels({tr("Dossier"), tr("Analyse"), tr("Valeur"), tr("État")});
    m_held->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_held->horizontalHeader()->setStretchLastSection(true);
    m_held->verticalHeader()->hide();
    for (int i = 0; i < m_pending.holds.size(); ++i) {
        const storage::QcHoldRow &h = m_pending.holds[i];
        const auto state = domain::validationStateFromCode(h.resultState);
        const QStringList cells{h.dossierNumber, h.analysisCode, h.valueText,
                                state ? domain::validationStateLabel(*state) : h.resultState};
        for (int c = 0; c < cells.size(); ++c)
            m_held->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_held->setMaximumHeight(180);
    layout->addWidget(m_held);
    if (m_pending.heldNow > m_pending.holds.size())
        layout->addWidget(new QLabel(tr("Des résultats arrivés depuis le rejet sont aussi retenus ; ils seront "
                                        "traités avec la revue."),
                                     this));

    auto *form = new QFormLayout;
    m_accept = new QRadioButton(tr("Accepter le contrôle (motif obligatoire) : les résultats sont libérés"), this);
    m_accept->setObjectName(QStringLiteral("acceptDecision"));
    m_rerun = new QRadioButton(tr("Repasser les résultats retenus"), this);
    m_rerun->setObjectName(QStringLiteral("rerunDecision"));
    m_accept->setChecked(true);
    form->addRow(tr("Décision :"), m_accept);
    form->addRow(QString(), m_rerun);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setPlaceholderText(tr("ex. contrôle repassé dans les limites, flacon mal reconstitué"));
    form->addRow(tr("Motif :"), m_reason);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setMaximumHeight(70);
    form->addRow(tr("Commentaire :"), m_comment);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer la revue"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

void QcReviewDialog::setDecision(QcReviewRequest::Decision decision)
{
    (decision == QcReviewRequest::Decision::Accept ? m_accept : m_rerun)->setChecked(true);
}

void QcReviewDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void QcReviewDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

bool QcReviewDialog::submit()
{
    QcReviewRequest req;
    req.runId = m_pending.run.id;
    req.version = m_pending.run.version;
    req.decision = m_accept->isChecked() ? QcReviewRequest::Decision::Accept : QcReviewRequest::Decision::Rerun;
    req.reason = m_reason->text();
    req.comment = m_comment->toPlainText();
    auto out = m_services.review().review(req);
    if (!out) {
        m_error->setText(out.error().message);
        if (out.error().location == QLatin1String("motif"))
            m_reason->setFocus();
        return false;
    }
    m_outcome = *out;
    accept();
    return true;
}

QString QcReviewDialog::errorText() const
{
    return m_error->text();
}

int QcReviewDialog::heldRowCount() const
{
    return m_held->rowCount();
}

} // namespace sgl::app
