#include "app/catalogue/CatalogueView.h"

#include "app/catalogue/AnalysisEditDialog.h"
#include "app/catalogue/BenchPanel.h"
#include "app/catalogue/CatalogueEditFeedback.h"
#include "app/catalogue/CatalogueExchangeDialog.h"
#include "app/catalogue/CatalogueHistoryDialog.h"
#include "app/catalogue/CatalogueItemDetails.h"
#include "app/catalogue/ChapterEditDialog.h"
#include "app/catalogue/CommentTemplatePanel.h"
#include "app/catalogue/ExamEditDialog.h"
#include "app/catalogue/ReferenceRangeDialog.h"
#include "app/catalogue/ReflexRulePanel.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/validation/CommentLibrary.h"
#include "ui_CatalogueView.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

namespace sgl::app {

namespace {

QString historyKind(CatalogueTreeModel::Kind kind)
{
    switch (kind) {
    case CatalogueTreeModel::Kind::Chapter:
        return QStringLiteral("chapter");
    case CatalogueTreeModel::Kind::Exam:
        return QStringLiteral("exam");
    case CatalogueTreeModel::Kind::Analysis:
        return QStringLiteral("analysis");
    case CatalogueTreeModel::Kind::Orphans:
    case CatalogueTreeModel::Kind::Unlisted:
        break;
    }
    return {};
}

CatalogueTreeModel::Kind treeKind(workflow::CatalogueSearchHit::Kind kind)
{
    switch (kind) {
    case workflow::CatalogueSearchHit::Kind::Chapter:
        return CatalogueTreeModel::Kind::Chapter;
    case workflow::CatalogueSearchHit::Kind::Exam:
        return CatalogueTreeModel::Kind::Exam;
    case workflow::CatalogueSearchHit::Kind::Analysis:
        break;
    }
    return CatalogueTreeModel::Kind::Analysis;
}

} // namespace

CatalogueView::CatalogueView(workflow::CatalogueAdmin *admin, const domain::Error &loadError,
                             domain::UserSession session, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::CatalogueView>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_readOnly(readOnly),
      m_model(new CatalogueTreeModel(this)),
      m_reflexPanel(new ReflexRulePanel(admin, m_session, readOnly)),
      m_benchPanel(new BenchPanel(admin, m_session, readOnly))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("screenTitle"));
    m_ui->problemLabel->hide();
    m_ui->reflexTabLayout->addWidget(m_reflexPanel);
    m_ui->benchTabLayout->addWidget(m_benchPanel);
    m_ui->catalogueTree->setModel(m_model);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->catalogueTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetails(current);
                updateButtons();
            });
    for (QPushButton *button : {m_ui->newChapterButton, m_ui->newExamButton, m_ui->newAnalysisButton,
                                m_ui->editButton, m_ui->rangesButton, m_ui->retireButton, m_ui->deleteButton,
                                m_ui->exchangeButton})
        button->setVisible(!m_readOnly);
    updateButtons();
    connect(m_ui->newChapterButton, &QPushButton::clicked, this, &CatalogueView::newChapter);
    connect(m_ui->newExamButton, &QPushButton::clicked, this, &CatalogueView::newExam);
    connect(m_ui->newAnalysisButton, &QPushButton::clicked, this, &CatalogueView::newAnalysis);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CatalogueView::editSelected);
    connect(m_ui->catalogueTree, &QAbstractItemView::doubleClicked, this, [this] {
        if (!m_readOnly)
            editSelected();
    });
    connect(m_ui->rangesButton, &QPushButton::clicked, this, &CatalogueView::editSelectedRanges);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &CatalogueView::askAndRetire);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CatalogueView::askAndDelete);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &CatalogueView::showSelectedHistory);
    connect(m_ui->exchangeButton, &QPushButton::clicked, this, &CatalogueView::openExchange);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CatalogueView::reload);
    connect(m_ui->showRetiredCheck, &QCheckBox::toggled, this, &CatalogueView::setShowRetired);
    connect(m_reflexPanel, &ReflexRulePanel::catalogueChanged, this, [this](const QString &message) {
        reload();
        m_ui->statusLabel->setText(message);
    });
    connect(m_benchPanel, &BenchPanel::catalogueChanged, this, [this](const QString &message) {
        reload();
        m_ui->statusLabel->setText(message);
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { find(m_ui->searchEdit->text()); });
    if (!m_admin) {
        m_ui->statusLabel->setText(tr("Catalogue indisponible : %1").arg(loadError.message));
        m_ui->searchEdit->setEnabled(false);
        m_ui->reloadButton->setEnabled(false);
        return;
    }
    reload();
}

