#include "app/validation/ValidationView.h"

#include "app/validation/AutovalVerdictPanel.h"
#include "app/validation/CallBackListModel.h"
#include "app/validation/CommentsPanel.h"
#include "app/validation/DossierTexts.h"
#include "app/widgets/RppsFlag.h"
#include "app/validation/PreviousValuesModel.h"
#include "app/validation/QcHoldBanner.h"
#include "app/validation/TrendChart.h"
#include "app/validation/ValidationCommands.h"
#include "app/validation/ValidationDialogs.h"
#include "app/validation/ValidationQueueModel.h"
#include "app/validation/ValidationResultsModel.h"
#include "app/validation/ValidationServices.h"
#include "app/validation/ValidationShortcuts.h"
#include "app/validation/ValidationViewSetup.h"
#include "app/widgets/SharingChoicesPanel.h"
#include "storage/ErrorCodes.h"
#include "workflow/validation/BiologicalValidation.h"
#include "workflow/validation/ValidationDossierView.h"
#include "ui_ValidationView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTimer>

namespace sgl::app {

using namespace sgl::domain;
using namespace sgl::workflow::validation;

ValidationView::ValidationView(std::unique_ptr<ValidationServices> services, UserSession session, bool readOnly,
                               QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ValidationView>()),
      m_services(std::move(services)),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_queue(new ValidationQueueModel(this)),
      m_results(new ValidationResultsModel(this)),
      m_previous(new PreviousValuesModel(this)),
      m_commands(std::make_unique<ValidationCommands>(*m_services)),
      m_comments(new CommentsPanel(*m_services, readOnly, [this] { return currentRow(); }, this)),
      m_autoval(new AutovalVerdictPanel(*m_services, readOnly, this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->messageLabel->hide();
    m_ui->queueTable->setModel(m_queue);
    m_ui->resultsTree->setModel(m_results);
    m_ui->previousTable->setModel(m_previous);
    ValidationViewSetup::arrange(*m_ui);
    m_callBacks = new CallBackListModel(this);
    m_callBacksTable = ValidationViewSetup::addCallBacksTab(*m_ui, m_callBacks);
    m_ui->detailTabs->addTab(m_comments, tr("Commentaires"));
    ValidationViewSetup::addAutovalTab(*m_ui, m_autoval);
    m_comments->setOutcomeHandler([this](const Result<QString> &outcome) { finish(outcome); });
    m_autoval->setOutcomeHandler([this](const Result<QString> &outcome) { finish(outcome); });
    ValidationViewSetup::applyReadOnly(*m_ui, m_readOnly);
    m_qcBanner = ValidationViewSetup::addQcBanner(*m_ui, m_services->qc(), m_session);
    connect(m_qcBanner, &QcHoldBanner::screenRequested, this, &ValidationView::screenRequested);

    for (QCheckBox *box : {m_ui->urgentCheck, m_ui->abnormalCheck, m_ui->criticalCheck, m_ui->deltaCheck, m_ui->nonConformityCheck})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                reloadQueue();
        });
    for (QComboBox *combo : {m_ui->completeCombo, m_ui->benchCombo, m_ui->originCombo, m_ui->ageCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                reloadQueue();
        });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ValidationView::reloadQueue);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ValidationView::openNext);
    connect(m_ui->batchButton, &QPushButton::clicked, this, [this] { ValidationDialogs::batchRelease(*this); });
    // Moving in the queue opens the dossier, as on the bench; reload/next select under m_loading: nothing opens.
    connect(m_ui->queueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_loading || !current.isValid())
                    return;
                const qint64 id = m_queue->row(current.row()).dossierId;
                if (!m_dossier || m_dossier->dossierId != id)
                    openDossier(id);
            });
    connect(m_ui->resultsTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ValidationView::showCurrentRow);
    connect(m_ui->validateButton, &QPushButton::clicked, this, &ValidationView::validateDossier);
    connect(m_ui->validateSelectionButton, &QPushButton::clicked, this, &ValidationView::validateSelection);
    connect(m_ui->validateChapterButton, &QPushButton::clicked, this, &ValidationView::validateChapter);
    connect(m_ui->callBackButton, &QPushButton::clicked, this, [this] { ValidationDialogs::callBack(*this); });
    connect(m_ui->sendBackButton, &QPushButton::clicked, this, [this] { ValidationDialogs::sendBack(*this); });
    connect(m_ui->correctButton, &QPushButton::clicked, this, [this] { ValidationDialogs::correct(*this); });
    connect(m_ui->unvalidateButton, &QPushButton::clicked, this, [this] { ValidationDialogs::unvalidate(*this); });
    connect(m_ui->addAnalysisButton, &QPushButton::clicked, this, [this] { ValidationDialogs::addAnalysis(*this); });
    connect(m_ui->acceptReflexButton, &QPushButton::clicked, this, [this] { acceptReflex(currentReflexRule()); });
    connect(m_ui->declineReflexButton, &QPushButton::clicked, this, [this] { ValidationDialogs::declineReflex(*this); });
    setupShortcuts();
    updateActions();
    reloadQueue();
}

