#include "interop/insi/InsiClient.h"

#include "interop/insi/ErrorCodes.h"
#include "interop/insi/InsiRequestBuilder.h"
#include "interop/insi/InsiResponseParser.h"
#include "interop/insi/Tr.h"
#include "interop/xml/XmlSigner.h"

#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace sgl::interop::insi {

using domain::fail;

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

size_t write(char *ptr, size_t size, size_t nmemb, void *userdata)
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

domain::Error transportError(CURLcode rc, const char *errbuf, const InsiClientConfig &cfg)
{
    const QString detail = QString::fromUtf8(errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc));
    const QString where = cfg.endpoint;
    switch (rc) {
    case CURLE_OPERATION_TIMEDOUT:
        return {errc::Timeout,
                Tr::tr("Le service INSi n'a pas répondu dans le délai de %1 s. L'identité n'a pas été modifiée ; "
                   "réessayez plus tard.").arg(cfg.timeoutMs / 1000.0, 0, 'f', 1),
                where};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return {errc::Unreachable,
                Tr::tr("Le service INSi est injoignable (%1). L'identité n'a pas été modifiée.").arg(detail), where};
    case CURLE_PEER_FAILED_VERIFICATION:
        return {errc::Tls,
                Tr::tr("Le certificat du serveur INSi n'est pas reconnu (autorité non approuvée ou nom incorrect) : "
                   "connexion refusée. Détail : %1").arg(detail),
                where};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return {errc::Tls,
                Tr::tr("Échec de la connexion sécurisée (TLS) avec le service INSi : %1").arg(detail), where};
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        // Mutual-TLS servers that refuse a client certificate after a TLS 1.3 handshake often
        // just close or reset the connection.
        return {errc::Transport,
                Tr::tr("Le service INSi a interrompu la connexion sans répondre (certificat client probablement "
                   "refusé ; détail : %1). L'identité n'a pas été modifiée.").arg(detail),
                where};
    default:
        break;
    }
    // TLS 1.3 servers reject a missing/unknown client certificate after the handshake: the
    // client then sees a read error carrying the TLS alert.
    if (detail.contains(QLatin1String("alert"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("SSL"), Qt::CaseSensitive))
        return {errc::Tls,
                Tr::tr("La connexion sécurisée (TLS) a été refusée par le service INSi "
                   "(certificat client absent ou non reconnu ?) : %1").arg(detail),
                where};
    return {errc::Transport,
            Tr::tr("Erreur réseau pendant l'appel INSi : %1. L'identité n'a pas été modifiée.").arg(detail), where};
}

} // namespace

InsiClient::InsiClient(InsiClientConfig config, OrganisationCertificate certificate)
    : m_config(std::move(config)), m_certificate(std::move(certificate))
{
}

domain::Status InsiClient::checkConfig(const InsiClientConfig &config)
{
    const QUrl url(config.endpoint);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return fail(errc::Config,
                    Tr::tr("Adresse du service INSi invalide « %1 » : une URL https:// est exigée.").arg(config.endpoint),
                    QStringLiteral("endpoint"));
    if (config.caBundlePath.isEmpty() || !QFileInfo(config.caBundlePath).isFile())
        return fail(errc::Config,
                    Tr::tr("Fichier des autorités de confiance du serveur INSi introuvable."),
                    config.caBundlePath.isEmpty() ? QStringLiteral("caBundlePath") : config.caBundlePath);
    if (config.idam.trimmed().isEmpty())
        return fail(errc::Config, Tr::tr("Numéro d'autorisation du logiciel (IDAM) non paramétré."),
                    QStringLiteral("idam"));
    if (config.timeoutMs <= 0 || config.connectTimeoutMs <= 0)
        return fail(errc::Config, Tr::tr("Délai d'attente INSi invalide."), QStringLiteral("timeoutMs"));
    return {};
}

domain::Result<InsiClient> InsiClient::create(InsiClientConfig config)
{
    if (auto st = checkConfig(config); !st)
        return std::unexpected(st.error());
    auto cert = OrganisationCertificate::load(config.certificatePath, config.privateKeyPath, config.keyPassword);
    if (!cert)
        return std::unexpected(cert.error());
    if (config.instanceId.isEmpty())
        config.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return InsiClient(std::move(config), std::move(*cert));
}

domain::Result<InsiClient> InsiClient::createCpx(InsiClientConfig config, InsiCpxCard card)
{
    if (auto st = checkConfig(config); !st)
        return std::unexpected(st.error());
    if (card.key.key == nullptr || card.key.certificatePem.isEmpty() || card.certificateSubject.trimmed().isEmpty()
        || card.nationalId.trimmed().isEmpty())
        return fail(errc::CpxCard,
                    Tr::tr("Carte CPS inutilisable pour INSi : clé, certificat ou identifiant national du porteur absent."),
                    {});
    if (config.instanceId.isEmpty())
        config.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    InsiClient client(std::move(config), OrganisationCertificate{});
    client.m_cpx = std::move(card);
    return client;
}

