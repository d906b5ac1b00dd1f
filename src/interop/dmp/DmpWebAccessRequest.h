#pragma once

#include "domain/Error.h"
#include "domain/identity/Ins.h"

#include <QLatin1StringView>
#include <QString>
#include <QUrl>

namespace sgl::interop::dmp {

/** What the SGL passes to the DMP professional web portal to open one patient's DMP (TD0.9). */
struct DmpWebAccessContext {
    QString portalUrl;    ///< [dmp] web_access_url: https, may carry its own query
    domain::Ins ins;      ///< the patient's INS; the caller has checked the identity is qualified
    QString expectedRpps; ///< RPPS of the signed-in professional: a hint, the portal authenticates through PSC
    QString lpsName;      ///< software name (as in the VIHF LPS_Nom)
    QString lpsVersion;   ///< software version, may be empty
};

/**
 * Wire form of the contextual web access (docs/decisions/0004-dmp-web-access.md): a GET of the
 * portal URL with the query parameters below, opened in the system browser, where the
 * professional's Pro Santé Connect session authenticates them. The URL carries no token and no
 * identity trait: only the INS (matricule + key) and its OID, which the portal needs to find the
 * DMP, and non-secret hints. Parameter names are this project's (the real portal's are
 * unconfirmed); the simulator reads the same constants.
 *
 * build() errors: "dmp.web_access_url" (portal URL empty, not https or without host),
 * "dmp.web_access_ins" (INS malformed, wrong key or unknown OID: the message says which), and
 * an RPPS hint that is not 11 digits is left out rather than sent wrong.
 */
class DmpWebAccessRequest
{
public:
    static constexpr QLatin1StringView kIns{"ins"};             ///< 15 characters: matricule + key
    static constexpr QLatin1StringView kInsOid{"ins_oid"};      ///< OID of the INS (NIR, NIA, test OIDs)
    static constexpr QLatin1StringView kRppsHint{"rpps_hint"};  ///< 11 digits, optional
    static constexpr QLatin1StringView kLpsName{"lps_name"};
    static constexpr QLatin1StringView kLpsVersion{"lps_version"}; ///< optional

    [[nodiscard]] static domain::Result<QUrl> build(const DmpWebAccessContext &context);
    /** Whether `rpps` has the RPPS shape (11 digits). */
    [[nodiscard]] static bool isRpps(const QString &rpps);
};

} // namespace sgl::interop::dmp
