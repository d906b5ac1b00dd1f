#pragma once

// Shared by the biological validation tests: the demo database (catalogue, lab settings,
// accounts, reflex rules) on each backend, plus dossiers made through the use cases themselves:
// order, tube reception, entry and technical validation at the bench.

#include "CdaTestFixtures.h"
#include "StorageFixture.h"

#include "domain/catalogue/CatalogueValidator.h"
#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/ResultHistoryRepository.h"
#include "storage/ResultRepository.h"
#include "storage/SpecimenRepository.h"
#include "storage/UserRepository.h"
#include "workflow/admin/UserAdmin.h"
#include "workflow/bench/BenchResultEntry.h"
#include "workflow/bench/TechnicalValidation.h"
#include "workflow/demo/DemoSeeder.h"
#include "workflow/orders/OrderEntry.h"
#include "workflow/validation/BiologicalValidation.h"
#include "workflow/validation/CriticalCallBacks.h"
#include "workflow/validation/ValidationActions.h"

#include <gtest/gtest.h>

namespace sgl::testing {

class ValidationTest : public StorageTest {
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        workflow::DemoSeeder::Options options;
        options.policy.pbkdf2Iterations = 1000; // test speed; the product default stays high
        adjustSeed(options);
        auto seeded = workflow::DemoSeeder(*m_db).seed(options);
        ASSERT_TRUE(seeded.has_value()) << seeded.error().toString().toStdString();
        auto patient = m_db->read([](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(QStringLiteral("SELECT patient_id FROM dossiers ORDER BY id LIMIT 1"));
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toLongLong() : 0;
        });
        ASSERT_TRUE(patient && *patient > 0);
        m_patientId = *patient;
    }

    /** Lets a suite change what the demo seeds (e.g. auto-validation tests start without rules). */
    virtual void adjustSeed(workflow::DemoSeeder::Options &) {}

    /** The session of an account (real user id, as after a login). */
    domain::UserSession session(const QString &login)
    {
        auto users = m_db->read([](storage::ReadTx &tx) { return storage::UserRepository::list(tx); });
        EXPECT_TRUE(users.has_value()) << (users ? std::string() : users.error().toString().toStdString());
        domain::UserSession s;
        for (const auto &u : users.value_or(QList<domain::UserAccount>{}))
            if (u.login == login) {
                s.userId = u.id;
                s.login = u.login;
                s.displayName = u.displayName;
                s.rpps = u.rpps;
                s.roles = u.roles;
                s.startedAt = QDateTime::currentDateTimeUtc();
                s.workstation = QStringLiteral("poste-test");
            }
        EXPECT_NE(s.userId, 0) << "account missing: " << login.toStdString();
        return s;
    }
    domain::UserSession bio() { return session(QStringLiteral("biologiste")); }
    domain::UserSession tech() { return session(QStringLiteral("technicien")); }

    /** A second biologist account (password "Validation-2026-bis"). */
    domain::UserSession secondBiologist()
    {
        domain::SecurityPolicy policy;
        policy.pbkdf2Iterations = 1000;
        workflow::NewUser u{QStringLiteral("biologiste2"), QStringLiteral("Dr Bruno Biologiste"),
                            QStringLiteral("Validation-2026-bis"), {domain::Role::Biologist}, QStringLiteral("10101010119")};
        auto created = workflow::UserAdmin(*m_db, policy)
                           .createUserAsSystem(domain::AuditActor::system(QStringLiteral("test"), QStringLiteral("t")), u);
        EXPECT_TRUE(created) << (created ? std::string() : created.error().toString().toStdString());
        return session(QStringLiteral("biologiste2"));
    }

