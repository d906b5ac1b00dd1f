#pragma once

#include "domain/Error.h"
#include "interop/directory/AnnuaireFhirConfig.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::directory {

struct AnnuaireFhirResponse {
    int status = 0;
    QByteArray body;
    QByteArray retryAfter; ///< Retry-After header of a 429 (seconds or HTTP date), as sent
};

/**
 * One blocking GET to the Annuaire Santé FHIR API through interop/http's HttpsClient: https only,
 * peer and host verified, TLS >= 1.2, no redirect followed, total timeout, response size cap; the
 * API key in the ESANTE-API-KEY header. Run it off the GUI thread.
 *
 * Errors: directory.fhir_config (not an https URL), directory.fhir_timeout,
 * directory.fhir_unreachable, directory.fhir_tls, directory.fhir_http (transport failure or
 * oversized answer). An HTTP status is not an error here.
 */
class AnnuaireFhirHttp {
public:
    [[nodiscard]] static domain::Result<AnnuaireFhirResponse> get(const QString &url, const AnnuaireFhirConfig &config);
};

} // namespace sgl::interop::directory
