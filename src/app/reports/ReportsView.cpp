#include "app/reports/ReportsView.h"

#include "app/analyzers/ReasonDialog.h"
#include "app/reports/DossierListModel.h"
#include "app/reports/ReportVersionModel.h"
#include "app/widgets/SharingChoicesPanel.h"
#include "workflow/dispatch/DmpDocumentActions.h"
#include "workflow/report/ReportArchive.h"
#include "ui_ReportsView.h"

#include <QBuffer>
#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPdfDocument>
#include <QPdfView>
#include <QStyle>
#include <QVBoxLayout>

namespace sgl::app {

ReportsView::ReportsView(workflow::report::ReportArchive &archive, domain::UserSession session, bool readOnly,
                         QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ReportsView>()),
      m_archive(archive),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_dossiers(new DossierListModel(this)),
      m_versions(new ReportVersionModel(this)),
      m_pdf(new QPdfDocument(this)),
      m_pdfView(nullptr)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->messageLabel->hide();
    m_pdfView = new QPdfView(m_ui->pdfTab);
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_ui->pdfLayout->addWidget(m_pdfView);

    m_ui->dossierTable->setModel(m_dossiers);
    m_ui->versionTable->setModel(m_versions);
    // No horizontal scrolling at 1366 px: short columns fit their contents, the prescriber and
    // the amendment reason take what is left and are elided (full text in the tooltip).
    const auto fit = [](QTableView *table, int stretched) {
        table->verticalHeader()->hide();
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setTextElideMode(Qt::ElideRight);
        QHeaderView *header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(stretched, QHeaderView::Stretch);
    };
    fit(m_ui->dossierTable, DossierListModel::Prescriber);
    fit(m_ui->versionTable, ReportVersionModel::Reason);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({540, 580}); // the lists' five and six columns fit at 1366 px
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->issueButton, m_ui->amendReasonEdit,
                                                       m_ui->amendReasonLabel, m_ui->nextSharingPanel})
        w->setVisible(!m_readOnly);
    m_ui->versionSharingPanel->setTitle(tr("Partage de la version affichée"));
    m_ui->versionSharingPanel->setReadOnly(true);
    m_ui->versionSharingPanel->hide();
    m_ui->nextSharingPanel->setTitle(tr("Partage de la prochaine version"));
    m_ui->nextSharingPanel->setEnabled(false);
    m_ui->listSplitter->setStretchFactor(0, 3);
    m_ui->listSplitter->setStretchFactor(1, 2);
    m_ui->listSplitter->setStretchFactor(2, 0);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReportsView::reload);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &ReportsView::issueReport);
    connect(m_ui->dmpMaskButton, &QPushButton::clicked, this, &ReportsView::askDmpMasks);
    connect(m_ui->dmpWithdrawButton, &QPushButton::clicked, this, &ReportsView::askDmpWithdrawal);
    setDmpActions(nullptr);
    connect(m_ui->dossierTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectDossier(current.row());
            });
    connect(m_ui->versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openVersion(current.row());
            });
    reload();
}

ReportsView::~ReportsView()
{
    m_pdf->close();
}

QString ReportsView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

int ReportsView::pdfPageCount() const
{
    return m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

QString ReportsView::cdaText() const
{
    return m_ui->cdaBrowser->toPlainText();
}

SharingChoicesPanel *ReportsView::versionSharingPanel() const
{
    return m_ui->versionSharingPanel;
}

SharingChoicesPanel *ReportsView::nextSharingPanel() const
{
    return m_ui->nextSharingPanel;
}

void ReportsView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel")
                                            : QStringLiteral("infoBanner"));
    // Selectors match on the object name: polish again so the new colours apply.
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ReportsView::clearDocument()
{
    m_pdf->close();
    delete m_pdfBuffer;
    m_pdfBuffer = nullptr;
    m_ui->cdaBrowser->clear();
    m_ui->versionSharingPanel->hide();
    m_currentVersion = 0;
    // Only beside the sharing of a version shown: alone under an empty list they would float.
    m_ui->dmpMaskButton->setVisible(false);
    m_ui->dmpWithdrawButton->setVisible(false);
}

