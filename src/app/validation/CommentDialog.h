#pragma once

#include "domain/validation/CommentTemplate.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sgl::app {

/**
 * « Ajouter un commentaire » of the Validation screen: a template of the library picked by code
 * or text (the filter field; typing a whole code selects that template), its text pre-filled and
 * editable, « Imprimé sur le compte rendu » ticked as the template says (unticked for free
 * text), and what it is on: the whole dossier or the current result. No rule here: the use case
 * (ValidationComments) checks the text, the code and the target.
 */
class CommentDialog : public QDialog {
    Q_OBJECT
public:
    /** `resultLabel`: the current result ("Potassium : 6,1 mmol/L"), empty when none is selected. */
    CommentDialog(const QList<domain::CommentTemplate> &templates, const QString &resultLabel,
                  QWidget *parent = nullptr);

    /** Filters the list as typed in the field; a whole code selects its template. */
    void setFilter(const QString &text);
    /** Selects the template `code` (empty: free text); false when not offered. */
    bool selectTemplate(const QString &code);
    void setText(const QString &text);
    void setPrinted(bool printed);
    /** True: on the current result; false: on the whole dossier. */
    void setOnResult(bool onResult);

    [[nodiscard]] QString templateCode() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool printed() const;
    [[nodiscard]] bool onResult() const;
    /** Rows offered after filtering (free text included). */
    [[nodiscard]] int visibleTemplateCount() const;

private:
    void templateChosen();
    void updateOk();

    QList<domain::CommentTemplate> m_templates;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPlainTextEdit *m_text;
    QCheckBox *m_printed;
    QComboBox *m_target;
    QDialogButtonBox *m_buttons;
};

} // namespace sgl::app
