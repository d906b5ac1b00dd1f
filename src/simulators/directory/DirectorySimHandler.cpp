#include "simulators/directory/DirectorySimHandler.h"

#include "domain/directory/DirectoryKey.h"
#include "domain/lab/RppsNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace sgl::simulators::directory {

using namespace Qt::StringLiterals;
using common::SimHttpRequest;
using common::SimHttpResponse;

namespace {

const QString kIdNatSystem = u"urn:oid:1.2.250.1.71.4.2.1"_s;
const QString kRppsSystem = u"https://rpps.esante.gouv.fr"_s;
const QString kPractitionerPath = u"/fhir/v2/Practitioner"_s;
const QString kRolePath = u"/fhir/v2/PractitionerRole"_s;

SimHttpResponse fhirJson(int status, const QJsonObject &body)
{
    SimHttpResponse r;
    r.status = status;
    r.contentType = "application/fhir+json;charset=UTF-8";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

SimHttpResponse outcome(int status, const QString &code, const QString &diagnostics)
{
    return fhirJson(status, QJsonObject{{u"resourceType"_s, u"OperationOutcome"_s},
                                        {u"issue"_s, QJsonArray{QJsonObject{{u"severity"_s, u"error"_s},
                                                                            {u"code"_s, code},
                                                                            {u"diagnostics"_s, diagnostics}}}}});
}

QString practitionerId(const SimPractitioner &p)
{
    return u"003-"_s + p.rpps;
}

QJsonArray telecom(const QStringList &mailboxes)
{
    QJsonArray out;
    for (const QString &m : mailboxes)
        if (!m.isEmpty())
            out << QJsonObject{{u"system"_s, u"email"_s}, {u"value"_s, m}};
    return out;
}

QJsonObject practitionerJson(const SimPractitioner &p)
{
    QJsonObject name{{u"family"_s, p.family}, {u"given"_s, QJsonArray{p.given}}};
    if (!p.prefix.isEmpty())
        name[u"prefix"_s] = QJsonArray{p.prefix};
    QJsonObject r{{u"resourceType"_s, u"Practitioner"_s},
                  {u"id"_s, practitionerId(p)},
                  {u"identifier"_s,
                   QJsonArray{QJsonObject{{u"system"_s, kIdNatSystem}, {u"value"_s, u"8"_s + p.rpps}},
                              QJsonObject{{u"system"_s, kRppsSystem}, {u"value"_s, p.rpps}}}},
                  {u"active"_s, p.active},
                  {u"name"_s, QJsonArray{name}}};
    if (const QJsonArray t = telecom(p.mailboxes); !t.isEmpty())
        r[u"telecom"_s] = t;
    return r;
}

QJsonObject roleJson(const SimPractitioner &p, int n)
{
    const SimPractitionerRole &role = p.roles[n];
    QJsonObject r{{u"resourceType"_s, u"PractitionerRole"_s},
                  {u"id"_s, u"005-%1-%2"_s.arg(p.rpps).arg(n + 1)},
                  {u"active"_s, p.active},
                  {u"practitioner"_s, QJsonObject{{u"reference"_s, u"Practitioner/"_s + practitionerId(p)}}},
                  {u"organization"_s, QJsonObject{{u"display"_s, role.organisation}}},
                  {u"code"_s,
                   QJsonArray{QJsonObject{
                       {u"coding"_s,
                        QJsonArray{QJsonObject{
                            {u"system"_s, u"https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante"_s},
                            {u"code"_s, p.professionCode},
                            {u"display"_s, p.profession}}}}}}}};
    if (const QJsonArray t = telecom({role.mailbox}); !t.isEmpty())
        r[u"telecom"_s] = t;
    return r;
}

/** _count and _offset; false (and `error`) when not numbers. */
bool paging(const QUrlQuery &q, int maxPage, int &count, int &offset, QString &error)
{
    count = maxPage;
    offset = 0;
    bool ok = true;
    if (q.hasQueryItem(u"_count"_s)) {
        count = q.queryItemValue(u"_count"_s).toInt(&ok);
        if (!ok || count < 1) {
            error = u"_count must be a positive integer"_s;
            return false;
        }
        count = std::min(count, maxPage);
    }
    if (q.hasQueryItem(u"_offset"_s)) {
        offset = q.queryItemValue(u"_offset"_s).toInt(&ok);
        if (!ok || offset < 0) {
            error = u"_offset must be a non-negative integer"_s;
            return false;
        }
    }
    return true;
}

} // namespace

DirectorySimHandler::DirectorySimHandler(DirectorySimConfig config) : m_config(std::move(config))
{
    m_clock.start();
}

QStringList DirectorySimHandler::getPaths()
{
    return {kPractitionerPath, kRolePath};
}

void DirectorySimHandler::setBaseUrl(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    m_baseUrl = url;
}

QString DirectorySimHandler::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

void DirectorySimHandler::failNext(int count, int retryAfterSeconds)
{
    QMutexLocker lock(&m_mutex);
    m_failNext = count;
    m_failRetryAfter = retryAfterSeconds;
}

void DirectorySimHandler::setActive(const QString &rpps, bool active)
{
    QMutexLocker lock(&m_mutex);
    for (SimPractitioner &p : m_config.practitioners)
        if (p.rpps == rpps)
            p.active = active;
}

void DirectorySimHandler::setRequestsPerSecond(int perSecond)
{
    QMutexLocker lock(&m_mutex);
    m_config.requestsPerSecond = std::max(1, perSecond);
    m_recent.clear();
}

int DirectorySimHandler::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int DirectorySimHandler::throttled() const
{
    QMutexLocker lock(&m_mutex);
    return m_throttled;
}

bool DirectorySimHandler::overRate()
{
    const qint64 now = m_clock.elapsed();
    while (!m_recent.isEmpty() && m_recent.first() <= now - 1000)
        m_recent.removeFirst();
    if (m_recent.size() >= m_config.requestsPerSecond)
        return true;
    m_recent << now;
    return false;
}

SimHttpResponse DirectorySimHandler::handle(const SimHttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests;
    if (request.method != "GET")
        return outcome(405, u"not-supported"_s, u"Only GET searches are simulated"_s);
    QByteArray key;
    for (const auto &[name, value] : request.headers)
        if (name == "esante-api-key")
            key = value;
    if (key.isEmpty() || key != m_config.apiKey.toUtf8())
        return outcome(401, u"security"_s, u"Invalid or missing ESANTE-API-KEY"_s);
    const bool forced = m_failNext > 0;
    if (forced || overRate()) {
        if (forced)
            --m_failNext;
        ++m_throttled;
        SimHttpResponse r = outcome(429, u"throttled"_s, u"Too many requests: 17 requests per second at most"_s);
        r.headers.append({"Retry-After", QByteArray::number(forced ? m_failRetryAfter : 1)});
        return r;
    }
    if (request.path == kPractitionerPath)
        return practitioners(request);
    return roles(request);
}

SimHttpResponse DirectorySimHandler::practitioners(const SimHttpRequest &request)
{
    const QUrlQuery q(QString::fromUtf8(request.query));
    static const QStringList known{u"identifier"_s, u"family"_s,   u"given"_s,  u"active"_s,
                                   u"mailbox-mss"_s, u"_revinclude"_s, u"_count"_s, u"_offset"_s};
    for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded))
        if (!known.contains(name))
            return outcome(400, u"not-supported"_s, u"Unknown search parameter: %1"_s.arg(name));
    int count = 0, offset = 0;
    QString error;
    if (!paging(q, m_config.maxPageSize, count, offset, error))
        return outcome(400, u"invalid"_s, error);
    QString rpps;
    if (q.hasQueryItem(u"identifier"_s)) {
        const QString identifier = q.queryItemValue(u"identifier"_s, QUrl::FullyDecoded);
        const QString system = identifier.section(u'|', 0, 0);
        const QString value = identifier.section(u'|', 1);
        if (system == kIdNatSystem && value.size() == 12 && value.startsWith(u'8'))
            rpps = value.mid(1);
        else if (system == kRppsSystem || (!identifier.contains(u'|')))
            rpps = identifier.contains(u'|') ? value : identifier;
        if (domain::RppsNumber::check(rpps) == domain::RppsNumber::Check::WrongLength
            || domain::RppsNumber::check(rpps) == domain::RppsNumber::Check::NotDigits)
            return outcome(400, u"invalid"_s, u"Malformed identifier: %1"_s.arg(identifier));
    }
    std::optional<bool> active;
    if (q.hasQueryItem(u"active"_s)) {
        const QString a = q.queryItemValue(u"active"_s);
        if (a != u"true"_s && a != u"false"_s)
            return outcome(400, u"invalid"_s, u"active must be true or false"_s);
        active = a == u"true"_s;
    }
    const bool revinclude = q.hasQueryItem(u"_revinclude"_s);
    if (revinclude && q.queryItemValue(u"_revinclude"_s, QUrl::FullyDecoded) != u"PractitionerRole:practitioner"_s)
        return outcome(400, u"not-supported"_s, u"Only _revinclude=PractitionerRole:practitioner is supported"_s);
    const QString family = domain::DirectoryKey::of(q.queryItemValue(u"family"_s, QUrl::FullyDecoded));
    const QString given = domain::DirectoryKey::of(q.queryItemValue(u"given"_s, QUrl::FullyDecoded));
    const QString mailbox = q.queryItemValue(u"mailbox-mss"_s, QUrl::FullyDecoded).toLower();

    QList<const SimPractitioner *> matches;
    for (const SimPractitioner &p : m_config.practitioners) {
        if (!rpps.isEmpty() && p.rpps != rpps)
            continue;
        if (active && p.active != *active)
            continue;
        if (!family.isEmpty() && !domain::DirectoryKey::of(p.family).startsWith(family))
            continue;
        if (!given.isEmpty() && !domain::DirectoryKey::of(p.given).startsWith(given))
            continue;
        if (!mailbox.isEmpty()) {
            bool found = false;
            for (const QString &m : p.mailboxes)
                found = found || m.toLower().contains(mailbox);
            for (const SimPractitionerRole &r : p.roles)
                found = found || r.mailbox.toLower().contains(mailbox);
            if (!found)
                continue;
        }
        matches << &p;
    }
    QJsonArray entries;
    for (qsizetype i = offset; i < std::min<qsizetype>(matches.size(), offset + count); ++i) {
        const SimPractitioner &p = *matches[i];
        entries << QJsonObject{{u"fullUrl"_s, m_baseUrl + kPractitionerPath + u'/' + practitionerId(p)},
                               {u"resource"_s, practitionerJson(p)},
                               {u"search"_s, QJsonObject{{u"mode"_s, u"match"_s}}}};
        if (revinclude)
            for (int n = 0; n < p.roles.size(); ++n)
                entries << QJsonObject{{u"resource"_s, roleJson(p, n)}, {u"search"_s, QJsonObject{{u"mode"_s, u"include"_s}}}};
    }
    QUrlQuery self = q;
    self.removeAllQueryItems(u"_offset"_s);
    QJsonArray links{QJsonObject{{u"relation"_s, u"self"_s},
                                 {u"url"_s, m_baseUrl + request.path + u'?' + QString::fromUtf8(request.query)}}};
    if (offset + count < matches.size()) {
        QUrlQuery next = self;
        next.addQueryItem(u"_offset"_s, QString::number(offset + count));
        links << QJsonObject{{u"relation"_s, u"next"_s},
                             {u"url"_s, m_baseUrl + request.path + u'?' + next.toString(QUrl::FullyEncoded)}};
    }
    return fhirJson(200, QJsonObject{{u"resourceType"_s, u"Bundle"_s},
                                     {u"type"_s, u"searchset"_s},
                                     {u"total"_s, int(matches.size())},
                                     {u"link"_s, links},
                                     {u"entry"_s, entries}});
}

