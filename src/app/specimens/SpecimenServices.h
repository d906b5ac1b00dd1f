#pragma once

#include "domain/security/UserSession.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::workflow::specimens {
class SpecimenReception;
class TubeBoard;
} // namespace sgl::workflow::specimens

namespace sgl::app {

/**
 * The use cases of the « Réception des tubes » screen bound to the user's session: reception
 * and non-conformities (Permission::SpecimenReceive) and the dossier's tubes
 * (Permission::DossierRead). Each checks the permission itself and audits under the user's name;
 * the view receives this object, never the database.
 */
class SpecimenServices {
public:
    SpecimenServices(storage::Database &db, const domain::UserSession &session);
    ~SpecimenServices();

    [[nodiscard]] workflow::specimens::SpecimenReception &reception() { return *m_reception; }
    [[nodiscard]] workflow::specimens::TubeBoard &board() { return *m_board; }

private:
    std::unique_ptr<workflow::specimens::SpecimenReception> m_reception;
    std::unique_ptr<workflow::specimens::TubeBoard> m_board;
};

} // namespace sgl::app
