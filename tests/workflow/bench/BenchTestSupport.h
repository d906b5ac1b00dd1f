#pragma once

// Shared by the bench tests: the order fixture (demo catalogue, patients, roles) plus dossiers
// whose tubes are received, and the automatic reflex rule TSH > 4 -> T4L.

#include "../catalogue/CatalogueReflexSupport.h"
#include "../orders/OrdersTestSupport.h"

#include "storage/ResultHistoryRepository.h"
#include "storage/SpecimenRepository.h"
#include "storage/WorklistRepository.h"
#include "workflow/bench/BenchResultEntry.h"
#include "workflow/bench/BenchWorklist.h"
#include "workflow/bench/RerunRequest.h"
#include "workflow/bench/TechnicalValidation.h"

namespace sgl::testing {

class BenchTest : public OrdersTest {
protected:
    void SetUp() override
    {
        OrdersTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto saved = admin().saveReflexRule(
            adminSession(),
            numericRule(QStringLiteral("RFX-TSH-AUTO"), QStringLiteral("TSH"), domain::ReflexCondition::Above, 4.0,
                        QStringLiteral("T4L"), true),
            QStringLiteral("protocole TSH"));
        ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    }

    /** A dossier of the female patient with `exams`, every tube received (status still registered). */
    domain::Dossier receivedDossier(const QStringList &exams,
                                    domain::Dossier::Priority priority = domain::Dossier::Priority::Routine)
    {
        auto req = request(exams);
        req.priority = priority;
        auto change = orders().create(req);
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        if (!change)
            return {};
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            for (auto &t : change->newTubes) {
                auto s = storage::SpecimenRepository::get(tx, t.specimen.id);
                if (!s)
                    return std::unexpected(s.error());
                if (auto m = storage::SpecimenRepository::markReceived(tx, *s, QDateTime::currentDateTimeUtc(), actor());
                    !m)
                    return m;
            }
            return {};
        });
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().toString().toStdString());
        return dossier(change->dossier.id);
    }

    domain::LabResult resultOf(qint64 dossierId, const QString &code)
    {
        domain::LabResult found;
        for (const domain::LabResult &r : resultsOf(dossierId))
            if (r.analysisCode == code && r.state != domain::ValidationState::Cancelled)
                found = r;
        EXPECT_NE(found.id, 0) << code.toStdString();
        return found;
    }

    workflow::bench::TypedResult typed(qint64 dossierId, const QString &code, const QString &text)
    {
        const auto r = resultOf(dossierId, code);
        return {r.id, r.version, text};
    }

    workflow::bench::BenchResultEntry entry(const domain::UserSession &s = technician())
    {
        return workflow::bench::BenchResultEntry(*m_db, s);
    }
    workflow::bench::TechnicalValidation techValidation(const domain::UserSession &s = technician())
    {
        return workflow::bench::TechnicalValidation(*m_db, s);
    }

    /** Forces a dossier status (a biologist's validation is not this module's job). */
    void setStatus(qint64 dossierId, const QString &code)
    {
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            auto q = tx.query(QStringLiteral("UPDATE dossiers SET status = ? WHERE id = ?"), {code, dossierId});
            if (!q)
                return std::unexpected(q.error());
            return {};
        });
        ASSERT_TRUE(ok);
    }

    QList<domain::ResultHistoryEntry> historyOf(qint64 resultId)
    {
        auto h = m_db->read([&](storage::ReadTx &tx) { return storage::ResultHistoryRepository::forResult(tx, resultId); });
        EXPECT_TRUE(h);
        return h ? *h : QList<domain::ResultHistoryEntry>{};
    }
};

} // namespace sgl::testing
