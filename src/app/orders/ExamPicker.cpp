#include "app/orders/ExamPicker.h"

#include "workflow/orders/OrderEntry.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sgl::app {

namespace {
constexpr int kAnalysesRole = Qt::UserRole + 1;
}

ExamPicker::ExamPicker(Search searchFunction, QWidget *parent) : QWidget(parent), m_search(std::move(searchFunction))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout();
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("examSearch"));
    m_searchEdit->setPlaceholderText(tr("Code ou libellé de l'examen (ex. NFS, glycémie)"));
    m_searchEdit->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Examen :"), this);
    searchLabel->setBuddy(m_searchEdit);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    layout->addLayout(searchRow);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("examResults"));
    m_results->setMinimumHeight(90);
    layout->addWidget(m_results, 1);

    auto *buttons = new QHBoxLayout();
    auto *add = new QPushButton(tr("&Ajouter l'examen"), this);
    auto *remove = new QPushButton(tr("&Retirer"), this);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(remove);

    m_chosen = new QTreeWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenExams"));
    m_chosen->setHeaderLabels({tr("Examens demandés"), tr("Code")});
    m_chosen->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chosen->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_chosen->header()->setStretchLastSection(false);
    m_chosen->setMinimumHeight(110);
    layout->addLayout(buttons);
    layout->addWidget(m_chosen, 2);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &ExamPicker::search);
    m_searchEdit->installEventFilter(this);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &ExamPicker::addSelected);
    connect(add, &QPushButton::clicked, this, &ExamPicker::addSelected);
    connect(remove, &QPushButton::clicked, this, &ExamPicker::removeSelected);
    search({});
}

bool ExamPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSelected();
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            // Arrows move in the results without leaving the search field.
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExamPicker::search(const QString &text)
{
    m_results->clear();
    auto found = m_search(text);
    if (!found) {
        m_results->addItem(found.error().message);
        return;
    }
    for (const auto &e : *found) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.code, e.label), m_results);
        item->setData(Qt::UserRole, e.code);
        item->setData(kAnalysesRole, e.analysisLabels);
        if (e.analysisLabels.size() > 1)
            item->setToolTip(e.analysisLabels.join(QLatin1Char('\n')));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

bool ExamPicker::addExam(const QString &code)
{
    if (m_codes.contains(code) || m_excluded.contains(code))
        return false;
    auto found = m_search(code);
    if (!found)
        return false;
    for (const auto &e : *found) {
        if (e.code != code)
            continue;
        auto *top = new QTreeWidgetItem(m_chosen, {e.label, e.code});
        top->setData(0, Qt::UserRole, e.code);
        if (e.analysisLabels.size() > 1 || (e.analysisLabels.size() == 1 && e.analysisLabels.first() != e.label))
            for (const QString &a : e.analysisLabels)
                new QTreeWidgetItem(top, {a, QString()});
        top->setExpanded(e.analysisLabels.size() <= 6);
        m_codes << code;
        emit changed();
        return true;
    }
    return false;
}

void ExamPicker::addSelected()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    if (addExam(item->data(Qt::UserRole).toString())) {
        m_searchEdit->clear();
        m_searchEdit->setFocus();
    }
}

void ExamPicker::removeExam(const QString &code)
{
    for (int i = 0; i < m_chosen->topLevelItemCount(); ++i) {
        if (m_chosen->topLevelItem(i)->data(0, Qt::UserRole).toString() == code) {
            delete m_chosen->takeTopLevelItem(i);
            m_codes.removeAll(code);
            emit changed();
            return;
        }
    }
}

void ExamPicker::removeSelected()
{
    QTreeWidgetItem *item = m_chosen->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (item)
        removeExam(item->data(0, Qt::UserRole).toString());
}

void ExamPicker::clear()
{
    m_chosen->clear();
    m_codes.clear();
    m_searchEdit->clear();
    emit changed();
}

} // namespace sgl::app
