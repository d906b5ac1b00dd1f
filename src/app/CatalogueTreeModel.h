#pragma once

#include "domain/catalogue/Catalogue.h"

#include <QAbstractItemModel>
#include <QList>

namespace sgl::app {

/**
 * The exam catalogue as a tree: chapters (in report order) > sub-chapters > exams > analyses,
 * with label, local code, LOINC, unit and specimen columns. An analysis listed in several
 * exams appears under each of them. Exams whose chapter is unknown are grouped under a
 * "Sans chapitre" node so nothing imported is hidden. Read-only.
 */
class CatalogueTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Label, Code, Loinc, Unit, Specimen, ColumnCount };
    enum class Kind { Chapter, Exam, Analysis, Orphans };
    /** Qt::UserRole: the Kind (int) of the row; Qt::UserRole + 1: its local code. */
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit CatalogueTreeModel(QObject *parent = nullptr);

    void setCatalogue(domain::Catalogue catalogue);
    [[nodiscard]] const domain::Catalogue &catalogue() const { return m_catalogue; }
    /** The analysis at `index`, nullptr for other rows. */
    [[nodiscard]] const domain::Analysis *analysisAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::Chapter;
        int ref = -1;        ///< index in the catalogue list of its kind
        int parent = -1;     ///< node index, -1 for top level
        int row = 0;         ///< row under its parent
        QList<int> children; ///< node indexes
    };
    int addNode(Kind kind, int ref, int parent);
    void build();
    [[nodiscard]] const QList<int> &childrenOf(const QModelIndex &parent) const;

    domain::Catalogue m_catalogue;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace sgl::app
