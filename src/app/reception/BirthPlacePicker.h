#pragma once

#include "domain/Error.h"

#include <QObject>
#include <QString>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace sgl::workflow::identity {
class CogDirectory;
}

namespace sgl::app {

/**
 * Birth-place picker attached to the COG code field of the registration form.
 *
 * Typing a name ("lyon", "algerie", accents optional) or the start of a code opens a list
 * "69123 — Lyon (Rhône)" / "99352 — Algérie (pays)" (workflow::identity::CogDirectory::search);
 * choosing an entry puts the 5-character code in the field. A label under the field names the
 * place of the current code, says "non vérifié" for a valid code outside the embedded subset,
 * shows the warnings (99100, whole Paris/Lyon/Marseille) and the French error of a malformed code.
 * The field accepts more than 5 characters so names can be typed; code() refuses anything that
 * is not a valid code before saving.
 */
class BirthPlacePicker : public QObject {
    Q_OBJECT
public:
    /** Attaches to codeEdit (parent); the label is inserted under it when it sits in a QFormLayout. */
    explicit BirthPlacePicker(QLineEdit *codeEdit);
    BirthPlacePicker(QLineEdit *codeEdit, const workflow::identity::CogDirectory &directory);

    /** The normalised code, empty when the field is empty; "cog.*" error when malformed. */
    [[nodiscard]] domain::Result<QString> code() const;

    [[nodiscard]] QLabel *placeLabel() const { return m_label; }
    [[nodiscard]] QCompleter *completer() const { return m_completer; }

    /** Suggestions shown for a typed text (at most this many). */
    static constexpr int kMaxSuggestions = 30;

private:
    void refreshSuggestions(const QString &text);
    void updateLabel();

    QLineEdit *m_edit;
    const workflow::identity::CogDirectory &m_directory;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QLabel *m_label;
};

} // namespace sgl::app
