#include "app/qc/QcEntryDialog.h"

#include "app/qc/QcServices.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sgl::app {

namespace {

QString groupKey(const domain::qc::QcLot &l)
{
    return l.analyzer + QLatin1Char('\x1f') + l.analysisCode;
}

} // namespace

QcEntryDialog::QcEntryDialog(QcServices &services, QList<workflow::qc::QcLotView> lots, QWidget *parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("qcEntryDialog"));
    setWindowTitle(tr("Saisir un contrôle qualité"));
    for (const auto &v : lots)
        if (v.lot.active)
            m_lots << v;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("qcGroup"));
    QStringList seen;
    for (const auto &v : m_lots) {
        const QString key = groupKey(v.lot);
        if (seen.contains(key))
            continue;
        seen << key;
        m_group->addItem(tr("%1 sur %2").arg(v.lot.analysisCode, v.lot.analyzer), key);
    }
    form->addRow(tr("Analyse et automate :"), m_group);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    form->addRow(tr("Passage le :"), m_at);
    layout->addLayout(form);
    m_levels = new QTableWidget(0, 3, this);
    m_levels->setObjectName(QStringLiteral("qcLevels"));
    m_levels->setHorizontalHeaderLabels({tr("Lot"), tr("Cible"), tr("Valeur")});
    m_levels->horizontalHeader()->setStretchLastSection(true);
    m_levels->verticalHeader()->hide();
    layout->addWidget(m_levels);
    auto *commentForm = new QFormLayout;
    m_comment = new QLineEdit(this);
    commentForm->addRow(tr("Commentaire :"), m_comment);
    layout->addLayout(commentForm);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("entryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_group, &QComboBox::currentIndexChanged, this, &QcEntryDialog::fillLevels);
    fillLevels();
    resize(520, 360);
}

void QcEntryDialog::fillLevels()
{
    const QString key = m_group->currentData().toString();
    m_levels->setRowCount(0);
    for (const auto &v : m_lots) {
        if (groupKey(v.lot) != key)
            continue;
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        auto *lot = new QTableWidgetItem(v.material.level.isEmpty() ? v.lot.lotNumber
                                                                    : tr("%1 (niveau %2)").arg(v.lot.lotNumber, v.material.level));
        lot->setData(Qt::UserRole, v.lot.id);
        lot->setFlags(lot->flags() & ~Qt::ItemIsEditable);
        m_levels->setItem(row, 0, lot);
        auto *target = new QTableWidgetItem(
            v.lot.established() ? tr("%1 ± %2").arg(domain::qc::formatQcNumber(*v.lot.mean), domain::qc::formatQcNumber(*v.lot.sd))
                                : tr("en établissement"));
        target->setFlags(target->flags() & ~Qt::ItemIsEditable);
        m_levels->setItem(row, 1, target);
        m_levels->setItem(row, 2, new QTableWidgetItem(QString()));
    }
}

void QcEntryDialog::selectLot(qint64 lotId)
{
    for (const auto &v : m_lots)
        if (v.lot.id == lotId)
            m_group->setCurrentIndex(m_group->findData(groupKey(v.lot)));
}

bool QcEntryDialog::setValue(qint64 lotId, const QString &value)
{
    for (int row = 0; row < m_levels->rowCount(); ++row)
        if (m_levels->item(row, 0)->data(Qt::UserRole).toLongLong() == lotId) {
            m_levels->item(row, 2)->setText(value);
            return true;
        }
    return false;
}

bool QcEntryDialog::submit()
{
    workflow::qc::QcRunRequest req;
    const QString key = m_group->currentData().toString();
    req.analyzer = key.section(QLatin1Char('\x1f'), 0, 0);
    req.analysisCode = key.section(QLatin1Char('\x1f'), 1, 1);
    req.observedAt = m_at->dateTime().toUTC();
    req.comment = m_comment->text();
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const QString value = m_levels->item(row, 2)->text();
        if (!value.trimmed().isEmpty())
            req.values << workflow::qc::QcValueInput{m_levels->item(row, 0)->data(Qt::UserRole).toLongLong(), value, 0};
    }
    auto out = m_services.recorder().record(req);
    if (!out) {
        m_error->setText(out.error().message);
        return false;
    }
    m_outcome = *out;
    accept();
    return true;
}

QString QcEntryDialog::errorText() const
{
    return m_error->text();
}

} // namespace sgl::app
