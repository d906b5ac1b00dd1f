#include "app/bench/WorklistModel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace sgl::app {

using namespace sgl::domain;

WorklistModel::WorklistModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorklistModel::setItems(QList<workflow::bench::WorklistItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int WorklistModel::dossierCount() const
{
    QSet<qint64> ids;
    for (const auto &i : m_items)
        ids.insert(i.dossierId);
    return int(ids.size());
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void WorklistModel::setQcHolds(QHash<qint64, QString> holds)
{
    m_qcHolds = std::move(holds);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, columnCount() - 1));
}

QString WorklistModel::qcHold(int row) const
{
    return row >= 0 && row < m_items.size() ? m_qcHolds.value(m_items.at(row).resultId) : QString();
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const auto &i = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PriorityColumn: return priorityLabel(i.priority);
        case DossierColumn: return i.dossierNumber;
        case PatientColumn: return i.patientName;
        case AnalysisColumn: return i.analysisCode;
        case StateColumn:
            if (m_qcHolds.contains(i.resultId))
                return tr("%1 — retenu CQ").arg(validationStateLabel(i.state));
            // A value from an analyzer with instrument flags is marked: the technician looks at them before validating.
            return i.instrumentFlags.isEmpty() ? validationStateLabel(i.state)
                                               : tr("%1 ⚑").arg(validationStateLabel(i.state));
        case TubeColumn: return i.barcode;
        case ReceivedColumn:
            return i.receivedAt.isValid() ? i.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                          : QString();
        default: return {};
        }
    }
    if (m_qcHolds.contains(i.resultId)) {
        if (role == Qt::ForegroundRole && index.column() == StateColumn)
            return QBrush(QColor(0xb0, 0x00, 0x00));
        if (role == Qt::ToolTipRole && index.column() == StateColumn)
            return tr("Retenu par le contrôle qualité : %1. Validation impossible avant la revue du contrôle.")
                .arg(m_qcHolds.value(i.resultId));
    }
    if (role == Qt::ForegroundRole && index.column() == PriorityColumn && i.priority != Dossier::Priority::Routine)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !i.analyzer.isEmpty())
        return i.instrumentFlags.isEmpty()
                   ? tr("Valeur reçue de l'automate %1.").arg(i.analyzer)
                   : tr("Valeur reçue de l'automate %1 ; alarmes : %2.")
                         .arg(i.analyzer, i.instrumentFlags.join(QStringLiteral(", ")));
    if (role == Qt::ToolTipRole && !i.barcode.isEmpty())
        return tr("Tube %1 (%2)").arg(i.barcode, i.containerCode);
    if (role == Qt::UserRole)
        return i.dossierId;
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn: return tr("Priorité");
    case DossierColumn: return tr("Dossier");
    case PatientColumn: return tr("Patient");
    case AnalysisColumn: return tr("Analyse");
    case StateColumn: return tr("État");
    case TubeColumn: return tr("Tube");
    case ReceivedColumn: return tr("Reçu le");
    default: return {};
    }
}

} // namespace sgl::app
