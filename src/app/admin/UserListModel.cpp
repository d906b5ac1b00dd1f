#include "app/admin/UserListModel.h"

#include <QBrush>
#include <QColor>
#include <QTimeZone>

namespace sgl::app {

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserListModel::setUsers(QList<domain::UserAccount> users, QDateTime nowUtc)
{
    beginResetModel();
    for (domain::UserAccount &user : users)
        user.passwordHash.clear(); // the view has no use for it
    m_users = std::move(users);
    m_now = std::move(nowUtc);
    endResetModel();
}

const domain::UserAccount *UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::UserAccount &u = m_users.at(index.row());
    if (role == UserIdRole)
        return u.id;
    const bool locked = u.isLocked(m_now);
    if (role == Qt::ForegroundRole && index.column() == State && (!u.active || locked))
        return QBrush(QColor(0xa4, 0x16, 0x1a));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Login:
        return u.login;
    case DisplayName:
        return u.displayName;
    case Roles: {
        QStringList labels;
        for (domain::Role r : u.roles)
            labels << domain::roleLabel(r);
        return labels.join(QStringLiteral(", "));
    }
    case Rpps:
        return u.rpps;
    case State:
        if (!u.active)
            return tr("Désactivé");
        if (locked)
            return tr("Bloqué jusqu'à %1")
                .arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        return tr("Actif");
    case LastLogin:
        return u.lastLoginAt.isValid()
            ? u.lastLoginAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
            : tr("jamais");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Login:
        return tr("Identifiant");
    case DisplayName:
        return tr("Nom");
    case Roles:
        return tr("Rôles");
    case Rpps:
        return tr("RPPS");
    case State:
        return tr("État");
    case LastLogin:
        return tr("Dernière connexion");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sgl::app
