// Result entry at the bench (issue 10, item 4): typed values checked against the catalogue and
// the patient's range, stored with history; calculated analyses and automatic reflex rules in
// the same transaction; the dossier status moving with its results; every refusal names the
// analysis and stores nothing. Both databases.

#include "BenchTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/AuditRepository.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::bench::TypedResult;

class BenchEntryTest : public BenchTest {};

TEST_P(BenchEntryTest, CreatinineWithDecimalCommaComputesDfgAndMovesTheDossier)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    ASSERT_EQ(d.status, DossierStatus::Registered);
    auto out = entry().enter(d.id, {typed(d.id, QStringLiteral("CREA"), QStringLiteral("72,0"))});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->entered.size(), 1);
    const LabResult crea = out->entered.first();
    EXPECT_EQ(crea.state, ValidationState::Entered);
    EXPECT_EQ(crea.value.number, QStringLiteral("72.0"));
    EXPECT_EQ(crea.flag, AbnormalFlag::Normal);
    EXPECT_EQ(crea.referenceLow, QStringLiteral("45")); // female adult range of the demo catalogue
    EXPECT_EQ(crea.referenceHigh, QStringLiteral("90"));
    EXPECT_EQ(crea.enteredBy, QStringLiteral("technicien"));
    EXPECT_TRUE(crea.enteredAt.isValid());

    ASSERT_EQ(out->calculated.size(), 1);
    const LabResult dfg = resultOf(d.id, QStringLiteral("DFG"));
    EXPECT_EQ(dfg.state, ValidationState::Entered);
    EXPECT_EQ(dfg.value.kind, ResultValue::Kind::Numeric);
    EXPECT_GT(dfg.value.toDouble().value_or(0), 20.0);
    EXPECT_LT(dfg.value.toDouble().value_or(1000), 150.0);
    EXPECT_FALSE(dfg.value.number.contains(u'.')) << "DFG has 0 decimals";

    EXPECT_EQ(out->dossier.status, DossierStatus::InProgress);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::InProgress);
    ASSERT_EQ(historyOf(crea.id).size(), 1);
    EXPECT_EQ(historyOf(crea.id).first().valueText, QStringLiteral("72,0"));
    EXPECT_EQ(historyOf(dfg.id).size(), 1);
    // The entry and the DFG it computed are one change of the dossier: ONE audit row carrying
    // both before/after images (not one row per result).
    auto rows = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, QStringLiteral("dossier"), QString::number(d.id));
    });
    ASSERT_TRUE(rows);
    QList<AuditEntry> batches;
    for (const AuditEntry &e : *rows)
        if (e.action == QStringLiteral("result.update_batch"))
            batches << e;
    ASSERT_EQ(batches.size(), 1);
    const QJsonArray before = QJsonDocument::fromJson(batches.first().before.toUtf8()).array();
    const QJsonArray after = QJsonDocument::fromJson(batches.first().after.toUtf8()).array();
    ASSERT_EQ(before.size(), 2);
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(before[0].toObject().value(u"id").toInteger(), crea.id);
    EXPECT_EQ(before[0].toObject().value(u"state").toString(), QStringLiteral("pending"));
    EXPECT_EQ(after[0].toObject().value(u"id").toInteger(), crea.id);
    EXPECT_EQ(after[0].toObject().value(u"value").toString(), QStringLiteral("72.0"));
    EXPECT_EQ(after[0].toObject().value(u"version").toInt(), crea.version);
    EXPECT_EQ(after[1].toObject().value(u"id").toInteger(), dfg.id);
    EXPECT_EQ(after[1].toObject().value(u"value").toString(), dfg.value.number);
    EXPECT_EQ(after[1].toObject().value(u"reason").toString(), QStringLiteral("Calcul automatique"));
    EXPECT_EQ(batches.first().actorLogin, QStringLiteral("technicien"));
    EXPECT_FALSE(auditActions(QStringLiteral("result"), QString::number(crea.id)).contains(QStringLiteral("result.update")));
}

TEST_P(BenchEntryTest, CensoredValuesAndCriticalFlagAndHistoryKeepsEveryValue)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral("5,1"))}));
    auto out = entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral(">25"))});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const LabResult glu = out->entered.first();
    EXPECT_EQ(glu.value.comparator, Comparator::Greater);
    EXPECT_EQ(glu.flag, AbnormalFlag::CriticalHigh);
    ASSERT_EQ(out->criticalValues.size(), 1);
    EXPECT_TRUE(out->criticalValues.first().contains(QStringLiteral("Glucose")));

    const auto h = historyOf(glu.id);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[0].valueText, QStringLiteral("5,1"));
    EXPECT_EQ(h[0].stateBefore, ValidationState::Pending);
    EXPECT_EQ(h[1].valueText, glu.value.displayFr());
    EXPECT_EQ(h[1].stateBefore, ValidationState::Entered);
    EXPECT_EQ(h[1].actor, QStringLiteral("technicien"));
    EXPECT_TRUE(h[1].at.isValid());

    // The same value typed again is no change: no new row.
    const int before = int(historyOf(glu.id).size());
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral("> 25"))}));
    EXPECT_EQ(historyOf(glu.id).size(), before);

    // The history is readable from the use case too.
    auto viaUseCase = entry().history(glu.id);
    ASSERT_TRUE(viaUseCase);
    EXPECT_EQ(viaUseCase->size(), 2);
}

