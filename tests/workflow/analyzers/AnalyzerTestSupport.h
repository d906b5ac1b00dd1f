#pragma once

// Shared by the analyzer workflow tests: the bench fixture (demo catalogue, received dossiers)
// plus hand-built mapped messages (what ProfileMapper gives), the ingestion use case and row
// counts of the analyzer tables.

#include "../bench/BenchTestSupport.h"

#include "domain/analyzer/MappedMessage.h"
#include "storage/SpecimenRepository.h"
#include "workflow/analyzers/AnalyzerIngestion.h"
#include "workflow/analyzers/AnalyzerProfileStore.h"
#include "workflow/analyzers/HeldResults.h"

namespace sgl::testing {

class AnalyzerTest : public BenchTest {
protected:
    static inline const QString kProfile = QStringLiteral("cobas-test");

    static domain::analyzer::CodeMapping mappingOf(const QString &testCode, const QString &analysis)
    {
        domain::analyzer::CodeMapping m;
        m.testCode = testCode;
        m.analysisCode = analysis;
        return m;
    }

    /** A result the mapper would store: `analysis` already mapped from `testCode`. */
    static domain::analyzer::MappedResult mapped(const QString &barcode, const QString &testCode,
                                                 const QString &analysis, const QString &value,
                                                 const QStringList &flags = {}, int record = 5)
    {
        domain::analyzer::MappedResult r;
        r.raw.specimenId = barcode;
        r.raw.testCode = testCode;
        r.raw.value = value;
        r.raw.units = QStringLiteral("mmol/L");
        r.raw.flags = flags;
        r.raw.source = {1, record, QStringLiteral("R")};
        r.specimenId = barcode;
        r.testCode = testCode;
        r.analysisCode = analysis;
        r.valueText = value;
        r.instrumentFlags = flags;
        r.observedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
        r.instrumentId = QStringLiteral("c311-1");
        return r;
    }

    static workflow::analyzers::IngestInput input(const QList<domain::analyzer::MappedResult> &results,
                                                  const QByteArray &raw = QByteArrayLiteral("H|\\^&|||c311\rL|1|N\r"))
    {
        workflow::analyzers::IngestInput in;
        in.profileName = kProfile;
        in.raw = raw;
        in.peer = QStringLiteral("10.0.0.5:5000");
        in.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 31), QTimeZone::utc());
        in.mapped.raw.controlId = QStringLiteral("CTL-1");
        in.mapped.results = results;
        return in;
    }

    workflow::analyzers::AnalyzerIngestion ingestion()
    {
        return workflow::analyzers::AnalyzerIngestion(*m_db, domain::AuditActor::system(QStringLiteral("gateway"),
                                                                                        QStringLiteral("poste-1")));
    }
    workflow::analyzers::HeldResults held(const domain::UserSession &s = technician())
    {
        return workflow::analyzers::HeldResults(*m_db, s);
    }
    workflow::analyzers::AnalyzerProfileStore profiles(const domain::UserSession &s = adminSession())
    {
        return workflow::analyzers::AnalyzerProfileStore(*m_db, s);
    }

    /** The barcode of the tube holding the dossier's result of `analysis`. */
    QString barcodeOf(qint64 dossierId, const QString &analysis)
    {
        const domain::LabResult r = resultOf(dossierId, analysis);
        auto s = m_db->read([&](storage::ReadTx &tx) { return storage::SpecimenRepository::get(tx, r.specimenId); });
        EXPECT_TRUE(s) << analysis.toStdString();
        return s ? s->barcode : QString();
    }

    /** A dossier of `exams` whose tubes are NOT received. */
    domain::Dossier expectedDossier(const QStringList &exams)
    {
        auto change = orders().create(request(exams));
        EXPECT_TRUE(change) << (change ? std::string() : change.error().toString().toStdString());
        return change ? change->dossier : domain::Dossier{};
    }

    qint64 countOf(const QString &table, const QString &where = QString())
    {
        auto n = m_db->read([&](storage::ReadTx &tx) -> domain::Result<qint64> {
            auto q = tx.query(QStringLiteral("SELECT count(*) FROM ") + table
                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
            if (!q)
                return std::unexpected(q.error());
            return q->next() ? q->value(0).toLongLong() : 0;
        });
        EXPECT_TRUE(n) << table.toStdString();
        return n ? *n : -1;
    }

    void exec(const QString &sql)
    {
        auto ok = m_db->write([&](storage::WriteTx &tx) { return tx.execRaw(sql); });
        ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    }
};

} // namespace sgl::testing