ValidationView::~ValidationView() = default;

void ValidationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The screen's shortcuts act from its widgets: land in the queue when the screen is shown.
    if (!m_dossier)
        m_ui->queueTable->setFocus(Qt::OtherFocusReason);
}

void ValidationView::setupShortcuts()
{
    ValidationShortcuts::install(this, m_readOnly, [this](ValidationShortcuts::Action action) {
        using S = ValidationShortcuts;
        switch (action) {
        case S::Next: openNext(); break;
        case S::ValidateDossier: validateDossier(); break;
        case S::ValidateSelection: validateSelection(); break;
        case S::ValidateChapter: validateChapter(); break;
        case S::CallBack: ValidationDialogs::callBack(*this); break;
        case S::SendBack: ValidationDialogs::sendBack(*this); break;
        case S::Correct: ValidationDialogs::correct(*this); break;
        case S::Unvalidate: ValidationDialogs::unvalidate(*this); break;
        case S::AddAnalysis: ValidationDialogs::addAnalysis(*this); break;
        case S::AcceptReflex: acceptReflex(currentReflexRule()); break;
        case S::DeclineReflex: ValidationDialogs::declineReflex(*this); break;
        case S::BatchRelease: ValidationDialogs::batchRelease(*this); break;
        case S::Refresh: reloadQueue(); break;
        case S::FocusQueue: m_ui->queueTable->setFocus(); break;
        case S::FocusResults: m_ui->resultsTree->setFocus(); break;
        case S::FocusSharing:
            m_ui->detailTabs->setCurrentWidget(m_ui->sharingPanel);
            m_ui->sharingPanel->setFocus(Qt::ShortcutFocusReason);
            break;
        case S::Comment: m_comments->openAddDialog(); break;
        case S::ActionCount: break;
        }
    });
}

TrendChart *ValidationView::trendChart() const
{
    return m_ui->trendChart;
}

SharingChoicesPanel *ValidationView::sharingPanel() const
{
    return m_ui->sharingPanel;
}

QTreeView *ValidationView::resultsTree() const
{
    return m_ui->resultsTree;
}

QString ValidationView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString ValidationView::headerText() const
{
    return m_ui->headerLabel->text();
}

QString ValidationView::countText() const
{
    return m_ui->countLabel->text();
}

const ValidationDossier *ValidationView::dossier() const
{
    return m_dossier ? &*m_dossier : nullptr;
}

qint64 ValidationView::preloadedDossierId() const
{
    return m_preloaded ? m_preloaded->dossierId : 0;
}