    /** A dossier of the demo patient (or of `patientId`) with `exams`, sampled an hour ago in the
     *  lab, its tubes received. */
    domain::Dossier receivedDossier(const QStringList &exams,
                                    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine,
                                    qint64 patientId = 0)
    {
        workflow::orders::DossierRequest r;
        r.patientId = patientId ? patientId : m_patientId;
        r.prescriberName = QStringLiteral("Dr Claire BERNARD");
        r.prescriberRpps = QStringLiteral("10003456786");
        r.prescriberMssante = QStringLiteral("claire.bernard@medecin.mssante.fr");
        r.examCodes = exams;
        r.priority = priority;
        r.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        r.clinicalAnswers.insert(QStringLiteral("FASTING"), QStringLiteral("oui"));
        auto change = workflow::orders::OrderEntry(*m_db, session(QStringLiteral("secretaire"))).create(r);
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        if (!change)
            return {};
        const domain::AuditActor technician = domain::AuditActor::fromSession(tech());
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            for (auto &t : change->newTubes) {
                auto s = storage::SpecimenRepository::get(tx, t.specimen.id);
                if (!s)
                    return std::unexpected(s.error());
                if (auto m = storage::SpecimenRepository::markReceived(tx, *s, QDateTime::currentDateTimeUtc(), technician);
                    !m)
                    return m;
            }
            return {};
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return dossier(change->dossier.id);
    }

    /** Enters `values` (code -> typed text) then validates the dossier technically. */
    void benchDone(qint64 dossierId, const QList<std::pair<QString, QString>> &values)
    {
        workflow::bench::BenchResultEntry entry(*m_db, tech());
        for (const auto &[code, text] : values) {
            auto e = entry.enterByCode(dossierId, code, text);
            ASSERT_TRUE(e) << code.toStdString() << ": " << e.error().toString().toStdString();
        }
        auto v = workflow::bench::TechnicalValidation(*m_db, tech()).dossier(dossierId);
        ASSERT_TRUE(v) << v.error().toString().toStdString();
    }

    domain::Dossier dossier(qint64 id)
    {
        const domain::AuditActor reader = domain::AuditActor::fromSession(tech());
        auto r = m_db->write([&](storage::WriteTx &tx) { return storage::DossierRepository::get(tx, id, reader); });
        EXPECT_TRUE(r);
        return r ? *r : domain::Dossier{};
    }

    domain::LabResult resultOf(qint64 dossierId, const QString &code)
    {
        const domain::AuditActor reader = domain::AuditActor::fromSession(tech());
        auto rs = m_db->write(
            [&](storage::WriteTx &tx) { return storage::ResultRepository::forDossier(tx, dossierId, reader); });
        EXPECT_TRUE(rs);
        domain::LabResult found;
        for (const auto &r : rs.value_or(QList<domain::LabResult>{}))
            if (r.analysisCode == code && r.state != domain::ValidationState::Cancelled)
                found = r;
        EXPECT_NE(found.id, 0) << code.toStdString();
        return found;
    }

    QList<domain::ResultHistoryEntry> historyOf(qint64 resultId)
    {
        auto h = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, resultId); });
        EXPECT_TRUE(h);
        return h.value_or(QList<domain::ResultHistoryEntry>{});
    }

    int count(const QString &table, const QString &where = {}, const QVariantList &binds = {})
    {
        auto r = m_db->read([&](storage::ReadTx &tx) -> domain::Result<int> {
            auto q = tx.query(QStringLiteral("SELECT COUNT(*) FROM ") + table + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where), binds);
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return q->value(0).toInt();
        });
        EXPECT_TRUE(r) << (r ? std::string() : r.error().toString().toStdString());
        return r.value_or(-1);
    }

    QStringList dossierAudit(qint64 dossierId)
    {
        auto r = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEntity(tx, QStringLiteral("dossier"), QString::number(dossierId));
        });
        QStringList out;
        for (const auto &e : r.value_or(QList<domain::AuditEntry>{}))
            out << e.action;
        return out;
    }

    /** The product report path with a minimal PDF renderer (the CDA and outbox are real). */
    static workflow::report::IssueReportVersion reports()
    {
        return workflow::report::IssueReportVersion(
            [](const domain::ReportContent &) -> domain::Result<QByteArray> { return test::minimalPdf(); });
    }
    workflow::validation::BiologicalValidation validation(const domain::UserSession &s)
    {
        return workflow::validation::BiologicalValidation(*m_db, s, reports());
    }
    workflow::validation::ValidationRequest whole(const domain::Dossier &d)
    {
        workflow::validation::ValidationRequest r;
        r.dossierId = d.id;
        r.dossierVersion = d.version;
        return r;
    }

    qint64 m_patientId = 0;
};

} // namespace sgl::testing
