#include "app/reception/ReceptionServices.h"

#include "workflow/identity/MergePatients.h"
#include "workflow/identity/QualifyIdentity.h"
#include "workflow/identity/RecordEvidence.h"
#include "workflow/identity/RegisterPatient.h"
#include "workflow/identity/ReviewDuplicates.h"
#include "workflow/identity/SearchPatients.h"
#include "workflow/identity/SetIdentityAttributes.h"
#include "workflow/identity/UpdatePatient.h"

namespace sgl::app {

using namespace workflow::identity;

ReceptionServices::ReceptionServices(storage::Database &db, const domain::UserSession &session,
                                     interop::insi::InsiService *insi, domain::Error insiError)
    : m_insiError(std::move(insiError)), m_db(db), m_session(session)
{
    m_search = std::make_unique<SearchPatients>(db, session);
    m_register = std::make_unique<RegisterPatient>(db, session);
    m_update = std::make_unique<UpdatePatient>(db, session);
    m_evidence = std::make_unique<RecordEvidence>(db, session);
    m_attributes = std::make_unique<SetIdentityAttributes>(db, session);
    m_duplicates = std::make_unique<ReviewDuplicates>(db, session);
    m_merge = std::make_unique<MergePatients>(db, session);
    if (insi)
        m_qualify = std::make_unique<QualifyIdentity>(db, session, *insi);
}

ReceptionServices::~ReceptionServices() = default;

domain::Result<QualifyIdentity *> ReceptionServices::qualifyWithCard(interop::cps::CpsPin pin)
{
    releaseCard();
    auto access = CpxInsiAccess::open(m_session, m_cpxSettings, std::move(pin));
    if (!access)
        return std::unexpected(access.error());
    m_cpx = std::move(*access);
    m_cpxQualify = std::make_unique<QualifyIdentity>(m_db, m_session, *m_cpx);
    return m_cpxQualify.get();
}

void ReceptionServices::releaseCard()
{
    m_cpxQualify.reset();
    m_cpx.reset();
}

} // namespace sgl::app
