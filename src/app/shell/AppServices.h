#pragma once

#include "app/admin/LabLetterhead.h"
#include "domain/lab/LabelLayout.h"
#include "domain/report/Channel.h"
#include "domain/Error.h"
#include "domain/security/SecurityPolicy.h"
#include "domain/security/UserSession.h"
#include "workflow/identity/CpxInsiAccess.h"

#include <QList>
#include <QString>

#include <memory>

namespace sgl::storage {
class Database;
}
namespace sgl::interop::psc {
struct PscClientConfig;
}
namespace sgl::interop::insi {
class InsiService;
struct InsiClientConfig;
} // namespace sgl::interop::insi
namespace sgl::workflow {
class Authenticator;
class AuthService;
class PscLogin;
class CatalogueAdmin;
class UserAdmin;
namespace validation {
class CommentLibrary;
}
namespace dmp {
class DmpWebAccess;
}
namespace report {
class ReportArchive;
}
namespace directory {
class DirectorySearch;
}
namespace dispatch {
class DispatchActions;
class ReceivedMessages;
class DmpDocumentActions;
class NationalServicesSettings;
}
} // namespace sgl::workflow

namespace sgl::app {

class AnalyzerLinkMonitor;
class AnalyzerServices;
class QcServices;
class AutovalServices;
class InAppDispatcher;
class OrderServices;
class PscLoginFlow;
class PscSessionHolder;
class ReceptionServices;
class SpecimenServices;
class BenchServices;
class ValidationServices;

/**
 * The workflow services of one workstation, over one open database. The Application builds
 * it once at start; screens receive the use cases they need from it (never the database).
 */
class AppServices {
public:
    /**
     * Opens the database (DbConfig order: `explicitUrl`, SGL_DB_URL, config file, default
     * SQLite file) and refuses one that is not migrated or newer than this binary
     * (storage.not_migrated: run `sgl migrate`).
     */
    [[nodiscard]] static domain::Result<std::unique_ptr<AppServices>>
    open(const QString &explicitUrl, const QString &workstation, domain::SecurityPolicy policy = {});
    /** Services over an already open, migrated database (tests). */
    AppServices(std::unique_ptr<storage::Database> db, QString workstation,
                domain::SecurityPolicy policy = {});
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    [[nodiscard]] workflow::Authenticator &authenticator();
    /** Pro Santé Connect login use case (sessions of accounts linked by RPPS, audit of logins, logouts, expiries). */
    [[nodiscard]] workflow::PscLogin &pscLogin();
    /**
     * The PSC side of the open session: identity and tokens in memory, renewal, sign-out. Always
     * present; configured by configurePsc(). Others read pscSession().identity().
     */
    [[nodiscard]] PscSessionHolder &pscSession();
    /**
     * Turns the Pro Santé Connect login on for this workstation (settings complete): the client
     * (gateway form, no secret) connects on first use; redirect http://127.0.0.1:loopbackPort/psc/callback.
     */
    void configurePsc(const interop::psc::PscClientConfig &config, quint16 loopbackPort);
    /** The login flow offered by the login dialog; null when PSC is not configured here. */
    [[nodiscard]] PscLoginFlow *pscLoginFlow() { return m_pscFlow.get(); }
    [[nodiscard]] workflow::UserAdmin &userAdmin();
    [[nodiscard]] workflow::report::ReportArchive &reportArchive();
    /**
     * Sets up the INSi client (mutual TLS with the organisation certificate). On failure the
     * error is kept (insiError()) and INSi qualification is unavailable, nothing else.
     */
    void configureInsi(const interop::insi::InsiClientConfig &config);
    /** INSi in CPx mode (the user's CPS card): offered on the Accueil screen when configured. */
    void configureCpx(workflow::identity::CpxInsiSettings settings) { m_cpxSettings = std::move(settings); }
    [[nodiscard]] interop::insi::InsiService *insi() { return m_insi.get(); }
    [[nodiscard]] domain::Error insiError() const { return m_insiError; }
    /** The identity use cases for the Accueil screen, audited under this session. */
    [[nodiscard]] std::unique_ptr<ReceptionServices> reception(const domain::UserSession &session);
    /** The bench use cases for the Paillasse screen, audited under this session. */
    [[nodiscard]] std::unique_ptr<BenchServices> bench(const domain::UserSession &session);
    /** The biological validation use cases for the Validation screen, audited under this session. */
    [[nodiscard]] std::unique_ptr<ValidationServices> validation(const domain::UserSession &session);
    /** The library of coded validation comments (catalogue screen), under this session. */
    [[nodiscard]] std::unique_ptr<workflow::validation::CommentLibrary> commentLibrary(const domain::UserSession &session);
    [[nodiscard]] std::unique_ptr<AutovalServices> autoval(const domain::UserSession &session);
    /** Null when the catalogue reference data (UCUM, LOINC) failed to load: see catalogueError(). */
    [[nodiscard]] workflow::CatalogueAdmin *catalogueAdmin();
    [[nodiscard]] domain::Error catalogueError() const { return m_catalogueError; }
    [[nodiscard]] const domain::SecurityPolicy &policy() const { return m_policy; }
    /** The lab's tube-label layout (report settings "label.*"; the default when none stored). */
    [[nodiscard]] domain::Result<domain::LabelLayout> labelLayout();
    /** Stores the whole layout (LabSettings::save: SystemConfig right, checked whole). */
    [[nodiscard]] domain::Status saveLabelLayout(const domain::UserSession &by, const domain::LabelLayout &layout);
    /** The lab letterhead stored with the report settings. */
    [[nodiscard]] domain::Result<LabLetterhead> letterhead();
    /** Saves it for every workstation; requires Permission::SystemConfig (administrators). */
    [[nodiscard]] domain::Status saveLetterhead(const domain::UserSession &by,
                                                const LabLetterhead &letterhead);
    /** The database URL without password, for the status bar. */
    [[nodiscard]] QString databaseDisplay() const;
    [[nodiscard]] QString workstation() const { return m_workstation; }
    /** This workstation's label printer (AppSettings::labelPrinter), given to the order screens. */
    void setLabelPrinter(const QString &address) { m_labelPrinter = address; }
    /**
     * The outbox actions of the Envois screen under this session, labelled with the channels the
     * product can send through (workflow::dispatch::productSenders(): the DMP when the [dmp]
     * section of the configuration is complete; a channel without sender reads "en attente :
     * canal non configuré").
     */
    [[nodiscard]] std::unique_ptr<workflow::dispatch::DispatchActions> dispatch(const domain::UserSession &session);
    [[nodiscard]] std::unique_ptr<workflow::dispatch::ReceivedMessages> receivedMessages(const domain::UserSession &session);
    /** Masking and withdrawal of report versions in the DMP (Comptes rendus screen), under this session. */
    [[nodiscard]] std::unique_ptr<workflow::dispatch::DmpDocumentActions> dmpDocuments(const domain::UserSession &session);
    /** The DMP web access in the patient's context (« DMP » button), [dmp] web_access_url of the configuration file. */
    [[nodiscard]] std::unique_ptr<workflow::dmp::DmpWebAccess> dmpWebAccess(const domain::UserSession &session);
    /** The order use cases (request entry, edits, tube labels) under this session. */
    [[nodiscard]] std::unique_ptr<OrderServices> orders(const domain::UserSession &session);
    /** The tube reception use cases for the « Réception des tubes » screen, under this session. */
    [[nodiscard]] std::unique_ptr<SpecimenServices> specimens(const domain::UserSession &session);

