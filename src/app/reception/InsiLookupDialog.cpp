#include "app/reception/InsiLookupDialog.h"

#include "ui_InsiLookupDialog.h"

namespace sgl::app {

using interop::insi::InsiOutcome;

InsiLookupDialog::InsiLookupDialog(workflow::identity::QualifyIdentity &qualify,
                                   workflow::identity::InsiLookup lookup, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::InsiLookupDialog>()),
      m_qualify(qualify),
      m_lookup(std::move(lookup))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    m_ui->messageLabel->setText(m_lookup.message);
    const bool found = m_lookup.outcome == InsiOutcome::Found && m_lookup.individual;
    QString html;
    if (found && m_lookup.comparison) {
        html += QStringLiteral("<p><b>%1</b> %2 (OID %3)</p>")
                    .arg(tr("INS retourné :"),
                         m_lookup.individual->active.ins.full().toHtmlEscaped(),
                         m_lookup.individual->active.ins.oid.toHtmlEscaped());
        html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=4><tr><th>%1</th>"
                               "<th>%2</th><th>%3</th></tr>")
                    .arg(tr("Trait"), tr("Saisi au laboratoire"), tr("Retourné par l'INSi"));
        for (const auto &row : m_lookup.comparison->rows()) {
            const QString colour = row.equal || row.localMissing ? QStringLiteral("#1e7d32")
                                                                 : QStringLiteral("#a4161a");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"color:%4\"><b>%3</b>"
                                   "</td></tr>")
                        .arg(row.label.toHtmlEscaped(), row.local.toHtmlEscaped(),
                             row.remote.toHtmlEscaped(), colour);
        }
        html += QStringLiteral("</table>");
        for (const auto &hint : m_lookup.hints)
            html += QStringLiteral("<p>⚠ %1</p>").arg(hint.message.toHtmlEscaped());
    }
    m_ui->comparisonBrowser->setHtml(html);
    m_ui->acceptButton->setEnabled(found && m_lookup.acceptable);
    // Enter must never refuse by accident: it accepts when allowed, otherwise closes.
    for (QPushButton *b : {m_ui->acceptButton, m_ui->rejectButton, m_ui->closeButton})
        b->setAutoDefault(false);
    (m_ui->acceptButton->isEnabled() ? m_ui->acceptButton : m_ui->closeButton)->setDefault(true);
    m_ui->rejectButton->setEnabled(found);
    m_ui->reasonEdit->setEnabled(found);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &InsiLookupDialog::acceptIdentity);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &InsiLookupDialog::refuseIdentity);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

InsiLookupDialog::~InsiLookupDialog() = default;

QString InsiLookupDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString InsiLookupDialog::comparisonText() const
{
    return m_ui->comparisonBrowser->toPlainText();
}

void InsiLookupDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void InsiLookupDialog::acceptIdentity()
{
    auto patient = m_qualify.accept(m_lookup);
    if (!patient) {
        showError(patient.error().message);
        return;
    }
    m_qualified = *patient;
    accept();
}

void InsiLookupDialog::refuseIdentity()
{
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        showError(tr("Indiquez le motif du refus."));
        m_ui->reasonEdit->setFocus();
        return;
    }
    auto refused = m_qualify.reject(m_lookup, reason);
    if (!refused) {
        showError(refused.error().message);
        return;
    }
    m_refused = true;
    reject();
}

} // namespace sgl::app
