// Analyzer ingestion (issue 11 §6): one transaction per message with the raw bytes kept, values
// entered through the bench's own path (flag, history, calculated analyses, provenance), every
// hold reason with its stable code, QC and ignored results, the same message twice, a failure
// mid-message, the dry run. Both databases.

#include "AnalyzerTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/AnalyzerHeldItemRepository.h"
#include "storage/AnalyzerMessageRepository.h"
#include "storage/AnalyzerQcResultRepository.h"
#include "storage/AuditRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/audit/AuditVerifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::analyzers::ItemFate;

class AnalyzerIngestionTest : public AnalyzerTest {
protected:
    /** The audit rows appended after row `afterSeq`, in order. */
    QList<AuditEntry> auditSince(qint64 afterSeq)
    {
        QList<AuditEntry> rows;
        auto ok = m_db->read([&](storage::ReadTx &tx) {
            return storage::AuditRepository::forEach(tx, [&](const AuditEntry &e) {
                if (e.seq > afterSeq)
                    rows << e;
            });
        });
        EXPECT_TRUE(ok);
        return rows;
    }
    qint64 auditHead()
    {
        auto h = m_db->read([](storage::ReadTx &tx) { return storage::AuditRepository::head(tx); });
        EXPECT_TRUE(h);
        return h ? h->first : -1;
    }
    static QJsonArray jsonArray(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }
};

TEST_P(AnalyzerIngestionTest, StoresOnTheReceivedTubeLikeTheBenchWithProvenance)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    const QString tube = barcodeOf(d.id, QStringLiteral("CREA"));
    auto in = input({mapped(tube, QStringLiteral("CREP2"), QStringLiteral("CREA"), QStringLiteral("72.0"),
                            {QStringLiteral("N"), QStringLiteral("EXP")})});
    auto out = ingestion().ingest(in);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_FALSE(out->duplicateMessage);
    ASSERT_GT(out->messageId, 0);
    ASSERT_EQ(out->items.size(), 1);
    const auto &item = out->items.first();
    EXPECT_EQ(item.fate, ItemFate::Stored);
    EXPECT_EQ(item.dossierId, d.id);
    EXPECT_EQ(item.dossierNumber, d.number);
    EXPECT_FALSE(item.reason.has_value());

    const LabResult crea = resultOf(d.id, QStringLiteral("CREA"));
    EXPECT_EQ(item.resultId, crea.id);
    EXPECT_EQ(crea.state, ValidationState::Entered);
    EXPECT_EQ(crea.value.number, QStringLiteral("72.0"));
    EXPECT_EQ(crea.flag, AbnormalFlag::Normal); // from the catalogue's female range 45-90
    EXPECT_EQ(crea.referenceLow, QStringLiteral("45"));
    EXPECT_EQ(crea.analyzer, kProfile);
    EXPECT_EQ(crea.instrumentFlags, (QStringList{QStringLiteral("N"), QStringLiteral("EXP")}));
    EXPECT_EQ(crea.analyzerMessageId, out->messageId);
    EXPECT_EQ(crea.observedAt, in.mapped.results.first().observedAt); // the run time, not the reception
    EXPECT_EQ(crea.enteredBy, QStringLiteral("system:gateway"));
    ASSERT_EQ(historyOf(crea.id).size(), 1);
    EXPECT_EQ(historyOf(crea.id).first().stateAfter, ValidationState::Entered);
    // Calculated analysis and dossier status as at the bench.
    const LabResult dfg = resultOf(d.id, QStringLiteral("DFG"));
    EXPECT_EQ(dfg.state, ValidationState::Entered);
    EXPECT_TRUE(dfg.analyzer.isEmpty());
    EXPECT_EQ(dossier(d.id).status, DossierStatus::InProgress);

    // The raw message is kept, with its counts, and the bench worklist shows the provenance.
    auto message = m_db->read([&](storage::ReadTx &tx) { return storage::AnalyzerMessageRepository::get(tx, out->messageId); });
    ASSERT_TRUE(message);
    EXPECT_EQ(message->raw, in.raw);
    EXPECT_EQ(message->digest, QString::fromLatin1(QCryptographicHash::hash(in.raw, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(message->peer, in.peer);
    EXPECT_EQ(message->controlId, QStringLiteral("CTL-1"));
    EXPECT_EQ(message->receivedAt, in.receivedAt);
    EXPECT_EQ(message->resultCount, 1);
    EXPECT_EQ(message->storedCount, 1);
    EXPECT_EQ(message->heldCount, 0);
    auto worklist = workflow::bench::BenchWorklist(*m_db, technician()).load({});
    ASSERT_TRUE(worklist) << worklist.error().toString().toStdString();
    bool seen = false;
    for (const auto &w : *worklist)
        if (w.resultId == crea.id) {
            seen = true;
            EXPECT_EQ(w.state, ValidationState::Entered);
            EXPECT_EQ(w.analyzer, kProfile);
            EXPECT_EQ(w.instrumentFlags, crea.instrumentFlags);
            EXPECT_EQ(w.observedAt, crea.observedAt);
        }
    EXPECT_TRUE(seen);
    auto sheet = entry().sheet(d.id);
    ASSERT_TRUE(sheet);
    for (const auto &row : sheet->rows)
        if (row.result.id == crea.id) {
            EXPECT_EQ(row.result.analyzer, kProfile);
        }
    EXPECT_TRUE(auditActions(QStringLiteral("analyzer_message"), QString::number(out->messageId))
                    .contains(QStringLiteral("analyzer.message")));

    // A value typed again at the bench is the technician's: the analyzer provenance goes.
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("CREA"), QStringLiteral("75"))}));
    EXPECT_TRUE(resultOf(d.id, QStringLiteral("CREA")).analyzer.isEmpty());
}

