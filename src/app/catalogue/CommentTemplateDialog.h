#pragma once

#include "domain/validation/CommentTemplate.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace sgl::app {

/**
 * Creates or edits one coded comment of the library: code (fixed once created), text, printed by
 * default, chapter, active. The use case (CommentLibrary) checks and normalises what is typed.
 */
class CommentTemplateDialog : public QDialog {
    Q_OBJECT
public:
    /** `existing.code` empty: a new template. */
    explicit CommentTemplateDialog(const domain::CommentTemplate &existing, QWidget *parent = nullptr);

    /** The template as typed (version of the one edited). */
    [[nodiscard]] domain::CommentTemplate value() const;
    void setValue(const domain::CommentTemplate &t);

private:
    domain::CommentTemplate m_original;
    QLineEdit *m_code;
    QPlainTextEdit *m_text;
    QCheckBox *m_printed;
    QLineEdit *m_chapter;
    QCheckBox *m_active;
};

} // namespace sgl::app
