#include "workflow/dispatch/ProductSenders.h"

#include "interop/dmp/DmpClient.h"
#include "workflow/dispatch/DmpSecurityFactory.h"
#include "workflow/dispatch/DmpSender.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/dispatch/MssSender.h"
#include "workflow/dispatch/MssSettings.h"

#include <QLoggingCategory>

namespace sgl::workflow::dispatch {

namespace {
Q_LOGGING_CATEGORY(lcSenders, "sgl.dispatch.senders")

/** MSSanté professional and patient channels, when [mssante] is configured and valid. */
void addMssSenders(SenderRegistry &registry, const MssSettings &settings, QStringList *problems)
{
    if (!settings.configured())
        return;
    for (domain::Channel channel : {domain::Channel::MssPro, domain::Channel::MssPatient}) {
        auto sender = MssSender::create(channel, settings);
        if (!sender) {
            // A wrong setting leaves the channel unconfigured (rows stay pending), never faked.
            qCWarning(lcSenders).noquote() << sender.error().toString();
            if (problems)
                problems->append(sender.error().message);
            return;
        }
        registry.add(*sender);
    }
}

} // namespace

SenderRegistry productSenders()
{
    return productSenders(QString(), nullptr);
}

SenderRegistry productSenders(const QString &configFile)
{
    return productSenders(configFile, nullptr);
}

SenderRegistry productSenders(const QString &configFile, QStringList *problems)
{
    SenderRegistry registry;
    // DMP: only when [dmp] is configured AND the client and its signer can be built; a broken
    // configuration is logged and the channel stays "non configuré" (rows wait, nothing is lost).
    auto dmp = DmpSettings::load(configFile);
    if (!dmp) {
        qCWarning(lcSenders).noquote() << dmp.error().toString();
        if (problems)
            problems->append(dmp.error().message);
    } else if (dmp->isConfigured()) {
        auto security = makeDmpSecurity(*dmp);
        auto client = security ? interop::dmp::DmpClient::create(dmp->client, *security)
                               : domain::Result<std::unique_ptr<interop::dmp::DmpClient>>(std::unexpected(security.error()));
        if (client) {
            registry.add(std::make_shared<DmpSender>(std::shared_ptr<interop::dmp::DmpService>(std::move(*client))));
        } else {
            qCWarning(lcSenders).noquote() << client.error().toString();
            if (problems)
                problems->append(client.error().message);
        }
    }
    addMssSenders(registry, configFile.isEmpty() ? MssSettings::fromConfigFile() : MssSettings::fromFile(configFile),
                  problems);
    return registry;
}

} // namespace sgl::workflow::dispatch
