#pragma once

#include "storage/CatalogueRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The change history of one catalogue item (CatalogueAdmin::history), newest first: date
 * (dd/MM/yyyy HH:mm, local time), author, reason, source (edit, import, demo) and what changed
 * (created / updated with the changed fields). Read-only.
 */
class CatalogueHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, AuthorColumn, ReasonColumn, SourceColumn, ChangeColumn, ColumnCount };

    explicit CatalogueHistoryModel(QObject *parent = nullptr);

    void setChanges(QList<storage::CatalogueChange> changes);
    [[nodiscard]] const QList<storage::CatalogueChange> &changes() const { return m_changes; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /** "Création" or "Modification : label, loinc" — what the Change column shows. */
    [[nodiscard]] static QString describe(const storage::CatalogueChange &change);

private:
    QList<storage::CatalogueChange> m_changes;
};

} // namespace sgl::app