void CatalogueView::updateButtons()
{
    const QModelIndex current = m_ui->catalogueTree->currentIndex();
    const bool admin = !m_readOnly && m_admin;
    const domain::Analysis *analysis = selectedAnalysis();
    const domain::Exam *exam = selectedExam();
    m_ui->newChapterButton->setEnabled(admin);
    m_ui->newExamButton->setEnabled(admin);
    m_ui->newAnalysisButton->setEnabled(admin);
    m_ui->editButton->setEnabled(admin && (analysis || exam || selectedChapter()));
    m_ui->rangesButton->setEnabled(admin && analysis);
    m_ui->retireButton->setEnabled(admin && (analysis || exam));
    const bool retired = (analysis && analysis->retired) || (exam && exam->retired);
    m_ui->retireButton->setText(retired ? tr("Réac&tiver…") : tr("R&etirer…"));
    m_ui->deleteButton->setEnabled(admin && analysis);
    m_ui->historyButton->setEnabled(m_admin && current.isValid()
                                    && !historyKind(static_cast<CatalogueTreeModel::Kind>(
                                                        current.data(CatalogueTreeModel::KindRole).toInt()))
                                            .isEmpty());
    m_ui->exchangeButton->setEnabled(admin);
}

CatalogueView::~CatalogueView() = default;

void CatalogueView::addCommentLibrary(std::unique_ptr<workflow::validation::CommentLibrary> library)
{
    if (m_commentPanel || !library)
        return;
    m_commentPanel = new CommentTemplatePanel(std::move(library), m_readOnly, this);
    m_ui->tabs->addTab(m_commentPanel, tr("Commentaires codés"));
}

void CatalogueView::addAutovalTab(QWidget *panel)
{
    if (panel)
        m_ui->tabs->addTab(panel, tr("Auto-validation"));
}

QString CatalogueView::statusText() const
{
    return m_ui->statusLabel->text();
}

QString CatalogueView::detailsText() const
{
    return m_ui->detailsBrowser->toPlainText();
}

bool CatalogueView::reload()
{
    if (!m_admin)
        return false;
    auto catalogue = m_admin->load();
    if (!catalogue) {
        m_ui->statusLabel->setText(catalogue.error().message);
        return false;
    }
    const auto counts = std::tuple(catalogue->chapters.size(), catalogue->exams.size(),
                                   catalogue->analyses.size());
    m_reflexPanel->setCatalogue(*catalogue);
    m_benchPanel->setCatalogue(*catalogue);
    m_model->setCatalogue(std::move(*catalogue));
    m_ui->catalogueTree->expandToDepth(0);
    m_ui->catalogueTree->header()->resizeSections(QHeaderView::ResizeToContents);
    m_ui->statusLabel->setText(tr("%1 chapitres, %2 examens, %3 analyses.")
                                   .arg(std::get<0>(counts))
                                   .arg(std::get<1>(counts))
                                   .arg(std::get<2>(counts)));
    updateButtons();
    return true;
}

