#include "interop/dmp/DmpHttp.h"

#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"

#include <QFile>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace sgl::interop::dmp {

using domain::fail;

namespace {

void ensureCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Sink {
    QByteArray data;
    QByteArray contentType;
    qint64 max = 0;
    bool overflow = false;
};

size_t onBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *sink = static_cast<Sink *>(userdata);
    const size_t n = size * nmemb;
    if (sink->data.size() + static_cast<qint64>(n) > sink->max) {
        sink->overflow = true;
        return 0; // aborts the transfer
    }
    sink->data.append(ptr, static_cast<qsizetype>(n));
    return n;
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

domain::Error transportError(CURLcode rc, const char *errbuf, const DmpClientConfig &cfg, const QString &url)
{
    const QString detail = QString::fromUtf8(errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc));
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return {errc::Timeout,
                Tr::tr("Le DMP n'a pas répondu dans le délai de %1 s ; nouvel essai plus tard.")
                    .arg(QString::number(cfg.timeoutMs / 1000.0, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))),
                url};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return {errc::Unreachable, Tr::tr("Le DMP est injoignable (%1).").arg(detail), url};
    case CURLE_PEER_FAILED_VERIFICATION:
        return {errc::Tls,
                Tr::tr("Le certificat du serveur DMP n'est pas reconnu (autorité non approuvée ou nom incorrect) : "
                       "connexion refusée. Détail : %1").arg(detail),
                url};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return {errc::Tls,
                Tr::tr("Échec de la connexion sécurisée (TLS 1.2) avec le DMP : %1. Vérifiez le certificat "
                       "d'authentification de la structure et les autorités de confiance.").arg(detail),
                url};
    default:
        break;
    }
    if (detail.contains(QLatin1String("alert"), Qt::CaseInsensitive))
        return {errc::Tls,
                Tr::tr("La connexion sécurisée a été refusée par le DMP (certificat client absent ou non reconnu ?) : %1").arg(detail),
                url};
    return {errc::Transport, Tr::tr("Erreur réseau pendant l'appel au DMP : %1").arg(detail), url};
}

} // namespace

domain::Result<DmpHttpReply> DmpHttp::post(const DmpClientConfig &config, const QString &url,
                                           const QByteArray &contentType, const QByteArray &body)
{
    ensureCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(errc::Transport, Tr::tr("Initialisation de libcurl impossible."));
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray cert = QFile::encodeName(config.certificatePath);
    const QByteArray key = QFile::encodeName(config.privateKeyPath);
    const QByteArray ca = QFile::encodeName(config.caBundlePath);
    const QByteArray pass = config.keyPassword.toUtf8();
    const QByteArray header = QByteArrayLiteral("Content-Type: ") + contentType;
    std::unique_ptr<curl_slist, SlistDeleter> headers(curl_slist_append(nullptr, header.constData()));
    headers.reset(curl_slist_append(headers.release(), "Expect:"));
    char errbuf[CURL_ERROR_SIZE] = {0};
    Sink sink;
    sink.max = config.maxResponseBytes;
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
    curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
    curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
    curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
    if (!pass.isEmpty())
        curl_easy_setopt(c, CURLOPT_KEYPASSWD, pass.constData());
    curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    // TLS 1.2 and nothing else: the DMP's LPS access is TLS 1.2 only (PDT-INF-579).
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2) | static_cast<long>(CURL_SSLVERSION_MAX_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(config.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    const CURLcode rc = curl_easy_perform(c);
    if (sink.overflow)
        return fail(errc::ResponseTooLarge,
                    Tr::tr("Réponse du DMP anormalement volumineuse (plus de %1 octets) : ignorée.").arg(sink.max), url);
    if (rc != CURLE_OK)
        return std::unexpected(transportError(rc, errbuf, config, url));
    DmpHttpReply reply;
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    reply.status = static_cast<int>(status);
    char *type = nullptr;
    curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type);
    if (type != nullptr)
        reply.contentType = QByteArray(type);
    reply.body = std::move(sink.data);
    return reply;
}

} // namespace sgl::interop::dmp
