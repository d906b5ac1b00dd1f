#include "interop/dmp/DmpWebAccessRequest.h"

#include "domain/identity/InsValidator.h"
#include "interop/dmp/ErrorCodes.h"
#include "interop/dmp/Tr.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace sgl::interop::dmp {

bool DmpWebAccessRequest::isRpps(const QString &rpps)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{11}$"));
    return shape.match(rpps).hasMatch();
}

domain::Result<QUrl> DmpWebAccessRequest::build(const DmpWebAccessContext &context)
{
    QUrl url(context.portalUrl.trimmed(), QUrl::StrictMode);
    if (context.portalUrl.trimmed().isEmpty() || !url.isValid() || url.scheme() != QLatin1StringView("https")
        || url.host().isEmpty())
        return domain::fail(errc::WebAccessUrl,
                            Tr::tr("Adresse de l'accès web au DMP invalide « %1 » : une URL https:// est exigée.")
                                .arg(context.portalUrl),
                            QStringLiteral("dmp/web_access_url"));
    // Production OIDs are allowed here: the portal of the real DMP takes real INS.
    if (auto valid = domain::InsValidator::validate(context.ins, true); !valid)
        return domain::fail(errc::WebAccessIns, Tr::tr("INS du patient inutilisable pour le DMP : %1").arg(valid.error().message));
    QUrlQuery query(url);
    // The portal's own parameters (if any) are kept; ours replace any of the same name.
    for (const QLatin1StringView key : {kIns, kInsOid, kRppsHint, kLpsName, kLpsVersion})
        query.removeAllQueryItems(key);
    query.addQueryItem(kIns, context.ins.full());
    query.addQueryItem(kInsOid, context.ins.oid);
    if (isRpps(context.expectedRpps))
        query.addQueryItem(kRppsHint, context.expectedRpps);
    query.addQueryItem(kLpsName, context.lpsName.trimmed().isEmpty() ? QStringLiteral("SGL") : context.lpsName.trimmed());
    if (!context.lpsVersion.trimmed().isEmpty())
        query.addQueryItem(kLpsVersion, context.lpsVersion.trimmed());
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setFragment({});
    return url;
}

} // namespace sgl::interop::dmp
