#pragma once

#include "domain/catalogue/Catalogue.h"

#include <QAbstractItemModel>
#include <QList>

namespace sgl::app {

/**
 * The exam catalogue as a tree: chapters (in report order) > sub-chapters > exams > analyses,
 * with label, local code, LOINC, unit and specimen columns. An analysis listed in several
 * exams appears under each of them. Exams whose chapter is unknown are grouped under a
 * "Sans chapitre" node, and analyses listed in no exam under "Analyses hors examen", so nothing
 * is hidden. Retired exams and analyses are left out unless setShowRetired(true); then they are
 * greyed and labelled "(retiré)" / "(retirée)". Read-only.
 */
class CatalogueTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Label, Code, Loinc, Unit, Specimen, ColumnCount };
    enum class Kind { Chapter, Exam, Analysis, Orphans, Unlisted };
    /** Qt::UserRole: the Kind (int) of the row; + 1: its local code; + 2: retired (bool). */
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int RetiredRole = Qt::UserRole + 2;

    explicit CatalogueTreeModel(QObject *parent = nullptr);

    void setCatalogue(domain::Catalogue catalogue);
    [[nodiscard]] const domain::Catalogue &catalogue() const { return m_catalogue; }
    /** Shows or hides retired exams and analyses (hidden by default); rebuilds the tree. */
    void setShowRetired(bool show);
    [[nodiscard]] bool showRetired() const { return m_showRetired; }
    /** The analysis at `index`, nullptr for other rows. */
    [[nodiscard]] const domain::Analysis *analysisAt(const QModelIndex &index) const;
    [[nodiscard]] const domain::Exam *examAt(const QModelIndex &index) const;
    [[nodiscard]] const domain::Chapter *chapterAt(const QModelIndex &index) const;
    /** The exam row an analysis row is listed under, nullptr otherwise. */
    [[nodiscard]] const domain::Exam *parentExamAt(const QModelIndex &index) const;

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

    [[nodiscard]] QVariant labelData(const Node &node) const;

    domain::Catalogue m_catalogue;
    bool m_showRetired = false;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace sgl::app
