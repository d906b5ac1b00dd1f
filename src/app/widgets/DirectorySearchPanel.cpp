#include "app/widgets/DirectorySearchPanel.h"

#include "app/widgets/DirectoryResultModel.h"
#include "workflow/directory/DirectorySearch.h"
#include "ui_DirectorySearchPanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>

namespace sgl::app {

DirectorySearchPanel::DirectorySearchPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DirectorySearchPanel>()), m_model(new DirectoryResultModel(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->resultsTable->setModel(m_model);
    m_ui->resultsTable->verticalHeader()->hide();
    // Columns share the width: the table never scrolls sideways on a 1366-pixel screen.
    m_ui->resultsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->resultsTable->horizontalHeader()->setSectionResizeMode(DirectoryResultModel::Rpps,
                                                                 QHeaderView::ResizeToContents);
    m_ui->resultsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->resultsTable->setWordWrap(false);
    m_ui->resultsTable->setTextElideMode(Qt::ElideRight);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &DirectorySearchPanel::search);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->rppsEdit, m_ui->cityEdit, m_ui->professionEdit})
        connect(edit, &QLineEdit::returnPressed, this, &DirectorySearchPanel::search);
    connect(m_ui->resultsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectorySearchPanel::selectionChanged);
    connect(m_ui->resultsTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const auto *p = m_model->professionalAt(index.row()))
            emit activated(*p);
    });
}

DirectorySearchPanel::~DirectorySearchPanel() = default;

QLineEdit *DirectorySearchPanel::nameEdit() const { return m_ui->nameEdit; }
QLineEdit *DirectorySearchPanel::rppsEdit() const { return m_ui->rppsEdit; }
QLineEdit *DirectorySearchPanel::cityEdit() const { return m_ui->cityEdit; }
QLineEdit *DirectorySearchPanel::professionEdit() const { return m_ui->professionEdit; }
QPushButton *DirectorySearchPanel::searchButton() const { return m_ui->searchButton; }
QTableView *DirectorySearchPanel::table() const { return m_ui->resultsTable; }

bool DirectorySearchPanel::search()
{
    if (!m_search) {
        showMessage(tr("Recherche dans l'Annuaire Santé indisponible sur ce poste."), true);
        return false;
    }
    workflow::directory::DirectoryQuery query;
    query.name = m_ui->nameEdit->text();
    query.rpps = m_ui->rppsEdit->text();
    query.city = m_ui->cityEdit->text();
    query.profession = m_ui->professionEdit->text();
    auto found = m_search->find(query);
    if (!found) {
        m_model->setProfessionals({});
        showMessage(found.error().message, true);
        return false;
    }
    const int count = int(found->size());
    m_model->setProfessionals(std::move(*found));
    if (count == 0)
        showMessage(tr("Aucun professionnel trouvé dans l'Annuaire Santé."), false);
    else if (count >= query.limit)
        showMessage(tr("Les %1 premiers professionnels sont affichés : précisez la recherche.").arg(count), false);
    else
        showMessage(tr("%n professionnel(s) trouvé(s).", nullptr, count), false);
    if (count > 0)
        selectRow(0);
    return true;
}

std::optional<domain::DirectoryProfessional> DirectorySearchPanel::selected() const
{
    const QModelIndexList rows = m_ui->resultsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const domain::DirectoryProfessional *p = m_model->professionalAt(rows.first().row());
    return p ? std::optional(*p) : std::nullopt;
}

void DirectorySearchPanel::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_ui->resultsTable->selectRow(row);
}

QString DirectorySearchPanel::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void DirectorySearchPanel::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setObjectName(error ? QStringLiteral("errorLabel") : QStringLiteral("infoLabel"));
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace sgl::app
