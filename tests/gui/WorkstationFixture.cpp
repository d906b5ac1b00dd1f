#include "WorkstationFixture.h"

#include "GuiTestApp.h"

#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/MigrationRunner.h"
#include "workflow/Authenticator.h"
#include "workflow/admin/UserAdmin.h"

namespace sgl::app::test {

void WorkstationFixture::SetUp()
{
    guiApp();
    ASSERT_TRUE(m_dir.isValid());
    QString urlText = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("gui.sqlite"));
    if (backend() == sgl::testing::Backend::Postgres) {
        m_scratch = std::make_unique<sgl::testing::ScratchDatabase>(backend());
        if (!m_scratch->skipReason.empty())
            GTEST_SKIP() << m_scratch->skipReason;
        urlText = m_scratch->url();
    }
    auto url = storage::DbUrl::parse(urlText);
    ASSERT_TRUE(url.has_value());
    auto db = storage::Database::open(*url);
    ASSERT_TRUE(db.has_value()) << db.error().toString().toStdString();
    auto migrated = storage::MigrationRunner(**db).migrate();
    ASSERT_TRUE(migrated.has_value()) << migrated.error().toString().toStdString();

    domain::SecurityPolicy policy;
    policy.pbkdf2Iterations = 1000; // tests only: the product keeps the OWASP minimum
    m_db = db->get();
    m_services = std::make_unique<AppServices>(std::move(*db), QStringLiteral("poste-test"),
                                               policy);
    const auto actor = domain::AuditActor::system(QStringLiteral("gui tests"),
                                                  QStringLiteral("poste-test"));
    struct Account {
        const char *login;
        const char *name;
        QList<domain::Role> roles;
        QString password;
    };
    const Account accounts[] = {
        {"mcurie", "Dr Marie Curie", {domain::Role::Biologist}, kPassword},
        {"ssecr", "Sophie Secrétaire", {domain::Role::Secretary}, kPassword},
        {"admin", "Ada Admin", {domain::Role::Admin}, kAdminPassword},
    };
    for (const Account &a : accounts) {
        workflow::NewUser user;
        user.login = QString::fromLatin1(a.login);
        user.displayName = QString::fromUtf8(a.name);
        user.roles = a.roles;
        user.password = a.password;
        if (a.roles.contains(domain::Role::Biologist))
            user.rpps = QStringLiteral("10101010105");
        auto created = m_services->userAdmin().createUserAsSystem(actor, user);
        ASSERT_TRUE(created.has_value()) << created.error().toString().toStdString();
        if (user.login == QStringLiteral("mcurie"))
            m_biologistId = created->id;
    }
}

domain::UserSession WorkstationFixture::login(const QString &login, const QString &password)
{
    auto session = m_services->authenticator().authenticate(login, password);
    EXPECT_TRUE(session.has_value()) << (session ? "" : session.error().toString().toStdString());
    return session.value_or(domain::UserSession{});
}

} // namespace sgl::app::test
