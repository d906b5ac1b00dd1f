// Tube labels of a dossier (issue 10, item 2): PDF read back by an independent decoder (ZXing,
// through Qt PDF's renderer), ZPL carrying the barcode, the first print and reprints recorded and
// audited, a reprint without reason refused with nothing written. Both databases.

#include "OrdersTestSupport.h"
#include "PdfTestSupport.h"
#include "RawSink.h"
#include "RefusingPort.h"
#include "ZxingDecoder.h"

#include "domain/ErrorCodes.h"
#include "storage/ErrorCodes.h"
#include "workflow/ErrorCodes.h"
#include "interop/labels/ErrorCodes.h"
#include "interop/labels/ZplWriter.h"
#include "workflow/orders/LabelPrinting.h"
#include "workflow/report/LabSettings.h"

#include <QGuiApplication>
#include <QSet>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using workflow::orders::LabelPrinting;
using Format = workflow::orders::LabelPrinting::Format;

class LabelPrintingTest : public OrdersTest {
protected:
    static void SetUpTestSuite()
    {
        // Text drawing (QPdfWriter) needs Qt's font database: a QGuiApplication, offscreen.
        if (QCoreApplication::instance())
            return;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "test_workflow_orders";
        static char *argv[] = {name, nullptr};
        static auto *app = new QGuiApplication(argc, argv);
        Q_UNUSED(app);
    }

    LabelPrinting labels(const UserSession &s = secretary()) { return LabelPrinting(*m_db, s); }

    int labelPrintRows()
    {
        auto r = m_db->read([&](storage::ReadTx &tx) -> Result<int> {
            auto q = tx.query(QStringLiteral("SELECT COUNT(*) FROM label_prints"));
            if (!q)
                return std::unexpected(q.error());
            q->next();
            return q->value(0).toInt();
        });
        EXPECT_TRUE(r);
        return r ? *r : -1;
    }
};

TEST_P(LabelPrintingTest, PdfOfEveryTubeDecodesBackAndIsRecorded)
{
    const auto change = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")}); // EDTA + fluoride
    const auto tubes = tubesOf(change.dossier.id);
    ASSERT_EQ(tubes.size(), 2);

    auto out = labels().render(change.dossier.id, {}, Format::Pdf);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    EXPECT_FALSE(out->reprint);
    ASSERT_EQ(out->labels.size(), 2);
    EXPECT_EQ(out->labels[0].birthName, QStringLiteral("DUPONT"));
    EXPECT_EQ(out->labels[0].birthDate, QStringLiteral("1980-02-29"));
    EXPECT_EQ(out->labels[0].dossierNumber, change.dossier.number);

    const interop::pdf::testing::RenderedPdf pdf(out->bytes);
    ASSERT_TRUE(pdf.loaded());
    ASSERT_EQ(pdf.pageCount(), 2);
    QSet<QByteArray> decoded;
    for (int page = 0; page < 2; ++page) {
        const auto found = zxingScan(pdf.render(page, 300), 170);
        ASSERT_EQ(found.size(), 1) << "page " << page;
        EXPECT_EQ(found[0].format, QStringLiteral("Code128"));
        decoded.insert(found[0].bytes);
        const QString text = pdf.text(page);
        EXPECT_TRUE(text.contains(QStringLiteral("DUPONT"))) << text.toStdString();
        EXPECT_TRUE(text.contains(change.dossier.number)) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("29/02/1980"))) << text.toStdString();
    }
    EXPECT_EQ(decoded, (QSet<QByteArray>{tubes[0].barcode.toLatin1(), tubes[1].barcode.toLatin1()}));

    for (const Specimen &s : tubesOf(change.dossier.id)) {
        EXPECT_EQ(s.labelPrints, 1);
        EXPECT_TRUE(auditActions(QStringLiteral("specimen"), QString::number(s.id)).contains(QStringLiteral("specimen.label_print")));
    }
    EXPECT_EQ(labelPrintRows(), 2);
}

