#pragma once

#include "domain/report/Channel.h"
#include "workflow/dispatch/DispatchSender.h"

#include <QHash>
#include <QList>

#include <memory>

namespace sgl::workflow::dispatch {

/**
 * Channel -> sender. A channel without a sender is "not configured": its rows are never
 * claimed (they stay pending, shown "en attente : canal non configuré"). The product registry
 * is built by productSenders() (ProductSenders.h); tests register their own senders.
 */
class SenderRegistry {
public:
    /** Registers (or replaces) the sender of sender->channel(); a null sender is ignored. */
    void add(std::shared_ptr<DispatchSender> sender);
    /** The channel's sender, or nullptr when not configured. */
    [[nodiscard]] DispatchSender *find(domain::Channel channel) const;
    /** Configured channels, in domain::allChannels() order. */
    [[nodiscard]] QList<domain::Channel> channels() const;
    [[nodiscard]] bool isEmpty() const { return m_senders.isEmpty(); }

private:
    QHash<int, std::shared_ptr<DispatchSender>> m_senders;
};

} // namespace sgl::workflow::dispatch
