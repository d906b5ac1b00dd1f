#include "app/dispatch/ReceivedMessagesPane.h"

#include "app/analyzers/ReasonDialog.h"
#include "app/dispatch/ReceivedMessageModel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

using workflow::dispatch::ReceivedMessageView;

ReceivedMessagesPane::ReceivedMessagesPane(std::unique_ptr<workflow::dispatch::ReceivedMessages> messages,
                                           bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_messages(std::move(messages)),
      m_readOnly(readOnly),
      m_model(new ReceivedMessageModel(this)),
      m_banner(new QLabel(this)),
      m_details(new QLabel(this)),
      m_showHandled(new QCheckBox(tr("Afficher les messages traités"), this)),
      m_save(new QPushButton(tr("Enregistrer le message…"), this)),
      m_handle(new QPushButton(tr("Marquer traité…"), this)),
      m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Messages reçus sur la boîte MSSanté du laboratoire que la lecture "
                                      "automatique n'a pas pu traiter : à examiner par un humain."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showHandled);
    actions->addStretch(1);
    actions->addWidget(m_save);
    actions->addWidget(m_handle);
    layout->addLayout(actions);
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    m_details->setObjectName(QStringLiteral("receivedDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);

    m_showHandled->setObjectName(QStringLiteral("showHandledCheck"));
    m_save->setObjectName(QStringLiteral("saveReceivedButton"));
    m_handle->setObjectName(QStringLiteral("handleReceivedButton"));
    m_table->setObjectName(QStringLiteral("receivedTable"));
    m_save->setToolTip(tr("Enregistrer le message sélectionné (fichier .eml) pour le lire dans un logiciel de messagerie"));
    m_handle->setToolTip(tr("Marquer le message sélectionné comme traité, avec une note obligatoire"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // No horizontal scrolling at 1366 px: the subject and the reason share the width left.
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReceivedMessageModel::Sender, QHeaderView::Interactive);
    header->resizeSection(ReceivedMessageModel::Sender, 220);
    header->setSectionResizeMode(ReceivedMessageModel::Subject, QHeaderView::Stretch);
    header->setSectionResizeMode(ReceivedMessageModel::Reason, QHeaderView::Stretch);

    connect(m_showHandled, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_save, &QPushButton::clicked, this, &ReceivedMessagesPane::saveSelected);
    connect(m_handle, &QPushButton::clicked, this, &ReceivedMessagesPane::markSelectedHandled);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateActions(); });
    updateActions();
}

ReceivedMessagesPane::~ReceivedMessagesPane() = default;

QString ReceivedMessagesPane::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReceivedMessagesPane::showMessage(const QString &text, bool error)
{
    m_banner->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

const ReceivedMessageView *ReceivedMessagesPane::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

bool ReceivedMessagesPane::reload()
{
    const ReceivedMessageView *row = selected();
    const qint64 keepId = row ? row->message.id : 0;
    auto listed = m_messages->list(m_showHandled->isChecked());
    if (!listed) {
        m_model->setRows({});
        showMessage(listed.error().message, true);
        updateActions();
        return false;
    }
    int open = 0;
    for (const ReceivedMessageView &v : std::as_const(*listed))
        open += v.message.handled ? 0 : 1;
    m_model->setRows(std::move(*listed));
    if (const int at = keepId ? m_model->indexOfId(keepId) : -1; at >= 0)
        selectRow(at);
    if (m_banner->objectName() == QLatin1String("errorLabel"))
        showMessage(QString(), false);
    updateActions();
    m_openCount = open;
    emit openCountChanged(open);
    return true;
}

void ReceivedMessagesPane::setShowHandled(bool show)
{
    m_showHandled->setChecked(show); // lists again when it changes
}

void ReceivedMessagesPane::selectRow(int row)
{
    if (!m_model->rowAt(row))
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReceivedMessagesPane::updateActions()
{
    const ReceivedMessageView *row = selected();
    m_save->setEnabled(row != nullptr);
    m_handle->setVisible(!m_readOnly);
    m_handle->setEnabled(!m_readOnly && row && !row->message.handled);
    QString details;
    if (row) {
        details = tr("Motif : %1").arg(row->message.reason);
        if (row->message.handled)
            details += QLatin1Char('\n')
                       + tr("Traité par %1 le %2 : %3")
                             .arg(row->message.handledBy,
                                  row->message.handledAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                  row->message.handlingNote);
    }
    m_details->setText(details);
    m_details->setVisible(row != nullptr);
}

bool ReceivedMessagesPane::saveSelectedTo(const QString &path)
{
    const ReceivedMessageView *row = selected();
    if (!row || path.isEmpty())
        return false;
    auto raw = m_messages->rawMessage(row->message.id);
    if (!raw) {
        showMessage(raw.error().message, true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*raw) != raw->size() || !file.commit()) {
        showMessage(tr("Le message n'a pas pu être enregistré dans %1 : %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    showMessage(row->truncated ? tr("Message enregistré dans %1 (tronqué : seuls les 10 premiers Mo sont conservés).")
                                     .arg(QDir::toNativeSeparators(path))
                               : tr("Message enregistré dans %1.").arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void ReceivedMessagesPane::saveSelected()
{
    const ReceivedMessageView *row = selected();
    if (!row)
        return;
    const QString suggested = QDir::home().filePath(workflow::dispatch::ReceivedMessages::suggestedFileName(row->message));
    const QString path = QFileDialog::getSaveFileName(this, tr("Enregistrer le message reçu"), suggested,
                                                      tr("Message électronique (*.eml)"));
    if (!path.isEmpty())
        saveSelectedTo(path);
}

void ReceivedMessagesPane::markSelectedHandled()
{
    const ReceivedMessageView *row = selected();
    if (!row || m_readOnly || row->message.handled)
        return;
    const ReceivedMessageView copy = *row;
    ReasonDialog dialog(tr("Marquer le message traité"),
                        tr("Message de %1 reçu le %2 (« %3 »). Indiquez ce qui en a été fait "
                           "(compte rendu saisi, expéditeur rappelé, message transmis…).")
                            .arg(copy.message.sender,
                                 copy.message.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                 copy.message.subject),
                        [this, copy](const QString &note) -> domain::Status {
                            auto done = m_messages->markHandled(copy.message.id, copy.message.version, note);
                            if (!done)
                                return std::unexpected(done.error());
                            return {};
                        },
                        this);
    dialog.setObjectName(QStringLiteral("handleReceivedDialog"));
    if (dialog.exec() != QDialog::Accepted) {
        reload(); // a refusal for a stale version: show the message as it is now
        return;
    }
    reload();
    showMessage(tr("Message de %1 marqué traité.").arg(copy.message.sender), false);
}

} // namespace sgl::app
