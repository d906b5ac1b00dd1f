#include "app/catalogue/ReferenceRangeTableModel.h"

#include "app/ErrorCodes.h"
#include "domain/ErrorCodes.h"
#include "interop/catalogue/ErrorCodes.h"

#include <QLocale>

namespace sgl::app {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QLocale(QLocale::French).toString(*v, 'g', 10) : QString();
}

QString frenchAge(const domain::AgeLimit &a)
{
    switch (a.unit) {
    case domain::AgeLimit::Unit::Days:
        return QString::number(a.value) + QLatin1Char('j');
    case domain::AgeLimit::Unit::Months:
        return QString::number(a.value) + QLatin1Char('m');
    case domain::AgeLimit::Unit::Years:
        return QString::number(a.value) + QLatin1Char('a');
    }
    return {};
}

} // namespace

ReferenceRangeTableModel::ReferenceRangeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReferenceRangeTableModel::setRanges(const QList<domain::ReferenceRange> &ranges)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &r : ranges)
        m_rows << QStringList{r.sex ? domain::sexCode(*r.sex) : QString(),
                              frenchAge(r.ageMin),
                              r.ageMax ? frenchAge(*r.ageMax) : QString(),
                              number(r.low), number(r.high), number(r.criticalLow),
                              number(r.criticalHigh), number(r.validLow), number(r.validHigh),
                              r.text};
    endResetModel();
}

void ReferenceRangeTableModel::addRange()
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    QStringList cells(ColumnCount);
    cells[AgeMinColumn] = QStringLiteral("0j");
    m_rows << cells;
    endInsertRows();
}

bool ReferenceRangeTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QList<domain::ReferenceRange> ReferenceRangeTableModel::toRanges(QList<domain::Error> &errors) const
{
    QList<domain::ReferenceRange> out;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QStringList &cells = m_rows.at(row);
        auto where = [&](int column) {
            return tr("plage %1, colonne « %2 »")
                .arg(row + 1)
                .arg(headerData(column, Qt::Horizontal).toString());
        };
        domain::ReferenceRange r;
        const QString sex = cells[SexColumn].trimmed();
        if (!sex.isEmpty()) {
            r.sex = domain::sexFromCode(sex);
            if (!r.sex || *r.sex == domain::Sex::Unknown) {
                errors << domain::Error{domain::errc::CatalogueRangeSex,
                                        tr("Sexe « %1 » invalide : F, M ou vide (tous).").arg(sex),
                                        where(SexColumn)};
                r.sex.reset();
            }
        }
        auto age = [&](int column, bool optional) -> std::optional<domain::AgeLimit> {
            const QString text = cells[column].trimmed();
            if (text.isEmpty()) {
                if (!optional)
                    return domain::AgeLimit{0, domain::AgeLimit::Unit::Days};
                return std::nullopt;
            }
            auto parsed = domain::AgeLimit::parse(text);
            if (!parsed)
                errors << domain::Error{interop::catalogue::errc::RangeAge,
                                        tr("Âge « %1 » invalide : un nombre suivi de j, m ou a (ex. 30j, 6m, 18a).")
                                            .arg(text),
                                        where(column)};
            return parsed;
        };
        if (auto min = age(AgeMinColumn, false))
            r.ageMin = *min;
        r.ageMax = age(AgeMaxColumn, true);
        auto value = [&](int column) -> std::optional<double> {
            QString text = cells[column].trimmed();
            if (text.isEmpty())
                return std::nullopt;
            text.replace(QLatin1Char(','), QLatin1Char('.'));
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (!ok) {
                errors << domain::Error{errc::CatalogueRangeNumber,
                                        tr("Valeur « %1 » invalide : nombre attendu.").arg(cells[column].trimmed()),
                                        where(column)};
                return std::nullopt;
            }
            return v;
        };
        r.low = value(LowColumn);
        r.high = value(HighColumn);
        r.criticalLow = value(CriticalLowColumn);
        r.criticalHigh = value(CriticalHighColumn);
        r.validLow = value(ValidLowColumn);
        r.validHigh = value(ValidHighColumn);
        r.text = cells[TextColumn].trimmed();
        out << r;
    }
    return out;
}

int ReferenceRangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReferenceRangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferenceRangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_rows.at(index.row()).at(index.column());
    return {};
}

bool ReferenceRangeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_rows[index.row()][index.column()] = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ReferenceRangeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ReferenceRangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SexColumn: return tr("Sexe");
    case AgeMinColumn: return tr("Âge de");
    case AgeMaxColumn: return tr("Âge jusqu'à (exclu)");
    case LowColumn: return tr("Normale basse");
    case HighColumn: return tr("Normale haute");
    case CriticalLowColumn: return tr("Critique basse");
    case CriticalHighColumn: return tr("Critique haute");
    case ValidLowColumn: return tr("Limite valide basse");
    case ValidHighColumn: return tr("Limite valide haute");
    case TextColumn: return tr("Texte");
    default: return {};
    }
}

} // namespace sgl::app
