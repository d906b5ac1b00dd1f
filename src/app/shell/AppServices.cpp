#include "app/shell/AppServices.h"

#include "app/autoval/AutovalServices.h"
#include "app/analyzers/AnalyzerServices.h"
#include "app/qc/QcServices.h"
#include "app/orders/OrderServices.h"
#include "app/reception/ReceptionServices.h"
#include "app/bench/BenchServices.h"
#include "app/validation/ValidationServices.h"
#include "app/shell/DatabaseUrlDisplay.h"
#include "app/shell/PscLoginFlow.h"
#include "app/shell/PscSessionHolder.h"
#include "app/specimens/SpecimenServices.h"
#include "interop/catalogue/CatalogueReferenceData.h"
#include "interop/insi/InsiClient.h"
#include "storage/Database.h"
#include "storage/DbConfig.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/auth/AuthService.h"
#include "workflow/auth/PscLogin.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/directory/DirectorySearch.h"
#include "workflow/dispatch/DispatchActions.h"
#include "workflow/dispatch/ReceivedMessages.h"
#include "workflow/dispatch/DmpDocumentActions.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/dispatch/NationalServicesSettings.h"
#include "workflow/dmp/DmpWebAccess.h"
#include "workflow/report/LabSettings.h"
#include "workflow/report/LabelLayoutSettings.h"
#include "workflow/report/ReportArchive.h"
#include "workflow/validation/CommentLibrary.h"

