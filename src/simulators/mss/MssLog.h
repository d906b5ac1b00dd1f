#pragma once

#include <QLoggingCategory>

/// "sgl.sim.mss": one line per connection, TLS outcome, command refused, message stored (never bodies).
Q_DECLARE_LOGGING_CATEGORY(lcMssSim)
