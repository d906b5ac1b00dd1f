#include "app/admin/DirectoryAdminView.h"

#include "app/admin/DirectoryImportRunner.h"
#include "app/widgets/DirectorySearchPanel.h"
#include "domain/security/Permission.h"
#include "workflow/directory/DirectoryContact.h"
#include "workflow/directory/DirectorySearch.h"
#include "ui_DirectoryAdminView.h"

#include <QFileDialog>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

namespace sgl::app {

using workflow::directory::DirectoryContact;

namespace {

QString frenchNumber(qint64 n)
{
    return QLocale(QLocale::French, QLocale::France).toString(n);
}

/** « PS_…txt, ligne 12 : message » from the error's location (« file:line » or a file name). */
QString errorWithPlace(const domain::Error &error)
{
    static const QRegularExpression fileLine(QStringLiteral("^(.+):(\\d+)$"));
    if (auto m = fileLine.match(error.location); m.hasMatch())
        return DirectoryAdminView::tr("Fichier %1, ligne %2 : %3").arg(m.captured(1), m.captured(2), error.message);
    if (!error.location.isEmpty())
        return DirectoryAdminView::tr("Fichier %1 : %2").arg(error.location, error.message);
    return error.message;
}

} // namespace

DirectoryAdminView::DirectoryAdminView(workflow::directory::DirectorySearch &search, QString databaseUrl,
                                       domain::UserSession session, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::DirectoryAdminView>()),
      m_search(search),
      m_session(std::move(session)),
      m_readOnly(readOnly || !domain::rolesGrant(m_session.roles, domain::Permission::SystemConfig)),
      m_runner(new DirectoryImportRunner(std::move(databaseUrl), m_session, this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->messageLabel->hide();
    m_ui->progressLabel->hide();
    m_ui->progressBar->setRange(0, 100);
    m_ui->progressBar->setValue(0);
    m_ui->searchPanel->setSearch(&m_search);
    connect(m_ui->importButton, &QPushButton::clicked, this, &DirectoryAdminView::chooseFiles);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DirectoryAdminView::cancelImport);
    connect(m_runner, &DirectoryImportRunner::progressed, this, &DirectoryAdminView::showProgress);
    connect(m_runner, &DirectoryImportRunner::finished, this, &DirectoryAdminView::importDone);
    if (m_readOnly)
        m_ui->importButton->setToolTip(tr("L'import de l'Annuaire Santé est réservé aux administrateurs."));
    refreshStatus();
    updateButtons();
}

DirectoryAdminView::~DirectoryAdminView() = default;

QProgressBar *DirectoryAdminView::progressBar() const { return m_ui->progressBar; }
QPushButton *DirectoryAdminView::importButton() const { return m_ui->importButton; }
QPushButton *DirectoryAdminView::cancelButton() const { return m_ui->cancelButton; }
DirectorySearchPanel *DirectoryAdminView::searchPanel() const { return m_ui->searchPanel; }
bool DirectoryAdminView::importRunning() const { return m_runner->running(); }
void DirectoryAdminView::setBatchSize(int rows) { m_runner->setBatchSize(rows); }

QString DirectoryAdminView::statusText() const
{
    return m_ui->statusLabel->text();
}

QString DirectoryAdminView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool DirectoryAdminView::refreshStatus()
{
    auto status = m_search.status();
    if (!status) {
        m_ui->statusLabel->setText(status.error().message);
        return false;
    }
    m_activeSummary.clear();
    if (!*status) {
        m_ui->statusLabel->setText(tr("Aucun annuaire importé : les RPPS des correspondants et des utilisateurs ne "
                                      "peuvent pas être vérifiés. Importez le fichier PS_LibreAcces_Personne_activite "
                                      "publié par l'Annuaire Santé."));
        return true;
    }
    const domain::DirectoryGeneration &g = **status;
    m_activeSummary = tr("extraction du %1, %2 professionnels")
                          .arg(DirectoryContact::extractionDate(g).toString(QStringLiteral("dd/MM/yyyy")),
                               frenchNumber(g.professionalCount));
    const QDateTime at = g.finishedAt.isValid() ? g.finishedAt.toLocalTime() : g.startedAt.toLocalTime();
    m_ui->statusLabel->setText(
        tr("Extraction du %1, importée le %2 par %3 : %4 professionnels, %5 activités.\nFichiers : %6")
            .arg(DirectoryContact::extractionDate(g).toString(QStringLiteral("dd/MM/yyyy")),
                 at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), g.importedBy, frenchNumber(g.professionalCount),
                 frenchNumber(g.rowCount), g.fileNames.join(QStringLiteral(", "))));
    return true;
}

void DirectoryAdminView::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Fichiers d'extraction de l'Annuaire Santé"), QString(),
        tr("Extractions de l'Annuaire Santé (*.txt *.csv);;Tous les fichiers (*)"));
    if (!paths.isEmpty())
        startImport(paths);
}

bool DirectoryAdminView::startImport(const QStringList &paths)
{
    if (m_readOnly || m_runner->running() || paths.isEmpty())
        return false;
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->setText(tr("Lecture des en-têtes…"));
    m_ui->progressLabel->show();
    m_ui->messageLabel->hide();
    if (!m_runner->start(paths))
        return false;
    updateButtons();
    return true;
}

void DirectoryAdminView::cancelImport()
{
    if (!m_runner->running())
        return;
    m_runner->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Annulation en cours (fin du lot en cours)…"));
}

void DirectoryAdminView::showProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes, const QString &file)
{
    const int percent = totalBytes > 0 ? int(std::min<qint64>(100, bytesRead * 100 / totalBytes)) : 0;
    m_ui->progressBar->setValue(percent);
    if (m_ui->cancelButton->isEnabled())
        m_ui->progressLabel->setText(tr("%1 : %2 lignes chargées.").arg(file, frenchNumber(rows)));
}

void DirectoryAdminView::importDone()
{
    const auto &result = m_runner->result();
    m_ui->progressLabel->hide();
    const bool ok = result && result->has_value();
    if (ok) {
        const auto &summary = **result;
        m_ui->progressBar->setValue(100);
        showMessage(tr("Annuaire importé : %1 activités de %2 professionnels en %3 s. Il est en service sur tous "
                       "les postes.")
                        .arg(frenchNumber(summary.generation.rowCount), frenchNumber(summary.generation.professionalCount),
                             QLocale(QLocale::French, QLocale::France)
                                 .toString(double(summary.milliseconds) / 1000.0, 'f', 1)),
                    false);
    } else {
        m_ui->progressBar->setValue(0);
        const QString why = result ? errorWithPlace(result->error()) : tr("Import interrompu.");
        refreshStatus();
        showMessage(why + QLatin1Char('\n')
                        + (m_activeSummary.isEmpty()
                               ? tr("Aucun annuaire n'est en service.")
                               : tr("L'annuaire précédent reste en service (%1).").arg(m_activeSummary)),
                    true);
    }
    refreshStatus();
    updateButtons();
    emit importFinished(ok);
}

void DirectoryAdminView::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void DirectoryAdminView::updateButtons()
{
    const bool running = m_runner->running();
    m_ui->importButton->setEnabled(!m_readOnly && !running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->progressBar->setEnabled(running || m_ui->progressBar->value() > 0);
}

} // namespace sgl::app
