#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace sgl::app {

/**
 * The keyboard shortcuts of the Validation screen, in one table shown by the screen (tooltip,
 * button labels) and listed in the user guide: a dossier can be opened, checked and validated
 * without the mouse.
 */
class ValidationShortcuts {
    Q_DECLARE_TR_FUNCTIONS(ValidationShortcuts)
public:
    enum Action {
        Next,
        ValidateDossier,
        ValidateSelection,
        ValidateChapter,
        CallBack,
        SendBack,
        Correct,
        Unvalidate,
        AddAnalysis,
        AcceptReflex,
        DeclineReflex,
        BatchRelease,
        Refresh,
        FocusQueue,
        FocusResults,
        FocusSharing,
        Comment,
        ActionCount
    };
    struct Entry {
        Action action;
        QKeySequence keys;
        QString text;
        bool writes;   ///< changes data: not offered on a read-only screen
    };

    [[nodiscard]] static QList<Entry> all();
    [[nodiscard]] static QKeySequence keys(Action action);
    /** What the action does, in French (tooltips). */
    [[nodiscard]] static QString description(Action action);
    /** "Valider (Ctrl+Retour)": `text` and the keys in the platform's notation. */
    [[nodiscard]] static QString label(const QString &text, Action action);
    /** Every shortcut, one a line, for the screen's help tooltip. */
    [[nodiscard]] static QString help();
    /**
     * Creates the shortcuts on `view` (active in the view and its children) calling
     * `handler(action)`; the writing ones are left out when `readOnly`.
     */
    static void install(QWidget *view, bool readOnly, const std::function<void(Action)> &handler);
};

} // namespace sgl::app
