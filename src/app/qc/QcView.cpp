#include "app/qc/QcView.h"

#include "app/qc/LeveyJenningsChart.h"
#include "app/qc/QcEntryDialog.h"
#include "app/qc/QcLotDialog.h"
#include "app/qc/QcLotListModel.h"
#include "app/qc/QcReviewDialog.h"
#include "app/qc/QcRulesDialog.h"
#include "app/qc/QcServices.h"
#include "workflow/qc/QcQueries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

QcView::QcView(std::unique_ptr<QcServices> services, const domain::UserSession &, bool readOnly, QWidget *parent)
    : QWidget(parent), m_services(std::move(services)), m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("qcView"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Contrôle qualité"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("qcStatus"));
    m_status->setWordWrap(true); // the pending-review sentence is long at 1366 px
    top->addWidget(m_status, 1);
    m_entry = new QPushButton(tr("Saisir un contrôle…"), this);
    m_entry->setObjectName(QStringLiteral("qcEntry"));
    m_newLot = new QPushButton(tr("Nouveau lot…"), this);
    m_editLot = new QPushButton(tr("Modifier le lot…"), this);
    m_rules = new QPushButton(tr("Règles de Westgard…"), this);
    m_rules->setObjectName(QStringLiteral("qcRules"));
    auto *reload = new QPushButton(tr("Actualiser"), this);
    for (QPushButton *b : {m_entry, m_newLot, m_editLot, m_rules, reload})
        top->addWidget(b);
    layout->addLayout(top);

    auto *pendingBox = new QHBoxLayout;
    m_pending = new QListWidget(this);
    m_pending->setObjectName(QStringLiteral("qcPendingReviews"));
    m_pending->setMaximumHeight(90);
    pendingBox->addWidget(m_pending, 1);
    m_review = new QPushButton(tr("Revoir…"), this);
    m_review->setObjectName(QStringLiteral("qcReview"));
    pendingBox->addWidget(m_review, 0, Qt::AlignTop);
    layout->addLayout(pendingBox);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_lots = new QcLotListModel(this);
    m_lotTable = new QTableView(split);
    m_lotTable->setObjectName(QStringLiteral("qcLots"));
    m_lotTable->setModel(m_lots);
    m_lotTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lotTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // Columns share the pane's width (long names elided, full text in tooltips): no horizontal scrolling.
    m_lotTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lotTable->verticalHeader()->hide();
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new LeveyJenningsChart(right);
    rightLayout->addWidget(m_chart, 3);
    m_runs = new QcRunListModel(this);
    m_runTable = new QTableView(right);
    m_runTable->setObjectName(QStringLiteral("qcRuns"));
    m_runTable->setModel(m_runs);
    m_runTable->horizontalHeader()->setStretchLastSection(true);
    m_runTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents); // the whole date
    m_runTable->verticalHeader()->hide();
    rightLayout->addWidget(m_runTable, 2);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    for (QPushButton *b : {m_entry, m_newLot, m_editLot, m_review})
        b->setEnabled(!m_readOnly);
    connect(reload, &QPushButton::clicked, this, &QcView::refresh);
    connect(m_review, &QPushButton::clicked, this, &QcView::openReview);
    connect(m_rules, &QPushButton::clicked, this, &QcView::openRules);
    connect(m_entry, &QPushButton::clicked, this, &QcView::openEntry);
    connect(m_newLot, &QPushButton::clicked, this, [this] { openLot(false); });
    connect(m_editLot, &QPushButton::clicked, this, [this] { openLot(true); });
    connect(m_lotTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QcView::lotSelected);
    connect(m_pending, &QListWidget::itemDoubleClicked, this, &QcView::openReview);
    refresh();
}

QcView::~QcView() = default;

int QcView::pendingReviewCount() const
{
    return m_pending->count();
}

