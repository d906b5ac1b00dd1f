#pragma once

#include "DmpTestRequests.h"

#include "simulators/dmp/DmpHandler.h"

#include <gtest/gtest.h>

#include <memory>

/** Test double of the signature seam: accepts by default, refuses or reports what a test says. */
class FakeVerifier : public sgl::simulators::dmp::DmpSignatureVerifier
{
public:
    std::optional<sgl::domain::Error> vihfError;
    std::optional<sgl::domain::Error> xadesError;
    sgl::simulators::dmp::VihfFindings vihf;
    sgl::simulators::dmp::XadesFindings xades;
    QList<sgl::simulators::dmp::SubmittedDocument> lastDocuments;
    int vihfCalls = 0;
    int xadesCalls = 0;

    sgl::domain::Result<sgl::simulators::dmp::VihfFindings> verifyVihf(const QByteArray &) override
    {
        ++vihfCalls;
        if (vihfError)
            return std::unexpected(*vihfError);
        return vihf;
    }
    sgl::domain::Result<sgl::simulators::dmp::XadesFindings> verifyXades(
        const QByteArray &, const QList<sgl::simulators::dmp::SubmittedDocument> &documents) override
    {
        ++xadesCalls;
        lastDocuments = documents;
        if (xadesError)
            return std::unexpected(*xadesError);
        return xades;
    }
};

/** A DmpHandler with the CI-SIS value sets of ../shared and a FakeVerifier. */
class DmpHandlerTest : public ::testing::Test
{
protected:
    void SetUp() override;
    ParsedAnswer call(const char *service, const QByteArray &envelope);
    /** Stores a valid submission and returns its spec (uniqueIds filled). */
    SubmissionSpec storeValid(SubmissionSpec spec = {});

    std::unique_ptr<sgl::simulators::dmp::DmpHandler> handler;
    FakeVerifier *verifier = nullptr; ///< owned by handler
    sgl::simulators::common::SimHttpResponse lastResponse;
};

/** ../shared/ans/TestContenuCDA-3-0/jeuxDeValeurs (skips the test when absent). */
QString valueSetDirectory();
