#include "app/bench/ResultGridModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sgl::app {

using namespace sgl::domain;

ResultGridModel::ResultGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResultGridModel::setSheet(workflow::bench::DossierSheet sheet)
{
    beginResetModel();
    m_sheet = std::move(sheet);
    endResetModel();
}

bool ResultGridModel::updateResult(const LabResult &result)
{
    for (int i = 0; i < m_sheet.rows.size(); ++i)
        if (m_sheet.rows[i].result.id == result.id) {
            m_sheet.rows[i].result = result;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return true;
        }
    return false;
}

bool ResultGridModel::isEditableRow(int row) const
{
    if (m_readOnly || row < 0 || row >= m_sheet.rows.size())
        return false;
    const auto &r = m_sheet.rows.at(row);
    const ValidationState s = r.result.state;
    return !r.analysis.isCalculated()
           && (s == ValidationState::Pending || s == ValidationState::Entered || s == ValidationState::RerunRequested);
}

int ResultGridModel::nextEditableRow(int row) const
{
    for (int i = row + 1; i < m_sheet.rows.size(); ++i)
        if (isEditableRow(i))
            return i;
    return -1;
}

QString ResultGridModel::referenceText(const workflow::bench::SheetRow &row)
{
    if (!row.range)
        return {};
    const QLocale fr(QLocale::French);
    const auto &r = *row.range;
    if (r.low && r.high)
        return QStringLiteral("%1 – %2").arg(fr.toString(*r.low), fr.toString(*r.high));
    if (r.low)
        return QStringLiteral("≥ %1").arg(fr.toString(*r.low));
    if (r.high)
        return QStringLiteral("≤ %1").arg(fr.toString(*r.high));
    return r.text;
}

int ResultGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int ResultGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheet.rows.size())
        return {};
    const auto &row = m_sheet.rows.at(index.row());
    const LabResult &r = row.result;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case AnalysisColumn:
            return row.analysis.isCalculated() ? tr("%1 (calculé)").arg(row.analysis.label) : row.analysis.label;
        case ValueColumn: return r.value.kind == ResultValue::Kind::Empty ? QString() : r.value.displayFr();
        case UnitColumn: return row.analysis.displayUnit.isEmpty() ? row.analysis.unit : row.analysis.displayUnit;
        case ReferenceColumn: return referenceText(row);
        case FlagColumn: return r.flag ? abnormalFlagCode(*r.flag) : QString();
        case StateColumn: return validationStateLabel(r.state);
        case InstrumentColumn: return instrumentText(r);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == InstrumentColumn || index.column() == FlagColumn)
        && !r.analyzer.isEmpty())
        return r.instrumentFlags.isEmpty()
                   ? tr("Valeur reçue de l'automate %1, sans alarme.").arg(r.analyzer)
                   : tr("Valeur reçue de l'automate %1 ; alarmes de l'automate : %2.")
                         .arg(r.analyzer, r.instrumentFlags.join(QStringLiteral(", ")));
    if (role == Qt::ForegroundRole && index.column() == InstrumentColumn && !r.instrumentFlags.isEmpty())
        return QBrush(QColor(0x9a, 0x4d, 0x00));
    if (role == Qt::ToolTipRole && index.column() == AnalysisColumn)
        return r.comment.isEmpty() ? row.analysis.localCode : row.analysis.localCode + QStringLiteral(" — ") + r.comment;
    if (role == Qt::BackgroundRole && index.column() == FlagColumn && r.flag) {
        switch (*r.flag) {
        case AbnormalFlag::CriticalLow:
        case AbnormalFlag::CriticalHigh:
        case AbnormalFlag::CriticalAbnormal: return QBrush(QColor(0xf4, 0xb6, 0xb6));
        case AbnormalFlag::Normal: return {};
        default: return QBrush(QColor(0xfc, 0xe4, 0xb0));
        }
    }
    if (role == Qt::UserRole)
        return r.id;
    return {};
}

bool ResultGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ValueColumn || !isEditableRow(index.row())
        || !m_committer)
        return false;
    return m_committer(index.row(), value.toString());
}

Qt::ItemFlags ResultGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn && isEditableRow(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ResultGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AnalysisColumn: return tr("Analyse");
    case ValueColumn: return tr("Valeur");
    case UnitColumn: return tr("Unité");
    case ReferenceColumn: return tr("Référence");
    case FlagColumn: return tr("Indicateur");
    case StateColumn: return tr("État");
    case InstrumentColumn: return tr("Automate");
    default: return {};
    }
}

QString ResultGridModel::instrumentText(const LabResult &result)
{
    if (result.analyzer.isEmpty())
        return {};
    return result.instrumentFlags.isEmpty()
               ? result.analyzer
               : tr("%1 · %2").arg(result.analyzer, result.instrumentFlags.join(QLatin1Char(' ')));
}

} // namespace sgl::app
