#include "interop/psc/PscHttp.h"

#include "interop/psc/ErrorCodes.h"
#include "interop/psc/Tr.h"

#include <QFile>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace sgl::interop::psc {

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
    auto *response = static_cast<PscHttpResponse *>(userdata);
    const QByteArray line = QByteArray(ptr, static_cast<qsizetype>(size * nmemb)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "location")
            response->location = line.mid(colon + 1).trimmed();
        else if (name == "content-type")
            response->contentType = line.mid(colon + 1).trimmed();
    }
    return size * nmemb;
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

domain::Error transportError(CURLcode rc, const char *errbuf, const PscTransportConfig &cfg, const QString &url)
{
    const QString detail = QString::fromUtf8(errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc));
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return {errc::Timeout, Tr::tr("Pro Santé Connect n'a pas répondu dans le délai de %1 s.")
                                   .arg(cfg.timeoutMs / 1000.0, 0, 'f', 1), url};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return {errc::Unreachable, Tr::tr("Pro Santé Connect est injoignable (%1).").arg(detail), url};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return {errc::Tls, Tr::tr("Connexion sécurisée avec Pro Santé Connect refusée (certificat du serveur non "
                                  "reconnu ou nom incorrect) : %1").arg(detail), url};
    default:
        return {errc::Transport, Tr::tr("Erreur réseau pendant l'appel à Pro Santé Connect : %1").arg(detail), url};
    }
}

} // namespace

QByteArray PscHttp::form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

domain::Result<PscHttpResponse> PscHttp::send(const PscHttpRequest &request, const PscTransportConfig &config)
{
    const QUrl parsed(request.url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return domain::fail(errc::Config, Tr::tr("Adresse Pro Santé Connect invalide « %1 » : une URL https:// est "
                                                 "exigée.").arg(request.url), request.url);
    ensureCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return domain::fail(errc::Transport, Tr::tr("Initialisation de libcurl impossible."));
    CURL *c = curl.get();
    const QByteArray url = request.url.toUtf8();
    const QByteArray ca = QFile::encodeName(config.caBundlePath);
    // RFC 6749 §2.3.1: client id and secret are form-urlencoded before the Basic encoding.
    const QByteArray user = QUrl::toPercentEncoding(request.basicUser);
    const QByteArray password = QUrl::toPercentEncoding(request.basicPassword);
    std::unique_ptr<curl_slist, SlistDeleter> headers(curl_slist_append(nullptr, "Accept: application/json, application/jwt"));
    headers.reset(curl_slist_append(headers.release(), "Expect:"));
    if (!request.bearer.isEmpty())
        headers.reset(curl_slist_append(headers.release(), QByteArray("Authorization: Bearer " + request.bearer).constData()));
    if (request.method == "POST")
        headers.reset(curl_slist_append(headers.release(), "Content-Type: application/x-www-form-urlencoded"));
    char errbuf[CURL_ERROR_SIZE] = {0};
    Sink sink;
    sink.max = config.maxResponseBytes;
    PscHttpResponse response;
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.formBody.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.formBody.size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    if (!request.basicUser.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
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
        return domain::fail(errc::Transport, Tr::tr("Réponse de Pro Santé Connect anormalement volumineuse (plus de %1 "
                                                    "octets) : ignorée.").arg(sink.max), request.url);
    if (rc != CURLE_OK)
        return std::unexpected(transportError(rc, errbuf, config, request.url));
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    response.body = sink.data;
    return response;
}

} // namespace sgl::interop::psc
