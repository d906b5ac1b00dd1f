#pragma once

// Shared by the analyzer screen tests: the demo catalogue, one patient with a received glucose
// tube (GLY exam, analysis GLU, catalogue code COBAS=GLUC3), an ASTM profile "test-astm" for
// analyzer COBAS saved by the administrator, and messages ingested through the real use case.
#include "GuiTestApp.h"
#include "Samples.h"
#include "WorkstationFixture.h"

#include "app/analyzers/AnalyzerServices.h"
#include "domain/analyzer/AnalyzerMessage.h"
#include "domain/analyzer/AnalyzerProfile.h"
#include "domain/audit/AuditActor.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/SpecimenRepository.h"
#include "workflow/analyzers/AnalyzerIngestion.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "workflow/orders/OrderEntry.h"

#include <gtest/gtest.h>

namespace sgl::app::test {

inline domain::UserSession analyzerSession(domain::Role role, const QString &login)
{
    domain::UserSession s;
    s.userId = 70 + int(role);
    s.login = login;
    s.displayName = login;
    s.roles = {role};
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.workstation = QStringLiteral("paillasse-1");
    return s;
}

class AnalyzerGuiFixture : public OnBothBackends<WorkstationFixture> {
protected:
    void SetUp() override
    {
        guiApp();
        WorkstationFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        using namespace sgl::domain;
        m_admin = login(QStringLiteral("admin"), kAdminPassword);
        ASSERT_NE(m_services->catalogueAdmin(), nullptr);
        auto imported = m_services->catalogueAdmin()->applyImport(m_admin, workflow::CatalogueImportRequest::demoCatalogue());
        ASSERT_TRUE(imported && imported->applied);
        const AuditActor actor{0, QStringLiteral("test"), QStringLiteral("test")};
        auto ok = m_db->write([&](storage::WriteTx &tx) -> Status {
            m_patient = sgl::testing::samplePatient(QStringLiteral("IPP-AUTO-1"));
            return storage::PatientRepository::insert(tx, m_patient, actor);
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
        m_barcode = receivedTube();
        ASSERT_FALSE(m_barcode.isEmpty());
        auto profile = analyzer::AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Astm);
        profile.name = QStringLiteral("test-astm");
        profile.label = QStringLiteral("Automate de test (ASTM)");
        profile.analyzerId = QStringLiteral("COBAS");
        profile.transport.kind = analyzer::TransportKind::TcpServer;
        profile.transport.port = 5101;
        auto saved = workflow::analyzers::AnalyzerProfileStore(*m_db, m_admin).save(profile, QStringLiteral("mise en service"));
        ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    }

    /** A GLY dossier for the patient, its tube received; the tube's barcode. */
    QString receivedTube()
    {
        using namespace sgl::domain;
        workflow::orders::DossierRequest r;
        r.patientId = m_patient.id;
        r.prescriberName = QStringLiteral("Dr Claire BERNARD");
        r.examCodes = {QStringLiteral("GLY")};
        r.clinicalAnswers.insert(QStringLiteral("FASTING"), QStringLiteral("oui"));
        auto change = workflow::orders::OrderEntry(*m_db, analyzerSession(Role::Secretary, QStringLiteral("secretaire"))).create(r);
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        if (!change || change->newTubes.isEmpty())
            return {};
        const AuditActor actor{0, QStringLiteral("test"), QStringLiteral("test")};
        Specimen s = change->newTubes.first().specimen;
        auto ok = m_db->write([&](storage::WriteTx &tx) -> Status {
            return storage::SpecimenRepository::markReceived(tx, s, QDateTime::currentDateTimeUtc(), actor);
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return s.barcode;
    }

    /** The raw E1394 text of a one-result message, and the message as the reader gives it. */
    static QByteArray rawMessage(const QString &barcode, const QString &code, const QString &value, int control)
    {
        return QStringLiteral("H|\\^&|%4||cobas^1|||||||P|1|20261206101500\r"
                              "P|1\r"
                              "O|1|%1||^^^%2|R\r"
                              "R|1|^^^%2|%3|mmol/L||N||F||||20261206101500\r"
                              "L|1|N\r")
            .arg(barcode, code, value)
            .arg(control)
            .toLatin1();
    }

    /** Ingests one result through the real use case (as the gateway does); its outcome. */
    workflow::analyzers::IngestOutcome ingest(const QString &barcode, const QString &code, const QString &value,
                                            const QStringList &flags = {QStringLiteral("N")})
    {
        using namespace sgl::domain::analyzer;
        AnalyzerMessage message;
        message.protocol = AnalyzerProtocol::Astm;
        message.messageIndex = 1;
        message.senderName = QStringLiteral("cobas");
        message.controlId = QString::number(++m_control);
        AnalyzerResult r;
        r.specimenId = barcode;
        r.specimenIdComponents = {barcode};
        r.orderTestIdComponents = {QString(), QString(), QString(), code};
        r.testCode = code;
        r.testIdComponents = {QString(), QString(), QString(), code};
        r.value = value;
        r.valueComponents = {value};
        r.units = QStringLiteral("mmol/L");
        r.flags = flags;
        r.resultStatus = QStringLiteral("F");
        r.observedAt = QStringLiteral("20261206101500");
        r.sampleKind = SampleKind::Patient;
        r.sequence = QStringLiteral("1");
        r.source = SourcePosition{1, 4, QStringLiteral("R")};
        message.results = {r};
        auto mapper = workflow::analyzers::AnalyzerProfileStore(*m_db, m_admin).mapperFor(QStringLiteral("test-astm"));
        EXPECT_TRUE(mapper) << (mapper ? std::string() : mapper.error().toString().toStdString());
        if (!mapper)
            return {};
        workflow::analyzers::IngestInput input;
        input.profileName = QStringLiteral("test-astm");
        input.raw = rawMessage(barcode, code, value, m_control);
        input.peer = QStringLiteral("127.0.0.1:40000");
        input.receivedAt = QDateTime::currentDateTimeUtc();
        input.mapped = mapper->map(message);
        auto outcome = workflow::analyzers::AnalyzerIngestion(
                           *m_db, domain::AuditActor::system(QStringLiteral("gateway"), QStringLiteral("poste-test")))
                           .ingest(input);
        EXPECT_TRUE(outcome) << (outcome ? std::string() : outcome.error().toString().toStdString());
        return outcome.value_or(workflow::analyzers::IngestOutcome{});
    }

    std::unique_ptr<AnalyzerServices> services(const domain::UserSession &session)
    {
        return std::make_unique<AnalyzerServices>(*m_db, session, m_services->catalogueAdmin(), nullptr);
    }

    domain::UserSession m_admin;
    domain::UserSession m_tech = analyzerSession(domain::Role::Technician, QStringLiteral("technicien"));
    domain::Patient m_patient;
    QString m_barcode;
    int m_control = 0;
};

} // namespace sgl::app::test
