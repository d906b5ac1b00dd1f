#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

#include <optional>

namespace sgl::workflow::directory {
class DirectorySearch;
}

namespace sgl::app {

/**
 * Decides whether a correspondent's or user's RPPS must be flagged, through
 * workflow::directory::DirectorySearch::checkRpps: unknown to the active directory (the
 * extraction lists active professionals only, so an inactive one is unknown too), a wrong check
 * digit or not 11 digits. An empty number, a known one, no directory imported yet or a refused
 * check are not flagged (nothing reliable to say). The directory's extraction date is read once.
 */
class RppsFlag {
    Q_DECLARE_TR_FUNCTIONS(RppsFlag)
public:
    /** `search` may be null: nothing is ever flagged. */
    explicit RppsFlag(workflow::directory::DirectorySearch *search) : m_search(search) {}

    /** The French tooltip of the flag (« RPPS inconnu de l'Annuaire Santé (extraction du 01/12/2026) »), empty when none. */
    [[nodiscard]] QString flagFor(const QString &rpps);
    /** The icon shown next to a flagged number. */
    [[nodiscard]] static QIcon icon();

private:
    [[nodiscard]] QDate extractionDate();

    workflow::directory::DirectorySearch *m_search;
    std::optional<QDate> m_extraction;
};

} // namespace sgl::app
