#include "app/specimens/SpecimenServices.h"

#include "workflow/specimens/SpecimenReception.h"
#include "workflow/specimens/TubeBoard.h"

namespace sgl::app {

SpecimenServices::SpecimenServices(storage::Database &db, const domain::UserSession &session)
    : m_reception(std::make_unique<workflow::specimens::SpecimenReception>(db, session)),
      m_board(std::make_unique<workflow::specimens::TubeBoard>(db, session))
{
}

SpecimenServices::~SpecimenServices() = default;

} // namespace sgl::app