TEST_P(AnalyzerIngestionTest, OneAuditRowForTheReadsOneForTheChangesOfEachDossierOneForTheMessage)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT"), QStringLiteral("GLY")});
    const Dossier other = receivedDossier({QStringLiteral("GLY")});
    const LabResult creaBefore = resultOf(d.id, QStringLiteral("CREA"));
    const LabResult dfgBefore = resultOf(d.id, QStringLiteral("DFG"));
    const QString creaTube = barcodeOf(d.id, QStringLiteral("CREA"));
    const QString gluTube = barcodeOf(other.id, QStringLiteral("GLU"));
    const qint64 head = auditHead(); // after the test's own (audited) reads
    const auto in = input(
        {mapped(creaTube, QStringLiteral("CREP2"), QStringLiteral("CREA"), QStringLiteral("72.0")),
         mapped(gluTube, QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5.2")),
         mapped(QStringLiteral("NOPE-0001"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("6.1"))});
    auto out = ingestion().ingest(in);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->items[0].fate, ItemFate::Stored);
    ASSERT_EQ(out->items[1].fate, ItemFate::Stored);
    ASSERT_EQ(out->items[2].fate, ItemFate::Held);

    // No row per read or per result any more: one action row naming both dossiers, one change
    // row per dossier with every before/after image, the message summary (and a status change
    // when the dossier moves).
    const QList<AuditEntry> rows = auditSince(head);
    QStringList actions;
    for (const AuditEntry &e : rows)
        actions << e.action;
    for (const QString &perRead :
         {QStringLiteral("dossier.read"), QStringLiteral("patient.read"), QStringLiteral("result.read_dossier")})
        EXPECT_FALSE(actions.contains(perRead)) << actions.join(u' ').toStdString();
    ASSERT_EQ(actions.count(QStringLiteral("analyzer.read")), 1) << actions.join(u' ').toStdString();
    EXPECT_EQ(actions.first(), QStringLiteral("analyzer.read")); // before any patient data is read
    EXPECT_EQ(actions.count(QStringLiteral("result.update_batch")), 1); // CREA + its calculated DFG
    EXPECT_EQ(actions.count(QStringLiteral("result.update")), 1);       // the other dossier's GLU alone
    EXPECT_EQ(actions.count(QStringLiteral("analyzer.message")), 1);
    EXPECT_LE(rows.size(), 7) << actions.join(u' ').toStdString();

    const AuditEntry &read = rows.first();
    EXPECT_EQ(read.entityType, QStringLiteral("analyzer_message"));
    EXPECT_EQ(read.entityId, QString::number(out->messageId));
    const QJsonArray dossiers = QJsonDocument::fromJson(read.after.toUtf8()).object().value(u"dossiers").toArray();
    EXPECT_EQ(dossiers, (QJsonArray{d.id, other.id}));
    // The summary is written without QJsonObject: the same text QJsonDocument wrote.
    const auto summary = std::ranges::find_if(rows, [](const AuditEntry &e) { return e.action == QStringLiteral("analyzer.message"); });
    ASSERT_NE(summary, rows.cend());
    const QJsonObject expected{{QStringLiteral("profile"), in.profileName},   {QStringLiteral("peer"), in.peer},
                               {QStringLiteral("controlId"), in.mapped.raw.controlId}, {QStringLiteral("results"), 3},
                               {QStringLiteral("stored"), 2},                {QStringLiteral("held"), 1},
                               {QStringLiteral("qc"), 0},                    {QStringLiteral("ignored"), 0}};
    EXPECT_EQ(summary->after.toStdString(), QJsonDocument(expected).toJson(QJsonDocument::Compact).toStdString());

    const LabResult crea = resultOf(d.id, QStringLiteral("CREA"));
    const LabResult dfg = resultOf(d.id, QStringLiteral("DFG"));
    for (const AuditEntry &e : rows) {
        if (e.action != QStringLiteral("result.update_batch"))
            continue;
        EXPECT_EQ(e.entityType, QStringLiteral("dossier"));
        EXPECT_EQ(e.entityId, QString::number(d.id));
        const QJsonArray before = jsonArray(e.before);
        const QJsonArray after = jsonArray(e.after);
        ASSERT_EQ(before.size(), 2);
        ASSERT_EQ(after.size(), 2);
        EXPECT_EQ(before[0].toObject().value(u"id").toInteger(), crea.id);
        EXPECT_EQ(before[0].toObject().value(u"state").toString(), QStringLiteral("pending"));
        EXPECT_EQ(before[0].toObject().value(u"version").toInt(), creaBefore.version);
        EXPECT_EQ(after[0].toObject().value(u"id").toInteger(), crea.id);
        EXPECT_EQ(after[0].toObject().value(u"value").toString(), QStringLiteral("72.0"));
        EXPECT_EQ(after[0].toObject().value(u"analyzer").toString(), kProfile);
        EXPECT_EQ(after[0].toObject().value(u"version").toInt(), crea.version);
        EXPECT_EQ(before[1].toObject().value(u"id").toInteger(), dfg.id);
        EXPECT_EQ(before[1].toObject().value(u"version").toInt(), dfgBefore.version);
        EXPECT_EQ(after[1].toObject().value(u"state").toString(), QStringLiteral("entered"));
        EXPECT_EQ(after[1].toObject().value(u"reason").toString(), QStringLiteral("Calcul automatique"));
    }
    // The single value of the other dossier keeps the per-result row format.
    const LabResult glu = resultOf(other.id, QStringLiteral("GLU"));
    EXPECT_EQ(auditActions(QStringLiteral("result"), QString::number(glu.id)).count(QStringLiteral("result.update")), 1);
    // Same transaction, same chain: the trail still verifies.
    auto report = workflow::AuditVerifier(*m_db).verifyAsSystem(AuditActor::system(QStringLiteral("verify"), QStringLiteral("t")));
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
}

