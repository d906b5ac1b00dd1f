// With a journal, a restarted simulator still holds what it accepted (versions, statuses,
// masking, patients); a torn last line is ignored, a bad line in the middle is named.
#include "DmpHandlerFixture.h"

#include "simulators/dmp/DmpRegistryJournal.h"
#include "simulators/dmp/EbXml.h"
#include "simulators/dmp/UncheckedSignatureVerifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sgl::simulators::dmp;

namespace {

std::unique_ptr<DmpHandler> journaled(const QString &path)
{
    DmpSimulatorConfig config;
    config.valueSetDirectory = valueSetDirectory();
    config.journalPath = path;
    auto h = DmpHandler::create(config, std::make_unique<UncheckedSignatureVerifier>());
    EXPECT_TRUE(h.has_value()) << (h ? std::string() : h.error().toString().toStdString());
    return h ? std::move(*h) : nullptr;
}

ParsedAnswer send(DmpHandler &h, const char *service, const QByteArray &envelope)
{
    return parseAnswer(h.handle(soapPost(service, envelope)));
}

} // namespace

TEST(DmpRegistryJournal, RestartedSimulatorKeepsDocumentsVersionsAndStatuses)
{
    if (!QDir(valueSetDirectory()).exists())
        GTEST_SKIP() << "CI-SIS value sets absent";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dmp.jsonl"));
    const QString ins = QStringLiteral("279035121518989");
    SubmissionSpec first;
    first.finalize();
    SubmissionSpec second;
    second.finalize();
    {
        auto h = journaled(path);
        ASSERT_TRUE(h);
        ASSERT_EQ(send(*h, "repository", iti41Envelope(first)).status.toStdString(), "Success");
        ASSERT_EQ(send(*h, "repository", iti41Envelope(second)).status.toStdString(), "Success");
        const DmpStoredEntry v1 = *h->registry().latestByUniqueId(first.documentUniqueId);
        ASSERT_EQ(send(*h, "registry", maskEnvelope(ins, v1.lid, 1, {QStringLiteral("N"), QStringLiteral("MASQUE_PS")},
                                                    first.documentUniqueId))
                      .status.toStdString(),
                  "Success");
        const QString uuid = h->registry().latestByUniqueId(second.documentUniqueId)->entryUuid;
        ASSERT_EQ(send(*h, "registry", availabilityEnvelope(ins, uuid, QString(ebxml::kApproved), QString(ebxml::kArchived)))
                      .status.toStdString(),
                  "Success");
        DmpPatient none;
        none.exists = false;
        h->registry().setPatient(QStringLiteral("180012B01234578"), none);
    }
    auto h = journaled(path);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->registry().documentCount(), 2);
    EXPECT_EQ(h->registry().submissionCount(), 2);
    const auto masked = h->registry().latestByUniqueId(first.documentUniqueId);
    ASSERT_TRUE(masked.has_value());
    EXPECT_EQ(masked->version, 2);
    EXPECT_TRUE(masked->confidentiality.contains(QStringLiteral("MASQUE_PS")));
    EXPECT_EQ(masked->content, first.document);
    EXPECT_EQ(h->registry().latestByUniqueId(second.documentUniqueId)->status, QString(ebxml::kArchived));
    EXPECT_FALSE(h->registry().patient(QStringLiteral("180012B01234578"), true).exists);
    // Still one document after a re-send, and the query answer is rebuilt from the journal.
    EXPECT_TRUE(send(*h, "repository", iti41Envelope(first)).errorCodes.contains(QStringLiteral("XDSDuplicateUniqueIdInRegistry")));
    EXPECT_EQ(send(*h, "registry", getDocumentsEnvelope(first.documentUniqueId)).versions, QStringList{QStringLiteral("2")});
}

TEST(DmpRegistryJournal, TornLastLineIsIgnoredButABadLineIsNamed)
{
    if (!QDir(valueSetDirectory()).exists())
        GTEST_SKIP() << "CI-SIS value sets absent";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dmp.jsonl"));
    {
        auto h = journaled(path);
        ASSERT_TRUE(h);
        ASSERT_EQ(send(*h, "repository", iti41Envelope(SubmissionSpec{})).status.toStdString(), "Success");
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write("{\"op\":\"submission\",\"entr");
    f.close();
    {
        auto h = journaled(path);
        ASSERT_TRUE(h);
        EXPECT_EQ(h->registry().documentCount(), 1);
        // The torn fragment was cut off: what is journaled next starts on a line of its own.
        ASSERT_EQ(send(*h, "repository", iti41Envelope(SubmissionSpec{})).status.toStdString(), "Success");
    }
    {
        auto h = journaled(path);
        ASSERT_TRUE(h);
        EXPECT_EQ(h->registry().documentCount(), 2);
    }
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write("{\"op\":\"sub");
    f.write("\n{\"op\":\"status\",\"lid\":\"x\",\"status\":\"y\"}\n"); // the torn line is now line 3 of 4
    f.close();
    DmpRegistry registry;
    const auto journal = DmpRegistryJournal::open(path, registry);
    ASSERT_FALSE(journal.has_value());
    EXPECT_EQ(journal.error().code.toStdString(), "dmpsim.journal");
    EXPECT_TRUE(journal.error().location.endsWith(QStringLiteral(":3"))) << journal.error().location.toStdString();
}