void ValidationView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ValidationView::showRefusal(const Error &error)
{
    if (error.code == storage::errc::Conflict && m_dossier) {
        // Someone changed the dossier since it was opened: show what is stored now.
        const QString text = error.message;
        reloadDossier();
        reloadQueue();
        showMessage(tr("%1\nLe dossier a été rechargé : vérifiez-le avant d'agir à nouveau.").arg(text), true);
        return;
    }
    showMessage(error.message, true);
}

ValidationQueueFilter ValidationView::filter() const
{
    ValidationQueueFilter f;
    f.urgentOnly = m_ui->urgentCheck->isChecked();
    f.abnormalOnly = m_ui->abnormalCheck->isChecked();
    f.criticalOnly = m_ui->criticalCheck->isChecked();
    f.deltaOnly = m_ui->deltaCheck->isChecked();
    f.nonConformityOnly = m_ui->nonConformityCheck->isChecked();
    if (const int c = m_ui->completeCombo->currentData().toInt(); c >= 0)
        f.complete = c == 1;
    f.bench = m_ui->benchCombo->currentData().toString();
    if (const int o = m_ui->originCombo->currentData().toInt(); o >= 0)
        f.origin = Dossier::Origin(o);
    if (const int a = m_ui->ageCombo->currentData().toInt(); a >= 0)
        f.minSpecimenAgeHours = a;
    return f;
}

void ValidationView::setFilter(const ValidationQueueFilter &f)
{
    m_loading = true;
    m_ui->urgentCheck->setChecked(f.urgentOnly);
    m_ui->abnormalCheck->setChecked(f.abnormalOnly);
    m_ui->criticalCheck->setChecked(f.criticalOnly);
    m_ui->deltaCheck->setChecked(f.deltaOnly);
    m_ui->nonConformityCheck->setChecked(f.nonConformityOnly);
    m_ui->completeCombo->setCurrentIndex(m_ui->completeCombo->findData(f.complete ? (*f.complete ? 1 : 0) : -1));
    m_ui->benchCombo->setCurrentIndex(std::max(0, m_ui->benchCombo->findData(f.bench)));
    m_ui->originCombo->setCurrentIndex(m_ui->originCombo->findData(f.origin ? int(*f.origin) : -1));
    m_ui->ageCombo->setCurrentIndex(std::max(0, m_ui->ageCombo->findData(f.minSpecimenAgeHours.value_or(-1))));
    m_loading = false;
    reloadQueue();
}

bool ValidationView::reloadQueue()
{
    auto view = m_services->queue().load(filter());
    if (!view) {
        showMessage(view.error().message, true);
        return false;
    }
    m_loading = true;
    m_queue->setNow(QDateTime::currentDateTimeUtc());
    m_queue->setRows(view->rows);
    const auto &c = view->counts;
    m_ui->urgentCheck->setText(tr("Urgents (%1)").arg(c.urgent));
    m_ui->abnormalCheck->setText(tr("Anormaux (%1)").arg(c.abnormal));
    m_ui->criticalCheck->setText(tr("Critiques (%1)").arg(c.critical));
    m_ui->deltaCheck->setText(tr("Delta (%1)").arg(c.delta));
    m_ui->nonConformityCheck->setText(tr("Non-conf. (%1)").arg(c.nonConformity));
    m_ui->completeCombo->setItemText(1, tr("Complets (%1)").arg(c.complete));
    m_ui->completeCombo->setItemText(2, tr("Incomplets (%1)").arg(c.incomplete));
    // The bench picker offers every bench met in the queue so far.
    for (const auto &row : view->rows)
        for (const QString &b : row.benches)
            if (!b.isEmpty() && !m_benches.contains(b)) {
                m_benches << b;
                m_ui->benchCombo->addItem(b, b);
            }
    if (m_dossier)
        if (const int i = m_queue->rowOf(m_dossier->dossierId); i >= 0)
            m_ui->queueTable->selectRow(i);
    m_loading = false;
    m_ui->countLabel->setText(tr("%1 dossier(s) affiché(s) sur %2 à valider").arg(view->rows.size()).arg(c.all));
    return true;
}

