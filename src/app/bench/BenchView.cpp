#include "app/bench/BenchView.h"

#include "app/bench/BenchServices.h"
#include "app/bench/RerunDialog.h"
#include "app/bench/ResultEntryDelegate.h"
#include "app/bench/ResultGridModel.h"
#include "app/bench/ResultHistoryModel.h"
#include "app/bench/WorklistModel.h"
#include "workflow/bench/BenchResultEntry.h"
#include "workflow/bench/BenchWorklist.h"
#include "workflow/bench/TechnicalValidation.h"
#include "workflow/qc/QcQueries.h"
#include "ui_BenchView.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>

namespace sgl::app {

using namespace sgl::domain;

BenchView::BenchView(std::unique_ptr<BenchServices> services, UserSession session, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::BenchView>()),
      m_services(std::move(services)),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_worklist(new WorklistModel(this)),
      m_grid(new ResultGridModel(this)),
      m_history(new ResultHistoryModel(this)),
      m_delegate(new ResultEntryDelegate(this))
{
    m_ui->setupUi(this);
    m_qcBanner = new QLabel(this);
    m_qcBanner->setObjectName(QStringLiteral("qcBanner"));
    m_qcBanner->setWordWrap(true);
    m_qcBanner->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold;"));
    m_qcBanner->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(0, m_qcBanner);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->messageLabel->hide();
    m_ui->worklistTable->setModel(m_worklist);
    m_ui->gridTable->setModel(m_grid);
    m_ui->historyTable->setModel(m_history);
    m_ui->gridTable->setItemDelegateForColumn(ResultGridModel::ValueColumn, m_delegate);
    m_ui->gridTable->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed);
    for (QTableView *table : {m_ui->worklistTable, m_ui->gridTable, m_ui->historyTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    // Fits 1366×768 beside the navigation: the worklist narrow, the grid wide.
    const QList<int> gridWidths{170, 80, 70, 90, 80, 80};
    for (int c = 0; c < gridWidths.size(); ++c)
        m_ui->gridTable->horizontalHeader()->resizeSection(c, gridWidths[c]);
    // The worklist fits without scrolling sideways; the tube's barcode is in each row's tooltip.
    const QList<int> listWidths{72, 110, 104, 66, 46, 0, 50}; // "Priorité" and "Analyse" titles whole
    for (int c = 0; c < listWidths.size(); ++c)
        m_ui->worklistTable->horizontalHeader()->resizeSection(c, listWidths[c]);
    m_ui->worklistTable->setColumnHidden(WorklistModel::TubeColumn, true);
    m_ui->gridTable->setColumnHidden(ResultGridModel::InstrumentColumn, true);
    m_ui->worklistTable->setMinimumWidth(460); // the columns above and the scroll bar
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({520, 600});
    m_ui->validateSelectionButton->setToolTip(tr("Valider techniquement les résultats choisis dans la grille"));
    m_ui->validateDossierButton->setToolTip(tr("Valider techniquement tous les résultats saisis du dossier"));
    m_ui->validateBenchButton->setToolTip(tr("Valider techniquement tous les résultats saisis de la paillasse choisie"));
    m_grid->setReadOnly(m_readOnly);
    m_grid->setCommitter([this](int row, const QString &text) { return commitValue(row, text); });
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->validateSelectionButton, m_ui->validateDossierButton,
                                                       m_ui->validateBenchButton, m_ui->rerunButton})
        w->setVisible(!m_readOnly);

