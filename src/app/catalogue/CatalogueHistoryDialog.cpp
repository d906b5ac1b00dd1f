#include "app/catalogue/CatalogueHistoryDialog.h"

#include "app/catalogue/CatalogueHistoryModel.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_CatalogueHistoryDialog.h"

#include <QHeaderView>

namespace sgl::app {

CatalogueHistoryDialog::CatalogueHistoryDialog(workflow::CatalogueAdmin &admin,
                                               const QString &itemKind, const QString &itemCode,
                                               const QString &itemLabel,
                                               QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::CatalogueHistoryDialog>()),
      m_model(new CatalogueHistoryModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Historique — %1 %2").arg(CatalogueHistoryModel::kindLabel(itemKind), itemCode));
    m_ui->historyTable->setModel(m_model);
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    auto history = admin.history(itemKind, itemCode);
    if (!history) {
        m_ui->infoLabel->setText(tr("Historique indisponible : %1").arg(history.error().message));
        return;
    }
    m_model->setChanges(std::move(*history));
    m_ui->historyTable->resizeColumnsToContents();
    m_ui->infoLabel->setText(tr("%1 (%2) : %n modification(s) enregistrée(s).", nullptr,
                                m_model->rowCount())
                                 .arg(itemLabel, itemCode));
}

CatalogueHistoryDialog::~CatalogueHistoryDialog() = default;

QString CatalogueHistoryDialog::infoText() const
{
    return m_ui->infoLabel->text();
}

} // namespace sgl::app