bool ValidationView::openDossier(qint64 dossierId)
{
    std::optional<ValidationDossier> shown;
    if (m_preloaded && m_preloaded->dossierId == dossierId) {
        // Pre-loaded without audit: its dossier.open row is written now that it is shown (stale: read again).
        if (auto seq = m_services->dossierView().show(m_session, *m_preloaded)) {
            shown = std::move(*m_preloaded);
            shown->auditSeq = *seq;
        }
        m_preloaded.reset();
    }
    if (!shown) {
        auto d = m_services->dossierView().open(m_session, dossierId);
        if (!d) {
            showMessage(d.error().message, true);
            return false;
        }
        shown = std::move(*d);
    }
    display(*shown);
    showMessage(QString(), false);
    QTimer::singleShot(0, this, &ValidationView::preloadNext);
    return true;
}

bool ValidationView::reloadDossier()
{
    if (!m_dossier)
        return false;
    auto d = m_services->dossierView().open(m_session, m_dossier->dossierId);
    if (!d) {
        showMessage(d.error().message, true);
        return false;
    }
    display(*d);
    return true;
}

bool ValidationView::openNext()
{
    if (m_queue->rowCount() == 0) {
        showMessage(tr("Aucun dossier à valider dans la file."), false);
        return false;
    }
    int next = 0;
    if (m_dossier)
        if (const int i = m_queue->rowOf(m_dossier->dossierId); i >= 0)
            next = i + 1;
    if (next >= m_queue->rowCount()) {
        showMessage(tr("Dernier dossier de la file atteint."), false);
        return false;
    }
    m_loading = true;
    m_ui->queueTable->selectRow(next);
    m_loading = false;
    const bool opened = openDossier(m_queue->row(next).dossierId);
    if (opened)
        m_ui->resultsTree->setFocus();
    return opened;
}

void ValidationView::preloadNext()
{
    if (!m_dossier)
        return;
    const int i = m_queue->rowOf(m_dossier->dossierId);
    const int next = i + 1;
    if (next <= 0 || next >= m_queue->rowCount())
        return;
    const qint64 id = m_queue->row(next).dossierId;
    if (m_preloaded && m_preloaded->dossierId == id)
        return;
    auto d = m_services->dossierView().preload(m_session, id);
    if (d)
        m_preloaded = std::move(*d);
    else
        m_preloaded.reset(); // opened again (with its message) when the biologist gets there
}

