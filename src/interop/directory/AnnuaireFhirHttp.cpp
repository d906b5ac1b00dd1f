#include "interop/directory/AnnuaireFhirHttp.h"

#include "interop/directory/ErrorCodes.h"
#include "interop/directory/Tr.h"

#include <QFile>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace sgl::interop::directory {

namespace {

void ensureCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Sink {
    QByteArray data;
    qint64 max = 0;
    bool overflow = false;
};

size_t writeBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *sink = static_cast<Sink *>(userdata);
    const size_t n = size * nmemb;
    if (sink->data.size() + static_cast<qint64>(n) > sink->max) {
        sink->overflow = true;
        return 0;
    }
    sink->data.append(ptr, static_cast<qsizetype>(n));
    return n;
}

size_t writeHeader(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *response = static_cast<AnnuaireFhirResponse *>(userdata);
    const QByteArray line = QByteArray(ptr, static_cast<qsizetype>(size * nmemb)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).trimmed().toLower() == "retry-after")
        response->retryAfter = line.mid(colon + 1).trimmed();
    return size * nmemb;
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

domain::Error transportError(CURLcode rc, const char *errbuf, const AnnuaireFhirConfig &cfg, const QString &url)
{
    const QString detail = QString::fromUtf8(errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc));
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return {QString(errc::FhirTimeout),
                Tr::tr("L'Annuaire Santé (API FHIR) n'a pas répondu dans le délai de %1 s.").arg(cfg.timeoutMs / 1000), url};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return {QString(errc::FhirUnreachable), Tr::tr("L'Annuaire Santé (API FHIR) est injoignable (%1).").arg(detail), url};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return {QString(errc::FhirTls),
                Tr::tr("Connexion sécurisée avec l'Annuaire Santé refusée (certificat du serveur non reconnu ou nom "
                       "incorrect) : %1")
                    .arg(detail),
                url};
    default:
        return {QString(errc::FhirHttp), Tr::tr("Erreur réseau pendant l'appel à l'Annuaire Santé : %1").arg(detail), url};
    }
}

} // namespace

domain::Result<AnnuaireFhirResponse> AnnuaireFhirHttp::get(const QString &url, const AnnuaireFhirConfig &config)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return domain::fail(errc::FhirConfig,
                            Tr::tr("Adresse de l'API FHIR de l'Annuaire Santé invalide « %1 » : une URL https:// est exigée.")
                                .arg(url),
                            url);
    ensureCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return domain::fail(errc::FhirHttp, Tr::tr("Initialisation de libcurl impossible."));
    CURL *c = curl.get();
    const QByteArray target = parsed.toEncoded();
    const QByteArray ca = QFile::encodeName(config.caBundlePath);
    const QByteArray keyHeader = "ESANTE-API-KEY: " + config.apiKey.toUtf8();
    std::unique_ptr<curl_slist, SlistDeleter> headers(curl_slist_append(nullptr, "Accept: application/fhir+json"));
    headers.reset(curl_slist_append(headers.release(), keyHeader.constData()));
    char errbuf[CURL_ERROR_SIZE] = {0};
    Sink sink;
    sink.max = config.maxResponseBytes;
    AnnuaireFhirResponse response;
    curl_easy_setopt(c, CURLOPT_URL, target.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    if (!config.caBundlePath.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    }
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(config.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &response);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    const CURLcode rc = curl_easy_perform(c);
    if (sink.overflow)
        return domain::fail(errc::FhirHttp,
                            Tr::tr("Réponse de l'Annuaire Santé trop volumineuse (plus de %1 octets).").arg(config.maxResponseBytes),
                            url);
    if (rc != CURLE_OK)
        return std::unexpected(transportError(rc, errbuf, config, url));
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.body = std::move(sink.data);
    return response;
}

} // namespace sgl::interop::directory
