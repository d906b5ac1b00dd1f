#include "app/validation/CommentsPanel.h"

#include "app/validation/CommentDialog.h"
#include "app/validation/DossierCommentsModel.h"
#include "app/validation/ValidationReasonDialog.h"
#include "app/validation/ValidationServices.h"
#include "app/validation/ValidationShortcuts.h"
#include "workflow/validation/CommentLibrary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sgl::app {

using namespace sgl::workflow::validation;

CommentsPanel::CommentsPanel(ValidationServices &services, bool readOnly,
                             std::function<const ValidationResultRow *()> currentRow, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_readOnly(readOnly),
      m_currentRow(std::move(currentRow)),
      m_model(new DossierCommentsModel(this)),
      m_table(new QTableView(this)),
      m_addButton(new QPushButton(ValidationShortcuts::label(tr("Ajouter un commentaire…"), ValidationShortcuts::Comment), this)),
      m_removeButton(new QPushButton(tr("Retirer…"), this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setWordWrap(false);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(DossierCommentsModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(DossierCommentsModel::TargetColumn, 110);
    header->resizeSection(DossierCommentsModel::PrintedColumn, 64);
    header->resizeSection(DossierCommentsModel::AuthorColumn, 80);
    header->resizeSection(DossierCommentsModel::DateColumn, 110);
    m_removeButton->setToolTip(tr("Retirer le commentaire choisi (motif obligatoire ; il reste dans l'historique)"));
    m_addButton->setVisible(!m_readOnly);
    m_removeButton->setVisible(!m_readOnly);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &CommentsPanel::openAddDialog);
    connect(m_removeButton, &QPushButton::clicked, this, &CommentsPanel::openRemoveDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommentsPanel::updateButtons);
    updateButtons();
}

void CommentsPanel::setDossier(const ValidationDossier &dossier)
{
    m_dossierId = dossier.dossierId;
    m_version = dossier.version;
    m_model->setDossier(dossier);
    updateButtons();
}

int CommentsPanel::activeCount() const
{
    int n = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        n += m_model->comment(i).removed ? 0 : 1;
    return n;
}

void CommentsPanel::updateButtons()
{
    m_addButton->setEnabled(m_dossierId != 0);
    const QModelIndex current = m_table->currentIndex();
    m_removeButton->setEnabled(current.isValid() && !m_model->comment(current.row()).removed);
}

void CommentsPanel::openAddDialog()
{
    if (m_readOnly || m_dossierId == 0)
        return;
    auto templates = m_services.commentLibrary().list(true);
    if (!templates) {
        acted(std::unexpected(templates.error()));
        return;
    }
    const ValidationResultRow *row = m_currentRow ? m_currentRow() : nullptr;
    const qint64 resultId = row ? row->result.id : 0;
    const QString label = row ? tr("%1 : %2 %3").arg(row->analysisLabel, row->result.value.displayFr(), row->unit).trimmed()
                              : QString();
    CommentDialog dialog(*templates, label, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CommentRequest request;
    request.resultId = dialog.onResult() ? resultId : 0;
    request.templateCode = dialog.templateCode();
    request.text = dialog.text();
    request.printed = dialog.printed();
    add(request);
}

void CommentsPanel::openRemoveDialog()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    const domain::DossierComment &c = m_model->comment(current.row());
    ValidationReasonDialog dialog(tr("Retirer un commentaire"), c.text, this);
    if (dialog.exec() == QDialog::Accepted)
        remove(c.id, dialog.reason());
}

void CommentsPanel::add(CommentRequest request)
{
    request.dossierId = m_dossierId;
    request.dossierVersion = m_version;
    auto out = m_services.comments().add(request);
    if (!out) {
        acted(std::unexpected(out.error()));
        return;
    }
    acted(out->comment.printed ? tr("Commentaire ajouté (imprimé sur le compte rendu).")
                                    : tr("Commentaire interne ajouté."));
}

void CommentsPanel::remove(qint64 commentId, const QString &reason)
{
    auto out = m_services.comments().remove(m_dossierId, m_version, commentId, reason);
    if (!out) {
        acted(std::unexpected(out.error()));
        return;
    }
    acted(tr("Commentaire retiré (conservé dans l'historique du dossier)."));
}

} // namespace sgl::app
