#include "app/validation/ValidationQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace sgl::app {

using workflow::validation::ValidationQueueRow;
using Priority = domain::Dossier::Priority;

ValidationQueueModel::ValidationQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ValidationQueueModel::setRows(const QList<ValidationQueueRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

int ValidationQueueModel::rowOf(qint64 dossierId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].dossierId == dossierId)
            return i;
    return -1;
}

QString ValidationQueueModel::alertCodes(const ValidationQueueRow &r)
{
    QStringList out;
    if (r.priority != Priority::Routine)
        out << QStringLiteral("U");
    if (r.critical)
        out << (r.criticalWithoutCallBack ? QStringLiteral("C!") : QStringLiteral("C"));
    else if (r.abnormal)
        out << QStringLiteral("A");
    if (r.deltaAlert)
        out << QStringLiteral("Δ");
    if (r.nonConformity)
        out << QStringLiteral("NC");
    if (!r.complete)
        out << tr("Inc.");
    if (qcHeld(r))
        out << tr("CQ");
    if (std::ranges::any_of(r.exclusions, [](const domain::ReleaseExclusion &e) {
            return e.reason == domain::ReleaseExclusion::Reason::SuspectedSwap;
        }))
        out << tr("Éch.");
    return out.join(u' ');
}

bool ValidationQueueModel::qcHeld(const ValidationQueueRow &r)
{
    return std::ranges::any_of(r.exclusions, [](const domain::ReleaseExclusion &e) {
        return e.reason == domain::ReleaseExclusion::Reason::QcHold;
    });
}

QString ValidationQueueModel::explanation(const ValidationQueueRow &r)
{
    QStringList lines;
    lines << tr("%1 — %2 (%3)").arg(r.number, r.patientName, domain::priorityLabel(r.priority));
    lines << tr("%1 résultat(s) à valider, %2 validé(s), %3 en cours à la paillasse")
                 .arg(r.toValidate)
                 .arg(r.validated)
                 .arg(r.pending);
    if (r.critical)
        lines << (r.criticalWithoutCallBack ? tr("Valeur critique : rappel du prescripteur à enregistrer")
                                            : tr("Valeur critique : rappel enregistré"));
    else if (r.abnormal)
        lines << tr("Résultat hors des valeurs de référence");
    if (r.deltaAlert)
        lines << tr("Alerte delta par rapport aux antériorités");
    if (r.nonConformity)
        lines << tr("Non-conformité pré-analytique");
    if (qcHeld(r))
        lines << tr("Résultat(s) retenu(s) par le contrôle qualité : validation impossible avant la revue du contrôle");
    if (r.exclusions.isEmpty()) {
        lines << tr("Libérable par lot.");
    } else {
        lines << tr("Exclu de la libération par lot :");
        for (const auto &e : r.exclusions)
            lines << QStringLiteral("• ") + e.text;
    }
    return lines.join(u'\n');
}

QString ValidationQueueModel::ageText(const ValidationQueueRow &r, const QDateTime &now)
{
    const QDateTime since = r.sampledAt.isValid() ? r.sampledAt : r.firstReceivedAt;
    if (!since.isValid())
        return QString();
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 j").arg(minutes / (24 * 60));
}

int ValidationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValidationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ValidationQueueRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn: // abbreviated: the column stays narrow; the full word in the tooltip
            switch (r.priority) {
            case Priority::Vital:
                return tr("Vit.");
            case Priority::Urgent:
                return tr("Urg.");
            case Priority::Routine:
                break;
            }
            return tr("Norm.");
        case AgeColumn:
            return ageText(r, m_now);
        case NumberColumn:
            return r.number;
        case PatientColumn:
            return r.patientName;
        case AlertsColumn:
            return alertCodes(r);
        case ReleaseColumn:
            return r.exclusions.isEmpty() ? tr("oui") : QString::number(r.exclusions.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return explanation(r);
    case Qt::ForegroundRole:
        if (index.column() == AlertsColumn && (r.critical || qcHeld(r)))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == PriorityColumn && r.priority != Priority::Routine)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == ReleaseColumn && r.exclusions.isEmpty())
            return QBrush(QColor(0x1b, 0x7a, 0x2e));
        return {};
    case Qt::FontRole:
        if (r.priority == Priority::Vital || (index.column() == AlertsColumn && r.criticalWithoutCallBack)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::UserRole:
        return r.dossierId;
    default:
        return {};
    }
}

QVariant ValidationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn:
            return tr("Priorité : Vit. vitale, Urg. urgente, Norm. normale");
        case AgeColumn:
            return tr("Temps écoulé depuis le prélèvement");
        case AlertsColumn:
            return tr("U urgent, C critique (C! rappel à faire), A anormal, Δ alerte delta, NC non-conformité, "
                      "Inc. incomplet, CQ retenu par le contrôle qualité");
        case ReleaseColumn:
            return tr("Libérable par lot (« oui »), sinon le nombre de motifs d'exclusion (détail en infobulle)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn:
        return tr("Prio.");
    case AgeColumn:
        return tr("Âge");
    case NumberColumn:
        return tr("Dossier");
    case PatientColumn:
        return tr("Patient");
    case AlertsColumn:
        return tr("Alertes");
    case ReleaseColumn:
        return tr("Lot");
    default:
        return {};
    }
}

} // namespace sgl::app
