#pragma once

#include "domain/Error.h"
#include "workflow/dispatch/DispatchLoop.h"
#include "workflow/dispatch/Dispatcher.h"
#include "workflow/dispatch/SenderRegistry.h"

#include <QString>

#include <functional>
#include <mutex>
#include <thread>

namespace sgl::workflow::dispatch {

/**
 * The dispatcher of a workstation: runDispatchLoop on a thread of its own, with a Database
 * connection of its own (a Database is bound to the thread that opened it, and senders block on
 * the network: neither may run on the GUI thread).
 *
 * Contract:
 * - start() returns at once; the thread opens the database given by its URL (same forms as
 *   storage::DbUrl: "sqlite:///path", "postgresql://..."; a bad URL or a failure to open goes
 *   to onError and the thread ends: running() turns false) and loops until stop().
 * - onAttempt and onError are called ON THE WORKER THREAD: a GUI marshals them itself
 *   (queued signal). They must not call stop() (it joins the thread that calls them).
 * - stop() (and the destructor) requests the stop and joins: the wait between passes ends at
 *   once, a pass under way records the outcome of its current row first (at most one sender
 *   call, bounded by the sender's own timeout). Idempotent.
 * - Safe beside other dispatchers (other workstations, the `sgl dispatch` service): rows are
 *   claimed under a lease (PostgreSQL FOR UPDATE SKIP LOCKED; SQLite serialises writers).
 */
class BackgroundDispatcher
{
public:
    struct Callbacks {
        Dispatcher::AttemptCallback onAttempt;
        std::function<void(const domain::Error &)> onError;
    };

    /**
     * Read the lab's MSSanté mailbox after each pass (LabMailbox, [mssante] of `configFile`, empty:
     * the default candidates); its failures go to onError. Off by default (tests).
     */
    void readMailboxAfterEachPass(QString configFile) { m_readMailbox = true; m_mailboxConfig = std::move(configFile); }

    BackgroundDispatcher(QString databaseUrl, SenderRegistry senders, DispatcherConfig config,
                         DispatchLoopOptions options, Callbacks callbacks);
    ~BackgroundDispatcher();
    BackgroundDispatcher(const BackgroundDispatcher &) = delete;
    BackgroundDispatcher &operator=(const BackgroundDispatcher &) = delete;

    /** Starts the worker; false (and nothing started) when already running or no channel is configured. */
    bool start();
    /** Requests the stop and waits for the worker. */
    void stop();
    /** True between start() and the worker's end (stop, or the database could not be opened). */
    [[nodiscard]] bool running() const;
    /** The configured channels (for the screens: "canal non configuré"). */
    [[nodiscard]] const SenderRegistry &senders() const { return m_senders; }
    /** Passes and attempts of the last finished run (after stop()). */
    [[nodiscard]] DispatchLoopSummary lastSummary() const;

private:
    void run(std::stop_token stop);

    QString m_url;
    SenderRegistry m_senders;
    DispatcherConfig m_config;
    DispatchLoopOptions m_options;
    Callbacks m_callbacks;
    bool m_readMailbox = false;
    QString m_mailboxConfig;
    mutable std::mutex m_mutex;
    bool m_running = false;
    DispatchLoopSummary m_summary;
    std::jthread m_thread; // last member: joined first on destruction
};

} // namespace sgl::workflow::dispatch
