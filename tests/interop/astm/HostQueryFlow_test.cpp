// The host-query flow the gateway will run, with only this library: the instrument sends
// H-Q-L, the host reads the query, answers H-P-O-L (O-26 Q, or Y when it has nothing) in its own
// transfer, and the instrument reads the answer. Two LinkLayers wired back to back, no I/O.
#include "TraceFiles.h"

#include "interop/astm/LinkLayer.h"
#include "interop/astm/ManualClock.h"
#include "interop/astm/MessageAssembler.h"
#include "interop/astm/RecordWriter.h"
#include "interop/astm/ResultExtractor.h"

#include <gtest/gtest.h>

using namespace sgl::interop::astm;

namespace {

struct End {
    explicit End(const Clock &clock, LinkRole role) : link(clock, [role] { LinkOptions o; o.role = role; return o; }()) {}
    LinkLayer link;
    MessageAssembler assembler;

    QList<Message> drain()
    {
        for (const LinkDelivery &d : link.takeDeliveries())
            assembler.apply(d);
        return assembler.takeMessages();
    }
};

void exchange(End &a, End &b)
{
    for (int i = 0; i < 40; ++i) {
        b.link.feed(a.link.takeOutput());
        a.link.feed(b.link.takeOutput());
    }
}

} // namespace

TEST(HostQueryFlow, QueryAnsweredWithOrdersThenNoOrder)
{
    ManualClock clock;
    End instrument(clock, LinkRole::Instrument);
    End host(clock, LinkRole::Host);

    ASSERT_TRUE(instrument.link.send("H|\\^&|||cobas-e411^1|||||host|TSREQ^REAL|P|1\r"
                                     "Q|1|^S100||ALL||||||||O\rQ|2|^S200||ALL||||||||O\rL|1|N\r").has_value());
    exchange(instrument, host);
    const QList<Message> queries = host.drain();
    ASSERT_EQ(queries.size(), 1);
    const auto asked = ResultExtractor::extract(queries[0]).queries;
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(asked[0].specimenId, QStringLiteral("S100"));
    EXPECT_EQ(asked[1].specimenId, QStringLiteral("S200"));

    // S100 has two analyses; S200 is unknown.
    OrderRequest order;
    order.specimenId = asked[0].specimenId;
    order.testCodes = {QStringLiteral("GLU"), QStringLiteral("CREA")};
    order.reportType = QStringLiteral("Q");
    HostHeader header;
    header.receiver = queries[0].header()->component(5, 1);
    auto answer = RecordWriter().orders(header, {order});
    auto none = RecordWriter().noOrderAnswer(header, asked[1].specimenId, u'Y');
    ASSERT_TRUE(answer.has_value());
    ASSERT_TRUE(none.has_value());
    ASSERT_TRUE(host.link.send(*answer).has_value());
    ASSERT_TRUE(host.link.send(*none).has_value());
    exchange(host, instrument);

    const QList<Message> received = instrument.drain();
    ASSERT_EQ(received.size(), 2);
    EXPECT_EQ(received[0].shape(), QStringLiteral("HPOL"));
    EXPECT_EQ(received[0].header()->field(10), QStringLiteral("cobas-e411"));
    const Record &o = received[0].records[2];
    EXPECT_EQ(o.field(3), QStringLiteral("S100"));
    EXPECT_EQ(o.repeatCount(5), 2);
    EXPECT_EQ(o.component(5, 4, 2), QStringLiteral("CREA"));
    EXPECT_EQ(o.field(26), QStringLiteral("Q"));
    EXPECT_EQ(received[1].records[2].field(3), QStringLiteral("S200"));
    EXPECT_EQ(received[1].records[2].field(26), QStringLiteral("Y"));
    QList<SendOutcome> outcomes = host.link.takeSendOutcomes();
    ASSERT_EQ(outcomes.size(), 2);
    EXPECT_TRUE(outcomes[0].delivered && outcomes[1].delivered);
    EXPECT_EQ(host.link.state(), LinkState::Neutral);
    EXPECT_EQ(instrument.link.state(), LinkState::Neutral);
}
