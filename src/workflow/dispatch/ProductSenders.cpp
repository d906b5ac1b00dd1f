#include "workflow/dispatch/ProductSenders.h"

#include "workflow/dispatch/MssSender.h"
#include "workflow/dispatch/MssSettings.h"

namespace sgl::workflow::dispatch {

namespace {

/** MSSanté professional and patient channels, when [mssante] is configured and valid. */
void addMssSenders(SenderRegistry &registry, const MssSettings &settings, QStringList *problems)
{
    if (!settings.configured())
        return;
    for (domain::Channel channel : {domain::Channel::MssPro, domain::Channel::MssPatient}) {
        auto sender = MssSender::create(channel, settings);
        if (!sender) {
            // A wrong setting leaves the channel unconfigured (rows stay pending), never faked.
            if (problems)
                problems->append(sender.error().message);
            return;
        }
        registry.add(*sender);
    }
}

} // namespace

SenderRegistry productSenders(QStringList *problems)
{
    return productSenders(QString(), problems);
}

SenderRegistry productSenders(const QString &settingsFile, QStringList *problems)
{
    SenderRegistry registry;
    addMssSenders(registry, settingsFile.isEmpty() ? MssSettings::fromConfigFile() : MssSettings::fromFile(settingsFile),
                  problems);
    return registry;
}

} // namespace sgl::workflow::dispatch
