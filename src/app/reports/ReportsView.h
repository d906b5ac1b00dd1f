#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QWidget>

#include <memory>

class QBuffer;
class QPdfDocument;
class QPdfView;

namespace sgl::workflow::report {
class ReportArchive;
}
namespace sgl::workflow::dispatch {
class DmpDocumentActions;
struct DmpMasks;
}

namespace Ui {
class ReportsView;
}

namespace sgl::app {

class DossierListModel;
class ReportVersionModel;
class SharingChoicesPanel;

/**
 * Comptes rendus: dossiers validated (to report) or reported, every report version of the
 * selected dossier, the selected version's PDF (QPdfView) and its CDA N3 rendered with the ANS
 * display stylesheet. Biologists issue the report (or an amended version, with its mandatory
 * reason); read-only sessions (secretaries) consult. Each opening of a document is audited.
 * Sharing: the choices stored on the selected version are shown read-only; biologists set those
 * of the next version in a second SharingChoicesPanel (defaults for the patient's INS, read with
 * ReportArchive::sharingContext), passed to ReportArchive::issue, which applies the rules.
 * DMP after publication (setDmpActions): « Masquage DMP… » and « Retirer du DMP… » on the
 * version shown ask for the masks and a mandatory reason (ReasonDialog, which stays open while
 * workflow::dispatch::DmpDocumentActions refuses); hidden in read-only sessions.
 */
class ReportsView : public QWidget {
    Q_OBJECT
public:
    ReportsView(workflow::report::ReportArchive &archive, domain::UserSession session, bool readOnly,
                QWidget *parent = nullptr);
    ~ReportsView() override;

    [[nodiscard]] DossierListModel *dossierModel() const { return m_dossiers; }
    [[nodiscard]] ReportVersionModel *versionModel() const { return m_versions; }
    [[nodiscard]] QString messageText() const;
    /** Pages of the PDF shown (0 when none). */
    [[nodiscard]] int pdfPageCount() const;
    [[nodiscard]] QString cdaText() const;
    /** The stored choices of the version shown (read-only). */
    [[nodiscard]] SharingChoicesPanel *versionSharingPanel() const;
    /** The choices of the next version issued from this screen. */
    [[nodiscard]] SharingChoicesPanel *nextSharingPanel() const;

    /** The patient of the selected dossier (0 when none): the « DMP » button opens their DMP. */
    [[nodiscard]] qint64 currentPatientId() const;

    bool reload();
    void selectDossier(int row);
    void openVersion(int row);
    /** Issues a report for the selected dossier (biologists). */
    void issueReport();
    /** Enables the DMP actions on the version shown (biologists); null hides them. */
    void setDmpActions(std::unique_ptr<workflow::dispatch::DmpDocumentActions> actions);
    /** The masks dialog's submit: changes the masks of the version shown; false (message shown) when refused. */
    domain::Status changeDmpMasks(const workflow::dispatch::DmpMasks &masks, const QString &reason);
    /** The withdrawal dialog's submit: withdraws the version shown from the DMP. */
    domain::Status withdrawFromDmp(const QString &reason);

private:
    void showMessage(const QString &text, bool error);
    void clearDocument();
    void askDmpMasks();
    void askDmpWithdrawal();
    /** After a DMP action: the versions read again, the same version shown, the message. */
    void afterDmpAction(const QString &message);

    std::unique_ptr<Ui::ReportsView> m_ui;
    workflow::report::ReportArchive &m_archive;
    domain::UserSession m_session;
    bool m_readOnly;
    DossierListModel *m_dossiers;
    ReportVersionModel *m_versions;
    QPdfDocument *m_pdf;
    QPdfView *m_pdfView;
    QBuffer *m_pdfBuffer = nullptr;
    qint64 m_currentDossier = 0;
    qint64 m_currentVersion = 0;
    std::unique_ptr<workflow::dispatch::DmpDocumentActions> m_dmp;
};

} // namespace sgl::app
