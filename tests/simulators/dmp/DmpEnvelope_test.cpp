// Envelope, WS-Addressing and security failures are SOAP faults (HTTP 500), as the DMP answers
// them; signature checks are the verifier's, and its verdict reaches the client.
#include "DmpHandlerFixture.h"

using namespace sgl::simulators::dmp;

TEST_F(DmpHandlerTest, MissingSecurityHeaderIsAnInvalidSecurityFault)
{
    SubmissionSpec spec;
    spec.withSecurity = false;
    const ParsedAnswer a = call("repository", iti41Envelope(spec));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "wsse:InvalidSecurity") << describe(a);
    EXPECT_EQ(a.action.toStdString(), "http://www.w3.org/2005/08/addressing/soap/fault");
    EXPECT_EQ(verifier->vihfCalls, 0);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpHandlerTest, RefusedVihfIsAFailedAuthenticationFaultWithTheVerifierReason)
{
    verifier->vihfError = sgl::domain::Error{QStringLiteral("dmp.vihf_untrusted"), QStringLiteral("certificat non reconnu"), {}};
    const ParsedAnswer a = call("repository", iti41Envelope(SubmissionSpec{}));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "wsse:FailedAuthentication") << describe(a);
    EXPECT_TRUE(a.faultReason.contains(QStringLiteral("certificat non reconnu"))) << describe(a);
    EXPECT_FALSE(a.relatesTo.isEmpty());
    EXPECT_EQ(handler->registry().documentCount(), 0);
    EXPECT_EQ(handler->calls().last().errorCodes, QStringList{QStringLiteral("dmp.vihf_untrusted")});
}

TEST_F(DmpHandlerTest, RefusedXadesIsARegistryFailure)
{
    verifier->xadesError = sgl::domain::Error{QStringLiteral("dmp.xades_untrusted"), QStringLiteral("AC inconnue"), {}};
    const ParsedAnswer a = call("repository", iti41Envelope(SubmissionSpec{}));
    ASSERT_EQ(a.status.toStdString(), "Failure") << describe(a);
    EXPECT_TRUE(a.contexts.join(u' ').contains(QStringLiteral("AC inconnue"))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpHandlerTest, XadesVerifierGetsTheSubmittedDocumentsButNotTheSignature)
{
    SubmissionSpec spec;
    spec.finalize();
    ASSERT_EQ(call("repository", iti41Envelope(spec)).status.toStdString(), "Success");
    ASSERT_EQ(verifier->lastDocuments.size(), 1);
    EXPECT_EQ(verifier->lastDocuments.first().uniqueId, spec.documentUniqueId);
    EXPECT_EQ(verifier->lastDocuments.first().bytes, spec.document);
}

TEST_F(DmpHandlerTest, XadesIsVerifiedOnlyOnceTheMetadataIsValid)
{
    SubmissionSpec spec;
    spec.classCode = QStringLiteral("99");
    EXPECT_EQ(call("repository", iti41Envelope(spec)).status.toStdString(), "Failure");
    EXPECT_EQ(verifier->xadesCalls, 0);
}

TEST_F(DmpHandlerTest, VihfForAnotherPatientIsRefused)
{
    verifier->vihf.resourceId = QStringLiteral("180012B01234578^^^&1.2.250.1.213.1.4.10&ISO^NH");
    const ParsedAnswer a = call("repository", iti41Envelope(SubmissionSpec{}));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSPatientIdDoesNotMatch"))) << describe(a);
}

TEST_F(DmpHandlerTest, ActionOnTheWrongServiceIsActionNotSupported)
{
    const ParsedAnswer a = call("registry", iti41Envelope(SubmissionSpec{}));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "wsa:ActionNotSupported") << describe(a);
    SubmissionSpec spec;
    spec.action = QStringLiteral("urn:example:unknown");
    EXPECT_EQ(call("repository", iti41Envelope(spec)).faultSubcode.toStdString(), "wsa:ActionNotSupported");
}

TEST_F(DmpHandlerTest, MalformedEnvelopesAreSenderFaults)
{
    ParsedAnswer a = call("repository", QByteArrayLiteral("<not-xml"));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "soap:Sender") << describe(a);
    a = call("repository", QByteArrayLiteral("<Envelope xmlns=\"urn:other\"><Body/></Envelope>"));
    EXPECT_EQ(a.faultSubcode.toStdString(), "soap:VersionMismatch") << describe(a);
    a = call("repository", QByteArrayLiteral("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/>"
                                             "<s:Body><x/></s:Body></s:Envelope>"));
    EXPECT_EQ(a.faultSubcode.toStdString(), "wsa:MessageAddressingHeaderRequired") << describe(a);
    a = call("repository", QByteArrayLiteral("<!DOCTYPE x [<!ENTITY e \"e\">]><x/>"));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpHandlerTest, Soap11EnvelopeOfTheOfficialExampleIsTolerated)
{
    SubmissionSpec spec;
    spec.soap11 = true;
    const ParsedAnswer a = call("repository", iti41Envelope(spec));
    EXPECT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_TRUE(handler->calls().last().notes.join(u' ').contains(QStringLiteral("SOAP 1.1")));
}

