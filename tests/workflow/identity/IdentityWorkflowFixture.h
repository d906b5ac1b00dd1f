#pragma once

#include "InsiSimTestEnv.h"
#include "StorageFixture.h"

#include "domain/audit/AuditActor.h"
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

    domain::AuditActor actor() const { return {7, QStringLiteral("secretaire"), QStringLiteral("poste-1")}; }

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
        workflow::identity::RegisterPatient reg(*m_db, actor());
        auto out = reg.run(r);
        EXPECT_TRUE(out.has_value()) << (out ? "" : out.error().toString().toStdString());
        if (!out)
            return {};
        EXPECT_TRUE(out->created);
        return out->patient;
    }
};

} // namespace sgl::testing
