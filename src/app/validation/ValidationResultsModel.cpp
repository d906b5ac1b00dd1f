#include "app/validation/ValidationResultsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace sgl::app {

using namespace sgl::domain;
using workflow::validation::ValidationResultRow;

namespace {

// internalId: 0 for an exam row, group index + 1 for a result row.
constexpr quintptr kTop = 0;

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QColor flagColour(AbnormalFlag flag)
{
    switch (flag) {
    case AbnormalFlag::CriticalLow:
    case AbnormalFlag::CriticalHigh:
        return QColor(0xb0, 0x00, 0x20);
    case AbnormalFlag::Low:
        return QColor(0x15, 0x57, 0xb0);
    case AbnormalFlag::Normal:
        return QColor(0x40, 0x40, 0x40);
    default:
        return QColor(0xc0, 0x5a, 0x00);
    }
}

/** The state as the biologist reads it: short, so the column fits (the full label is in the tooltip). */
QString shortState(ValidationState state)
{
    switch (state) {
    case ValidationState::Pending:
        return ValidationResultsModel::tr("En attente");
    case ValidationState::Entered:
        return ValidationResultsModel::tr("Saisi");
    case ValidationState::TechnicallyValidated:
        return ValidationResultsModel::tr("À valider");
    case ValidationState::Validated:
        return ValidationResultsModel::tr("Validé");
    case ValidationState::RerunRequested:
        return ValidationResultsModel::tr("À repasser");
    case ValidationState::Cancelled:
        return ValidationResultsModel::tr("Annulé");
    }
    return QString();
}

} // namespace

ValidationResultsModel::ValidationResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ValidationResultsModel::setDossier(const workflow::validation::ValidationDossier &dossier)
{
    beginResetModel();
    m_dossier = dossier;
    m_groups.clear();
    for (const auto &chapter : m_dossier.chapters)
        for (const auto &exam : chapter.exams) {
            Group g;
            g.chapterCode = chapter.chapterCode;
            const QString chapterLabel = chapter.chapterLabel.isEmpty() ? tr("Autres analyses") : chapter.chapterLabel;
            const QString examLabel = exam.examLabel.isEmpty() ? tr("Ajouts") : exam.examLabel;
            g.title = chapterLabel == examLabel ? chapterLabel : tr("%1 — %2").arg(chapterLabel, examLabel);
            for (const auto &row : exam.rows)
                g.rows << &row;
            if (!g.rows.isEmpty())
                m_groups << g;
        }
    endResetModel();
}

const ValidationResultRow *ValidationResultsModel::resultRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTop)
        return nullptr;
    const auto &g = m_groups.at(int(index.internalId() - 1));
    return index.row() < g.rows.size() ? g.rows.at(index.row()) : nullptr;
}

QString ValidationResultsModel::chapterOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return QString();
    const int group = index.internalId() == kTop ? index.row() : int(index.internalId() - 1);
    return m_groups.at(group).chapterCode;
}

QModelIndex ValidationResultsModel::indexOfResult(qint64 resultId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].rows.size(); ++r)
            if (m_groups[g].rows[r]->result.id == resultId)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

QModelIndex ValidationResultsModel::indexOfAnalysis(const QString &code) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].rows.size(); ++r)
            if (m_groups[g].rows[r]->result.analysisCode == code)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

QString ValidationResultsModel::number(double value, int decimals)
{
    QString text = QLocale(QLocale::French, QLocale::France).toString(value, 'f', decimals);
    text.remove(QChar(0x202f)).remove(QChar(0x00a0)); // no thousands separator in a result
    if (text.contains(u',')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u','))
            text.chop(1);
    }
    return text;
}

QString ValidationResultsModel::deltaText(const DeltaComparison &delta)
{
    if (delta.outcome != DeltaOutcome::Compared)
        return QString();
    const QString sign = QStringLiteral("+");
    if (delta.relativeChange) {
        const double v = *delta.relativeChange;
        return QStringLiteral("Δ %1%2 %").arg(v >= 0 ? sign : QString(), number(v, 0));
    }
    if (delta.absoluteChange) {
        const double v = *delta.absoluteChange;
        return QStringLiteral("Δ %1%2").arg(v >= 0 ? sign : QString(), number(v, 2));
    }
    return QString();
}

