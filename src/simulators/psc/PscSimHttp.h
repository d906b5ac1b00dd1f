#pragma once

#include "simulators/common/SimHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/**
 * The HTTP answers of the simulated Keycloak, shared by PscSimHandler's endpoints: JSON (never
 * cached), OAuth errors ({error, error_description}; 401 adds WWW-Authenticate), the HTML error page
 * Keycloak shows instead of redirecting to an untrusted client, the 302 of the authorization
 * endpoint, and the form-urlencoded body of a POST.
 */
namespace sgl::simulators::psc {

class PscSimHttp
{
public:
    [[nodiscard]] static common::SimHttpResponse json(int status, const QJsonObject &body);
    [[nodiscard]] static common::SimHttpResponse oauthError(int status, const QString &error,
                                                            const QString &description);
    [[nodiscard]] static common::SimHttpResponse errorPage(const QString &text);
    [[nodiscard]] static common::SimHttpResponse redirect(const QString &uri,
                                                          const QList<QPair<QString, QString>> &params);
    /** application/x-www-form-urlencoded ('+' is a space), last value wins. */
    [[nodiscard]] static QHash<QString, QString> parseForm(const QByteArray &body);
};

} // namespace sgl::simulators::psc
