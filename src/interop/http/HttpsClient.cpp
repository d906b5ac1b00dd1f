#include "interop/http/HttpsClient.h"

#include <QFile>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace sgl::interop::http {

namespace {

void ensureCurlInitialised()
{
    // curl_global_init is not thread-safe on every build of libcurl: once per process.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

/** Where libcurl writes the answer: the body up to the cap, the wanted headers. */
struct Capture {
    const QList<QByteArray> *wanted = nullptr;
    QByteArray body;
    qint64 maxBody = 0;
    bool overflow = false;
    QList<QPair<QByteArray, QByteArray>> headers;
};

size_t onBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *capture = static_cast<Capture *>(userdata);
    const size_t n = size * nmemb;
    if (capture->body.size() + static_cast<qint64>(n) > capture->maxBody) {
        capture->overflow = true;
        return 0; // aborts the transfer
    }
    capture->body.append(ptr, static_cast<qsizetype>(n));
    return n;
}

size_t onHeader(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *capture = static_cast<Capture *>(userdata);
    const QByteArray line = QByteArray(ptr, static_cast<qsizetype>(size * nmemb)).trimmed();
    // A new status line starts a new answer (an interim 1xx): only the final answer's headers count.
    if (line.startsWith("HTTP/")) {
        capture->headers.clear();
        return size * nmemb;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        for (const QByteArray &wanted : *capture->wanted) {
            if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
                capture->headers.append({name, line.mid(colon + 1).trimmed()});
                break;
            }
        }
    }
    return size * nmemb;
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

HttpsFailure::Kind kindOf(CURLcode rc)
{
    using Kind = HttpsFailure::Kind;
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return Kind::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return Kind::Unreachable;
    case CURLE_PEER_FAILED_VERIFICATION:
        return Kind::TlsUntrustedServer;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return Kind::TlsHandshake;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return Kind::ConnectionDropped;
    default:
        return Kind::Other;
    }
}

} // namespace

HttpsResult HttpsClient::perform(const HttpsRequest &request, const HttpsTransport &transport)
{
    const QUrl parsed(request.url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return std::unexpected(HttpsFailure{HttpsFailure::Kind::NotHttps, QStringLiteral("not an https:// URL")});
    ensureCurlInitialised();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return std::unexpected(HttpsFailure{HttpsFailure::Kind::Other, QStringLiteral("curl_easy_init() failed")});
    CURL *c = curl.get();
    // libcurl keeps pointers to these strings until the transfer ends: they live until return.
    const QByteArray url = request.url.toUtf8();
    const QByteArray ca = QFile::encodeName(transport.caBundlePath);
    const QByteArray cert = QFile::encodeName(transport.clientCertificatePath);
    const QByteArray key = QFile::encodeName(transport.clientKeyPath);
    const QByteArray password = transport.clientKeyPassword.toUtf8();
    std::unique_ptr<curl_slist, SlistDeleter> headers;
    for (const QByteArray &line : request.headerLines)
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    headers.reset(curl_slist_append(headers.release(), "Expect:"));
    char errbuf[CURL_ERROR_SIZE] = {0};
    Capture capture;
    capture.wanted = &request.wantedHeaders;
    capture.maxBody = transport.maxResponseBytes;

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    if (request.method == HttpsRequest::Method::Post) {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    } else {
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    if (!request.basicUser.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(c, CURLOPT_USERNAME, request.basicUser.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, request.basicPassword.constData());
    }
    if (!transport.clientCertificatePath.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
        if (!password.isEmpty())
            curl_easy_setopt(c, CURLOPT_KEYPASSWD, password.constData());
    }
    if (!transport.caBundlePath.isEmpty()) {
        // Only this bundle: not the system's directory of CAs as well.
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    }
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    long tls = CURL_SSLVERSION_TLSv1_2;
    if (transport.tls12Only)
        tls |= CURL_SSLVERSION_MAX_TLSv1_2;
    curl_easy_setopt(c, CURLOPT_SSLVERSION, tls);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(transport.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(transport.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &capture);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &capture);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);

    const CURLcode rc = curl_easy_perform(c);
    if (capture.overflow)
        return std::unexpected(HttpsFailure{HttpsFailure::Kind::ResponseTooLarge,
                                            QStringLiteral("more than %1 bytes").arg(transport.maxResponseBytes)});
    if (rc != CURLE_OK)
        return std::unexpected(
            HttpsFailure{kindOf(rc), QString::fromUtf8(errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc))});
    HttpsResponse response;
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    response.body = std::move(capture.body);
    response.headers = std::move(capture.headers);
    return response;
}

} // namespace sgl::interop::http
