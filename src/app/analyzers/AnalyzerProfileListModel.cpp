#include "app/analyzers/AnalyzerProfileListModel.h"

#include <QBrush>
#include <QColor>

namespace sgl::app {

using domain::analyzer::AnalyzerProfile;
using domain::analyzer::AnalyzerProtocol;
using domain::analyzer::TransportKind;

AnalyzerProfileListModel::AnalyzerProfileListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnalyzerProfileListModel::setProfiles(QList<AnalyzerProfile> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
}

const AnalyzerProfile *AnalyzerProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

int AnalyzerProfileListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name == name)
            return row;
    }
    return -1;
}

QString AnalyzerProfileListModel::protocolText(AnalyzerProtocol protocol)
{
    return protocol == AnalyzerProtocol::Astm ? tr("ASTM E1394") : tr("HL7 v2 (LAW)");
}

QString AnalyzerProfileListModel::transportText(const domain::analyzer::TransportSettings &t)
{
    switch (t.kind) {
    case TransportKind::TcpServer:
        return tr("Serveur TCP %1:%2").arg(t.host).arg(t.port);
    case TransportKind::TcpClient:
        return tr("Client TCP %1:%2").arg(t.host).arg(t.port);
    case TransportKind::Serial:
        return tr("Série %1 %2 %3%4%5")
            .arg(t.serialPort)
            .arg(t.baudRate)
            .arg(t.dataBits)
            .arg(QChar::fromLatin1(t.parity))
            .arg(t.stopBits);
    case TransportKind::None:
        return tr("Aucune (fichiers)");
    }
    return {};
}

int AnalyzerProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

int AnalyzerProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalyzerProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalyzerProfile &p = m_profiles.at(index.row());
    if (role == Qt::ForegroundRole && !p.active)
        return QBrush(QColor(0x8a, 0x96, 0xa6));
    if (role == Qt::TextAlignmentRole && index.column() == Mappings)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return p.name;
    case Label:
        return p.label;
    case Protocol:
        return protocolText(p.protocol);
    case Transport:
        return transportText(p.transport);
    case AnalyzerId:
        return p.analyzerId;
    case Active:
        return p.active ? tr("oui") : tr("non");
    case Mappings:
        return static_cast<int>(p.codeMappings.size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AnalyzerProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Mappings)
        return tr("Nombre de correspondances de codes du profil");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Nom");
    case Label:
        return tr("Libellé");
    case Protocol:
        return tr("Protocole");
    case Transport:
        return tr("Liaison");
    case AnalyzerId:
        return tr("Id. automate");
    case Active:
        return tr("Actif");
    case Mappings:
        return tr("Codes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
