#include "workflow/dispatch/SenderRegistry.h"

namespace sgl::workflow::dispatch {

void SenderRegistry::add(std::shared_ptr<DispatchSender> sender)
{
    if (sender)
        m_senders.insert(static_cast<int>(sender->channel()), std::move(sender));
}

DispatchSender *SenderRegistry::find(domain::Channel channel) const
{
    const auto it = m_senders.constFind(static_cast<int>(channel));
    return it == m_senders.cend() ? nullptr : it->get();
}

QList<domain::Channel> SenderRegistry::channels() const
{
    QList<domain::Channel> out;
    for (domain::Channel c : domain::allChannels())
        if (find(c))
            out << c;
    return out;
}

} // namespace sgl::workflow::dispatch
