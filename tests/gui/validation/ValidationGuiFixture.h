#pragma once

// The Validation screen over the demo database (catalogue, accounts, reflex rules) of the
// workflow validation tests, with dossiers made through the use cases (order, reception,
// bench entry, technical validation), and the view built the way the workstation builds it.

#include "GuiTestApp.h"
#include "ValidationTestSupport.h"

#include "app/validation/ValidationServices.h"
#include "app/validation/ValidationView.h"
#include "workflow/auth/AuthService.h"
#include "workflow/demo/DemoSteps.h"

#include <memory>

namespace sgl::app::test {

inline const QString kBiologistPassword = QStringLiteral("Validation-2026");

class ValidationGuiTest : public sgl::testing::ValidationTest {
protected:
    void SetUp() override
    {
        guiApp();
        ValidationTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_auth = std::make_unique<workflow::AuthService>(*m_db, domain::SecurityPolicy{}, QStringLiteral("poste-test"));
    }
    void TearDown() override
    {
        m_view.reset();
        ValidationTest::TearDown();
    }

    std::unique_ptr<ValidationServices> services(const domain::UserSession &s)
    {
        return std::make_unique<ValidationServices>(*m_db, s, *m_auth, reports());
    }
    /** The screen of the demo biologist, queue loaded. */
    ValidationView &view(bool readOnly = false)
    {
        m_view = std::make_unique<ValidationView>(services(bio()), bio(), readOnly);
        m_view->resize(1180, 700);
        return *m_view;
    }
    /**
     * A dossier of the demo patient technically validated with `values`: ordered by the
     * secretary, tubes received and values entered and validated by the technician, each through
     * its use case (sessions read before any transaction: never a read inside a write).
     */
    domain::Dossier ready(const QStringList &exams, const QList<std::pair<QString, QString>> &values,
                          domain::Dossier::Priority priority = domain::Dossier::Priority::Routine)
    {
        const domain::UserSession secretary = session(QStringLiteral("secretaire")), technician = tech();
        auto change = workflow::DemoSteps::order(*m_db, secretary, m_patientId, exams, {{QStringLiteral("FASTING"), QStringLiteral("oui")}},
                                                 QDateTime::currentDateTimeUtc().addSecs(-3600), priority);
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        if (!change)
            return {};
        auto received = workflow::DemoSteps::receiveAll(*m_db, technician, *change);
        EXPECT_TRUE(received) << (received ? std::string() : received.error().toString().toStdString());
        benchDone(change->dossier.id, values);
        return dossierOf(change->dossier.id);
    }
    /** The dossier as stored now. */
    domain::Dossier dossierOf(qint64 id)
    {
        const auto actor = domain::AuditActor::fromSession(tech());
        auto r = m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::get(tx, id, actor); });
        EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
        return r.value_or(domain::Dossier{});
    }
    static QList<std::pair<QString, QString>> normalIono(const QString &potassium = QStringLiteral("4,2"))
    {
        return {{QStringLiteral("NA"), QStringLiteral("140")},
                {QStringLiteral("K"), potassium},
                {QStringLiteral("CL"), QStringLiteral("100")},
                {QStringLiteral("BICAR"), QStringLiteral("25")}};
    }

    std::unique_ptr<workflow::AuthService> m_auth;
    std::unique_ptr<ValidationView> m_view;
};

} // namespace sgl::app::test
