#include "LabelFixtures.h"
#include "PrivateCupsd.h"
#include "RawSink.h"
#include "RefusingPort.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/LabelPrinter.h"
#include "interop/labels/ZplWriter.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::interop::labels;
namespace fx = sgl::interop::labels::testing;

TEST(PrinterDestination, ParsesCupsQueuesAndTcpPrinters)
{
    auto d = PrinterDestination::parse(u"cups:Zebra_GK420"_s);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->kind, PrinterDestination::Kind::CupsQueue);
    EXPECT_EQ(d->queue, u"Zebra_GK420"_s);
    EXPECT_EQ(d->server, QString());
    EXPECT_EQ(d->toString(), u"cups:Zebra_GK420"_s);

    d = PrinterDestination::parse(u"cups:etiquettes@/run/cups/cups.sock"_s);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->queue, u"etiquettes"_s);
    EXPECT_EQ(d->server, u"/run/cups/cups.sock"_s);

    d = PrinterDestination::parse(u"tcp://192.0.2.10"_s);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->kind, PrinterDestination::Kind::Socket);
    EXPECT_EQ(d->host, u"192.0.2.10"_s);
    EXPECT_EQ(d->port, 9100);
    EXPECT_EQ(d->toString(), u"tcp://192.0.2.10:9100"_s);

    d = PrinterDestination::parse(u"tcp://[2001:db8::7]:6101"_s);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->host, u"2001:db8::7"_s);
    EXPECT_EQ(d->port, 6101);
    EXPECT_EQ(d->toString(), u"tcp://[2001:db8::7]:6101"_s);

    for (const QString &bad : {u"zebra"_s, u"cups:"_s, u"cups:a b"_s, u"tcp://"_s, u"tcp://host:0"_s,
                               u"tcp://host:70000"_s, u"http://host:9100"_s}) {
        const auto e = PrinterDestination::parse(bad);
        ASSERT_FALSE(e) << bad.toStdString();
        EXPECT_EQ(e.error().code, errc::PrinterDestinationInvalid);
        EXPECT_EQ(e.error().location, u"printer"_s);
    }
}

TEST(LabelPrinter, SendsZplUnchangedToPort9100Printers)
{
    fx::RawSink sink;
    ASSERT_NE(sink.port(), 0);
    // 200 labels (about 100 kB): more than the socket buffers hold, so the sink really reads
    // while the printer writes.
    const auto zpl = ZplWriter(sgl::domain::LabelLayout()).write(fx::many(200));
    ASSERT_TRUE(zpl);
    ASSERT_GT(zpl->size(), 50000);
    auto destination = PrinterDestination::parse(u"tcp://127.0.0.1:%1"_s.arg(sink.port()));
    ASSERT_TRUE(destination);
    const auto status = LabelPrinter(*destination).send(*zpl, u"Étiquettes"_s);
    ASSERT_TRUE(status) << status.error().toString().toStdString();
    EXPECT_EQ(sink.received(), *zpl);
}

TEST(LabelPrinter, UnreachablePrinterNamesItself)
{
    const sgl::testing::RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());
    PrinterDestination d;
    d.host = u"127.0.0.1"_s;
    d.port = refusing.port();
    const auto status = LabelPrinter(d).send("^XA^XZ", u"x"_s);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, errc::PrinterUnreachable);
    EXPECT_EQ(status.error().location, u"printer"_s);
    EXPECT_TRUE(status.error().message.startsWith(u"Imprimante tcp://127.0.0.1:%1 : connexion impossible"_s.arg(d.port)))
        << status.error().message.toStdString();
}

TEST(LabelPrinter, UnreachableCupsServerNamesServerAndQueue)
{
    const auto d = PrinterDestination::parse(u"cups:etiquettes@/nonexistent/sgl-test/cups.sock"_s);
    ASSERT_TRUE(d);
    const auto status = LabelPrinter(*d).send("^XA^XZ", u"x"_s);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, errc::PrinterUnreachable);
    EXPECT_EQ(status.error().message,
              u"Serveur d'impression CUPS « /nonexistent/sgl-test/cups.sock » injoignable pour la file « etiquettes »."_s);
}

TEST(LabelPrinter, SendsZplUnchangedToACupsRawQueue)
{
    if (!QFileInfo::exists(QString::fromLatin1(fx::PrivateCupsd::Binary)))
        GTEST_SKIP() << "cupsd absent (Debian cups-daemon, scripts/install-deps.sh test)";
    fx::PrivateCupsd cupsd;
    ASSERT_TRUE(cupsd.ready()) << cupsd.diagnostics().toStdString();
    const auto zpl = ZplWriter(sgl::domain::LabelLayout()).write(fx::many(20));
    ASSERT_TRUE(zpl);
    const auto d = PrinterDestination::parse(u"cups:labels@"_s + cupsd.socketPath());
    ASSERT_TRUE(d);
    const auto status = LabelPrinter(*d).send(*zpl, u"Étiquettes D2026-000001"_s);
    ASSERT_TRUE(status) << status.error().toString().toStdString() << "\n" << cupsd.diagnostics().toStdString();
    EXPECT_EQ(cupsd.waitForOutput(zpl->size()), *zpl) << cupsd.diagnostics().toStdString();

    // A queue this server does not have: refused by CUPS, not unreachable.
    const auto unknown = PrinterDestination::parse(u"cups:zebra@"_s + cupsd.socketPath());
    ASSERT_TRUE(unknown);
    const auto refused = LabelPrinter(*unknown).send(*zpl, u"x"_s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, errc::PrinterRejected) << refused.error().message.toStdString();
    EXPECT_EQ(refused.error().message, u"File CUPS « zebra » inconnue du serveur « %1 »."_s.arg(cupsd.socketPath()));
}

TEST(LabelPrinter, NothingToSendIsAnError)
{
    const auto status = LabelPrinter(PrinterDestination{}).send({}, u"x"_s);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, errc::NothingToPrint);
}
