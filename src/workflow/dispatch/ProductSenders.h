#pragma once

#include "workflow/dispatch/SenderRegistry.h"

#include <QStringList>

namespace sgl::workflow::dispatch {

/**
 * The senders of the product (`sgl dispatch`, the application), built from the lab's
 * configuration file: the DMP sender when the `[dmp]` section is configured and its client and
 * signer can be built (DmpSettings, DmpSecurityFactory); the MSSanté senders likewise (issue 13
 * item 4). There is deliberately no fake sender: without a real one, rows stay pending ("canal
 * non configuré") instead of being reported as sent. A configuration error is logged, not fatal.
 */
[[nodiscard]] SenderRegistry productSenders();
/** Same, reading the given configuration file instead of the default candidates. */
[[nodiscard]] SenderRegistry productSenders(const QString &configFile);
/**
 * Same, also appending to `problems` the French reason of every configured channel left out
 * (`sgl dispatch` prints them); an empty configFile reads the default candidates.
 */
[[nodiscard]] SenderRegistry productSenders(const QString &configFile, QStringList *problems);

} // namespace sgl::workflow::dispatch
