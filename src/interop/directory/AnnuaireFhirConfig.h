#pragma once

#include <QString>

namespace sgl::interop::directory {

/**
 * Settings of the Annuaire Santé FHIR API v2 (shared/specs/national-services.md §5). The API key
 * comes from the national services settings ([annuaire] api_key); it is sent only in the
 * ESANTE-API-KEY header and never logged nor put in an error.
 */
struct AnnuaireFhirConfig {
    QString baseUrl = QStringLiteral("https://gateway.api.esante.gouv.fr/fhir/v2");
    QString apiKey;
    QString caBundlePath;        ///< PEM CA(s) trusted for the gateway; empty = the system's store
    int timeoutMs = 30000;       ///< the gateway's own limit is 30 s
    int connectTimeoutMs = 10000;
    int pageSize = 50;           ///< the gateway's page size
    int maxPages = 20;           ///< Bundle.link next followed at most this often
    int maxRetries = 3;          ///< 429 answers retried (after Retry-After) before giving up
    int maxRetryAfterSeconds = 60; ///< a longer Retry-After is not waited for (directory.fhir_rate_limited)
    qint64 maxResponseBytes = 8 * 1024 * 1024;
};

} // namespace sgl::interop::directory
