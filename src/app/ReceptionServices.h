#pragma once

#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::identity {
class RecordEvidence;
class RegisterPatient;
class SearchPatients;
class SetIdentityAttributes;
class UpdatePatient;
} // namespace sgl::workflow::identity

namespace sgl::app {

/**
 * The identity use cases of the Accueil screen, bound to the session's audit actor (every
 * search, creation and change is audited under the user's name and workstation). The view
 * receives this object, never the database.
 */
class ReceptionServices {
public:
    ReceptionServices(storage::Database &db, const domain::UserSession &session);
    ~ReceptionServices();

    [[nodiscard]] workflow::identity::SearchPatients &search() { return *m_search; }
    [[nodiscard]] workflow::identity::RegisterPatient &registration() { return *m_register; }
    [[nodiscard]] workflow::identity::UpdatePatient &update() { return *m_update; }
    [[nodiscard]] workflow::identity::RecordEvidence &evidence() { return *m_evidence; }
    [[nodiscard]] workflow::identity::SetIdentityAttributes &attributes() { return *m_attributes; }

private:
    std::unique_ptr<workflow::identity::SearchPatients> m_search;
    std::unique_ptr<workflow::identity::RegisterPatient> m_register;
    std::unique_ptr<workflow::identity::UpdatePatient> m_update;
    std::unique_ptr<workflow::identity::RecordEvidence> m_evidence;
    std::unique_ptr<workflow::identity::SetIdentityAttributes> m_attributes;
};

} // namespace sgl::app
