#include "workflow/dispatch/ProductSenders.h"

#include "interop/dmp/DmpClient.h"
#include "workflow/dispatch/DmpSecurityFactory.h"
#include "workflow/dispatch/DmpSender.h"
#include "workflow/dispatch/DmpSettings.h"

#include <QLoggingCategory>

namespace sgl::workflow::dispatch {

namespace {
Q_LOGGING_CATEGORY(lcSenders, "sgl.dispatch.senders")
} // namespace

SenderRegistry productSenders()
{
    return productSenders(QString());
}

SenderRegistry productSenders(const QString &configFile)
{
    SenderRegistry registry;
    // DMP: only when [dmp] is configured AND the client and its signer can be built; a broken
    // configuration is logged and the channel stays "non configuré" (rows wait, nothing is lost).
    auto dmp = DmpSettings::load(configFile);
    if (!dmp) {
        qCWarning(lcSenders).noquote() << dmp.error().toString();
    } else if (dmp->isConfigured()) {
        auto security = makeDmpSecurity(*dmp);
        auto client = security ? interop::dmp::DmpClient::create(dmp->client, *security)
                               : domain::Result<std::unique_ptr<interop::dmp::DmpClient>>(std::unexpected(security.error()));
        if (client)
            registry.add(std::make_shared<DmpSender>(std::shared_ptr<interop::dmp::DmpService>(std::move(*client))));
        else
            qCWarning(lcSenders).noquote() << client.error().toString();
    }
    return registry;
}

} // namespace sgl::workflow::dispatch
