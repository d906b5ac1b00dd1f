#pragma once

#include <QString>
#include <QStringList>

namespace sgl::simulators::dmp {

/** Start-up settings of the DMP simulator (command line of sgl-dmp-sim, tests, demo). */
struct DmpSimulatorConfig {
    QString certificatePath;   ///< server certificate (PEM, RSA: the "Accès LPS" suites are ECDHE_RSA)
    QString keyPath;           ///< server private key (PEM)
    QString caPath;            ///< CA(s) whose client certificates are accepted (PEM)
    quint16 port = 0;          ///< 0 = ephemeral
    /// TLS 1.2 only with the DMP "Accès LPS" suites (dmp-wire-facts §2.7); false = Qt defaults
    /// (TLS >= 1.2), for a test server key that is not RSA.
    bool dmpCipherSuites = true;
    /// CI-SIS SVS folder (shared/ans/TestContenuCDA-3-0/jeuxDeValeurs); empty = embedded sets only.
    QString valueSetDirectory;
    /// INS assigning authorities accepted in patientId and the VIHF (the test NIR and test NIA by
    /// default, as a DMP test platform; .8 NIR, .9 NIA in production).
    QStringList acceptedInsOids{QStringLiteral("1.2.250.1.213.1.4.10"), QStringLiteral("1.2.250.1.213.1.4.11")};
    /// Every INS has a DMP unless setPatient() says otherwise (Mon espace santé opens one per insured).
    bool openDmpForEveryIns = true;
    /// CA(s) trusted for VIHF and XAdES signatures (PEM); empty = caPath (the test PKI signs both).
    QString signatureCaPath;
    /// Journal file (JSON Lines) keeping the registry across restarts; empty = memory only.
    QString journalPath;
    qint64 maxRequestBytes = 64LL * 1024 * 1024;
    /// The professional web portal's contextual entry (TD0.9, DmpWebPortal): its own HTTPS listener
    /// without client certificate (a browser has none), same server certificate. false = none.
    bool webPortal = true;
    quint16 webPort = 0; ///< 0 = ephemeral
};

} // namespace sgl::simulators::dmp
