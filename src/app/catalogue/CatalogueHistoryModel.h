#pragma once

#include "domain/catalogue/CatalogueChange.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The change history of one catalogue item (CatalogueAdmin::history), newest first: date
 * (dd/MM/yyyy HH:mm, local time), item kind (chapitre, examen, analyse, règle réflexe), author,
 * reason, source (edit, import, demo) and what changed (created, updated with the changed
 * fields, retired, reactivated, deleted). Read-only.
 */
class CatalogueHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, AuthorColumn, ReasonColumn, SourceColumn, ChangeColumn, ColumnCount };

    explicit CatalogueHistoryModel(QObject *parent = nullptr);

    void setChanges(QList<domain::CatalogueChange> changes);
    [[nodiscard]] const QList<domain::CatalogueChange> &changes() const { return m_changes; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /** "Création" or "Modification : label, loinc" — what the Change column shows. */
    [[nodiscard]] static QString describe(const domain::CatalogueChange &change);
    /** "Chapitre", "Examen", "Analyse", "Règle réflexe" for the history's item kinds. */
    [[nodiscard]] static QString kindLabel(const QString &itemKind);

private:
    QList<domain::CatalogueChange> m_changes;
};

} // namespace sgl::app
