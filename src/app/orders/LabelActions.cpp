#include "app/orders/LabelActions.h"

#include "app/orders/OrderServices.h"
#include "workflow/ErrorCodes.h"
#include "workflow/orders/LabelPrinting.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sgl::app {

using workflow::orders::LabelPrinting;

LabelActions::LabelActions(OrderServices &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout();
    m_print = new QPushButton(tr("&Imprimer les étiquettes…"), this);
    m_print->setObjectName(QStringLiteral("printLabelsButton"));
    m_pdf = new QPushButton(tr("Étiquettes en &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfLabelsButton"));
    row->addWidget(m_print);
    row->addWidget(m_pdf);
    row->addStretch();
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_print, &QPushButton::clicked, this, &LabelActions::print);
    connect(m_pdf, &QPushButton::clicked, this, &LabelActions::saveAs);
    setDossier(0);
}

void LabelActions::setDossier(qint64 dossierId, const QStringList &barcodes)
{
    m_dossierId = dossierId;
    m_barcodes = barcodes;
    m_print->setEnabled(dossierId != 0);
    m_pdf->setEnabled(dossierId != 0);
    show({}, false);
}

QString LabelActions::messageText() const
{
    return m_message->text();
}

void LabelActions::show(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

std::optional<QString> LabelActions::reasonFor(const QString &given)
{
    if (!given.trimmed().isEmpty())
        return given;
    auto again = m_services.labels().wouldReprint(m_dossierId, m_barcodes);
    if (!again || !*again)
        return QString(); // a first print (or an error the print itself reports)
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Réimpression"),
                                                 tr("Ces étiquettes ont déjà été imprimées. Motif de la réimpression :"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return std::nullopt;
    return reason;
}

domain::Result<QByteArray> LabelActions::pdf(const QString &reprintReason)
{
    auto reason = reasonFor(reprintReason);
    if (!reason)
        return domain::fail(workflow::errc::OrderReasonRequired, tr("Réimpression annulée : aucun motif donné."),
                            QStringLiteral("reason"));
    auto out = m_services.labels().render(m_dossierId, m_barcodes, LabelPrinting::Format::Pdf, *reason);
    if (!out) {
        show(out.error().message, true);
        return std::unexpected(out.error());
    }
    show(out->reprint ? tr("%n étiquette(s) réimprimée(s).", nullptr, int(out->labels.size()))
                      : tr("%n étiquette(s) prête(s).", nullptr, int(out->labels.size())),
         false);
    emit printed();
    return out->bytes;
}

bool LabelActions::savePdf(const QString &path, const QString &reprintReason)
{
    auto bytes = pdf(reprintReason);
    if (!bytes)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size()) {
        show(tr("Écriture impossible de %1 : %2").arg(path, f.errorString()), true);
        return false;
    }
    show(tr("Étiquettes enregistrées dans %1.").arg(path), false);
    return true;
}

void LabelActions::saveAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Enregistrer les étiquettes"), dir + QStringLiteral("/etiquettes.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void LabelActions::print()
{
    auto reason = reasonFor({});
    if (!reason) {
        show(tr("Réimpression annulée : aucun motif donné."), true);
        return;
    }
    if (!m_services.labelPrinter().isEmpty()) {
        // This workstation has a Zebra: ZPL straight to it, no print dialog.
        auto sent = m_services.labels().send(m_dossierId, m_barcodes, m_services.labelPrinter(), *reason);
        if (!sent) {
            show(sent.error().message, true);
            return;
        }
        show(tr("%n étiquette(s) envoyée(s) à l'imprimante.", nullptr, int(sent->labels.size())), false);
        emit printed();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Imprimer les étiquettes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto out = m_services.labels().print(m_dossierId, m_barcodes, printer, *reason);
    if (!out) {
        show(out.error().message, true);
        return;
    }
    show(tr("%n étiquette(s) envoyée(s) à l'imprimante.", nullptr, int(out->labels.size())), false);
    emit printed();
}

} // namespace sgl::app
