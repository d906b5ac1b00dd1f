#include "app/dispatch/DispatchAttemptModel.h"

namespace sgl::app {

namespace {
QString stamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) : QString();
}
} // namespace

DispatchAttemptModel::DispatchAttemptModel(QObject *parent) : QAbstractTableModel(parent) {}

void DispatchAttemptModel::setAttempts(QList<storage::OutboxAttempt> attempts)
{
    beginResetModel();
    m_attempts = std::move(attempts);
    endResetModel();
}

QString DispatchAttemptModel::outcomeLabel(const QString &outcome)
{
    // The codes are those of storage::OutboxAttempt::outcome (documented there).
    if (outcome == QLatin1String("open"))
        return tr("en cours (ou interrompu)");
    if (outcome == QLatin1String("sent"))
        return tr("envoyé");
    if (outcome == QLatin1String("transient"))
        return tr("échec temporaire");
    if (outcome == QLatin1String("permanent"))
        return tr("échec définitif");
    if (outcome == QLatin1String("abandoned"))
        return tr("abandonné (délai dépassé)");
    if (outcome == QLatin1String("lost"))
        return tr("résultat arrivé trop tard");
    return outcome;
}

int DispatchAttemptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attempts.size());
}

int DispatchAttemptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchAttemptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::OutboxAttempt &a = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Error)
        return a.error.isEmpty() ? QVariant() : QVariant(a.error);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Number:
        return a.attemptNo;
    case Outcome:
        return outcomeLabel(a.outcome);
    case StartedAt:
        return stamp(a.startedAt);
    case EndedAt:
        return stamp(a.endedAt);
    case Error:
        return a.error.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DispatchAttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Essai");
    case Outcome:
        return tr("Résultat");
    case StartedAt:
        return tr("Début");
    case EndedAt:
        return tr("Fin");
    case Error:
        return tr("Erreur");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
