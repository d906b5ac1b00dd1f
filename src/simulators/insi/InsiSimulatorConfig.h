#pragma once

#include <QString>

namespace sgl::simulators::insi {

/** Start-up settings of the INSi simulator (command line of sgl-insi-sim, tests, demo). */
struct InsiSimulatorConfig {
    QString basePath;          ///< identities JSON (resources/simulators/insi/identities.json)
    QString schemaDirectory;   ///< INSi kit "xsd" folder; empty/absent = structural checks only
    QString certificatePath;   ///< server certificate (PEM)
    QString keyPath;           ///< server private key (PEM)
    QString caPath;            ///< CA(s) whose client certificates are accepted (PEM)
    QString path = QStringLiteral("/lps");
    quint16 port = 0;          ///< 0 = ephemeral
    int delayMs = 0;           ///< fault injection: answer late (client timeout tests, demo)
    bool malformedAnswers = false; ///< fault injection: answer a truncated SOAP envelope
    qint64 maxRequestBytes = 1024 * 1024;
    /** CPx mode: a second listener, server-authenticated TLS only (no client certificate asked, as the
     *  service's CPx endpoint), where each request must carry a card-signed assertion (InsiCpxVerifier)
     *  trusted by caPath and marked with cardPolicyOid. */
    bool cpx = false;
    quint16 cpxPort = 0;       ///< 0 = ephemeral
    QString cardPolicyOid;     ///< TestPki::kCardPolicyOid when empty
};

} // namespace sgl::simulators::insi
