#include "app/bench/ResultEntryDelegate.h"

#include <QKeyEvent>

namespace sgl::app {

ResultEntryDelegate::ResultEntryDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *ResultEntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("resultValueEditor"));
    const int row = index.row();
    m_row = row;
    connect(edit, &QLineEdit::textEdited, this, [this, row](const QString &text) { emit typing(row, text); });
    m_editor = edit;
    return edit;
}

void ResultEntryDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    if (editor == m_editor)
        m_editor.clear();
    QStyledItemDelegate::destroyEditor(editor, index);
}

void ResultEntryDelegate::abandonEditor()
{
    if (m_editor)
        emit closeEditor(m_editor, QAbstractItemDelegate::RevertModelCache);
}

bool ResultEntryDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const int row = m_row;
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            emit returnPressed(row);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace sgl::app