    /** The analyzer use cases (profiles, held results) and the in-app gateway's monitor, under this session. */
    [[nodiscard]] std::unique_ptr<AnalyzerServices> analyzers(const domain::UserSession &session);
    /** Internal QC use cases of the "Contrôle qualité" screen for `session`. */
    [[nodiscard]] std::unique_ptr<QcServices> qc(const domain::UserSession &session);
    /** Search and RPPS checks in the Annuaire Santé directory (dossier entry, user admin), under this session. */
    [[nodiscard]] std::unique_ptr<workflow::directory::DirectorySearch> directorySearch(const domain::UserSession &session);
    /**
     * The database URL (with its password, never shown): the workstation dispatcher and the
     * directory import open their own connection on their worker thread.
     */
    [[nodiscard]] QString databaseUrl() const;
    /** The configuration file of this workstation (--config or the first candidate): [dmp], [mssante]. */
    void setSettingsFile(QString file) { m_settingsFile = std::move(file); }
    /** The [dmp]/[mssante] settings use case over that file (administration screen). */
    [[nodiscard]] workflow::dispatch::NationalServicesSettings &nationalServices();
    /** The channels configured for the lab (productSenders): the Envois screen labels the others. */
    void setDispatchChannels(QList<domain::Channel> channels) { m_dispatchChannels = std::move(channels); }
    /** The workstation's dispatcher shown by the Envois screen; null when this workstation does not send. */
    void setInAppDispatcher(InAppDispatcher *dispatcher) { m_inAppDispatcher = dispatcher; }
    [[nodiscard]] InAppDispatcher *inAppDispatcher() const { return m_inAppDispatcher; }
    /** The in-app gateway's link monitor shown by the Automates screen; null when none runs here. */
    void setAnalyzerMonitor(AnalyzerLinkMonitor *monitor) { m_analyzerMonitor = monitor; }
    /** The open database, for the in-app analyzer gateway only (screens get use cases, never this). */
    [[nodiscard]] storage::Database &databaseForGateway() { return *m_db; }

private:
    std::unique_ptr<storage::Database> m_db;
    AnalyzerLinkMonitor *m_analyzerMonitor = nullptr;
    InAppDispatcher *m_inAppDispatcher = nullptr;
    QList<domain::Channel> m_dispatchChannels;
    QString m_workstation;
    QString m_labelPrinter;
    QString m_settingsFile;
    std::unique_ptr<workflow::dispatch::NationalServicesSettings> m_nationalServices;
    domain::SecurityPolicy m_policy;
    std::unique_ptr<workflow::AuthService> m_auth;
    std::unique_ptr<workflow::PscLogin> m_pscLogin;
    std::unique_ptr<PscSessionHolder> m_pscSession;
    std::unique_ptr<PscLoginFlow> m_pscFlow;
    std::unique_ptr<workflow::UserAdmin> m_userAdmin;
    std::unique_ptr<workflow::report::ReportArchive> m_reportArchive;
    std::unique_ptr<interop::insi::InsiService> m_insi;
    workflow::identity::CpxInsiSettings m_cpxSettings;
    domain::Error m_insiError{QStringLiteral("insi.not_configured"),
                              QStringLiteral("Service INSi non configuré sur ce poste."), {}};
    std::unique_ptr<workflow::CatalogueAdmin> m_catalogueAdmin;
    domain::Error m_catalogueError;
    bool m_catalogueTried = false;
};

} // namespace sgl::app