QModelIndex CatalogueView::indexOfCode(const QString &code, std::optional<CatalogueTreeModel::Kind> kind,
                                       const QModelIndex &parent) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(CatalogueTreeModel::CodeRole).toString() == code
            && (!kind || index.data(CatalogueTreeModel::KindRole).toInt() == static_cast<int>(*kind)))
            return index;
        const QModelIndex inner = indexOfCode(code, kind, index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

bool CatalogueView::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || !m_admin)
        return false;
    auto hits = workflow::CatalogueAdmin::search(m_model->catalogue(), needle);
    // Analyses first (their details are what a search is usually for), an exact code first of all.
    std::stable_partition(hits.begin(), hits.end(), [](const workflow::CatalogueSearchHit &h) {
        return h.kind == workflow::CatalogueSearchHit::Kind::Analysis;
    });
    std::stable_partition(hits.begin(), hits.end(), [&](const workflow::CatalogueSearchHit &h) {
        return h.code.compare(needle, Qt::CaseInsensitive) == 0;
    });
    for (const auto &hit : hits) {
        const QModelIndex index = indexOfCode(hit.code, treeKind(hit.kind));
        if (!index.isValid())
            continue;
        m_ui->catalogueTree->setCurrentIndex(index);
        m_ui->catalogueTree->scrollTo(index);
        m_ui->statusLabel->setText(tr("%n résultat(s) pour « %1 ».", nullptr,
                                      static_cast<int>(hits.size()))
                                       .arg(needle));
        return true;
    }
    m_ui->statusLabel->setText(tr("Aucun élément ne correspond à « %1 ».").arg(needle));
    return false;
}

const domain::Analysis *CatalogueView::selectedAnalysis() const
{
    return m_model->analysisAt(m_ui->catalogueTree->currentIndex().siblingAtColumn(0));
}

const domain::Exam *CatalogueView::selectedExam() const
{
    return m_model->examAt(m_ui->catalogueTree->currentIndex().siblingAtColumn(0));
}

const domain::Chapter *CatalogueView::selectedChapter() const
{
    return m_model->chapterAt(m_ui->catalogueTree->currentIndex().siblingAtColumn(0));
}

bool CatalogueView::select(const QString &code, CatalogueTreeModel::Kind kind)
{
    const QModelIndex index = indexOfCode(code, kind);
    if (!index.isValid())
        return false;
    m_ui->catalogueTree->setCurrentIndex(index);
    m_ui->catalogueTree->scrollTo(index);
    return true;
}

void CatalogueView::afterSave(const QString &code, CatalogueTreeModel::Kind kind, const QString &message)
{
    reload();
    select(code, kind);
    m_ui->statusLabel->setText(message);
}

void CatalogueView::editSelected()
{
    if (m_readOnly || !m_admin)
        return;
    if (const domain::Analysis *analysis = selectedAnalysis()) {
        AnalysisEditDialog dialog(*m_admin, m_session, *analysis, this);
        if (dialog.exec() == QDialog::Accepted)
            afterSave(dialog.savedCode(), CatalogueTreeModel::Kind::Analysis,
                      tr("Analyse %1 enregistrée (nouvelle version du catalogue).").arg(dialog.savedCode()));
    } else if (const domain::Exam *exam = selectedExam()) {
        ExamEditDialog dialog(*m_admin, m_session, m_model->catalogue(), *exam, this);
        if (dialog.exec() == QDialog::Accepted)
            afterSave(dialog.savedCode(), CatalogueTreeModel::Kind::Exam,
                      tr("Examen %1 enregistré (nouvelle version du catalogue).").arg(dialog.savedCode()));
    } else if (const domain::Chapter *chapter = selectedChapter()) {
        ChapterEditDialog dialog(*m_admin, m_session, m_model->catalogue(), *chapter, this);
        if (dialog.exec() == QDialog::Accepted)
            afterSave(dialog.savedCode(), CatalogueTreeModel::Kind::Chapter,
                      tr("Chapitre %1 enregistré (nouvelle version du catalogue).").arg(dialog.savedCode()));
    }
}

void CatalogueView::newChapter()
{
    if (m_readOnly || !m_admin)
        return;
    ChapterEditDialog dialog(*m_admin, m_session, m_model->catalogue(), std::nullopt, this);
    if (const domain::Chapter *chapter = selectedChapter(); chapter && chapter->parentCode.isEmpty())
        dialog.setParentCode(chapter->code);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCode(), CatalogueTreeModel::Kind::Chapter,
                  tr("Chapitre %1 créé (nouvelle version du catalogue).").arg(dialog.savedCode()));
}