TEST_P(LabelPrintingTest, ZplOfChosenTubeCarriesItsBarcode)
{
    const auto change = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    const auto tubes = tubesOf(change.dossier.id);
    ASSERT_EQ(tubes.size(), 2);
    auto out = labels().render(change.dossier.id, {tubes[1].barcode}, Format::Zpl);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const QByteArray zpl = out->bytes;
    EXPECT_TRUE(zpl.startsWith("^XA")) << zpl.left(40).toStdString();
    EXPECT_EQ(zpl.count("^XA"), 1);
    EXPECT_TRUE(zpl.contains("^BC")) << "Code 128 command";
    EXPECT_TRUE(zpl.contains(interop::labels::ZplWriter::fieldData(tubes[1].barcode)));
    EXPECT_FALSE(zpl.contains(interop::labels::ZplWriter::fieldData(tubes[0].barcode)));
    EXPECT_TRUE(zpl.contains("DUPONT"));
    EXPECT_EQ(tubesOf(change.dossier.id)[0].labelPrints, 0);
    EXPECT_EQ(tubesOf(change.dossier.id)[1].labelPrints, 1);
}

TEST_P(LabelPrintingTest, ReprintNeedsReasonAndIsAudited)
{
    const auto change = createOk({QStringLiteral("NFS")});
    ASSERT_TRUE(labels().render(change.dossier.id, {}, Format::Zpl));
    auto would = labels().wouldReprint(change.dossier.id);
    ASSERT_TRUE(would);
    EXPECT_TRUE(*would);

    const auto before = rowCounts();
    const int printsBefore = labelPrintRows();
    for (const QString &blank : {QString(), QStringLiteral("   ")}) {
        auto refused = labels().render(change.dossier.id, {}, Format::Pdf, blank);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, workflow::errc::OrderReasonRequired);
        EXPECT_EQ(refused.error().location, QStringLiteral("reason"));
    }
    EXPECT_EQ(rowCounts(), before) << "a refused reprint writes nothing, not even a read audit";
    EXPECT_EQ(labelPrintRows(), printsBefore);

    auto again = labels().render(change.dossier.id, {}, Format::Pdf, QStringLiteral("Étiquette décollée"));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_TRUE(again->reprint);
    const Specimen tube = tubesOf(change.dossier.id).first();
    EXPECT_EQ(tube.labelPrints, 2);
    const auto actions = auditActions(QStringLiteral("specimen"), QString::number(tube.id));
    EXPECT_TRUE(actions.contains(QStringLiteral("specimen.label_reprint")));
    auto reason = m_db->read([&](storage::ReadTx &tx) -> Result<QString> {
        auto q = tx.query(QStringLiteral("SELECT reason FROM label_prints WHERE specimen_id = ? ORDER BY id DESC"), {tube.id});
        if (!q)
            return std::unexpected(q.error());
        q->next();
        return q->value(0).toString();
    });
    ASSERT_TRUE(reason);
    EXPECT_EQ(*reason, QStringLiteral("Étiquette décollée"));
    // Printing labels reads the patient file: audited.
    EXPECT_TRUE(auditActions(QStringLiteral("patient"), QString::number(m_patient.id)).contains(QStringLiteral("patient.read")));
}

TEST_P(LabelPrintingTest, RefusesUnknownTubeWrongRoleAndWritesNothing)
{
    const auto change = createOk({QStringLiteral("NFS")});
    const auto before = rowCounts();
    auto unknown = labels().render(change.dossier.id, {QStringLiteral("99999999X")}, Format::Zpl);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, workflow::errc::OrderUnknownTube);
    EXPECT_EQ(unknown.error().location, QStringLiteral("barcodes"));

    UserSession admin = userOf(Role::Admin, 14, QStringLiteral("admin"));
    auto forbidden = labels(admin).render(change.dossier.id, {}, Format::Zpl);
    ASSERT_FALSE(forbidden);
    EXPECT_EQ(forbidden.error().code, workflow::errc::AuthForbidden);

    auto missing = labels().render(change.dossier.id + 1000, {}, Format::Zpl);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, workflow::errc::OrderNoTube);
    EXPECT_EQ(rowCounts(), before);
    EXPECT_EQ(labelPrintRows(), 0);
}

