#include "app/bench/ResultHistoryModel.h"

namespace sgl::app {

using namespace sgl::domain;

ResultHistoryModel::ResultHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResultHistoryModel::setEntries(QList<ResultHistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString ResultHistoryModel::actionLabel(const QString &code)
{
    if (code == validationActionCode(ValidationAction::Enter))
        return tr("Saisie");
    if (code == validationActionCode(ValidationAction::TechnicalValidate))
        return tr("Validation technique");
    if (code == validationActionCode(ValidationAction::Validate))
        return tr("Validation biologique");
    if (code == validationActionCode(ValidationAction::RequestRerun))
        return tr("Repasse / dilution");
    if (code == validationActionCode(ValidationAction::Correct))
        return tr("Correction");
    if (code == validationActionCode(ValidationAction::Cancel))
        return tr("Annulation");
    if (code == resultAddedActionCode())
        return tr("Ajout par le biologiste");
    return code;
}

int ResultHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ResultHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const auto &e = m_entries.at(index.row());
    switch (index.column()) {
    case AtColumn: return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case ActorColumn: return e.actor;
    case ActionColumn: return actionLabel(e.action);
    case StateColumn:
        return QStringLiteral("%1 → %2").arg(validationStateLabel(e.stateBefore), validationStateLabel(e.stateAfter));
    case ValueColumn: return e.flag ? QStringLiteral("%1 (%2)").arg(e.valueText, abnormalFlagCode(*e.flag)) : e.valueText;
    case ReasonColumn: return e.reason;
    default: return {};
    }
}

QVariant ResultHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn: return tr("Date");
    case ActorColumn: return tr("Par");
    case ActionColumn: return tr("Action");
    case StateColumn: return tr("État");
    case ValueColumn: return tr("Valeur");
    case ReasonColumn: return tr("Motif");
    default: return {};
    }
}

} // namespace sgl::app
