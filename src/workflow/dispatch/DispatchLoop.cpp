#include "workflow/dispatch/DispatchLoop.h"

#include <condition_variable>
#include <mutex>

namespace sgl::workflow::dispatch {

DispatchLoopSummary runDispatchLoop(Dispatcher &dispatcher, std::stop_token stop, const DispatchLoopOptions &options,
                                    const Dispatcher::AttemptCallback &onAttempt,
                                    const std::function<void(const domain::Error &)> &onError,
                                    const std::function<void()> &afterPass)
{
    DispatchLoopSummary summary;
    std::mutex mutex;
    std::condition_variable_any wake;
    while (!stop.stop_requested()) {
        auto pass = dispatcher.runOnce(onAttempt, stop);
        ++summary.passes;
        if (pass) {
            summary.attempts += static_cast<int>(pass->attempts.size());
        } else {
            ++summary.failedPasses;
            if (onError)
                onError(pass.error());
        }
        if (afterPass && !stop.stop_requested())
            afterPass();
        std::unique_lock lock(mutex);
        // Returns at once when stop is requested (the stop_token overload of wait_for).
        (void)wake.wait_for(lock, stop, pass ? options.pollInterval : options.errorPause, [] { return false; });
    }
    return summary;
}

} // namespace sgl::workflow::dispatch