TEST_P(AnalyzerIngestionTest, AutomaticReflexAndCalculatedAnalysisAsAtTheBench)
{
    const Dossier d = receivedDossier({QStringLiteral("TSH"), QStringLiteral("CREAT")});
    const QString tube = barcodeOf(d.id, QStringLiteral("TSH"));
    auto out = ingestion().ingest(input({mapped(tube, QStringLiteral("TSH"), QStringLiteral("TSH"), QStringLiteral("6.5")),
                                         mapped(barcodeOf(d.id, QStringLiteral("CREA")), QStringLiteral("DFG"),
                                                QStringLiteral("DFG"), QStringLiteral("80"))}));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->items[0].fate, ItemFate::Stored);
    // TSH > 4: the automatic rule of the fixture orders T4L in the same transaction.
    bool t4l = false;
    for (const LabResult &r : resultsOf(d.id))
        t4l = t4l || (r.analysisCode == QStringLiteral("T4L") && r.state == ValidationState::Pending);
    EXPECT_TRUE(t4l);
    // A calculated analysis is computed, never taken from an instrument.
    EXPECT_EQ(out->items[1].fate, ItemFate::Held);
    EXPECT_EQ(out->items[1].reason->code, workflow::errc::BenchCalculated);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("DFG")).state, ValidationState::Pending);
}

