#include "interop/mss/CurlMail.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/Tr.h"

#include <QFile>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace sgl::interop::mss {

using domain::fail;

namespace {

constexpr qint64 kMaxDownload = 60LL * 1024 * 1024;

void ensureCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
    QByteArray body;
    bool overflow = false;
    QByteArray upload;
    qsizetype uploaded = 0;
    QByteArray lastReply;       ///< the server's last reply line (CURLINFO_HEADER_IN)
    QByteArray errorReply;      ///< the first 4xx/5xx reply (QUIT's 221 must not hide it)
    bool startTlsSent = false;  ///< STARTTLS went out: a later failure is a TLS refusal
};

size_t writeBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t n = size * nmemb;
    if (t->body.size() + static_cast<qint64>(n) > kMaxDownload) {
        t->overflow = true;
        return 0;
    }
    t->body.append(ptr, static_cast<qsizetype>(n));
    return n;
}

size_t readUpload(char *buffer, size_t size, size_t nitems, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const qsizetype left = t->upload.size() - t->uploaded;
    const qsizetype n = qMin<qsizetype>(left, static_cast<qsizetype>(size * nitems));
    memcpy(buffer, t->upload.constData() + t->uploaded, static_cast<size_t>(n));
    t->uploaded += n;
    return static_cast<size_t>(n);
}

int debug(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    if (type == CURLINFO_HEADER_IN) {
        QByteArray line(data, static_cast<qsizetype>(size));
        line = line.trimmed();
        // Keep the reply that matters: a multi-line reply "250-..." ends with "250 ...".
        if (!line.isEmpty() && !line.startsWith("* ")) {
            if (line.size() > 3 && line[3] == '-')
                return 0;
            t->lastReply = line.left(300);
            const char first = line[0];
            if (t->errorReply.isEmpty() && (first == '4' || first == '5') && line.size() > 3 && line[3] == ' ')
                t->errorReply = t->lastReply;
        }
    } else if (type == CURLINFO_HEADER_OUT) {
        const QByteArray line(data, static_cast<qsizetype>(size));
        if (line.contains("STARTTLS"))
            t->startTlsSent = true;
    }
    return 0;
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

} // namespace

