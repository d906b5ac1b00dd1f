#pragma once

// Shared by the QC workflow tests: the validation fixture (demo database on each backend) plus a
// control lot of CRP on a test analyzer, runs recorded by hand, and patient results marked as
// measured by that analyzer at a chosen time.

#include "ValidationTestSupport.h"

#include "storage/QcHoldRepository.h"
#include "storage/QcLotRepository.h"
#include "workflow/qc/QcLotAdmin.h"
#include "workflow/qc/QcQueries.h"
#include "workflow/qc/QcReview.h"
#include "workflow/qc/QcRunRecorder.h"

namespace sgl::testing {

class QcTest : public ValidationTest {
protected:
    static inline const QString kAnalyzer = QStringLiteral("chimie-test");
    static inline const QString kAnalysis = QStringLiteral("CRP");

    domain::qc::QcMaterial material(const QString &code = QStringLiteral("CTRL-1"))
    {
        auto existing = m_db->read([&](storage::ReadTx &tx) { return storage::QcLotRepository::materialByCode(tx, code); });
        if (existing && *existing)
            return **existing;
        domain::qc::QcMaterial m;
        m.code = code;
        m.label = QStringLiteral("Contrôle chimie ") + code;
        m.level = QStringLiteral("1");
        auto saved = workflow::qc::QcLotAdmin(*m_db, tech()).saveMaterial(m);
        EXPECT_TRUE(saved) << (saved ? std::string() : saved.error().toString().toStdString());
        return saved.value_or(m);
    }

    /** A manufacturer lot of CRP on kAnalyzer, mean 10, SD 1 (z = value − 10). */
    domain::qc::QcLot lot(const QString &number = QStringLiteral("L123"), double mean = 10.0, double sd = 1.0)
    {
        domain::qc::QcLot l;
        l.materialId = material(QStringLiteral("CTRL-") + number).id;
        l.lotNumber = number;
        l.analyzer = kAnalyzer;
        l.analysisCode = kAnalysis;
        l.unit = QStringLiteral("mg/L");
        l.mean = mean;
        l.sd = sd;
        auto saved = workflow::qc::QcLotAdmin(*m_db, tech()).saveLot(l);
        EXPECT_TRUE(saved) << (saved ? std::string() : saved.error().toString().toStdString());
        return saved.value_or(l);
    }

    domain::Result<workflow::qc::QcRunOutcome> run(qint64 lotId, const QString &value, const QDateTime &at,
                                                   const domain::UserSession &who = {})
    {
        workflow::qc::QcRunRequest r;
        r.analyzer = kAnalyzer;
        r.analysisCode = kAnalysis;
        r.values = {workflow::qc::QcValueInput{lotId, value, 0}};
        r.observedAt = at;
        return workflow::qc::QcRunRecorder(*m_db, who.userId ? who : tech()).record(r);
    }

    /** Marks a patient result as measured by kAnalyzer at `at` (what AnalyzerIngestion writes). */
    void measuredBy(qint64 resultId, const QDateTime &at, const QString &analyzer = kAnalyzer)
    {
        auto ok = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            auto n = tx.exec(QStringLiteral("UPDATE results SET analyzer = ?, observed_at = ? WHERE id = ?"),
                             {analyzer, tx.dialect().toDb(at), resultId});
            if (!n)
                return std::unexpected(n.error());
            return {};
        });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }

    /** A dossier with CRP entered (not validated) and measured by kAnalyzer at `at`. */
    domain::LabResult enteredCrp(const QDateTime &at, const QString &value = QStringLiteral("3"))
    {
        const domain::Dossier d = receivedDossier({kAnalysis});
        auto e = workflow::bench::BenchResultEntry(*m_db, tech()).enterByCode(d.id, kAnalysis, value);
        EXPECT_TRUE(e) << (e ? std::string() : e.error().toString().toStdString());
        const domain::LabResult r = resultOf(d.id, kAnalysis);
        measuredBy(r.id, at);
        return resultOf(d.id, kAnalysis);
    }

    QHash<qint64, QString> held(const QList<qint64> &ids)
    {
        auto h = m_db->read([&](storage::ReadTx &tx) { return storage::QcHoldRepository::heldResults(tx, ids); });
        EXPECT_TRUE(h) << (h ? std::string() : h.error().toString().toStdString());
        return h.value_or(QHash<qint64, QString>{});
    }

    static QDateTime hoursAgo(int h) { return QDateTime::currentDateTimeUtc().addSecs(-3600 * h); }
};

} // namespace sgl::testing
