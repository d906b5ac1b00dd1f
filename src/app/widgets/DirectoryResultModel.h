#pragma once

#include "domain/directory/DirectoryProfessional.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * Professionals found in the Annuaire Santé, one a row: name (« Dr Prénom NOM »), profession,
 * city of the first activity, MSSanté address (the one a dossier would keep:
 * workflow::directory::DirectoryContact::mssanteAddress) and RPPS. Read-only.
 */
class DirectoryResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Profession, City, Mssante, Rpps, ColumnCount };

    explicit DirectoryResultModel(QObject *parent = nullptr);

    void setProfessionals(QList<domain::DirectoryProfessional> professionals);
    /** Null outside the rows. */
    [[nodiscard]] const domain::DirectoryProfessional *professionalAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::DirectoryProfessional> m_rows;
};

} // namespace sgl::app
