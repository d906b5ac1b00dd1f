#include "PamDatabase.h"

#include "../../interop/hl7v2/TestFiles.h"

#include "interop/hl7v2/MllpClient.h"
#include "interop/hl7v2/MllpCodec.h"
#include "interop/hl7v2/MllpServer.h"
#include "interop/hl7v2/Parser.h"
#include "storage/InboundMessageRepository.h"
#include "workflow/pam/ProcessPamMessage.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace sgl;
using sgl::tests::hl7v2::sample;
using sgl::tests::pam::Backend;
using sgl::tests::pam::PamDatabase;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_workflow_pam";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

QString msa(const QByteArray &ack, int field)
{
    auto m = interop::hl7v2::Parser::parse(ack);
    return m ? m->value(u"MSA", field) : QStringLiteral("<bad ack>");
}

} // namespace

TEST(PamListener, ProcessesPipelinedMessagesInOrderOverMllp)
{
    ensureApp();
    PamDatabase db(Backend::Sqlite);
    ASSERT_NE(db.db(), nullptr) << db.error;
    workflow::pam::ProcessPamMessage process(*db.db(), domain::AuditActor::system(QStringLiteral("pam-test"), QStringLiteral("test")));
    interop::hl7v2::MllpServer server([&](const QByteArray &bytes, const QString &peer) {
        return process.process(bytes, peer).ack;
    });
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0).has_value());
    interop::hl7v2::MllpClient client(QStringLiteral("127.0.0.1"), server.port());

    // Four messages in one write, the third malformed: four answers, in order.
    QByteArray lfA31 = sample("a31_used_name.hl7");
    lfA31.replace('\r', '\n'); // LF separators as in the ANS files
    const QByteArray wire = interop::hl7v2::MllpCodec::frame(sample("a28_vali.hl7"))
                            + interop::hl7v2::MllpCodec::frame(lfA31)
                            + interop::hl7v2::MllpCodec::frame("MSH|^~\\&|GAM|HOPITAL|SGL|LABO|1||ADT^A31^ADT_A05|X-3|P|2.5\rPID|1||\r")
                            + interop::hl7v2::MllpCodec::frame(sample("a47_ins_deletion.hl7"));
    ASSERT_TRUE(client.sendRaw(wire).has_value());
    QStringList codes, ids;
    for (int i = 0; i < 4; ++i) {
        auto ack = client.awaitAnswer(10000);
        ASSERT_TRUE(ack.has_value()) << i;
        codes << msa(*ack, 1);
        if (msa(*ack, 1) == u"AR")
            ADD_FAILURE() << ack->toStdString();
        ids << msa(*ack, 2);
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("AA"), QStringLiteral("AA"), QStringLiteral("AE"), QStringLiteral("AA")}));
    EXPECT_EQ(ids, (QStringList{QStringLiteral("SGL-A28-0001"), QStringLiteral("SGL-A31-0001"), QStringLiteral("X-3"),
                                QStringLiteral("SGL-A47-0001")}));
    EXPECT_EQ(db.count(QStringLiteral("inbound_messages")), 4);
    EXPECT_EQ(db.count(QStringLiteral("inbound_messages"), QStringLiteral("status = 'rejected'")), 1);
    auto rows = db.db()->read([](storage::ReadTx &tx) { return storage::InboundMessageRepository::list(tx); });
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(rows->at(1).controlId, QStringLiteral("X-3")); // stored in arrival order
    EXPECT_TRUE(rows->at(1).peer.startsWith(u"127.0.0.1:"));
}
