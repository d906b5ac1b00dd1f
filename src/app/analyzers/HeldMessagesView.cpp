#include "app/analyzers/HeldMessagesView.h"

#include "app/analyzers/AnalyzerServices.h"
#include "app/analyzers/HeldItemListModel.h"
#include "app/analyzers/ReasonDialog.h"
#include "workflow/analyzers/HeldResults.h"

#include <algorithm>

#include <QComboBox>
#include <QShowEvent>
#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace sgl::app {

using workflow::analyzers::HeldItem;
using workflow::analyzers::HeldState;

namespace {

/** How often the badge is recounted: new held items arrive from the gateway at any time. */
constexpr int kBadgeRefreshMs = 60'000;

/** The message as text, one record or segment per line, control characters made visible. */
QStringList rawLines(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(raw);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        QString shown;
        for (QChar c : line)
            shown += c.unicode() < 0x20 ? QStringLiteral("<%1>").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c);
        line = shown;
    }
    return lines;
}

bool isResultLine(const QString &line)
{
    static const QRegularExpression result(QStringLiteral("^(\\d?R|OBX)\\W"));
    return result.match(line).hasMatch();
}

} // namespace

HeldMessagesView::HeldMessagesView(std::unique_ptr<AnalyzerServices> services, domain::UserSession session,
                                   bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_services(std::move(services)),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_model(new HeldItemListModel(this)),
      m_filter(new QComboBox(this)),
      m_table(new QTableView(this)),
      m_raw(new QPlainTextEdit(this)),
      m_rawTitle(new QLabel(tr("Message brut"), this)),
      m_message(new QLabel(this)),
      m_attach(new QPushButton(tr("&Rattacher…"), this)),
      m_reject(new QPushButton(tr("Re&jeter…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Messages en attente"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);

    auto *actions = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Afficher :"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("heldFilter"));
    m_filter->addItem(tr("En attente"));
    m_filter->addItem(tr("Tous (y compris traités)"));
    actions->addWidget(filterLabel);
    actions->addWidget(m_filter);
    actions->addSpacing(16);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    actions->addWidget(m_attach);
    actions->addWidget(m_reject);
    actions->addStretch();
    auto *refresh = new QPushButton(tr("Ac&tualiser"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    actions->addWidget(refresh);
    layout->addLayout(actions);

    m_message->setObjectName(QStringLiteral("infoBanner"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table->setObjectName(QStringLiteral("heldTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The reason takes what is left (its tooltip has it all): no horizontal scrolling at 1366 px.
    m_table->horizontalHeader()->setSectionResizeMode(HeldItemListModel::Reason, QHeaderView::Stretch);
    m_table->setColumnHidden(HeldItemListModel::State, true);
    splitter->addWidget(m_table);

    auto *rawPanel = new QWidget(splitter);
    auto *rawLayout = new QVBoxLayout(rawPanel);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawTitle->setObjectName(QStringLiteral("rawTitle"));
    m_rawTitle->setWordWrap(true);
    rawLayout->addWidget(m_rawTitle);
    m_raw->setObjectName(QStringLiteral("rawMessage"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rawLayout->addWidget(m_raw);
    splitter->addWidget(rawPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(refresh, &QPushButton::clicked, this, &HeldMessagesView::reload);
    connect(m_attach, &QPushButton::clicked, this, &HeldMessagesView::openAttachDialog);
    connect(m_reject, &QPushButton::clicked, this, &HeldMessagesView::openRejectDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    auto *timer = new QTimer(this);
    timer->setInterval(kBadgeRefreshMs);
    connect(timer, &QTimer::timeout, this, &HeldMessagesView::refreshBadge);
    timer->start();
    reload();
}

HeldMessagesView::~HeldMessagesView() = default;

void HeldMessagesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

QString HeldMessagesView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString HeldMessagesView::rawText() const
{
    return m_raw->toPlainText();
}

void HeldMessagesView::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoBanner"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool HeldMessagesView::reload()
{
    const qint64 keep = selectedItem() ? selectedItem()->id : 0;
    auto items = m_services->held().list(m_filter->currentIndex() == 1);
    if (!items) {
        m_model->setItems({});
        showSelected();
        updateButtons();
        showMessage(items.error().message, true);
        return false;
    }
    m_model->setItems(std::move(*items));
    m_table->setColumnHidden(HeldItemListModel::State, m_filter->currentIndex() != 1);
    if (keep == 0 || !selectItem(keep))
        showSelected();
    updateButtons();
    refreshBadge();
    return true;
}

void HeldMessagesView::refreshBadge()
{
    auto count = m_services->held().openCount();
    const int value = count ? static_cast<int>(*count) : -1;
    if (value != m_badge) {
        m_badge = value;
        emit badgeChanged(value);
    }
}

void HeldMessagesView::setShowResolved(bool all)
{
    m_filter->setCurrentIndex(all ? 1 : 0);
}

bool HeldMessagesView::selectItem(qint64 heldId)
{
    const int row = m_model->rowOf(heldId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    showSelected();
    return true;
}

const HeldItem *HeldMessagesView::selectedItem() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

void HeldMessagesView::updateButtons()
{
    const HeldItem *item = selectedItem();
    const bool actionable = !m_readOnly && item && item->state == HeldState::Open;
    m_attach->setEnabled(actionable);
    m_reject->setEnabled(actionable);
}

int HeldMessagesView::offendingLine(const QStringList &lines, const HeldItem &item)
{
    if (!item.testCode.isEmpty()) {
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (isResultLine(line) && line.contains(item.testCode)
                && (item.valueText.isEmpty() || line.contains(item.valueText)))
                return i;
        }
    }
    // SourcePosition::toString(): "message 1, R 4" — the number after the unit type is the
    // record's (segment's) place in the message.
    static const QRegularExpression record(QStringLiteral(",\\s*[A-Za-z][A-Za-z0-9 ]*?\\s(\\d+)\\s*$"));
    if (const auto match = record.match(item.location); match.hasMatch()) {
        const int index = match.captured(1).toInt() - 1;
        if (index >= 0 && index < lines.size())
            return index;
    }
    // The value may have been normalised (decimal comma read as a point): the code alone, on a
    // result line first.
    for (bool resultOnly : {true, false}) {
        for (int i = 0; !item.testCode.isEmpty() && i < lines.size(); ++i) {
            if ((!resultOnly || isResultLine(lines.at(i))) && lines.at(i).contains(item.testCode))
                return i;
        }
    }
    return -1;
}

void HeldMessagesView::showSelected()
{
    m_highlighted.clear();
    m_raw->setExtraSelections({});
    const HeldItem *item = selectedItem();
    if (!item) {
        m_rawTitle->setText(tr("Message brut"));
        m_raw->clear();
        return;
    }
    m_rawTitle->setText(tr("Message brut n° %1 — %2").arg(item->messageId).arg(item->location.isEmpty()
                                                                                   ? item->reasonText
                                                                                   : item->location));
    auto raw = m_services->held().rawMessage(item->id);
    if (!raw) {
        m_raw->setPlainText(raw.error().message);
        return;
    }
    const QStringList lines = rawLines(*raw);
    m_raw->setPlainText(lines.join(QLatin1Char('\n')));
    const int line = offendingLine(lines, *item);
    if (line < 0)
        return;
    m_highlighted = lines.at(line);
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(QColor(0xff, 0xe0, 0x8a));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = QTextCursor(m_raw->document()->findBlockByNumber(line));
    m_raw->setExtraSelections({selection});
    m_raw->setTextCursor(selection.cursor);
    m_raw->centerCursor();
}

bool HeldMessagesView::attachSelected(const AttachChoice &choice)
{
    const HeldItem *item = selectedItem();
    if (!item || m_readOnly)
        return false;
    const qint64 id = item->id;
    auto done = m_services->held().attach(id, item->version, choice.barcode, choice.analysisCode, choice.saveMapping,
                                          choice.reason);
    if (!done) {
        showMessage(done.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Résultat rattaché : %1.").arg(done->resolution), false);
    return true;
}

bool HeldMessagesView::rejectSelected(const QString &reason)
{
    const HeldItem *item = selectedItem();
    if (!item || m_readOnly)
        return false;
    auto done = m_services->held().reject(item->id, item->version, reason);
    if (!done) {
        showMessage(done.error().message, true);
        return false;
    }
    const QString what = tr("%1 / %2").arg(done->specimenId, done->testCode);
    reload();
    showMessage(tr("Résultat rejeté (%1).").arg(what), false);
    return true;
}

void HeldMessagesView::openAttachDialog()
{
    const HeldItem *item = selectedItem();
    if (!item || m_readOnly)
        return;
    auto analyses = m_services->analyses();
    const HeldItem copy = *item;
    AttachHeldDialog dialog(copy, analyses.value_or(QList<AnalysisChoice>{}),
                            [this, copy](const AttachChoice &choice) -> domain::Status {
                                auto done = m_services->held().attach(copy.id, copy.version, choice.barcode,
                                                                      choice.analysisCode, choice.saveMapping,
                                                                      choice.reason);
                                if (!done)
                                    return std::unexpected(done.error());
                                return {};
                            },
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Résultat rattaché au tube %1.").arg(dialog.choice().barcode), false);
}

void HeldMessagesView::openRejectDialog()
{
    const HeldItem *item = selectedItem();
    if (!item || m_readOnly)
        return;
    const HeldItem copy = *item;
    ReasonDialog dialog(tr("Rejeter un résultat en attente"),
                        tr("Le résultat %1 du tube %2 (automate %3) ne sera pas enregistré. "
                           "Le message brut reste conservé.")
                            .arg(copy.testCode, copy.specimenId, copy.profileName),
                        [this, copy](const QString &reason) -> domain::Status {
                            auto done = m_services->held().reject(copy.id, copy.version, reason);
                            if (!done)
                                return std::unexpected(done.error());
                            return {};
                        },
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Résultat rejeté (%1 / %2).").arg(copy.specimenId, copy.testCode), false);
}

} // namespace sgl::app
