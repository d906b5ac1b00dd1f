#include "workflow/dispatch/BackgroundDispatcher.h"

#include "storage/Database.h"
#include "storage/DbUrl.h"
#include "workflow/dispatch/LabMailbox.h"

namespace sgl::workflow::dispatch {

BackgroundDispatcher::BackgroundDispatcher(QString url, SenderRegistry senders, DispatcherConfig config,
                                           DispatchLoopOptions options, Callbacks callbacks)
    : m_url(std::move(url)),
      m_senders(std::move(senders)),
      m_config(std::move(config)),
      m_options(options),
      m_callbacks(std::move(callbacks))
{
}

BackgroundDispatcher::~BackgroundDispatcher()
{
    stop();
}

bool BackgroundDispatcher::start()
{
    if (m_senders.isEmpty())
        return false;
    {
        std::lock_guard lock(m_mutex);
        if (m_running)
            return false;
        m_running = true;
    }
    if (m_thread.joinable())
        m_thread.join(); // a previous run that ended by itself (database unreachable)
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
    return true;
}

void BackgroundDispatcher::stop()
{
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
}

bool BackgroundDispatcher::running() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

DispatchLoopSummary BackgroundDispatcher::lastSummary() const
{
    std::lock_guard lock(m_mutex);
    return m_summary;
}

void BackgroundDispatcher::run(std::stop_token stop)
{
    DispatchLoopSummary summary;
    auto url = storage::DbUrl::parse(m_url);
    auto db = url ? storage::Database::open(*url) : std::unexpected(url.error());
    if (!db) {
        if (m_callbacks.onError)
            m_callbacks.onError(db.error());
    } else {
        Dispatcher dispatcher(**db, m_senders, m_config);
        std::function<void()> afterPass;
        if (m_readMailbox)
            afterPass = [this, &db] {
                auto read = LabMailbox::pollOnce(**db, m_config.actor, m_mailboxConfig);
                if (!read && m_callbacks.onError)
                    m_callbacks.onError(read.error());
            };
        summary = runDispatchLoop(dispatcher, stop, m_options, m_callbacks.onAttempt, m_callbacks.onError, afterPass);
    }
    std::lock_guard lock(m_mutex);
    m_summary = summary;
    m_running = false;
}

} // namespace sgl::workflow::dispatch