void CatalogueView::newExam()
{
    if (m_readOnly || !m_admin)
        return;
    ExamEditDialog dialog(*m_admin, m_session, m_model->catalogue(), std::nullopt, this);
    if (const domain::Chapter *chapter = selectedChapter())
        dialog.setChapterCode(chapter->code);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCode(), CatalogueTreeModel::Kind::Exam,
                  tr("Examen %1 créé (nouvelle version du catalogue).").arg(dialog.savedCode()));
}

void CatalogueView::newAnalysis()
{
    if (m_readOnly || !m_admin)
        return;
    AnalysisEditDialog dialog(*m_admin, m_session, std::nullopt, this);
    const domain::Exam *exam = selectedExam();
    if (!exam)
        exam = m_model->parentExamAt(m_ui->catalogueTree->currentIndex().siblingAtColumn(0));
    if (exam)
        dialog.setExamCode(exam->code);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCode(), CatalogueTreeModel::Kind::Analysis,
                  tr("Analyse %1 créée (nouvelle version du catalogue).").arg(dialog.savedCode()));
}

QString CatalogueView::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

void CatalogueView::setShowRetired(bool show)
{
    const QModelIndex current = m_ui->catalogueTree->currentIndex().siblingAtColumn(0);
    const QString code = current.data(CatalogueTreeModel::CodeRole).toString();
    const auto kind = static_cast<CatalogueTreeModel::Kind>(current.data(CatalogueTreeModel::KindRole).toInt());
    if (m_ui->showRetiredCheck->isChecked() != show)
        m_ui->showRetiredCheck->setChecked(show); // toggled() comes back here
    m_model->setShowRetired(show);
    m_ui->catalogueTree->expandToDepth(0);
    if (current.isValid())
        select(code, kind);
    updateButtons();
}

bool CatalogueView::setSelectedRetired(bool retired, const QString &reason)
{
    if (m_readOnly || !m_admin)
        return false;
    const domain::Analysis *analysis = selectedAnalysis();
    const domain::Exam *exam = analysis ? nullptr : selectedExam();
    if (!analysis && !exam)
        return false;
    const QString code = analysis ? analysis->localCode : exam->code;
    const auto kind = analysis ? CatalogueTreeModel::Kind::Analysis : CatalogueTreeModel::Kind::Exam;
    QStringList problems;
    if (reason.trimmed().isEmpty())
        problems << (retired ? tr("Motif : indiquez le motif du retrait de %1.").arg(code)
                             : tr("Motif : indiquez le motif de la réactivation de %1.").arg(code));
    else if (analysis)
        problems = CatalogueEditFeedback::problems(
            m_admin->setAnalysisRetired(m_session, code, retired, reason.trimmed()));
    else
        problems = CatalogueEditFeedback::problems(m_admin->setExamRetired(m_session, code, retired, reason.trimmed()));
    if (!problems.isEmpty()) {
        problems.prepend(retired ? tr("Retrait de %1 refusé :").arg(code) : tr("Réactivation de %1 refusée :").arg(code));
        m_ui->problemLabel->setText(problems.join(QStringLiteral("\n• ")));
        m_ui->problemLabel->show();
        return false;
    }
    m_ui->problemLabel->hide();
    QString message;
    if (analysis)
        message = retired ? tr("Analyse %1 retirée.").arg(code) : tr("Analyse %1 réactivée.").arg(code);
    else
        message = retired ? tr("Examen %1 retiré.").arg(code) : tr("Examen %1 réactivé.").arg(code);
    afterSave(code, kind, message);
    return true;
}

bool CatalogueView::deleteSelectedAnalysis(const QString &reason)
{
    const domain::Analysis *analysis = selectedAnalysis();
    if (m_readOnly || !m_admin || !analysis)
        return false;
    const QString code = analysis->localCode;
    QStringList problems;
    if (reason.trimmed().isEmpty())
        problems << tr("Motif : indiquez pourquoi l'analyse %1 est supprimée.").arg(code);
    else
        problems = CatalogueEditFeedback::problems(m_admin->deleteAnalysis(m_session, code, reason.trimmed()));
    if (!problems.isEmpty()) {
        problems.prepend(tr("Suppression de %1 refusée :").arg(code));
        m_ui->problemLabel->setText(problems.join(QStringLiteral("\n• ")));
        m_ui->problemLabel->show();
        return false;
    }
    m_ui->problemLabel->hide();
    reload();
    m_ui->statusLabel->setText(tr("Analyse %1 supprimée.").arg(code));
    return true;
}

