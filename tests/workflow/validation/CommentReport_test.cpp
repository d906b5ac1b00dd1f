// Printed comments reach the issued report, internal ones never (issue 12, item 2): read back
// from the stored CDA N3 and from the stored PDF (text extracted by PDFium), both databases.

#include "ValidationTestSupport.h"

#include "PdfTestSupport.h"
#include "storage/DocumentRepository.h"
#include "workflow/validation/ValidationComments.h"

#include <QGuiApplication>

namespace sgl::testing {
namespace {

using namespace sgl::domain;
using namespace Qt::StringLiterals;
using workflow::validation::CommentRequest;
using workflow::validation::ValidationComments;

class CommentReportTest : public ValidationTest {
protected:
    static void SetUpTestSuite()
    {
        // The product PDF renderer lays text out with QtGui fonts.
        if (!QGuiApplication::instance()) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            static int argc = 1;
            static char name[] = "test_workflow_validation";
            static char *argv[] = {name, nullptr};
            static QGuiApplication app(argc, argv);
        }
    }

    QByteArray document(qint64 versionId, const QString &kind)
    {
        auto doc = m_db->read([&](storage::ReadTx &tx) { return storage::DocumentRepository::get(tx, versionId, kind); });
        EXPECT_TRUE(doc) << (doc ? std::string() : doc.error().toString().toStdString());
        return doc ? doc->bytes : QByteArray();
    }
};

TEST_P(CommentReportTest, PrintedCommentsAreOnTheReportInternalOnesNever)
{
    const Dossier d = receivedDossier({u"CRP"_s});
    benchDone(d.id, {{u"CRP"_s, u"3"_s}});
    const Dossier shown = dossier(d.id);
    const LabResult crp = resultOf(d.id, u"CRP"_s);
    const QString printedOnResult = u"Résultat vérifié sur un second tube."_s;
    const QString printedOnDossier = u"Bilan à renouveler dans trois mois."_s;
    const QString internalOnResult = u"Automate en maintenance ce matin."_s;
    const QString internalOnDossier = u"Prescripteur joint, dossier suivi de près."_s;
    const QString removedPrinted = u"Texte imprimé puis retiré avant validation."_s;
    ValidationComments comments(*m_db, bio());
    int version = shown.version;
    qint64 removedId = 0;
    for (const auto &[resultId, text, printed] :
         QList<std::tuple<qint64, QString, bool>>{{crp.id, printedOnResult, true},
                                                  {0, printedOnDossier, true},
                                                  {crp.id, internalOnResult, false},
                                                  {0, internalOnDossier, false},
                                                  {0, removedPrinted, true}}) {
        auto added = comments.add(CommentRequest{d.id, version, resultId, {}, text, printed});
        ASSERT_TRUE(added) << added.error().toString().toStdString();
        version = added->dossierVersion;
        removedId = added->comment.id;
    }
    auto removed = comments.remove(d.id, version, removedId, u"doublon"_s);
    ASSERT_TRUE(removed) << removed.error().toString().toStdString();

    auto request = whole(dossier(d.id));
    auto out = workflow::validation::BiologicalValidation(*m_db, bio(), workflow::report::IssueReportVersion())
                   .validate(request);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    const qint64 versionId = out->report.version.id;
    ASSERT_GT(versionId, 0);

    const QString cda = QString::fromUtf8(document(versionId, u"N3"_s));
    ASSERT_FALSE(cda.isEmpty());
    EXPECT_TRUE(cda.contains(printedOnResult)) << "printed result comment in the CDA";
    EXPECT_TRUE(cda.contains(printedOnDossier)) << "printed dossier comment in the CDA";
    EXPECT_FALSE(cda.contains(internalOnResult));
    EXPECT_FALSE(cda.contains(internalOnDossier));
    EXPECT_FALSE(cda.contains(removedPrinted)) << "a removed comment is not printed";

    for (const QString &kind : {u"PDF"_s, u"PDF-patient"_s}) {
        const QByteArray pdfBytes = document(versionId, kind);
        ASSERT_FALSE(pdfBytes.isEmpty()) << kind.toStdString();
        interop::pdf::testing::RenderedPdf pdf(pdfBytes);
        ASSERT_TRUE(pdf.loaded()) << kind.toStdString();
        // PDF text extraction may break lines: compare without whitespace.
        const QString text = pdf.allText().simplified().remove(u' ');
        auto has = [&](const QString &s) { return text.contains(QString(s).remove(u' ')); };
        EXPECT_FALSE(has(internalOnResult)) << kind.toStdString();
        EXPECT_FALSE(has(internalOnDossier)) << kind.toStdString();
        EXPECT_FALSE(has(removedPrinted)) << kind.toStdString();
        if (kind == u"PDF"_s) {
            EXPECT_TRUE(has(printedOnResult)) << text.toStdString();
            EXPECT_TRUE(has(printedOnDossier)) << text.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, CommentReportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
} // namespace sgl::testing