domain::Result<CurlMail::Response> CurlMail::perform(const Request &request) const
{
    const QUrl url(request.url);
    static const QStringList schemes{QStringLiteral("smtp"), QStringLiteral("smtps"), QStringLiteral("imap"),
                                     QStringLiteral("imaps")};
    if (!url.isValid() || !schemes.contains(url.scheme()) || url.host().isEmpty())
        return fail(errc::Config, Tr::tr("Adresse de serveur MSSanté invalide « %1 » (smtp://, smtps://, imap:// "
                                         "ou imaps:// attendu).").arg(request.url),
                    QStringLiteral("url"));
    const bool imap = url.scheme().startsWith(QLatin1String("imap"));
    const QString server = url.host() + QLatin1Char(':') + QString::number(url.port());
    ensureCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(errc::Transport, Tr::tr("Initialisation de libcurl impossible."));
    CURL *c = curl.get();
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray cert = QFile::encodeName(m_config.certificatePath);
    const QByteArray key = QFile::encodeName(m_config.privateKeyPath);
    const QByteArray ca = QFile::encodeName(m_config.caBundlePath);
    const QByteArray pass = m_config.keyPassword.toUtf8();
    const QByteArray user = m_config.mailbox.toUtf8();
    const QByteArray imapPassword = m_config.imapPassword.toUtf8();
    char errbuf[CURL_ERROR_SIZE] = {0};
    Transfer t;
    t.upload = request.upload;

    curl_easy_setopt(c, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, imap ? "imap,imaps" : "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    }
    if (!cert.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
        if (!pass.isEmpty())
            curl_easy_setopt(c, CURLOPT_KEYPASSWD, pass.constData());
    }
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(m_config.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_config.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds the debug callback only: nothing is printed
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, debug);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &t);

    std::unique_ptr<curl_slist, SlistDeleter> rcpt;
    const QByteArray from = request.mailFrom;
    if (!imap) {
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
        for (const QByteArray &r : request.recipients)
            rcpt.reset(curl_slist_append(rcpt.release(), r.constData()));
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, readUpload);
        curl_easy_setopt(c, CURLOPT_READDATA, &t);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(t.upload.size()));
    } else {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        if (imapPassword.isEmpty())
            curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, "AUTH=EXTERNAL");
        else
            curl_easy_setopt(c, CURLOPT_PASSWORD, imapPassword.constData());
    }
    if (!request.customRequest.isEmpty())
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.customRequest.constData());

    const CURLcode rc = curl_easy_perform(c);
    Response response;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.replyCode);
    response.body = t.body;
    response.lastReply = t.lastReply;
    if (rc == CURLE_OK)
        return response;

    const QString detail = QString::fromUtf8(errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc));
    const QString reply = QString::fromUtf8(t.errorReply.isEmpty() ? t.lastReply : t.errorReply);
    const long code = response.replyCode;
    if (t.overflow)
        return fail(errc::Transport, Tr::tr("Réponse du serveur MSSanté anormalement volumineuse : ignorée."), server);
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return fail(errc::Timeout, Tr::tr("Le serveur MSSanté %1 n'a pas répondu dans le délai de %2 s.")
                                       .arg(server).arg(m_config.timeoutMs / 1000.0, 0, 'f', 0),
                    server);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return fail(errc::Unreachable, Tr::tr("Le serveur MSSanté %1 est injoignable (%2).").arg(server, detail), server);
    case CURLE_USE_SSL_FAILED:
        return fail(errc::Tls, Tr::tr("Le serveur MSSanté %1 ne propose pas STARTTLS : envoi refusé "
                                      "(une connexion chiffrée est obligatoire).").arg(server),
                    server);
    case CURLE_PEER_FAILED_VERIFICATION:
        return fail(errc::Tls, Tr::tr("Le certificat du serveur MSSanté %1 n'est pas reconnu (autorité non approuvée, "
                                      "nom incorrect ou certificat expiré) : %2").arg(server, detail),
                    server);
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return fail(errc::Tls, Tr::tr("Certificat de la boîte MSSanté ou autorité de confiance illisible : %1")
                                   .arg(detail),
                    server);
    case CURLE_SSL_CONNECT_ERROR:
        return fail(errc::Tls, Tr::tr("Échec de la connexion sécurisée (TLS) avec le serveur MSSanté %1 : %2")
                                   .arg(server, detail),
                    server);
    case CURLE_LOGIN_DENIED:
        return fail(errc::Imap, Tr::tr("Le serveur MSSanté %1 a refusé l'authentification de la boîte %2 : %3")
                                    .arg(server, m_config.mailbox, reply),
                    server);
    default:
        break;
    }
    if (t.startTlsSent && reply.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        // Postfix: "421 4.7.1 ... Client certificate not trusted" after the handshake.
        return fail(errc::Tls, Tr::tr("Le serveur MSSanté %1 refuse le certificat de la boîte (absent, expiré ou non "
                                      "reconnu) : %2").arg(server, reply),
                    server);
    if (!imap && code >= 400 && code < 500)
        return fail(errc::SmtpTransient, Tr::tr("Le serveur MSSanté a temporairement refusé le message : %1")
                                             .arg(reply.isEmpty() ? QString::number(code) : reply),
                    server);
    if (!imap && code >= 500 && code < 600)
        return fail(errc::SmtpPermanent, Tr::tr("Le serveur MSSanté a refusé le message : %1")
                                             .arg(reply.isEmpty() ? QString::number(code) : reply),
                    server);
    if (imap && (rc == CURLE_QUOTE_ERROR || rc == CURLE_REMOTE_FILE_NOT_FOUND || rc == CURLE_REMOTE_ACCESS_DENIED))
        return fail(errc::Imap, Tr::tr("Le serveur IMAP MSSanté a refusé la commande : %1").arg(reply.isEmpty() ? detail : reply),
                    server);
    if (t.startTlsSent && (rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING))
        // Postfix with smtpd_tls_req_ccert (and TLS 1.3 servers in general) closes the connection
        // after the handshake when the client certificate is missing or not trusted.
        return fail(errc::Tls, Tr::tr("Le serveur MSSanté %1 a fermé la connexion sécurisée : certificat de la boîte "
                                      "absent, expiré ou non reconnu (détail : %2).").arg(server, detail),
                    server);
    return fail(errc::Transport, Tr::tr("Erreur réseau avec le serveur MSSanté %1 : %2").arg(server, detail), server);
}

} // namespace sgl::interop::mss
