#include "app/dispatch/DispatchView.h"

#include "app/analyzers/ReasonDialog.h"
#include "app/dispatch/DispatchAttemptModel.h"
#include "app/dispatch/DispatchListModel.h"
#include "app/dispatch/InAppDispatcher.h"
#include "app/dispatch/ReceivedMessagesPane.h"
#include "ui_DispatchView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QShortcut>
#include <QShowEvent>
#include <QStyle>

#include <initializer_list>

namespace sgl::app {

using workflow::dispatch::DispatchListFilter;
using workflow::dispatch::DispatchRowView;

namespace {
/**
 * No horizontal scrolling at 1366 px: short columns fit their contents, the `stretched` ones
 * share the rest and are elided (full text in the tooltip).
 */
void fitColumns(QTableView *table, std::initializer_list<int> stretched)
{
    table->verticalHeader()->hide();
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : stretched)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

QShortcut *shortcut(QKeySequence keys, QWidget *owner)
{
    auto *s = new QShortcut(keys, owner);
    s->setContext(Qt::WidgetWithChildrenShortcut); // only while this screen is shown
    return s;
}
} // namespace

DispatchView::DispatchView(std::unique_ptr<workflow::dispatch::DispatchActions> actions, bool readOnly,
                           QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::DispatchView>()),
      m_actions(std::move(actions)),
      m_readOnly(readOnly),
      m_rows(new DispatchListModel(this)),
      m_attempts(new DispatchAttemptModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->messageLabel->hide();
    setDispatcher(nullptr);

    m_ui->stateCombo->addItem(tr("Tous les états"), -1);
    for (domain::DispatchState state : domain::allDispatchStates())
        m_ui->stateCombo->addItem(domain::dispatchStateLabel(state), static_cast<int>(state));
    m_ui->channelCombo->addItem(tr("Tous les canaux"), -1);
    for (domain::Channel channel : domain::allChannels())
        m_ui->channelCombo->addItem(domain::channelLabel(channel), static_cast<int>(channel));
    m_ui->stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->dossierEdit->setMaximumWidth(220);

    m_ui->rowsTable->setModel(m_rows);
    m_ui->attemptsTable->setModel(m_attempts);
    // The recipient (a long MSSanté address) and the error share the width left.
    fitColumns(m_ui->rowsTable, {DispatchListModel::Recipient, DispatchListModel::LastError});
    fitColumns(m_ui->attemptsTable, {DispatchAttemptModel::Error});
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->refreshButton->setToolTip(tr("Relire les envois avec les filtres (F5)"));
    m_ui->retryButton->setToolTip(tr("Relancer l'envoi sélectionné maintenant (Ctrl+R)"));
    m_ui->cancelButton->setToolTip(tr("Annuler l'envoi sélectionné, avec un motif obligatoire (Ctrl+Suppr)"));
    m_ui->dossierEdit->setToolTip(tr("Filtre sur le numéro de dossier (Ctrl+F)"));
    connect(shortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this, &DispatchView::reload);
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this), &QShortcut::activated, this,
            [this] { if (m_ui->retryButton->isEnabled()) retrySelected(); });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this), &QShortcut::activated, this,
            [this] { if (m_ui->cancelButton->isEnabled()) cancelSelected(); });
    connect(shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this), &QShortcut::activated, this, [this] {
        m_ui->dossierEdit->setFocus();
        m_ui->dossierEdit->selectAll();
    });

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DispatchView::reload);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &DispatchView::retrySelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DispatchView::cancelSelected);
    connect(m_ui->retryAllButton, &QPushButton::clicked, this, [this] { retryAll(); });
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &DispatchView::reload);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, &DispatchView::reload);
    // The dossier filter works on the rows already listed: typing does not query (nor audit) again.
    connect(m_ui->dossierEdit, &QLineEdit::textChanged, this, [this] {
        const DispatchRowView *row = m_rows->rowAt(currentRow());
        applyDossierFilter(row ? row->entry.id : 0);
    });
    connect(m_ui->rowsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                loadAttempts();
                updateActions();
            });
    updateActions();
    reload();
}

