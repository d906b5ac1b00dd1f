#pragma once

#include "workflow/dispatch/SenderRegistry.h"

namespace sgl::workflow::dispatch {

/**
 * The senders of the product (`sgl dispatch`, the application). Today none: the DMP and MSSanté
 * clients (issue 13 items 2 and 4) register theirs here, built from the lab's configuration.
 * There is deliberately no fake sender: without a real one, rows stay pending ("canal non
 * configuré") instead of being reported as sent.
 */
[[nodiscard]] SenderRegistry productSenders();

} // namespace sgl::workflow::dispatch
