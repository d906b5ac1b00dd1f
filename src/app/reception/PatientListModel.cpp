#include "app/reception/PatientListModel.h"

#include "app/widgets/IdentityStatusBadge.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using domain::IdentityStatus;

namespace {

QString sexLabel(domain::Sex sex)
{
    switch (sex) {
    case domain::Sex::Female:
        return PatientListModel::tr("F");
    case domain::Sex::Male:
        return PatientListModel::tr("M");
    case domain::Sex::Unknown:
        break;
    }
    return PatientListModel::tr("Inconnu");
}

QColor statusColor(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Prov:
        return QColor(0x8a, 0x8f, 0x98);
    case IdentityStatus::Recup:
        return QColor(0xc7, 0x77, 0x00);
    case IdentityStatus::Vali:
        return QColor(0x1f, 0x6f, 0xb2);
    case IdentityStatus::Qual:
        return QColor(0x1e, 0x7d, 0x32);
    }
    return {};
}

QString birthDateText(const domain::IdentityTraits &traits)
{
    if (traits.birthDate.isValid())
        return traits.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    // Partial INSi dates ("1980-00-00") are shown as received, in French order.
    const QStringList parts = traits.birthDateRaw.split(QLatin1Char('-'));
    if (parts.size() == 3)
        return parts[2] + QLatin1Char('/') + parts[1] + QLatin1Char('/') + parts[0];
    return {};
}

} // namespace

PatientListModel::PatientListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PatientListModel::setPatients(QList<domain::Patient> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

const domain::Patient *PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_patients.size() ? &m_patients.at(row) : nullptr;
}

int PatientListModel::rowOf(qint64 patientId) const
{
    for (int row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).id == patientId)
            return row;
    }
    return -1;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Patient &p = m_patients.at(index.row());
    if (role == PatientIdRole)
        return p.id;
    if (role == StatusCodeRole && index.column() == Status)
        return domain::identityStatusCode(p.status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QBrush(statusColor(p.status));
    if (role == Qt::ToolTipRole && index.column() == Status)
        return p.insUsable() ? tr("%1 — INS %2").arg(IdentityStatusBadge::statusLabel(p.status), p.ins.full())
                             : IdentityStatusBadge::statusLabel(p.status);
    if (role == Qt::ToolTipRole && index.column() != Status)
        return data(index, Qt::DisplayRole); // names are elided in a narrow list
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case LocalId:
        return p.localId;
    case BirthName:
        return p.traits.birthName;
    case UsedName:
        return p.traits.usedName;
    case FirstNames:
        return p.traits.birthFirstNames.isEmpty() ? p.traits.firstBirthName
                                                  : p.traits.birthFirstNames.join(QLatin1Char(' '));
    case BirthDate:
        return birthDateText(p.traits);
    case SexColumn:
        return sexLabel(p.traits.sex);
    case Status: {
        QString text = domain::identityStatusCode(p.status);
        if (p.doubtful)
            text += tr(" (douteuse)");
        if (p.fictitious)
            text += tr(" (fictive)");
        return text;
    }
    case InsColumn:
        return p.insUsable() ? p.ins.full() : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LocalId:
        return tr("IPP");
    case BirthName:
        return tr("Nom de\nnaissance"); // two lines: the list shares a 1366 px screen with the form
    case UsedName:
        return tr("Nom utilisé");
    case FirstNames:
        return tr("Prénoms");
    case BirthDate:
        return tr("Né(e) le");
    case SexColumn:
        return tr("Sexe");
    case Status:
        return tr("Identité");
    case InsColumn:
        return tr("INS");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
