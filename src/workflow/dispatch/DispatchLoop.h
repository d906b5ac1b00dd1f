#pragma once

#include "domain/Error.h"
#include "workflow/dispatch/Dispatcher.h"

#include <chrono>
#include <functional>
#include <stop_token>

namespace sgl::workflow::dispatch {

/** Timing of the service loop. */
struct DispatchLoopOptions {
    std::chrono::milliseconds pollInterval{5000};  ///< pause after a pass
    std::chrono::milliseconds errorPause{30000};   ///< pause after a pass that failed (database down)
};

/** What the loop did until it stopped. */
struct DispatchLoopSummary {
    int passes = 0;
    int attempts = 0;
    int failedPasses = 0;
};

/**
 * The `sgl dispatch` service and the application's background dispatcher: runs
 * Dispatcher::runOnce, then waits pollInterval (errorPause after a database failure, reported
 * to `onError`; the loop keeps going: the database may come back), until `stop` is requested.
 * Graceful: the wait ends at once on a stop request; a pass under way finishes its current batch
 * (Dispatcher::runOnce). Meant to run on its own thread (std::jthread) with its own Database
 * (a Database is bound to its thread). `afterPass`, when given, runs after every pass before
 * the wait (the dispatchers read the MSSanté mailbox there: LabMailbox).
 */
[[nodiscard]] DispatchLoopSummary runDispatchLoop(Dispatcher &dispatcher, std::stop_token stop,
                                                  const DispatchLoopOptions &options,
                                                  const Dispatcher::AttemptCallback &onAttempt = {},
                                                  const std::function<void(const domain::Error &)> &onError = {},
                                                  const std::function<void()> &afterPass = {});

} // namespace sgl::workflow::dispatch
