#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

namespace sgl::domain {
struct Catalogue;
}

namespace sgl::workflow {
class CatalogueAdmin;
struct CatalogueEditOutcome;
}

namespace sgl::app {

/**
 * What the catalogue editors share to talk to the user: problems as French lines naming the
 * item and the field ("Clé LOINC incorrecte — analyse GLU, champ LOINC"), an inline error label
 * filled or hidden, and decimal numbers typed with a comma (or a point) and shown with a comma.
 */
class CatalogueEditFeedback
{
    Q_DECLARE_TR_FUNCTIONS(sgl::app::CatalogueEditFeedback)

public:
    /** "message — location" with the exchange field names of the location put in French. */
    [[nodiscard]] static QString located(const domain::Error &error);
    /** The French name of an exchange field ("loinc" -> "LOINC", "second_unit" -> "seconde unité"). */
    [[nodiscard]] static QString fieldLabel(const QString &field);
    /**
     * Every reason why a save did not happen: the use case's error, or the outcome's errors when
     * it was refused. Empty when the change was saved.
     */
    [[nodiscard]] static QStringList problems(const domain::Result<workflow::CatalogueEditOutcome> &outcome);
    /**
     * For a creation: the save use cases update an item that has the same code, so a new item
     * must not silently replace one. Returns `message` when `exists` holds for the current
     * catalogue, the load error when it cannot be read, nothing when the code is free.
     */
    [[nodiscard]] static QStringList creationConflict(workflow::CatalogueAdmin &admin,
                                                      const std::function<bool(const domain::Catalogue &)> &exists,
                                                      const QString &message);
    /** Shows "Rien n'a été enregistré :" and one bullet per problem, or hides the label when none. */
    static void show(QLabel *label, const QStringList &problems);
    /** Parses "1,5", "1.5", " 2 " ; nullopt for empty text; `ok` false when not a number. */
    [[nodiscard]] static std::optional<double> parseDecimal(const QString &text, bool *ok);
    /**
     * Asks for the reason of a retirement, reactivation or deletion (logged in the history);
     * nullopt when cancelled. An empty reason is returned as is: the caller refuses it inline.
     */
    [[nodiscard]] static std::optional<QString> askReason(QWidget *parent, const QString &title,
                                                          const QString &question);
    /** French rendering with a decimal comma, up to 10 significant digits. */
    [[nodiscard]] static QString formatDecimal(double value);
};

} // namespace sgl::app