void CatalogueView::askAndRetire()
{
    const domain::Analysis *analysis = selectedAnalysis();
    const domain::Exam *exam = analysis ? nullptr : selectedExam();
    if (!analysis && !exam)
        return;
    const bool retire = analysis ? !analysis->retired : !exam->retired;
    const QString code = analysis ? analysis->localCode : exam->code;
    const auto reason = CatalogueEditFeedback::askReason(
        this, retire ? tr("Retirer %1").arg(code) : tr("Réactiver %1").arg(code),
        retire ? tr("Motif du retrait de %1 (il ne pourra plus être prescrit ; les résultats passés restent) :").arg(code)
               : tr("Motif de la réactivation de %1 :").arg(code));
    if (reason)
        setSelectedRetired(retire, *reason);
}

void CatalogueView::askAndDelete()
{
    const domain::Analysis *analysis = selectedAnalysis();
    if (!analysis)
        return;
    const auto reason = CatalogueEditFeedback::askReason(
        this, tr("Supprimer l'analyse %1").arg(analysis->localCode),
        tr("Supprimer n'est possible que pour une analyse créée par erreur, jamais utilisée ni référencée "
           "(sinon, retirez-la). Motif :"));
    if (reason)
        deleteSelectedAnalysis(*reason);
}

void CatalogueView::editSelectedRanges()
{
    const domain::Analysis *analysis = selectedAnalysis();
    if (m_readOnly || !m_admin || !analysis)
        return;
    const QString code = analysis->localCode;
    ReferenceRangeDialog dialog(*m_admin, m_session, *analysis, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    afterSave(code, CatalogueTreeModel::Kind::Analysis,
              tr("Valeurs de référence de %1 enregistrées (nouvelle version du catalogue).").arg(code));
}

void CatalogueView::showSelectedHistory()
{
    const QModelIndex current = m_ui->catalogueTree->currentIndex().siblingAtColumn(0);
    if (!m_admin || !current.isValid())
        return;
    const QString kind =
        historyKind(static_cast<CatalogueTreeModel::Kind>(current.data(CatalogueTreeModel::KindRole).toInt()));
    if (kind.isEmpty())
        return;
    CatalogueHistoryDialog dialog(*m_admin, kind, current.data(CatalogueTreeModel::CodeRole).toString(),
                                  current.data().toString(), this);
    dialog.exec();
}

void CatalogueView::openExchange()
{
    if (m_readOnly || !m_admin)
        return;
    CatalogueExchangeDialog dialog(*m_admin, m_session, this);
    dialog.exec();
    if (dialog.catalogueChanged())
        reload();
}

void CatalogueView::showDetails(const QModelIndex &index)
{
    if (const domain::Analysis *a = m_model->analysisAt(index)) {
        m_ui->detailsBrowser->setHtml(CatalogueItemDetails::analysisHtml(*a, m_model->catalogue()));
        return;
    }
    const QModelIndex first = index.siblingAtColumn(0);
    QString loincLabel;
    QString loinc;
    if (const domain::Exam *exam = m_model->examAt(first); exam && !exam->loinc.isEmpty()) {
        loincLabel = tr("LOINC de la batterie :");
        loinc = exam->loinc;
    } else if (const domain::Chapter *chapter = m_model->chapterAt(first); chapter && !chapter->loinc.isEmpty()) {
        loincLabel = tr("LOINC de section :");
        loinc = chapter->loinc;
    }
    QStringList children;
    for (int row = 0; row < m_model->rowCount(first); ++row)
        children << m_model->index(row, 0, first).data().toString();
    m_ui->detailsBrowser->setHtml(CatalogueItemDetails::groupHtml(
        first.data().toString(), first.data(CatalogueTreeModel::CodeRole).toString(), loincLabel, loinc, children));
}

} // namespace sgl::app
