// End to end on a real capture (shared/analyzer-traces): the Sysmex XN-550 trace decoded as the
// gateway does, read through the shipped `sysmex-xn` profile with the demo catalogue's XN codes
// (AnalyzerProfileStore::mapperFor), then ingested: the CBC lands on the dossier whose tube
// carries the trace's barcode, every other result of the message is accounted for, and the same
// capture replayed is recognised. Both databases.

#include "AnalyzerTestSupport.h"
#include "../../interop/analyzer/TraceDecoding.h"

#include "domain/ErrorCodes.h"

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::analyzers::ItemFate;

class AnalyzerTraceTest : public AnalyzerTest {};

TEST_P(AnalyzerTraceTest, SysmexCaptureLandsOnTheTubeAndNothingIsDropped)
{
    const QString path = sgl::tests::analyzer::tracesDir() + QStringLiteral("/astm/sysmex-xn550-astm-1.astm");
    if (!QFile::exists(path))
        GTEST_SKIP() << "trace absente (../shared non disponible) : " << path.toStdString();
    auto installed = profiles().installShipped();
    ASSERT_TRUE(installed) << installed.error().toString().toStdString();
    auto mapper = profiles(technician()).mapperFor(QStringLiteral("sysmex-xn"));
    ASSERT_TRUE(mapper) << mapper.error().toString().toStdString();

    const Dossier d = receivedDossier({QStringLiteral("NFS")});
    const LabResult gb = resultOf(d.id, QStringLiteral("GB"));
    exec(QStringLiteral("UPDATE specimens SET barcode = '27' WHERE id = %1").arg(gb.specimenId)); // the trace's tube

    const QByteArray bytes = sgl::tests::analyzer::readTrace(path);
    const auto decoded = sgl::tests::analyzer::decodeTrace(bytes, mapper->profile());
    ASSERT_TRUE(decoded.error.isEmpty()) << decoded.error.toStdString();
    ASSERT_EQ(decoded.messages.size(), 1);
    workflow::analyzers::IngestInput in;
    in.profileName = QStringLiteral("sysmex-xn");
    in.raw = bytes;
    in.peer = QStringLiteral("replay:sysmex-xn550-astm-1.astm");
    in.receivedAt = QDateTime::currentDateTimeUtc();
    in.mapped = mapper->map(decoded.messages.first());

    auto out = ingestion().ingest(in);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->items.size(), in.mapped.results.size()); // one fate per result, never fewer
    int stored = 0;
    for (const auto &item : out->items) {
        if (item.fate == ItemFate::Stored) {
            ++stored;
            EXPECT_EQ(item.dossierId, d.id);
        } else if (item.fate == ItemFate::Held) {
            ASSERT_TRUE(item.reason.has_value());
            EXPECT_FALSE(item.reason->code.isEmpty());
        }
    }
    EXPECT_GE(stored, 15); // the CBC of the demo catalogue
    const LabResult after = resultOf(d.id, QStringLiteral("GB"));
    EXPECT_EQ(after.state, ValidationState::Entered);
    EXPECT_EQ(after.analyzer, QStringLiteral("sysmex-xn"));
    EXPECT_EQ(after.analyzerMessageId, out->messageId);
    EXPECT_TRUE(after.observedAt.isValid());
    EXPECT_EQ(countOf(QStringLiteral("analyzer_held_items")),
              qint64(std::count_if(out->items.cbegin(), out->items.cend(),
                                   [](const auto &i) { return i.fate == ItemFate::Held; })));

    auto again = ingestion().ingest(in);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->duplicateMessage);
    EXPECT_EQ(resultOf(d.id, QStringLiteral("GB")).version, after.version);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnalyzerTraceTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
