#include "DmpHandlerFixture.h"

#include <QDir>

using namespace sgl::simulators::dmp;

QString valueSetDirectory()
{
    return QStringLiteral(SGL_SHARED_DIR "/ans/TestContenuCDA-3-0/jeuxDeValeurs");
}

void DmpHandlerTest::SetUp()
{
    if (!QDir(valueSetDirectory()).exists())
        GTEST_SKIP() << "CI-SIS value sets absent: " << valueSetDirectory().toStdString();
    DmpSimulatorConfig config;
    config.valueSetDirectory = valueSetDirectory();
    auto fake = std::make_unique<FakeVerifier>();
    verifier = fake.get();
    auto h = DmpHandler::create(config, std::move(fake));
    ASSERT_TRUE(h.has_value()) << h.error().toString().toStdString();
    handler = std::move(*h);
    ASSERT_TRUE(handler->valueSetsComplete());
}

ParsedAnswer DmpHandlerTest::call(const char *service, const QByteArray &envelope)
{
    lastResponse = handler->handle(soapPost(service, envelope));
    return parseAnswer(lastResponse);
}

SubmissionSpec DmpHandlerTest::storeValid(SubmissionSpec spec)
{
    spec.finalize();
    const ParsedAnswer a = call("repository", iti41Envelope(spec));
    EXPECT_EQ(a.status.toStdString(), "Success") << describe(a);
    return spec;
}
