// The held-result queue (issue 11 §6): list and count, the raw message next to an item, attach
// to the right tube through the bench's entry path, a mapping saved to the profile with the other
// items of that code re-tried, reject with a reason; stale versions, resolved items and
// permissions refused. Both databases.

#include "AnalyzerTestSupport.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::analyzers::HeldItem;
using workflow::analyzers::HeldState;
using workflow::analyzers::ItemFate;

class HeldResultsTest : public AnalyzerTest {
protected:
    /** A profile named kProfile in the database (mappings are saved to it). */
    void storeProfile()
    {
        auto p = analyzer::AnalyzerProfile::standard(analyzer::AnalyzerProtocol::Astm);
        p.name = kProfile;
        p.label = QStringLiteral("cobas c311 (essai)");
        p.analyzerId = QStringLiteral("COBAS");
        p.transport.port = 5001;
        auto saved = profiles().save(p, QStringLiteral("mise en service"));
        ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    }

    static analyzer::MappedResult unmapped(const QString &barcode, const QString &code, const QString &value, int record)
    {
        auto r = mapped(barcode, code, QString(), value, {QStringLiteral("H")}, record);
        r.disposition = analyzer::Disposition::Held;
        r.hold = Error{domain::errc::AnalyzerUnmappedTest, QStringLiteral("Code %1 inconnu").arg(code),
                       r.raw.source.toString()};
        return r;
    }

    HeldItem itemOf(qint64 id)
    {
        auto all = held().list(true);
        EXPECT_TRUE(all);
        for (const HeldItem &h : all ? *all : QList<HeldItem>{})
            if (h.id == id)
                return h;
        ADD_FAILURE() << "held item " << id;
        return {};
    }
};