void ValidationView::display(const ValidationDossier &d)
{
    const QString current = currentRow() ? currentRow()->result.analysisCode : QString();
    const bool sameDossier = m_dossier && m_dossier->dossierId == d.dossierId;
    m_dossier = d;
    m_results->setDossier(*m_dossier);
    for (int g = 0; g < m_results->rowCount(); ++g) // exam titles over the whole row
        m_ui->resultsTree->setFirstColumnSpanned(g, QModelIndex(), true);
    m_ui->resultsTree->expandAll();
    const int queueRow = m_queue->rowOf(d.dossierId);
    m_ui->headerLabel->setText(DossierTexts::html(d, queueRow >= 0 ? &m_queue->row(queueRow) : nullptr,
                                                  RppsFlag(&m_services->directory()).flagFor(d.header.prescriberRpps)));
    m_ui->identityBadge->setStatus(d.header.identityStatus);
    m_ui->identityBadge->show();
    // The Automate column only when a value came from an instrument: room for the others otherwise.
    bool fromAnalyzer = false;
    for (const ValidationResultRow *r : d.rows())
        fromAnalyzer = fromAnalyzer || !r->result.analyzer.isEmpty();
    m_ui->resultsTree->setColumnHidden(ValidationResultsModel::AnalyzerColumn, !fromAnalyzer);
    if (!sameDossier)
        m_ui->sharingPanel->reset(d.header.insQualified);
    // Reflex proposals, comments, delta summary.
    m_ui->reflexList->clear();
    for (const auto &p : d.reflexProposals) {
        auto *item = new QListWidgetItem(tr("%1 : %2 → %3").arg(p.ruleLabel, p.reason, p.analysisCodes.join(QStringLiteral(", "))),
                                         m_ui->reflexList);
        item->setData(Qt::UserRole, p.ruleCode);
    }
    if (m_ui->reflexList->count() > 0)
        m_ui->reflexList->setCurrentRow(0);
    m_callBacks->setDossier(d);
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_callBacksTable), m_callBacks->title());
    m_ui->detailTabs->setTabText(2, tr("Réflexes (%1)").arg(d.reflexProposals.size()));
    m_ui->detailTabs->setTabText(0, tr("Antériorités"));
    m_ui->detailTabs->setTabText(3, tr("Notes"));
    m_ui->detailTabs->setTabToolTip(3, tr("Prescription, commentaires du technicien, réserves"));
    const QStringList deltas = DossierTexts::deltaAlerts(d);
    m_ui->commentsText->setPlainText(DossierTexts::comments(d));
    m_ui->detailTabs->setTabText(1, tr("Delta (%1)").arg(deltas.size()));
    m_comments->setDossier(d);
    m_autoval->setDossier(d.dossierId);
    m_qcBanner->showDossier(d);
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_comments), tr("Commentaires (%1)").arg(m_comments->activeCount()));
    m_ui->deltaLabel->setText(deltas.isEmpty() ? tr("Aucune alerte delta.") : deltas.join(QStringLiteral("<br>")));
    // Back on the analysis that was current (after a reload), else the first result.
    QModelIndex index = current.isEmpty() ? QModelIndex() : m_results->indexOfAnalysis(current);
    if (!index.isValid() && m_results->rowCount() > 0)
        index = m_results->index(0, 0, m_results->index(0, 0));
    if (index.isValid())
        m_ui->resultsTree->setCurrentIndex(index);
    showCurrentRow();
    if (queueRow >= 0) {
        const bool loading = m_loading;
        m_loading = true;
        m_ui->queueTable->selectRow(queueRow);
        m_loading = loading;
    }
    updateActions();
}

const ValidationResultRow *ValidationView::currentRow() const
{
    return m_results->resultRow(m_ui->resultsTree->currentIndex());
}

QList<const ValidationResultRow *> ValidationView::selectedRows() const
{
    QList<const ValidationResultRow *> out;
    for (const QModelIndex &i : m_ui->resultsTree->selectionModel()->selectedRows(0))
        if (const auto *r = m_results->resultRow(i))
            out << r;
    if (out.isEmpty())
        if (const auto *r = currentRow())
            out << r;
    return out;
}

QString ValidationView::currentReflexRule() const
{
    const auto *item = m_ui->reflexList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ValidationView::showCurrentRow()
{
    const ValidationResultRow *r = currentRow();
    m_previous->setRow(r);
    m_ui->trendChart->setRow(r);
}

void ValidationView::selectAnalyses(const QStringList &codes)
{
    auto *selection = m_ui->resultsTree->selectionModel();
    selection->clearSelection();
    bool first = true;
    for (const QString &code : codes) {
        const QModelIndex i = m_results->indexOfAnalysis(code);
        if (!i.isValid())
            continue;
        if (first)
            m_ui->resultsTree->setCurrentIndex(i);
        selection->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        first = false;
    }
}

void ValidationView::updateActions()
{
    const bool open = m_dossier.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->validateButton, m_ui->validateSelectionButton,
                                                       m_ui->validateChapterButton, m_ui->callBackButton, m_ui->sendBackButton,
                                                       m_ui->correctButton, m_ui->unvalidateButton, m_ui->addAnalysisButton,
                                                       m_ui->acceptReflexButton, m_ui->declineReflexButton})
        w->setEnabled(open);
}