namespace sgl::app {

domain::Result<std::unique_ptr<AppServices>> AppServices::open(const QString &explicitUrl,
                                                               const QString &workstation,
                                                               domain::SecurityPolicy policy)
{
    auto resolved = storage::DbConfig::resolve(explicitUrl);
    if (!resolved)
        return std::unexpected(resolved.error());
    auto db = storage::Database::open(resolved->url);
    if (!db)
        return std::unexpected(db.error());
    if (auto schema = (*db)->checkSchema(); !schema)
        return std::unexpected(schema.error());
    return std::make_unique<AppServices>(std::move(*db), workstation, policy);
}

AppServices::AppServices(std::unique_ptr<storage::Database> db, QString workstation,
                         domain::SecurityPolicy policy)
    : m_db(std::move(db)), m_workstation(std::move(workstation)), m_policy(policy)
{
    m_auth = std::make_unique<workflow::AuthService>(*m_db, m_policy, m_workstation);
    m_pscLogin = std::make_unique<workflow::PscLogin>(*m_db, m_workstation);
    m_pscSession = std::make_unique<PscSessionHolder>();
    m_userAdmin = std::make_unique<workflow::UserAdmin>(*m_db, m_policy);
    m_reportArchive = std::make_unique<workflow::report::ReportArchive>(*m_db);
}

AppServices::~AppServices()
{
    // The flow refers to the holder and the use case: it goes first.
    m_pscFlow.reset();
}

workflow::PscLogin &AppServices::pscLogin()
{
    return *m_pscLogin;
}

PscSessionHolder &AppServices::pscSession()
{
    return *m_pscSession;
}

void AppServices::configurePsc(const interop::psc::PscClientConfig &config, quint16 loopbackPort)
{
    m_pscFlow.reset();
    m_pscSession->configure(config);
    m_pscFlow = std::make_unique<PscLoginFlow>(*m_pscSession, *m_pscLogin, loopbackPort);
}

workflow::Authenticator &AppServices::authenticator()
{
    return *m_auth;
}

workflow::dispatch::NationalServicesSettings &AppServices::nationalServices()
{
    if (!m_nationalServices)
        m_nationalServices = std::make_unique<workflow::dispatch::NationalServicesSettings>(*m_db, m_settingsFile);
    return *m_nationalServices;
}

workflow::UserAdmin &AppServices::userAdmin()
{
    return *m_userAdmin;
}

workflow::report::ReportArchive &AppServices::reportArchive()
{
    return *m_reportArchive;
}

void AppServices::configureInsi(const interop::insi::InsiClientConfig &config)
{
    m_insi.reset();
    auto client = interop::insi::InsiClient::create(config);
    if (!client) {
        m_insiError = client.error();
        return;
    }
    m_insi = std::make_unique<interop::insi::InsiClient>(std::move(*client));
}

std::unique_ptr<ReceptionServices> AppServices::reception(const domain::UserSession &session)
{
    auto services = std::make_unique<ReceptionServices>(*m_db, session, m_insi.get(), m_insiError);
    services->setCpx(m_cpxSettings);
    return services;
}

std::unique_ptr<BenchServices> AppServices::bench(const domain::UserSession &session)
{
    return std::make_unique<BenchServices>(*m_db, session);
}

std::unique_ptr<workflow::directory::DirectorySearch> AppServices::directorySearch(const domain::UserSession &session)
{
    return std::make_unique<workflow::directory::DirectorySearch>(*m_db, session);
}

QString AppServices::databaseUrl() const
{
    return m_db->url().toString();
}

std::unique_ptr<workflow::dispatch::DmpDocumentActions> AppServices::dmpDocuments(const domain::UserSession &session)
{
    return std::make_unique<workflow::dispatch::DmpDocumentActions>(*m_db, session);
}

std::unique_ptr<workflow::dmp::DmpWebAccess> AppServices::dmpWebAccess(const domain::UserSession &session)
{
    using workflow::dmp::DmpWebAccessConfig;
    return std::make_unique<workflow::dmp::DmpWebAccess>(
        *m_db, session, DmpWebAccessConfig::fromSettings(workflow::dispatch::DmpSettings::load(m_settingsFile)));
}

std::unique_ptr<workflow::dispatch::DispatchActions> AppServices::dispatch(const domain::UserSession &session)
{
    return std::make_unique<workflow::dispatch::DispatchActions>(*m_db, session, m_dispatchChannels);
}

std::unique_ptr<workflow::dispatch::ReceivedMessages> AppServices::receivedMessages(const domain::UserSession &session)
{
    return std::make_unique<workflow::dispatch::ReceivedMessages>(*m_db, session);
}

std::unique_ptr<ValidationServices> AppServices::validation(const domain::UserSession &session)
{
    return std::make_unique<ValidationServices>(*m_db, session, authenticator());
}

std::unique_ptr<workflow::validation::CommentLibrary> AppServices::commentLibrary(const domain::UserSession &session)
{
    return std::make_unique<workflow::validation::CommentLibrary>(*m_db, session);
}

std::unique_ptr<AutovalServices> AppServices::autoval(const domain::UserSession &session)
{
    return std::make_unique<AutovalServices>(*m_db, session);
}

workflow::CatalogueAdmin *AppServices::catalogueAdmin()
{
    if (!m_catalogueTried) {
        m_catalogueTried = true;
        auto validator = interop::catalogue::CatalogueReferenceData::validator();
        if (validator)
            m_catalogueAdmin = std::make_unique<workflow::CatalogueAdmin>(*m_db, std::move(*validator));
        else
            m_catalogueError = validator.error();
    }
    return m_catalogueAdmin.get();
}

domain::Result<LabLetterhead> AppServices::letterhead()
{
    auto settings = workflow::report::LabSettings::load(*m_db);
    if (!settings)
        return std::unexpected(settings.error());
    const auto &lab = settings->laboratory;
    return LabLetterhead{lab.name,       lab.finess, lab.streetLine,
                         lab.postalCode, lab.city,   lab.phone};
}

domain::Result<domain::LabelLayout> AppServices::labelLayout()
{
    auto settings = workflow::report::LabSettings::load(*m_db);
    if (!settings)
        return std::unexpected(settings.error());
    return settings->labelLayout;
}

domain::Status AppServices::saveLabelLayout(const domain::UserSession &by, const domain::LabelLayout &layout)
{
    return workflow::report::LabSettings::save(*m_db, by, workflow::report::LabelLayoutSettings::toMap(layout));
}

domain::Status AppServices::saveLetterhead(const domain::UserSession &by,
                                           const LabLetterhead &letterhead)
{
    if (auto valid = letterhead.validate(); !valid)
        return valid;
    return workflow::report::LabSettings::save(*m_db, by, letterhead.toSettings());
}

QString AppServices::databaseDisplay() const
{
    // DbUrl::redacted() masks the password; strip it entirely for the status bar.
    const QString redacted = DatabaseUrlDisplay::redact(m_db->url().toString());
    return redacted.isEmpty() ? m_db->url().redacted() : redacted;
}

std::unique_ptr<SpecimenServices> AppServices::specimens(const domain::UserSession &session)
{
    return std::make_unique<SpecimenServices>(*m_db, session);
}

} // namespace sgl::app

namespace sgl::app {

std::unique_ptr<OrderServices> AppServices::orders(const domain::UserSession &session)
{
    return std::make_unique<OrderServices>(*m_db, session, m_labelPrinter);
}

} // namespace sgl::app

namespace sgl::app {

std::unique_ptr<QcServices> AppServices::qc(const domain::UserSession &session)
{
    return std::make_unique<QcServices>(*m_db, session);
}

std::unique_ptr<AnalyzerServices> AppServices::analyzers(const domain::UserSession &session)
{
    return std::make_unique<AnalyzerServices>(*m_db, session, catalogueAdmin(), m_analyzerMonitor);
}

} // namespace sgl::app