TEST_P(AnalyzerIngestionTest, EveryHoldReasonHasItsCodeAndNamesTheTube)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT"), QStringLiteral("GLY"), QStringLiteral("IONO")});
    const QString tube = barcodeOf(d.id, QStringLiteral("CREA"));
    const Dossier waiting = expectedDossier({QStringLiteral("GLY")});
    const QString notReceived = barcodeOf(waiting.id, QStringLiteral("GLU"));
    exec(QStringLiteral("UPDATE results SET state = 'cancelled' WHERE dossier_id = %1 AND analysis_code = 'NA'").arg(d.id));
    exec(QStringLiteral("UPDATE results SET state = 'technically_validated' WHERE dossier_id = %1 AND analysis_code = 'K'")
             .arg(d.id));
    auto unmapped = mapped(tube, QStringLiteral("XYZ9"), QString(), QStringLiteral("1.0"));
    unmapped.disposition = analyzer::Disposition::Held;
    unmapped.hold = Error{domain::errc::AnalyzerUnmappedTest, QStringLiteral("Code XYZ9 inconnu"), QStringLiteral("message 1, R record 9")};

    auto out = ingestion().ingest(input({
        mapped(QStringLiteral("NOPE-404"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5.1"), {}, 3),
        mapped(notReceived, QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5.1"), {}, 4),
        mapped(tube, QStringLiteral("TSH"), QStringLiteral("TSH"), QStringLiteral("2.1"), {}, 5),
        mapped(tube, QStringLiteral("NA"), QStringLiteral("NA"), QStringLiteral("140"), {}, 6),
        mapped(tube, QStringLiteral("K"), QStringLiteral("K"), QStringLiteral("4.1"), {}, 7),
        mapped(tube, QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5,1,2"), {}, 8),
        unmapped,
        mapped(tube, QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5.4"), {}, 10),
    }));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->items.size(), 8);
    const QStringList expected{workflow::errc::AnalyzerUnknownSpecimen, workflow::errc::AnalyzerSpecimenNotReceived, workflow::errc::AnalyzerNotOrdered,
                               workflow::errc::AnalyzerCancelledAnalysis, workflow::errc::AnalyzerAlreadyValidated,
                               domain::errc::ResultNotANumber, domain::errc::AnalyzerUnmappedTest};
    for (int i = 0; i < expected.size(); ++i) {
        const auto &item = out->items[i];
        EXPECT_EQ(item.fate, ItemFate::Held) << i;
        ASSERT_TRUE(item.reason.has_value()) << i;
        EXPECT_EQ(item.reason->code, expected[i]) << i;
        EXPECT_GT(item.heldId, 0) << i;
        EXPECT_FALSE(item.reason->location.isEmpty()) << i;
    }
    EXPECT_TRUE(out->items[0].reason->message.contains(QStringLiteral("NOPE-404")));
    EXPECT_TRUE(out->items[1].reason->message.contains(notReceived));
    EXPECT_TRUE(out->items[2].reason->message.contains(QStringLiteral("TSH")));
    EXPECT_TRUE(out->items[2].reason->message.contains(d.number));
    EXPECT_EQ(out->items[0].reason->location, (analyzer::SourcePosition{1, 3, QStringLiteral("R")}.toString()));
    EXPECT_EQ(out->items[6].reason->location, QStringLiteral("message 1, R record 9"));
    // The last value for the same tube is good: stored, the others did not stop it.
    EXPECT_EQ(out->items[7].fate, ItemFate::Stored);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).value.number, QStringLiteral("5.4"));
    EXPECT_EQ(resultOf(d.id, QStringLiteral("K")).state, ValidationState::TechnicallyValidated);

    auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::AnalyzerHeldItemRepository::forMessage(tx, out->messageId); });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 7);
    EXPECT_EQ(rows->at(0).reasonCode, workflow::errc::AnalyzerUnknownSpecimen);
    EXPECT_EQ(rows->at(0).specimenId, QStringLiteral("NOPE-404"));
    EXPECT_EQ(rows->at(0).valueText, QStringLiteral("5.1"));
    EXPECT_EQ(rows->at(0).state, QStringLiteral("open"));
    EXPECT_EQ(rows->at(6).testCode, QStringLiteral("XYZ9"));
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages"), QStringLiteral("held_count = 7 AND stored_count = 1")), 1);
}