SimHttpResponse DirectorySimHandler::roles(const SimHttpRequest &request)
{
    const QUrlQuery q(QString::fromUtf8(request.query));
    for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded))
        if (name != u"practitioner"_s && name != u"_count"_s && name != u"_offset"_s)
            return outcome(400, u"not-supported"_s, u"Unknown search parameter: %1"_s.arg(name));
    int count = 0, offset = 0;
    QString error;
    if (!paging(q, m_config.maxPageSize, count, offset, error))
        return outcome(400, u"invalid"_s, error);
    const QString practitioner = q.queryItemValue(u"practitioner"_s, QUrl::FullyDecoded).section(u'/', -1);
    QJsonArray all;
    for (const SimPractitioner &p : m_config.practitioners)
        if (practitioner.isEmpty() || practitionerId(p) == practitioner)
            for (int n = 0; n < p.roles.size(); ++n)
                all << roleJson(p, n);
    QJsonArray entries;
    for (qsizetype i = offset; i < std::min<qsizetype>(all.size(), offset + count); ++i)
        entries << QJsonObject{{u"resource"_s, all[i]}, {u"search"_s, QJsonObject{{u"mode"_s, u"match"_s}}}};
    QJsonArray links;
    if (offset + count < all.size()) {
        QUrlQuery next = q;
        next.removeAllQueryItems(u"_offset"_s);
        next.addQueryItem(u"_offset"_s, QString::number(offset + count));
        links << QJsonObject{{u"relation"_s, u"next"_s},
                             {u"url"_s, m_baseUrl + request.path + u'?' + next.toString(QUrl::FullyEncoded)}};
    }
    return fhirJson(200, QJsonObject{{u"resourceType"_s, u"Bundle"_s},
                                     {u"type"_s, u"searchset"_s},
                                     {u"total"_s, int(all.size())},
                                     {u"link"_s, links},
                                     {u"entry"_s, entries}});
}

} // namespace sgl::simulators::directory
