#pragma once

#include "domain/lab/Dossier.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * Dossiers of the Comptes rendus screen: number, status (validated = to report, reported),
 * priority, prescriber, creation date. Worklist rows carry no patient identity (storage returns
 * none): the patient is shown in the report itself.
 */
class DossierListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Status, Priority, Prescriber, CreatedAt, ColumnCount };
    static constexpr int DossierIdRole = Qt::UserRole;

    explicit DossierListModel(QObject *parent = nullptr);

    void setDossiers(QList<domain::Dossier> dossiers);
    [[nodiscard]] const domain::Dossier *dossierAt(int row) const;
    [[nodiscard]] int rowOf(qint64 dossierId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::Dossier> m_dossiers;
};

} // namespace sgl::app
