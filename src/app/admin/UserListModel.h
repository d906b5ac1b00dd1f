#pragma once

#include "domain/security/UserAccount.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sgl::app {

/**
 * Staff accounts (Administration): login, name, roles, RPPS, state (active, disabled,
 * temporarily locked after failed attempts) and last login. Never exposes the password hash.
 */
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Login, DisplayName, Roles, Rpps, State, LastLogin, ColumnCount };
    static constexpr int UserIdRole = Qt::UserRole;

    explicit UserListModel(QObject *parent = nullptr);

    /** `nowUtc` decides which accounts show as locked (tests pass a fixed time). */
    void setUsers(QList<domain::UserAccount> users, QDateTime nowUtc = QDateTime::currentDateTimeUtc());
    [[nodiscard]] const domain::UserAccount *userAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::UserAccount> m_users;
    QDateTime m_now;
};

} // namespace sgl::app
