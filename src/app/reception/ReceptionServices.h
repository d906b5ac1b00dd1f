#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "interop/cps/CpsPin.h"
#include "workflow/identity/CpxInsiAccess.h"

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::interop::insi {
class InsiService;
}
namespace sgl::workflow::identity {
class MergePatients;
class QualifyIdentity;
class RecordEvidence;
class RegisterPatient;
class ReviewDuplicates;
class SearchPatients;
class SetIdentityAttributes;
class UpdatePatient;
} // namespace sgl::workflow::identity

namespace sgl::app {

/**
 * The identity use cases of the Accueil screen, bound to the user's session: each checks the
 * session's permissions itself (a read-only biologist cannot save even if a button is reached)
 * and audits every search, creation and change under the user's name and workstation. The view
 * receives this object, never the database.
 */
class ReceptionServices {
public:
    /** `insi` null: qualification unavailable, `insiError` says why. */
    ReceptionServices(storage::Database &db, const domain::UserSession &session,
                      interop::insi::InsiService *insi = nullptr, domain::Error insiError = {});
    ~ReceptionServices();

    [[nodiscard]] workflow::identity::SearchPatients &search() { return *m_search; }
    [[nodiscard]] workflow::identity::RegisterPatient &registration() { return *m_register; }
    [[nodiscard]] workflow::identity::UpdatePatient &update() { return *m_update; }
    [[nodiscard]] workflow::identity::RecordEvidence &evidence() { return *m_evidence; }
    [[nodiscard]] workflow::identity::SetIdentityAttributes &attributes() { return *m_attributes; }
    /** Duplicate review and merge (identity vigilance); both need Permission::PatientMerge. */
    [[nodiscard]] workflow::identity::ReviewDuplicates &duplicates() { return *m_duplicates; }
    [[nodiscard]] workflow::identity::MergePatients &merge() { return *m_merge; }
    /** Null when INSi is not available on this workstation. */
    [[nodiscard]] workflow::identity::QualifyIdentity *qualify() { return m_qualify.get(); }
    [[nodiscard]] domain::Error insiError() const { return m_insiError; }

    /** INSi in CPx mode (the user's CPS card) is offered when this workstation has its settings. */
    void setCpx(workflow::identity::CpxInsiSettings settings) { m_cpxSettings = std::move(settings); }
    [[nodiscard]] bool cpxAvailable() const { return m_cpxSettings.configured(); }
    /** Opens the card with the PIN (consumed) and returns the qualification bound to it; the card
     *  stays open until releaseCard() (after the comparison dialog). */
    [[nodiscard]] domain::Result<workflow::identity::QualifyIdentity *> qualifyWithCard(interop::cps::CpsPin pin);
    void releaseCard();

private:
    std::unique_ptr<workflow::identity::SearchPatients> m_search;
    std::unique_ptr<workflow::identity::RegisterPatient> m_register;
    std::unique_ptr<workflow::identity::UpdatePatient> m_update;
    std::unique_ptr<workflow::identity::RecordEvidence> m_evidence;
    std::unique_ptr<workflow::identity::SetIdentityAttributes> m_attributes;
    std::unique_ptr<workflow::identity::ReviewDuplicates> m_duplicates;
    std::unique_ptr<workflow::identity::MergePatients> m_merge;
    std::unique_ptr<workflow::identity::QualifyIdentity> m_qualify;
    domain::Error m_insiError;
    storage::Database &m_db;
    domain::UserSession m_session;
    workflow::identity::CpxInsiSettings m_cpxSettings;
    std::unique_ptr<workflow::identity::CpxInsiAccess> m_cpx;
    std::unique_ptr<workflow::identity::QualifyIdentity> m_cpxQualify;
};

} // namespace sgl::app