TEST_P(BenchEntryTest, TwoDecimalSeparatorsRefusedNamingTheAnalysisAndNothingWritten)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY"), QStringLiteral("CREAT")});
    // A good value first, then the bad one: the whole entry is refused.
    const QList<TypedResult> values{typed(d.id, QStringLiteral("CREA"), QStringLiteral("70")),
                                    typed(d.id, QStringLiteral("GLU"), QStringLiteral("1,2,3"))};
    const auto counts = rowCounts(); // after the helper's own (audited) reads
    auto out = entry().enter(d.id, values);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QString(domain::errc::ResultNotANumber));
    EXPECT_EQ(out.error().location, QStringLiteral("GLU"));
    EXPECT_TRUE(out.error().message.contains(QStringLiteral("plusieurs séparateurs décimaux"))) << out.error().message.toStdString();
    EXPECT_TRUE(out.error().message.contains(QStringLiteral("Glucose")));
    EXPECT_EQ(rowCounts(), counts);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("CREA")).state, ValidationState::Pending);
    EXPECT_EQ(dossier(d.id).status, DossierStatus::Registered);
}

TEST_P(BenchEntryTest, ImplausibleValueRefused)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    const TypedResult value = typed(d.id, QStringLiteral("CREA"), QStringLiteral("4000"));
    const auto counts = rowCounts();
    auto out = entry().enter(d.id, {value});
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QString(domain::errc::ResultImplausible));
    EXPECT_EQ(out.error().location, QStringLiteral("CREA"));
    EXPECT_EQ(rowCounts(), counts);
}

TEST_P(BenchEntryTest, CodedValueFromTheListOnly)
{
    const Dossier d = receivedDossier({QStringLiteral("HBS")});
    const TypedResult value = typed(d.id, QStringLiteral("AGHBS"), QStringLiteral("peut-être"));
    const auto counts = rowCounts();
    auto bad = entry().enter(d.id, {value});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, QString(domain::errc::ResultNotInList));
    EXPECT_EQ(bad.error().location, QStringLiteral("AGHBS"));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("Positif"))) << "the message lists the allowed values";
    EXPECT_EQ(rowCounts(), counts);

    auto ok = entry().enter(d.id, {typed(d.id, QStringLiteral("AGHBS"), QStringLiteral("positif"))});
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_EQ(ok->entered.first().value.coded.code, QStringLiteral("POS"));
    EXPECT_EQ(ok->entered.first().flag, AbnormalFlag::Abnormal);
}

TEST_P(BenchEntryTest, StaleVersionIsAConflictAndNothingWritten)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    const TypedResult shown = typed(d.id, QStringLiteral("GLU"), QStringLiteral("5,0"));
    // Another workstation enters first.
    ASSERT_TRUE(entry().enter(d.id, {typed(d.id, QStringLiteral("GLU"), QStringLiteral("4,9"))}));
    const auto counts = rowCounts();
    auto out = entry().enter(d.id, {shown});
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QString(storage::errc::Conflict));
    EXPECT_EQ(out.error().location, QStringLiteral("GLU"));
    EXPECT_TRUE(out.error().message.contains(QStringLiteral("autre poste")));
    EXPECT_EQ(rowCounts(), counts);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GLU")).value.number, QStringLiteral("4.9"));
}

TEST_P(BenchEntryTest, WrongRoleRefusedBeforeAnythingIsRead)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    const TypedResult value = typed(d.id, QStringLiteral("GLU"), QStringLiteral("5"));
    const auto counts = rowCounts();
    auto out = entry(secretary()).enter(d.id, {value});
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, QString(workflow::errc::AuthForbidden));
    EXPECT_EQ(rowCounts(), counts);
    auto sheet = entry(adminSession()).sheet(d.id);
    ASSERT_FALSE(sheet);
    EXPECT_EQ(sheet.error().code, QString(workflow::errc::AuthForbidden));
    EXPECT_EQ(rowCounts(), counts);
}

