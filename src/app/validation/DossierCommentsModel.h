#pragma once

#include "workflow/validation/ValidationDossier.h"

#include <QAbstractTableModel>

namespace sgl::app {

/**
 * The biologists' comments of the dossier shown (ValidationDossier::comments), oldest first:
 * what they are on (the analysis, or « Dossier »), the text, the badge « Imprimé » (on the
 * report) or « Interne », the author and the date (dd/MM/yyyy HH:mm, local time). Removed
 * comments stay listed, struck through, with who removed them, when and why in the tooltip.
 */
class DossierCommentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, TextColumn, PrintedColumn, AuthorColumn, DateColumn, ColumnCount };
    /** The comment id of a row (Qt::UserRole on any column). */
    static constexpr int CommentIdRole = Qt::UserRole;

    explicit DossierCommentsModel(QObject *parent = nullptr);

    /** Shows the comments of `dossier` (analysis labels from its rows). */
    void setDossier(const workflow::validation::ValidationDossier &dossier);
    void clear();
    [[nodiscard]] const domain::DossierComment &comment(int row) const { return m_comments.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::DossierComment> m_comments;
    QStringList m_targets; ///< per row: analysis label or « Dossier »
};

} // namespace sgl::app
