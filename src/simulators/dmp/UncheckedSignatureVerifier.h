#pragma once

#include "simulators/dmp/DmpSignatureVerifier.h"

namespace sgl::simulators::dmp {

/**
 * Accepts every VIHF and XAdES without looking at them: for tests of everything around the
 * signatures and for `sgl-dmp-sim --no-signature-check`. Never the default of the binary.
 */
class UncheckedSignatureVerifier final : public DmpSignatureVerifier
{
public:
    domain::Result<VihfFindings> verifyVihf(const QByteArray &) override { return VihfFindings{}; }
    domain::Result<XadesFindings> verifyXades(const QByteArray &, const QList<SubmittedDocument> &) override
    {
        return XadesFindings{};
    }
};

} // namespace sgl::simulators::dmp
