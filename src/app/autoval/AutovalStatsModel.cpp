#include "app/autoval/AutovalStatsModel.h"

namespace sgl::app {

namespace {

QString pct(double v)
{
    return QString::number(v, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')) + QStringLiteral(" %");
}

QStringList rate(const workflow::autoval::AutovalRate &r)
{
    return {QString::number(r.total), QString::number(r.released), pct(r.percent())};
}

} // namespace

AutovalStatsModel::AutovalStatsModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void AutovalStatsModel::setStats(const workflow::autoval::AutovalStats &stats)
{
    beginResetModel();
    m_stats = stats;
    endResetModel();
}

QStringList AutovalStatsModel::headers() const
{
    // Two-line titles: each table has the whole width of its tab and no title is cut.
    switch (m_kind) {
    case Kind::Day:
        return {tr("Jour"), tr("Dossiers"), tr("Dossiers\nauto-validés"), tr("Part des\ndossiers"), tr("Analyses"),
                tr("Analyses\nauto-validées"), tr("Part des\nanalyses"), tr("Validés par\nle moteur")};
    case Kind::Bench:
        return {tr("Paillasse"), tr("Dossiers"), tr("Dossiers\nauto-validés"), tr("Part des\ndossiers"), tr("Analyses"),
                tr("Analyses\nauto-validées"), tr("Part des\nanalyses")};
    case Kind::Rule:
        return {tr("Règle"), tr("Libellé"), tr("Analyses\nexaminées"), tr("Non\nretenues"), tr("Part non\nretenue"),
                tr("Rétentions"), tr("Retenues puis\nvalidées"), tr("Retenues puis\nretenues")};
    }
    return {};
}

QStringList AutovalStatsModel::row(int r) const
{
    switch (m_kind) {
    case Kind::Day: {
        const auto &d = m_stats.days.at(r);
        return QStringList{d.day.toString(QStringLiteral("dd/MM/yyyy"))} + rate(d.dossiers) + rate(d.analyses)
               + QStringList{QString::number(d.applied)};
    }
    case Kind::Bench: {
        const auto &b = m_stats.benches.at(r);
        return QStringList{b.bench.isEmpty() ? tr("sans paillasse") : b.bench} + rate(b.dossiers) + rate(b.analyses);
    }
    case Kind::Rule: {
        const auto &x = m_stats.rules.at(r);
        return QStringList{x.ruleId, x.label} + rate(x.analyses)
               + QStringList{QString::number(x.holds), QString::number(x.heldThenValidated), QString::number(x.heldThenHeld)};
    }
    }
    return {};
}

int AutovalStatsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Day:
        return static_cast<int>(m_stats.days.size());
    case Kind::Bench:
        return static_cast<int>(m_stats.benches.size());
    case Kind::Rule:
        return static_cast<int>(m_stats.rules.size());
    }
    return 0;
}

int AutovalStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant AutovalStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole
                                                          && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 || (m_kind == Kind::Rule && index.column() == 1) ? QVariant()
                                                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return row(index.row()).value(index.column());
}

QVariant AutovalStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString title = headers().value(section);
    return role == Qt::ToolTipRole ? QString(title).replace(QLatin1Char('\n'), QLatin1Char(' ')) : title;
}

} // namespace sgl::app
