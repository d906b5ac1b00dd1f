#include "interop/directory/AnnuaireFhirClient.h"

#include "interop/directory/AnnuaireFhirHttp.h"
#include "interop/directory/ErrorCodes.h"
#include "interop/directory/Tr.h"

#include <QDateTime>
#include <QLocale>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace sgl::interop::directory {

using namespace Qt::StringLiterals;

namespace {

/** Retry-After in milliseconds: delta-seconds or an HTTP date; 1 s when absent or unreadable. */
qint64 retryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s))
        text.chop(4);
    const QDateTime date = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (date.isValid()) {
        QDateTime utc = date;
        utc.setTimeZone(QTimeZone::utc());
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
    }
    return 1000;
}

} // namespace

AnnuaireFhirClient::AnnuaireFhirClient(AnnuaireFhirConfig config, TokenBucket *limiter, Sleeper sleep)
    : m_config(std::move(config)), m_limiter(limiter ? limiter : &TokenBucket::annuaireSante()), m_sleep(std::move(sleep))
{
    if (!m_sleep)
        m_sleep = [](qint64 ms) { QThread::msleep(static_cast<unsigned long>(ms)); };
    while (m_config.baseUrl.endsWith(u'/'))
        m_config.baseUrl.chop(1);
}

QString AnnuaireFhirClient::rppsSearchUrl(const QString &rpps) const
{
    QUrl url(m_config.baseUrl + u"/Practitioner"_s);
    QUrlQuery q;
    q.addQueryItem(u"identifier"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"urn:oid:1.2.250.1.71.4.2.1|8"_s + rpps)));
    q.addQueryItem(u"_revinclude"_s, u"PractitionerRole:practitioner"_s);
    q.addQueryItem(u"_count"_s, QString::number(m_config.pageSize));
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

bool AnnuaireFhirClient::sameOrigin(const QString &url) const
{
    const QUrl base(m_config.baseUrl);
    const QUrl next(url);
    return next.scheme() == base.scheme() && next.host() == base.host() && next.port(443) == base.port(443);
}

domain::Result<FhirDirectoryPage> AnnuaireFhirClient::page(const QString &url, int *retries)
{
    if (m_config.apiKey.trimmed().isEmpty())
        return domain::fail(errc::FhirConfig,
                            Tr::tr("Clé d'API de l'Annuaire Santé absente : renseignez-la dans les paramètres des services "
                                   "nationaux."));
    for (int attempt = 0;; ++attempt) {
        if (const qint64 wait = m_limiter->acquire(); wait > 0)
            m_sleep(wait);
        auto response = AnnuaireFhirHttp::get(url, m_config);
        if (!response)
            return std::unexpected(response.error());
        switch (response->status) {
        case 200:
            return FhirPractitionerBundle::parse(response->body);
        case 400:
            return domain::fail(errc::FhirBadRequest,
                                Tr::tr("Requête refusée par l'Annuaire Santé : %1")
                                    .arg(FhirPractitionerBundle::operationOutcomeText(response->body)),
                                url);
        case 401:
        case 403:
            return domain::fail(errc::FhirUnauthorized,
                                Tr::tr("Clé d'API de l'Annuaire Santé refusée (HTTP %1) : vérifiez-la dans les paramètres "
                                       "des services nationaux.")
                                    .arg(response->status),
                                url);
        case 429: {
            const qint64 wait = retryAfterMs(response->retryAfter);
            if (attempt >= m_config.maxRetries || wait > qint64(m_config.maxRetryAfterSeconds) * 1000)
                return domain::fail(errc::FhirRateLimited,
                                    Tr::tr("L'Annuaire Santé limite le nombre de requêtes : réessayez dans %1 s.")
                                        .arg((wait + 999) / 1000),
                                    url);
            m_limiter->holdOff(wait);
            if (retries)
                ++*retries;
            continue;
        }
        default: {
            const QString outcome = FhirPractitionerBundle::operationOutcomeText(response->body);
            return domain::fail(errc::FhirHttp,
                                Tr::tr("L'Annuaire Santé a répondu HTTP %1%2")
                                    .arg(response->status)
                                    .arg(outcome.isEmpty() ? QString() : u" : "_s + outcome),
                                url);
        }
        }
    }
}

domain::Result<FhirRppsLookup> AnnuaireFhirClient::lookupRpps(const QString &rpps)
{
    FhirRppsLookup out;
    QString url = rppsSearchUrl(rpps);
    QList<FhirPractitioner> practitioners;
    for (;;) {
        auto p = page(url, &out.retries);
        if (!p)
            return std::unexpected(p.error());
        ++out.pages;
        practitioners += p->practitioners;
        out.roles += p->roles;
        if (p->nextUrl.isEmpty() || out.pages >= m_config.maxPages)
            break;
        if (!sameOrigin(p->nextUrl))
            return domain::fail(errc::FhirResponse,
                                Tr::tr("Lien de page suivante de l'Annuaire Santé hors de son adresse : ignoré par sécurité."),
                                p->nextUrl);
        url = p->nextUrl;
    }
    for (const FhirPractitioner &p : practitioners)
        if (p.rpps == rpps) {
            out.practitioner = p;
            break;
        }
    if (!out.practitioner) {
        out.roles.clear();
        out.outcome = FhirRppsLookup::Outcome::Unknown;
        return out;
    }
    QList<FhirPractitionerRole> own;
    for (const FhirPractitionerRole &r : out.roles)
        if (r.practitionerId == out.practitioner->id)
            own << r;
    out.roles = own;
    out.outcome = out.practitioner->active ? FhirRppsLookup::Outcome::Active : FhirRppsLookup::Outcome::Inactive;
    return out;
}

} // namespace sgl::interop::directory
