#pragma once

#include "domain/Error.h"
#include "interop/directory/AnnuaireFhirConfig.h"
#include "interop/directory/FhirPractitionerBundle.h"
#include "interop/directory/TokenBucket.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sgl::interop::directory {

/** What the FHIR API says of one RPPS. */
struct FhirRppsLookup {
    enum class Outcome { Active, Inactive, Unknown };
    Outcome outcome = Outcome::Unknown;
    std::optional<FhirPractitioner> practitioner; ///< when found (active or not)
    QList<FhirPractitionerRole> roles;            ///< its PractitionerRoles, every page
    int pages = 0;                                ///< pages read
    int retries = 0;                              ///< 429 answers waited out
};

/**
 * Client of the Annuaire Santé FHIR API v2 (shared/specs/national-services.md §5) for the online
 * RPPS check: `GET <base>/Practitioner?identifier=urn:oid:1.2.250.1.71.4.2.1|8<RPPS>
 * &_revinclude=PractitionerRole:practitioner&_count=50`, then Bundle.link next up to maxPages.
 * The search does not filter on `active`, so that an inactive professional is told apart from an
 * unknown one (Practitioner.active is read instead).
 *
 * Rate limit: every request first takes a slot of `limiter` (TokenBucket::annuaireSante() by default, 16 req/s, shared by the
 * process) and waits for it; a 429 makes the limiter hold off for Retry-After (seconds or HTTP
 * date; 1 s when absent) and the request is retried up to maxRetries times. A next link must
 * stay on the base URL's scheme, host and port (the API key is never sent elsewhere).
 *
 * Errors: directory.fhir_config (no API key, not https), directory.fhir_unauthorized (401, 403),
 * directory.fhir_bad_request (400, with the OperationOutcome's diagnostics),
 * directory.fhir_rate_limited, directory.fhir_http (other status), directory.fhir_response,
 * and the transport errors of AnnuaireFhirHttp. Messages never hold the API key. Blocking: run it
 * off the GUI thread.
 */
class AnnuaireFhirClient {
public:
    using Sleeper = std::function<void(qint64 milliseconds)>;

    explicit AnnuaireFhirClient(AnnuaireFhirConfig config, TokenBucket *limiter = nullptr, Sleeper sleep = {});

    [[nodiscard]] domain::Result<FhirRppsLookup> lookupRpps(const QString &rpps);
    /** One GET of a search page, rate-limited and retried on 429. */
    [[nodiscard]] domain::Result<FhirDirectoryPage> page(const QString &url, int *retries = nullptr);

    /** The first search URL of lookupRpps (tests, logs: holds no secret). */
    [[nodiscard]] QString rppsSearchUrl(const QString &rpps) const;

private:
    [[nodiscard]] bool sameOrigin(const QString &url) const;

    AnnuaireFhirConfig m_config;
    TokenBucket *m_limiter;
    Sleeper m_sleep;
};

} // namespace sgl::interop::directory
