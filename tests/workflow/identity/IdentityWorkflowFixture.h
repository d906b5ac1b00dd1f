#pragma once

#include "InsiSimTestEnv.h"
#include "StorageFixture.h"

#include "domain/audit/AuditActor.h"
#include "domain/security/UserSession.h"
#include "workflow/identity/RegisterPatient.h"

#include <QCoreApplication>

namespace sgl::testing {

/** A migrated database per test (SQLite, and PostgreSQL when SGL_TEST_PG_URL is set). */
class IdentityWorkflowTest : public StorageTest
{
protected:
    void SetUp() override
    {
        InsiSimTestEnv::instance(); // QCoreApplication + simulators before any database
        StorageTest::SetUp();
    }

    /** A logged-in user with these roles (the use cases check the session's permissions). */
    static domain::UserSession sessionOf(QList<domain::Role> roles, qint64 userId, const QString &login)
    {
        domain::UserSession s;
        s.userId = userId;
        s.login = login;
        s.displayName = login;
        s.roles = std::move(roles);
        s.startedAt = QDateTime::currentDateTimeUtc();
        s.workstation = QStringLiteral("poste-1");
        return s;
    }
    /** The desk user of most tests: patient read/write, identity qualification, merge. */
    static domain::UserSession session() { return sessionOf({domain::Role::Secretary}, 7, QStringLiteral("secretaire")); }
    /** Sends reports (VerifyInsBeforeSending needs Permission::ReportDispatch). */
    static domain::UserSession biologist() { return sessionOf({domain::Role::Biologist}, 8, QStringLiteral("biologiste")); }
    /** The audit actor of session(), for direct storage reads in tests. */
    static domain::AuditActor actor() { return domain::AuditActor::fromSession(session()); }

    static workflow::identity::RegistrationRequest request(const char *name, const char *first, domain::Sex sex,
                                                           QDate birth, const char *cog = "")
    {
        workflow::identity::RegistrationRequest r;
        r.traits.birthName = QString::fromUtf8(name);
        r.traits.firstBirthName = QString::fromUtf8(first);
        r.traits.sex = sex;
        r.traits.birthDate = birth;
        r.traits.birthPlaceCog = QString::fromLatin1(cog);
        return r;
    }

    domain::Patient registerOk(workflow::identity::RegistrationRequest r)
    {
        r.duplicatesReviewed = true;
        workflow::identity::RegisterPatient reg(*m_db, session());
        auto out = reg.run(r);
        EXPECT_TRUE(out.has_value()) << (out ? "" : out.error().toString().toStdString());
        if (!out)
            return {};
        EXPECT_TRUE(out->created);
        return out->patient;
    }
};

} // namespace sgl::testing
