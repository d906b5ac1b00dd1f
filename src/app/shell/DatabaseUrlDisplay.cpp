#include "app/shell/DatabaseUrlDisplay.h"

#include <QUrl>

namespace sgl::app {

QString DatabaseUrlDisplay::redact(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return {};
    // Query parameters may carry "password=" or "sslpassword=": drop them all.
    return parsed.toString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace sgl::app