    m_ui->priorityCombo->addItem(tr("Toutes"), -1);
    for (auto p : {Dossier::Priority::Vital, Dossier::Priority::Urgent, Dossier::Priority::Routine})
        m_ui->priorityCombo->addItem(priorityLabel(p), int(p));

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BenchView::reload);
    connect(m_ui->benchCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            refreshWorklist();
    });
    connect(m_ui->analyzerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            refreshWorklist();
    });
    connect(m_ui->priorityCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reload();
    });
    connect(m_ui->worklistTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_reloading && current.isValid())
                    openDossier(m_worklist->item(current.row()).dossierId);
            });
    connect(m_ui->gridTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRow(current.row());
            });
    connect(m_delegate, &ResultEntryDelegate::typing, this, &BenchView::previewTyping);
    connect(m_delegate, &ResultEntryDelegate::returnPressed, this, &BenchView::afterReturn);
    connect(m_ui->validateSelectionButton, &QPushButton::clicked, this, &BenchView::validateSelection);
    connect(m_ui->validateDossierButton, &QPushButton::clicked, this, &BenchView::validateDossier);
    connect(m_ui->validateBenchButton, &QPushButton::clicked, this, &BenchView::validateBench);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &BenchView::requestRerun);
    reload();
}

BenchView::~BenchView() = default;

QTableView *BenchView::gridTable() const
{
    return m_ui->gridTable;
}

QString BenchView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString BenchView::hintText() const
{
    return m_ui->hintLabel->text();
}

QStringList BenchView::benchEntries() const
{
    QStringList out;
    for (int i = 0; i < m_ui->benchCombo->count(); ++i)
        out << m_ui->benchCombo->itemText(i);
    return out;
}

void BenchView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString BenchView::currentBench() const
{
    return m_ui->benchCombo->currentData().toString();
}

void BenchView::selectBench(const QString &code)
{
    const int i = m_ui->benchCombo->findData(code);
    if (i >= 0)
        m_ui->benchCombo->setCurrentIndex(i);
}

void BenchView::setPriorityFilter(std::optional<Dossier::Priority> priority)
{
    m_ui->priorityCombo->setCurrentIndex(m_ui->priorityCombo->findData(priority ? int(*priority) : -1));
}

bool BenchView::reload()
{
    workflow::bench::WorklistFilter filter;
    const int p = m_ui->priorityCombo->currentData().toInt();
    if (p >= 0)
        filter.priority = Dossier::Priority(p);
    auto benches = m_services->worklist().benches();
    if (!benches) {
        showMessage(benches.error().message, true);
        return false;
    }
    auto counts = m_services->worklist().counts(filter);
    auto analyzers = m_services->worklist().analyzers();
    if (!counts || !analyzers) {
        showMessage(!counts ? counts.error().message : analyzers.error().message, true);
        return false;
    }
    {
        m_reloading = true;
        const QString bench = currentBench();
        const QString analyzer = m_ui->analyzerCombo->currentData().toString();
        int total = 0;
        for (int n : *counts)
            total += n;
        m_ui->benchCombo->clear();
        m_ui->benchCombo->addItem(tr("Toutes les paillasses (%1)").arg(total), QString());
        for (const Bench &b : *benches)
            m_ui->benchCombo->addItem(QStringLiteral("%1 (%2)").arg(b.label).arg(counts->value(b.code)), b.code);
        const int bi = m_ui->benchCombo->findData(bench);
        m_ui->benchCombo->setCurrentIndex(bi >= 0 ? bi : 0);
        m_ui->analyzerCombo->clear();
        m_ui->analyzerCombo->addItem(tr("Tous les automates"), QString());
        for (const QString &a : *analyzers)
            m_ui->analyzerCombo->addItem(a, a);
        const int ai = m_ui->analyzerCombo->findData(analyzer);
        m_ui->analyzerCombo->setCurrentIndex(ai >= 0 ? ai : 0);
        m_reloading = false;
    }
    refreshWorklist();
    return true;
}