TEST_P(AnalyzerIngestionTest, QcGoesToTheInstrumentAndIgnoredIsListedNotStored)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    auto qc = mapped(QStringLiteral("QC-NORM"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5.55"),
                     {QStringLiteral("N")});
    qc.raw.specimenIdComponents = {QStringLiteral("QC-NORM"), QStringLiteral("LOT4711")};
    qc.disposition = analyzer::Disposition::Qc;
    qc.sampleKind = analyzer::SampleKind::QualityControl;
    auto ignored = mapped(barcodeOf(d.id, QStringLiteral("GLU")), QStringLiteral("CT-PROBE"), QString(), QStringLiteral("31.2"));
    ignored.disposition = analyzer::Disposition::Ignored;
    auto out = ingestion().ingest(input({qc, ignored}));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->items[0].fate, ItemFate::Qc);
    EXPECT_EQ(out->items[1].fate, ItemFate::Ignored);
    auto rows = m_db->read([&](storage::ReadTx &tx) { return storage::AnalyzerQcResultRepository::forMessage(tx, out->messageId); });
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().specimenId, QStringLiteral("QC-NORM"));
    EXPECT_EQ(rows->first().lot, QStringLiteral("LOT4711"));
    EXPECT_EQ(rows->first().analysisCode, QStringLiteral("GLU"));
    EXPECT_EQ(rows->first().valueText, QStringLiteral("5.55"));
    EXPECT_EQ(rows->first().flags, QStringList{QStringLiteral("N")});
    EXPECT_EQ(rows->first().observedAt, qc.observedAt);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).state, ValidationState::Pending); // never on a patient
    EXPECT_EQ(countOf(QStringLiteral("analyzer_held_items")), 0);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages"), QStringLiteral("qc_count = 1 AND ignored_count = 1")), 1);
}

TEST_P(AnalyzerIngestionTest, TheSameMessageTwiceIsStoredOnce)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    const auto in = input({mapped(barcodeOf(d.id, QStringLiteral("GLU")), QStringLiteral("GLUC3"), QStringLiteral("GLU"),
                                  QStringLiteral("5.1")),
                           mapped(QStringLiteral("NOPE"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("6"))});
    auto first = ingestion().ingest(in);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    const LabResult glu = resultOf(d.id, QStringLiteral("GLU"));
    auto again = ingestion().ingest(in);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_TRUE(again->duplicateMessage);
    EXPECT_EQ(again->messageId, first->messageId);
    ASSERT_EQ(again->items.size(), 2);
    for (const auto &item : again->items)
        EXPECT_EQ(item.fate, ItemFate::Duplicate);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages")), 1);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_held_items")), 1);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).version, glu.version);
    EXPECT_EQ(historyOf(glu.id).size(), 1);
    // The same bytes for another profile are another message.
    auto other = in;
    other.profileName = QStringLiteral("other-profile");
    auto third = ingestion().ingest(other);
    ASSERT_TRUE(third);
    EXPECT_FALSE(third->duplicateMessage);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages")), 2);
}

