#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "interop/directory/AnnuaireFhirClient.h"
#include "interop/directory/AnnuaireFhirConfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace sgl::workflow::directory {

/** What the Annuaire Santé FHIR API says of an RPPS number, right now. */
struct OnlineRppsCheck {
    enum class Status {
        Active,        ///< a Practitioner with this RPPS, active
        Inactive,      ///< a Practitioner with this RPPS whose active is false
        Unknown,       ///< no Practitioner with this RPPS
        BadCheckDigit, ///< 11 digits whose Luhn key is wrong (nothing asked online)
        Malformed      ///< not 11 digits (nothing asked online)
    };
    Status status = Status::Unknown;
    std::optional<interop::directory::FhirPractitioner> practitioner;
    QList<interop::directory::FhirPractitionerRole> roles;
    QString message; ///< French, for the user
};

/**
 * The optional online RPPS check (issue 14 item 5): asks the Annuaire Santé FHIR API v2
 * (interop::directory::AnnuaireFhirClient, rate-limited client-side) instead of the imported
 * extraction (DirectorySearch::checkRpps), for a professional just registered or a doubt about
 * the extraction's date. Permission: one of dossier.read, dossier.create, user.admin,
 * system.config (as DirectorySearch). Public data, nothing stored: not audited. A malformed RPPS
 * or a wrong key is answered without a call. Errors: directory.fhir_* of the client (no API key:
 * directory.fhir_config). Blocking: run it off the GUI thread.
 */
class RppsOnlineCheck {
public:
    RppsOnlineCheck(domain::UserSession session, interop::directory::AnnuaireFhirConfig config,
                    interop::directory::TokenBucket *limiter = nullptr,
                    interop::directory::AnnuaireFhirClient::Sleeper sleep = {});

    [[nodiscard]] domain::Result<OnlineRppsCheck> check(const QString &rpps);

private:
    domain::UserSession m_session;
    interop::directory::AnnuaireFhirClient m_client;
};

} // namespace sgl::workflow::directory
