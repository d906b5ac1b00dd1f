#pragma once

#include "domain/Error.h"
#include "simulators/common/SimHttp.h"
#include "simulators/dmp/DmpCallLog.h"
#include "simulators/dmp/DmpFaultInjector.h"
#include "simulators/dmp/DmpRegistry.h"
#include "simulators/dmp/DmpSignatureVerifier.h"
#include "simulators/dmp/DmpSimulatorConfig.h"
#include "simulators/dmp/DmpSoap.h"
#include "simulators/dmp/DmpValueSets.h"

#include <QMutex>

#include <memory>

namespace sgl::simulators::dmp {

/**
 * The DMP service logic of the simulator, independent of the transport.
 *
 * Order of checks for a POST: armed fault (DmpFaultInjector); body (MTOM multipart/related or plain
 * SOAP: undecodable -> HTTP 400/415); envelope (SOAP 1.2, 1.1 tolerated; Action and MessageID,
 * else soap:Sender fault); Action allowed on this path (else wsa:ActionNotSupported); wsse:Security
 * present (else wsse:InvalidSecurity) and verified by the DmpSignatureVerifier (else
 * wsse:FailedAuthentication with the verifier's message), all faults with HTTP 500 as the DMP
 * answers security errors; then the transaction (registry errors in the RegistryResponse).
 *
 * Paths and actions (national-services §1.1): /patients PRPA_IN201307UV02 (TD0.2); /repository
 * ProvideAndRegisterDocumentSet-b (TD2.1); /registry RegistryStoredQuery (TD3.1) and
 * UpdateDocumentSet (TD3.3). GET /admin/documents answers a JSON list of the stored entries.
 *
 * Inspection methods are thread-safe (tests call them from their own thread).
 * create() errors: "dmpsim.value_sets", "dmpsim.journal".
 */
class DmpHandler final : public common::SimHttpHandler
{
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<DmpHandler>> create(DmpSimulatorConfig config,
                                                                           std::unique_ptr<DmpSignatureVerifier> verifier);
    ~DmpHandler() override;
    DmpHandler(const DmpHandler &) = delete;
    DmpHandler &operator=(const DmpHandler &) = delete;

    [[nodiscard]] common::SimHttpResponse handle(const common::SimHttpRequest &request) override;
    /** Same as handle() for a body already split into envelope + MTOM parts (tests of official captures). */
    [[nodiscard]] common::SimHttpResponse handleMessage(const QString &path, const DmpSoapMessage &message);

    [[nodiscard]] DmpRegistry &registry() { return m_registry; }
    [[nodiscard]] DmpFaultInjector &faults() { return m_faults; }
    [[nodiscard]] QList<DmpCallLog> calls() const;
    [[nodiscard]] const DmpSimulatorConfig &config() const { return m_config; }
    [[nodiscard]] bool valueSetsComplete() const { return m_valueSets.isComplete(); }
    /** JSON of the stored entries (latest versions first-stored order), for the admin view. */
    [[nodiscard]] QByteArray adminDocumentsJson() const;

    static const QStringList &postPaths();
    static const QStringList &getPaths();

private:
    DmpHandler(DmpSimulatorConfig config, DmpValueSets valueSets, std::unique_ptr<DmpSignatureVerifier> verifier);
    common::SimHttpResponse soapCall(const QString &path, const std::expected<DmpSoapMessage, common::SimHttpResponse> &message,
                                     DmpCallLog &log);
    void record(const DmpCallLog &log);

    DmpSimulatorConfig m_config;
    DmpValueSets m_valueSets;
    std::unique_ptr<DmpSignatureVerifier> m_verifier;
    DmpRegistry m_registry;
    DmpFaultInjector m_faults;
    mutable QMutex m_mutex;
    QList<DmpCallLog> m_calls;
};

/** MTOM multipart/related or plain SOAP -> envelope + attachments; failure = HTTP error text. */
[[nodiscard]] std::expected<DmpSoapMessage, common::SimHttpResponse> decodeHttpBody(const QString &contentType,
                                                                                    const QByteArray &body);

} // namespace sgl::simulators::dmp
