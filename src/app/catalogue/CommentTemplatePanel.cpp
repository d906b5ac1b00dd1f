#include "app/catalogue/CommentTemplatePanel.h"

#include "app/catalogue/CommentTemplateDialog.h"
#include "app/catalogue/CommentTemplateTableModel.h"
#include "workflow/validation/CommentLibrary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

CommentTemplatePanel::CommentTemplatePanel(std::unique_ptr<workflow::validation::CommentLibrary> library, bool readOnly,
                                           QWidget *parent)
    : QWidget(parent),
      m_library(std::move(library)),
      m_readOnly(readOnly),
      m_model(new CommentTemplateTableModel(this)),
      m_table(new QTableView(this)),
      m_problem(new QLabel(this)),
      m_newButton(new QPushButton(tr("Nouveau…"), this)),
      m_editButton(new QPushButton(tr("Modifier…"), this)),
      m_retireButton(new QPushButton(tr("Retirer"), this))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(CommentTemplateTableModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(CommentTemplateTableModel::CodeColumn, 110);
    header->resizeSection(CommentTemplateTableModel::PrintedColumn, 160);
    header->resizeSection(CommentTemplateTableModel::ChapterColumn, 100);
    header->resizeSection(CommentTemplateTableModel::ActiveColumn, 60);
    m_retireButton->setToolTip(tr("Ne plus proposer ce commentaire (les commentaires déjà posés restent)"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_newButton, m_editButton, m_retireButton}) {
        b->setVisible(!m_readOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_newButton, &QPushButton::clicked, this, &CommentTemplatePanel::newTemplate);
    connect(m_editButton, &QPushButton::clicked, this, &CommentTemplatePanel::editSelected);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (!m_readOnly)
            editSelected();
    });
    connect(m_retireButton, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            retire(m_model->at(i.row()).code);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommentTemplatePanel::updateButtons);
    reload();
}

CommentTemplatePanel::~CommentTemplatePanel() = default;

QString CommentTemplatePanel::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CommentTemplatePanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool CommentTemplatePanel::reload()
{
    auto all = m_library->list(false);
    if (!all) {
        showProblem(all.error().message);
        return false;
    }
    m_model->setTemplates(*all);
    updateButtons();
    return true;
}

bool CommentTemplatePanel::save(const domain::CommentTemplate &t)
{
    auto saved = t.version == 0 ? m_library->create(t) : m_library->update(t);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    showProblem(QString());
    reload();
    selectCode(saved->code);
    return true;
}

bool CommentTemplatePanel::retire(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    auto retired = m_library->retire(code, m_model->at(row).version);
    if (!retired) {
        showProblem(retired.error().message);
        reload();
        return false;
    }
    showProblem(QString());
    reload();
    selectCode(code);
    return true;
}

bool CommentTemplatePanel::selectCode(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void CommentTemplatePanel::newTemplate()
{
    CommentTemplateDialog dialog(domain::CommentTemplate{}, this);
    while (dialog.exec() == QDialog::Accepted)
        if (save(dialog.value()))
            return;
}

void CommentTemplatePanel::editSelected()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    CommentTemplateDialog dialog(m_model->at(i.row()), this);
    while (dialog.exec() == QDialog::Accepted)
        if (save(dialog.value()))
            return;
}

void CommentTemplatePanel::updateButtons()
{
    const QModelIndex i = m_table->currentIndex();
    m_editButton->setEnabled(i.isValid());
    m_retireButton->setEnabled(i.isValid() && m_model->at(i.row()).active);
}

} // namespace sgl::app
