#include "app/validation/PreviousValuesModel.h"

#include "app/validation/ValidationResultsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sgl::app {

using namespace sgl::domain;

PreviousValuesModel::PreviousValuesModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviousValuesModel::setRow(const workflow::validation::ValidationResultRow *row)
{
    beginResetModel();
    m_cells.clear();
    if (row) {
        const LabResult &r = row->result;
        const auto flagText = [](const std::optional<AbnormalFlag> &f) {
            return f && *f != AbnormalFlag::Normal ? abnormalFlagCode(*f) : QString();
        };
        m_cells << Cell{r.observedAt, r.value.kind == ResultValue::Kind::Empty ? QString() : r.value.displayFr(),
                        flagText(r.flag), tr("Valeur du dossier ouvert")};
        for (const auto &p : row->previous) {
            QString value = p.converted ? ValidationResultsModel::number(*p.converted) : p.value.displayFr();
            QString tip = p.display;
            if (p.unitChanged)
                tip += tr("\nMesuré dans une autre unité (%1)").arg(p.value.displayFr());
            m_cells << Cell{p.observedAt, value, flagText(p.flag), tip};
        }
    }
    endResetModel();
}

int PreviousValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_cells.isEmpty() ? 0 : RowCount;
}

int PreviousValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant PreviousValuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_cells.size() || index.row() >= RowCount)
        return {};
    const Cell &c = m_cells.at(index.column());
    if (role == Qt::DisplayRole) {
        switch (index.row()) {
        case DateRow:
            return c.at.isValid() ? c.at.toLocalTime().toString(QStringLiteral("dd/MM/yy")) : QString();
        case ValueRow:
            return c.value;
        case FlagRow:
            return c.flag;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return c.tooltip;
    if (role == Qt::FontRole && index.column() == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.row() == FlagRow && !c.flag.isEmpty())
        return QBrush(c.flag.size() == 2 ? QColor(0xb0, 0x00, 0x20) : QColor(0xc0, 0x5a, 0x00));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return {};
}

QVariant PreviousValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        switch (section) {
        case DateRow:
            return tr("Date");
        case ValueRow:
            return tr("Valeur");
        case FlagRow:
            return tr("Ind.");
        default:
            return {};
        }
    }
    if (section == 0)
        return tr("Actuel");
    return tr("N-%1").arg(section);
}

} // namespace sgl::app
