#pragma once

#include "simulators/common/SimHttp.h"
#include "simulators/directory/DirectorySimConfig.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

namespace sgl::simulators::directory {

/**
 * The Annuaire Santé FHIR API v2 as the simulator serves it (R4, JSON), over the configured
 * practitioners:
 *
 *  - GET /fhir/v2/Practitioner with `identifier` (`urn:oid:1.2.250.1.71.4.2.1|8<RPPS>` or
 *    `https://rpps.esante.gouv.fr|<RPPS>`), `family`, `given` (case- and accent-insensitive
 *    prefixes), `active` (true|false), `mailbox-mss`, `_revinclude=PractitionerRole:practitioner`,
 *    `_count` (at most maxPageSize), and `_offset` (the paging cursor of its own next links);
 *  - GET /fhir/v2/PractitionerRole with `practitioner` (Practitioner/<id>) and `_count`/`_offset`.
 * Answers: searchset Bundle with total, self and next links (paging over the matches; included
 * roles follow their practitioner); 401 OperationOutcome without the right ESANTE-API-KEY; 400
 * OperationOutcome on an unknown parameter or a malformed value; 429 with Retry-After once more
 * than requestsPerSecond requests came in the last second (accepted requests only count).
 *
 * Test hooks (thread-safe): failNext() answers the next n requests 429 with a Retry-After,
 * setActive() deactivates a practitioner, setRequestsPerSecond() changes the limit, requests()
 * and throttled() count the requests received and refused.
 */
class DirectorySimHandler : public common::SimHttpHandler {
public:
    explicit DirectorySimHandler(DirectorySimConfig config);

    [[nodiscard]] common::SimHttpResponse handle(const common::SimHttpRequest &request) override;

    [[nodiscard]] static QStringList getPaths();
    /** The origin (https://127.0.0.1:<port>) of the links and fullUrls of the answers. */
    void setBaseUrl(const QString &url);
    [[nodiscard]] QString baseUrl() const;

    void failNext(int count, int retryAfterSeconds = 1);
    void setActive(const QString &rpps, bool active);
    /** Changes the rate limit (requests per second before 429). */
    void setRequestsPerSecond(int perSecond);
    [[nodiscard]] int requests() const;
    /** Requests answered 429 by the rate limit or failNext(). */
    [[nodiscard]] int throttled() const;

private:
    common::SimHttpResponse practitioners(const common::SimHttpRequest &request);
    common::SimHttpResponse roles(const common::SimHttpRequest &request);
    bool overRate();

    mutable QMutex m_mutex;
    DirectorySimConfig m_config;
    QString m_baseUrl;
    QElapsedTimer m_clock;
    QList<qint64> m_recent; ///< times (ms) of the accepted requests of the last second
    int m_failNext = 0;
    int m_failRetryAfter = 1;
    int m_requests = 0;
    int m_throttled = 0;
};

} // namespace sgl::simulators::directory