TEST_P(BenchEntryTest, CalculatedAnalysisIsNotTypedAndClosedDossierRefused)
{
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    auto calc = entry().enter(d.id, {typed(d.id, QStringLiteral("DFG"), QStringLiteral("90"))});
    ASSERT_FALSE(calc);
    EXPECT_EQ(calc.error().code, QString(workflow::errc::BenchCalculated));
    EXPECT_EQ(calc.error().location, QStringLiteral("DFG"));

    auto empty = entry().enter(d.id, {});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, QString(workflow::errc::BenchNoEntry));

    setStatus(d.id, QStringLiteral("validated"));
    const TypedResult value = typed(d.id, QStringLiteral("CREA"), QStringLiteral("70"));
    const auto counts = rowCounts();
    auto closed = entry().enter(d.id, {value});
    ASSERT_FALSE(closed);
    EXPECT_EQ(closed.error().code, QString(workflow::errc::BenchDossierClosed));
    EXPECT_EQ(closed.error().location, d.number);
    EXPECT_EQ(rowCounts(), counts);
}

TEST_P(BenchEntryTest, AutomaticReflexAddedInTheSameTransaction)
{
    const Dossier d = receivedDossier({QStringLiteral("TSH")});
    auto out = entry().enter(d.id, {typed(d.id, QStringLiteral("TSH"), QStringLiteral("6,2"))});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->reflex.ruleCodes, QStringList{QStringLiteral("RFX-TSH-AUTO")});
    EXPECT_EQ(out->reflex.analysisCodes, QStringList{QStringLiteral("T4L")});
    const LabResult t4 = resultOf(d.id, QStringLiteral("T4L"));
    EXPECT_EQ(t4.state, ValidationState::Pending);
    EXPECT_EQ(t4.bench, QStringLiteral("BIOCH")) << "on the worklist of its bench";
    EXPECT_TRUE(t4.comment.contains(QStringLiteral("RFX-TSH-AUTO")));

    // A normal TSH adds nothing.
    const Dossier other = receivedDossier({QStringLiteral("TSH")});
    auto normal = entry().enter(other.id, {typed(other.id, QStringLiteral("TSH"), QStringLiteral("2,1"))});
    ASSERT_TRUE(normal);
    EXPECT_TRUE(normal->reflex.analysisCodes.isEmpty());
}

TEST_P(BenchEntryTest, AutomaticReflexOnACalculatedTriggerFiresWhenItsInputIsEntered)
{
    // DFG is never typed: it is computed from the creatinine. A rule on it must still fire when
    // the creatinine entry computes a low DFG (the entry only looks the rules up by the codes it
    // valued, typed or calculated).
    auto saved = admin().saveReflexRule(adminSession(),
                                        numericRule(QStringLiteral("RFX-DFG-AUTO"), QStringLiteral("DFG"),
                                                    domain::ReflexCondition::Below, 60.0, QStringLiteral("T4L"), true),
                                        QStringLiteral("protocole DFG"));
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    const Dossier d = receivedDossier({QStringLiteral("CREAT")});
    auto out = entry().enter(d.id, {typed(d.id, QStringLiteral("CREA"), QStringLiteral("250"))});
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->calculated.size(), 1);
    EXPECT_LT(out->calculated.first().value.toDouble().value_or(100), 60.0);
    EXPECT_EQ(out->reflex.ruleCodes, QStringList{QStringLiteral("RFX-DFG-AUTO")});
    EXPECT_EQ(resultOf(d.id, QStringLiteral("T4L")).state, ValidationState::Pending);

    // A normal creatinine (DFG above 60) adds nothing.
    const Dossier other = receivedDossier({QStringLiteral("CREAT")});
    auto normal = entry().enter(other.id, {typed(other.id, QStringLiteral("CREA"), QStringLiteral("60"))});
    ASSERT_TRUE(normal) << normal.error().toString().toStdString();
    EXPECT_TRUE(normal->reflex.ruleCodes.isEmpty());
}

TEST_P(BenchEntryTest, EnterByCodeAndSheetShowRangeAndUnit)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    auto sheet = entry().sheet(d.id);
    ASSERT_TRUE(sheet) << sheet.error().toString().toStdString();
    ASSERT_EQ(sheet->rows.size(), 1);
    EXPECT_EQ(sheet->rows.first().analysis.displayUnit, QStringLiteral("mmol/L"));
    ASSERT_TRUE(sheet->rows.first().range.has_value());
    EXPECT_EQ(sheet->rows.first().range->low, 3.9);
    auto preview = workflow::bench::BenchResultEntry::check(sheet->rows.first(), QStringLiteral("7,2"));
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->flag, AbnormalFlag::High);
    EXPECT_FALSE(workflow::bench::BenchResultEntry::check(sheet->rows.first(), QStringLiteral("7,,2")));

    auto out = entry().enterByCode(d.id, QStringLiteral("glu"), QStringLiteral("6,3"));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_EQ(out->entered.first().value.number, QStringLiteral("6.3"));
    auto missing = entry().enterByCode(d.id, QStringLiteral("TSH"), QStringLiteral("1"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, QString(workflow::errc::BenchNotInDossier));
}

INSTANTIATE_TEST_SUITE_P(Backends, BenchEntryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