DispatchView::~DispatchView() = default;

void DispatchView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return; // the window coming back from minimised: nothing new was asked
    if (m_shown)
        reload();
    m_shown = true;
}

QString DispatchView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void DispatchView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    // Selectors match on the object name: polish again so the new colours apply.
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

int DispatchView::currentRow() const
{
    const QModelIndex current = m_ui->rowsTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool DispatchView::reload()
{
    if (m_received)
        m_received->reload();
    const DispatchRowView *selected = m_rows->rowAt(currentRow());
    const qint64 keepId = selected ? selected->entry.id : 0;
    DispatchListFilter filter;
    if (const int state = m_ui->stateCombo->currentData().toInt(); state >= 0)
        filter.state = static_cast<domain::DispatchState>(state);
    if (const int channel = m_ui->channelCombo->currentData().toInt(); channel >= 0)
        filter.channel = static_cast<domain::Channel>(channel);
    auto listed = m_actions->list(filter);
    if (!listed) {
        m_listed.clear();
        applyDossierFilter(0);
        showMessage(listed.error().message, true);
        return false;
    }
    m_listed = std::move(*listed);
    applyDossierFilter(keepId);
    if (m_ui->messageLabel->objectName() == QLatin1String("errorLabel"))
        showMessage(QString(), false);
    return true;
}

void DispatchView::applyDossierFilter(qint64 keepId)
{
    const QString wanted = m_ui->dossierEdit->text().trimmed();
    QList<DispatchRowView> shown;
    for (const DispatchRowView &row : std::as_const(m_listed)) {
        if (wanted.isEmpty() || row.dossierNumber.contains(wanted, Qt::CaseInsensitive))
            shown.append(row);
    }
    m_rows->setRows(std::move(shown));
    m_attempts->setAttempts({});
    const int at = keepId ? m_rows->indexOfId(keepId) : -1;
    if (at >= 0)
        selectRow(at);
    updateActions();
}

void DispatchView::selectRow(int row)
{
    if (!m_rows->rowAt(row))
        return;
    m_ui->rowsTable->selectionModel()->setCurrentIndex(
        m_rows->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DispatchView::loadAttempts()
{
    const DispatchRowView *row = m_rows->rowAt(currentRow());
    if (!row) {
        m_attempts->setAttempts({});
        return;
    }
    auto attempts = m_actions->attempts(row->entry.id);
    if (!attempts) {
        m_attempts->setAttempts({});
        showMessage(attempts.error().message, true);
        return;
    }
    m_attempts->setAttempts(std::move(*attempts));
}

void DispatchView::updateActions()
{
    const DispatchRowView *row = m_rows->rowAt(currentRow());
    m_ui->retryButton->setEnabled(!m_readOnly && row && row->canRetry);
    m_ui->cancelButton->setEnabled(!m_readOnly && row && row->canCancel);
    m_ui->retryAllButton->setVisible(!m_readOnly);
    m_ui->retryAllButton->setEnabled(!m_readOnly && !bulkRetryRows().isEmpty());
}

QList<std::pair<qint64, int>> DispatchView::bulkRetryRows() const
{
    QList<std::pair<qint64, int>> out;
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        const DispatchRowView *row = m_rows->rowAt(r);
        if (row && (row->entry.state == domain::DispatchState::Failed || row->entry.state == domain::DispatchState::Parked))
            out.append({row->entry.id, row->entry.version});
    }
    return out;
}

bool DispatchView::retryAll(bool confirm)
{
    const auto rows = bulkRetryRows();
    if (m_readOnly || rows.isEmpty())
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Relancer les envois à reprendre"),
                                 tr("Relancer maintenant %n envoi(s) en échec ou à reprendre ?", nullptr,
                                    static_cast<int>(rows.size())))
               != QMessageBox::Yes)
        return false;
    QProgressDialog progress(tr("Relance des envois…"), tr("Arrêter"), 0, static_cast<int>(rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto done = m_actions->retryMany(rows, [&progress](int n, int) {
        progress.setValue(n);
        return !progress.wasCanceled();
    });
    reload();
    if (!done) {
        showMessage(done.error().message, true);
        return false;
    }
    QString text = tr("%n envoi(s) relancé(s).", nullptr, done->retried);
    if (done->interrupted)
        text += QLatin1Char(' ') + tr("Relance arrêtée avant la fin.");
    if (!done->refused.isEmpty())
        text += QLatin1Char(' ') + tr("Refusés : %1").arg(done->refused.join(QStringLiteral(" ; ")));
    showMessage(text, !done->refused.isEmpty());
    return done->retried > 0;
}

bool DispatchView::retrySelected()
{
    const DispatchRowView *row = m_rows->rowAt(currentRow());
    if (!row || m_readOnly)
        return false;
    const DispatchRowView copy = *row;
    auto done = m_actions->retryNow(copy.entry.id, copy.entry.version);
    if (!done) {
        reload(); // a concurrent change (storage.conflict): show the row as it is now
        showMessage(done.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Envoi relancé : dossier %1, %2, %3.")
                    .arg(copy.dossierNumber, domain::channelLabel(copy.entry.channel), copy.entry.recipient),
                false);
    return true;
}

void DispatchView::cancelSelected()
{
    const DispatchRowView *row = m_rows->rowAt(currentRow());
    if (!row || m_readOnly)
        return;
    const DispatchRowView copy = *row;
    ReasonDialog dialog(tr("Annuler l'envoi"),
                        tr("L'envoi du document %1 du dossier %2 par %3 à %4 ne sera pas fait. "
                           "Il pourra être relancé plus tard.")
                            .arg(DispatchListModel::documentLabel(copy), copy.dossierNumber,
                                 domain::channelLabel(copy.entry.channel), copy.entry.recipient),
                        [this, copy](const QString &reason) -> domain::Status {
                            auto done = m_actions->cancel(copy.entry.id, copy.entry.version, reason);
                            if (!done)
                                return std::unexpected(done.error());
                            return {};
                        },
                        this);
    dialog.setObjectName(QStringLiteral("cancelDispatchDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Envoi annulé : dossier %1, %2, %3.")
                    .arg(copy.dossierNumber, domain::channelLabel(copy.entry.channel), copy.entry.recipient),
                false);
}

void DispatchView::setDispatcher(InAppDispatcher *dispatcher)
{
    if (!dispatcher) {
        m_ui->dispatcherLabel->setText(tr("Ce poste n'envoie pas les comptes rendus (réglage du poste) : "
                                          "un autre poste ou le service sgl dispatch s'en charge."));
        return;
    }
    m_ui->dispatcherLabel->setText(dispatcher->statusText());
    // After an attempt of this workstation, list again (a visible screen only: showEvent
    // lists again anyway when it is shown).
    connect(dispatcher, &InAppDispatcher::attemptRecorded, this, [this, dispatcher] {
        m_ui->dispatcherLabel->setText(dispatcher->statusText());
        if (isVisible())
            reload();
    });
    connect(dispatcher, &InAppDispatcher::errorOccurred, this,
            [this, dispatcher] { m_ui->dispatcherLabel->setText(dispatcher->statusText()); });
}

void DispatchView::setReceivedMessages(std::unique_ptr<workflow::dispatch::ReceivedMessages> messages)
{
    if (m_received || !messages)
        return;
    m_received = new ReceivedMessagesPane(std::move(messages), m_readOnly, m_ui->tabs);
    m_received->setObjectName(QStringLiteral("receivedMessagesPane"));
    const int tab = m_ui->tabs->addTab(m_received, tr("Messages reçus"));
    connect(m_received, &ReceivedMessagesPane::openCountChanged, this, [this, tab](int open) {
        m_ui->tabs->setTabText(tab, open > 0 ? tr("Messages reçus (%1)").arg(open) : tr("Messages reçus"));
    });
    m_received->reload();
}

QString DispatchView::tabTitle(int index) const
{
    return m_ui->tabs->tabText(index);
}

QString DispatchView::dispatcherText() const
{
    return m_ui->dispatcherLabel->text();
}

} // namespace sgl::app