void ValidationView::afterAction(const QString &message)
{
    reloadQueue();
    reloadDossier();
    showMessage(message, false);
}

bool ValidationView::finish(const domain::Result<QString> &outcome)
{
    if (!outcome) {
        showRefusal(outcome.error());
        return false;
    }
    afterAction(*outcome);
    return true;
}

bool ValidationView::runValidation(const QStringList &codes, const QString &chapter)
{
    if (!m_dossier) {
        showMessage(tr("Ouvrez un dossier de la file (F8)."), true);
        return false;
    }
    return finish(m_commands->validate(*m_dossier, codes, chapter, m_ui->sharingPanel->choices()));
}

bool ValidationView::validateDossier()
{
    return runValidation({}, QString());
}

bool ValidationView::validateSelection()
{
    QStringList codes;
    for (const ValidationResultRow *r : selectedRows())
        codes << r->result.analysisCode;
    if (codes.isEmpty()) {
        showMessage(tr("Sélectionnez les analyses à valider."), true);
        return false;
    }
    return runValidation(codes, QString());
}

bool ValidationView::validateChapter()
{
    const QModelIndex current = m_ui->resultsTree->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Placez-vous sur une analyse du chapitre à valider."), true);
        return false;
    }
    const QString chapter = m_results->chapterOf(current);
    if (chapter.isEmpty()) // "Autres analyses": validated by selection
        return validateSelection();
    return runValidation({}, chapter);
}

bool ValidationView::sendBack(qint64 resultId, workflow::bench::RerunOrder::Kind kind, const QString &reason,
                              std::optional<double> factor)
{
    return m_dossier && finish(m_commands->sendBack(*m_dossier, resultId, kind, reason, factor));
}

bool ValidationView::correct(qint64 resultId, const QString &value, const QString &reason)
{
    return m_dossier && finish(m_commands->correct(*m_dossier, resultId, value, reason));
}

bool ValidationView::unvalidate(const QStringList &codes, const QString &reason)
{
    return m_dossier && finish(m_commands->unvalidate(*m_dossier, codes, reason));
}

bool ValidationView::addAnalysis(const QString &code, const QString &reason)
{
    return m_dossier && finish(m_commands->addAnalysis(*m_dossier, code, reason));
}

bool ValidationView::recordCallBack(const CallBackRequest &request)
{
    return m_dossier && finish(m_commands->recordCallBack(*m_dossier, request));
}

bool ValidationView::acceptReflex(const QString &ruleCode)
{
    if (!m_dossier || ruleCode.isEmpty()) {
        showMessage(tr("Choisissez une proposition réflexe."), true);
        return false;
    }
    return finish(m_commands->acceptReflex(*m_dossier, ruleCode));
}

bool ValidationView::declineReflex(const QString &ruleCode, const QString &reason)
{
    if (!m_dossier || ruleCode.isEmpty()) {
        showMessage(tr("Choisissez une proposition réflexe."), true);
        return false;
    }
    return finish(m_commands->declineReflex(*m_dossier, ruleCode, reason));
}

QList<ReleaseCandidate> ValidationView::releaseCandidates()
{
    auto list = m_services->batch().candidates();
    if (!list) {
        showMessage(list.error().message, true);
        return {};
    }
    return *list;
}

bool ValidationView::releaseBatch(const QString &password, const QList<qint64> &dossierIds)
{
    auto out = m_commands->releaseBatch(password, dossierIds);
    if (!out) {
        showMessage(out.error().message, true);
        return false;
    }
    reloadQueue();
    if (m_dossier)
        reloadDossier();
    showMessage(ValidationCommands::releaseSummary(*out), !out->refused.isEmpty());
    return out->refused.isEmpty();
}

QString ValidationView::currentReflexText() const
{
    const auto *item = m_ui->reflexList->currentItem();
    return item ? item->text() : QString();
}

} // namespace sgl::app
