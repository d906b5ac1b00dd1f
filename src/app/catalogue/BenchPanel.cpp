#include "app/catalogue/BenchPanel.h"

#include "app/catalogue/BenchEditDialog.h"
#include "app/catalogue/CatalogueHistoryDialog.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_BenchPanel.h"

#include <QHeaderView>

namespace sgl::app {

BenchPanel::BenchPanel(workflow::CatalogueAdmin *admin, domain::UserSession session, bool readOnly, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::BenchPanel>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_readOnly(readOnly)
{
    m_ui->setupUi(this);
    m_ui->benchTable->setColumnCount(3);
    m_ui->benchTable->setHorizontalHeaderLabels({tr("Code"), tr("Libellé"), tr("Analyses actives")});
    m_ui->benchTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->benchTable->verticalHeader()->hide();
    m_ui->newBenchButton->setVisible(!m_readOnly);
    m_ui->renameBenchButton->setVisible(!m_readOnly);
    connect(m_ui->benchTable, &QTableWidget::currentCellChanged, this, &BenchPanel::updateButtons);
    connect(m_ui->benchTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!m_readOnly)
            renameSelected();
    });
    connect(m_ui->newBenchButton, &QPushButton::clicked, this, &BenchPanel::newBench);
    connect(m_ui->renameBenchButton, &QPushButton::clicked, this, &BenchPanel::renameSelected);
    connect(m_ui->benchHistoryButton, &QPushButton::clicked, this, &BenchPanel::showSelectedHistory);
    updateButtons();
}

BenchPanel::~BenchPanel() = default;

void BenchPanel::setCatalogue(const domain::Catalogue &catalogue)
{
    const QString selected = selectedCode();
    m_catalogue = catalogue;
    m_ui->benchTable->setRowCount(0);
    for (const domain::Bench &b : m_catalogue.benches) {
        const auto used = std::count_if(m_catalogue.analyses.cbegin(), m_catalogue.analyses.cend(),
                                        [&](const domain::Analysis &a) { return a.bench == b.code && !a.retired; });
        const int row = m_ui->benchTable->rowCount();
        m_ui->benchTable->insertRow(row);
        m_ui->benchTable->setItem(row, 0, new QTableWidgetItem(b.code));
        m_ui->benchTable->setItem(row, 1, new QTableWidgetItem(b.label));
        auto *count = new QTableWidgetItem(QString::number(used));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->benchTable->setItem(row, 2, count);
    }
    m_ui->benchTable->resizeColumnToContents(0);
    m_ui->benchTable->resizeColumnToContents(2);
    if (!selected.isEmpty())
        selectBench(selected);
    updateButtons();
}

bool BenchPanel::selectBench(const QString &code)
{
    for (int row = 0; row < m_ui->benchTable->rowCount(); ++row)
        if (m_ui->benchTable->item(row, 0)->text() == code) {
            m_ui->benchTable->setCurrentCell(row, 0);
            return true;
        }
    return false;
}

QString BenchPanel::selectedCode() const
{
    const QTableWidgetItem *item = m_ui->benchTable->item(m_ui->benchTable->currentRow(), 0);
    return item ? item->text() : QString();
}

QStringList BenchPanel::rows() const
{
    QStringList out;
    for (int row = 0; row < m_ui->benchTable->rowCount(); ++row)
        out << QStringLiteral("%1|%2|%3").arg(m_ui->benchTable->item(row, 0)->text(),
                                               m_ui->benchTable->item(row, 1)->text(),
                                               m_ui->benchTable->item(row, 2)->text());
    return out;
}

void BenchPanel::updateButtons()
{
    const bool selected = !selectedCode().isEmpty();
    m_ui->newBenchButton->setEnabled(m_admin != nullptr);
    m_ui->renameBenchButton->setEnabled(m_admin && selected);
    m_ui->benchHistoryButton->setEnabled(m_admin && selected);
}

void BenchPanel::newBench()
{
    if (m_readOnly || !m_admin)
        return;
    BenchEditDialog dialog(*m_admin, m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = dialog.savedCode();
    emit catalogueChanged(tr("Paillasse %1 créée (nouvelle version du catalogue).").arg(code));
    selectBench(code);
}

void BenchPanel::renameSelected()
{
    const domain::Bench *bench = m_catalogue.bench(selectedCode());
    if (m_readOnly || !m_admin || !bench)
        return;
    BenchEditDialog dialog(*m_admin, m_session, *bench, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = dialog.savedCode();
    emit catalogueChanged(tr("Paillasse %1 renommée (nouvelle version du catalogue).").arg(code));
    selectBench(code);
}

void BenchPanel::showSelectedHistory()
{
    const domain::Bench *bench = m_catalogue.bench(selectedCode());
    if (!m_admin || !bench)
        return;
    CatalogueHistoryDialog dialog(*m_admin, QStringLiteral("bench"), bench->code, bench->label, this);
    dialog.exec();
}

} // namespace sgl::app
