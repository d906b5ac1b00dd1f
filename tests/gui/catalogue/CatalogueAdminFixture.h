#pragma once

// The catalogue admin GUI tests' fixture: the workstation fixture with the shipped demo
// catalogue imported through CatalogueAdmin, and an administrator's session.
#include "GuiTestApp.h"
#include "WorkstationFixture.h"

#include "workflow/catalogue/CatalogueAdmin.h"

#include <gtest/gtest.h>

namespace sgl::app::test {

class CatalogueAdminFixture : public WorkstationFixture {
protected:
    void SetUp() override
    {
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_NE(m_services->catalogueAdmin(), nullptr) << m_services->catalogueError().message.toStdString();
        m_admin = login(QStringLiteral("admin"), kAdminPassword);
        auto out = admin().applyImport(m_admin, workflow::CatalogueImportRequest::demoCatalogue());
        ASSERT_TRUE(out.has_value()) << out.error().toString().toStdString();
        ASSERT_TRUE(out->applied);
    }

    workflow::CatalogueAdmin &admin() { return *m_services->catalogueAdmin(); }

    domain::Catalogue current()
    {
        auto c = admin().load();
        EXPECT_TRUE(c.has_value());
        return c ? *c : domain::Catalogue{};
    }

    domain::UserSession m_admin;
};

} // namespace sgl::app::test
