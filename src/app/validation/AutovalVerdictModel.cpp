#include "app/validation/AutovalVerdictModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using workflow::autoval::AutovalMode;

AutovalVerdictModel::AutovalVerdictModel(QObject *parent) : QAbstractTableModel(parent) {}

void AutovalVerdictModel::setVerdict(const std::optional<workflow::autoval::DossierAutovalView> &verdict)
{
    beginResetModel();
    m_verdict = verdict;
    m_lines.clear();
    if (m_verdict) {
        // What holds the whole dossier (a tube swap, a reflex proposal...) comes first: it is easy to
        // miss under a long list of releasable analyses.
        for (qsizetype i = 0; i < m_verdict->dossierHolds.size(); ++i)
            m_lines << Line{tr("Dossier"), tr("Retenu"), true, m_verdict->dossierHoldRules.value(i), m_verdict->dossierHolds.at(i)};
        for (const auto &a : m_verdict->analyses)
            m_lines << Line{a.analysisCode, a.released ? tr("Libérable") : tr("Retenu"), !a.released,
                            a.holdRules.join(QStringLiteral(", ")), a.holdTexts.join(QLatin1Char('\n'))};
    }
    endResetModel();
}

QString AutovalVerdictModel::summary() const
{
    if (!m_verdict)
        return tr("Dossier non évalué par les règles d'auto-validation.");
    const auto &v = *m_verdict;
    const QString mode = v.mode == AutovalMode::Active   ? tr("mode actif")
                         : v.mode == AutovalMode::Shadow ? tr("mode observation")
                                                         : tr("évaluation à la demande");
    const QString when = v.evaluatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    QString verdict;
    if (v.applied)
        verdict = tr("validé selon les règles du laboratoire");
    else if (v.released)
        verdict = v.error.isEmpty() ? tr("libérable selon les règles") : tr("libérable selon les règles, non validé : %1").arg(v.error);
    else {
        int held = 0;
        for (const auto &a : v.analyses)
            held += a.released ? 0 : 1;
        verdict = tr("retenu (%n analyse(s))", nullptr, held);
        if (!v.dossierHolds.isEmpty())
            verdict += tr(", motif(s) sur le dossier : %1").arg(v.dossierHolds.size());
    }
    return tr("Règles (%1, %2) : %3").arg(mode, when, verdict);
}

int AutovalVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AutovalVerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AutovalVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AnalysisColumn:
            return l.analysis;
        case VerdictColumn:
            return l.verdict;
        case RuleColumn:
            return l.rules;
        case ReasonColumn:
            return role == Qt::DisplayRole ? QString(l.reason).replace(QLatin1Char('\n'), QStringLiteral(" | ")) : l.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return QBrush(l.held ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x1e, 0x7b, 0x34));
    return {};
}

QVariant AutovalVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AnalysisColumn:
        return tr("Analyse");
    case VerdictColumn:
        return tr("Verdict");
    case RuleColumn:
        return tr("Règle");
    case ReasonColumn:
        return tr("Motif");
    default:
        return {};
    }
}

} // namespace sgl::app
