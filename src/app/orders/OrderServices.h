#pragma once

#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::directory {
class DirectorySearch;
}
namespace sgl::workflow::orders {
class DossierLookup;
class LabelPrinting;
class OrderEntry;
} // namespace sgl::workflow::orders

namespace sgl::app {

/**
 * The order use cases of the Accueil screen (request entry and edits, tube labels, the dossiers
 * of a patient), bound to the user's session: each checks its permission itself and audits
 * under the user's name. The dialogs receive this object, never the database.
 */
class OrderServices {
public:
    /** `labelPrinter`: this workstation's Zebra ("tcp://HOST[:9100]", "cups:QUEUE"); empty: Qt printing. */
    OrderServices(storage::Database &db, const domain::UserSession &session, QString labelPrinter = {});
    ~OrderServices();

    [[nodiscard]] workflow::orders::OrderEntry &entry() { return *m_entry; }
    [[nodiscard]] workflow::orders::LabelPrinting &labels() { return *m_labels; }
    [[nodiscard]] workflow::orders::DossierLookup &lookup() { return *m_lookup; }
    /** The Annuaire Santé: prescriber and copy picker, RPPS flags of the correspondents. */
    [[nodiscard]] workflow::directory::DirectorySearch &directory() { return *m_directory; }
    [[nodiscard]] const domain::UserSession &session() const { return m_session; }
    [[nodiscard]] const QString &labelPrinter() const { return m_labelPrinter; }

private:
    domain::UserSession m_session;
    QString m_labelPrinter;
    std::unique_ptr<workflow::orders::OrderEntry> m_entry;
    std::unique_ptr<workflow::orders::LabelPrinting> m_labels;
    std::unique_ptr<workflow::orders::DossierLookup> m_lookup;
    std::unique_ptr<workflow::directory::DirectorySearch> m_directory;
};

} // namespace sgl::app
