#pragma once

#include "domain/Error.h"
#include "interop/dmp/DmpClientConfig.h"
#include "interop/dmp/DmpSecurity.h"
#include "interop/dmp/DmpService.h"
#include "interop/xds/SoapResponse.h"
#include "interop/xml/XmlWriterElement.h"

#include <QByteArray>

#include <functional>
#include <memory>

namespace sgl::interop::dmp {

/**
 * The DMP web services over HTTPS (SOAP 1.2, WS-Addressing, VIHF in wsse:Security, MTOM for
 * ITI-41), see DmpService for the operations and DmpHttp for the transport rules.
 *
 * Security material comes from a DmpSecurity (SignedDmpSecurity in the product): one
 * wsse:Security header per call, inserted byte for byte; the XAdES signature of each
 * submission. create() checks the configuration before any call ("dmp.config": https endpoint,
 * readable certificate/key/CA files, source OID).
 *
 * How an answer is read: the body is parsed as MTOM or plain SOAP (MtomMessage), then
 * - SOAP Fault: Receiver/Server → "dmp.server_busy" (transient), Sender/Client → "dmp.rejected";
 * - no SOAP and HTTP ≥ 500 → "dmp.unavailable"; other non-200 without SOAP → "dmp.http_status";
 * - RegistryResponse Failure (or an Error in the list) → "xds.registry_error" with every code.
 * DmpFailure::isTransient() sorts them for the dispatcher. Thread-compatible: one call at a time
 * per instance (the DmpSecurity is called from the calling thread).
 */
class DmpClient final : public DmpService {
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<DmpClient>> create(DmpClientConfig config,
                                                                           std::shared_ptr<DmpSecurity> security);

    domain::Result<DmpExistence> testExistence(const PatientIns &ins) override;
    domain::Result<QList<xds::DocumentEntry>> findByUniqueId(const PatientIns &ins, const QString &uniqueId) override;
    domain::Result<DmpPublication> provideAndRegister(const DmpDocument &document) override;
    domain::Status updateConfidentiality(const PatientIns &ins, const QString &uniqueId, const QStringList &maskCodes) override;
    domain::Status updateAvailability(const PatientIns &ins, const QString &uniqueId, DmpAvailability availability) override;

    [[nodiscard]] const DmpClientConfig &config() const { return m_config; }
    /** Clock of the messages (tests pin it). */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    DmpClient(DmpClientConfig config, std::shared_ptr<DmpSecurity> security);
    /** Envelope → POST (MTOM when attachments) → parsed SOAP answer (fault and HTTP mapping done). */
    domain::Result<xds::SoapResponse> call(const char *path, const char *action, const PatientIns &ins,
                                           const std::function<void(xml::XmlWriterElement body)> &writeBody,
                                           const QList<QPair<QByteArray, QByteArray>> &attachments = {});
    domain::Result<xds::DocumentEntry> findCurrent(const PatientIns &ins, const QString &uniqueId);
    domain::Status submitUpdate(const PatientIns &ins, const std::function<void(xml::XmlWriterElement)> &writeBody);
    [[nodiscard]] QString newOid(int branch) const;
    [[nodiscard]] xds::SubmissionSet updateSet(const xds::DocumentEntry &entry) const;

    DmpClientConfig m_config;
    std::shared_ptr<DmpSecurity> m_security;
    std::function<QDateTime()> m_clock;
};

} // namespace sgl::interop::dmp