TEST_P(LabelPrintingTest, LabelOfATubeShowsPriorityContainerAndSampling)
{
    auto req = request({QStringLiteral("GLY")});
    req.priority = Dossier::Priority::Urgent;
    req.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto change = orders().create(req);
    ASSERT_TRUE(change) << change.error().toString().toStdString();
    auto out = labels().render(change->dossier.id, {}, Format::Zpl);
    ASSERT_TRUE(out);
    ASSERT_EQ(out->labels.size(), 1);
    const TubeLabel &l = out->labels.first();
    EXPECT_EQ(l.priority, TubeLabel::Priority::Urgent);
    EXPECT_EQ(l.containerCode, QStringLiteral("FLU"));
    EXPECT_FALSE(l.containerLabel.isEmpty());
    ASSERT_TRUE(l.sampledAt.has_value());
    EXPECT_EQ(l.sampledAt->toSecsSinceEpoch(), req.sampledAt.toSecsSinceEpoch());
    EXPECT_TRUE(out->bytes.contains("URGENT"));
}

TEST_P(LabelPrintingTest, LabelsFollowTheLabsStoredLayout)
{
    const auto change = createOk({QStringLiteral("GLY")});
    auto first = labels().render(change.dossier.id, {}, Format::Zpl);
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->bytes.contains("^PW400")) << "default 50 mm at 203 dpi";
    const QHash<QString, QString> wider{{QStringLiteral("label.width_mm"), QStringLiteral("60")},
                                        {QStringLiteral("label.height_mm"), QStringLiteral("30")}};
    auto saved = workflow::report::LabSettings::save(*m_db, userOf(Role::Admin, 14, QStringLiteral("admin")), wider);
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    auto again = labels().render(change.dossier.id, {}, Format::Zpl, QStringLiteral("Nouveau format"));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_TRUE(again->bytes.contains("^PW480")) << again->bytes.left(80).toStdString();
    // A layout given by the caller wins over the stored one.
    LabelLayout given;
    given.widthMm = 40;
    auto preview = LabelPrinting(*m_db, secretary(), given).render(change.dossier.id, {}, Format::Zpl, QStringLiteral("Aperçu"));
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->bytes.contains("^PW320"));
}

TEST_P(LabelPrintingTest, ZplGoesStraightToThePrintersRawPortAndIsRecorded)
{
    const auto change = createOk({QStringLiteral("NFS"), QStringLiteral("GLY")});
    interop::labels::testing::RawSink printer; // a Zebra's port 9100 on loopback, in its own thread
    ASSERT_NE(printer.port(), 0);
    auto out = labels().send(change.dossier.id, {}, QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port()));
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const QByteArray received = printer.received();
    EXPECT_EQ(received, out->bytes) << "the printer got the ZPL byte for byte";
    EXPECT_EQ(received.count("^XA"), 2);
    for (const Specimen &s : tubesOf(change.dossier.id)) {
        EXPECT_TRUE(received.contains(interop::labels::ZplWriter::fieldData(s.barcode)));
        EXPECT_EQ(s.labelPrints, 1);
    }
}

TEST_P(LabelPrintingTest, UnreachableOrMistypedPrinterRecordsNothing)
{
    const auto change = createOk({QStringLiteral("NFS")});
    sgl::testing::RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());
    const auto before = rowCounts();
    const int prints = labelPrintRows();
    auto down = labels().send(change.dossier.id, {}, QStringLiteral("tcp://127.0.0.1:%1").arg(refusing.port()));
    ASSERT_FALSE(down);
    EXPECT_EQ(down.error().code, interop::labels::errc::PrinterUnreachable);
    auto typo = labels().send(change.dossier.id, {}, QStringLiteral("zebra-accueil"));
    ASSERT_FALSE(typo);
    EXPECT_EQ(typo.error().code, interop::labels::errc::PrinterDestinationInvalid);
    EXPECT_EQ(typo.error().location, QStringLiteral("printer"));
    EXPECT_EQ(rowCounts(), before) << "no print recorded, no read audited";
    EXPECT_EQ(labelPrintRows(), prints);
    EXPECT_EQ(tubesOf(change.dossier.id).first().labelPrints, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, LabelPrintingTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