TEST_P(AnalyzerIngestionTest, AFailureMidMessageStoresNothing)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    auto qc = mapped(QStringLiteral("QC-1"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5.5"));
    qc.disposition = analyzer::Disposition::Qc;
    // The QC table gone: the second result of the message fails at storage level.
    exec(QStringLiteral("DROP TABLE analyzer_qc_results"));
    auto out = ingestion().ingest(input({mapped(barcodeOf(d.id, QStringLiteral("GLU")), QStringLiteral("GLUC3"),
                                                QStringLiteral("GLU"), QStringLiteral("5.1")),
                                         mapped(QStringLiteral("NOPE"), QStringLiteral("GLUC3"), QStringLiteral("GLU"),
                                                QStringLiteral("6")),
                                         qc}));
    ASSERT_FALSE(out);
    EXPECT_TRUE(out.error().code.startsWith(u"storage.")) << out.error().toString().toStdString();
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages")), 0);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_held_items")), 0);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).state, ValidationState::Pending);
    EXPECT_TRUE(historyOf(resultOf(d.id, QStringLiteral("GLU")).id).isEmpty());
}

TEST_P(AnalyzerIngestionTest, DryRunComputesTheSameOutcomeAndWritesNothing)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    const auto in = input({mapped(barcodeOf(d.id, QStringLiteral("GLU")), QStringLiteral("GLUC3"), QStringLiteral("GLU"),
                                  QStringLiteral("5.1")),
                           mapped(QStringLiteral("NOPE"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("6"))});
    const qint64 audits = countOf(QStringLiteral("audit_log"));
    auto dry = ingestion().dryRun(in);
    ASSERT_TRUE(dry) << dry.error().toString().toStdString();
    EXPECT_EQ(dry->messageId, 0);
    ASSERT_EQ(dry->items.size(), 2);
    EXPECT_EQ(dry->items[0].fate, ItemFate::Stored);
    EXPECT_EQ(dry->items[0].resultId, 0);
    EXPECT_EQ(dry->items[0].dossierNumber, d.number);
    EXPECT_EQ(dry->items[1].fate, ItemFate::Held);
    EXPECT_EQ(dry->items[1].heldId, 0);
    EXPECT_EQ(dry->items[1].reason->code, workflow::errc::AnalyzerUnknownSpecimen);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages")), 0);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_held_items")), 0);
    EXPECT_EQ(countOf(QStringLiteral("audit_log")), audits);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).state, ValidationState::Pending);
    // The real run gives the same fates.
    auto real = ingestion().ingest(in);
    ASSERT_TRUE(real);
    EXPECT_EQ(real->items[0].fate, ItemFate::Stored);
    EXPECT_EQ(real->items[1].fate, ItemFate::Held);
}

TEST_P(AnalyzerIngestionTest, BadInputIsNamedAndStoresNothing)
{
    auto noProfile = input({});
    noProfile.profileName = QStringLiteral("  ");
    auto out = ingestion().ingest(noProfile);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, workflow::errc::AnalyzerUnknownProfile);
    auto empty = input({}, QByteArray());
    out = ingestion().ingest(empty);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, domain::errc::AnalyzerMalformedMessage);
    EXPECT_FALSE(ingestion().dryRun(empty));
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages")), 0);
    // A message without results is still kept (nothing is dropped).
    auto none = ingestion().ingest(input({}));
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->items.isEmpty());
    EXPECT_EQ(countOf(QStringLiteral("analyzer_messages")), 1);
    // No reception time (a replayed file): the processing time stands for it, the item is held.
    auto undated = input({mapped(QStringLiteral("NOPE"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5"))},
                         QByteArrayLiteral("H|\\^&|||undated\rL|1\r"));
    undated.receivedAt = QDateTime();
    auto held = ingestion().ingest(undated);
    ASSERT_TRUE(held) << held.error().toString().toStdString();
    EXPECT_EQ(held->items.first().fate, ItemFate::Held);
    EXPECT_EQ(countOf(QStringLiteral("analyzer_held_items"), QStringLiteral("received_at IS NOT NULL")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerIngestionTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         backendName);

} // namespace
} // namespace sgl::testing