domain::Result<HttpExchange> InsiClient::post(const QByteArray &envelope, const char *action) const
{
    ensureCurl();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(errc::Transport, Tr::tr("Initialisation de libcurl impossible."));
    const QByteArray url = m_config.endpoint.toUtf8();
    const QByteArray cert = QFile::encodeName(m_config.certificatePath);
    const QByteArray key = QFile::encodeName(m_config.privateKeyPath);
    const QByteArray ca = QFile::encodeName(m_config.caBundlePath);
    const QByteArray pass = m_config.keyPassword.toUtf8();
    const QByteArray contentType =
        QByteArrayLiteral("Content-Type: application/soap+xml; charset=UTF-8; action=\"") + action + '"';
    std::unique_ptr<curl_slist, SlistDeleter> headers(curl_slist_append(nullptr, contentType.constData()));
    headers.reset(curl_slist_append(headers.release(), "Expect:"));
    char errbuf[CURL_ERROR_SIZE] = {0};
    Sink sink;
    sink.max = m_config.maxResponseBytes;
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, envelope.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(envelope.size()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    // CPx mode: the service authenticates the card's signed assertion, not a TLS client certificate.
    if (!m_cpx) {
        curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
        if (!pass.isEmpty())
            curl_easy_setopt(c, CURLOPT_KEYPASSWD, pass.constData());
    }
    curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(m_config.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_config.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, write);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    const CURLcode rc = curl_easy_perform(c);
    if (sink.overflow)
        return fail(errc::ResponseTooLarge,
                    Tr::tr("Réponse INSi anormalement volumineuse (plus de %1 octets) : ignorée.").arg(sink.max),
                    m_config.endpoint);
    if (rc != CURLE_OK)
        return std::unexpected(transportError(rc, errbuf, m_config));
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    return HttpExchange{static_cast<int>(status), sink.data};
}

domain::Result<InsiResult> InsiClient::call(const domain::Result<QByteArray> &envelope, const InsiRequestContext &context,
                                            const char *action)
{
    auto body = seal(envelope, context);
    if (!body)
        return std::unexpected(body.error());
    auto exchange = post(*body, action);
    if (!exchange)
        return std::unexpected(exchange.error());
    auto result = InsiResponseParser::parse(exchange->body, exchange->status, m_config.useTestOids);
    if (!result)
        return result;
    result->messageId = context.messageId;
    return result;
}

domain::Result<QByteArray> InsiClient::seal(const domain::Result<QByteArray> &envelope, const InsiRequestContext &context) const
{
    if (!envelope)
        return std::unexpected(envelope.error());
    QByteArray body = *envelope;
    if (m_cpx && context.cpx) {
        xml::XmlEnvelopedSignatureSpec spec;
        spec.idAttribute = {QString::fromLatin1(kSamlNs), QStringLiteral("Assertion"), QStringLiteral("ID")};
        spec.targetId = context.cpx->assertionId;
        spec.insertAfterNamespace = QString::fromLatin1(kSamlNs);
        spec.insertAfterLocalName = QStringLiteral("Issuer");
        auto signedEnvelope = xml::XmlSigner::signEnveloped(body, m_cpx->key, spec);
        if (!signedEnvelope)
            return std::unexpected(signedEnvelope.error());
        body = std::move(*signedEnvelope);
    }
    return body;
}

domain::Result<QByteArray> InsiClient::traitsEnvelope(const InsiTraitsQuery &query) const
{
    const InsiRequestContext ctx = context();
    return seal(InsiRequestBuilder::traitsRequest(query, ctx), ctx);
}

InsiRequestContext InsiClient::context() const
{
    InsiRequestContext ctx = InsiRequestContext::makeDefault();
    ctx.emetteur = m_certificate.organisationalUnit;
    ctx.idam = m_config.idam;
    ctx.softwareVersion = m_config.softwareVersion;
    ctx.instanceId = m_config.instanceId;
    if (m_cpx) {
        ctx.emetteur = m_cpx->nationalId;
        InsiCpxAssertion assertion;
        assertion.assertionId = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        assertion.issuerSubject = m_cpx->certificateSubject;
        assertion.nationalId = m_cpx->nationalId;
        assertion.billingId = m_cpx->billingId;
        assertion.activitySector = m_cpx->activitySector;
        assertion.issueInstant = ctx.time;
        ctx.cpx = assertion;
    }
    return ctx;
}

domain::Result<InsiResult> InsiClient::searchByTraits(const InsiTraitsQuery &query)
{
    const InsiRequestContext ctx = context();
    return call(InsiRequestBuilder::traitsRequest(query, ctx), ctx, kActionTraits);
}

domain::Result<InsiResult> InsiClient::searchByVitale(const InsiVitaleQuery &query)
{
    const InsiRequestContext ctx = context();
    return call(InsiRequestBuilder::vitaleRequest(query, ctx), ctx, kActionVitale);
}

} // namespace sgl::interop::insi
