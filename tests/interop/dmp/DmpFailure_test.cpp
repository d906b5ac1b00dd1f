// The transient/permanent table of docs/interfaces/dmp.md §5, code by code.

#include "interop/dmp/DmpFailure.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/xds/ErrorCodes.h"

#include <gtest/gtest.h>

using namespace sgl;
using namespace sgl::interop;

namespace {
bool transient(QLatin1StringView code, const QString &location = {})
{
    return dmp::DmpFailure::isTransient(domain::Error{code, QStringLiteral("message"), location});
}
} // namespace

TEST(DmpFailure, NetworkAndServerSideTroublesAreTransient)
{
    for (QLatin1StringView code : {dmp::errc::Timeout, dmp::errc::Unreachable, dmp::errc::Transport, dmp::errc::Unavailable,
                                   dmp::errc::ServerBusy, dmp::errc::ResponseTooLarge, xds::errc::MalformedResponse,
                                   xds::errc::MtomContentType, xds::errc::MtomEncoding, xds::errc::MtomStructure})
        EXPECT_TRUE(transient(code)) << code.data();
    EXPECT_TRUE(transient(xds::errc::RegistryError, QStringLiteral("XDSRegistryBusy")));
    EXPECT_TRUE(transient(xds::errc::RegistryError, QStringLiteral("XDSRepositoryBusy")));
    EXPECT_TRUE(transient(xds::errc::RegistryError, QStringLiteral("XDSRegistryOutOfResources")));
}

TEST(DmpFailure, RefusalsAndSettingsArePermanent)
{
    for (QLatin1StringView code : {dmp::errc::Tls, dmp::errc::Rejected, dmp::errc::HttpStatus, dmp::errc::NotFound,
                                   dmp::errc::Config, dmp::errc::UnexpectedResponse, dmp::errc::SecurityConfig,
                                   xds::errc::InvalidDocument, xds::errc::SoapFault})
        EXPECT_FALSE(transient(code)) << code.data();
    EXPECT_FALSE(transient(xds::errc::RegistryError, QStringLiteral("XDSPatientIdDoesNotMatch")));
    EXPECT_FALSE(transient(xds::errc::RegistryError, QStringLiteral("XDSDuplicateUniqueIdInRegistry")));
    EXPECT_FALSE(transient(xds::errc::RegistryError));
    // An unknown code (a signer's certificate problem...) goes to a human.
    EXPECT_FALSE(transient(QLatin1StringView("xml.signing_key")));
}
