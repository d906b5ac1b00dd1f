#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace sgl::app {

/**
 * The workstation's settings, persisted with QSettings (organisation "sgl", application "sgl").
 * A plain value: load() reads it, validate() checks it, save() writes it back. The lab
 * letterhead is not a workstation setting: it lives in the database (LabLetterhead).
 */
struct AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 240;
    static constexpr int kDefaultIdleLockMinutes = 10;

    QString databaseUrl;   ///< "sqlite:///abs/path.sqlite" or "postgresql://user@host:port/db"
    int idleLockMinutes = kDefaultIdleLockMinutes;
    QString language;      ///< "" = follow the system locale, "fr" or "en"
    QString insiUrl;       ///< INSi endpoint (the local simulator in the demo); may be empty
    QString insiCertificate; ///< PEM organisation certificate (CN INSI-AUTO/INSI-MANU)
    QString insiKey;         ///< its PEM private key
    QString insiCa;          ///< PEM CA(s) trusted for the INSi server
    QString insiIdam;        ///< software authorisation number sent to INSi
    QString cpsModule;       ///< PKCS#11 module of the CPS card middleware; empty: no card on this workstation
    QString insiCpxUrl;      ///< INSi CPx endpoint (server TLS only, card-signed assertion); empty: no CPx mode
    QString labelPrinter;    ///< this workstation's Zebra: "tcp://HOST[:9100]" or "cups:QUEUE"; empty: Qt printing
    bool analyzerGateway = false; ///< run the analyzer gateway in the app (single-workstation labs), login to logout
    QString analyzerTrafficDir;   ///< raw-traffic log directory of that gateway (absolute); empty: no log
    bool dispatchInApp = true;    ///< this workstation sends the reports (DMP, MSSanté), login to logout
    // Pro Santé Connect on this workstation (docs/decisions/0003-psc-flow.md): never a client secret.
    QString pscIssuer;       ///< PSC realm, e.g. https://auth.bas.psc.esante.gouv.fr/auth/realms/esante-wallet
    QString pscClientId;     ///< client_id declared to PSC by the lab
    QString pscGatewayUrl;   ///< https://HOST:PORT of the lab's back-channel (`sgl psc-gateway`)
    int pscLoopbackPort = 0; ///< port of the registered redirect http://127.0.0.1:PORT/psc/callback; 0 = PSC off
    QString pscCaBundle;     ///< PEM CA(s) for the gateway and PSC when not the system's (the demo's test CA)

    /** The « Se connecter avec Pro Santé Connect » button is offered only when all of these are set. */
    [[nodiscard]] bool pscConfigured() const
    {
        return !pscIssuer.isEmpty() && !pscClientId.isEmpty() && !pscGatewayUrl.isEmpty() && pscLoopbackPort > 0;
    }

    /** Default SQLite database under the user's data directory. */
    [[nodiscard]] static QString defaultDatabaseUrl();
    /** Reads every key, falling back to defaults for missing or unreadable ones. */
    [[nodiscard]] static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    /** First invalid field, with a French message naming it (location = settings key). */
    [[nodiscard]] domain::Status validate() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace sgl::app