TEST_F(DmpHandlerTest, UnsupportedContentTypeIs415)
{
    auto request = soapPost("repository", iti41Envelope(SubmissionSpec{}));
    request.contentType = QStringLiteral("application/json");
    EXPECT_EQ(handler->handle(request).status, 415);
}

TEST_F(DmpHandlerTest, ArmedFaultsHitTheNextRequestsOnly)
{
    handler->faults().inject(DmpFaultKind::Http503);
    handler->faults().inject(DmpFaultKind::SoapReceiverFault);
    handler->faults().inject(DmpFaultKind::RegistryError);
    EXPECT_EQ(call("repository", iti41Envelope(SubmissionSpec{})).httpStatus, 503);
    ParsedAnswer a = call("repository", iti41Envelope(SubmissionSpec{}));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "soap:Receiver") << describe(a);
    a = call("repository", iti41Envelope(SubmissionSpec{}));
    EXPECT_EQ(a.errorCodes, QStringList{QStringLiteral("XDSRegistryNotAvailable")}) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
    EXPECT_EQ(call("repository", iti41Envelope(SubmissionSpec{})).status.toStdString(), "Success");
    EXPECT_EQ(handler->registry().documentCount(), 1);
}

TEST_F(DmpHandlerTest, DropAfterStoreStoresThenHangsUp)
{
    handler->faults().inject(DmpFaultKind::DropAfterStore);
    handler->faults().inject(DmpFaultKind::Slow, 1, 1500);
    const auto dropped = handler->handle(soapPost("repository", iti41Envelope(SubmissionSpec{})));
    EXPECT_TRUE(dropped.dropConnection);
    EXPECT_EQ(handler->registry().documentCount(), 1);
    const auto slow = handler->handle(soapPost("repository", iti41Envelope(SubmissionSpec{})));
    EXPECT_EQ(slow.delayMs, 1500);
    EXPECT_FALSE(slow.dropConnection);
    EXPECT_EQ(handler->registry().documentCount(), 2);
    EXPECT_EQ(handler->faults().pending(), 0);
}

TEST_F(DmpHandlerTest, MtomSubmissionResolvesXopIncludes)
{
    SubmissionSpec spec;
    spec.finalize();
    QByteArray contentType;
    const QByteArray body = iti41Mtom(spec, &contentType);
    auto request = soapPost("repository", body);
    request.contentType = QString::fromUtf8(contentType);
    const ParsedAnswer a = parseAnswer(handler->handle(request));
    ASSERT_EQ(a.status.toStdString(), "Success") << describe(a);
    EXPECT_EQ(handler->registry().latestByUniqueId(spec.documentUniqueId)->content, spec.document);
}

TEST_F(DmpHandlerTest, BrokenMtomIs400AndUnknownCidIsMissingDocument)
{
    SubmissionSpec spec;
    spec.finalize();
    QByteArray contentType;
    const QByteArray body = iti41Mtom(spec, &contentType);
    auto request = soapPost("repository", body.left(body.size() - 40)); // closing delimiter cut off
    request.contentType = QString::fromUtf8(contentType);
    EXPECT_EQ(handler->handle(request).status, 400);

    request.body = body;
    request.body.replace("cid:Document01@sgl", "cid:Ailleurs@sgl");
    const ParsedAnswer a = parseAnswer(handler->handle(request));
    EXPECT_TRUE(a.errorCodes.contains(QStringLiteral("XDSMissingDocument"))) << describe(a);
    EXPECT_EQ(handler->registry().documentCount(), 0);
}

TEST_F(DmpHandlerTest, RegistryOutageOnTheExistenceTestIsAReceiverFault)
{
    handler->faults().inject(DmpFaultKind::RegistryError);
    const ParsedAnswer a = call("patients", td02Envelope(QStringLiteral("279035121518989")));
    EXPECT_EQ(a.httpStatus, 500);
    EXPECT_EQ(a.faultSubcode.toStdString(), "soap:Receiver") << describe(a);
    EXPECT_EQ(call("patients", td02Envelope(QStringLiteral("279035121518989"))).queryResponseCode.toStdString(), "OK");
}