QModelIndex ValidationResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kTop) : QModelIndex();
    if (parent.internalId() != kTop || parent.row() >= m_groups.size())
        return {};
    return row < m_groups[parent.row()].rows.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex ValidationResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int ValidationResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kTop || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int ValidationResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ValidationResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTop)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ValidationResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTop) {
        if (index.row() >= m_groups.size())
            return {};
        if (index.column() == AnalysisColumn && role == Qt::DisplayRole)
            return m_groups.at(index.row()).title;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::UserRole)
            return qint64(0);
        return {};
    }
    const ValidationResultRow *r = resultRow(index);
    return r ? resultData(*r, index.column(), role) : QVariant();
}

QVariant ValidationResultsModel::resultData(const ValidationResultRow &r, int column, int role) const
{
    const LabResult &res = r.result;
    if (role == Qt::UserRole)
        return res.id;
    if (role == Qt::ToolTipRole && column == StateColumn && !r.qcHold.isEmpty())
        return tr("Retenu par le contrôle qualité : %1. Validation impossible avant la revue du contrôle.").arg(r.qcHold);
    if (role == Qt::ToolTipRole)
        return tooltip(r, column);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case AnalysisColumn:
            return r.analysisLabel;
        case ValueColumn:
            return res.value.kind == ResultValue::Kind::Empty ? QString() : res.value.displayFr();
        case UnitColumn:
            return r.unit;
        case RangeColumn:
            return r.rangeText;
        case FlagColumn:
            return res.flag && *res.flag != AbnormalFlag::Normal ? abnormalFlagCode(*res.flag) : QString();
        case PreviousColumn:
            if (r.previous.isEmpty())
                return QString();
        {
            // Value in the current unit (the Unité column) and its date; the full list in the tooltip.
            const auto &p = r.previous.first();
            return tr("%1 (%2)").arg(p.converted ? number(*p.converted) : p.value.displayFr(),
                                     p.observedAt.toLocalTime().toString(QStringLiteral("dd/MM")));
        }
        case DeltaColumn:
            return deltaText(r.delta);
        case AnalyzerColumn: {
            QString text = res.analyzer;
            if (!res.instrumentFlags.isEmpty())
                text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("[%1]").arg(res.instrumentFlags.join(u','));
            return text;
        }
        case TechnicalColumn: {
            if (res.technicallyValidatedBy.isEmpty())
                return QString();
            // The time alone for today's validations (most of them): the column stays narrow.
            const QDateTime at = res.technicallyValidatedAt.toLocalTime();
            const bool today = at.date() == QDate::currentDate();
            return tr("%1 %2").arg(res.technicallyValidatedBy,
                                   at.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("dd/MM HH:mm")));
        }
        case StateColumn: {
            if (m_dossier.needsCallBack(r))
                return tr("Appel à faire");
            if (!r.qcHold.isEmpty())
                return tr("Retenu CQ");
            QString text = shortState(res.state);
            if (r.rerunCount > 0)
                text += tr(" (%n repasse(s))", nullptr, r.rerunCount);
            return text;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if ((column == FlagColumn || column == ValueColumn) && res.flag && *res.flag != AbnormalFlag::Normal)
            return QBrush(flagColour(*res.flag));
        if (column == DeltaColumn && r.delta.alert)
            return QBrush(QColor(0x80, 0x40, 0x00));
        if (column == AnalyzerColumn && !res.instrumentFlags.isEmpty())
            return QBrush(QColor(0xc0, 0x5a, 0x00));
        if (column == StateColumn && (m_dossier.needsCallBack(r) || !r.qcHold.isEmpty()))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::BackgroundRole) {
        if (column == DeltaColumn && r.delta.alert)
            return QBrush(QColor(0xff, 0xe9, 0xa8));
        if ((column == FlagColumn || column == ValueColumn) && r.critical)
            return QBrush(QColor(0xfd, 0xdc, 0xe0));
        if (column == StateColumn && !r.qcHold.isEmpty())
            return QBrush(QColor(0xfd, 0xdc, 0xe0));
        return {};
    }
    if (role == Qt::FontRole) {
        if ((column == FlagColumn || column == ValueColumn) && res.flag && *res.flag != AbnormalFlag::Normal) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == ValueColumn || column == FlagColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ValidationResultsModel::tooltip(const ValidationResultRow &r, int column) const
{
    const LabResult &res = r.result;
    QStringList lines;
    switch (column) {
    case PreviousColumn:
        if (r.previous.isEmpty())
            return tr("Aucune antériorité validée.");
        for (const auto &p : r.previous)
            lines << tr("%1 : %2%3").arg(dateTime(p.observedAt), p.display,
                                         p.flag && *p.flag != AbnormalFlag::Normal ? QStringLiteral(" ") + abnormalFlagCode(*p.flag)
                                                                                    : QString());
        return lines.join(u'\n');
    case DeltaColumn:
        if (r.delta.outcome == DeltaOutcome::Compared && r.delta.previousValue) {
            lines << tr("Précédent : %1 %2 (%3), il y a %4 j").arg(number(*r.delta.previousValue), r.delta.unit,
                                                                   r.delta.previous ? dateTime(r.delta.previous->observedAt) : QString(),
                                                                   number(r.delta.intervalDays(), 1));
            if (r.delta.absoluteChange)
                lines << tr("Variation : %1 %2").arg(number(*r.delta.absoluteChange), r.delta.unit);
        }
        lines << r.delta.reason;
        return lines.join(u'\n');
    case AnalyzerColumn:
        if (res.instrumentFlags.isEmpty())
            return res.analyzer.isEmpty() ? tr("Saisi à la paillasse") : res.analyzer;
        return tr("%1, indicateurs de l'automate : %2").arg(res.analyzer, res.instrumentFlags.join(QStringLiteral(", ")));
    case StateColumn:
    case FlagColumn:
        if (column == StateColumn)
            lines << validationStateLabel(res.state);
        if (m_dossier.needsCallBack(r))
            lines << tr("Valeur critique : appel à faire avant la validation (Rappel critique).");
        for (const CallBack &c : m_dossier.callBacksOf(res.id))
            lines << tr("Appel : %1 (%2) le %3, %4").arg(c.calledName, callBackMethodLabel(c.method), dateTime(c.calledAt),
                                                       c.unreachable ? tr("injoignable : %1").arg(c.escalation)
                                                                     : tr("relecture confirmée"));
        break;
    default:
        break;
    }
    lines << tr("%1 (%2)").arg(r.analysisLabel, res.analysisCode);
    for (const auto &s : r.steps) {
        QString line = tr("%1 %2 : %3").arg(dateTime(s.at), s.actor, s.action);
        if (!s.valueText.isEmpty())
            line += QStringLiteral(" — ") + s.valueText;
        if (!s.reason.isEmpty())
            line += QStringLiteral(" — ") + s.reason;
        lines << line;
    }
    if (!res.comment.isEmpty())
        lines << tr("Commentaire : %1").arg(res.comment);
    if (!res.reservation.isEmpty())
        lines << tr("Réserve : %1").arg(res.reservation);
    return lines.join(u'\n');
}

QVariant ValidationResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The pane shares a 1366 px screen with the queue: short titles, the full one in the tooltip.
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RangeColumn:
            return tr("Valeurs de référence du laboratoire (âge, sexe)");
        case PreviousColumn:
            return tr("Antériorité : le dernier résultat validé de cette analyse");
        case TechnicalColumn:
            return tr("Validation technique : qui, quand");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AnalysisColumn:
        return tr("Analyse");
    case ValueColumn:
        return tr("Résultat");
    case UnitColumn:
        return tr("Unité");
    case RangeColumn:
        return tr("Réf.");
    case FlagColumn:
        return tr("Ind.");
    case PreviousColumn:
        return tr("Antér.");
    case DeltaColumn:
        return tr("Delta");
    case AnalyzerColumn:
        return tr("Automate");
    case TechnicalColumn:
        return tr("Tech.");
    case StateColumn:
        return tr("État");
    default:
        return {};
    }
}

} // namespace sgl::app
