#pragma once

#include "domain/Error.h"
#include "interop/xml/XmlSchema.h"
#include "simulators/common/SimHttp.h"
#include "simulators/insi/InsiCpxVerifier.h"
#include "simulators/insi/InsiIdentityBase.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace sgl::simulators::insi {

/** What the HTTP layer hands to the handler (shared by every HTTPS simulator). */
using SimRequest = common::SimHttpRequest;
using SimResponse = common::SimHttpResponse;

/** One handled call, kept for the log and for tests (no patient data). */
struct SimCallLog {
    QString messageId;
    QString contextId;
    QString action;
    QString outcome;         ///< "00", "01", "02" or the fault code
    QString cpxNationalId;   ///< CPx mode: the card holder whose assertion was accepted
};

/**
 * The INSi service logic of the simulator, independent of the transport.
 *
 * Checks, in this order, as strictly as the real service is documented to:
 * client certificate CN INSI-AUTO/INSI-MANU (else fault DESIR_560) or, for a request that came
 * without client certificate once enableCpx() was called (the CPx listener), the card-signed
 * assertion of wsse:Security (InsiCpxVerifier; else fault siram_40 with the reason, and the
 * ContexteLPS/Emetteur must be the card holder, else siram_40 too); well-formed SOAP 1.2
 * envelope (else siram_10 / VersionMismatch); headers ContexteLPS, wsa:MessageID and
 * ContexteBAM present and, when the XSD directory is available, valid against
 * ROOT_ctxlps_CTXLPS_V01_00.xsd / ROOT_ctxbam_CTXBAM_V01_02.xsd; the body valid against
 * INSi_RECSANS_INS.xsd / INSi_RECVITALE_INS.xsd plus the simulator's own structural rules
 * (one Prenom, Sexe M/F, DateNaissance YYYY-MM-DD) which always apply (fault siram_20); a
 * wsa:Action consistent with the HTTP action parameter; the IDAM in the allow-list (else
 * siram_100 + desir_550). Then answers 00/01/02 from the identity base.
 *
 * The fault codes siram_10/siram_20 and the subcode used with DESIR_560 are the simulator's
 * choice (the full list is not public); desir_550 with siram_100 is documented.
 */
class InsiSoapHandler : public common::SimHttpHandler
{
public:
    /**
     * schemaDirectory: the "xsd" folder of the INSi kit (…/src/wsdl/xsd); empty or absent
     * means structural checks only (schemaValidation() then returns false).
     */
    [[nodiscard]] static domain::Result<std::unique_ptr<InsiSoapHandler>> create(InsiIdentityBase base,
                                                                  const QString &schemaDirectory);
    InsiSoapHandler(const InsiSoapHandler &) = delete;
    InsiSoapHandler &operator=(const InsiSoapHandler &) = delete;

    [[nodiscard]] SimResponse handle(const SimRequest &request) override;
    [[nodiscard]] bool schemaValidation() const { return m_schemas.has_value(); }
    /** Accepts CPx requests (no client certificate) checked by verifier. Call before serving. */
    void enableCpx(InsiCpxVerifier verifier) { m_cpx = std::move(verifier); }
    [[nodiscard]] QList<SimCallLog> calls() const;

    /** Builds a SOAP 1.2 fault envelope with siram:Erreur detail (INSi answers faults with HTTP 500). */
    [[nodiscard]] static SimResponse fault(int httpStatus, const QString &code, const QString &subcode,
                                           const QString &errorCode, const QString &severity,
                                           const QString &text);

private:
    struct Schemas {
        interop::xml::XmlSchema ctxLps;
        interop::xml::XmlSchema ctxBam;
        interop::xml::XmlSchema recSans;
        interop::xml::XmlSchema recVit;
    };
    InsiSoapHandler(InsiIdentityBase base, std::optional<Schemas> schemas);
    SimResponse answer(const SimRequest &request, SimCallLog &log);
    void record(const SimCallLog &log);

    InsiIdentityBase m_base;
    std::optional<Schemas> m_schemas;
    std::optional<InsiCpxVerifier> m_cpx;
    mutable QMutex m_mutex;
    QList<SimCallLog> m_calls;
};

} // namespace sgl::simulators::insi