bool ReportsView::reload()
{
    auto dossiers = m_archive.dossiers(m_session);
    if (!dossiers) {
        showMessage(dossiers.error().message, true);
        return false;
    }
    const qint64 keep = m_currentDossier;
    m_dossiers->setDossiers(std::move(*dossiers));
    m_versions->setVersions({});
    clearDocument();
    m_currentDossier = 0;
    m_ui->issueButton->setEnabled(false);
    m_ui->nextSharingPanel->setEnabled(false);
    if (const int row = m_dossiers->rowOf(keep); row >= 0)
        m_ui->dossierTable->selectRow(row);
    return true;
}

qint64 ReportsView::currentPatientId() const
{
    const domain::Dossier *dossier = m_dossiers->dossierAt(m_dossiers->rowOf(m_currentDossier));
    return dossier ? dossier->patientId : 0;
}

void ReportsView::selectDossier(int row)
{
    const domain::Dossier *dossier = m_dossiers->dossierAt(row);
    if (!dossier)
        return;
    m_currentDossier = dossier->id;
    clearDocument();
    auto versions = m_archive.versions(m_session, dossier->id);
    if (!versions) {
        showMessage(versions.error().message, true);
        m_versions->setVersions({});
        return;
    }
    m_versions->setVersions(std::move(*versions));
    m_ui->issueButton->setEnabled(!m_readOnly);
    if (!m_readOnly) {
        // The next version starts from the defaults; the patient copy is offered only with a qualified INS.
        auto context = m_archive.sharingContext(m_session, dossier->id);
        m_ui->nextSharingPanel->reset(context && context->insQualified);
        m_ui->nextSharingPanel->setEnabled(context.has_value());
        if (!context)
            showMessage(context.error().message, true);
    }
    m_ui->issueButton->setText(m_versions->rowCount() == 0 ? tr("É&mettre le compte rendu")
                                                           : tr("É&mettre une nouvelle version"));
    if (m_versions->rowCount() > 0)
        m_ui->versionTable->selectRow(0); // latest version first
}

void ReportsView::openVersion(int row)
{
    const domain::ReportVersion *version = m_versions->versionAt(row);
    if (!version)
        return;
    clearDocument();
    m_ui->versionSharingPanel->setChoices(version->sharing);
    m_ui->versionSharingPanel->setTitle(tr("Partage de la version %1").arg(version->versionNumber));
    m_ui->versionSharingPanel->show();
    m_currentVersion = version->id;
    m_ui->dmpMaskButton->setVisible(m_dmp != nullptr);
    m_ui->dmpWithdrawButton->setVisible(m_dmp != nullptr);
    auto pdf = m_archive.document(m_session, version->id, QStringLiteral("PDF"));
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return;
    }
    m_pdfBuffer = new QBuffer(this);
    m_pdfBuffer->setData(pdf->bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBuffer);
    if (m_pdf->status() != QPdfDocument::Status::Ready)
        showMessage(tr("Le PDF de la version %1 n'a pas pu être affiché.")
                        .arg(version->versionNumber),
                    true);
    auto html = m_archive.cdaHtml(m_session, version->id);
    if (html)
        m_ui->cdaBrowser->setHtml(*html);
    else
        m_ui->cdaBrowser->setPlainText(html.error().message);
}

void ReportsView::issueReport()
{
    if (m_readOnly || m_currentDossier == 0)
        return;
    const qint64 dossier = m_currentDossier;
    const QString reason = m_ui->amendReasonEdit->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = m_archive.issue(m_session, dossier, reason, m_ui->nextSharingPanel->choices());
    QGuiApplication::restoreOverrideCursor();
    if (!issued) {
        showMessage(issued.error().message, true);
        return;
    }
    m_ui->amendReasonEdit->clear();
    reload();
    if (const int row = m_dossiers->rowOf(dossier); row >= 0)
        m_ui->dossierTable->selectRow(row);
    showMessage(tr("Compte rendu émis : version %1%2.")
                    .arg(issued->versionNumber)
                    .arg(issued->partial ? tr(" (partiel)") : QString()),
                false);
}

