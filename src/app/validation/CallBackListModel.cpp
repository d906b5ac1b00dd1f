#include "app/validation/CallBackListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace sgl::app {

using namespace sgl::domain;
using workflow::validation::ValidationResultRow;

namespace {

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

CallBackListModel::CallBackListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CallBackListModel::setDossier(const workflow::validation::ValidationDossier &d)
{
    beginResetModel();
    m_lines.clear();
    QSet<qint64> shown;
    for (const ValidationResultRow *row : d.rows()) {
        const QString analysis = tr("%1 (%2)").arg(row->analysisLabel, row->result.analysisCode);
        const QString value = row->result.value.kind == ResultValue::Kind::Numeric
                                  ? tr("%1 %2").arg(row->result.value.displayFr(), row->unit).trimmed()
                                  : row->result.value.displayFr();
        for (const CallBack &c : d.callBacksOf(row->result.id))
            m_lines << Line{row->result.id, analysis, value, c};
        if (d.needsCallBack(*row))
            m_lines << Line{row->result.id, analysis, value, std::nullopt};
        shown.insert(row->result.id);
    }
    // Records of results no longer shown (cancelled since) stay readable: the call took place.
    for (const CallBack &c : d.callBacks)
        if (!shown.contains(c.resultId))
            m_lines << Line{c.resultId, c.analysisCode, QString(), c};
    endResetModel();
}

int CallBackListModel::toDoCount() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return !l.record; }));
}

int CallBackListModel::recordCount() const
{
    return int(m_lines.size()) - toDoCount();
}

QString CallBackListModel::title() const
{
    if (const int toDo = toDoCount(); toDo > 0)
        return tr("Appels (%n à faire)", nullptr, toDo);
    return tr("Appels (%1)").arg(recordCount());
}

int CallBackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CallBackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallBackListModel::text(const Line &l, int column) const
{
    if (!l.record) {
        switch (column) {
        case AnalysisColumn:
            return l.analysis;
        case ValueColumn:
            return l.currentValue;
        case OutcomeColumn:
            return tr("Appel à faire");
        default:
            return QString();
        }
    }
    const CallBack &c = *l.record;
    switch (column) {
    case AnalysisColumn:
        return l.analysis;
    case ValueColumn:
        return c.valueText;
    case CalledColumn:
        return c.calledName;
    case MethodColumn:
        return callBackMethodLabel(c.method);
    case AtColumn: // day and time; the year is in the tooltip
        return c.calledAt.isValid() ? c.calledAt.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")) : QString();
    case OutcomeColumn:
        if (c.unreachable)
            return tr("Injoignable : %1").arg(c.escalation);
        return c.readBack ? tr("Relecture confirmée") : tr("Sans relecture");
    case ByColumn:
        return c.recordedBy;
    default:
        return QString();
    }
}

QVariant CallBackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(l, index.column());
    case Qt::UserRole:
        return l.resultId;
    case Qt::ToolTipRole:
        if (!l.record)
            return tr("Valeur critique : le prescripteur doit être prévenu (Rappel critique) avant la validation.");
        {
            QStringList lines{tr("%1 appelé(e) le %2 (%3)")
                                  .arg(l.record->calledName, dateTime(l.record->calledAt), callBackMethodLabel(l.record->method)),
                              tr("Enregistré par %1 le %2").arg(l.record->recordedBy, dateTime(l.record->recordedAt))};
            if (!l.record->comment.isEmpty())
                lines << tr("Commentaire : %1").arg(l.record->comment);
            if (l.record->unreachable)
                lines << tr("Personne n'a pu être joint ; mesure prise : %1").arg(l.record->escalation);
            return lines.join(u'\n');
        }
    case Qt::ForegroundRole:
        if (!l.record || (index.column() == OutcomeColumn && l.record->unreachable))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (!l.record && index.column() == OutcomeColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant CallBackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AnalysisColumn:
        return tr("Analyse");
    case ValueColumn:
        return tr("Valeur");
    case CalledColumn:
        return tr("Personne appelée");
    case MethodColumn:
        return tr("Moyen");
    case AtColumn:
        return tr("Appel le");
    case OutcomeColumn:
        return tr("Relecture ou escalade");
    case ByColumn:
        return tr("Par");
    default:
        return {};
    }
}

} // namespace sgl::app