TEST_P(HeldResultsTest, ListCountRawMessageAndAttachToTheRightTube)
{
    const Dossier d = receivedDossier({QStringLiteral("GLY")});
    const QString tube = barcodeOf(d.id, QStringLiteral("GLU"));
    const auto in = input({mapped(QStringLiteral("MISREAD-1"), QStringLiteral("GLUC3"), QStringLiteral("GLU"),
                                  QStringLiteral("7.2"), {QStringLiteral("H")})});
    auto out = ingestion().ingest(in);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const qint64 id = out->items.first().heldId;
    ASSERT_GT(id, 0);

    auto count = held().openCount();
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 1);
    auto list = held().list();
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    ASSERT_EQ(list->size(), 1);
    const HeldItem item = list->first();
    EXPECT_EQ(item.state, HeldState::Open);
    EXPECT_EQ(item.reasonCode, workflow::errc::AnalyzerUnknownSpecimen);
    EXPECT_TRUE(item.reasonText.contains(QStringLiteral("MISREAD-1")));
    EXPECT_EQ(item.profileName, kProfile);
    EXPECT_EQ(item.analysisCode, QStringLiteral("GLU"));
    EXPECT_EQ(item.instrumentFlags, QStringList{QStringLiteral("H")});
    EXPECT_EQ(item.messageId, out->messageId);
    auto raw = held().rawMessage(id);
    ASSERT_TRUE(raw);
    EXPECT_EQ(*raw, in.raw);

    // Attaching to a tube that is not one is refused and changes nothing.
    auto wrong = held().attach(id, item.version, QStringLiteral("STILL-WRONG"), QString(), false, QStringLiteral("étiquette"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, workflow::errc::AnalyzerUnknownSpecimen);
    EXPECT_EQ(itemOf(id).version, item.version);
    EXPECT_EQ(itemOf(id).state, HeldState::Open);
    // A stale version (the screen showed an older one): refused.
    auto stale = held().attach(id, item.version + 1, tube, QString(), false, QStringLiteral("étiquette"));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);
    // No reason: refused.
    auto noReason = held().attach(id, item.version, tube, QString(), false, QStringLiteral(" "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, workflow::errc::AnalyzerReasonRequired);

    auto attached = held().attach(id, item.version, tube, QString(), false, QStringLiteral("code-barres mal lu"));
    ASSERT_TRUE(attached) << attached.error().toString().toStdString();
    EXPECT_EQ(attached->state, HeldState::Attached);
    EXPECT_EQ(attached->resolvedBy, QStringLiteral("technicien"));
    EXPECT_TRUE(attached->resolvedAt.isValid());
    EXPECT_TRUE(attached->resolution.contains(d.number));
    EXPECT_TRUE(attached->resolution.contains(QStringLiteral("code-barres mal lu")));
    const LabResult glu = resultOf(d.id, QStringLiteral("GLU"));
    EXPECT_EQ(glu.state, ValidationState::Entered);
    EXPECT_EQ(glu.value.number, QStringLiteral("7.2"));
    EXPECT_EQ(glu.analyzer, kProfile);
    EXPECT_EQ(glu.analyzerMessageId, out->messageId);
    EXPECT_EQ(glu.instrumentFlags, QStringList{QStringLiteral("H")});
    EXPECT_EQ(historyOf(glu.id).size(), 1);
    EXPECT_EQ(*held().openCount(), 0);
    EXPECT_TRUE(held().list()->isEmpty());
    EXPECT_EQ(held().list(true)->size(), 1);
    EXPECT_TRUE(auditActions(QStringLiteral("analyzer_held_item"), QString::number(id))
                    .contains(QStringLiteral("analyzer.held_attach")));

    // Resolved: no second decision.
    auto again = held().reject(id, attached->version, QStringLiteral("doublon"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, workflow::errc::AnalyzerAlreadyResolved);
}

TEST_P(HeldResultsTest, SavingTheMappingRetriesTheOtherItemsOfThatCode)
{
    storeProfile();
    const Dossier a = receivedDossier({QStringLiteral("GLY")});
    const Dossier b = receivedDossier({QStringLiteral("GLY")});
    const Dossier waiting = expectedDossier({QStringLiteral("GLY")});
    auto out = ingestion().ingest(input({unmapped(barcodeOf(a.id, QStringLiteral("GLU")), QStringLiteral("GLU-X"), QStringLiteral("5.2"), 3),
                                         unmapped(barcodeOf(b.id, QStringLiteral("GLU")), QStringLiteral("GLU-X"), QStringLiteral("6.3"), 4),
                                         unmapped(barcodeOf(waiting.id, QStringLiteral("GLU")), QStringLiteral("GLU-X"),
                                                  QStringLiteral("4.4"), 5),
                                         unmapped(barcodeOf(a.id, QStringLiteral("GLU")), QStringLiteral("OTHER"), QStringLiteral("1"), 6)}));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->items.size(), 4);
    const HeldItem first = itemOf(out->items[0].heldId);
    EXPECT_EQ(first.reasonCode, domain::errc::AnalyzerUnmappedTest);
    EXPECT_TRUE(first.analysisCode.isEmpty());

    // Mapping to an analysis the catalogue does not have: refused, nothing stored.
    auto bad = held().attach(first.id, first.version, QString(), QStringLiteral("NOSUCH"), true, QStringLiteral("correspondance"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(itemOf(first.id).state, HeldState::Open);

    auto attached = held().attach(first.id, first.version, QString(), QStringLiteral("glu"), true,
                                  QStringLiteral("code du réactif GLU-X"));
    ASSERT_TRUE(attached) << attached.error().toString().toStdString();
    EXPECT_EQ(attached->state, HeldState::Attached);
    EXPECT_EQ(attached->analysisCode, QStringLiteral("GLU"));
    EXPECT_EQ(resultOf(a.id, QStringLiteral("GLU")).value.number, QStringLiteral("5.2"));
    // The profile has the mapping (history kept), the other items of GLU-X were re-tried.
    auto p = profiles().get(kProfile);
    ASSERT_TRUE(p);
    ASSERT_EQ(p->codeMappings.size(), 1);
    EXPECT_EQ(p->codeMappings.first().testCode, QStringLiteral("GLU-X"));
    EXPECT_EQ(p->codeMappings.first().analysisCode, QStringLiteral("GLU"));
    EXPECT_EQ(countOf(QStringLiteral("analyzer_profile_history")), 2);
    EXPECT_EQ(itemOf(out->items[1].heldId).state, HeldState::Attached);
    EXPECT_EQ(resultOf(b.id, QStringLiteral("GLU")).value.number, QStringLiteral("6.3"));
    EXPECT_EQ(resultOf(b.id, QStringLiteral("GLU")).analyzer, kProfile);
    const HeldItem stillHeld = itemOf(out->items[2].heldId);
    EXPECT_EQ(stillHeld.state, HeldState::Open);
    EXPECT_EQ(stillHeld.reasonCode, workflow::errc::AnalyzerSpecimenNotReceived); // re-held with its new reason
    EXPECT_EQ(stillHeld.analysisCode, QStringLiteral("GLU"));
    EXPECT_EQ(itemOf(out->items[3].heldId).reasonCode, domain::errc::AnalyzerUnmappedTest); // another code: untouched

    // The same code to another analysis: refused by the profile.
    auto clash = profiles(technician()).addCodeMapping(kProfile, mappingOf(QStringLiteral("GLU-X"), QStringLiteral("CREA")),
                                                       QStringLiteral("erreur"));
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().code, workflow::errc::AnalyzerCodeMapped);
}

TEST_P(HeldResultsTest, RejectNeedsAReasonAndTheCurrentVersion)
{
    auto out = ingestion().ingest(input({mapped(QStringLiteral("NOPE"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5"))}));
    ASSERT_TRUE(out);
    const HeldItem item = itemOf(out->items.first().heldId);
    auto noReason = held().reject(item.id, item.version, QString());
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, workflow::errc::AnalyzerReasonRequired);
    auto stale = held().reject(item.id, item.version + 1, QStringLiteral("tube de test"));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, storage::errc::Conflict);
    auto missing = held().reject(987654, 1, QStringLiteral("tube de test"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, storage::errc::NotFound);
    auto rejected = held().reject(item.id, item.version, QStringLiteral("tube de test"));
    ASSERT_TRUE(rejected) << rejected.error().toString().toStdString();
    EXPECT_EQ(rejected->state, HeldState::Rejected);
    EXPECT_EQ(rejected->resolution, QStringLiteral("tube de test"));
    EXPECT_EQ(*held().openCount(), 0);
}

TEST_P(HeldResultsTest, PermissionsAreCheckedFirst)
{
    auto out = ingestion().ingest(input({mapped(QStringLiteral("NOPE"), QStringLiteral("GLUC3"), QStringLiteral("GLU"), QStringLiteral("5"))}));
    ASSERT_TRUE(out);
    const qint64 id = out->items.first().heldId;
    EXPECT_EQ(held(secretary()).list().error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(held(secretary()).openCount().error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(held(secretary()).rawMessage(id).error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(held(secretary()).attach(id, 1, QStringLiteral("X"), QString(), false, QStringLiteral("r")).error().code,
              workflow::errc::AuthForbidden);
    EXPECT_EQ(held(secretary()).reject(id, 1, QStringLiteral("r")).error().code, workflow::errc::AuthForbidden);
    EXPECT_EQ(held(UserSession{}).list().error().code, workflow::errc::AuthNoSession);
    EXPECT_EQ(*held().openCount(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, HeldResultsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
