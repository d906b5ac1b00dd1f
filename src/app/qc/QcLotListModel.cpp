#include "app/qc/QcLotListModel.h"

#include "domain/qc/Westgard.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>

namespace sgl::app {

using domain::qc::formatQcNumber;

QcLotListModel::QcLotListModel(QObject *parent) : QAbstractTableModel(parent) {}

void QcLotListModel::setLots(QList<workflow::qc::QcLotView> lots)
{
    beginResetModel();
    m_lots = std::move(lots);
    endResetModel();
}

const workflow::qc::QcLotView *QcLotListModel::lotAt(int row) const
{
    return row >= 0 && row < m_lots.size() ? &m_lots[row] : nullptr;
}

int QcLotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lots.size());
}

int QcLotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QcLotListModel::data(const QModelIndex &index, int role) const
{
    const auto *v = lotAt(index.row());
    if (!v || !index.isValid())
        return {};
    if (role == Qt::ForegroundRole && !v->lot.active)
        return QBrush(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    const auto &l = v->lot;
    switch (index.column()) {
    case Lot:
        return l.lotNumber;
    case Material:
        return v->material.level.isEmpty() ? v->material.label
                                           : tr("%1 (niveau %2)").arg(v->material.label, v->material.level);
    case Analyzer:
        return l.analyzer;
    case Analysis:
        return l.analysisCode;
    case Target:
        if (!l.established())
            return tr("en cours d'établissement (%1 passages)").arg(l.initialRuns);
        return tr("%1 ± %2 %3").arg(formatQcNumber(*l.mean), formatQcNumber(*l.sd), l.unit).trimmed();
    case State:
        if (!l.active)
            return tr("retiré");
        if (l.expiresOn && *l.expiresOn < QDate::currentDate())
            return tr("périmé le %1").arg(l.expiresOn->toString(QStringLiteral("dd/MM/yyyy")));
        return tr("actif");
    default:
        return {};
    }
}

QVariant QcLotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Lot:
        return tr("Lot");
    case Material:
        return tr("Contrôle");
    case Analyzer:
        return tr("Automate");
    case Analysis:
        return tr("Analyse");
    case Target:
        return tr("Cible (moyenne ± ET)");
    case State:
        return tr("État");
    default:
        return {};
    }
}

QcRunListModel::QcRunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void QcRunListModel::setRuns(QList<storage::QcRunRow> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    std::reverse(m_runs.begin(), m_runs.end()); // newest first
    endResetModel();
}

const storage::QcRunRow *QcRunListModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int QcRunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int QcRunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QcRunListModel::data(const QModelIndex &index, int role) const
{
    const auto *r = runAt(index.row());
    if (!r || !index.isValid())
        return {};
    if (role == Qt::ForegroundRole && r->outcome == QLatin1String("rejected"))
        return QBrush(Qt::red);
    if (role == Qt::ToolTipRole)
        return r->violations.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return r->observedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Value:
        return formatQcNumber(r->value);
    case Z:
        if (!r->mean || !r->sd || *r->sd <= 0)
            return QString();
        return formatQcNumber(std::round((r->value - *r->mean) / *r->sd * 100.0) / 100.0);
    case Outcome:
        if (r->outcome == QLatin1String("establishing"))
            return tr("établissement");
        if (const auto o = domain::qc::qcOutcomeFromCode(r->outcome))
            return domain::qc::qcOutcomeLabel(*o);
        return r->outcome;
    case Rules:
        return r->rulesFired.join(QStringLiteral(", "));
    case Review:
        if (r->reviewState == QLatin1String("pending"))
            return tr("à revoir");
        if (r->reviewState == QLatin1String("accepted"))
            return tr("accepté après revue");
        if (r->reviewState == QLatin1String("rerun"))
            return tr("repasse demandée");
        return QString();
    default:
        return {};
    }
}

QVariant QcRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Value:
        return tr("Valeur");
    case Z:
        return tr("Écart (ET)");
    case Outcome:
        return tr("Verdict");
    case Rules:
        return tr("Règles");
    case Review:
        return tr("Revue");
    default:
        return {};
    }
}

} // namespace sgl::app