void BenchView::refreshWorklist()
{
    workflow::bench::WorklistFilter filter;
    filter.bench = currentBench();
    const int p = m_ui->priorityCombo->currentData().toInt();
    if (p >= 0)
        filter.priority = Dossier::Priority(p);
    const QString analyzer = m_ui->analyzerCombo->currentData().toString();
    auto items = analyzer.isEmpty() ? m_services->worklist().load(filter)
                                    : m_services->worklist().forAnalyzer(filter, analyzer);
    if (!items) {
        showMessage(items.error().message, true);
        return;
    }
    m_reloading = true;
    m_worklist->setItems(*items);
    showQcStatus(*items);
    // Keep the dossier being entered selected in the list.
    for (int i = 0; i < m_worklist->rowCount(); ++i)
        if (m_worklist->item(i).dossierId == m_dossierId) {
            m_ui->worklistTable->setCurrentIndex(m_worklist->index(i, 0));
            break;
        }
    m_reloading = false;
    m_ui->countLabel->setText(tr("%1 résultat(s) à faire, %2 dossier(s)").arg(m_worklist->rowCount()).arg(m_worklist->dossierCount()));
}

bool BenchView::openDossier(qint64 dossierId)
{
    m_dossierId = dossierId;
    if (!reloadSheet())
        return false;
    const auto &sheet = m_grid->sheet();
    m_ui->dossierLabel->setText(tr("Dossier %1 — %2, né(e) le %3 — %4")
                                    .arg(sheet.dossier.number, sheet.patientName,
                                         sheet.birthDate.isValid() ? sheet.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                                                                   : tr("date inconnue"),
                                         priorityLabel(sheet.dossier.priority)));
    const int first = m_grid->isEditableRow(0) ? 0 : m_grid->nextEditableRow(0);
    if (first >= 0)
        startEntry(first);
    else if (m_grid->rowCount() > 0)
        m_ui->gridTable->setCurrentIndex(m_grid->index(0, ResultGridModel::ValueColumn));
    return true;
}

bool BenchView::reloadSheet()
{
    if (m_dossierId == 0)
        return false;
    auto sheet = m_services->entry().sheet(m_dossierId);
    if (!sheet) {
        showMessage(sheet.error().message, true);
        return false;
    }
    // A reset would drop the open editor without closing it through its delegate.
    m_delegate->abandonEditor();
    m_grid->setSheet(*sheet);
    // The Automate column only when a value came from an instrument: the grid keeps its width otherwise.
    bool fromAnalyzer = false;
    for (const auto &row : sheet->rows)
        fromAnalyzer = fromAnalyzer || !row.result.analyzer.isEmpty();
    m_ui->gridTable->setColumnHidden(ResultGridModel::InstrumentColumn, !fromAnalyzer);
    // Room for it: the analysis label is shortened (its full text and code are in the tooltip).
    m_ui->gridTable->horizontalHeader()->resizeSection(ResultGridModel::AnalysisColumn, fromAnalyzer ? 120 : 170);
    m_ui->gridTable->horizontalHeader()->resizeSection(ResultGridModel::StateColumn, fromAnalyzer ? 70 : 80);
    m_history->setEntries({});
    return true;
}

void BenchView::startEntry(int row)
{
    if (row < 0 || row >= m_grid->rowCount())
        return;
    const QModelIndex index = m_grid->index(row, ResultGridModel::ValueColumn);
    m_ui->gridTable->setFocus();
    m_ui->gridTable->setCurrentIndex(index);
    if (m_grid->isEditableRow(row))
        m_ui->gridTable->edit(index);
}

