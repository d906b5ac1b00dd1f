#pragma once

#include <QList>
#include <QMutex>

#include <optional>

namespace sgl::simulators::dmp {

/** What the simulator does to the next request(s) instead of (or on top of) answering normally. */
enum class DmpFaultKind {
    Http503,           ///< HTTP 503 "Service Unavailable", nothing processed
    SoapReceiverFault, ///< HTTP 500 + soap:Receiver fault, nothing processed
    RegistryError,     ///< HTTP 200 + RegistryResponse Failure XDSRegistryNotAvailable (TD0.2: Receiver fault), nothing processed
    Slow,              ///< processed normally, answered after delayMs (client timeout tests)
    DropAfterStore,    ///< processed (stored) then connection closed without answer ("accepted but never heard")
};

struct DmpFaultShot {
    DmpFaultKind kind = DmpFaultKind::Http503;
    int delayMs = 0;
};

/**
 * Fault switches for tests and the demo: "the next N requests get this". Queued switches are
 * consumed in order, one request each. Thread-safe (tests arm it from their own thread).
 */
class DmpFaultInjector
{
public:
    void inject(DmpFaultKind kind, int count = 1, int delayMs = 0);
    /** The fault for the request being handled, if one is armed (consumes it). */
    [[nodiscard]] std::optional<DmpFaultShot> take();
    [[nodiscard]] int pending() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<DmpFaultShot> m_queue;
};

} // namespace sgl::simulators::dmp
