#pragma once

#include "domain/Error.h"

namespace sgl::interop::dmp {

/**
 * Transient or permanent: what a DMP error means for the dispatcher (a new attempt later, or a
 * human). Documented in docs/interfaces/dmp.md; the table, by error code:
 *
 * | transient (retry with back-off)                      | permanent (parked, French reason shown)            |
 * |------------------------------------------------------|----------------------------------------------------|
 * | dmp.timeout, dmp.unreachable, dmp.transport           | dmp.tls (server not trusted, client cert refused)  |
 * | dmp.unavailable (HTTP 5xx without SOAP fault)         | dmp.http_status (HTTP 4xx without SOAP fault)      |
 * | dmp.server_busy (SOAP Receiver/Server fault)          | dmp.rejected (SOAP Sender/Client fault: VIHF...)   |
 * | dmp.response_too_large, xds.malformed_response,       | xds.registry_error (except the *Busy and          |
 * |   xds.mtom_* (a proxy page, a truncated answer)       |   *OutOfResources registry codes: transient)       |
 * |                                                      | xds.invalid_document, dmp.not_found, dmp.config,   |
 * |                                                      | dmp.unexpected_response, any other code (security  |
 * |                                                      | material: expired certificate...)                  |
 */
class DmpFailure {
public:
    [[nodiscard]] static bool isTransient(const domain::Error &error);
};

} // namespace sgl::interop::dmp