void BenchView::showRow(int row)
{
    if (row < 0 || row >= m_grid->rowCount())
        return;
    const auto &r = m_grid->row(row);
    QString hint = r.analysis.label;
    const QString unit = r.analysis.displayUnit.isEmpty() ? r.analysis.unit : r.analysis.displayUnit;
    if (!unit.isEmpty())
        hint += QStringLiteral(" — ") + unit;
    const QString ref = ResultGridModel::referenceText(r);
    if (!ref.isEmpty())
        hint += QStringLiteral(" — ") + tr("référence %1").arg(ref);
    if (r.analysis.resultType == ResultType::Coded) {
        QStringList values;
        for (const ValueOption &o : r.analysis.valueOptions)
            values << QStringLiteral("%1 (%2)").arg(o.label, o.code);
        hint += QStringLiteral(" — ") + tr("valeurs : %1").arg(values.join(QStringLiteral(", ")));
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setStyleSheet(QString());
    auto history = m_services->entry().history(r.result.id);
    if (history)
        m_history->setEntries(*history);
    else
        m_history->setEntries({});
}

void BenchView::previewTyping(int row, const QString &text)
{
    if (row < 0 || row >= m_grid->rowCount())
        return;
    const auto &r = m_grid->row(row);
    if (text.trimmed().isEmpty()) {
        showRow(row);
        return;
    }
    auto checked = workflow::bench::BenchResultEntry::check(r, text);
    const QString unit = r.analysis.displayUnit.isEmpty() ? r.analysis.unit : r.analysis.displayUnit;
    const QString ref = ResultGridModel::referenceText(r);
    if (!checked) {
        m_ui->hintLabel->setText(checked.error().message);
        m_ui->hintLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    QString hint = QStringLiteral("%1 : %2 %3").arg(r.analysis.label, checked->value.displayFr(), unit).trimmed();
    if (!ref.isEmpty())
        hint += QStringLiteral(" — ") + tr("référence %1").arg(ref);
    if (checked->flag)
        hint += QStringLiteral(" — ") + tr("indicateur %1").arg(abnormalFlagCode(*checked->flag));
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setStyleSheet(QString());
}

bool BenchView::commitValue(int row, const QString &text)
{
    m_lastCommitFailed = false;
    if (row < 0 || row >= m_grid->rowCount())
        return false;
    const LabResult r = m_grid->row(row).result;
    const QString shown = r.value.kind == ResultValue::Kind::Empty ? QString() : r.value.displayFr();
    // Return on an empty or unchanged cell just moves on.
    if (text.trimmed().isEmpty() || text.trimmed() == shown)
        return true;
    auto out = m_services->entry().enter(m_dossierId, {workflow::bench::TypedResult{r.id, r.version, text}});
    if (!out) {
        m_lastCommitFailed = true;
        showMessage(out.error().message, true);
        return false;
    }
    for (const LabResult &e : out->entered)
        m_grid->updateResult(e);
    for (const LabResult &c : out->calculated)
        m_grid->updateResult(c);
    QStringList lines{tr("%1 enregistré : %2.").arg(m_grid->row(row).analysis.label, out->entered.isEmpty()
                                                                                       ? shown
                                                                                       : out->entered.first().value.displayFr())};
    for (const LabResult &c : out->calculated)
        lines << tr("%1 calculé : %2.").arg(c.analysisCode, c.value.displayFr());
    if (!out->reflex.analysisCodes.isEmpty())
        lines << tr("Test(s) réflexe(s) ajouté(s) : %1.").arg(out->reflex.analysisCodes.join(QStringLiteral(", ")));
    lines << out->criticalValues;
    showMessage(lines.join(u'\n'), !out->criticalValues.isEmpty());
    // Rows added by a reflex rule and the worklist are refreshed once the editor is closed.
    const bool added = !out->reflex.analysisCodes.isEmpty();
    QTimer::singleShot(0, this, [this, added] {
        if (added) {
            const int current = m_ui->gridTable->currentIndex().row();
            if (reloadSheet() && current >= 0)
                m_ui->gridTable->setCurrentIndex(m_grid->index(current, ResultGridModel::ValueColumn));
        }
        refreshWorklist();
    });
    return true;
}

void BenchView::afterReturn(int row)
{
    if (m_lastCommitFailed) {
        startEntry(row); // stay on the refused value: the message says why
        return;
    }
    const int next = m_grid->nextEditableRow(row);
    if (next >= 0)
        startEntry(next);
    else
        m_ui->gridTable->setCurrentIndex(m_grid->index(row, ResultGridModel::ValueColumn));
}

void BenchView::afterValidation(int count)
{
    showMessage(tr("%1 résultat(s) validé(s) techniquement.").arg(count), false);
    reloadSheet();
    reload();
}

void BenchView::validateSelection()
{
    QList<workflow::bench::ValidationTarget> targets;
    for (const QModelIndex &i : m_ui->gridTable->selectionModel()->selectedRows())
        targets << workflow::bench::ValidationTarget{m_grid->row(i.row()).result.id, m_grid->row(i.row()).result.version};
    if (targets.isEmpty() && m_ui->gridTable->currentIndex().isValid()) {
        const auto &r = m_grid->row(m_ui->gridTable->currentIndex().row()).result;
        targets << workflow::bench::ValidationTarget{r.id, r.version};
    }
    auto out = m_services->validation().results(targets);
    if (!out) {
        showMessage(out.error().message, true);
        return;
    }
    afterValidation(int(out->validated.size()));
}

void BenchView::validateDossier()
{
    if (m_dossierId == 0) {
        showMessage(tr("Choisissez un dossier dans la liste de travail."), true);
        return;
    }
    auto out = m_services->validation().dossier(m_dossierId);
    if (!out) {
        showMessage(out.error().message, true);
        return;
    }
    afterValidation(int(out->validated.size()));
}

void BenchView::validateBench()
{
    auto out = m_services->validation().benchRun(currentBench());
    if (!out) {
        showMessage(out.error().message, true);
        return;
    }
    afterValidation(int(out->validated.size()));
    if (!out->qcHeld.isEmpty())
        showMessage(tr("%n résultat(s) retenu(s) par le contrôle qualité non validé(s) : %1", nullptr,
                       int(out->qcHeld.size()))
                        .arg(out->qcHeld.join(QStringLiteral(" ; "))),
                    true);
}

void BenchView::showQcStatus(const QList<workflow::bench::WorklistItem> &items)
{
    // Rejected QC runs waiting for review, and the listed results they hold.
    QList<qint64> ids;
    for (const auto &i : items)
        ids << i.resultId;
    auto held = m_services->qc().held(ids);
    m_worklist->setQcHolds(held ? *held : QHash<qint64, QString>{});
    auto status = m_services->qc().status();
    QStringList pending;
    if (status)
        for (const auto &s : *status)
            if (s.pendingReviews > 0)
                pending << s.holdReason;
    m_qcBanner->setText(pending.isEmpty() ? QString()
                                          : tr("Contrôle qualité à revoir — %1. Les résultats concernés sont retenus.")
                                                .arg(pending.join(QStringLiteral(" ; "))));
    m_qcBanner->setVisible(!pending.isEmpty());
}

void BenchView::requestRerun()
{
    const int row = m_ui->gridTable->currentIndex().row();
    if (row < 0 || row >= m_grid->rowCount()) {
        showMessage(tr("Choisissez le résultat à repasser."), true);
        return;
    }
    const auto &r = m_grid->row(row);
    RerunDialog dialog(tr("%1 : %2").arg(r.analysis.label, r.result.value.displayFr()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto order = dialog.order(r.result.id, r.result.version);
    sendBack(order.kind, order.reason, order.dilutionFactor);
}

bool BenchView::sendBack(workflow::bench::RerunOrder::Kind kind, const QString &reason, std::optional<double> factor)
{
    const int row = m_ui->gridTable->currentIndex().row();
    if (row < 0 || row >= m_grid->rowCount()) {
        showMessage(tr("Choisissez le résultat à repasser."), true);
        return false;
    }
    const auto &r = m_grid->row(row).result;
    workflow::bench::RerunOrder order{r.id, r.version, kind, reason, factor};
    auto out = m_services->rerun().request(order);
    if (!out) {
        showMessage(out.error().message, true);
        return false;
    }
    m_grid->updateResult(out->result);
    QStringList lines{out->result.comment};
    for (const LabResult &c : out->dependents) {
        m_grid->updateResult(c);
        lines << c.comment;
    }
    showMessage(lines.join(u'\n'), false);
    showRow(row);
    refreshWorklist();
    return true;
}

} // namespace sgl::app