void ReportsView::setDmpActions(std::unique_ptr<workflow::dispatch::DmpDocumentActions> actions)
{
    m_dmp = m_readOnly ? nullptr : std::move(actions);
    m_ui->dmpMaskButton->setVisible(m_dmp && m_currentVersion != 0);
    m_ui->dmpWithdrawButton->setVisible(m_dmp && m_currentVersion != 0);
}

domain::Status ReportsView::changeDmpMasks(const workflow::dispatch::DmpMasks &masks, const QString &reason)
{
    if (!m_dmp || m_currentVersion == 0)
        return {};
    auto row = m_dmp->changeMasks(m_currentVersion, masks, reason);
    if (!row)
        return std::unexpected(row.error());
    afterDmpAction(row->operation == domain::DispatchOperation::UpdateSharing
                       ? tr("Masquage enregistré : le DMP sera mis à jour par l'envoi automatique.")
                       : tr("Masquage enregistré : il accompagnera l'envoi au DMP."));
    return {};
}

domain::Status ReportsView::withdrawFromDmp(const QString &reason)
{
    if (!m_dmp || m_currentVersion == 0)
        return {};
    auto row = m_dmp->withdraw(m_currentVersion, reason);
    if (!row)
        return std::unexpected(row.error());
    afterDmpAction(row->state == domain::DispatchState::Cancelled
                       ? tr("Envoi au DMP annulé : le document n'y avait pas été envoyé.")
                       : tr("Retrait du DMP demandé : il sera fait par l'envoi automatique."));
    return {};
}

void ReportsView::askDmpMasks()
{
    const domain::ReportVersion *version = nullptr;
    for (int r = 0; r < m_versions->rowCount(); ++r)
        if (m_versions->versionAt(r) && m_versions->versionAt(r)->id == m_currentVersion)
            version = m_versions->versionAt(r);
    if (!m_dmp || !version)
        return;
    auto *options = new QWidget;
    auto *layout = new QVBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *masked = new QCheckBox(tr("Masqué aux &professionnels de santé"), options);
    auto *patient = new QCheckBox(tr("Invisible au &patient jusqu'à la consultation d'annonce"), options);
    auto *legal = new QCheckBox(tr("Invisible aux représentants &légaux"), options);
    masked->setObjectName(QStringLiteral("maskedCheck"));
    patient->setObjectName(QStringLiteral("hiddenPatientCheck"));
    legal->setObjectName(QStringLiteral("hiddenLegalCheck"));
    masked->setChecked(version->sharing.maskedToProfessionals);
    patient->setChecked(version->sharing.hiddenFromPatientUntilAnnouncement);
    legal->setChecked(version->sharing.hiddenFromLegalRepresentatives);
    for (QCheckBox *box : {masked, patient, legal})
        layout->addWidget(box);
    ReasonDialog dialog(tr("Masquage DMP de la version %1").arg(version->versionNumber),
                        tr("Le DMP reçoit le masquage avec le document, ou une mise à jour s'il l'a déjà."),
                        [this, masked, patient, legal](const QString &reason) {
                            return changeDmpMasks({masked->isChecked(), patient->isChecked(), legal->isChecked()},
                                                  reason);
                        },
                        this);
    dialog.addOptions(options);
    dialog.exec();
}

void ReportsView::askDmpWithdrawal()
{
    if (!m_dmp || m_currentVersion == 0)
        return;
    ReasonDialog dialog(tr("Retirer du DMP"),
                        tr("Le document sera supprimé du DMP du patient (il reste consultable ici)."),
                        [this](const QString &reason) { return withdrawFromDmp(reason); }, this);
    dialog.exec();
}

void ReportsView::afterDmpAction(const QString &message)
{
    const qint64 keep = m_currentVersion;
    if (const int row = m_dossiers->rowOf(m_currentDossier); row >= 0)
        selectDossier(row);
    for (int r = 0; r < m_versions->rowCount(); ++r)
        if (m_versions->versionAt(r) && m_versions->versionAt(r)->id == keep)
            m_ui->versionTable->selectRow(r);
    showMessage(message, false);
}

} // namespace sgl::app
