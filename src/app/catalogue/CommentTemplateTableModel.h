#pragma once

#include "domain/validation/CommentTemplate.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The library of coded validation comments as the administrator edits it: code, texte,
 * imprimé par défaut, chapitre, actif (retired templates greyed). Read-only: edits go through
 * CommentTemplateDialog and workflow::validation::CommentLibrary.
 */
class CommentTemplateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, TextColumn, PrintedColumn, ChapterColumn, ActiveColumn, ColumnCount };

    explicit CommentTemplateTableModel(QObject *parent = nullptr);

    void setTemplates(const QList<domain::CommentTemplate> &templates);
    [[nodiscard]] const domain::CommentTemplate &at(int row) const { return m_templates.at(row); }
    /** Row of `code`, -1 when absent. */
    [[nodiscard]] int rowOf(const QString &code) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::CommentTemplate> m_templates;
};

} // namespace sgl::app
