#include "app/specimens/TubeListModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using domain::Specimen;

TubeListModel::TubeListModel(QObject *parent) : QAbstractTableModel(parent) {}

void TubeListModel::setTubes(QList<workflow::specimens::TubeRow> tubes)
{
    beginResetModel();
    m_tubes = std::move(tubes);
    endResetModel();
}

const workflow::specimens::TubeRow *TubeListModel::tubeAt(int row) const
{
    return row >= 0 && row < m_tubes.size() ? &m_tubes.at(row) : nullptr;
}

int TubeListModel::rowOf(const QString &barcode) const
{
    for (qsizetype i = 0; i < m_tubes.size(); ++i)
        if (m_tubes.at(i).specimen.barcode == barcode)
            return int(i);
    return -1;
}

QString TubeListModel::stateText(const Specimen &s)
{
    switch (s.status) {
    case Specimen::Status::Expected:
        return tr("Attendu");
    case Specimen::Status::Received:
        return tr("Reçu");
    case Specimen::Status::Rejected:
        return s.rejectionReason.isEmpty() ? tr("Refusé") : tr("Refusé (%1)").arg(s.rejectionReason);
    }
    return {};
}

int TubeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tubes.size());
}

int TubeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TubeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tubes.size())
        return {};
    const workflow::specimens::TubeRow &t = m_tubes.at(index.row());
    if (role == SpecimenIdRole)
        return t.specimen.id;
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (t.specimen.status == Specimen::Status::Received)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        if (t.specimen.status == Specimen::Status::Rejected)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Barcode:
        return t.specimen.barcode;
    case Container: // the code fits the column; the label is in the tooltip
        return role == Qt::ToolTipRole || t.specimen.containerCode.isEmpty() ? t.containerLabel : t.specimen.containerCode;
    case State:
        return stateText(t.specimen);
    case ReceivedAt:
        return t.specimen.receivedAt.isValid()
                   ? t.specimen.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                   : QString();
    case ReceivedBy:
        return t.specimen.receivedBy;
    case Analyses: {
        QStringList codes;
        for (const auto &a : t.analyses)
            codes << (role == Qt::ToolTipRole ? a.label : a.code);
        return codes.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case NonConformities: {
        QStringList lines;
        for (const auto &nc : t.nonConformities) {
            QString line = domain::nonConformityReasonLabel(nc.reason);
            if (!nc.comment.isEmpty())
                line += QStringLiteral(" (") + nc.comment + u')';
            lines << line;
        }
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" ; "));
    }
    default:
        return {};
    }
}

QVariant TubeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Barcode:
        return tr("Code-barres");
    case Container:
        return tr("Tube");
    case State:
        return tr("État");
    case ReceivedAt:
        return tr("Reçu le");
    case ReceivedBy:
        return tr("Par");
    case Analyses:
        return tr("Analyses");
    case NonConformities:
        return tr("Non-conformités");
    default:
        return {};
    }
}

} // namespace sgl::app
