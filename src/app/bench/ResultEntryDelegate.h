#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QStyledItemDelegate>

namespace sgl::app {

/**
 * The value editor of the entry grid: a line edit where Return (or Enter) stores the value and
 * asks the view to move to the next result, and every keystroke is reported so the view shows
 * the unit, the range and what the value would give while the technician types.
 */
class ResultEntryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ResultEntryDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    /** The open editor, if any (tests type into it). */
    [[nodiscard]] QLineEdit *currentEditor() const { return m_editor; }
    /** Closes the open editor without storing it (before the grid is reloaded). */
    void abandonEditor();

signals:
    void typing(int row, const QString &text) const;
    /** Return was pressed in the editor of `row`, after the value was committed. */
    void returnPressed(int row) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    mutable QPointer<QLineEdit> m_editor;
    mutable int m_row = -1;
};

} // namespace sgl::app