void QcView::refresh()
{
    const qint64 current = [this] {
        const auto *v = m_lots->lotAt(m_lotTable->currentIndex().row());
        return v ? v->lot.id : qint64(0);
    }();
    auto lots = m_services->queries().lots();
    m_lots->setLots(lots ? *lots : QList<workflow::qc::QcLotView>{});
    auto pending = m_services->queries().pendingReviews();
    m_pending->clear();
    if (pending)
        for (const auto &p : *pending) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2 résultat(s) retenu(s)").arg(p.run.holdReason).arg(p.holds.size()), m_pending);
            item->setData(Qt::UserRole, p.run.id);
            item->setData(Qt::UserRole + 1, p.run.analysisCode);
            item->setData(Qt::UserRole + 2, p.run.lotId);
            item->setForeground(Qt::red);
        }
    const QString error = !lots ? lots.error().message : !pending ? pending.error().message : QString();
    m_status->setText(!error.isEmpty() ? error
                      : m_pending->count() == 0
                          ? tr("Aucun contrôle rejeté en attente de revue.")
                          : tr("%1 contrôle(s) rejeté(s) en attente de revue : les résultats patients "
                               "concernés sont retenus.")
                                .arg(m_pending->count()));
    m_review->setEnabled(!m_readOnly && m_pending->count() > 0);
    if (m_pending->count() > 0)
        m_pending->setCurrentRow(0);
    if (current != 0)
        showLot(current);
    else if (m_lots->rowCount() > 0)
        m_lotTable->selectRow(0);
    emit pendingChanged(m_pending->count());
}

void QcView::showLot(qint64 lotId)
{
    for (int row = 0; row < m_lots->rowCount(); ++row)
        if (m_lots->lotAt(row)->lot.id == lotId) {
            m_lotTable->selectRow(row);
            lotSelected();
            return;
        }
}

void QcView::lotSelected()
{
    const auto *v = m_lots->lotAt(m_lotTable->currentIndex().row());
    if (!v) {
        m_chart->clear();
        m_runs->setRuns({});
        return;
    }
    auto lot = m_services->queries().lot(v->lot.id);
    if (!lot) {
        m_status->setText(lot.error().message);
        return;
    }
    m_chart->setLot(*lot);
    m_runs->setRuns(lot->runs);
}

void QcView::openReview()
{
    auto *item = m_pending->currentItem();
    if (!item || m_readOnly)
        return;
    auto pending = m_services->queries().review(item->data(Qt::UserRole).toLongLong());
    if (!pending) {
        m_status->setText(pending.error().message);
        return;
    }
    QcReviewDialog dialog(*m_services, *pending, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void QcView::openEntry()
{
    auto lots = m_services->queries().lots();
    if (!lots) {
        m_status->setText(lots.error().message);
        return;
    }
    QcEntryDialog dialog(*m_services, *lots, this);
    if (const auto *v = m_lots->lotAt(m_lotTable->currentIndex().row()))
        dialog.selectLot(v->lot.id);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void QcView::openLot(bool edit)
{
    const auto *v = m_lots->lotAt(m_lotTable->currentIndex().row());
    if (edit && !v)
        return;
    auto materials = m_services->queries().materials();
    QcLotDialog dialog(*m_services, materials.value_or(QList<domain::qc::QcMaterial>{}),
                       edit ? std::optional(v->lot) : std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        if (dialog.saved())
            showLot(dialog.saved()->id);
    }
}

QStringList QcView::lotAnalyses() const
{
    QStringList codes;
    for (int row = 0; row < m_lots->rowCount(); ++row)
        if (const auto *v = m_lots->lotAt(row); v && !codes.contains(v->lot.analysisCode))
            codes << v->lot.analysisCode;
    codes.sort();
    return codes;
}

bool QcView::focusOn(const QString &analysisCode)
{
    refresh();
    const QString code = analysisCode.trimmed().toUpper();
    for (int row = 0; row < m_pending->count(); ++row) {
        auto *item = m_pending->item(row);
        if (item->data(Qt::UserRole + 1).toString() == code) {
            m_pending->setCurrentRow(row);
            break;
        }
    }
    const qint64 pendingLot = [&]() -> qint64 {
        const auto *item = m_pending->currentItem();
        return item && item->data(Qt::UserRole + 1).toString() == code ? item->data(Qt::UserRole + 2).toLongLong() : 0;
    }();
    qint64 first = 0;
    for (int row = 0; row < m_lots->rowCount(); ++row) {
        const auto *v = m_lots->lotAt(row);
        if (v->lot.analysisCode != code)
            continue;
        if (first == 0 || v->lot.id == pendingLot)
            first = v->lot.id;
    }
    if (first == 0)
        return false;
    showLot(first);
    return true;
}

void QcView::openRules()
{
    QcRulesDialog dialog(*m_services, lotAnalyses(), m_readOnly, this);
    if (const auto *v = m_lots->lotAt(m_lotTable->currentIndex().row()))
        dialog.selectAnalysis(v->lot.analysisCode);
    dialog.exec();
}

} // namespace sgl::app
